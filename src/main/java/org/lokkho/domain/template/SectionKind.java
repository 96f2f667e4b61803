package org.lokkho.domain.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum SectionKind {
    TEXT, LIST, TABLE, SIGNATURE;

    @JsonCreator
    public static SectionKind of(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
