package org.lokkho.domain.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** A label in Bengali with its English counterpart (English falls back to Bengali when missing). */
public record LocalizedText(String bn, String en) {
    @JsonCreator
    public LocalizedText {
        bn = bn == null ? "" : bn;
        en = en == null || en.isEmpty() ? bn : en;
    }

    public static LocalizedText of(String bn) {
        return new LocalizedText(bn, bn);
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : bn;
    }
}
