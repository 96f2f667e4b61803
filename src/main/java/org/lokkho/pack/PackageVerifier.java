package org.lokkho.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lokkho.pack.identity.CertificateInfo;

/**
 * Checks a package from anyone: unpacks it safely into a fresh temp folder, then checks the manifest signature,
 * every hash, the file list, the PDF's own signature and its binding to document.json, the certificate dates, and
 * finally whether the signer is trusted. Nothing in the package is believed before all of that holds.
 */
public final class PackageVerifier {
    private final TrustStore trust;
    private final PackageLimits limits;
    private final Path workRoot;
    private final Clock clock;

    public PackageVerifier(TrustStore trust) {
        this(trust, PackageLimits.defaults(), null, Clock.systemUTC());
    }

    /** A verifier trusting the certificates in {@code <dataDir>/trust/}. */
    public static PackageVerifier forDataDir(Path dataDir) {
        return new PackageVerifier(TrustStore.fromFolder(dataDir.resolve("trust")));
    }

    /** @param workRoot where the fresh extraction folders are made; null for the system temp folder */
    public PackageVerifier(TrustStore trust, PackageLimits limits, Path workRoot, Clock clock) {
        this.trust = trust;
        this.limits = limits;
        this.workRoot = workRoot;
        this.clock = clock;
    }

    /** A verified package still unpacked in its folder, for an importer to read; the caller deletes the folder. */
    public record Opened(VerificationResult result, ExtractedPackage extracted) {
    }

    public VerificationResult verify(Path pkg) {
        Opened opened = open(pkg);
        if (opened.extracted() != null) {
            ExtractedPackage.deleteTree(opened.extracted().folder());
        }
        return opened.result();
    }

    /** Verifies and leaves the unpacked copy in place (null when it could not be unpacked at all). */
    public Opened open(Path pkg) {
        Path folder;
        try {
            folder = workRoot == null ? Files.createTempDirectory("lokkho-verify-") : Files.createTempDirectory(workRoot, "lokkho-verify-");
        } catch (IOException e) {
            return new Opened(VerificationResult.invalid(Finding.of(Reason.IO_ERROR, e.getMessage())), null);
        }
        ExtractedPackage extracted;
        try {
            extracted = new SafeZipReader(limits).extract(pkg, folder);
        } catch (PackageException e) {
            ExtractedPackage.deleteTree(folder);
            return new Opened(VerificationResult.invalid(e.finding()), null);
        }
        try {
            return new Opened(check(extracted), extracted);
        } catch (IOException | RuntimeException e) {
            // A hostile file must yield a verdict, never a stack trace.
            return new Opened(VerificationResult.invalid(Finding.of(Reason.IO_ERROR, e.getMessage())), extracted);
        }
    }

    private VerificationResult check(ExtractedPackage pkg) throws IOException {
        Map<String, ExtractedPackage.Entry> entries = pkg.entries();
        for (String required : List.of(PackageFormat.MANIFEST, PackageFormat.MANIFEST_SIGNATURE)) {
            if (!entries.containsKey(required)) {
                return VerificationResult.invalid(Finding.of(Reason.MISSING_ENTRY, required));
            }
        }
        List<Finding> problems = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        byte[] manifestBytes = pkg.read(PackageFormat.MANIFEST);

        CmsSignatures.Check sig = CmsSignatures.verifyDetached(manifestBytes, pkg.read(PackageFormat.MANIFEST_SIGNATURE));
        switch (sig.status()) {
            case UNREADABLE:
                problems.add(Finding.of(Reason.MANIFEST_SIGNATURE_UNREADABLE, sig.detail()));
                break;
            case SIGNER_MISSING:
                problems.add(Finding.of(Reason.MANIFEST_SIGNER_MISSING, sig.detail()));
                break;
            case INVALID:
                problems.add(Finding.of(Reason.MANIFEST_SIGNATURE_INVALID, sig.detail()));
                break;
            default:
                break;
        }

        Manifest manifest;
        try {
            manifest = ManifestJson.read(manifestBytes);
        } catch (PackageException e) {
            problems.add(e.finding());
            return new VerificationResult(Verdict.INVALID, problems, warnings, null, null);
        }
        X509Certificate signer = sig.signer();
        CertificateInfo signerInfo = signer == null ? null : CertificateInfo.of(signer);
        if (signerInfo != null && !signerInfo.sha256Fingerprint().equals(manifest.signer().certificateSha256())) {
            problems.add(Finding.of(Reason.MANIFEST_SIGNER_MISMATCH, signerInfo.subject()));
        }

        checkFiles(manifest, entries, problems);
        if (!Manifest.fingerprintOf(manifest.files()).equals(manifest.fingerprint())) {
            problems.add(Finding.of(Reason.FINGERPRINT_MISMATCH, PackageFormat.MANIFEST));
        }
        ExtractedPackage.Entry json = entries.get(PackageFormat.DOCUMENT_JSON);
        if (json != null && !json.sha256().equals(manifest.documentJsonSha256())) {
            problems.add(Finding.of(Reason.DOCUMENT_MISMATCH, PackageFormat.DOCUMENT_JSON));
        }
        Instant pdfSignedAt = null;
        if (entries.containsKey(PackageFormat.DOCUMENT_PDF)) {
            pdfSignedAt = checkPdf(pkg.read(PackageFormat.DOCUMENT_PDF), manifest, signer, problems);
        }
        if (signerInfo != null) {
            checkDates(signerInfo, manifest.createdAt(), problems, warnings);
            if (pdfSignedAt != null && !pdfSignedAt.equals(manifest.createdAt())) {
                checkDates(signerInfo, pdfSignedAt, problems, new ArrayList<>());
            }
        }
        if (!problems.isEmpty()) {
            return new VerificationResult(Verdict.INVALID, problems, warnings, manifest, signerInfo);
        }
        boolean trusted = trust.trusts(signer, sig.certificates(), manifest.createdAt());
        return new VerificationResult(trusted ? Verdict.VALID_TRUSTED : Verdict.VALID_UNTRUSTED, problems, warnings, manifest, signerInfo);
    }

