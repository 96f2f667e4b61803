package org.lokkho.domain.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How rows are numbered: ১.১ (DOTTED), [১.১] (BRACKETED), ১, ২ (SERIAL), ০১. (SERIAL_PADDED), (১) (PARENTHESIZED),
 * and the APA's three levels [১] area, [১.১] activity, [১.১.১] indicator (HIERARCHICAL; consecutive items with the same
 * or a blank "activity" cell are one activity — see {@code SectionTemplate.activityColumn}).
 */
public enum Numbering {
    NONE, DOTTED, BRACKETED, SERIAL, SERIAL_PADDED, PARENTHESIZED, HIERARCHICAL;

    @JsonCreator
    public static Numbering of(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
