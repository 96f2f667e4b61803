package org.lokkho.pdf.layout;

/** Type sizes and spacing of the printed forms, in points. */
public final class Style {
    public static final float MARGIN = 28;           // ~1 cm, what offices print with
    public static final float FOOTER_SPACE = 18;     // room for the page number line
    public static final float TABLE_SIZE = 8;
    public static final float TEXT_SIZE = 10.5f;
    public static final float TITLE_SIZE = 13;
    public static final float SUBTITLE_SIZE = 10.5f;
    public static final float FOOTER_SIZE = 8;
    public static final float CELL_PAD = 2.5f;
    /** Bengali needs more leading than Latin: reph above, ু/ৃ below. */
    public static final float LEADING = 1.55f;
    public static final float ASCENT = 1.08f;
    public static final float HEADER_GRAY = 0.9f;
    public static final float GROUP_GRAY = 0.95f;

    private Style() {
    }

    /** The smallest cell padding, at the smallest table type: text still clear of the rules. */
    public static final float MIN_CELL_PAD = 1.5f;
    /** The table type size at and below which cells get {@link #MIN_CELL_PAD}. */
    public static final float SMALL_TABLE_SIZE = 6.5f;

    /**
     * Padding inside a table cell for its type size: {@link #CELL_PAD} at the usual size, narrowing with the type
     * down to {@link #MIN_CELL_PAD}, so a table set small to fit its columns also gives less room to padding.
     */
    public static float cellPad(float size) {
        if (size >= TABLE_SIZE) {
            return CELL_PAD;
        }
        float t = Math.max(0, (size - SMALL_TABLE_SIZE) / (TABLE_SIZE - SMALL_TABLE_SIZE));
        return MIN_CELL_PAD + t * (CELL_PAD - MIN_CELL_PAD);
    }

    public static float lineHeight(float size) {
        return size * LEADING;
    }
}
