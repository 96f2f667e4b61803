package org.lokkho.domain.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.lokkho.domain.cell.ColumnType;

/**
 * One leaf column of a table section.
 *
 * @param width     relative width on paper and screen
 * @param derived   name of a computed value ("total", "score") filled by the scoring rule; such columns are read-only
 * @param showsCode the row's number (১.১, [২.৩.১]) is printed in front of this column's text
 * @param view      in which view the column appears: null/"all" everywhere; "monitoring" only in the monitoring and
 *                  evaluation views (APA quarterly achievements and scores, not printed in the signed agreement);
 *                  "agreement" only in the agreement
 */
public record ColumnTemplate(String key, LocalizedText header, ColumnType type, double width, boolean required,
                             boolean readOnly, String derived, boolean showsCode, List<LocalizedText> choices, String view) {
    public static final String VIEW_AGREEMENT = "agreement";
    public static final String VIEW_MONITORING = "monitoring";

    /** The constructor before {@code view}, kept so that existing code keeps compiling. */
    public ColumnTemplate(String key, LocalizedText header, ColumnType type, double width, boolean required,
                          boolean readOnly, String derived, boolean showsCode, List<LocalizedText> choices) {
        this(key, header, type, width, required, readOnly, derived, showsCode, choices, null);
    }

    @JsonCreator
    public ColumnTemplate {
        view = view == null || view.isBlank() ? "all" : view;
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

    /** Whether the column is shown in a view ("agreement" or "monitoring"); "all" columns are in every view. */
    public boolean shownIn(String viewName) {
        return "all".equals(view) || view.equals(viewName);
    }
}
