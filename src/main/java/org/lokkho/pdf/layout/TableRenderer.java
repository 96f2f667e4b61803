package org.lokkho.pdf.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.scoring.GroupScore;
import org.lokkho.domain.scoring.RowScore;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.HeaderNode;
import org.lokkho.domain.template.RowPair;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.text.BengaliDigits;
import org.lokkho.pdf.text.ShapedText;

/**
 * Prints one table section from its template: the multi-row header built from the header tree, the column-number
 * row, both repeated on every page; group rows across the table; item rows (two printed rows for a
 * target/achievement pair, with the unpaired columns spanning both); derived columns and subtotals from the score.
 */
public final class TableRenderer {
    private final RenderContext ctx;
    private final SectionTemplate section;
    private final ScoreReport report;
    /** The report's rows by id: looked up for every derived cell, so not searched one by one. */
    private final java.util.Map<String, RowScore> scores = new java.util.HashMap<>();
    private final boolean scoredSection;
    /** Column edges and type size, decided in {@link #render} from the cells' min-content (see {@link ColumnWidths}). */
    private float[] columnX;
    private float tableSize = Style.TABLE_SIZE;
    /** Set while the cells are built once only to be measured. */
    private MinContent measuring;
    private boolean measuringHeader;
    private final List<TableBlock> header = new ArrayList<>();
    /** Group heading rows: never left alone at the foot of a page. */
    private final java.util.Set<TableBlock> headings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private float headerHeight;
    /** Groups are blocks of several items with row-spanned cells (see {@link GroupSpanBlocks}). */
    private boolean spanned;
    private final java.util.Map<String, BigDecimal> rawPercents;
    /** Read when a cell needs a word from the bundles (the linked plans' names). */
    private org.lokkho.domain.i18n.Messages messages;

    public TableRenderer(RenderContext ctx, SectionTemplate section, ScoreReport report) {
        this(ctx, section, report, java.util.Map.of());
    }

    /** @param rawPercents r per row id for a "raw" derived column (APA প্রাপ্ত মান %), empty when not scored so */
    public TableRenderer(RenderContext ctx, SectionTemplate section, ScoreReport report,
                         java.util.Map<String, BigDecimal> rawPercents) {
        this.ctx = ctx;
        this.section = section;
        this.report = report;
        this.rawPercents = rawPercents == null ? java.util.Map.of() : rawPercents;
        this.scoredSection = report != null && section.columns().stream().anyMatch(ColumnTemplate::isDerived);
        if (report != null) {
            for (RowScore s : report.rows()) {
                scores.putIfAbsent(s.rowId(), s);
            }
        }
    }

    /** True for tables printed on landscape pages: the template says so, or the table is too wide for portrait. */
    public static boolean wantsLandscape(String orientation, SectionTemplate section) {
        return "landscape".equalsIgnoreCase(orientation) || section.columns().size() >= 9;
    }

    /** Lays out the whole table; {@code progress} is told after each row. */
    public void render(TableContent content, Runnable progress) {
        content = withPrintedCodes(content);
        decideColumns(content);
        header.add(headerBlock());
        header.add(numberRow());
        headerHeight = (float) header.stream().mapToDouble(TableBlock::height).sum();
        List<TableBlock> body = bodyBlocks(content, progress);
        PageFlow flow = ctx.flow();
        // Keep the header with at least the first row.
        flow.ensure(headerHeight + (body.isEmpty() ? 0 : Math.min(body.get(0).height(), flow.pageBodyHeight() / 3)));
        drawHeader();
        flow.onNewPage(this::drawHeader);
        try {
            for (int i = 0; i < body.size(); i++) {
                TableBlock block = body.get(i);
                if (headings.contains(block) && i + 1 < body.size()) {
                    float withNext = block.height() + Math.min(body.get(i + 1).height(), flow.pageBodyHeight() / 3);
                    flow.ensure(withNext);
                }
                place(block);
            }
        } finally {
            flow.onNewPage(null);
        }
    }

