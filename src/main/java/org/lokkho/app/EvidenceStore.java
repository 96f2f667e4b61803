package org.lokkho.app;

import java.util.List;
import java.util.Optional;

/** Where the evidence rows are kept (the files themselves are handled by {@link EvidenceService}). */
public interface EvidenceStore {
    /** Stores a new row; the id and added-at of the argument are ignored. */
    Evidence add(Evidence evidence);

    /** A document's evidence in the order it was attached. */
    List<Evidence> list(long documentId);

    Optional<Evidence> find(long id);

    /** Removes the row; true if there was one. */
    boolean remove(long id);

    /** How many rows still point at that stored file of the document (the file may be shared by rows). */
    int countUsing(long documentId, String sha256, String fileName);
}
