package org.lokkho.pdf.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.document.RowKind;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.HeaderNode;
import org.lokkho.domain.template.LocalizedText;
import org.lokkho.domain.template.Numbering;
import org.lokkho.domain.template.RowPair;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.pdf.PdfExporter;

/**
 * Benchmark harness (not a test): exports an NIS-style 14-column paired table of about 20 pages, warm, N times,
 * and prints pages per second. Usage: {@code java … org.lokkho.pdf.bench.PdfBench [iterations] [items]}.
 */
public final class PdfBench {
    private PdfBench() {
    }

    public static void main(String[] args) throws IOException {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 215;
        FormTemplate t = template();
        FormDocument doc = document(t, items);
        Office office = new Office(1, "উপ কমিশনারের দপ্তর, কড়ইতলী স্থল শুল্ক স্টেশন", "Karaitali LCS", "অভ্যন্তরীণ সম্পদ বিভাগ",
                "", "", "", "", "", "", "");
        PdfExporter exporter = new PdfExporter();

        long fontStart = System.nanoTime();
        for (org.lokkho.pdf.font.FontFace f : org.lokkho.pdf.font.FontFace.values()) {
            f.spaceGlyph(); // loads the font file, the AWT font and the glyph tables
        }
        double fontMs = (System.nanoTime() - fontStart) / 1e6;
        long coldStart = System.nanoTime();
        byte[] first = export(exporter, t, doc, office);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        int pages;
        try (var d = org.apache.pdfbox.Loader.loadPDF(first)) {
            pages = d.getNumberOfPages();
        }
        for (int i = 0; i < 5; i++) {
            export(exporter, t, doc, office); // warm-up
        }
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            export(exporter, t, doc, office);
        }
        double ms = (System.nanoTime() - start) / 1e6 / iterations;
        System.out.printf(Locale.ROOT, "items=%d pages=%d size=%d bytes%n", items, pages, first.length);
        System.out.printf(Locale.ROOT, "loading the 4 bundled fonts: %.0f ms%n", fontMs);
        System.out.printf(Locale.ROOT, "cold (first export after font loading, shaping cache empty): %.0f ms%n", coldMs);
        System.out.printf(Locale.ROOT, "warm: %.1f ms per export over %d runs = %.0f pages/s%n", ms, iterations, pages * 1000 / ms);
    }

    private static byte[] export(PdfExporter exporter, FormTemplate t, FormDocument doc, Office office) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        exporter.export(t, doc, office, null, out);
        return out.toByteArray();
    }

    static FormTemplate template() {
        List<ColumnTemplate> cols = new ArrayList<>();
        String[][] spec = {
            {"activity", "কার্যক্রমের নাম", "text", "16"}, {"indicator", "কর্মসম্পাদন সূচক", "text", "10"},
            {"weight", "সূচকের মান", "number", "4"}, {"unit", "একক", "text", "4"},
            {"responsible", "বাস্তবায়নের দায়িত্বপ্রাপ্ত ব্যক্তি/পদ", "text", "9"},
            {"annualTarget", "{fyLong} অর্থবছরের লক্ষ্যমাত্রা", "value", "6"}, {"rowType", "লক্ষ্যমাত্রা/ অর্জন", "text", "6"},
            {"q1", "১ম কোয়ার্টার", "value", "5"}, {"q2", "২য় কোয়ার্টার", "value", "5"}, {"q3", "৩য় কোয়ার্টার", "value", "5"},
            {"q4", "৪র্থ কোয়ার্টার", "value", "5"}, {"total", "মোট অর্জন", "value", "5"}, {"score", "অর্জিত মান", "number", "5"},
            {"remarks", "মন্তব্য", "text", "9"}};
        for (String[] s : spec) {
            cols.add(new ColumnTemplate(s[0], LocalizedText.of(s[1]), ColumnType.of(s[2]), Double.parseDouble(s[3]), false, false,
                    null, s[0].equals("activity"), null));
        }
        List<HeaderNode> header = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            header.add(new HeaderNode(spec[i][0], null, null));
        }
        List<HeaderNode> group = new ArrayList<>();
        for (int i = 6; i < 13; i++) {
            group.add(new HeaderNode(spec[i][0], null, null));
        }
        header.add(new HeaderNode(null, LocalizedText.of("বাস্তবায়ন অগ্রগতি পরিবীক্ষণ, {fyLong}"), group));
        header.add(new HeaderNode("remarks", null, null));
        RowPair pair = new RowPair("rowType", List.of("q1", "q2", "q3", "q4"), LocalizedText.of("লক্ষ্যমাত্রা"), LocalizedText.of("অর্জন"));
        SectionTemplate plan = new SectionTemplate("plan", SectionKind.TABLE, LocalizedText.of("কর্ম-পরিকল্পনা"), null, "landscape",
                cols, header, "plain", pair, Numbering.DOTTED, null, false,
                LocalizedText.of("বিঃদ্রঃ- কোন ক্রমিকের কার্যক্রম প্রযোজ্য না হলে তার কারণ মন্তব্য কলামে উল্লেখ করতে হবে।"), null, null);
        return new FormTemplate("bench-nis", "nis", 1, "2021-22", LocalizedText.of("জাতীয় শুদ্ধাচার কৌশল"), "landscape",
                List.of(LocalizedText.of("জাতীয় শুদ্ধাচার কৌশল কর্ম-পরিকল্পনা, {fyLong}"), LocalizedText.of("দপ্তর/সংস্থার নাম: {office}")),
                List.of(plan), null, true);
    }

    static FormDocument document(FormTemplate t, int items) {
        FormDocument doc = new FormDocument(0, t.id(), 1, 1, FiscalYear.parse("2021-22"), Period.Q4, null, "", null, Map.of());
        String[] activities = {"নৈতিকতা কমিটির সভা আয়োজন", "সুশাসন প্রতিষ্ঠার নিমিত্ত অংশীজনের অংশগ্রহণে সভা",
            "কর্ম-পরিকল্পনা ও ত্রৈমাসিক পরিবীক্ষণ প্রতিবেদন দাখিল ও ওয়েবসাইটে আপলোড", "PSC ও PIC সভা", "বার্ষিক উন্নয়ন কর্মসূচি বাস্তবায়ন"};
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            if (i % 8 == 0) {
                rows.add(TableRow.group("প্রাতিষ্ঠানিক ব্যবস্থা " + (i / 8 + 1)));
            }
            TableRow r = new TableRow(null, RowKind.ITEM, "", "", Map.of(), Map.of(), false, List.of());
            r.setCell("activity", CellValue.text(activities[i % activities.length] + " " + (i + 1)));
            r.setCell("indicator", CellValue.text("সভা আয়োজিত"));
            r.setCell("weight", new CellValue(org.lokkho.domain.cell.CellKind.NUMBER, "৪", BigDecimal.valueOf(4), null, null, null));
            r.setCell("unit", CellValue.text("সংখ্যা"));
            r.setCell("responsible", CellValue.text("ফোকাল পয়েন্ট কর্মকর্তা"));
            r.setCell("annualTarget", CellValue.text("০৪"));
            r.setCell("remarks", CellValue.text(i % 5 == 0 ? "প্রযোজ্য নয়" : ""));
            for (String q : new String[] {"q1", "q2", "q3", "q4"}) {
                r.setCell(q, CellValue.text("১"));
                r.setAchieved(q, CellValue.text("১"));
            }
            rows.add(r);
        }
        RowNumbering.renumber(rows, Numbering.DOTTED);
        doc.putSection("plan", new TableContent(rows));
        return doc;
    }
}
