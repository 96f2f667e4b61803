package org.lokkho.backup;

import java.util.List;
import java.util.Optional;
import org.lokkho.app.DocumentStore;
import org.lokkho.app.DocumentSummary;
import org.lokkho.app.Revision;
import org.lokkho.domain.document.FormDocument;

/**
 * A {@link DocumentStore} that tells the {@link BackupScheduler} about every change after it is committed, so
 * the next backup comes as soon as the interval allows. (Saves made around it, e.g. through
 * {@code AppContext.documents()}, are still backed up: the scheduler also looks for changes every interval.)
 */
public final class BackupOnSave implements DocumentStore {
    private final DocumentStore store;
    private final BackupScheduler scheduler;

    public BackupOnSave(DocumentStore store, BackupScheduler scheduler) {
        this.store = store;
        this.scheduler = scheduler;
    }

    @Override
    public FormDocument create(FormDocument document) {
        FormDocument created = store.create(document);
        scheduler.onSave();
        return created;
    }

    @Override
    public void save(FormDocument document) {
        store.save(document);
        scheduler.onSave();
    }

    @Override
    public void saveCheckpoint(FormDocument document, String note) {
        store.saveCheckpoint(document, note);
        scheduler.onSave();
    }

    @Override
    public Optional<FormDocument> load(long id) {
        return store.load(id);
    }

    @Override
    public List<DocumentSummary> list() {
        return store.list();
    }

    @Override
    public void delete(long id) {
        store.delete(id);
        scheduler.onSave();
    }

    @Override
    public List<Revision> history(long documentId) {
        return store.history(documentId);
    }

    @Override
    public Optional<FormDocument> loadRevision(long documentId, long revision) {
        return store.loadRevision(documentId, revision);
    }

    @Override
    public void restore(long documentId, long revision) {
        store.restore(documentId, revision);
        scheduler.onSave();
    }
}
