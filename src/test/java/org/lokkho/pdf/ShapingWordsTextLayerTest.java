package org.lokkho.pdf;

import org.apache.pdfbox.text.PDFTextStripper;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.ListContent;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.LocalizedText;
import org.lokkho.domain.template.Numbering;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;

/** All 73 reference words printed one per line: each must come back from the text layer exactly, in order. */
class ShapingWordsTextLayerTest {
    @Test
    void everyReferenceWordRoundTrips() throws Exception {
        List<String> words = new String(getClass().getResourceAsStream("/shaping/bn-shaping-words.txt").readAllBytes(),
                StandardCharsets.UTF_8).lines().toList();
        SectionTemplate list = new SectionTemplate("words", SectionKind.LIST, null, null, "portrait", null, null, null, null,
                null, null, false, null, null, Numbering.NONE);
        FormTemplate t = new FormTemplate("words", "test", 1, "2023-24", LocalizedText.of("words"), "portrait", List.of(),
                List.of(list), null, false);
        FormDocument doc = new FormDocument(0, "words", 1, 1, FiscalYear.parse("2023-24"), Period.ANNUAL, null, "", null, Map.of());
        doc.putSection("words", new ListContent(words));
        byte[] pdf = PdfTestSupport.export(t, doc, null);
        Path sample = Path.of("target/pdf-samples/words.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);

        List<String> pdfBoxLines;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            pdfBoxLines = new PDFTextStripper().getText(d).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("পৃষ্ঠা ")).toList();
        }
        assertThat(pdfBoxLines.subList(0, words.size())).containsExactlyElementsOf(words);
        if (PdfTestSupport.onPath("pdftotext")) {
            List<String> popplerLines = PdfTestSupport.run(pdf, "pdftotext", "-raw", "-enc", "UTF-8").lines()
                    .map(l -> l.replace("\f", "").strip()).filter(l -> !l.isEmpty() && !l.startsWith("পৃষ্ঠা ")).toList();
            assertThat(popplerLines.subList(0, words.size())).containsExactlyElementsOf(words);
        }
    }
}
