package org.lokkho.domain.i18n;

import java.util.List;

/** Something wrong with user input, as a message key plus arguments, so every layer can show it in the UI language. */
public record Problem(Severity severity, String key, List<String> args) {
    public enum Severity { WARNING, ERROR }

    public static Problem error(String key, Object... args) {
        return new Problem(Severity.ERROR, key, strings(args));
    }

    public static Problem warning(String key, Object... args) {
        return new Problem(Severity.WARNING, key, strings(args));
    }

    public String render(Messages messages) {
        return messages.get(key, args.toArray());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static List<String> strings(Object[] args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
