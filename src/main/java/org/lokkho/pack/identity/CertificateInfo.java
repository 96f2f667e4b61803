package org.lokkho.pack.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** What an officer needs to see about a certificate: who, issued by whom, valid when, and its fingerprint. */
public record CertificateInfo(String name, String designation, String office, String subject, String issuer,
                              String serialHex, Instant notBefore, Instant notAfter, String sha256Fingerprint,
                              boolean selfSigned) {
    /** Fewer days than this before expiry earns a warning. */
    public static final int EXPIRY_WARNING_DAYS = 30;

    public static CertificateInfo of(X509Certificate cert) {
        X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        return new CertificateInfo(rdn(subject, BCStyle.CN), rdn(subject, BCStyle.T), rdn(subject, BCStyle.O),
                display(subject), display(X500Name.getInstance(cert.getIssuerX500Principal().getEncoded())),
                cert.getSerialNumber().toString(16), cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(),
                fingerprint(cert), cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal()));
    }

    public long daysLeft(Instant now) {
        return Duration.between(now, notAfter).toDays();
    }

    public boolean isExpired(Instant now) {
        return now.isAfter(notAfter);
    }

    public boolean isNotYetValid(Instant now) {
        return now.isBefore(notBefore);
    }

    public boolean expiresSoon(Instant now) {
        return !isExpired(now) && daysLeft(now) < EXPIRY_WARNING_DAYS;
    }

    /** First 16 hex digits of the certificate fingerprint in groups of four, for reading aloud over the phone. */
    public String shortFingerprint() {
        String s = sha256Fingerprint.substring(0, 16).toUpperCase(java.util.Locale.ROOT);
        return s.substring(0, 4) + " " + s.substring(4, 8) + " " + s.substring(8, 12) + " " + s.substring(12, 16);
    }

    public static String fingerprint(X509Certificate cert) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "CN=…, T=…, O=…, C=BD": most specific first, with the title shown as T rather than an OID. */
    static String display(X500Name name) {
        RDN[] rdns = name.getRDNs();
        RDN[] reversed = new RDN[rdns.length];
        for (int i = 0; i < rdns.length; i++) {
            reversed[i] = rdns[rdns.length - 1 - i];
        }
        return new X500Name(BCStyle.INSTANCE, reversed).toString().replace(",", ", ").replace("\\, ", "\\,");
    }

    private static String rdn(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return "";
        }
        Object value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
