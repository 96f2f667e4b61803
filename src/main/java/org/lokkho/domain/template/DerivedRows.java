package org.lokkho.domain.template;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table whose rows are generated from another table's item rows (APA Annex 2 and 3 from Section 3), so that
 * codes and wording can never drift from their source (forms-spec §10.10: D0's Annex 2 says [১.২.৩.১] where
 * Section 3 says [২.৩.১]). A generated row has the same id as its source row, so it follows the indicator when
 * rows move. {@code select} is "all" (one row per source item) or "chosen" (only source items the officer has
 * already picked, i.e. that have a row in this table). {@code copy} maps this table's columns to a text pattern
 * over the source row: {code}, {activityCode} and {columnKey} are replaced; every other column is typed here.
 */
public record DerivedRows(String section, String select, Map<String, String> copy) {
    public DerivedRows {
        select = select == null || select.isBlank() ? "all" : select;
        copy = copy == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(copy));
    }

    public boolean selectsAll() {
        return "all".equals(select);
    }

    /** Whether a column of the derived table is filled from the source (and therefore read-only). */
    public boolean copies(String column) {
        return copy.containsKey(column);
    }
}
