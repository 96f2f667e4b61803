package org.lokkho.pack.identity;

/** Key types an office key can be made with. ECDSA P-256 is the default: small keys, fast, accepted by openssl and poppler. */
public enum KeyAlgorithm {
    ECDSA_P256("EC", "SHA256withECDSA"),
    RSA_3072("RSA", "SHA256withRSA");

    private final String keyType;
    private final String signatureAlgorithm;

    KeyAlgorithm(String keyType, String signatureAlgorithm) {
        this.keyType = keyType;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    public String keyType() {
        return keyType;
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The JCA signature algorithm for an existing key, e.g. one imported from a CA-issued PKCS#12. */
    public static String signatureAlgorithmFor(java.security.Key key) {
        switch (key.getAlgorithm()) {
            case "EC":
            case "ECDSA":
                return "SHA256withECDSA";
            case "RSA":
                return "SHA256withRSA";
            default:
                throw new IdentityException("pack.key.error.algorithm", key.getAlgorithm());
        }
    }
}
