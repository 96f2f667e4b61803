package org.lokkho.domain.text;

/** Conversion between Bengali (০–৯) and ASCII digits. Done by hand: CLDR data differs between JREs. */
public final class BengaliDigits {
    private static final char BN_ZERO = '\u09E6';

    private BengaliDigits() {
    }

    /** Replaces every ASCII digit by its Bengali form; everything else is kept. */
    public static String toBengali(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (BN_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }

    /** Replaces every Bengali digit by its ASCII form, for computation. */
    public static String toAscii(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(isBengaliDigit(c) ? (char) ('0' + (c - BN_ZERO)) : c);
        }
        return out.toString();
    }

    public static boolean isBengaliDigit(char c) {
        return c >= BN_ZERO && c <= '\u09EF';
    }

    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || isBengaliDigit(c);
    }

    public static String format(long n) {
        return toBengali(Long.toString(n));
    }
}
