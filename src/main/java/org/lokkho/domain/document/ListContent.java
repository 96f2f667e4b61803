package org.lokkho.domain.document;

import java.util.ArrayList;
import java.util.List;

public final class ListContent implements SectionContent {
    private final List<String> items;

    public ListContent(List<String> items) {
        this.items = new ArrayList<>(items == null ? List.of() : items);
    }

    /** The live, editable list of items in order. */
    public List<String> items() {
        return items;
    }

    @Override
    public ListContent copy() {
        return new ListContent(items);
    }
}
