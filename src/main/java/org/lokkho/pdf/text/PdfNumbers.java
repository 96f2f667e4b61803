package org.lokkho.pdf.text;

/** Compact decimal formatting for content-stream operands (no exponent, at most 3 decimals). */
public final class PdfNumbers {
    private PdfNumbers() {
    }

    public static void append(StringBuilder out, float v) {
        long scaled = Math.round(v * 1000.0);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / 1000);
        long frac = scaled % 1000;
        if (frac != 0) {
            out.append('.');
            if (frac < 100) {
                out.append('0');
            }
            if (frac < 10) {
                out.append('0');
            }
            while (frac % 10 == 0) {
                frac /= 10;
            }
            out.append(frac);
        }
    }
}
