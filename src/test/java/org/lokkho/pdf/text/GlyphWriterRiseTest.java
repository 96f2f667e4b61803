package org.lokkho.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.lokkho.pdf.font.FontFace;
import org.lokkho.pdf.layout.PdfFonts;

/**
 * Vertical mark offsets (text rise, Ts). The bundled Noto Sans Bengali positions every mark horizontally (no glyph of
 * the 4 781-item corpus has a y offset), so this path is checked with a run whose marks are raised and lowered by hand:
 * PDFBox's content-stream engine must put each glyph exactly where the run says, and the rise must not leak into the
 * next run.
 */
class GlyphWriterRiseTest {
    @Test
    void yOffsetsLandWhereTheRunPlacesThem() throws IOException {
        FontFace face = FontFace.BENGALI_REGULAR;
        ShapedRun raised = new ShapedRun(face, "কি", new int[] {20, 54, 20}, new float[] {0, 807, 1111},
                new float[] {0, 250, -120}, new int[] {0, 0, 1}, 1918);
        ShapedRun plain = new ShapedRun(face, "ক", new int[] {20}, new float[] {0}, new float[] {0}, new int[] {0}, 807);
        ShapedText line = new ShapedText("কিক", List.of(raised, plain), raised.advance() + plain.advance());
        float size = 20;
        float x = 100;
        float baseline = 500;
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            page.setResources(new PDResources());
            doc.addPage(page);
            PdfFonts fonts = new PdfFonts(doc);
            String name = fonts.resourceName(page.getResources(), face);
            ContentBuffer ops = new ContentBuffer(256);
            GlyphWriter.write(ops, line, x, baseline, size, f -> name, fonts);
            PDStream stream = new PDStream(doc);
            try (OutputStream os = stream.createOutputStream()) {
                os.write(ops.array(), 0, ops.length());
            }
            page.setContents(stream);
            fonts.embedSubsets();
            doc.save(out);
            pdf = out.toByteArray();
        }
        List<Matrix> glyphs = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper collector = new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
                    glyphs.add(textRenderingMatrix); // every glyph drawn, also those that read as nothing
                }
            };
            collector.getText(d);
        }
        assertThat(glyphs).hasSize(4);
        float[] expectX = {0, 807, 1111, 1918};
        float[] expectY = {0, 250, -120, 0};
        for (int i = 0; i < 4; i++) {
            assertThat(glyphs.get(i).getTranslateX()).as("x of " + i).isCloseTo(x + expectX[i] * size / 1000, Offset.offset(0.01f));
            assertThat(glyphs.get(i).getTranslateY()).as("y of " + i).isCloseTo(baseline + expectY[i] * size / 1000, Offset.offset(0.01f));
        }
    }
}
