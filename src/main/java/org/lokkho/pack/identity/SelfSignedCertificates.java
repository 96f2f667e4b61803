package org.lokkho.pack.identity;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes an office key pair with a self-signed certificate, for offices that have no certificate from a licensed CA.
 * Subject: CN = officer's name, T = designation, O = office (UTF-8, so Bengali names survive).
 */
public final class SelfSignedCertificates {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SelfSignedCertificates() {
    }

    public record Subject(String name, String designation, String office) {
        public Subject {
            if (name == null || name.isBlank()) {
                throw new IdentityException("pack.key.error.nameRequired");
            }
            designation = designation == null ? "" : designation.strip();
            office = office == null ? "" : office.strip();
            name = name.strip();
        }

        X500Name toX500Name() {
            X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE);
            // Most significant first in the encoding (C, O, T, CN), as CAs do; shown reversed as "CN=…, T=…, O=…, C=BD".
            b.addRDN(BCStyle.C, "BD");
            if (!office.isEmpty()) {
                b.addRDN(BCStyle.O, office);
            }
            if (!designation.isEmpty()) {
                b.addRDN(BCStyle.T, designation);
            }
            b.addRDN(BCStyle.CN, name);
            return b.build();
        }
    }

    public static SigningIdentity create(Subject subject, KeyAlgorithm algorithm, int validityDays) {
        try {
            KeyPair pair = generate(algorithm);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            // Back-date a little so a PC whose clock runs slow still accepts a key made minutes ago elsewhere.
            Date from = Date.from(now.minus(1, ChronoUnit.DAYS));
            Date to = Date.from(now.plus(validityDays, ChronoUnit.DAYS));
            X500Name name = subject.toX500Name();
            BigInteger serial = new BigInteger(127, RANDOM).add(BigInteger.ONE);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial, from, to, name, pair.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_emailProtection, KeyPurposeId.id_kp_codeSigning}));
            builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm.signatureAlgorithm()).build(pair.getPrivate())));
            return new SigningIdentity(pair.getPrivate(), java.util.List.of(cert));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IdentityException(e, "pack.key.error.create", e.getMessage());
        }
    }

    private static KeyPair generate(KeyAlgorithm algorithm) throws GeneralSecurityException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance(algorithm.keyType());
        if (algorithm == KeyAlgorithm.ECDSA_P256) {
            gen.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        } else {
            gen.initialize(3072, RANDOM);
        }
        return gen.generateKeyPair();
    }
}
