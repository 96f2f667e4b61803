package org.lokkho.pdf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The yardstick of issue 3: LibreOffice converting a 7-column, 180-row Bengali CSV to PDF
 * ({@code soffice --headless --convert-to pdf}), with its own profile folder so a running LibreOffice is not
 * involved; the warm-up run creates the profile, as a user's first conversion would have long ago.
 */
public final class LibreOfficeBench {
    public static final int ROWS = 180;

    private LibreOfficeBench() {
    }

    /** Wall times of {@code runs} conversions after one warm-up, in milliseconds. */
    public static double[] convert(Path soffice, Path workDir, int runs) throws IOException {
        Path csv = writeCsv(workDir.resolve("nis-180.csv"));
        Path profile = workDir.resolve("lo-profile");
        List<String> command = List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--infilter=CSV:44,34,76,1", "--convert-to", "pdf", "--outdir", workDir.toString(), csv.toString());
        double[] ms = ProcessTimer.timeRuns(command, workDir, runs);
        if (!Files.exists(workDir.resolve("nis-180.pdf"))) {
            throw new IOException("soffice wrote no PDF");
        }
        return ms;
    }

    /** Seven columns (serial, activity, indicator, unit, responsible, target, remarks), a header and 180 rows. */
    static Path writeCsv(Path file) throws IOException {
        StringBuilder csv = new StringBuilder();
        csv.append("ক্রমিক,কার্যক্রমের নাম,কর্মসম্পাদন সূচক,একক,দায়িত্বপ্রাপ্ত ব্যক্তি/পদ,লক্ষ্যমাত্রা,মন্তব্য\n");
        String[] activities = {"নৈতিকতা কমিটির সভা আয়োজন", "সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের অংশগ্রহণে সভা",
            "শুদ্ধাচার সংক্রান্ত প্রশিক্ষণ আয়োজন", "কর্ম-পরিকল্পনা ও ত্রৈমাসিক পরিবীক্ষণ প্রতিবেদন দাখিল"};
        for (int i = 1; i <= ROWS; i++) {
            csv.append(org.lokkho.domain.text.BengaliDigits.format(i)).append(",\"")
                    .append(activities[i % activities.length]).append("\",সভা আয়োজিত,সংখ্যা,\"ফোকাল পয়েন্ট কর্মকর্তা\",০৪,")
                    .append(i % 5 == 0 ? "প্রযোজ্য নয়" : "").append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
