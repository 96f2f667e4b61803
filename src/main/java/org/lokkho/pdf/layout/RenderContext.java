package org.lokkho.pdf.layout;

import java.util.Locale;
import java.util.Map;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.template.LocalizedText;
import org.lokkho.domain.template.Placeholders;

/** What every part of the renderer needs: the page flow, the line breaker, language and placeholder values. */
public record RenderContext(PageFlow flow, LineBreaker breaker, Locale locale, Labels labels, FiscalYear fiscalYear,
                            Map<String, String> values) {

    /** A template label in the document's language with {fy}, {office} … filled in. */
    public String text(LocalizedText label) {
        return label == null ? "" : fill(label.in(locale));
    }

    /** Fills placeholders; the fiscal years it writes take the print language's digits, typed values stay as typed. */
    public String fill(String text) {
        return text == null ? "" : Placeholders.fill(text, fiscalYear, values, digits()::apply);
    }

    /** The digits of numbers the renderer makes itself (see {@link PrintDigits}). */
    public PrintDigits digits() {
        return PrintDigits.of(locale);
    }
}
