package org.lokkho.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A {@link PDFTextStripper} that honours {@code /ActualText}. PDFBox 3.0.3's stripper ignores marked content and
 * reads glyphs through ToUnicode, which cannot express Bengali: conjunct glyphs have no Unicode and a pre-base
 * vowel sign comes before its consonant. Inside an ActualText span the glyphs are replaced by the span's text,
 * positioned where the run starts, exactly as poppler's pdftotext does. Use it wherever Lokkho reads its own PDFs
 * back (search, tests, package checks).
 */
public class ActualTextStripper extends PDFTextStripper {
    private final Deque<Span> spans = new ArrayDeque<>();

    public ActualTextStripper() {
        addOperator(new BeginMarkedContentSequenceWithProperties(this));
        addOperator(new BeginMarkedContentSequence(this));
        addOperator(new EndMarkedContentSequence(this));
    }

    /** The whole document's text. */
    public static String text(PDDocument doc) throws IOException {
        return new ActualTextStripper().getText(doc);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
        spans.push(new Span(actual));
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        Span span = spans.poll();
        if (span != null && span.actual != null) {
            TextPosition merged = merge(span.actual, span.glyphs);
            if (merged != null) {
                deliver(merged);
            }
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        for (Span s : spans) {
            if (s.actual != null) {
                s.glyphs.add(text);
                return;
            }
        }
        super.processTextPosition(text);
    }

    private void deliver(TextPosition text) {
        // An enclosing ActualText span (none in our PDFs, but allowed) swallows the inner one's text.
        for (Span s : spans) {
            if (s.actual != null) {
                return;
            }
        }
        super.processTextPosition(text);
    }

    /** One text position carrying the span's text, from the first glyph's start to the last glyph's end. */
    private static TextPosition merge(String actual, List<TextPosition> glyphs) {
        if (glyphs.isEmpty() || actual.isEmpty()) {
            return null;
        }
        TextPosition first = glyphs.get(0);
        TextPosition last = glyphs.get(glyphs.size() - 1);
        int codes = 0;
        float height = 0;
        for (TextPosition g : glyphs) {
            codes += g.getCharacterCodes().length;
            height = Math.max(height, g.getHeight());
        }
        int[] charCodes = new int[codes];
        int k = 0;
        for (TextPosition g : glyphs) {
            for (int c : g.getCharacterCodes()) {
                charCodes[k++] = c;
            }
        }
        float width = Math.max(0, last.getEndX() - first.getTextMatrix().getTranslateX());
        return new TextPosition(first.getRotation(), first.getPageWidth(), first.getPageHeight(), first.getTextMatrix(),
                last.getEndX(), last.getEndY(), height, width, first.getWidthOfSpace(), actual, charCodes,
                first.getFont(), first.getFontSize(), (int) first.getFontSizeInPt());
    }

    private static final class Span {
        final String actual;
        final List<TextPosition> glyphs = new ArrayList<>();

        Span(String actual) {
            this.actual = actual;
        }
    }
}
