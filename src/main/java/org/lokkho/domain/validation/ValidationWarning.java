package org.lokkho.domain.validation;

import java.util.ArrayList;
import java.util.List;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;

/**
 * Something in a document worth a second look, and where it is: the section, the row (by id, and by its code as
 * printed, e.g. [২.৪.১]) and the column. Warnings never block saving or printing: a draft may be incomplete.
 * {@code rowId}, {@code rowCode} and {@code column} are empty when the warning is about the whole section.
 */
public record ValidationWarning(String section, String rowId, String rowCode, String column, Problem problem) {
    public ValidationWarning {
        rowId = rowId == null ? "" : rowId;
        rowCode = rowCode == null ? "" : rowCode;
        column = column == null ? "" : column;
    }

    /** "সেকশন ৩: কর্মসম্পাদন পরিকল্পনা › [২.৪.১] › অসাধারণ (১০০%): …" in the UI language, names taken from the template. */
    public String render(Messages messages, FormTemplate template) {
        return render(messages, template, text -> text.in(messages.locale()));
    }

    /**
     * @param names the template's words as the reader sees them: in the UI language with placeholders such as
     *              {@code {fyLong-1}} filled in for the document ("ভিত্তিবছর ২০১৬-২০১৭", not "ভিত্তিবছর {fyLong-1}")
     */
    public String render(Messages messages, FormTemplate template,
                         java.util.function.Function<org.lokkho.domain.template.LocalizedText, String> names) {
        List<String> where = new ArrayList<>();
        SectionTemplate s = template.section(section).orElse(null);
        where.add(s == null || s.title() == null ? section : names.apply(s.title()));
        if (!rowCode.isEmpty()) {
            where.add(messages.digits(rowCode));
        }
        if (!column.isEmpty()) {
            where.add(s == null ? column : s.column(column).map(c -> names.apply(c.header())).orElse(column));
        }
        return messages.digits(messages.get("apa.warn.where", String.join(" › ", where), problem.render(messages)));
    }
}
