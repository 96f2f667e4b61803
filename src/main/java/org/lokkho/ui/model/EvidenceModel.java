package org.lokkho.ui.model;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lokkho.app.AppException;
import org.lokkho.app.Evidence;
import org.lokkho.app.EvidenceService;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Messages;

/**
 * The evidence (প্রমাণক) files of one row of the open document, optionally of one quarter: list, attach a copy,
 * remove. Files are copied into the data folder by {@link EvidenceService}; failures come back as {@link UserError}
 * in the UI language.
 */
public final class EvidenceModel {
    private final EvidenceService service;
    private final long documentId;
    private final TableRow row;
    private final Messages messages;
    private final ObservableList<Evidence> files = FXCollections.observableArrayList();

    public EvidenceModel(EvidenceService service, long documentId, TableRow row, Messages messages) {
        this.service = service;
        this.documentId = documentId;
        this.row = row;
        this.messages = messages;
    }

    public ObservableList<Evidence> files() {
        return files;
    }

    /** "[১.১.১] ই-পেমেন্ট …": which row the files belong to. */
    public String rowLabel() {
        return messages.digits(row.code());
    }

    /** Reloads the row's files; {@code quarter} "Q1".."Q4" narrows to that quarter, null shows all. */
    public void load(String quarter) throws UserError {
        try {
            List<Evidence> all = service.list(documentId).stream().filter(e -> e.rowId().equals(row.id()))
                    .filter(e -> quarter == null || quarter.equals(e.quarter())).toList();
            files.setAll(all);
        } catch (AppException e) {
            throw new UserError(e.render(messages));
        }
    }

    public Evidence attach(Path file, String quarter) throws UserError {
        try {
            Evidence e = service.attach(documentId, row.id(), quarter, file);
            load(null);
            return e;
        } catch (AppException e) {
            throw new UserError(e.render(messages));
        }
    }

    public void remove(Evidence e) throws UserError {
        try {
            service.remove(e.id());
            files.remove(e);
        } catch (AppException ex) {
            throw new UserError(ex.render(messages));
        }
    }

    /** "Q2 · রসিদ.pdf · ১২ KB". */
    public String describe(Evidence e) {
        String q = e.quarter() == null ? messages.get("ui.evidence.wholeYear") : e.quarter();
        return messages.digits(q + " · " + e.fileName() + " · " + Math.max(1, e.size() / 1024) + " KB");
    }

    public Path path(Evidence e) {
        return service.path(e);
    }
}
