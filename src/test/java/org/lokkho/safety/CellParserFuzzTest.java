package org.lokkho.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.cell.ParsedCell;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.i18n.Problem;

/**
 * Whatever an officer types (or pastes from a scanned PDF): Bengali and ASCII digits mixed, separators, dates,
 * units, Unicode junk. The parser is total: for every column type a value, never an exception, the raw text
 * kept, and a problem that reads as a sentence in both languages.
 */
class CellParserFuzzTest {
    private static final long SEED = 11_2026L;
    private static final String[] PIECES = {"০", "১", "২", "৩", "৪", "৫", "৬", "৭", "৮", "৯", "0", "1", "2", "5", "9", ".", ",", "/", "-",
            "–", "—", "%", "৳", " ", "  ", "\t", "\u00A0", "\u200C", "\u200D", "\uFEFF", "\u202E", "জন", "টি", "সংখ্যা", "তারিখ",
            "থেকে", "হতে", "to", "প্রযোজ্য নয়", "n/a", "৩০/০৬/২২", "2022-06-30", "31/02/2022", "৩১-১২-২০২১", "99/99/99",
            "১২,৩৪,৫৬৭", "1,95", ".002", "+", "e", "E10", "NaN", "∞", "½", "٣", "३", "Ⅻ", "👍", "\uD83D", "\u0000", "(", ")",
            "জানুয়ারি", "জুন", "ক", "া", "্", "\n", "%%", "১০০%", "-৫", "০.০০০১", "9".repeat(40), "১".repeat(25)};
    private static final Messages EN = Messages.english();
    private static final Messages BN = Messages.bengali();

    private static String randomInput(Random random) {
        StringBuilder b = new StringBuilder();
        int pieces = random.nextInt(10) == 0 ? 50 + random.nextInt(400) : random.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(12) == 0) {
                b.appendCodePoint(random.nextInt(0x10FFFF));
            } else {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return b.toString();
    }

    @Test
    void everyInputGivesAValueAndAReadableProblemForEveryColumnType() {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int withProblem = 0;
        for (int i = 0; i < 6000; i++) {
            String raw = randomInput(random);
            for (ColumnType type : ColumnType.values()) {
                cases++;
                try {
                    ParsedCell first = CellParser.parse(raw, type);
                    ParsedCell again = CellParser.parse(raw, type);
                    String problem = check(raw, type, first, again);
                    if (problem != null) {
                        failures.add(type + " " + DocumentJsonFuzzTest.abbreviate(raw) + ": " + problem);
                    }
                    if (first.problem().isPresent()) {
                        withProblem++;
                    }
                } catch (Throwable t) {
                    failures.add(type + " " + DocumentJsonFuzzTest.abbreviate(raw) + ": uncaught " + t);
                }
            }
        }
        System.out.printf("FUZZ CellParser.parse cases=%d withProblem=%d failures=%d seconds=%.1f%n", cases, withProblem,
                failures.size(), (System.nanoTime() - started) / 1e9);
        failures.stream().limit(10).forEach(System.out::println);
        assertThat(failures).isEmpty();
        assertThat(withProblem).isPositive();
    }

    private static String check(String raw, ColumnType type, ParsedCell cell, ParsedCell again) {
        if (cell == null || cell.value() == null || cell.problem() == null) {
            return "null result";
        }
        if (!cell.equals(again)) {
            return "not deterministic";
        }
        if (cell.value().kind() != CellKind.BLANK && !raw.equals(cell.value().raw())) {
            return "raw text not kept: " + cell.value().raw();
        }
        if ((cell.value().kind() == CellKind.NUMBER || cell.value().kind() == CellKind.PERCENT) && cell.value().number() == null) {
            return cell.value().kind() + " without a number";
        }
        if (cell.value().kind() == CellKind.DATE && cell.value().date() == null) {
            return "DATE without a date";
        }
        if (cell.problem().isPresent()) {
            Problem p = cell.problem().get();
            for (Messages m : List.of(EN, BN)) {
                String text = p.render(m);
                if (text == null || text.isBlank() || text.equals(p.key())) {
                    return "no message for " + p.key();
                }
            }
        }
        return null;
    }
}
