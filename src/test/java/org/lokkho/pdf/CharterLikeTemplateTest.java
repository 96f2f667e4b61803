package org.lokkho.pdf;

import org.apache.pdfbox.text.PDFTextStripper;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.ListContent;
import org.lokkho.domain.document.RowKind;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.document.TextContent;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.LocalizedText;
import org.lokkho.domain.template.Numbering;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;

/**
 * A template the renderer has never seen (a Citizen's-Charter-like form built in the test): portrait text,
 * parenthesized column numbers, a serial column, a padded list, and a cell taller than a page.
 */
class CharterLikeTemplateTest {
    private static final String WORDS = String.join(" ", java.util.Collections.nCopies(60,
            "প্রয়োজনীয় কাগজপত্র ও প্রাপ্তি স্থান: জাতীয় পরিচয়পত্র, ছবি ও আবেদন ফরম (www.bangladesh.gov.bd)"));

    static FormTemplate template() {
        List<ColumnTemplate> cols = List.of(
                col("serial", "ক্রমিক নং", ColumnType.SERIAL, 2),
                col("service", "সেবার নাম", ColumnType.TEXT, 6),
                col("method", "সেবা প্রদান পদ্ধতি", ColumnType.TEXT, 8),
                col("papers", "প্রয়োজনীয় কাগজপত্র ও প্রাপ্তি স্থান", ColumnType.TEXT, 10),
                col("fee", "সেবার মূল্য ও পরিশোধ পদ্ধতি", ColumnType.TEXT, 5),
                col("time", "সেবা প্রদানের সময়সীমা", ColumnType.TEXT, 5),
                col("officer", "দায়িত্বপ্রাপ্ত কর্মকর্তা (নাম, পদবি, ফোন নম্বর ও ই-মেইল)", ColumnType.TEXT, 9));
        SectionTemplate vision = new SectionTemplate("vision", SectionKind.TEXT, LocalizedText.of("১. ভিশন ও মিশন"), null,
                "portrait", null, null, null, null, null, null, false, null, null, null);
        SectionTemplate services = new SectionTemplate("services", SectionKind.TABLE, LocalizedText.of("২.১) নাগরিক সেবা"), null,
                "portrait", cols, null, "parenthesized", null, Numbering.SERIAL, null, false, null, null, null);
        SectionTemplate expect = new SectionTemplate("expect", SectionKind.LIST, LocalizedText.of("৩) আপনার কাছে আমাদের প্রত্যাশা"),
                null, "portrait", null, null, null, null, null, null, false, null, null, Numbering.SERIAL_PADDED);
        return new FormTemplate("charter-test", "charter", 1, "2023-24", LocalizedText.of("সিটিজেনস চার্টার"), "portrait",
                List.of(LocalizedText.of("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার"), LocalizedText.of("{office}"), LocalizedText.of("{address}"),
                        LocalizedText.of("{website}"), LocalizedText.of("সেবা প্রদান প্রতিশ্রুতি (Citizen's Charter)")),
                List.of(vision, services, expect), null, false);
    }

    private static ColumnTemplate col(String key, String header, ColumnType type, double width) {
        return new ColumnTemplate(key, LocalizedText.of(header), type, width, false, false, null, false, null);
    }

    static FormDocument document(FormTemplate t) {
        FormDocument doc = new FormDocument(0, t.id(), t.version(), 1, FiscalYear.parse("2023-24"), Period.ANNUAL, null, "",
                null, Map.of());
        doc.putSection("vision", new TextContent("ভিশন: সবার জন্য তথ্যপ্রযুক্তি।\nমিশন: ডিজিটাল সেবা সহজীকরণ ও স্বচ্ছতা নিশ্চিত করা।"));
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TableRow r = new TableRow(null, RowKind.ITEM, "", "", Map.of(), Map.of(), false, List.of());
            r.setCell("service", CellValue.text("সেবা নং " + (i + 1) + ": ডিজিটাল সেন্টার প্রশিক্ষণ"));
            r.setCell("method", CellValue.text("১। আবেদন গ্রহণ ২। যাচাই ৩। সেবা প্রদান"));
            r.setCell("papers", CellValue.text(i == 2 ? WORDS : "জাতীয় পরিচয়পত্র"));
            r.setCell("fee", CellValue.text("বিনামূল্যে"));
            r.setCell("time", CellValue.text("তাৎক্ষণিক/ ৩ কার্যদিবস (প্রযোজ্য ক্ষেত্রে)"));
            r.setCell("officer", CellValue.text("মোঃ করিম, প্রোগ্রামার, 01674300290, tarakanda@ictd.gov.bd"));
            rows.add(r);
        }
        RowNumbering.renumber(rows, Numbering.SERIAL);
        doc.putSection("services", new TableContent(rows));
        doc.putSection("expect", new ListContent(List.of("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান", "যথাযথ প্রক্রিয়ায় প্রয়োজনীয় ফিস পরিশোধ করা",
                "সাক্ষাতের জন্য নির্ধারিত সময়ের পূর্বেই উপস্থিত থাকা")));
        return doc;
    }

    @Test
    void printsAnUnknownTemplateWithSplitTallRowAndParenthesizedNumbers() throws IOException {
        FormTemplate t = template();
        FormDocument doc = document(t);
        byte[] pdf = PdfTestSupport.export(t, doc, null);
        Path sample = Path.of("target/pdf-samples/charter-sample.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getPage(0).getMediaBox().getWidth()).as("portrait").isLessThan(d.getPage(0).getMediaBox().getHeight());
            String all = PdfTestSupport.normalise(new PDFTextStripper().getText(d));
            assertThat(all).contains("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার")
                    .contains("উপ কমিশনারের দপ্তর, কড়ইতলী স্থল শুল্ক স্টেশন")
                    .contains("www.customs.gov.bd")
                    .contains("(১) (২) (৩) (৪) (৫) (৬) (৭)")
                    .contains("০১. স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান")
                    .contains("০৩. সাক্ষাতের জন্য")
                    .contains("মিশন: ডিজিটাল সেবা সহজীকরণ ও স্বচ্ছতা নিশ্চিত করা।")
                    .contains("tarakanda@ictd.gov.bd");
            // The tall cell goes over a page: marked as continued, and no word of it lost or doubled.
            assertThat(d.getNumberOfPages()).isGreaterThan(1);
            assertThat(all).contains("(চলমান)");
            String withoutMarker = all.replace("(চলমান) ", "").replace("(চলমান)", "");
            String body = PdfTestSupport.noSpace(withoutMarker);
            assertThat(PdfTestSupport.count(body, PdfTestSupport.noSpace("জাতীয় পরিচয়পত্র, ছবি ও আবেদন ফরম"))).isEqualTo(60);
            for (int p = 2; p <= d.getNumberOfPages(); p++) {
                if (PdfTestSupport.extractPage(d, p).contains("সেবা")) {
                    assertThat(PdfTestSupport.normalise(PdfTestSupport.extractPage(d, p))).as("header on page " + p)
                            .contains("(১) (২) (৩)");
                }
            }
        }
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
