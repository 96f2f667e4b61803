package org.lokkho.domain.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Optional;

/**
 * One section of a form: free text, a list, a table or signature blocks.
 * Table sections carry columns, an optional header tree, row pairing, numbering and preset rows.
 * {@code heading} is an optional part heading printed above this section's own title, for forms whose parts group
 * several sections ("১. ভিশন ও মিশন" above ভিশন and মিশন; "২. প্রতিশ্রুত সেবাসমূহ" above the service tables).
 *
 * <p>Added for the APA (all optional, null-safe; see docs/decisions/0004-apa-template.md):
 * {@code layout} names a special rendering ("cover", "toc", "preamble", "commitment"; null = the kind's usual one);
 * {@code lines} is fixed printed text with placeholders ({party}, {fyStart}, {signMonth} …);
 * {@code contents} lists, for a "toc" layout, the section keys whose titles and page numbers the renderer prints;
 * {@code activityColumn} names the column whose text groups items into activities under "hierarchical" numbering
 * ([১] area, [১.১] activity, [১.১.১] indicator): consecutive items with the same text (or a blank) are one activity;
 * default "activity";
 * {@code groupColumns} are the columns a group row fills (its title, then its cells) and that span its items in print;
 * {@code derivedFrom} declares rows generated from another table (Annex 2/3 from Section 3).
 */
public record SectionTemplate(String key, SectionKind kind, LocalizedText title, LocalizedText intro, String orientation,
                              List<ColumnTemplate> columns, List<HeaderNode> header, String columnNumbers,
                              RowPair rowPair, Numbering numbering, List<RowTemplate> rows, boolean rowsFixed,
                              LocalizedText footnote, List<SignatureSlot> signatures, Numbering listNumbering,
                              LocalizedText heading, String layout, List<LocalizedText> lines, List<String> contents,
                              String activityColumn, List<String> groupColumns, DerivedRows derivedFrom) {
    /** The activity column of "hierarchical" numbering when the section does not name one. */
    public static final String DEFAULT_ACTIVITY_COLUMN = "activity";

    /** The constructor before {@code heading} and the APA fields, kept so that existing code keeps compiling. */
    public SectionTemplate(String key, SectionKind kind, LocalizedText title, LocalizedText intro, String orientation,
                           List<ColumnTemplate> columns, List<HeaderNode> header, String columnNumbers,
                           RowPair rowPair, Numbering numbering, List<RowTemplate> rows, boolean rowsFixed,
                           LocalizedText footnote, List<SignatureSlot> signatures, Numbering listNumbering) {
        this(key, kind, title, intro, orientation, columns, header, columnNumbers, rowPair, numbering, rows, rowsFixed,
                footnote, signatures, listNumbering, null);
    }

    /** The constructor with {@code heading} but before the APA fields, kept so that existing code keeps compiling. */
    public SectionTemplate(String key, SectionKind kind, LocalizedText title, LocalizedText intro, String orientation,
                           List<ColumnTemplate> columns, List<HeaderNode> header, String columnNumbers,
                           RowPair rowPair, Numbering numbering, List<RowTemplate> rows, boolean rowsFixed,
                           LocalizedText footnote, List<SignatureSlot> signatures, Numbering listNumbering,
                           LocalizedText heading) {
        this(key, kind, title, intro, orientation, columns, header, columnNumbers, rowPair, numbering, rows, rowsFixed,
                footnote, signatures, listNumbering, heading, null, null, null, null, null, null);
    }

    @JsonCreator
    public SectionTemplate {
        lines = lines == null ? List.of() : List.copyOf(lines);
        contents = contents == null ? List.of() : List.copyOf(contents);
        groupColumns = groupColumns == null ? List.of() : List.copyOf(groupColumns);
        activityColumn = activityColumn == null || activityColumn.isBlank() ? null : activityColumn;
        columns = columns == null ? List.of() : List.copyOf(columns);
        header = header == null || header.isEmpty()
                ? columns.stream().map(c -> new HeaderNode(c.key(), null, null)).toList()
                : List.copyOf(header);
        columnNumbers = columnNumbers == null ? "plain" : columnNumbers;
        numbering = numbering == null ? Numbering.NONE : numbering;
        listNumbering = listNumbering == null ? Numbering.SERIAL : listNumbering;
        rows = rows == null ? List.of() : List.copyOf(rows);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    /** A loop, not a stream: asked once per stored cell when a document is read. */
    public Optional<ColumnTemplate> column(String key) {
        for (ColumnTemplate c : columns) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public boolean isPaired() {
        return rowPair != null && !rowPair.columns().isEmpty();
    }

    public int headerDepth() {
        return header.stream().mapToInt(HeaderNode::depth).max().orElse(1);
    }

    /** The column whose text the row number is printed in front of, if any. */
    public Optional<ColumnTemplate> codeColumn() {
        return columns.stream().filter(ColumnTemplate::showsCode).findFirst();
    }

    /** The column that groups items into activities, when rows are numbered in three levels. */
    public Optional<String> activityKey() {
        if (activityColumn != null) {
            return Optional.of(activityColumn);
        }
        return numbering == Numbering.HIERARCHICAL ? Optional.of(DEFAULT_ACTIVITY_COLUMN) : Optional.empty();
    }

    public boolean hasLayout(String name) {
        return name.equals(layout);
    }

    public boolean isDerived() {
        return derivedFrom != null;
    }

    /** Columns shown in a view: "agreement" leaves out monitoring-only columns; "monitoring" shows them all. */
    public List<ColumnTemplate> columnsFor(String view) {
        return columns.stream().filter(c -> c.shownIn(view)).toList();
    }

    /** The header tree of a view: leaves of hidden columns dropped, and groups left empty by that dropped too. */
    public List<HeaderNode> headerFor(String view) {
        return header.stream().map(h -> prune(h, view)).filter(java.util.Objects::nonNull).toList();
    }

    private HeaderNode prune(HeaderNode node, String view) {
        if (node.isLeaf()) {
            return column(node.column()).map(c -> c.shownIn(view)).orElse(true) ? node : null;
        }
        List<HeaderNode> kept = node.children().stream().map(c -> prune(c, view)).filter(java.util.Objects::nonNull).toList();
        return kept.isEmpty() ? null : new HeaderNode(null, node.label(), kept);
    }
}
