package org.lokkho.pdf.text;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lokkho.pdf.font.FontFace;

/**
 * Shapes mixed Bengali/Latin text with the JDK's HarfBuzz ({@link Font#layoutGlyphVector}), which places reph,
 * pre-base vowels, ya-phala and marks exactly as HarfBuzz does (PDFBox's own GSUB does not).
 * Text is split into runs by font coverage; characters both fonts have (space, digits, punctuation) stay with the
 * surrounding run. Shaping never crosses a space, so words are shaped once and cached.
 */
public final class TextShaper {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final int CACHE_LIMIT = 50_000;
    private static final TextShaper SHARED = new TextShaper();

    private final Map<CacheKey, ShapedRun> cache = new ConcurrentHashMap<>();
    private final Map<String, ShapedText> regularLines = new ConcurrentHashMap<>();
    private final Map<String, ShapedText> boldLines = new ConcurrentHashMap<>();
    private final Map<WordKey, Float> wordAdvances = new ConcurrentHashMap<>();

    /** One process-wide shaper: shaping results depend only on the bundled fonts, so the cache can be shared. */
    public static TextShaper shared() {
        return SHARED;
    }

    /** Shapes one line of text (no line breaks) in the regular or bold pair of faces. */
    public ShapedText shape(String text, boolean bold) {
        if (text == null || text.isEmpty()) {
            return ShapedText.EMPTY;
        }
        // Table cells repeat a lot (লক্ষ্যমাত্রা, অর্জন, ১, সংখ্যা …): whole lines are cached as well as words.
        Map<String, ShapedText> lines = bold ? boldLines : regularLines;
        ShapedText cached = lines.get(text);
        if (cached != null) {
            return cached;
        }
        List<ShapedRun> runs = new ArrayList<>();
        float advance = 0;
        for (Segment s : segments(text, bold, null)) {
            ShapedRun run = shapeSegment(s.face, text.substring(s.start, s.end));
            runs.add(run);
            advance += run.advance();
        }
        ShapedText shaped = new ShapedText(text, runs, advance);
        if (lines.size() > CACHE_LIMIT) {
            lines.clear();
        }
        lines.put(text, shaped);
        return shaped;
    }

    /**
     * The advance of one word (no spaces) as part of a longer line whose last strong character before the word
     * was drawn in {@code incoming}: leading neutral characters (digits, brackets) join that face, as
     * {@link #shape} would place them. With null, the word is the start of its line. Cached.
     */
    public float wordAdvance(String word, boolean bold, FontFace incoming) {
        WordKey key = new WordKey(word, bold, incoming);
        Float cached = wordAdvances.get(key);
        if (cached != null) {
            return cached;
        }
        float advance = 0;
        for (Segment s : segments(word, bold, incoming)) {
            advance += shapeWord(s.face, word.substring(s.start, s.end)).advance();
        }
        if (wordAdvances.size() > CACHE_LIMIT) {
            wordAdvances.clear();
        }
        wordAdvances.put(key, advance);
        return advance;
    }

    /**
     * The face of the last character of {@code text} that only one of the Bengali/Latin faces draws, or null when
     * all are neutral (or drawn by the symbol fallback, which neutrals never inherit).
     */
    public static FontFace lastStrongFace(String text, boolean bold) {
        FontFace bengali = FontFace.bengali(bold);
        FontFace latin = FontFace.latin(bold);
        for (int i = text.length(); i > 0; ) {
            int cp = text.codePointBefore(i);
            FontFace f = strongFace(cp, bengali, latin);
            if (f != null && f != FontFace.symbols()) {
                return f;
            }
            i -= Character.charCount(cp);
        }
        return null;
    }

    /** Shapes text in one face, word by word. */
    ShapedRun shapeSegment(FontFace face, String text) {
        ShapedRun run = null;
        int i = 0;
        while (i < text.length()) {
            int j = i;
            boolean space = text.charAt(i) == ' ';
            while (j < text.length() && (text.charAt(j) == ' ') == space) {
                j++;
            }
            ShapedRun piece = shapeWord(face, text.substring(i, j));
            run = run == null ? piece : run.append(piece);
            i = j;
        }
        return run;
    }

    /** Shapes one word (or one stretch of spaces) as HarfBuzz would, cached. */
    public ShapedRun shapeWord(FontFace face, String word) {
        CacheKey key = new CacheKey(face, word);
        ShapedRun cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        ShapedRun run = layout(face, word);
        cache.put(key, run);
        return run;
    }

