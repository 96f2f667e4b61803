package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.lokkho.pdf.font.FontFace;
import org.lokkho.pdf.text.HbShape;

/**
 * Reads a PDF of ours back and compares it with HarfBuzz: every /ActualText span's glyph ids and glyph positions, as
 * PDFBox's content-stream engine places them (TJ adjustments and Ts rise applied), against hb-shape of the span's
 * text in the span's font file. Needs hb-shape on the PATH.
 */
final class PdfGlyphCheck {
    private static final float TOLERANCE_EM = 1.0f; // 1/1000 em: the content stream keeps 3 decimals of a point

    private PdfGlyphCheck() {
    }

    /** Compares every /ActualText span of the PDF with hb-shape; returns the number of glyphs checked. */
    static int assertGlyphsAreHarfBuzz(byte[] pdf) throws Exception {
        List<Span> spans;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            SpanCollector collector = new SpanCollector();
            collector.getText(d);
            spans = collector.spans;
        }
        Map<FontFace, Set<String>> texts = new EnumMap<>(FontFace.class);
        for (Span s : spans) {
            texts.computeIfAbsent(s.face, f -> new LinkedHashSet<>()).add(s.actual);
        }
        Map<FontFace, Map<String, List<HbShape.Glyph>>> hb = new EnumMap<>(FontFace.class);
        for (Map.Entry<FontFace, Set<String>> e : texts.entrySet()) {
            List<String> list = new ArrayList<>(e.getValue());
            List<String> shaped = HbShape.shapeLines(e.getKey(), list);
            Map<String, List<HbShape.Glyph>> byText = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                byText.put(list.get(i), HbShape.parse(shaped.get(i)));
            }
            hb.put(e.getKey(), byText);
        }
        List<String> problems = new ArrayList<>();
        int glyphs = 0;
        for (Span s : spans) {
            List<HbShape.Glyph> expected = hb.get(s.face).get(s.actual);
            List<TextPosition> drawn = s.glyphs;
            if (drawn.size() == expected.size() + 1 && code(drawn.get(0)) == s.face.spaceGlyph()) {
                drawn = drawn.subList(1, drawn.size()); // the anchor glyph of a span without any mapped glyph
            }
            glyphs += drawn.size();
            String diff = compare(s, drawn, expected);
            if (diff != null) {
                problems.add("'" + s.actual + "' " + s.face + ": " + diff);
            }
        }
        assertThat(problems).as("%d spans, %d glyphs", spans.size(), glyphs).isEmpty();
        return glyphs;
    }

    private static String compare(Span s, List<TextPosition> drawn, List<HbShape.Glyph> expected) {
        if (drawn.size() != expected.size()) {
            return drawn.size() + " glyphs drawn, hb " + expected.size();
        }
        if (drawn.isEmpty()) {
            return null;
        }
        float size = s.size;
        float originX = x(drawn.get(0)) - expected.get(0).x() * size / 1000f;
        float baseline = y(drawn.get(0)) - expected.get(0).y() * size / 1000f;
        for (int i = 0; i < drawn.size(); i++) {
            HbShape.Glyph e = expected.get(i);
            TextPosition g = drawn.get(i);
            if (code(g) != e.gid()) {
                return "glyph " + i + " is " + code(g) + ", hb " + e.gid();
            }
            float dx = (x(g) - originX) * 1000f / size - e.x();
            float dy = (y(g) - baseline) * 1000f / size - e.y();
            if (Math.abs(dx) > TOLERANCE_EM || Math.abs(dy) > TOLERANCE_EM) {
                return "glyph " + i + " (" + e.gid() + ") off by (" + dx + ", " + dy + ")/1000 em";
            }
        }
        return null;
    }

    private static int code(TextPosition g) {
        return g.getCharacterCodes()[0];
    }

    private static float x(TextPosition g) {
        return g.getTextMatrix().getTranslateX();
    }

    private static float y(TextPosition g) {
        return g.getTextMatrix().getTranslateY();
    }

    private record Span(String actual, FontFace face, float size, List<TextPosition> glyphs) {
    }

    /** Every /ActualText span with the glyphs drawn inside it, in drawing order. */
    private static final class SpanCollector extends PDFTextStripper {
        final List<Span> spans = new ArrayList<>();
        private final Deque<List<TextPosition>> open = new ArrayDeque<>();
        private final Deque<String> actual = new ArrayDeque<>();

        SpanCollector() throws IOException {
            addOperator(new BeginMarkedContentSequenceWithProperties(this));
            addOperator(new BeginMarkedContentSequence(this));
            addOperator(new EndMarkedContentSequence(this));
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            open.push(new ArrayList<>());
            actual.push(properties == null || properties.getString(COSName.ACTUAL_TEXT) == null ? "" : properties.getString(COSName.ACTUAL_TEXT));
        }

        @Override
        public void endMarkedContentSequence() {
            List<TextPosition> glyphs = open.pop();
            String text = actual.pop();
            if (!glyphs.isEmpty()) {
                TextPosition first = glyphs.get(0);
                spans.add(new Span(text, face(first.getFont().getName()), first.getTextMatrix().getScalingFactorX(), glyphs));
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!open.isEmpty()) {
                open.peek().add(text);
            }
        }

        private static FontFace face(String subsetName) {
            String name = subsetName.substring(subsetName.indexOf('+') + 1);
            for (FontFace f : FontFace.values()) {
                if (f.resource().endsWith("/" + name + ".ttf")) {
                    return f;
                }
            }
            throw new IllegalStateException("unknown font " + subsetName);
        }
    }
}
