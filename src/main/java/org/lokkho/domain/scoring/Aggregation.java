package org.lokkho.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lokkho.domain.cell.CellValue;

/**
 * গণনা পদ্ধতি (forms-spec §8.5): how quarterly values become the annual achievement. Blank, "-" and
 * not-applicable quarters are left out, never read as zero.
 */
public final class Aggregation {
    public enum Method {
        /** সমষ্টি: sum of the quarters. */
        SUM("সমষ্টি"),
        /** গড়: mean of the reported quarters. */
        AVERAGE("গড়"),
        /** ক্রমপুঞ্জিভূত: a running (stock) value, so the last reported quarter is the annual value. */
        CUMULATIVE("ক্রমপুঞ্জিভূত"),
        /** তারিখ: the completion date, i.e. the latest date reported. */
        DATE("তারিখ");

        private final String bengali;

        Method(String bengali) {
            this.bengali = bengali;
        }

        public String bengali() {
            return bengali;
        }

        /** Accepts the Bengali word or the English name (any case). */
        public static Optional<Method> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String t = UnitKind.canonical(text);
            for (Method m : values()) {
                if (UnitKind.canonical(m.bengali).equals(t) || m.name().equalsIgnoreCase(t)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    private Aggregation() {
    }

    /** The numbers of the quarters that reported one, in quarter order. */
    public static List<BigDecimal> reportedNumbers(List<CellValue> quarters) {
        return quarters.stream().filter(Aggregation::isReportedQuantity).map(CellValue::number).toList();
    }

    /**
     * The annual number by SUM, AVERAGE or CUMULATIVE; empty when no quarter reported a number
     * (so "nothing reported" stays distinct from 0). DATE has no number: use {@link #completionDate}.
     */
    public static Optional<BigDecimal> numeric(Method method, List<CellValue> quarters) {
        List<BigDecimal> values = reportedNumbers(quarters);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return switch (method) {
            case SUM -> Optional.of(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            case AVERAGE -> Optional.of(ScoreNumbers.divide(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                    BigDecimal.valueOf(values.size())));
            case CUMULATIVE -> Optional.of(values.get(values.size() - 1));
            case DATE -> throw new IllegalArgumentException("the তারিখ method gives a date, not a number");
        };
    }

    /** The latest date any quarter reports (the end of a range; the deadline part of "০২ ১৫/০৬/২২"). */
    public static Optional<LocalDate> completionDate(List<CellValue> quarters) {
        return quarters.stream().filter(CellValue::hasDate).map(CellValue::effectiveDate).max(Comparator.naturalOrder());
    }

    /** The annual achievement as a cell for the মোট অর্জন column: a number, a percentage or a date; BLANK if none. */
    public static CellValue aggregate(Method method, List<CellValue> quarters, boolean asPercent) {
        if (method == Method.DATE) {
            return completionDate(quarters).map(ScoreNumbers::dateCell).orElse(CellValue.BLANK);
        }
        return numeric(method, quarters).map(v -> asPercent ? ScoreNumbers.percentCell(v) : ScoreNumbers.numberCell(v))
                .orElse(CellValue.BLANK);
    }

    private static boolean isReportedQuantity(CellValue v) {
        return v.kind().isQuantity() && v.hasNumber();
    }

}
