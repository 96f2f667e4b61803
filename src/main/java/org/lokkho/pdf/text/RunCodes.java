package org.lokkho.pdf.text;

import org.lokkho.pdf.font.SubsetCodes;

/**
 * The character code and advance (1/1000 em) of every glyph of a shaped run in one PDF (see {@link SubsetCodes}).
 * A cluster's first glyph gets a code that reads as the cluster's whole text; its other glyphs read as nothing.
 * Every glyph advances to the end of the cluster it is drawn in, so a text extractor that measures gaps between
 * glyph boxes to find word breaks (PDFBox's, sorted by position or not) sees none inside a word, and poppler's
 * /ActualText span ends where the run does.
 */
public record RunCodes(int[] codes, int[] advances) {

    public static RunCodes of(ShapedRun run, SubsetCodes subset) {
        int n = run.size();
        int[] codes = new int[n];
        int[] advances = new int[n];
        for (int start = 0; start < n; ) {
            int end = run.clusterEnd(start);
            String text = run.clusterText(start, end);
            for (int i = start; i < end; i++) {
                int width = Math.max(0, Math.round(endOfClusterAround(run, end, run.x()[i]) - run.x()[i]));
                int code = subset.code(run.glyphs()[i], i == start ? text : "", width);
                codes[i] = code;
                advances[i] = subset.width(code);
            }
            start = end;
        }
        return new RunCodes(codes, advances);
    }

    /**
     * Where the cluster that a glyph at {@code x} lies in ends: its own cluster (which ends where glyph {@code end}
     * starts), or a later one of the same word when a mark is placed past its own cluster (ৃ in দৃষ্টি sits over
     * the start of ষ্টি). Never past the word: a reph placed at the very end of রিপোর্ট must not reach over the
     * space after it (poppler would then see no gap between the words).
     */
    private static float endOfClusterAround(ShapedRun run, int end, float x) {
        int n = run.size();
        float clusterEnd = end < n ? run.x()[end] : run.advance();
        while (x >= clusterEnd && end < n && run.text().charAt(run.clusters()[end]) != ' ') {
            end = run.clusterEnd(end);
            clusterEnd = end < n ? run.x()[end] : run.advance();
        }
        return clusterEnd;
    }
}
