package org.lokkho.pdf.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.lokkho.pdf.text.ShapedText;

/**
 * A horizontal bar chart drawn as PDF vector graphics: per bar the most that could be had (light) and what was
 * obtained (dark) on a common scale, the label shaped (Bengali) on the left and "obtained / max" on the right,
 * with a light grid at quarters of the scale.
 */
public final class BarChart {
    /** One bar: its label, the value obtained and the most it could be. */
    public record Bar(String label, BigDecimal value, BigDecimal max) {
    }

    private static final float SIZE = 8;
    private static final float BAR = 9;
    private static final float MAX_GRAY = 0.85f;
    private static final float VALUE_GRAY = 0.3f;
    private static final float GRID_GRAY = 0.7f;

    private final RenderContext ctx;

    public BarChart(RenderContext ctx) {
        this.ctx = ctx;
    }

    public void draw(String title, List<Bar> bars) {
        PageFlow flow = ctx.flow();
        TextRenderer text = new TextRenderer(ctx);
        double scaleMax = bars.stream().mapToDouble(b -> Math.max(b.max().doubleValue(), b.value().doubleValue())).max().orElse(1);
        if (scaleMax <= 0) {
            scaleMax = 1;
        }
        float labelWidth = flow.width() * 0.32f;
        float valueWidth = flow.shaper().shape(ctx.digits().apply("888.88 / 888.88"), false).width(SIZE) + 6;
        float barLeft = flow.left() + labelWidth + 6;
        float barWidth = flow.width() - labelWidth - 6 - valueWidth;
        float lineH = Style.lineHeight(SIZE);
        float rowH = Math.max(BAR + 6, 2 * lineH);
        flow.ensure(Style.lineHeight(Style.SUBTITLE_SIZE) + rowH * Math.min(bars.size(), 4) + lineH);
        text.paragraph(title, Style.SUBTITLE_SIZE, true, 0, Align.LEFT);
        flow.advance(2);
        float top = flow.cursor();
        for (Bar b : bars) {
            flow.ensure(rowH);
            if (flow.cursor() < top) {
                top = flow.cursor(); // continued on a new page
            }
            float y = flow.cursor();
            List<ShapedText> label = ctx.breaker().wrap(b.label(), false, SIZE, labelWidth);
            float ly = y + (rowH - Math.min(2, label.size()) * lineH) / 2 + SIZE * Style.ASCENT;
            for (int i = 0; i < Math.min(2, label.size()); i++) {
                flow.canvas().text(label.get(i), flow.left(), ly, SIZE);
                ly += lineH;
            }
            float barTop = y + (rowH - BAR) / 2;
            float maxLen = (float) (barWidth * b.max().doubleValue() / scaleMax);
            float valueLen = (float) (barWidth * Math.max(0, b.value().doubleValue()) / scaleMax);
            if (maxLen > 0) {
                flow.canvas().fill(barLeft, barTop, maxLen, BAR, MAX_GRAY);
            }
            if (valueLen > 0) {
                flow.canvas().fill(barLeft, barTop, valueLen, BAR, VALUE_GRAY);
            }
            ShapedText value = flow.shaper().shape(number(b.value()) + " / " + number(b.max()), false);
            flow.canvas().text(value, barLeft + barWidth + 6, barTop + (BAR - SIZE) / 2 + SIZE * 0.85f, SIZE);
            flow.advance(rowH);
        }
        // Axis and grid over the bars' area of the last page the chart is on.
        float bottom = flow.cursor();
        for (int q = 0; q <= 4; q++) {
            float x = barLeft + barWidth * q / 4f;
            flow.canvas().fill(x - 0.2f, top, 0.4f, bottom - top, GRID_GRAY);
            ShapedText tick = flow.shaper().shape(number(BigDecimal.valueOf(scaleMax * q / 4)), false);
            flow.canvas().text(tick, x - tick.width(SIZE) / 2, bottom + SIZE * Style.ASCENT + 1, SIZE);
        }
        flow.advance(lineH + 4);
    }

    private String number(BigDecimal n) {
        BigDecimal v = n.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return ctx.digits().apply(v.toPlainString());
    }
}
