package org.lokkho.pack;

import java.nio.file.Path;
import java.util.List;
import org.lokkho.pack.identity.SigningIdentity;

/**
 * Everything a package is made from. The PDF is the unsigned rendering (the pdf module makes it); the writer stamps
 * and signs it. {@code letterPdf} (a forwarding letter) may be null; it is packed as given, not signed separately,
 * but its hash is in the signed manifest.
 */
public record PackageRequest(String documentId, String senderOffice, byte[] documentJson, byte[] documentPdf,
                             byte[] letterPdf, List<Path> evidence, SigningIdentity identity) {
    public PackageRequest {
        if (documentId == null || documentId.isBlank()) {
            throw new IllegalArgumentException("documentId");
        }
        senderOffice = senderOffice == null ? "" : senderOffice;
        evidence = List.copyOf(evidence);
    }

    public PackageRequest withEvidence(List<Path> subset) {
        return new PackageRequest(documentId, senderOffice, documentJson, documentPdf, letterPdf, subset, identity);
    }
}
