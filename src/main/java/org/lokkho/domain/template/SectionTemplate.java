package org.lokkho.domain.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Optional;

/**
 * One section of a form: free text, a list, a table or signature blocks.
 * Table sections carry columns, an optional header tree, row pairing, numbering and preset rows.
 * {@code heading} is an optional part heading printed above this section's own title, for forms whose parts group
 * several sections ("১. ভিশন ও মিশন" above ভিশন and মিশন; "২. প্রতিশ্রুত সেবাসমূহ" above the service tables).
 */
public record SectionTemplate(String key, SectionKind kind, LocalizedText title, LocalizedText intro, String orientation,
                              List<ColumnTemplate> columns, List<HeaderNode> header, String columnNumbers,
                              RowPair rowPair, Numbering numbering, List<RowTemplate> rows, boolean rowsFixed,
                              LocalizedText footnote, List<SignatureSlot> signatures, Numbering listNumbering,
                              LocalizedText heading) {
    @JsonCreator
    public SectionTemplate {
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

    /** The shape before {@code heading} existed, so that code building sections by hand keeps compiling. */
    public SectionTemplate(String key, SectionKind kind, LocalizedText title, LocalizedText intro, String orientation,
                           List<ColumnTemplate> columns, List<HeaderNode> header, String columnNumbers,
                           RowPair rowPair, Numbering numbering, List<RowTemplate> rows, boolean rowsFixed,
                           LocalizedText footnote, List<SignatureSlot> signatures, Numbering listNumbering) {
        this(key, kind, title, intro, orientation, columns, header, columnNumbers, rowPair, numbering, rows, rowsFixed,
                footnote, signatures, listNumbering, null);
    }

    public Optional<ColumnTemplate> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
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
}
