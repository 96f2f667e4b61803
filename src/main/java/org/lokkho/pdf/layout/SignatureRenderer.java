package org.lokkho.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import org.lokkho.domain.document.SignatureBlock;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.template.SignatureSlot;
import org.lokkho.pdf.text.ShapedText;

/**
 * Signature blocks side by side (up to three across): the role, blank room and a rule for the hand signature,
 * then name, designation, office, contacts and the date (a blank to fill in by hand when not given).
 */
public final class SignatureRenderer {
    private static final int PER_ROW = 3;
    private static final float SIGNING_ROOM = 34;

    private final RenderContext ctx;

    public SignatureRenderer(RenderContext ctx) {
        this.ctx = ctx;
    }

    public void render(SectionTemplate section, List<SignatureBlock> blocks) {
        render(section, blocks, PER_ROW);
    }

    /** With {@code perRow} blocks across (two for an agreement's parties, side by side over the full width). */
    public void render(SectionTemplate section, List<SignatureBlock> blocks, int perRow) {
        for (int start = 0; start < blocks.size(); start += perRow) {
            List<SignatureBlock> row = blocks.subList(start, Math.min(blocks.size(), start + perRow));
            renderRow(section, row, perRow);
        }
    }

    private void renderRow(SectionTemplate section, List<SignatureBlock> row, int perRow) {
        PageFlow flow = ctx.flow();
        float size = Style.TEXT_SIZE;
        float lineH = Style.lineHeight(size);
        float colWidth = flow.width() / perRow;
        List<List<ShapedText>> columns = new ArrayList<>();
        List<ShapedText> roles = new ArrayList<>();
        int maxLines = 0;
        for (SignatureBlock b : row) {
            roles.add(flow.shaper().shape(roleLabel(section, b.role()), true));
            List<ShapedText> lines = new ArrayList<>();
            for (String part : new String[] {b.name(), b.designation(), b.office(), b.phone(), b.email()}) {
                lines.addAll(ctx.breaker().wrap(part, false, size, colWidth - 12));
            }
            String date = b.date().isBlank() ? "..................." : b.date();
            lines.add(flow.shaper().shape(ctx.labels().date() + ": " + date, false));
            columns.add(lines);
            maxLines = Math.max(maxLines, lines.size());
        }
        float height = lineH + SIGNING_ROOM + lineH * (maxLines + 1);
        flow.ensure(height + lineH);
        flow.advance(lineH);
        float top = flow.cursor();
        // Right-align a single block (the signer sits at the right of a letter); spread several.
        int offset = row.size() == 1 ? perRow - 1 : 0;
        for (int i = 0; i < row.size(); i++) {
            float x = flow.left() + colWidth * (i + offset) + 6;
            float y = top;
            flow.canvas().text(roles.get(i), x, y + size * Style.ASCENT, size);
            y += lineH + SIGNING_ROOM;
            flow.canvas().line(x, y, x + colWidth - 18, y);
            y += 2;
            ShapedText signWord = flow.shaper().shape("(" + ctx.labels().signature() + ")", false);
            flow.canvas().text(signWord, x, y + Style.FOOTER_SIZE * Style.ASCENT, Style.FOOTER_SIZE);
            y += Style.lineHeight(Style.FOOTER_SIZE);
            for (ShapedText line : columns.get(i)) {
                flow.canvas().text(line, x, y + size * Style.ASCENT, size);
                y += lineH;
            }
        }
        flow.advance(height);
    }

    private String roleLabel(SectionTemplate section, String role) {
        for (SignatureSlot slot : section.signatures()) {
            if (slot.role().equals(role)) {
                return ctx.text(slot.label());
            }
        }
        return role;
    }
}
