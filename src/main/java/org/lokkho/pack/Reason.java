package org.lokkho.pack;

/** Why a package is refused or invalid. Each has a message key under {@code pack.reason.} in the bundles. */
public enum Reason {
    // --- the ZIP container itself
    ARCHIVE_CORRUPT,
    TOO_MANY_ENTRIES,
    UNSAFE_ENTRY_NAME,
    DUPLICATE_ENTRY,
    UNKNOWN_ENTRY,
    ENTRY_TOO_LARGE,
    PACKAGE_TOO_LARGE,
    COMPRESSION_RATIO,
    MISSING_ENTRY,
    EXTRA_FILE,
    // --- manifest and its signature
    MANIFEST_MALFORMED,
    FORMAT_TOO_NEW,
    MANIFEST_SIGNATURE_UNREADABLE,
    MANIFEST_SIGNATURE_INVALID,
    MANIFEST_SIGNER_MISSING,
    MANIFEST_SIGNER_MISMATCH,
    HASH_MISMATCH,
    SIZE_MISMATCH,
    FINGERPRINT_MISMATCH,
    // --- the signed PDF
    PDF_UNREADABLE,
    PDF_NOT_SIGNED,
    PDF_EXTRA_SIGNATURE,
    PDF_SUBFILTER,
    PDF_BYTE_RANGE,
    PDF_SIGNATURE_INVALID,
    PDF_SIGNER_MISMATCH,
    DOCUMENT_MISMATCH,
    // --- the certificate
    CERT_NOT_YET_VALID,
    CERT_EXPIRED,
    IO_ERROR,
    // --- warnings only (never make a package invalid)
    CERT_EXPIRED_SINCE_SIGNING,
    CREATED_IN_FUTURE;

    public String messageKey() {
        StringBuilder b = new StringBuilder("pack.reason.");
        boolean upper = false;
        for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
