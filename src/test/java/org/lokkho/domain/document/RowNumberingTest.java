package org.lokkho.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.template.Numbering;

class RowNumberingTest {
    @Test
    void itemsAreNumberedWithinTheirGroupAndRenumberedAfterAMove() {
        List<TableRow> rows = new ArrayList<>(List.of(TableRow.group("ক"), TableRow.item(), TableRow.item(), TableRow.group("খ"), TableRow.item()));
        RowNumbering.renumber(rows, Numbering.DOTTED);
        assertThat(rows).extracting(TableRow::code).containsExactly("১", "১.১", "১.২", "২", "২.১");

        TableRow moved = rows.remove(4);
        rows.add(1, moved);
        RowNumbering.renumber(rows, Numbering.BRACKETED);
        assertThat(rows).extracting(TableRow::code).containsExactly("১", "[১.১]", "[১.২]", "[১.৩]", "২");
        assertThat(rows.get(1).id()).isEqualTo(moved.id());
    }

    @Test
    void serialStylesCountItemsOnly() {
        List<TableRow> rows = new ArrayList<>(List.of(TableRow.item(), TableRow.item(), TableRow.item()));
        RowNumbering.renumber(rows, Numbering.SERIAL_PADDED);
        assertThat(rows).extracting(TableRow::code).containsExactly("০১", "০২", "০৩");
        assertThat(RowNumbering.listLabel(0, Numbering.SERIAL_PADDED)).isEqualTo("০১.");
        assertThat(RowNumbering.listLabel(2, Numbering.PARENTHESIZED)).isEqualTo("(৩)");
    }
}
