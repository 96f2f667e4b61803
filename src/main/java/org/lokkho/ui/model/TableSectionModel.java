package org.lokkho.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.scoring.RowScore;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.HeaderNode;
import org.lokkho.domain.template.Numbering;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.ui.model.DisplayRow.Half;

/**
 * The state behind the one generic table editor: which visual lines exist (groups, single rows, NIS target/achieved
 * pairs), what each cell shows, which cells may be edited, and every change as an undoable command.
 * Columns are in header-leaf order, the order the view shows them.
 */
public final class TableSectionModel implements SectionModel {
    private final SectionTemplate section;
    private final TableContent content;
    private final DocumentEditorModel editor;
    private final List<ColumnTemplate> columns;
    private final ObservableList<DisplayRow> lines = FXCollections.observableArrayList();

    TableSectionModel(SectionTemplate section, TableContent content, DocumentEditorModel editor) {
        this.section = section;
        this.content = content;
        this.editor = editor;
        this.columns = leafOrder(section);
        refresh();
    }

    private static List<ColumnTemplate> leafOrder(SectionTemplate s) {
        List<ColumnTemplate> out = new ArrayList<>();
        for (HeaderNode n : s.header()) {
            collect(n, s, out);
        }
        for (ColumnTemplate c : s.columns()) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static void collect(HeaderNode n, SectionTemplate s, List<ColumnTemplate> out) {
        if (n.isLeaf()) {
            s.column(n.column()).ifPresent(out::add);
        } else {
            n.children().forEach(c -> collect(c, s, out));
        }
    }

    @Override
    public SectionTemplate section() {
        return section;
    }

    public List<ColumnTemplate> columns() {
        return columns;
    }

    /** The live rows of the section (for commands of this package). */
    List<TableRow> rows() {
        return content.rows();
    }

    public ObservableList<DisplayRow> lines() {
        return lines;
    }

    public DocumentEditorModel editor() {
        return editor;
    }

    /** Renumbers rows and rebuilds the visual lines only when the row structure changed (keeps the view's selection). */
    @Override
    public void refresh() {
        if (section.isDerived()) {
            DerivedSectionSync.sync(editor.template(), editor.document(), section, content);
        }
        RowNumbering.renumber(content.rows(), section);
        List<DisplayRow> built = buildLines();
        if (!built.equals(lines)) {
            lines.setAll(built);
        }
    }

    private List<DisplayRow> buildLines() {
        List<DisplayRow> out = new ArrayList<>();
        for (TableRow r : content.rows()) {
            if (r.isGroup()) {
                out.add(new DisplayRow(r, Half.GROUP));
            } else if (section.isPaired()) {
                out.add(new DisplayRow(r, Half.TARGET));
                out.add(new DisplayRow(r, Half.ACHIEVED));
            } else {
                out.add(new DisplayRow(r, Half.SINGLE));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ what a cell shows

    /** The column a group heading spans from: the code column, or the first one. */
    public ColumnTemplate groupColumn() {
        if (!section.groupColumns().isEmpty()) {
            Optional<ColumnTemplate> first = section.column(section.groupColumns().get(0));
            if (first.isPresent()) {
                return first.get();
            }
        }
        return section.codeColumn().orElse(columns.get(0));
    }

    /** Whether a group heading may run across the row; not when the group row has cells of its own to show. */
    public boolean headingSpans() {
        return section.groupColumns().size() <= 1;
    }

    /** A column a group row fills with its own cell (the APA's area weight), besides the heading column. */
    private boolean isGroupCell(ColumnTemplate c) {
        return c != groupColumn() && section.groupColumns().contains(c.key());
    }

    /** An item row leaves the group's columns to its group (they span the items on paper). */
    private boolean isGroupOnly(ColumnTemplate c) {
        return section.groupColumns().contains(c.key());
    }

    /** A column an annex copies from its source table: shown, never typed (it follows the source). */
    private boolean isCopied(ColumnTemplate c) {
        return section.isDerived() && section.derivedFrom().copies(c.key());
    }

    public String groupHeading(TableRow row) {
        if (row.code().isEmpty()) {
            return row.title();
        }
        String code = row.code().startsWith("[") ? row.code() // three-level codes come bracketed: [১]
                : section.numbering() == Numbering.BRACKETED ? "[" + row.code() + "]" : row.code() + ".";
        return editor.messages().digits(code) + " " + row.title();
    }

    public String display(DisplayRow line, ColumnTemplate c) {
        TableRow row = line.row();
        if (line.isGroup()) {
            if (isGroupCell(c)) {
                return editor.messages().digits(row.cell(c.key()).raw());
            }
            return c == groupColumn() ? groupHeading(row) : "";
        }
        if (isGroupOnly(c)) {
            return "";
        }
        if (section.isPaired() && c.key().equals(section.rowPair().labelColumn())) {
            return line.half() == Half.TARGET ? section.rowPair().targetLabel().in(editor.messages().locale())
                    : section.rowPair().achievedLabel().in(editor.messages().locale());
        }
        if (c.isDerived()) {
            return showsDerived(line) ? derived(row, c) : "";
        }
        if (c.type() == org.lokkho.domain.cell.ColumnType.SERIAL) {
            return line.isFirstLine() ? editor.messages().digits(row.code()) : "";
        }
        if (line.half() == Half.ACHIEVED) {
            return section.rowPair().isPaired(c.key()) ? row.achieved(c.key()).raw() : "";
        }
        String raw = row.cell(c.key()).raw();
        if (isLinkColumn(c)) {
            return linkText(raw);
        }
        if (c.showsCode() && !row.code().isEmpty()) {
            String code = editor.messages().digits(row.code());
            return raw.isEmpty() ? code : code + " " + raw;
        }
        return raw;
    }

    /** The column where an APA governance row names the document it takes its score from. */
    private boolean isLinkColumn(ColumnTemplate c) {
        var spec = editor.template().scoring();
        return spec != null && section.key().equals(spec.section()) && spec.columns().containsKey("link")
                && c.key().equals(spec.column("link"));
    }

    /** "link:nis:3" reads "NIS দলিল #৩", "link:nis" reads "NIS: হাতে লেখা"; anything else as typed. */
    private String linkText(String raw) {
        var m = editor.messages();
        var link = org.lokkho.domain.document.DocumentLink.parse(raw);
        if (link.isPresent()) {
            return m.get("ui.apa.link.cell", link.get().form().toUpperCase(java.util.Locale.ROOT), m.digits(String.valueOf(link.get().documentId())));
        }
        return org.lokkho.domain.document.DocumentLink.expectedForm(raw)
                .map(f -> m.get("ui.apa.link.handCell", f.toUpperCase(java.util.Locale.ROOT))).orElse(raw);
    }

    /** Derived marks belong to the achievement: on the অর্জন line of a pair, else on the row's only line. */
    private boolean showsDerived(DisplayRow line) {
        return line.half() == Half.ACHIEVED || line.half() == Half.SINGLE;
    }

    private String derived(TableRow row, ColumnTemplate c) {
        if (editor.score() == null) {
            return "";
        }
        Optional<RowScore> rs = editor.score().row(row.id());
        if (rs.isEmpty()) {
            return "";
        }
        if ("score".equals(c.derived())) {
            return rs.get().excluded() ? "" : Numbers.marks(rs.get().obtained(), editor.messages());
        }
        if ("total".equals(c.derived())) {
            return Numbers.value(rs.get().achieved(), editor.messages());
        }
        if ("raw".equals(c.derived())) {
            java.math.BigDecimal r = editor.rawPercents().get(row.id());
            return r == null ? "" : Numbers.marks(r, editor.messages());
        }
        return "";
    }

    /** The text an editor opens with, and what is copied: the officer's own text, without the row code. */
    public String editText(DisplayRow line, ColumnTemplate c) {
        if (line.isGroup()) {
            if (isGroupCell(c)) {
                return line.row().cell(c.key()).raw();
            }
            return c == groupColumn() ? line.row().title() : "";
        }
        if (!isEditable(line, c)) {
            return display(line, c);
        }
        return line.half() == Half.ACHIEVED ? line.row().achieved(c.key()).raw() : line.row().cell(c.key()).raw();
    }

    public boolean isEditable(DisplayRow line, ColumnTemplate c) {
        if (editor.isReadOnly()) {
            return false;
        }
        TableRow row = line.row();
        if (line.isGroup()) {
            if (isGroupCell(c)) {
                return c.isEditable() && !row.isLocked(c.key());
            }
            return c == groupColumn() && !row.isFixed();
        }
        if (!c.isEditable() || row.isLocked(c.key()) || isGroupOnly(c) || isCopied(c)) {
            return false;
        }
        if (section.isPaired() && c.key().equals(section.rowPair().labelColumn())) {
            return false;
        }
        if (line.half() == Half.ACHIEVED) {
            return section.rowPair().isPaired(c.key());
        }
        return true;
    }

    /** Shown with a red mark and as the tooltip, in the UI language. */
    public Optional<String> problem(DisplayRow line, ColumnTemplate c) {
        return cellProblem(line, c).map(p -> p.render(editor.messages()));
    }

    /** How the cell is marked: {@link Mark#ERROR} for text that does not fit, a softer mark for a required cell still empty. */
    public Mark mark(DisplayRow line, ColumnTemplate c) {
        Optional<Problem> p = cellProblem(line, c);
        if (p.isEmpty()) {
            return Mark.NONE;
        }
        if (REQUIRED.equals(p.get().key())) {
            return Mark.MISSING;
        }
        return p.get().isError() ? Mark.ERROR : Mark.WARNING;
    }

    public enum Mark { NONE, MISSING, WARNING, ERROR }

    private static final String REQUIRED = "cell.error.required";

    private Optional<Problem> cellProblem(DisplayRow line, ColumnTemplate c) {
        if (line.isGroup() || c.isDerived() || isGroupOnly(c) || isCopied(c) || !isEditableColumn(line, c)) {
            return Optional.empty();
        }
        return editor.checker().check(editor.template(), section, line.row(), c, line.half() == Half.ACHIEVED);
    }

    /** Why a computed cell shows what it shows (the scoring rule's note), in the UI language. */
    public Optional<String> derivedNote(DisplayRow line, ColumnTemplate c) {
        if (!c.isDerived() || !showsDerived(line) || editor.score() == null) {
            return Optional.empty();
        }
        return editor.score().row(line.row().id()).map(RowScore::note).filter(n -> n != null && !n.isBlank())
                .map(n -> editor.messages().get(n));
    }

    /** Like {@link #isEditable} but ignoring read-only mode: an old revision still shows its problems. */
    private boolean isEditableColumn(DisplayRow line, ColumnTemplate c) {
        if (line.half() == Half.ACHIEVED) {
            return section.isPaired() && section.rowPair().isPaired(c.key());
        }
        return c.isEditable();
    }

    // ------------------------------------------------------------------ cell changes

    /** Commits what the officer typed. Returns false when the cell cannot be edited or nothing changed. */
    public boolean edit(DisplayRow line, ColumnTemplate c, String text) {
        Optional<EditCommand> cmd = editCommand(line, c, text);
        cmd.ifPresent(editor::execute);
        return cmd.isPresent();
    }

    private Optional<EditCommand> editCommand(DisplayRow line, ColumnTemplate c, String text) {
        if (!isEditable(line, c)) {
            return Optional.empty();
        }
        String raw = text == null ? "" : text;
        TableRow row = line.row();
        if (line.isGroup() && isGroupCell(c)) {
            CellValue before = row.cell(c.key());
            CellValue after = CellParser.parse(raw, c.type()).value();
            return before.raw().equals(after.raw()) && before.kind() == after.kind() ? Optional.empty()
                    : Optional.of(new TableCommands.CellEdit(row, c.key(), false, before, after));
        }
        if (line.isGroup()) {
            String title = raw.strip();
            return title.equals(row.title()) ? Optional.empty() : Optional.of(new TableCommands.TitleEdit(row, row.title(), title));
        }
        boolean achieved = line.half() == Half.ACHIEVED;
        CellValue before = achieved ? row.achieved(c.key()) : row.cell(c.key());
        CellValue after = CellParser.parse(raw, c.type()).value();
        if (before.raw().equals(after.raw()) && before.kind() == after.kind()) {
            return Optional.empty();
        }
        return Optional.of(new TableCommands.CellEdit(row, c.key(), achieved, before, after));
    }

    /** Empties every editable cell of a block (Delete key); one undo step. */
    public void clear(List<int[]> cells) {
        CompoundCommand all = new CompoundCommand();
        for (int[] rc : cells) {
            if (rc[0] >= 0 && rc[0] < lines.size() && rc[1] >= 0 && rc[1] < columns.size()) {
                DisplayRow line = lines.get(rc[0]);
                if (!line.isGroup()) {
                    editCommand(line, columns.get(rc[1]), "").ifPresent(all::addApplied);
                }
            }
        }
        if (!all.isEmpty()) {
            editor.executeApplied(all);
        }
    }

    /** A rectangular block as tab-separated text, the way spreadsheets take it. */
    public String copy(int fromLine, int fromColumn, int toLine, int toColumn) {
        List<List<String>> block = new ArrayList<>();
        for (int r = Math.max(0, fromLine); r <= Math.min(toLine, lines.size() - 1); r++) {
            List<String> row = new ArrayList<>();
            for (int c = Math.max(0, fromColumn); c <= Math.min(toColumn, columns.size() - 1); c++) {
                row.add(editText(lines.get(r), columns.get(c)));
            }
            block.add(row);
        }
        return Tsv.format(block);
    }

    /**
     * Pastes a tab-separated block with its top-left at the given cell. Cells that cannot be edited are skipped
     * (so a block copied from the same table lines up); rows beyond the end are added. One undo step.
     * Returns the number of cells changed.
     */
    public int paste(int atLine, int atColumn, String tsv) {
        if (editor.isReadOnly()) {
            return 0;
        }
        List<List<String>> block = Tsv.parse(tsv);
        CompoundCommand all = new CompoundCommand();
        int changed = 0;
        List<DisplayRow> current = buildLines();
        for (int i = 0; i < block.size(); i++) {
            int lineIndex = Math.max(0, atLine) + i;
            if (lineIndex >= current.size() && section.isDerived()) {
                break; // an annex has exactly its source's rows
            }
            while (lineIndex >= current.size()) {
                all.addApplied(new TableCommands.RowInsert(content.rows(), content.rows().size(), TableRow.item()));
                current = buildLines();
            }
            DisplayRow line = current.get(lineIndex);
            List<String> values = block.get(i);
            for (int k = 0; k < values.size(); k++) {
                int col = Math.max(0, atColumn) + k;
                if (col >= columns.size()) {
                    break;
                }
                Optional<EditCommand> cmd = editCommand(line, columns.get(col), values.get(k));
                if (cmd.isPresent()) {
                    all.addApplied(cmd.get());
                    changed++;
                }
            }
        }
        if (!all.isEmpty()) {
            editor.executeApplied(all);
        }
        return changed;
    }

    // ------------------------------------------------------------------ row operations

    /** Adds an item row below the row at {@code line} (at the end when none); returns the new row's first line. */
    public int addRow(int line) {
        return insert(line, TableRow.item());
    }

    /** Adds a group heading below the row at {@code line} (at the end when none). */
    public int addGroup(int line) {
        return insert(line, TableRow.group(editor.messages().get("ui.table.newGroup")));
    }

    private int insert(int line, TableRow row) {
        if (editor.isReadOnly() || section.isDerived()) {
            return -1;
        }
        int index = line >= 0 && line < lines.size() ? content.rows().indexOf(lines.get(line).row()) + 1 : content.rows().size();
        editor.execute(new TableCommands.RowInsert(content.rows(), index, row));
        return firstLineOf(row);
    }

    /** Removes the row at {@code line}; prescribed (fixed) rows stay. An annex of chosen indicators drops one. */
    public boolean removeRow(int line) {
        boolean chosen = DerivedChoiceModel.applies(this) && !editor.isReadOnly() && line >= 0 && line < lines.size();
        if (!canChangeRow(line) && !chosen) {
            return false;
        }
        TableRow row = lines.get(line).row();
        editor.execute(new TableCommands.RowRemove(content.rows(), content.rows().indexOf(row), row));
        return true;
    }

    /** Moves the row at {@code line} one place up (-1) or down (+1); returns its new first line, or -1. */
    public int moveRow(int line, int delta) {
        if (!canChangeRow(line)) {
            return -1;
        }
        TableRow row = lines.get(line).row();
        int from = content.rows().indexOf(row);
        int to = from + Integer.signum(delta);
        if (to < 0 || to >= content.rows().size()) {
            return -1;
        }
        editor.execute(new TableCommands.RowMove(content.rows(), from, to));
        return firstLineOf(row);
    }

    public int firstLineOf(TableRow row) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).row() == row) {
                return i;
            }
        }
        return -1;
    }

    public boolean canChangeRow(int line) {
        return !editor.isReadOnly() && !section.isDerived() && line >= 0 && line < lines.size()
                && !lines.get(line).row().isFixed();
    }
}
