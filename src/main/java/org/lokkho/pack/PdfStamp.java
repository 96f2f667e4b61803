package org.lokkho.pack;

import java.time.Instant;

/**
 * What binds document.pdf to its package: written into the PDF's information dictionary (and so covered by the PDF
 * signature), and the fingerprint also shown in the visible signature block.
 */
public record PdfStamp(String documentId, String documentJsonSha256, String fingerprint, Instant signedAt, String location) {
}
