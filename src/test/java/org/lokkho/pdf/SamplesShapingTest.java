package org.lokkho.pdf;

import org.apache.pdfbox.text.PDFTextStripper;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lokkho.io.DocumentJson;

/**
 * Every bundled sample exported as printed for monitoring (all columns): glyphs and positions equal hb-shape's,
 * every Bengali word of the sample file comes back from the text layer, every font is embedded.
 */
class SamplesShapingTest {
    private static final Pattern BENGALI_WORD = Pattern.compile("[\\u0980-\\u09FF\\u200C\\u200D]+");

    @Test
    void everySamplePrintsHarfBuzzGlyphsAndReadsBack() throws Exception {
        Assumptions.assumeTrue(PdfTestSupport.onPath("hb-shape"), "hb-shape not installed");
        String index = new String(getClass().getResourceAsStream("/samples/index.json").readAllBytes(), StandardCharsets.UTF_8);
        List<String> files = new ArrayList<>();
        Matcher f = Pattern.compile("\"([^\"]+\\.json)\"").matcher(index);
        while (f.find()) {
            files.add(f.group(1));
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        List<String> missing = new ArrayList<>();
        int words = 0;
        for (String file : files) {
            DocumentJson.Imported in = SampleDocuments.read(file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfExporter().export(SampleDocuments.templateOf(in), in.document(), in.office(), null, out, ExportProgress.NONE,
                    PrintView.MONITORING);
            byte[] pdf = out.toByteArray();
            PdfGlyphCheck.assertGlyphsAreHarfBuzz(pdf);
            String text;
            try (PDDocument d = Loader.loadPDF(pdf)) {
                text = PdfTestSupport.noSpace(new PDFTextStripper().getText(d));
            }
            // Metadata the print does not show: the document's own title (the form prints the template's) and the
            // superior office and address of the office record (templates that print them name them as placeholders).
            String json = new String(getClass().getResourceAsStream("/samples/" + file).readAllBytes(), StandardCharsets.UTF_8)
                    .lines().filter(l -> !l.startsWith("  \"title\"") && !l.contains("\"superiorOfficeBn\"")
                            && !l.contains("\"address\"")).reduce("", (a, b) -> a + "\n" + b);
            Set<String> bengali = new LinkedHashSet<>();
            Matcher m = BENGALI_WORD.matcher(json);
            while (m.find()) {
                bengali.add(m.group());
            }
            for (String w : bengali) {
                words++;
                if (!text.contains(w)) {
                    missing.add(file + ": " + w);
                }
            }
            if (PdfTestSupport.onPath("pdffonts")) {
                for (String row : PdfTestSupport.run(pdf, "pdffonts").lines().skip(2).filter(l -> !l.isBlank()).toList()) {
                    String[] cols = row.trim().split("\\s+");
                    assertThat(cols[cols.length - 5]).as(file + ": " + row).isEqualTo("yes");
                }
            }
        }
        assertThat(missing).as("%d distinct Bengali words", words).isEmpty();
    }
}
