package org.lokkho.pdf;

import java.util.Locale;
import org.lokkho.domain.template.ColumnTemplate;

/**
 * Which columns a printed table shows (template column {@code view}): the signed agreement leaves out the
 * monitoring columns (quarterly achievements, scores, links, remarks); the monitoring view prints them all.
 * Forms without monitoring-only columns print the same in both.
 */
public enum PrintView {
    AGREEMENT(ColumnTemplate.VIEW_AGREEMENT),
    MONITORING(ColumnTemplate.VIEW_MONITORING);

    private final String templateName;

    PrintView(String templateName) {
        this.templateName = templateName;
    }

    /** The name templates use in a column's {@code view}. */
    public String templateName() {
        return templateName;
    }

    /** "agreement" or "monitoring" (any case); null for anything else. */
    public static PrintView parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (PrintView v : values()) {
            if (v.templateName.equals(t)) {
                return v;
            }
        }
        return null;
    }
}
