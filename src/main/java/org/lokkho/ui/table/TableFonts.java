package org.lokkho.ui.table;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The table's fonts, set in code because cell text is measured for line breaking with exactly these. */
final class TableFonts {
    static final String FAMILY = "Noto Sans Bengali";
    static final Font REGULAR = Font.font(FAMILY, 13);
    static final Font BOLD = Font.font(FAMILY, FontWeight.BOLD, 13);

    private TableFonts() {
    }
}
