package org.lokkho.pack;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Checks the one PAdES signature of document.pdf: it must cover the whole file except its own /Contents hole
 * (nothing appended after signing), be an ETSI.CAdES.detached CMS that verifies, and the information dictionary
 * must carry the package binding.
 */
final class PdfSignatureCheck {

    /** What the PDF says about itself, for comparison with the manifest. */
    record Result(List<Finding> problems, X509Certificate signer, Instant signedAt, String documentId,
                  String documentJsonSha256, String fingerprint) {
    }

    private PdfSignatureCheck() {
    }

    static Result check(byte[] pdf) {
        List<Finding> problems = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            String id = info.getCustomMetadataValue(PackageFormat.PDF_INFO_DOCUMENT_ID);
            String sha = info.getCustomMetadataValue(PackageFormat.PDF_INFO_DOCUMENT_SHA256);
            String fp = info.getCustomMetadataValue(PackageFormat.PDF_INFO_FINGERPRINT);
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                problems.add(Finding.of(Reason.PDF_NOT_SIGNED));
                return new Result(problems, null, null, id, sha, fp);
            }
            if (signatures.size() > 1) {
                problems.add(Finding.of(Reason.PDF_EXTRA_SIGNATURE, signatures.size()));
            }
            PDSignature sig = signatures.get(0);
            if (!PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(sig.getSubFilter())) {
                problems.add(Finding.of(Reason.PDF_SUBFILTER, sig.getSubFilter()));
            }
            String rangeProblem = byteRangeProblem(sig.getByteRange(), pdf);
            Instant signedAt = sig.getSignDate() == null ? null : sig.getSignDate().toInstant();
            if (rangeProblem != null) {
                problems.add(Finding.of(Reason.PDF_BYTE_RANGE, rangeProblem));
                return new Result(problems, null, signedAt, id, sha, fp);
            }
            byte[] cms = sig.getContents(pdf);
            byte[] signedContent = sig.getSignedContent(pdf);
            CmsSignatures.Check cmsCheck = CmsSignatures.verifyDetached(signedContent, trimPadding(cms));
            if (!cmsCheck.ok()) {
                problems.add(Finding.of(Reason.PDF_SIGNATURE_INVALID, cmsCheck.detail()));
            }
            return new Result(problems, cmsCheck.signer(), signedAt, id, sha, fp);
        } catch (IOException | RuntimeException e) {
            problems.add(Finding.of(Reason.PDF_UNREADABLE, e.getMessage()));
            return new Result(problems, null, null, null, null, null);
        }
    }

    /** [0 a b c]: starts at 0, the hole a..b is exactly one hex string, and b+c reaches the end of the file. */
    static String byteRangeProblem(int[] range, byte[] pdf) {
        if (range == null || range.length != 4) {
            return "ByteRange must have 4 numbers";
        }
        long a = range[1];
        long b = range[2];
        long c = range[3];
        if (range[0] != 0 || a <= 0 || b <= a || c < 0) {
            return "ByteRange out of order";
        }
        if (b + c != pdf.length) {
            return "signature does not cover the end of the file (" + (pdf.length - b - c) + " bytes after)";
        }
        if (pdf[(int) a] != '<' || pdf[(int) b - 1] != '>') {
            return "ByteRange hole is not the signature /Contents";
        }
        for (int i = (int) a + 1; i < b - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return "ByteRange hole holds more than the signature";
            }
        }
        return null;
    }

    /** The /Contents hole is zero-padded; strict DER parsing wants only the CMS itself. */
    private static byte[] trimPadding(byte[] cms) {
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(cms)) {
            return in.readObject().getEncoded("DER");
        } catch (IOException | RuntimeException e) {
            return cms;
        }
    }
}
