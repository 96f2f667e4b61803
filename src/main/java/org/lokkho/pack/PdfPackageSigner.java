package org.lokkho.pack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.lokkho.pack.identity.SigningIdentity;

/**
 * Signs a PDF as PAdES baseline-B: an incremental update adding a /ETSI.CAdES.detached signature whose CMS carries
 * signing-certificate-v2 and no signing-time, with a visible block on the last page.
 */
public final class PdfPackageSigner {
    private PdfPackageSigner() {
    }

    public static byte[] sign(byte[] unsignedPdf, SigningIdentity identity, PdfStamp stamp) {
        try {
            byte[] stamped = stampInfo(unsignedPdf, stamp);
            return signStamped(stamped, identity, stamp);
        } catch (IOException e) {
            throw new PackageException(e, Reason.PDF_UNREADABLE, e.getMessage());
        }
    }

    /** Writes the binding into the information dictionary with a full save, before the signature is added. */
    private static byte[] stampInfo(byte[] pdf, PdfStamp stamp) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (!doc.getSignatureDictionaries().isEmpty()) {
                throw new PackageException(Reason.PDF_EXTRA_SIGNATURE, "input already signed");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setCustomMetadataValue(PackageFormat.PDF_INFO_DOCUMENT_ID, stamp.documentId());
            info.setCustomMetadataValue(PackageFormat.PDF_INFO_DOCUMENT_SHA256, stamp.documentJsonSha256());
            info.setCustomMetadataValue(PackageFormat.PDF_INFO_FINGERPRINT, stamp.fingerprint());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] signStamped(byte[] pdf, SigningIdentity identity, PdfStamp stamp) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(identity.info().name());
            signature.setLocation(stamp.location());
            signature.setReason("Lokkho submission " + Manifest.shortFingerprint(stamp.fingerprint()));
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(stamp.signedAt().toEpochMilli());
            signature.setSignDate(when);

            int lastPage = doc.getNumberOfPages() - 1;
            PDPage page = doc.getPage(lastPage);
            PDRectangle rect = SignatureAppearance.rectangleOn(page);
            byte[] template = SignatureAppearance.template(page, rect, SignatureAppearance.lines(identity.info(), stamp));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setVisualSignature(new ByteArrayInputStream(template));
                options.setPage(lastPage);
                options.setPreferredSignatureSize(signatureSpace(identity));
                doc.addSignature(signature, options);
                ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
                byte[] content = external.getContent().readAllBytes();
                external.setSignature(CmsSignatures.signDetached(content, identity, false));
            }
            return out.toByteArray();
        }
    }

    /** Room for the CMS: the certificates it embeds plus signer info and signature value, with slack. */
    private static int signatureSpace(SigningIdentity identity) {
        int size = 4096;
        for (X509Certificate c : identity.chain()) {
            try {
                size += c.getEncoded().length;
            } catch (CertificateEncodingException e) {
                size += 4096;
            }
        }
        return size;
    }
}
