package org.lokkho.pack;

import java.util.List;

/** Names and order of the entries of a {@code .lokkho} package (a ZIP in the spirit of ETSI ASiC-E). */
public final class PackageFormat {
    public static final String FORMAT = "lokkho-package";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".lokkho";

    public static final String MANIFEST = "manifest.json";
    public static final String MANIFEST_SIGNATURE = "manifest.json.p7s";
    public static final String DOCUMENT_JSON = "document.json";
    public static final String DOCUMENT_PDF = "document.pdf";
    public static final String LETTER_PDF = "letter.pdf";
    public static final String EVIDENCE_DIR = "evidence/";

    /** Entries every package has, in the order they are written. */
    public static final List<String> REQUIRED = List.of(MANIFEST, MANIFEST_SIGNATURE, DOCUMENT_JSON, DOCUMENT_PDF);

    /** Keys this app writes into the PDF's document information dictionary, binding the PDF to its package. */
    public static final String PDF_INFO_DOCUMENT_ID = "LokkhoDocumentId";
    public static final String PDF_INFO_DOCUMENT_SHA256 = "LokkhoDocumentJsonSha256";
    public static final String PDF_INFO_FINGERPRINT = "LokkhoPackageFingerprint";

    private PackageFormat() {
    }

    public static boolean isEvidence(String name) {
        return name.startsWith(EVIDENCE_DIR) && name.length() > EVIDENCE_DIR.length();
    }
}
