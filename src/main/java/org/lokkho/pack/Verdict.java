package org.lokkho.pack;

/** The three outcomes an officer sees. */
public enum Verdict {
    /** Intact, correctly signed, and the signer's certificate is trusted by this office. */
    VALID_TRUSTED,
    /** Intact and correctly signed, but by a certificate this office does not (yet) trust. */
    VALID_UNTRUSTED,
    /** Damaged, altered, unsafe or wrongly signed: nothing in it may be used. */
    INVALID;

    public String messageKey() {
        switch (this) {
            case VALID_TRUSTED:
                return "pack.verdict.validTrusted";
            case VALID_UNTRUSTED:
                return "pack.verdict.validUntrusted";
            default:
                return "pack.verdict.invalid";
        }
    }
}
