package org.lokkho.domain.template;

import java.util.List;

/**
 * NIS-style tables where each activity is two printed rows, লক্ষ্যমাত্রা (target) and অর্জন (achievement),
 * sharing every column except {@code columns}; {@code labelColumn} shows which row is which.
 */
public record RowPair(String labelColumn, List<String> columns, LocalizedText targetLabel, LocalizedText achievedLabel) {
    public RowPair {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public boolean isPaired(String columnKey) {
        return columns.contains(columnKey);
    }
}
