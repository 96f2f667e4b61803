package org.lokkho.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.document.DocumentSettings;
import org.lokkho.domain.document.DocumentStatus;
import org.lokkho.domain.document.RowKind;

/** DocumentJson.constant answers as Enum.valueOf does, for the names a document file may hold. */
class EnumConstantTest {
    @Test
    void sameConstantsAndSameRejectionsAsValueOf() {
        for (String name : List.of("ITEM", "GROUP", "item", "Item", "", " ITEM", "ITEMS", "DRAFT", "FINAL")) {
            check(RowKind.class, RowKind.values(), name);
            check(DocumentStatus.class, DocumentStatus.values(), name);
        }
        for (DocumentSettings.NotApplicablePolicy p : DocumentSettings.NotApplicablePolicy.values()) {
            check(DocumentSettings.NotApplicablePolicy.class, DocumentSettings.NotApplicablePolicy.values(), p.name());
        }
        for (DocumentSettings.PercentAggregation p : DocumentSettings.PercentAggregation.values()) {
            check(DocumentSettings.PercentAggregation.class, DocumentSettings.PercentAggregation.values(), p.name());
        }
        check(DocumentSettings.PercentAggregation.class, DocumentSettings.PercentAggregation.values(), "MEDIAN");
    }

    private static <E extends Enum<E>> void check(Class<E> type, E[] values, String name) {
        E expected;
        try {
            expected = Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            assertThatThrownBy(() -> DocumentJson.constant(values, name)).as(name).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertThat(DocumentJson.constant(values, name)).as(name).isSameAs(expected);
    }
}
