package org.lokkho.app;

import java.time.Instant;

/**
 * One evidence (প্রমাণক) file attached to a document row and, optionally, a quarter ("Q1".."Q4", null for the
 * whole year). {@code fileName} is the already-sanitised name the file is shown and packed under.
 */
public record Evidence(long id, long documentId, String rowId, String quarter, String fileName, String sha256,
                       long size, Instant addedAt) {

    /** The file's name inside the document's evidence folder: the hash keeps equal names apart. */
    public String storedName() {
        return sha256 + "-" + fileName;
    }
}
