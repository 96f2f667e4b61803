package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.RowKind;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.text.BengaliDigits;

/**
 * An APA area far longer than a page: it is cut between indicators, each continuation page repeats the three header
 * rows and names the area and the running activity again with "(চলমান)", and every indicator is printed once.
 */
class SpannedGroupPrintTest {
    private static final int INDICATORS = 45;

    @Test
    void aLongAreaRunsOverPagesWithItsNameAndTheHeaderOnEachAndEveryIndicatorOnce() throws Exception {
        FormTemplate apa = SampleDocuments.CATALOG.latest("apa-2023-24-field").orElseThrow();
        SectionTemplate s3 = apa.section("section3").orElseThrow();
        FormDocument doc = DocumentFactory.create(apa, 1, FiscalYear.parse("2023-24"), Period.ANNUAL);
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow("area", RowKind.GROUP, "", "দীর্ঘ কর্মসম্পাদন ক্ষেত্র", Map.of("areaWeight", CellValue.text("৭০")),
                Map.of(), false, List.of()));
        for (int i = 0; i < INDICATORS; i++) {
            // three indicators per activity: the activity cell spans them
            String activity = "কার্যক্রম নম্বর " + BengaliDigits.format(i / 3 + 1L) + " বাস্তবায়ন ও পরিবীক্ষণ";
            rows.add(new TableRow("i" + i, RowKind.ITEM, "", "", Map.of("activity", CellValue.text(activity),
                    "indicator", CellValue.text("সূচক " + BengaliDigits.format(i + 1L) + ": সম্পাদিত কার্যক্রমের সংখ্যা ও মান যাচাই"),
                    "unit", CellValue.text("সংখ্যা"), "weight", CellValue.text("১")), Map.of(), false, List.of()));
        }
        RowNumbering.renumber(rows, s3);
        List<TableRow> existing = new ArrayList<>(doc.table("section3").rows());
        rows.addAll(existing); // the template's governance area after ours
        doc.putSection("section3", new TableContent(rows));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(apa, doc, PdfFixtures.office(), null, out);
        if (System.getProperty("lokkho.pdf.out") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("lokkho.pdf.out"), "apa-long-area.pdf"), out.toByteArray());
        }
        List<String> pages = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                pages.add(PdfTestSupport.noSpace(PdfTestSupport.extractPage(d, p)));
            }
        }
        String area = PdfTestSupport.noSpace("[১] দীর্ঘ কর্মসম্পাদন ক্ষেত্র");
        List<Integer> areaPages = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(area)) {
                areaPages.add(p);
            }
        }
        assertThat(areaPages.size()).as("the area runs over several pages").isGreaterThanOrEqualTo(3);
        for (int k = 0; k < areaPages.size(); k++) {
            String page = pages.get(areaPages.get(k));
            assertThat(page).contains("লক্ষ্যমাত্রা/নির্ণায়ক২০২৩-২৪", "চলতিমানেরনিম্নে", "৬০%");
            assertThat(PdfTestSupport.count(page, area)).isEqualTo(1);
            if (k > 0) {
                assertThat(page).as("continuation page %d", k).contains(area + "(চলমান)");
                assertThat(areaPages.get(k)).isEqualTo(areaPages.get(k - 1) + 1);
            }
        }
        // Section 3's pages only (Annex 2 repeats the codes, generated from Section 3)
        String all = String.join("", areaPages.stream().map(pages::get).toList());
        for (int i = 1; i <= INDICATORS; i++) {
            String code = "[১." + BengaliDigits.format((i - 1) / 3 + 1L) + "." + BengaliDigits.format((i - 1) % 3 + 1L) + "]";
            assertThat(PdfTestSupport.count(all, code + "সূচক" + BengaliDigits.format(i) + ":")).as(code).isEqualTo(1);
        }
        // each activity is printed once with its code, unless cut by a page break (then once more, marked)
        int activities = (INDICATORS + 2) / 3;
        for (int a = 1; a <= activities; a++) {
            String activity = "[১." + BengaliDigits.format(a) + "]কার্যক্রমনম্বর" + BengaliDigits.format(a);
            int n = PdfTestSupport.count(all, activity);
            assertThat(n).as(activity).isBetween(1, 2);
            if (n == 2) {
                assertThat(all).contains(activity + "বাস্তবায়নওপরিবীক্ষণ(চলমান)");
            }
        }
    }
}