    /** Every listed file present with its size and hash; nothing in the archive that the manifest does not list. */
    private static void checkFiles(Manifest manifest, Map<String, ExtractedPackage.Entry> entries, List<Finding> problems) {
        for (String required : List.of(PackageFormat.DOCUMENT_JSON, PackageFormat.DOCUMENT_PDF)) {
            if (manifest.file(required).isEmpty() || !entries.containsKey(required)) {
                problems.add(Finding.of(Reason.MISSING_ENTRY, required));
            }
        }
        for (Manifest.FileEntry f : manifest.files()) {
            ExtractedPackage.Entry actual = entries.get(f.name());
            if (actual == null) {
                if (!PackageFormat.REQUIRED.contains(f.name())) {
                    problems.add(Finding.of(Reason.MISSING_ENTRY, f.name()));
                }
                continue;
            }
            if (!actual.sha256().equals(f.sha256())) {
                problems.add(Finding.of(Reason.HASH_MISMATCH, f.name()));
            } else if (actual.size() != f.size()) {
                problems.add(Finding.of(Reason.SIZE_MISMATCH, f.name()));
            }
        }
        for (String name : entries.keySet()) {
            if (!name.equals(PackageFormat.MANIFEST) && !name.equals(PackageFormat.MANIFEST_SIGNATURE) && manifest.file(name).isEmpty()) {
                problems.add(Finding.of(Reason.EXTRA_FILE, name));
            }
        }
    }

    /** @return the signing time the PDF claims (its /M), or null */
    private static Instant checkPdf(byte[] pdf, Manifest manifest, X509Certificate manifestSigner, List<Finding> problems) {
        PdfSignatureCheck.Result r = PdfSignatureCheck.check(pdf);
        problems.addAll(r.problems());
        if (r.signer() != null && manifestSigner != null && !r.signer().equals(manifestSigner)) {
            problems.add(Finding.of(Reason.PDF_SIGNER_MISMATCH, CertificateInfo.of(r.signer()).subject()));
        }
        if (r.problems().stream().anyMatch(f -> f.reason() == Reason.PDF_UNREADABLE)) {
            return null;
        }
        if (r.documentId() == null || !manifest.documentIds().contains(r.documentId())
                || !manifest.documentJsonSha256().equals(r.documentJsonSha256())) {
            problems.add(Finding.of(Reason.DOCUMENT_MISMATCH, PackageFormat.DOCUMENT_PDF));
        }
        if (!manifest.fingerprint().equals(r.fingerprint())) {
            problems.add(Finding.of(Reason.FINGERPRINT_MISMATCH, PackageFormat.DOCUMENT_PDF));
        }
        return r.signedAt();
    }

    /**
     * The certificate must have been valid when the package says it was signed. Without a trusted timestamp that
     * claim is the signer's own, so expiry since signing is only a warning, not a verdict.
     */
    private void checkDates(CertificateInfo signer, Instant createdAt, List<Finding> problems, List<Finding> warnings) {
        Finding dateProblem = signer.isNotYetValid(createdAt) ? Finding.of(Reason.CERT_NOT_YET_VALID, signer.notBefore())
                : signer.isExpired(createdAt) ? Finding.of(Reason.CERT_EXPIRED, signer.notAfter()) : null;
        if (dateProblem != null && !problems.contains(dateProblem)) {
            problems.add(dateProblem);
        }
        Instant now = clock.instant();
        if (signer.isExpired(now) && !signer.isExpired(createdAt)) {
            warnings.add(Finding.of(Reason.CERT_EXPIRED_SINCE_SIGNING, signer.notAfter()));
        }
        if (createdAt.isAfter(now.plusSeconds(24 * 3600))) {
            warnings.add(Finding.of(Reason.CREATED_IN_FUTURE, createdAt));
        }
    }
}
