package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.text.BengaliDigits;
import org.lokkho.io.DocumentJson;

/**
 * The Karaitoli APA (seed D0) printed as the signed agreement and as the monitoring sheet: the cover, a contents
 * page whose numbers are the pages the sections really start on, Section 3 with its three header rows on every page.
 */
class ApaPrintTest {
    private static final DocumentJson.Imported SAMPLE = SampleDocuments.karaitoli();
    private static final FormTemplate APA = SampleDocuments.templateOf(SAMPLE);
    private static List<String> agreement;
    private static List<Boolean> agreementLandscape;
    private static List<String> monitoring;

    static byte[] export(PrintView view) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(APA, SAMPLE.document(), SAMPLE.office(), Scoring.score(APA, SAMPLE.document()), out,
                ExportProgress.NONE, view);
        byte[] pdf = out.toByteArray();
        String dir = System.getProperty("lokkho.pdf.out");
        if (dir != null) {
            Files.write(Path.of(dir, "apa-" + view.templateName() + ".pdf"), pdf);
        }
        return pdf;
    }

    /** Each page's text, whitespace removed (table cells and contents lines wrap differently from the template). */
    private static List<String> pages(byte[] pdf, List<Boolean> landscape) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                pages.add(PdfTestSupport.noSpace(PdfTestSupport.extractPage(d, p)));
                if (landscape != null) {
                    var box = d.getPage(p - 1).getMediaBox();
                    landscape.add(box.getWidth() > box.getHeight());
                }
            }
        }
        return pages;
    }

    @BeforeAll
    static void exportBothViews() throws Exception {
        agreementLandscape = new ArrayList<>();
        agreement = pages(export(PrintView.AGREEMENT), agreementLandscape);
        monitoring = pages(export(PrintView.MONITORING), null);
    }

    private static String title(String key) {
        SectionTemplate s = APA.section(key).orElseThrow();
        return PdfTestSupport.noSpace(s.title().bn());
    }

    /** 1-based page numbers whose text contains the needle (whitespace ignored). */
    private static List<Integer> pagesWith(List<String> pages, String needle) {
        String n = PdfTestSupport.noSpace(needle);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(n)) {
                found.add(i + 1);
            }
        }
        return found;
    }

    @Test
    void pageOneIsThePortraitCoverWithBothPartiesAndTheFiscalYear() {
        String cover = agreement.get(0);
        assertThat(agreementLandscape.get(0)).isFalse();
        for (String line : List.of("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "উপ কমিশনার", "কড়ইতলী স্থল শুল্ক স্টেশন, হালুয়াঘাট, ময়মনসিংহ", "এবং",
                "কমিশনার", "কাস্টমস, এক্সাইজ ও ভ্যাট কমিশনারেট", "এর মধ্যে স্বাক্ষরিত", "বার্ষিক কর্মসম্পাদন চুক্তি",
                "১ জুলাই, ২০২৩ - ৩০ জুন, ২০২৪")) {
            assertThat(cover).contains(PdfTestSupport.noSpace(line));
        }
        // The cover replaces the generic title block and the editor's hint for the cover table is not printed.
        assertThat(cover).doesNotContain(PdfTestSupport.noSpace("চুক্তির পক্ষ")).doesNotContain("পৃষ্ঠা");
        assertThat(agreement.get(1)).contains("পৃষ্ঠা২/");
        assertThat(agreement.get(1)).doesNotContain(PdfTestSupport.noSpace("গণপ্রজাতন্ত্রী"));
    }

    @Test
    void theContentsListEverySectionWithThePageItReallyStartsOn() {
        List<Integer> tocPages = pagesWith(agreement, "সূচিপত্র");
        assertThat(tocPages).containsExactly(2);
        String toc = agreement.get(1);
        SectionTemplate contents = APA.section("toc").orElseThrow();
        assertThat(contents.contents()).hasSize(9);
        int previous = 2;
        for (String key : contents.contents()) {
            String title = title(key);
            Matcher m = Pattern.compile(Pattern.quote(title) + "\\.{3,}([০-৯]+)").matcher(toc);
            assertThat(m.find()).as("contents line of %s in %s", key, toc).isTrue();
            int page = Integer.parseInt(BengaliDigits.toAscii(m.group(1)));
            assertThat(page).as(key).isGreaterThan(previous);
            assertThat(agreement.get(page - 1)).as("page %d starts %s", page, key).contains(title);
            for (int p = 3; p < page; p++) {
                assertThat(agreement.get(p - 1)).as("%s not before page %d", key, page).doesNotContain(title);
            }
            previous = page;
        }
    }

    @Test
    void sectionThreeIsLandscapeWithTheLevelHeadersOnEveryPageAndNoMonitoringColumns() {
        List<Integer> pages = sectionPages(agreement, "section3", "commitment");
        assertThat(pages).as("Section 3 runs over several pages").hasSizeGreaterThan(1);
        for (int p : pages) {
            String page = agreement.get(p - 1);
            assertThat(agreementLandscape.get(p - 1)).isTrue();
            for (String header : List.of("লক্ষ্যমাত্রা/নির্ণায়ক ২০২৩-২৪", "অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান",
                    "চলতি মানের নিম্নে", "১০০%", "৯০%", "৮০%", "৭০%", "৬০%", "প্রক্ষেপণ", "কর্মসম্পাদন সূচক")) {
                assertThat(page).as("page %d", p).contains(PdfTestSupport.noSpace(header));
            }
            for (String monitoringOnly : List.of("১মকোয়ার্টার", "মোটঅর্জন", "অর্জিতমান", "সংযুক্তকর্মপরিকল্পনা", "সূচকেরদিক")) {
                assertThat(page).as("page %d", p).doesNotContain(monitoringOnly);
            }
        }
        String all = String.join("", pages.stream().map(p -> agreement.get(p - 1)).toList());
        // Areas and activities are printed once, with their codes, spanning their indicators.
        assertThat(PdfTestSupport.count(all, PdfTestSupport.noSpace("[১] রাজস্ব আহরণ জোরদারকরণ"))).isEqualTo(1);
        assertThat(all).contains(PdfTestSupport.noSpace("[১.১] রাজস্ব লক্ষ্যমাত্রা অর্জন"));
        assertThat(all).contains(PdfTestSupport.noSpace("[১.১.১] আদায়কৃত কাস্টমস ডিউটি"));
    }

    @Test
    void theMonitoringViewAddsQuartersScoresAndTheTotal() {
        List<Integer> pages = sectionPages(monitoring, "section3", "commitment");
        String first = monitoring.get(pages.get(0) - 1);
        for (String col : List.of("১মকোয়ার্টার", "৪র্থকোয়ার্টার", "মোটঅর্জন", "প্রাপ্তমান(%)", "অর্জিতমান", "মন্তব্য")) {
            assertThat(first).contains(col);
        }
        String all = String.join("", pages.stream().map(p -> monitoring.get(p - 1)).toList());
        assertThat(all).contains("সর্বমোট(সর্বোচ্চ১০০.০০)");
        // the governance rows name the plan they take their score from, not our internal link reference
        assertThat(all).doesNotContain("link:")
                .contains(PdfTestSupport.noSpace("জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা"))
                .contains(PdfTestSupport.noSpace("তথ্য অধিকার বিষয়ে বার্ষিক কর্মপরিকল্পনা"));
    }

    @Test
    void thePreamblePrintsBlankSigningSlotsAsDottedBlanksAndTheCommitmentBothSignatures() {
        int preamble = firstAfterContents(agreement, "preamble");
        String page = agreement.get(preamble - 1);
        assertThat(page).contains(PdfTestSupport.noSpace("এর মধ্যে ২০২৩ সালের .............. মাসের .............. তারিখে"));
        assertThat(page).contains(PdfTestSupport.noSpace("উপ কমিশনার, কড়ইতলী স্থল শুল্ক স্টেশন"));
        assertThat(page).doesNotContain(PdfTestSupport.noSpace("স্বাক্ষরের তারিখ লিখুন"));
        int commitment = firstAfterContents(agreement, "commitment");
        String signatures = agreement.get(commitment - 1);
        assertThat(signatures).contains(PdfTestSupport.noSpace("আমি, উপ কমিশনার, কড়ইতলী স্থল শুল্ক স্টেশন"));
        assertThat(signatures).contains(PdfTestSupport.noSpace("মোঃ ফয়সাল বিন রহমান"), PdfTestSupport.noSpace("মোহাম্মদ ফয়সাল রহমান"));
        assertThat(PdfTestSupport.count(signatures, "তারিখ:")).isEqualTo(2);
    }

    private static int firstAfterContents(List<String> pages, String key) {
        return pagesWith(pages, title(key)).stream().filter(p -> p > 2).findFirst().orElseThrow();
    }

    @Test
    void inEnglishTheCoverAndContentsUseTheTemplatesEnglishLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(java.util.Locale.ENGLISH).export(APA, SAMPLE.document(), SAMPLE.office(), null, out);
        List<String> pages = pages(out.toByteArray(), null);
        assertThat(pages.get(0)).contains("GovernmentofthePeople'sRepublicofBangladesh", "signedbetween",
                "AnnualPerformanceAgreement", "1July2023-30June2024");
        assertThat(pages.get(1)).contains("Contents", "Preamble", "Section3:Performanceplan").containsPattern("Section3:Performanceplan\\.{3,}7");
    }

    @Test
    void withoutAnOfficeRecordThePartiesComeFromTheCoverTable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(APA, SAMPLE.document(), null, null, out);
        String cover = pages(out.toByteArray(), null).get(0);
        assertThat(cover).contains(PdfTestSupport.noSpace("কড়ইতলী স্থল শুল্ক স্টেশন, হালুয়াঘাট, ময়মনসিংহ"), "উপকমিশনার")
                .doesNotContain("{");
    }

    /** The pages from where {@code key}'s title is printed (after the contents page) to before {@code next}'s. */
    private static List<Integer> sectionPages(List<String> pages, String key, String next) {
        int start = firstAfterContents(pages, key);
        int end = firstAfterContents(pages, next);
        List<Integer> out = new ArrayList<>();
        for (int p = start; p < end; p++) {
            out.add(p);
        }
        return out;
    }
}
