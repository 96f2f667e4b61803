package org.lokkho.pdf;

import org.apache.pdfbox.text.PDFTextStripper;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The public painter other modules (the signature block) use to draw Bengali outside the form renderer. */
class ShapedTextPainterTest {
    @Test
    void drawsShapedMixedTextWithEmbeddedSubsetsThatReadsBack() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setResources(new PDResources());
            doc.addPage(page);
            ShapedTextPainter painter = new ShapedTextPainter(doc);
            ShapedTextPainter.Canvas canvas = painter.canvas(page.getResources());
            canvas.fillRect(40, 700, 300, 60, 0.9f, 0.95f, 0.9f).strokeRect(40, 700, 300, 60, 1, 0, 0.4f, 0);
            canvas.text("স্বাক্ষরকারী: মোঃ আব্দুল করিম (UNO)", false, 50, 740, 10);
            canvas.text("দপ্তর: উপজেলা নির্বাহী অফিসারের কার্যালয়", true, 50, 720, 10);
            page.setContents(canvas.newStream());
            painter.embedFonts();
            doc.save(out);
            bytes = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDResources res = doc.getPage(0).getResources();
            java.util.Set<String> subsets = new java.util.HashSet<>();
            for (var name : res.getFontNames()) {
                assertThat(res.getFont(name).isEmbedded()).isTrue();
                assertThat(res.getFont(name).getName()).matches("[A-Z]{6}\\+NotoSans.*"); // a subset
                subsets.add(res.getFont(name).getName());
            }
            assertThat(subsets).hasSize(3); // Bengali regular + bold, Latin regular for "UNO"
            assertThat(new PDFTextStripper().getText(doc)).contains("স্বাক্ষরকারী: মোঃ আব্দুল করিম (UNO)")
                    .contains("দপ্তর: উপজেলা নির্বাহী অফিসারের কার্যালয়");
        }
    }

    @Test
    void fitShortensWithoutLeavingAVowelSignAloneAndWrapBreaksAtSpaces() {
        try (PDDocument doc = new PDDocument()) {
            ShapedTextPainter painter = new ShapedTextPainter(doc);
            String office = "উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার, ঢাকা";
            float full = painter.width(office, false, 8);
            String fitted = painter.fit(office, false, 8, full / 2);
            assertThat(fitted).endsWith("…");
            assertThat(painter.width(fitted, false, 8)).isLessThanOrEqualTo(full / 2);
            for (float w = 10; w < full; w += 3) {
                String prefix = painter.fit(office, false, 8, w).replace("…", "");
                assertThat(office).startsWith(prefix.stripTrailing());
                int cut = prefix.stripTrailing().length();
                if (cut > 0) {
                    int next = Character.getType(office.charAt(cut));
                    assertThat(next).as("cut before a vowel sign at " + cut)
                            .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK);
                    assertThat(office.charAt(cut - 1)).as("cut after a hasanta").isNotEqualTo('\u09CD');
                }
            }
            assertThat(painter.fit(office, false, 8, full + 1)).isEqualTo(office);

            var lines = ShapedTextPainter.wrap(office, false, 8, full / 2);
            assertThat(lines).hasSizeGreaterThan(1);
            assertThat(String.join(" ", lines)).isEqualTo(office);
            assertThat(lines).allSatisfy(l -> assertThat(ShapedTextPainter.measure(l, false, 8)).isLessThanOrEqualTo(full / 2));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
