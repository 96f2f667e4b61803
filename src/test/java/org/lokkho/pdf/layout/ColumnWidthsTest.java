package org.lokkho.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
    private static final float[] NONE = new float[3];

    private static float width(ColumnWidths.Layout l, int i) {
        return l.width(i, i);
    }

    @Test
    void roomyTablesShareTheWidthByTheTemplatesRelativeWidths() {
        ColumnWidths.Layout l = ColumnWidths.solve(new double[] {1, 2, 1}, NONE, new float[] {1000, 1000, 1000},
                List.of(), 10, 400, 8);
        assertThat(l.size()).isEqualTo(8f);
        assertThat(width(l, 0)).isCloseTo(100, within(0.01f));
        assertThat(width(l, 1)).isCloseTo(200, within(0.01f));
        assertThat(l.x()[0]).isEqualTo(10f);
        assertThat(l.x()[3]).isEqualTo(410f);
    }

    @Test
    void aColumnIsNeverNarrowerThanItsWidestTokenTheOthersShareTheRest() {
        // Column 0 is narrow by template (1 of 10) but holds a 5 em token: 40 pt at 8 pt plus padding.
        ColumnWidths.Layout l = ColumnWidths.solve(new double[] {1, 5, 4}, NONE, new float[] {5000, 1000, 1000},
                List.of(), 0, 300, 8);
        float need = ColumnWidths.minimum(5000, 8, Style.cellPad(8));
        assertThat(width(l, 0)).isCloseTo(need, within(0.01f));
        assertThat(width(l, 1) / width(l, 2)).isCloseTo(5f / 4f, within(0.001f));
    }

    @Test
    void theTypeGetsSmallerBeforeAnyTokenHasToBreak() {
        float[] body = {6000, 6000, 6000, 6000};
        ColumnWidths.Layout l = ColumnWidths.solve(new double[] {1, 1, 1, 1}, new float[4], body, List.of(), 0, 190, 8);
        assertThat(l.size()).isLessThan(8f).isGreaterThanOrEqualTo(ColumnWidths.FLOOR_SIZE);
        for (int i = 0; i < 4; i++) {
            assertThat(width(l, i)).isGreaterThanOrEqualTo(ColumnWidths.minimum(6000, l.size(), Style.cellPad(l.size())) - 0.01f);
        }
    }

    @Test
    void atTheFloorTypedValuesKeepTheirWidthAndOnlyTheLongestHeaderWordsAreNarrowed() {
        // Four columns whose numbers need 3 em; two of them carry a 9 em header word; too wide even at 6.5 pt.
        float[] header = {9000, 9000, 0, 0};
        float[] body = {3000, 3000, 3000, 3000};
        ColumnWidths.Layout l = ColumnWidths.solve(new double[] {1, 1, 1, 1}, header, body, List.of(), 0, 150, 8);
        assertThat(l.size()).isEqualTo(ColumnWidths.FLOOR_SIZE);
        float numbers = ColumnWidths.minimum(3000, l.size(), Style.cellPad(l.size()));
        for (int i = 0; i < 4; i++) {
            assertThat(width(l, i)).isGreaterThanOrEqualTo(numbers - 0.01f);
        }
        assertThat(width(l, 0)).isCloseTo(width(l, 1), within(0.01f)).isGreaterThan(numbers);
        assertThat(l.x()[4]).isEqualTo(150f);
    }

    @Test
    void whenNotEvenTheTypedValuesFitOnlyTheColumnsWithTheWidestValuesAreNarrowed() {
        float[] body = {2000, 20000, 20000, 2000};
        ColumnWidths.Layout l = ColumnWidths.solve(new double[] {1, 1, 1, 1}, new float[4], body, List.of(), 0, 150, 8);
        float small = ColumnWidths.minimum(2000, ColumnWidths.FLOOR_SIZE, Style.MIN_CELL_PAD);
        assertThat(width(l, 0)).isCloseTo(small, within(0.01f));
        assertThat(width(l, 3)).isCloseTo(small, within(0.01f));
        assertThat(width(l, 1)).isCloseTo((150 - 2 * small) / 2, within(0.01f));
    }

    @Test
    void aHeaderOverSeveralColumnsGetsRoomForItsWidestWordFromTheOthers() {
        List<ColumnWidths.Span> spans = List.of(new ColumnWidths.Span(0, 1, 20000));
        ColumnWidths.Layout l = ColumnWidths.solve(new double[] {1, 1, 8}, NONE, new float[] {1000, 1000, 1000}, spans,
                0, 400, 8);
        assertThat(l.width(0, 1)).isGreaterThanOrEqualTo(ColumnWidths.minimum(20000, 8, Style.cellPad(8)) - 0.01f);
        assertThat(width(l, 0)).isCloseTo(width(l, 1), within(0.01f));
    }

    @Test
    void paddingNarrowsWithTheTypeButNeverBelowOneAndAHalfPoints() {
        assertThat(Style.cellPad(8)).isEqualTo(Style.CELL_PAD);
        assertThat(Style.cellPad(6.5f)).isEqualTo(Style.MIN_CELL_PAD);
        assertThat(Style.cellPad(7.25f)).isBetween(Style.MIN_CELL_PAD, Style.CELL_PAD);
        assertThat(Style.cellPad(5)).isEqualTo(Style.MIN_CELL_PAD);
    }
}
