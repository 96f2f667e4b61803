package org.lokkho.pack;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.lokkho.pack.identity.SigningIdentity;

/**
 * Everything a package is made from. The PDF is the unsigned rendering (the pdf module makes it); the writer stamps
 * and signs it. {@code letterPdf} (a forwarding letter) may be null; it is packed as given, not signed separately,
 * but its hash is in the signed manifest. Evidence carries its entry name (row code / quarter / file name).
 */
public record PackageRequest(String documentId, String senderOffice, byte[] documentJson, byte[] documentPdf,
                             byte[] letterPdf, List<EvidenceFile> evidenceFiles, SigningIdentity identity) {
    public PackageRequest {
        if (documentId == null || documentId.isBlank()) {
            throw new IllegalArgumentException("documentId");
        }
        senderOffice = senderOffice == null ? "" : senderOffice;
        evidenceFiles = List.copyOf(evidenceFiles);
    }

    /** Evidence packed under the files' own names. */
    public PackageRequest(String documentId, String senderOffice, byte[] documentJson, byte[] documentPdf,
                          byte[] letterPdf, Collection<Path> evidence, SigningIdentity identity) {
        this(documentId, senderOffice, documentJson, documentPdf, letterPdf,
                evidence.stream().map(EvidenceFile::of).toList(), identity);
    }

    /** The evidence files on disk, in packing order. */
    public List<Path> evidence() {
        return evidenceFiles.stream().map(EvidenceFile::file).toList();
    }

    public PackageRequest withEvidenceFiles(List<EvidenceFile> subset) {
        return new PackageRequest(documentId, senderOffice, documentJson, documentPdf, letterPdf, subset, identity);
    }
}
