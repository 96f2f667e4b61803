package org.lokkho.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lokkho.pdf.text.TextShaper;

/** The rules of a printed form, checked on a PDF read back with {@link PrintedLayout}; each returns the problems. */
final class LayoutChecks {
    /** The smallest table type size (ColumnWidths.FLOOR_SIZE). */
    static final float FLOOR = 6.5f;
    /** Text keeps at least this far from a cell's rules (the padding at the smallest type is 1.5 pt). */
    static final float CLEARANCE = 1.0f;

    private LayoutChecks() {
    }

    /** Text closer than {@link #CLEARANCE} to its cell's left or right rule, or over its top or bottom. */
    static List<String> textOverRules(PrintedLayout layout) {
        List<String> problems = new ArrayList<>();
        for (PrintedLayout.Line line : layout.lines) {
            PrintedLayout.Box cell = layout.cellOf(line);
            if (cell == null) {
                continue;
            }
            if (line.x0() < cell.x() + CLEARANCE - 0.05f || line.x1() > cell.right() - CLEARANCE + 0.05f) {
                problems.add(String.format("p%d '%s' %.1f–%.1f in a cell %.1f–%.1f", line.page(), line.text(),
                        line.x0(), line.x1(), cell.x(), cell.right()));
            }
            if (line.baseline() + 0.2f * line.size() > cell.bottom() || line.baseline() - 0.7f * line.size() < cell.top()) {
                problems.add(String.format("p%d '%s' baseline %.1f in a cell %.1f–%.1f high", line.page(), line.text(),
                        line.baseline(), cell.top(), cell.bottom()));
            }
        }
        return problems;
    }

    /** Two text lines on one baseline overlapping each other. */
    static List<String> overlaps(PrintedLayout layout) {
        List<String> problems = new ArrayList<>();
        List<PrintedLayout.Line> lines = layout.lines;
        for (int i = 0; i < lines.size(); i++) {
            PrintedLayout.Line a = lines.get(i);
            for (int j = i + 1; j < lines.size(); j++) {
                PrintedLayout.Line b = lines.get(j);
                if (a.page() != b.page() || Math.abs(a.baseline() - b.baseline()) > 0.8f * Math.min(a.size(), b.size())) {
                    continue;
                }
                float overlap = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
                if (overlap > 0.3f) {
                    problems.add(String.format("p%d '%s' and '%s' overlap by %.1f pt", a.page(), a.text(), b.text(), overlap));
                }
            }
        }
        return problems;
    }

    /**
     * Within each cell, where one line ends and the next begins: a number, date or percentage cut in two
     * ("১১.৯" / "০", "২০২১-" / "২২", "১০০" / "%"), a word cut in two (the two halves make a word printed whole
     * elsewhere in the same PDF), a syllable cut (a line starting with a vowel sign or after a hasanta). A cut word
     * is allowed only in a table printed at the smallest type whose column is narrower than that word; a break
     * where {@code typed} has the two halves separated by a space is a break at that space.
     */
    static List<String> cutTokens(PrintedLayout layout, String typed) {
        Set<String> words = new HashSet<>();
        for (PrintedLayout.Line l : layout.lines) {
            for (String w : l.text().strip().split("\\s+")) {
                words.add(w);
            }
        }
        Map<PrintedLayout.Box, List<PrintedLayout.Line>> byCell = new LinkedHashMap<>();
        for (PrintedLayout.Line l : layout.lines) {
            PrintedLayout.Box cell = layout.cellOf(l);
            if (cell != null) {
                byCell.computeIfAbsent(cell, c -> new ArrayList<>()).add(l);
            }
        }
        TextShaper shaper = TextShaper.shared();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<PrintedLayout.Box, List<PrintedLayout.Line>> e : byCell.entrySet()) {
            List<PrintedLayout.Line> cellLines = new ArrayList<>(e.getValue());
            cellLines.sort(Comparator.comparingDouble(PrintedLayout.Line::baseline));
            for (int i = 0; i + 1 < cellLines.size(); i++) {
                PrintedLayout.Line a = cellLines.get(i);
                PrintedLayout.Line b = cellLines.get(i + 1);
                String head = lastToken(a.text());
                String tail = firstToken(b.text());
                if (head.isEmpty() || tail.isEmpty()) {
                    continue;
                }
                String joined = head + tail;
                if (cutsSyllable(head, tail)) {
                    problems.add(String.format("p%d syllable cut: '%s' / '%s'", a.page(), head, tail));
                    continue;
                }
                boolean cutNumber = numeric(head) && numeric(tail) && hasDigit(joined);
                boolean cutWord = words.contains(joined) && !joined.equals(tail);
                if (!cutNumber && !cutWord || typed.contains(head + " " + tail)) {
                    continue; // written with a space in the document or template: a break at that space
                }
                float inner = e.getKey().w() - 2 * CLEARANCE;
                float regular = shaper.shape(joined, false).advance() * a.size() / 1000;
                boolean tooWideAtFloor = a.size() <= FLOOR + 0.01f && regular > inner;
                if (!tooWideAtFloor) {
                    problems.add(String.format("p%d '%s' cut as '%s' / '%s' at %.1f pt in a cell %.1f pt wide",
                            a.page(), joined, head, tail, a.size(), e.getKey().w()));
                }
            }
        }
        return problems;
    }

    private static String lastToken(String line) {
        String[] t = line.strip().split("\\s+");
        return t.length == 0 ? "" : t[t.length - 1];
    }

    private static String firstToken(String line) {
        String[] t = line.strip().split("\\s+");
        return t.length == 0 ? "" : t[0];
    }

    /** A number, date or percentage, or a piece of one: digits and the marks written between them. */
    static boolean numeric(String token) {
        return !token.isEmpty() && token.codePoints().allMatch(c -> Character.isDigit(c) || ".,%-/*:()+".indexOf(c) >= 0);
    }

    static boolean hasDigit(String token) {
        return token.codePoints().anyMatch(Character::isDigit);
    }

    static boolean cutsSyllable(String head, String tail) {
        int first = Character.getType(tail.codePointAt(0));
        char last = head.charAt(head.length() - 1);
        return first == Character.NON_SPACING_MARK || first == Character.COMBINING_SPACING_MARK
                || last == '\u09CD' || last == '\u200D';
    }
}