    private void drawHeader() {
        PageFlow flow = ctx.flow();
        for (TableBlock b : header) {
            b.draw(flow.canvas(), flow.cursor(), columnX);
            flow.advanceFurniture(b.height());
        }
    }

    private void place(TableBlock block) {
        PageFlow flow = ctx.flow();
        if (spanned && block.subRows() > 1) {
            placeSpanned(block);
            return;
        }
        if (block.height() > flow.remaining() && block.height() <= flow.pageBodyHeight() - headerHeight) {
            flow.newPage();
        }
        if (block.height() <= flow.remaining()) {
            draw(block);
            return;
        }
        ShapedText marker = ctx.flow().shaper().shape(ctx.labels().continued(), false);
        for (TableBlock part : block.flatten()) {
            TableBlock rest = part;
            while (rest.height() > flow.remaining()) {
                TableBlock[] split = rest.splitLines(flow.remaining(), marker);
                if (split == null) {
                    flow.newPage();
                    continue;
                }
                draw(split[0]);
                flow.newPage();
                rest = split[1];
            }
            draw(rest);
        }
    }

    /** A group with row-spanned cells: drawn whole if it fits, else cut between items, page by page. */
    private void placeSpanned(TableBlock block) {
        PageFlow flow = ctx.flow();
        ShapedText marker = flow.shaper().shape(ctx.labels().continued(), false);
        TableBlock rest = block;
        while (rest.subRows() > 1 && rest.height() > flow.remaining()) {
            int k = RowSplit.largestFittingHead(rest, flow.remaining());
            if (k == 0) {
                if (flow.remaining() >= flow.pageBodyHeight() - headerHeight - 1) {
                    break; // not even one item fits on a fresh page: cut it by lines below
                }
                flow.newPage();
                continue;
            }
            draw(RowSplit.head(rest, k));
            flow.newPage();
            rest = RowSplit.tail(rest, k, marker);
        }
        if (rest.height() <= flow.remaining()) {
            draw(rest);
        } else {
            spannedFallback(rest);
        }
    }

    private void spannedFallback(TableBlock block) {
        boolean was = spanned;
        spanned = false;
        try {
            place(block);
        } finally {
            spanned = was;
        }
    }

    private void draw(TableBlock block) {
        block.draw(ctx.flow().canvas(), ctx.flow().cursor(), columnX);
        ctx.flow().advance(block.height());
    }

    /**
     * Builds every cell once without wrapping to learn each column's widest unbreakable token, then decides the
     * column widths and the table's type size from them and the template's relative widths.
     */
    private void decideColumns(TableContent content) {
        List<ColumnTemplate> columns = section.columns();
        measuring = new MinContent(ctx.flow().shaper(), columns.size());
        try {
            measuringHeader = true;
            headerBlock();
            measuringHeader = false;
            numberRow();
            bodyBlocks(content, () -> { });
        } finally {
            measuringHeader = false;
            headings.clear();
        }
        double[] relative = columns.stream().mapToDouble(ColumnTemplate::width).toArray();
        PageFlow flow = ctx.flow();
        ColumnWidths.Layout layout = ColumnWidths.solve(relative, measuring.header(), measuring.body(), measuring.spans(),
                flow.left(), flow.width(), Style.TABLE_SIZE);
        measuring = null;
        columnX = layout.x();
        tableSize = layout.size();
    }

    // ---- header

    private TableBlock headerBlock() {
        int depth = section.headerDepth();
        List<GridCell> cells = new ArrayList<>();
        for (HeaderNode node : section.header()) {
            addHeader(node, 0, depth, cells);
        }
        return new TableBlock(depth, cells);
    }

