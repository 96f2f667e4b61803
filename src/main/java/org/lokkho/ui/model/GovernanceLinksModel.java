package org.lokkho.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lokkho.app.DocumentSummary;
import org.lokkho.domain.document.DocumentLink;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.io.TemplateCatalog;

/**
 * Choosing the document an APA governance row takes its percentage from: the rows whose link cell names a form
 * ("link:nis"), the office's stored documents of that form, and "hand entry" (the form kept, no document: the
 * quarterly values typed in count). The choice is an ordinary, undoable cell edit of the link column.
 */
public final class GovernanceLinksModel {
    /** One entry of the chooser; {@code documentId} 0 is hand entry. */
    public record Choice(long documentId, String label) {
        public boolean isHandEntry() {
            return documentId == 0;
        }
    }

    private final DocumentEditorModel editor;
    private final TemplateCatalog templates;

    public GovernanceLinksModel(DocumentEditorModel editor, TemplateCatalog templates) {
        this.editor = editor;
        this.templates = templates;
    }

    /** The link column of the scored table, if the form has one. */
    public Optional<String> linkColumn() {
        FormTemplate t = editor.template();
        if (t.scoring() == null || !t.scoring().columns().containsKey("link")) {
            return Optional.empty();
        }
        return Optional.of(t.scoring().column("link"));
    }

    /** The form a row's link cell expects ("nis"), when the row is a linkable governance row of the scored table. */
    public Optional<String> expectedForm(TableSectionModel table, DisplayRow line) {
        if (line == null || line.isGroup() || linkColumn().isEmpty()
                || !table.section().key().equals(editor.template().scoring().section())) {
            return Optional.empty();
        }
        return DocumentLink.expectedForm(line.row().cell(linkColumn().get()).raw());
    }

    /** Hand entry first, then this office's documents of the expected form, newest fiscal year first. */
    public List<Choice> choices(String form) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(0, editor.messages().get("ui.apa.link.hand")));
        if (editor.store() == null) {
            return out;
        }
        List<DocumentSummary> all = new ArrayList<>(editor.store().list());
        all.sort((a, b) -> b.fiscalYear().code().compareTo(a.fiscalYear().code()));
        for (DocumentSummary s : all) {
            if (s.officeId() != editor.document().officeId() || s.id() == editor.document().id()) {
                continue;
            }
            Optional<FormTemplate> t = templates.find(s.templateId(), s.templateVersion());
            if (t.isPresent() && form.equals(t.get().form())) {
                // The title already names the fiscal year and period; the id tells two copies apart.
                out.add(new Choice(s.id(), editor.messages().digits(s.title() + " (#" + s.id() + ")")));
            }
        }
        return out;
    }

    /** The document the row is linked to now (0 = hand entry). */
    public long current(TableRow row) {
        return linkColumn().flatMap(c -> DocumentLink.parse(row.cell(c).raw())).map(DocumentLink::documentId).orElse(0L);
    }

    /** Sets the row's link; returns false when nothing changed or the cell cannot be edited. */
    public boolean choose(TableSectionModel table, DisplayRow line, Choice choice) {
        Optional<String> form = expectedForm(table, line);
        if (form.isEmpty()) {
            return false;
        }
        String raw = choice.isHandEntry() ? "link:" + form.get() : new DocumentLink(form.get(), choice.documentId()).raw();
        ColumnTemplate column = table.section().column(linkColumn().get()).orElseThrow();
        return table.edit(line, column, raw);
    }
}
