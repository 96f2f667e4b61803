package org.lokkho.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides a table's column widths and type size the way a printed form needs them: every column at least as wide
 * as its longest unbreakable token (a number, a date, a percentage, a word: its "min-content"), the width left over
 * shared by the template's relative widths. When even the min-content widths do not fit the page, the whole table's
 * type gets smaller (down to {@link #FLOOR_SIZE}) before any token is broken. Only when even that is not enough
 * do tokens break, the fewest possible: body tokens (the numbers, dates and words the officer typed) keep their
 * width, and the columns whose header words are longest are narrowed to one common width, so those header words
 * alone are cut between clusters. If not even the body tokens fit, the columns with the widest body tokens are
 * narrowed the same way.
 *
 * <p>Token widths are given in the shaper's unit (1/1000 em), so they scale with the type size exactly.
 */
final class ColumnWidths {
    /** The smallest type a table is printed in before tokens are broken: still legible on an A4 office print. */
    static final float FLOOR_SIZE = 6.5f;
    /** Room for the side bearings of the outer glyphs and for rounding between measuring and wrapping. */
    static final float SLACK = 0.6f;

    /** A token constraint on a cell spanning columns [first, last] (a header over several columns). */
    record Span(int first, int last, float tokenEm) {
    }

    /** Column edges (n + 1 x positions) and the table's type size. */
    record Layout(float[] x, float size) {
        float width(int first, int last) {
            return x[last + 1] - x[first];
        }
    }

    private ColumnWidths() {
    }

    /**
     * @param relative  the template's relative widths, one per column
     * @param headerEm  per column the widest unbreakable token of its one-column header cells, in 1/1000 em
     * @param bodyEm    per column the widest unbreakable token of its other one-column cells, in 1/1000 em
     * @param spans     the widest token of each cell spanning several columns
     * @param left      x of the table's left edge
     * @param width     the table's full width
     * @param preferred the usual table type size (cells padded by {@link Style#cellPad} of the size chosen)
     */
    static Layout solve(double[] relative, float[] headerEm, float[] bodyEm, List<Span> spans, float left, float width,
                        float preferred) {
        int n = relative.length;
        float[] tokenEm = new float[n];
        double tokens = 0;
        for (int i = 0; i < n; i++) {
            tokenEm[i] = Math.max(headerEm[i], bodyEm[i]);
            tokens += tokenEm[i];
        }
        float size = preferred;
        if (needed(tokens, n, preferred) > width) {
            // The largest size, in steps of 0.1 pt, at which every column's widest token fits (or the floor).
            size = FLOOR_SIZE;
            for (float s = preferred - 0.1f; s > FLOOR_SIZE; s -= 0.1f) {
                float rounded = Math.round(s * 10) / 10f;
                if (needed(tokens, n, rounded) <= width) {
                    size = rounded;
                    break;
                }
            }
        }
        float pad = Style.cellPad(size);
        float[] min = new float[n];
        float minSum = 0;
        for (int i = 0; i < n; i++) {
            min[i] = minimum(tokenEm[i], size, pad);
            minSum += min[i];
        }
        float[] w;
        if (minSum > width) {
            float[] body = new float[n];
            float bodySum = 0;
            for (int i = 0; i < n; i++) {
                body[i] = minimum(bodyEm[i], size, pad);
                bodySum += body[i];
            }
            w = new float[n];
            if (bodySum <= width) {
                float cap = capFor(min, body, width);
                for (int i = 0; i < n; i++) {
                    w[i] = Math.max(body[i], Math.min(min[i], cap));
                }
                w = share(relative, w, width);
            } else {
                // Not even the typed values fit: the columns with the widest tokens are narrowed to one common
                // width, the others keep theirs, so only the widest tokens are cut.
                float cap = capFor(body, new float[n], width);
                for (int i = 0; i < n; i++) {
                    w[i] = Math.min(body[i], cap);
                }
                w = share(relative, w, width);
            }
        } else {
            w = share(relative, min, width);
            for (Span s : spans) {
                widen(w, min, s.first(), s.last(), minimum(s.tokenEm(), size, pad));
            }
        }
        float[] x = new float[n + 1];
        x[0] = left;
        for (int i = 0; i < n; i++) {
            x[i + 1] = x[i] + w[i];
        }
        x[n] = left + width; // no drift from summing
        return new Layout(x, size);
    }

    /**
     * The common width the widest columns are narrowed to so that all fit: the largest cap with
     * sum(max(body, min(full, cap))) not above {@code width} (found by halving; the sum grows with the cap).
     */
    static float capFor(float[] full, float[] body, float width) {
        float lo = 0;
        float hi = 0;
        for (float f : full) {
            hi = Math.max(hi, f);
        }
        for (int step = 0; step < 40; step++) {
            float mid = (lo + hi) / 2;
            float sum = 0;
            for (int i = 0; i < full.length; i++) {
                sum += Math.max(body[i], Math.min(full[i], mid));
            }
            if (sum <= width) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static float needed(double tokens, int columns, float size) {
        return (float) (tokens * size / 1000) + columns * (2 * Style.cellPad(size) + SLACK);
    }

    static float minimum(float tokenEm, float size, float pad) {
        return tokenEm * size / 1000 + 2 * pad + SLACK;
    }

    /**
     * The width shared by the relative widths, a column whose share is below its minimum pinned at the minimum
     * and the rest shared again among the others (repeated until no share is below its minimum).
     */
    static float[] share(double[] relative, float[] min, float width) {
        int n = relative.length;
        float[] w = new float[n];
        boolean[] pinned = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            float left = width;
            double weights = 0;
            for (int i = 0; i < n; i++) {
                if (pinned[i]) {
                    left -= min[i];
                } else {
                    weights += relative[i];
                }
            }
            for (int i = 0; i < n; i++) {
                if (pinned[i]) {
                    w[i] = min[i];
                } else {
                    w[i] = weights <= 0 ? 0 : (float) (left * relative[i] / weights);
                }
            }
            for (int i = 0; i < n; i++) {
                if (!pinned[i] && w[i] < min[i]) {
                    pinned[i] = true;
                    changed = true;
                }
            }
        }
        return w;
    }

    /**
     * Makes columns [first, last] together at least {@code need} wide, taking the width from the other columns'
     * room above their own minimum, in proportion to that room; as far as there is room.
     */
    static void widen(float[] w, float[] min, int first, int last, float need) {
        float have = 0;
        for (int i = first; i <= last; i++) {
            have += w[i];
        }
        float deficit = need - have;
        if (deficit <= 0) {
            return;
        }
        List<Integer> donors = new ArrayList<>();
        float room = 0;
        for (int i = 0; i < w.length; i++) {
            if ((i < first || i > last) && w[i] > min[i]) {
                donors.add(i);
                room += w[i] - min[i];
            }
        }
        float take = Math.min(deficit, room);
        if (take <= 0) {
            return;
        }
        for (int i : donors) {
            w[i] -= take * (w[i] - min[i]) / room;
        }
        for (int i = first; i <= last; i++) {
            w[i] += have > 0 ? take * w[i] / have : take / (last - first + 1);
        }
    }
}
