package org.lokkho.pdf.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.lokkho.pdf.font.FontFace;
import org.lokkho.pdf.text.GlyphWriter;
import org.lokkho.pdf.text.ContentBuffer;
import org.lokkho.pdf.text.ShapedText;

/**
 * One page's content stream, written by hand (PDFBox's content stream class cannot carry raw glyph ids).
 * Coordinates given to this class run from the page's top edge downwards, as layout thinks.
 */
public final class PageCanvas {
    private final PDPage page;
    private final PdfFonts fonts;
    private final float height;
    private final ContentBuffer out = new ContentBuffer(32_768);
    private final Map<FontFace, String> names = new EnumMap<>(FontFace.class);

    public PageCanvas(PDPage page, PdfFonts fonts) {
        this.page = page;
        this.fonts = fonts;
        this.height = page.getMediaBox().getHeight();
        page.setResources(new PDResources());
        out.append("0.5 w 0 G 0 g\n");
    }

    public PDPage page() {
        return page;
    }

    public PDRectangle size() {
        return page.getMediaBox();
    }

    /** Draws a shaped line with its left end at x and its baseline {@code baselineFromTop} below the page top. */
    public void text(ShapedText line, float x, float baselineFromTop, float size) {
        if (line.isEmpty()) {
            return;
        }
        GlyphWriter.write(out, line, x, height - baselineFromTop, size, this::fontName, fonts);
    }

    public void line(float x1, float top1, float x2, float top2) {
        num(x1).num(height - top1).append("m ");
        num(x2).num(height - top2).append("l S\n");
    }

    public void rect(float x, float top, float w, float h) {
        num(x).num(height - top - h).num(w).num(h).append("re S\n");
    }

    public void fill(float x, float top, float w, float h, float gray) {
        num(gray).append("g ");
        num(x).num(height - top - h).num(w).num(h).append("re f 0 g\n");
    }

    /**
     * Writes the collected operators as the page's content stream, deflated here in one call and stored as is
     * (letting PDFBox filter it would copy the uncompressed page through its scratch buffers first).
     */
    public void finish(PDDocument doc, Deflater deflater) throws IOException {
        deflater.reset();
        deflater.setInput(out.array(), 0, out.length());
        deflater.finish();
        byte[] chunk = new byte[Math.max(1024, out.length() / 4)];
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream raw = stream.createRawOutputStream()) {
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                raw.write(chunk, 0, n);
            }
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        page.setContents(new PDStream(stream));
    }

    private String fontName(FontFace face) {
        return names.computeIfAbsent(face, f -> fonts.resourceName(page.getResources(), f));
    }

    private PageCanvas num(float v) {
        out.number(v).append(' ');
        return this;
    }

    private PageCanvas append(String s) {
        out.append(s);
        return this;
    }
}
