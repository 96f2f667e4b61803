package org.lokkho.domain.template;

import java.util.List;
import org.lokkho.domain.cell.ColumnType;

/**
 * One leaf column of a table section.
 *
 * @param width     relative width on paper and screen
 * @param derived   name of a computed value ("total", "score") filled by the scoring rule; such columns are read-only
 * @param showsCode the row's number (১.১, [২.৩.১]) is printed in front of this column's text
 * @param pairLabel in a row-pair table, the column that shows "লক্ষ্যমাত্রা" / "অর্জন"
 */
public record ColumnTemplate(String key, LocalizedText header, ColumnType type, double width, boolean required,
                             boolean readOnly, String derived, boolean showsCode, List<LocalizedText> choices) {
    public ColumnTemplate {
        type = type == null ? ColumnType.TEXT : type;
        width = width <= 0 ? 1 : width;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean isDerived() {
        return derived != null && !derived.isBlank();
    }

    public boolean isEditable() {
        return !readOnly && !isDerived() && type != ColumnType.SERIAL;
    }
}