    /** Adds the node's cell and its children's; returns the columns it covers as {first, last}, or null. */
    private int[] addHeader(HeaderNode node, int level, int depth, List<GridCell> cells) {
        if (node.isLeaf()) {
            int col = section.columnIndex(node.column());
            if (col < 0) {
                return null;
            }
            String label = node.label() != null ? ctx.text(node.label()) : ctx.text(section.columns().get(col).header());
            cells.add(cell(col, col, level, depth - level, label, true, Align.CENTER, Style.HEADER_GRAY));
            return new int[] {col, col};
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (HeaderNode child : node.children()) {
            int[] span = addHeader(child, level + 1, depth, cells);
            if (span != null) {
                first = Math.min(first, span[0]);
                last = Math.max(last, span[1]);
            }
        }
        if (last < 0) {
            return null;
        }
        cells.add(cell(first, last, level, 1, ctx.text(node.label()), true, Align.CENTER, Style.HEADER_GRAY));
        return new int[] {first, last};
    }

    private TableBlock numberRow() {
        boolean parenthesized = "parenthesized".equalsIgnoreCase(section.columnNumbers());
        List<GridCell> cells = new ArrayList<>();
        for (int i = 0; i < section.columns().size(); i++) {
            String n = ctx.digits().format(i + 1L);
            cells.add(cell(i, i, 0, 1, parenthesized ? "(" + n + ")" : n, false, Align.CENTER, Style.HEADER_GRAY));
        }
        return new TableBlock(1, cells);
    }

    // ---- body

    private List<TableBlock> bodyBlocks(TableContent content, Runnable progress) {
        if (GroupSpanBlocks.applies(section)) {
            spanned = true;
            return spannedBlocks(content, progress);
        }
        List<TableBlock> blocks = new ArrayList<>();
        List<TableRow> rows = content.rows();
        TableRow currentGroup = null;
        for (TableRow row : rows) {
            if (row.isGroup()) {
                addSubtotal(currentGroup, blocks);
                currentGroup = row;
                TableBlock heading = groupBlock(row);
                headings.add(heading);
                blocks.add(heading);
            } else {
                blocks.add(itemBlock(row));
            }
            progress.run();
        }
        addSubtotal(currentGroup, blocks);
        if (report != null && isScoredSection()) {
            blocks.add(sumBlock(ctx.labels().total(), report.total(), report.max(), true));
        }
        return blocks;
    }

    /** One block per group, its group cells and activities row-spanned (template groupColumns/activityColumn). */
    private List<TableBlock> spannedBlocks(TableContent content, Runnable progress) {
        GroupSpanBlocks builder = new GroupSpanBlocks(section, new GroupSpanBlocks.Cells() {
            @Override
            public GridCell cell(int first, int last, int row, int span, String text, boolean bold, Align align, float fill) {
                return TableRenderer.this.cell(first, last, row, span, text, bold, align, fill);
            }

            @Override
            public void itemCells(TableRow item, int row, java.util.Set<Integer> skip, List<GridCell> out) {
                for (int i = 0; i < section.columns().size(); i++) {
                    if (!skip.contains(i)) {
                        ColumnTemplate c = section.columns().get(i);
                        Align align = c.type() == ColumnType.TEXT ? Align.LEFT : Align.CENTER;
                        out.add(TableRenderer.this.cell(i, i, row, 1, cellText(item, c), false, align, 1f));
                    }
                }
            }
        });
        List<TableBlock> blocks = new ArrayList<>();
        TableRow group = null;
        List<TableRow> items = new ArrayList<>();
        for (TableRow row : content.rows()) {
            if (row.isGroup()) {
                if (group != null || !items.isEmpty()) {
                    blocks.add(builder.block(group, items));
                    addSubtotal(group, blocks);
                }
                group = row;
                items = new ArrayList<>();
            } else {
                items.add(row);
            }
            progress.run();
        }
        if (group != null || !items.isEmpty()) {
            blocks.add(builder.block(group, items));
            addSubtotal(group, blocks);
        }
        if (report != null && isScoredSection()) {
            blocks.add(sumBlock(ctx.labels().total(), report.total(), report.max(), true));
        }
        return blocks;
    }

    private boolean isScoredSection() {
        return scoredSection;
    }

    private TableBlock groupBlock(TableRow row) {
        String text = row.code().isEmpty() ? row.title() : row.code() + ". " + row.title();
        return new TableBlock(1, List.of(cell(0, section.columns().size() - 1, 0, 1, text, true, Align.LEFT, Style.GROUP_GRAY)));
    }

    private TableBlock itemBlock(TableRow row) {
        RowPair pair = section.isPaired() ? section.rowPair() : null;
        int subRows = pair == null ? 1 : 2;
        List<GridCell> cells = new ArrayList<>();
        for (int i = 0; i < section.columns().size(); i++) {
            ColumnTemplate c = section.columns().get(i);
            Align align = c.type() == ColumnType.TEXT ? Align.LEFT : Align.CENTER;
            boolean isLabel = pair != null && c.key().equals(pair.labelColumn());
            if (isLabel) {
                cells.add(cell(i, i, 0, 1, ctx.text(pair.targetLabel()), false, Align.CENTER, 1f));
                cells.add(cell(i, i, 1, 1, ctx.text(pair.achievedLabel()), false, Align.CENTER, 1f));
            } else if (pair != null && pair.isPaired(c.key())) {
                cells.add(cell(i, i, 0, 1, display(row.cell(c.key())), false, align, 1f));
                cells.add(cell(i, i, 1, 1, display(row.achieved(c.key())), false, align, 1f));
            } else {
                cells.add(cell(i, i, 0, subRows, cellText(row, c), false, align, 1f));
            }
        }
        return new TableBlock(subRows, cells);
    }

    private String cellText(TableRow row, ColumnTemplate c) {
        String text;
        if (c.isDerived()) {
            text = derived(row, c);
        } else {
            text = linkedPlanName(display(row.cell(c.key())));
        }
        if (c.type() == ColumnType.SERIAL && text.isEmpty()) {
            return row.code();
        }
        if (c.showsCode() && !row.code().isEmpty()) {
            return text.isEmpty() ? row.code() : row.code() + " " + text;
        }
        return text;
    }

    /**
     * An APA governance row's link ("link:nis", "link:nis:42": the plan whose score the row takes) prints as the
     * plan's name, the way the annex titles it; the reader upstream has no use for our internal reference. A link
     * to a form without a name in the bundles prints as it is.
     */
    private String linkedPlanName(String text) {
        if (!text.contains("link:")) {
            return text; // every other cell: no pattern matching in the per-cell path
        }
        return org.lokkho.domain.document.DocumentLink.expectedForm(text).map(form -> {
            String key = "pdf.linkedPlan." + form;
            String name = messages().get(key);
            return name.equals(key) ? text : name;
        }).orElse(text);
    }

    private org.lokkho.domain.i18n.Messages messages() {
        if (messages == null) {
            messages = new org.lokkho.domain.i18n.Messages(ctx.locale());
        }
        return messages;
    }

    /** A derived column from the score report (without one, whatever the document holds, usually blank). */
    private String derived(TableRow row, ColumnTemplate c) {
        if (report == null) {
            return display(row.cell(c.key()));
        }
        RowScore s = scores.get(row.id());
        if (s == null) {
            return "";
        }
        return switch (c.derived()) {
            case "total" -> s.achieved() == null ? "" : ctx.digits().apply(display(s.achieved())); // computed, not typed
            case "score" -> s.excluded() ? ctx.labels().notApplicableScore() : printed(s.obtained());
            case "max" -> printed(s.max());
            case "raw" -> rawPercents.isEmpty() ? display(row.cell(c.key()))
                    : s.excluded() || !rawPercents.containsKey(row.id()) ? ctx.labels().notApplicableScore()
                    : printed(rawPercents.get(row.id()));
            default -> display(row.cell(c.key()));
        };
    }

    private void addSubtotal(TableRow group, List<TableBlock> blocks) {
        if (group == null || report == null || !isScoredSection()) {
            return;
        }
        for (GroupScore g : report.groups()) {
            if (g.rowId().equals(group.id())) {
                String label = ctx.labels().subtotal() + (group.code().isEmpty() ? "" : " (" + group.code() + ")");
                blocks.add(sumBlock(label, g.obtained(), g.max(), false));
                return;
            }
        }
    }

    /** A subtotal/total row: the label across the columns before the score column, the marks in it. */
    private TableBlock sumBlock(String label, BigDecimal obtained, BigDecimal max, boolean bold) {
        int last = section.columns().size() - 1;
        int scoreCol = -1;
        for (int i = 0; i <= last; i++) {
            if ("score".equals(section.columns().get(i).derived())) {
                scoreCol = i;
            }
        }
        String outOf = ctx.labels().outOf() + " " + printed(max);
        List<GridCell> cells = new ArrayList<>();
        if (scoreCol <= 0) {
            cells.add(cell(0, last, 0, 1, label + ": " + printed(obtained) + " (" + outOf + ")", bold, Align.RIGHT, Style.GROUP_GRAY));
        } else {
            cells.add(cell(0, scoreCol - 1, 0, 1, label + " (" + outOf + ")", bold, Align.RIGHT, Style.GROUP_GRAY));
            cells.add(cell(scoreCol, scoreCol, 0, 1, printed(obtained), bold, Align.CENTER, Style.GROUP_GRAY));
            if (scoreCol < last) {
                cells.add(cell(scoreCol + 1, last, 0, 1, "", bold, Align.LEFT, Style.GROUP_GRAY));
            }
        }
        return new TableBlock(1, cells);
    }

    /** A cell as the officer typed it (digits as typed); a value without raw text in Bengali digits. */
    static String display(CellValue v) {
        if (v == null || v.isBlank()) {
            return "";
        }
        if (!v.raw().isBlank()) {
            return v.raw();
        }
        return v.hasNumber() ? BengaliDigits.toBengali(v.number().toPlainString()) : "";
    }

    static String number(BigDecimal n) {
        return n == null ? "" : BengaliDigits.toBengali(n.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /** A score or total in the print language's digits. */
    private String printed(BigDecimal n) {
        return ctx.digits().apply(number(n));
    }

    /**
     * The rows with their codes (১.২, [২.১.৩], generated by the row numbering, never typed) in the print language's
     * digits. Copies: the document itself is not touched; ids stay, so the score still finds every row.
     */
    private TableContent withPrintedCodes(TableContent content) {
        if (ctx.digits() == PrintDigits.BENGALI) {
            return content;
        }
        List<TableRow> rows = new ArrayList<>(content.rows().size());
        for (TableRow row : content.rows()) {
            TableRow copy = row.copy();
            copy.setCode(ctx.digits().apply(row.code()));
            rows.add(copy);
        }
        return new TableContent(rows);
    }

    GridCell cell(int first, int last, int row, int span, String text, boolean bold, Align align, float fill) {
        if (measuring != null) {
            measuring.add(first, last, text, bold, measuringHeader);
            if (align == Align.LEFT && !measuringHeader && text != null && !text.isBlank()) {
                // A text cell cut at a page break ends with "(চলমান)": it must fit the column as well.
                measuring.add(first, last, ctx.labels().continued(), false, false);
            }
            return new GridCell(first, last, row, span, List.of(), align, tableSize, fill);
        }
        float width = columnX[last + 1] - columnX[first] - 2 * Style.cellPad(tableSize);
        List<ShapedText> lines = ctx.breaker().wrap(text, bold, tableSize, width);
        return new GridCell(first, last, row, span, lines, align, tableSize, fill);
    }
}
