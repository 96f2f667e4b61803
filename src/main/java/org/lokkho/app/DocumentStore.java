package org.lokkho.app;

import java.util.List;
import java.util.Optional;
import org.lokkho.domain.document.FormDocument;

/**
 * Where documents live. Every {@link #save} is committed before it returns (no Save button needed) and
 * keeps a revision, so history can be shown, opened read-only and restored.
 */
public interface DocumentStore {
    /** Stores a new document and sets its id. */
    FormDocument create(FormDocument document);

    /** Commits the document's current state at once and records a revision. */
    void save(FormDocument document);

    /**
     * An explicit checkpoint (Ctrl+S): always a new revision with the officer's note, which later autosaves never
     * overwrite. A store without coalescing has nothing more to do than save.
     */
    default void saveCheckpoint(FormDocument document, String note) {
        save(document);
    }

    Optional<FormDocument> load(long id);

    List<DocumentSummary> list();

    void delete(long id);

    /** Newest first. */
    List<Revision> history(long documentId);

    /** The document as it was at that revision (a separate copy, for read-only viewing). */
    Optional<FormDocument> loadRevision(long documentId, long revision);

    /** Makes that revision the current state (itself recorded as a new revision). */
    void restore(long documentId, long revision);
}
