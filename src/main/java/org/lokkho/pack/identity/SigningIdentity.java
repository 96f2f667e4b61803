package org.lokkho.pack.identity;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key with its certificate chain (signer's certificate first), loaded from a PKCS#12 file for as long as
 * signing takes. {@link #toString()} never prints the key.
 */
public final class SigningIdentity {
    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    public SigningIdentity(PrivateKey privateKey, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("certificate chain is empty");
        }
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    public String signatureAlgorithm() {
        return KeyAlgorithm.signatureAlgorithmFor(privateKey);
    }

    public CertificateInfo info() {
        return CertificateInfo.of(certificate());
    }

    @Override
    public String toString() {
        return "SigningIdentity[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
