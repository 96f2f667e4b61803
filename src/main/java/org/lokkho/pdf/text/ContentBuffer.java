package org.lokkho.pdf.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page's content stream as it is written: ASCII operators straight into a growing byte array, numbers formatted
 * without going through strings (content streams are mostly numbers and hex glyph ids; this is the hot loop of
 * every export).
 */
public final class ContentBuffer {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int length;

    public ContentBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Appends ASCII text (operators, names). */
    public ContentBuffer append(String ascii) {
        int n = ascii.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    public ContentBuffer append(char ascii) {
        ensure(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** A number as {@link PdfNumbers} writes it: at most 3 decimals, no exponent, no trailing zeros. */
    public ContentBuffer number(float v) {
        long scaled = Math.round(v * 1000.0);
        ensure(24);
        if (scaled < 0) {
            bytes[length++] = '-';
            scaled = -scaled;
        }
        digits(scaled / 1000);
        long frac = scaled % 1000;
        if (frac != 0) {
            bytes[length++] = '.';
            bytes[length++] = (byte) ('0' + frac / 100);
            frac %= 100;
            if (frac != 0) {
                bytes[length++] = (byte) ('0' + frac / 10);
                frac %= 10;
                if (frac != 0) {
                    bytes[length++] = (byte) ('0' + frac);
                }
            }
        }
        return this;
    }

    /** Four upper-case hex digits of the low 16 bits (a glyph id or a UTF-16 unit). */
    public ContentBuffer hex4(int v) {
        ensure(4);
        bytes[length++] = HEX[(v >> 12) & 15];
        bytes[length++] = HEX[(v >> 8) & 15];
        bytes[length++] = HEX[(v >> 4) & 15];
        bytes[length++] = HEX[v & 15];
        return this;
    }

    public int length() {
        return length;
    }

    /** The backing array; only the first {@link #length()} bytes are content. */
    public byte[] array() {
        return bytes;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.US_ASCII);
    }

    private void digits(long v) {
        if (v < 10) {
            bytes[length++] = (byte) ('0' + v);
            return;
        }
        int start = length;
        while (v > 0) {
            bytes[length++] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
