package org.lokkho.pack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
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
            List<SignatureAppearance.Line> lines = SignatureAppearance.lines(identity.info(), stamp);
            Stamped stamped = stampInfo(unsignedPdf, stamp, SignatureAppearance.height(lines));
            return signStamped(stamped, identity, stamp, lines);
        } catch (IOException e) {
            throw new PackageException(e, Reason.PDF_UNREADABLE, e.getMessage());
        }
    }

    /** The unsigned PDF with the binding written in, and where the signature block will go. */
    private record Stamped(byte[] pdf, SignatureAppearance.Placement placement) {
    }

    /**
     * Writes the binding into the information dictionary and makes room for the signature block (a page is
     * added when the last one is full) with a full save, before the signature is added.
     */
    private static Stamped stampInfo(byte[] pdf, PdfStamp stamp, float blockHeight) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (!doc.getSignatureDictionaries().isEmpty()) {
                throw new PackageException(Reason.PDF_EXTRA_SIGNATURE, "input already signed");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setCustomMetadataValue(PackageFormat.PDF_INFO_DOCUMENT_ID, stamp.documentId());
            info.setCustomMetadataValue(PackageFormat.PDF_INFO_DOCUMENT_SHA256, stamp.documentJsonSha256());
            info.setCustomMetadataValue(PackageFormat.PDF_INFO_FINGERPRINT, stamp.fingerprint());
            SignatureAppearance.Placement placement = SignatureAppearance.place(doc, blockHeight);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
            doc.save(out);
            return new Stamped(out.toByteArray(), placement);
        }
    }

    private static byte[] signStamped(Stamped stamped, SigningIdentity identity, PdfStamp stamp,
                                      List<SignatureAppearance.Line> lines) throws IOException {
        byte[] pdf = stamped.pdf();
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

            int lastPage = stamped.placement().page();
            PDPage page = doc.getPage(lastPage);
            PDRectangle rect = stamped.placement().rect();
            byte[] template = SignatureAppearance.template(page, rect, lines);
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
