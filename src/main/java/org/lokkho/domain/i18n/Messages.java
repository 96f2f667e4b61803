package org.lokkho.domain.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-visible text from the resource bundles {@code i18n/messages} (Bengali first, English second). */
public final class Messages {
    public static final Locale BENGALI = Locale.forLanguageTag("bn-BD");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages bengali() {
        return new Messages(BENGALI);
    }

    public static Messages english() {
        return new Messages(ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isBengali() {
        return "bn".equals(locale.getLanguage());
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        // MessageFormat would print numbers with grouping; arguments are pre-formatted strings.
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(text);
    }

    /** Digits as the UI language shows them. */
    public String digits(String s) {
        return isBengali() ? org.lokkho.domain.text.BengaliDigits.toBengali(s) : org.lokkho.domain.text.BengaliDigits.toAscii(s);
    }
}
