package org.lokkho.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.lokkho.app.DocumentStore;
import org.lokkho.domain.document.DocumentStatus;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.ListContent;
import org.lokkho.domain.document.SectionContent;
import org.lokkho.domain.document.SignatureContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TextContent;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.scoring.ApaScores;
import org.lokkho.domain.scoring.GroupScore;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.LocalizedText;
import org.lokkho.domain.template.Placeholders;
import org.lokkho.domain.template.SectionTemplate;

/**
 * One open document: its sections' view models, undo/redo, the live score, and the rule that every change is
 * committed to the store at once (a power cut loses at most the keystroke in flight). A read-only editor shows an
 * old revision and never writes.
 */
public final class DocumentEditorModel {
    private final FormTemplate template;
    private final FormDocument document;
    private final DocumentStore store;
    private final DocumentScorer scorer;
    private final CellChecker checker;
    private final Messages messages;
    private final Map<String, String> placeholderValues;
    private final boolean readOnly;
    private final UndoHistory history = new UndoHistory();
    private final List<SectionModel> sections = new ArrayList<>();
    private final ReadOnlyObjectWrapper<ScoreReport> score = new ReadOnlyObjectWrapper<>();
    private Map<String, java.math.BigDecimal> rawPercents = Map.of();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public DocumentEditorModel(FormTemplate template, FormDocument document, DocumentStore store, DocumentScorer scorer,
                               CellChecker checker, Messages messages, Map<String, String> placeholderValues, boolean readOnly) {
        this.template = template;
        this.document = document;
        this.store = store;
        this.scorer = scorer;
        this.checker = checker;
        this.messages = messages;
        this.placeholderValues = Map.copyOf(placeholderValues);
        this.readOnly = readOnly;
        for (SectionTemplate st : template.sections()) {
            SectionContent content = document.section(st.key());
            if (content == null) {
                content = org.lokkho.domain.document.DocumentFactory.emptySection(st);
                document.putSection(st.key(), content);
            }
            sections.add(modelFor(st, content));
        }
        rescore();
    }

    private SectionModel modelFor(SectionTemplate st, SectionContent content) {
        if (content instanceof TableContent t) {
            return new TableSectionModel(st, t, this);
        } else if (content instanceof TextContent t) {
            return new TextSectionModel(st, t, this);
        } else if (content instanceof ListContent l) {
            return new ListSectionModel(st, l, this);
        }
        return new SignatureSectionModel(st, (SignatureContent) content, this);
    }

    public FormTemplate template() {
        return template;
    }

    public FormDocument document() {
        return document;
    }

    public List<SectionModel> sections() {
        return List.copyOf(sections);
    }

    public Messages messages() {
        return messages;
    }

    public CellChecker checker() {
        return checker;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public UndoHistory history() {
        return history;
    }

    public ScoreReport score() {
        return score.get();
    }

    public ReadOnlyObjectProperty<ScoreReport> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** Counts changes; views listen to repaint cells whose values changed without their row changing. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** The last storage or scoring problem, in the UI language; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Template text with the document's fiscal year and office filled in. */
    public String fill(LocalizedText text) {
        return text == null ? "" : Placeholders.fill(text.in(messages.locale()), document.fiscalYear(), placeholderValues);
    }

    // ------------------------------------------------------------------ changes

    public void execute(EditCommand command) {
        if (readOnly) {
            return;
        }
        command.apply();
        executeApplied(command);
    }

    /** Records a command whose effect is already in the document (a paste applied part by part). */
    void executeApplied(EditCommand command) {
        history.done(command);
        afterChange();
    }

    public boolean undo() {
        boolean done = !readOnly && history.undo();
        if (done) {
            afterChange();
        }
        return done;
    }

    public boolean redo() {
        boolean done = !readOnly && history.redo();
        if (done) {
            afterChange();
        }
        return done;
    }

    public void setStatus(DocumentStatus status) {
        if (readOnly || document.status() == status) {
            return;
        }
        document.setStatus(status);
        save();
        changes.set(changes.get() + 1);
    }

    private void afterChange() {
        sections.forEach(SectionModel::refresh);
        rescore();
        save();
        changes.set(changes.get() + 1);
    }

    /** Commits the document now. Returns false (and sets {@link #problemProperty}) when the store refused. */
    public boolean save() {
        return write(null);
    }

    /** Ctrl+S: a revision of its own, with a note, that later automatic saves do not fold into. */
    public boolean checkpoint(String note) {
        return write(note);
    }

    private boolean write(String checkpointNote) {
        if (readOnly || store == null) {
            return false;
        }
        try {
            if (checkpointNote == null) {
                store.save(document);
            } else {
                store.saveCheckpoint(document, checkpointNote);
            }
            problem.set("");
            return true;
        } catch (RuntimeException e) {
            problem.set(messages.get("ui.error.save", e instanceof org.lokkho.app.AppException a ? a.render(messages)
                    : String.valueOf(e.getMessage())));
            return false;
        }
    }

    private void rescore() {
        if (scorer == null || template.scoringSpec().isEmpty()) {
            score.set(null);
            return;
        }
        try {
            rawPercents = isApaLevels() ? ApaScores.rawPercents(template, document, scorer.linked()) : Map.of();
            score.set(scorer.score(template, document));
        } catch (RuntimeException e) {
            // An incomplete draft may not be scorable yet; the table shows no marks rather than stale ones.
            rawPercents = Map.of();
            score.set(null);
            problem.set(messages.get("ui.error.score", String.valueOf(e.getMessage())));
        }
    }

    private boolean isApaLevels() {
        return template.scoring() != null && "apa-levels".equals(template.scoring().rule());
    }

    /** The APA's raw score r (percent) per indicator row id, for the "raw" derived column; empty for other forms. */
    public Map<String, java.math.BigDecimal> rawPercents() {
        return rawPercents;
    }

    /** How linked documents are scored (APA governance rows); the app's store-backed resolver. */
    public org.lokkho.domain.scoring.LinkedScores linkedScores() {
        return scorer == null ? org.lokkho.domain.scoring.LinkedScores.NONE : scorer.linked();
    }

    /** Rescores and stores after a change made outside the section models (document settings, a chosen link). */
    public void changedOutside() {
        if (readOnly) {
            return;
        }
        afterChange();
    }

    /** The store the document lives in (null for a detached preview). */
    public DocumentStore store() {
        return store;
    }

    // ------------------------------------------------------------------ score bar

    /** "মোট: ৪০.৮৩ / ৫০", or empty for forms without a score. */
    public String totalText() {
        ScoreReport r = score.get();
        if (r == null) {
            return "";
        }
        return messages.get("ui.score.total", Numbers.marks(r.total(), messages), Numbers.plain(r.max(), messages));
    }

    /** Warnings about the score as a whole (weights that do not add up, rescaling), in the UI language. */
    public List<String> scoreNotes() {
        ScoreReport r = score.get();
        return r == null ? List.of() : r.notes().stream().map(p -> p.render(messages)).toList();
    }

    /** One line per group: "১. প্রাতিষ্ঠানিক ব্যবস্থা: ১৮.০০ / ২২". */
    public List<String> groupTexts() {
        ScoreReport r = score.get();
        if (r == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (GroupScore g : r.groups()) {
            // Three-level APA codes come bracketed ([১]) and take no full stop after them.
            String key = g.code() != null && g.code().startsWith("[") ? "ui.score.groupBracketed" : "ui.score.group";
            out.add(messages.get(key, messages.digits(g.code()), g.title(), Numbers.marks(g.obtained(), messages),
                    Numbers.plain(g.max(), messages)));
        }
        return out;
    }
}