    private static ShapedRun layout(FontFace face, String word) {
        char[] chars = word.toCharArray();
        GlyphVector gv = face.shapingFont().layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int[] codes = gv.getGlyphCodes(0, n, null);
        float[] pos = gv.getGlyphPositions(0, n + 1, null);
        int[] glyphs = new int[n];
        float[] xs = new float[n];
        float[] ys = new float[n];
        int[] clusters = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (codes[i] >= 0xFFFE) {
                continue; // invisible (ZWJ/ZWNJ and other default-ignorables)
            }
            glyphs[k] = codes[i];
            xs[k] = pos[2 * i];
            ys[k] = -pos[2 * i + 1]; // AWT's y grows downwards, PDF's and HarfBuzz's upwards
            clusters[k] = k == 0 ? 0 : cluster(chars, gv.getGlyphCharIndex(i), clusters[k - 1]);
            k++;
        }
        // The first cluster also owns any invisible characters before it (a leading ZWJ/ZWNJ), so the clusters'
        // texts together are always the whole word.
        return new ShapedRun(face, word, java.util.Arrays.copyOf(glyphs, k), java.util.Arrays.copyOf(xs, k),
                java.util.Arrays.copyOf(ys, k), java.util.Arrays.copyOf(clusters, k), pos[2 * n]);
    }

    /**
     * The cluster a glyph belongs to, from the JDK's cluster value (HarfBuzz's, at the level that gives a vowel
     * sign or a mark its own cluster when it is not reordered): kept monotonic, so a cluster's text is the span up
     * to the next cluster, and a cluster that would start with a vowel sign, mark or joiner is folded into the one
     * before. A text layer that maps ৃ on its own puts it after the wrong letter (PDFBox's extractor merges a lone
     * mark into whichever glyph box it overlaps).
     */
    private static int cluster(char[] chars, int charIndex, int previous) {
        int c = Math.max(previous, Math.min(charIndex, chars.length - 1));
        if (c > previous && continuesCluster(chars[c])) {
            return previous;
        }
        return c;
    }

    private static boolean continuesCluster(char ch) {
        int type = Character.getType(ch);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || ch == '\u200C' || ch == '\u200D';
    }

    /** Splits text into maximal stretches that one face can draw. */
    static List<Segment> segments(String text, boolean bold) {
        return segments(text, bold, null);
    }

    /**
     * As {@link #segments(String, boolean)}, for text that continues a line whose last strong face was
     * {@code incoming} (null: the text starts the line, leading neutrals join its first strong run).
     */
    static List<Segment> segments(String text, boolean bold, FontFace incoming) {
        FontFace bengali = FontFace.bengali(bold);
        FontFace latin = FontFace.latin(bold);
        int len = text.length();
        FontFace[] chosen = new FontFace[len];
        for (int i = 0; i < len; ) {
            int cp = text.codePointAt(i);
            FontFace f = strongFace(cp, bengali, latin);
            int n = Character.charCount(cp);
            for (int k = 0; k < n; k++) {
                chosen[i + k] = f;
            }
            i += n;
        }
        // Neutral characters join the run before them; leading neutrals join the first strong run. The symbol
        // fallback face draws only the characters that need it: neutrals never inherit it (digits and spaces
        // after "→" stay in the text's own face).
        FontFace last = incoming;
        if (last == null) {
            for (int i = 0; i < len && last == null; i++) {
                last = chosen[i] == FontFace.symbols() ? null : chosen[i];
            }
        }
        for (int i = 0; i < len; i++) {
            if (chosen[i] == null) {
                chosen[i] = last;
            } else if (chosen[i] != FontFace.symbols()) {
                last = chosen[i];
            }
        }
        List<Segment> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= len; i++) {
            FontFace a = chosen[i - 1] == null ? latin : chosen[i - 1];
            FontFace b = i < len ? (chosen[i] == null ? latin : chosen[i]) : null;
            if (a != b) {
                out.add(new Segment(a, start, i));
                start = i;
            }
        }
        return out;
    }

    /** The face a character needs, or null when both faces draw it (it then follows its neighbours). */
    private static FontFace strongFace(int cp, FontFace bengali, FontFace latin) {
        if ((cp >= 0x0980 && cp <= 0x09FF) || cp == 0x0964 || cp == 0x0965) {
            return bengali;
        }
        if (cp == 0x200C || cp == 0x200D) {
            return null; // joiners belong to the Bengali cluster they sit in
        }
        boolean b = bengali.covers(cp);
        boolean l = latin.covers(cp);
        if (b && l) {
            return null;
        }
        if (b || l) {
            return b ? bengali : latin;
        }
        // Neither face has it: the symbol face if it does, else the Latin face's .notdef (the text layer still
        // carries the character through /ActualText).
        return FontFace.symbols().covers(cp) ? FontFace.symbols() : latin;
    }

    record Segment(FontFace face, int start, int end) {
    }

    // Cache keys spell out equals/hashCode: a record's own are linked through invokedynamic on first use, which costs
    // a cold export method-handle classes and C1 work (docs/benchmarks.md, session 3).
    private record CacheKey(FontFace face, String text) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CacheKey k && face == k.face && text.equals(k.text);
        }

        @Override
        public int hashCode() {
            return face.hashCode() * 31 + text.hashCode();
        }
    }

    private record WordKey(String word, boolean bold, FontFace incoming) {
        @Override
        public boolean equals(Object o) {
            return o instanceof WordKey k && word.equals(k.word) && bold == k.bold && incoming == k.incoming;
        }

        @Override
        public int hashCode() {
            return (word.hashCode() * 31 + Boolean.hashCode(bold)) * 31 + (incoming == null ? 0 : incoming.hashCode());
        }
    }
}
