package org.lokkho.ui.model;

import org.lokkho.domain.template.SectionTemplate;

/** The view model of one section tab: a table, a text, a list or signature blocks. */
public sealed interface SectionModel permits TableSectionModel, TextSectionModel, ListSectionModel, SignatureSectionModel {
    SectionTemplate section();

    /** Brings derived state up to date after any change (renumbering, visual lines). */
    default void refresh() {
    }
}
