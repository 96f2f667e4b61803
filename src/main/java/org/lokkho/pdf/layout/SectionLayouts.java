package org.lokkho.pdf.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lokkho.domain.document.SignatureBlock;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.LocalizedText;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.pdf.text.ShapedText;

/**
 * The special renderings a template asks for with a section's {@code layout} (ADR 0004): a full cover page, the
 * contents with page numbers, the preamble's fixed lines, the commitments with the two signature blocks, and a
 * bare part heading. Driven by the template's {@code lines} and {@code contents} only, never by a template id.
 */
public final class SectionLayouts {
    public static final String COVER = "cover";
    public static final String TOC = "toc";
    public static final String PREAMBLE = "preamble";
    public static final String COMMITMENT = "commitment";
    public static final String HEADING = "heading";

    /** Printed for a slot the document leaves blank (a signing day before signing), to be filled in by hand. */
    static final String BLANK_SLOT = "..............";
    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z.]+)}");
    private static final Pattern ONLY_SLOTS = Pattern.compile("(\\s*\\{[a-zA-Z.]+}\\s*)+");
    private static final float COVER_TITLE = 26;
    private static final float COVER_LARGE = 17;
    private static final float COVER_TEXT = 14;

    private final RenderContext ctx;
    private final TextRenderer text;

    public SectionLayouts(RenderContext ctx, TextRenderer text) {
        this.ctx = ctx;
        this.text = text;
    }

    /** Whether a section's layout is one this class draws in place of the kind's usual rendering. */
    public static boolean handles(SectionTemplate section) {
        String l = section.layout();
        return COVER.equals(l) || TOC.equals(l) || PREAMBLE.equals(l) || COMMITMENT.equals(l) || HEADING.equals(l);
    }

    /** Whether a section's own title/intro are printed the usual way before its content. */
    public static boolean printsOwnTitle(SectionTemplate section) {
        return !handles(section);
    }

    /** The template has a cover page, which then replaces the generic title block. */
    public static boolean hasCover(FormTemplate template) {
        return template.sections().stream().anyMatch(s -> s.hasLayout(COVER));
    }

    /** The keys listed on any contents page: they each start on a new page. */
    public static java.util.Set<String> listedInContents(FormTemplate template) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        template.sections().stream().filter(s -> s.hasLayout(TOC)).forEach(s -> keys.addAll(s.contents()));
        return keys;
    }

    // ---- cover

    /**
     * The cover page: the template's lines centred down a portrait page, the form's name (the line the title starts
     * with) largest, placeholder lines (the parties) large and bold, joining words ("এবং") plain.
     */
    public void cover(FormTemplate template, SectionTemplate section) {
        PageFlow flow = ctx.flow();
        flow.omitNumberOnThisPage(); // a cover has no page number, though it is page ১ for the contents
        String formName = ctx.text(template.title());
        List<LocalizedText> lines = section.lines();
        float y = flow.cursor() + flow.pageBodyHeight() * 0.12f;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).in(ctx.locale());
            String line = fillSlots(raw);
            if (line.isBlank()) {
                continue;
            }
            boolean title = !line.isBlank() && formName.startsWith(line.strip());
            boolean slotsOnly = ONLY_SLOTS.matcher(raw).matches();
            float size = title ? COVER_TITLE : (i == 0 || slotsOnly) ? COVER_LARGE : COVER_TEXT;
            boolean bold = title || i == 0 || slotsOnly;
            if (title) {
                y += 50;
            } else if (i == 1) {
                y += 40;
            }
            for (ShapedText l : ctx.breaker().wrap(line, bold, size, flow.width())) {
                float x = flow.left() + (flow.width() - l.width(size)) / 2;
                flow.canvas().text(l, x, y + size * Style.ASCENT, size);
                y += Style.lineHeight(size);
            }
            y += size * 0.5f;
        }
        flow.advance(Math.max(0, y - flow.cursor()));
    }

    // ---- contents

    /**
     * সূচিপত্র: every listed section's title, dot leaders and the page it starts on in Bengali digits. The number
     * column has a fixed width, so the pass that does not know the pages yet lays the lines out exactly as the one
     * that does; pages never shift between the passes.
     */
    public void contents(FormTemplate template, SectionTemplate section, Map<String, Integer> pages) {
        PageFlow flow = ctx.flow();
        text.paragraph(ctx.text(section.title()), Style.TITLE_SIZE, true, 0, Align.CENTER);
        text.gap(Style.TEXT_SIZE);
        float size = Style.TEXT_SIZE;
        float numberWidth = flow.shaper().shape(ctx.digits().apply("888"), false).width(size);
        float lineH = Style.lineHeight(size) * 1.2f;
        ShapedText dot = flow.shaper().shape(".", false);
        float dotWidth = Math.max(0.5f, dot.width(size));
        for (String key : section.contents()) {
            SectionTemplate listed = template.section(key).orElse(null);
            if (listed == null) {
                continue;
            }
            float titleWidth = flow.width() - numberWidth - 24;
            List<ShapedText> lines = ctx.breaker().wrap(ctx.text(listed.title()), false, size, titleWidth);
            if (lines.isEmpty()) {
                continue;
            }
            flow.ensure(lines.size() * lineH);
            for (int i = 0; i < lines.size(); i++) {
                float baseline = flow.cursor() + size * Style.ASCENT;
                ShapedText l = lines.get(i);
                flow.canvas().text(l, flow.left(), baseline, size);
                if (i == lines.size() - 1) {
                    float leaderStart = flow.left() + l.width(size) + 4;
                    float leaderEnd = flow.left() + flow.width() - numberWidth - 4;
                    int dots = (int) Math.floor((leaderEnd - leaderStart) / dotWidth);
                    if (dots > 0) {
                        ShapedText leader = flow.shaper().shape(".".repeat(dots), false);
                        flow.canvas().text(leader, leaderEnd - leader.width(size), baseline, size);
                    }
                    Integer page = pages.get(key);
                    if (page != null) {
                        ShapedText number = flow.shaper().shape(ctx.digits().format(page.longValue()), false);
                        flow.canvas().text(number, flow.left() + flow.width() - number.width(size), baseline, size);
                    }
                }
                flow.advance(lineH);
            }
        }
    }

    // ---- preamble, commitment, heading

    /** The preamble's fixed lines: a line that is only the parties' slots, or a joining word, is centred. */
    public void preamble(SectionTemplate section) {
        title(section, Align.CENTER);
        fixedLines(section.lines());
    }

    /** The commitment sentences, then the signature blocks side by side with room to sign and date by hand. */
    public void commitment(SectionTemplate section, List<SignatureBlock> blocks) {
        title(section, Align.LEFT);
        for (LocalizedText line : section.lines()) {
            text.paragraph(fillSlots(line.in(ctx.locale())), Style.TEXT_SIZE, false, 0, Align.LEFT);
            text.gap(Style.TEXT_SIZE * 0.8f);
        }
        new SignatureRenderer(ctx).render(section, blocks, Math.max(1, Math.min(3, blocks.size())));
    }

    /** A part heading ("সেকশন ১: …", the overview): title centred and bold, its intro below. */
    public void heading(SectionTemplate section) {
        title(section, Align.CENTER);
        if (section.intro() != null) {
            text.paragraph(ctx.text(section.intro()), Style.TEXT_SIZE, false, 0, Align.CENTER);
            text.gap(Style.TEXT_SIZE * 0.6f);
        }
    }

    private void title(SectionTemplate section, Align align) {
        String t = ctx.text(section.title());
        if (t.isBlank()) {
            return;
        }
        ctx.flow().ensure(Style.lineHeight(Style.TITLE_SIZE) + 4 * Style.lineHeight(Style.TEXT_SIZE));
        text.paragraph(t, Style.TITLE_SIZE, true, 0, align);
        text.gap(Style.TEXT_SIZE * 0.6f);
    }

    private void fixedLines(List<LocalizedText> lines) {
        for (LocalizedText line : lines) {
            String raw = line.in(ctx.locale());
            boolean slotsOnly = ONLY_SLOTS.matcher(raw).matches();
            boolean joining = !slotsOnly && raw.strip().split("\\s+").length <= 2;
            Align align = slotsOnly || joining ? Align.CENTER : Align.LEFT;
            text.paragraph(fillSlots(raw), Style.TEXT_SIZE, slotsOnly, 0, align);
            text.gap(Style.TEXT_SIZE * 0.6f);
        }
    }

    /** Fills the line's placeholders; a slot whose value is blank prints as a dotted blank. */
    String fillSlots(String raw) {
        if (raw == null) {
            return "";
        }
        Map<String, String> values = new HashMap<>(ctx.values());
        Matcher m = SLOT.matcher(raw);
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v != null && v.isBlank()) {
                values.put(m.group(1), BLANK_SLOT);
            }
        }
        return new RenderContext(ctx.flow(), ctx.breaker(), ctx.locale(), ctx.labels(), ctx.fiscalYear(), values).fill(raw);
    }
}
