package org.lokkho.pack;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.lokkho.pack.identity.SigningIdentity;

/**
 * Detached CMS signatures (CAdES-BES: content-type, message-digest and signing-certificate-v2 signed attributes,
 * the signer's certificate chain included), used for manifest.json.p7s and inside the PDF.
 */
public final class CmsSignatures {
    private CmsSignatures() {
    }

    /**
     * @param withSigningTime CAdES for the manifest carries the signing time; PAdES baseline-B forbids it inside the
     *                        CMS because the PDF signature dictionary's /M holds the time instead.
     */
    public static byte[] signDetached(byte[] content, SigningIdentity identity, boolean withSigningTime) {
        try {
            X509Certificate cert = identity.certificate();
            ContentSigner signer = new JcaContentSignerBuilder(identity.signatureAlgorithm()).build(identity.privateKey());
            CMSAttributeTableGenerator attributes = signedAttributes(cert, withSigningTime);
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(attributes)
                    .build(signer, cert));
            gen.addCertificates(new JcaCertStore(identity.chain()));
            CMSSignedData signed = gen.generate(new CMSProcessableByteArray(content), false);
            return signed.getEncoded("DER");
        } catch (OperatorCreationException | CMSException | CertificateException | IOException e) {
            throw new PackageException(e, Reason.IO_ERROR, "CMS: " + e.getMessage());
        }
    }

    private static CMSAttributeTableGenerator signedAttributes(X509Certificate cert, boolean withSigningTime)
            throws CertificateException {
        ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                Hashes.sha256().digest(cert.getEncoded()),
                new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))),
                        cert.getSerialNumber()));
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
        DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(new AttributeTable(v));
        if (withSigningTime) {
            return standard;
        }
        // The default generator always adds signing-time; PAdES wants it absent.
        return params -> standard.getAttributes(params).remove(CMSAttributes.signingTime);
    }

    /** What checking a detached CMS signature found. {@code signer} is null when it could not be identified. */
    public record Check(Status status, X509Certificate signer, List<X509Certificate> certificates, String detail) {
        public boolean ok() {
            return status == Status.VALID;
        }
    }

    public enum Status { UNREADABLE, SIGNER_MISSING, INVALID, VALID }

    /** Verifies a detached signature over {@code content}; exactly one signer is accepted. */
    public static Check verifyDetached(byte[] content, byte[] der) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(content), der);
        } catch (CMSException | RuntimeException e) {
            return new Check(Status.UNREADABLE, null, List.of(), String.valueOf(e.getMessage()));
        }
        List<X509Certificate> certs = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try {
            for (X509CertificateHolder h : signed.getCertificates().getMatches(null)) {
                certs.add(converter.getCertificate(h));
            }
        } catch (CertificateException | RuntimeException e) {
            return new Check(Status.UNREADABLE, null, List.of(), "certificates: " + e.getMessage());
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return new Check(Status.UNREADABLE, null, certs, "signers: " + signers.size());
        }
        SignerInformation si = signers.iterator().next();
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(si.getSID());
        if (matches.isEmpty()) {
            return new Check(Status.SIGNER_MISSING, null, certs, "no certificate for " + si.getSID().getIssuer());
        }
        X509Certificate cert;
        try {
            cert = converter.getCertificate(matches.iterator().next());
        } catch (CertificateException e) {
            return new Check(Status.UNREADABLE, null, certs, e.getMessage());
        }
        try {
            if (!si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))) {
                return new Check(Status.INVALID, cert, certs, "signature value");
            }
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return new Check(Status.INVALID, cert, certs, String.valueOf(e.getMessage()));
        }
        String certIdProblem = checkSigningCertificateV2(si, cert);
        if (certIdProblem != null) {
            return new Check(Status.INVALID, cert, certs, certIdProblem);
        }
        return new Check(Status.VALID, cert, certs, "");
    }

    /** The signed signing-certificate-v2 attribute pins the certificate; a swapped certificate must not pass. */
    private static String checkSigningCertificateV2(SignerInformation si, X509Certificate cert) {
        AttributeTable signedAttrs = si.getSignedAttributes();
        Attribute attr = signedAttrs == null ? null : signedAttrs.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attr == null) {
            return null; // not required for CMS from other tools; the signature itself still binds the key
        }
        try {
            SigningCertificateV2 scv2 = SigningCertificateV2.getInstance(attr.getAttrValues().getObjectAt(0));
            ESSCertIDv2 id = scv2.getCerts()[0];
            String alg = id.getHashAlgorithm().getAlgorithm().equals(NISTObjectIdentifiers.id_sha512) ? "SHA-512"
                    : id.getHashAlgorithm().getAlgorithm().equals(NISTObjectIdentifiers.id_sha384) ? "SHA-384" : "SHA-256";
            byte[] actual = java.security.MessageDigest.getInstance(alg).digest(cert.getEncoded());
            return Arrays.equals(actual, id.getCertHash()) ? null : "signing-certificate-v2 does not match the certificate";
        } catch (GeneralSecurityException | RuntimeException e) {
            return "signing-certificate-v2: " + e.getMessage();
        }
    }

}
