package org.lokkho.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.lokkho.pdf.font.FontFace;

/**
 * One glyph as PDFBox's content-stream engine draws it: where it lands (text rendering matrix: TJ adjustments and Ts
 * rise applied) and which glyph of the bundled font it is.
 */
public record DrawnGlyph(FontFace face, int glyph, float x, float y, float size) {
    static DrawnGlyph of(Matrix textRenderingMatrix, PDFont font, int code) {
        FontFace face = OriginalGlyphs.face(font.getName());
        return new DrawnGlyph(face, OriginalGlyphs.of(face, font, code), textRenderingMatrix.getTranslateX(),
                textRenderingMatrix.getTranslateY(), textRenderingMatrix.getScalingFactorX());
    }
}
