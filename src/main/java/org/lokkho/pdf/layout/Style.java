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

    public static float lineHeight(float size) {
        return size * LEADING;
    }
}
