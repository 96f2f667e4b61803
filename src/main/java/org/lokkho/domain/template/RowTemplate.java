package org.lokkho.domain.template;

import java.util.List;
import java.util.Map;

/**
 * A row the template puts into every new document: a group header ("১. প্রাতিষ্ঠানিক ব্যবস্থা") or a prescribed item.
 * {@code locked} columns of a fixed row cannot be edited (the Cabinet Division's wording and weights).
 */
public record RowTemplate(String kind, String title, Map<String, String> cells, boolean fixed, List<String> locked) {
    public RowTemplate {
        kind = kind == null ? "item" : kind;
        cells = cells == null ? Map.of() : Map.copyOf(cells);
        locked = locked == null ? List.of() : List.copyOf(locked);
    }

    public boolean isGroup() {
        return "group".equals(kind);
    }
}
