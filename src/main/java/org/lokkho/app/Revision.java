package org.lokkho.app;

import java.time.Instant;

/** A kept state of a document; {@code number} counts from 1 for each document. */
public record Revision(long documentId, long number, Instant savedAt, String note) {
}
