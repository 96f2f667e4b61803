package org.lokkho.pdf.layout;

import java.util.List;
import org.lokkho.pdf.text.ShapedText;

/** Flowing text: the centred title block, headings, paragraphs, numbered lists and footnotes, line by line. */
public final class TextRenderer {
    private final RenderContext ctx;

    public TextRenderer(RenderContext ctx) {
        this.ctx = ctx;
    }

    /** The form's title lines, centred; the first one larger and bold. */
    public void titleBlock(List<String> lines) {
        boolean first = true;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            float size = first ? Style.TITLE_SIZE : Style.SUBTITLE_SIZE;
            paragraph(line, size, first, 0, Align.CENTER);
            first = false;
        }
        ctx.flow().advance(Style.TEXT_SIZE * 0.6f);
    }

    public void heading(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        // Keep a heading with a few lines of what follows.
        ctx.flow().ensure(Style.lineHeight(Style.SUBTITLE_SIZE) + 4 * Style.lineHeight(Style.TEXT_SIZE));
        paragraph(text, Style.SUBTITLE_SIZE, true, 0, Align.LEFT);
        ctx.flow().advance(2);
    }

    public void paragraph(String text, float size, boolean bold, float indent, Align align) {
        PageFlow flow = ctx.flow();
        float width = flow.width() - indent;
        for (ShapedText line : ctx.breaker().wrap(text, bold, size, width)) {
            writeLine(line, size, indent, width, align);
        }
    }

    /** A numbered list with hanging indent: label, then the item's wrapped lines. */
    public void list(List<String> items, List<String> labels, float size) {
        float labelWidth = 0;
        for (String label : labels) {
            labelWidth = Math.max(labelWidth, ctx.flow().shaper().shape(label, false).width(size));
        }
        float indent = labelWidth + size * 0.6f;
        for (int i = 0; i < items.size(); i++) {
            List<ShapedText> lines = ctx.breaker().wrap(items.get(i), false, size, ctx.flow().width() - indent);
            ShapedText label = ctx.flow().shaper().shape(labels.get(i), false);
            if (lines.isEmpty()) {
                lines = List.of(ShapedText.EMPTY);
            }
            for (int l = 0; l < lines.size(); l++) {
                PageFlow flow = ctx.flow();
                float lineH = Style.lineHeight(size);
                flow.ensure(lineH);
                float baseline = flow.cursor() + size * Style.ASCENT;
                if (l == 0) {
                    flow.canvas().text(label, flow.left(), baseline, size);
                }
                flow.canvas().text(lines.get(l), flow.left() + indent, baseline, size);
                flow.advance(lineH);
            }
        }
    }

    public void gap(float points) {
        ctx.flow().advance(points);
    }

    private void writeLine(ShapedText line, float size, float indent, float width, Align align) {
        PageFlow flow = ctx.flow();
        float lineH = Style.lineHeight(size);
        flow.ensure(lineH);
        float x = flow.left() + indent;
        if (align == Align.CENTER) {
            x += (width - line.width(size)) / 2;
        } else if (align == Align.RIGHT) {
            x += width - line.width(size);
        }
        flow.canvas().text(line, x, flow.cursor() + size * Style.ASCENT, size);
        flow.advance(lineH);
    }
}
