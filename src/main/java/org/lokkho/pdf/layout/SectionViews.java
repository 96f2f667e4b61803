package org.lokkho.pdf.layout;

import org.lokkho.domain.template.SectionTemplate;

/**
 * A table section as one view prints it: only the columns shown in that view, the header tree pruned to them.
 * The renderer then lays the table out as if the template had only those columns, so widths are shared among the
 * printed columns only and column numbers run ১, ২, ৩ … without gaps.
 */
public final class SectionViews {
    private SectionViews() {
    }

    public static SectionTemplate forView(SectionTemplate s, String view) {
        if (s.columnsFor(view).size() == s.columns().size()) {
            return s;
        }
        return new SectionTemplate(s.key(), s.kind(), s.title(), s.intro(), s.orientation(), s.columnsFor(view),
                s.headerFor(view), s.columnNumbers(), s.rowPair(), s.numbering(), s.rows(), s.rowsFixed(), s.footnote(),
                s.signatures(), s.listNumbering(), s.heading(), s.layout(), s.lines(), s.contents(), s.activityColumn(),
                s.groupColumns(), s.derivedFrom());
    }
}
