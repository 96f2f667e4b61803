package org.lokkho.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lokkho.io.AtomicFiles;
import org.lokkho.pack.identity.CertificateInfo;
import org.lokkho.pack.identity.IdentityException;

/**
 * Writes a signed {@code .lokkho} package: entries in the fixed order manifest.json, manifest.json.p7s,
 * document.json, document.pdf, letter.pdf, evidence/…; written to a temp file beside the target, flushed to disk,
 * then renamed into place, so a power cut never leaves a half package under the real name.
 */
public final class PackageWriter {
    private final java.time.Clock clock;

    public PackageWriter() {
        this(java.time.Clock.systemUTC());
    }

    public PackageWriter(java.time.Clock clock) {
        this.clock = clock;
    }

    public Manifest write(PackageRequest request, Path target) {
        return write(request, target, null);
    }

    /** @param volume set when this package is one volume of a split submission, else null */
    public Manifest write(PackageRequest request, Path target, Manifest.Volume volume) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        CertificateInfo signer = request.identity().info();
        if (signer.isExpired(now)) {
            throw new IdentityException("pack.key.error.expired", signer.notAfter());
        }
        if (signer.isNotYetValid(now)) {
            throw new IdentityException("pack.key.error.notYetValid", signer.notBefore());
        }
        try {
            Map<String, Path> evidence = evidenceNames(request.evidenceFiles());
            String docHash = Hashes.sha256Hex(request.documentJson());
            List<Manifest.FileEntry> unsignedList = new ArrayList<>();
            unsignedList.add(new Manifest.FileEntry(PackageFormat.DOCUMENT_JSON, request.documentJson().length, docHash));
            if (request.letterPdf() != null) {
                unsignedList.add(new Manifest.FileEntry(PackageFormat.LETTER_PDF, request.letterPdf().length, Hashes.sha256Hex(request.letterPdf())));
            }
            for (Map.Entry<String, Path> e : evidence.entrySet()) {
                unsignedList.add(new Manifest.FileEntry(e.getKey(), Files.size(e.getValue()), Hashes.sha256Hex(e.getValue())));
            }
            String fingerprint = Manifest.fingerprintOf(unsignedList);
            byte[] pdf = PdfPackageSigner.sign(request.documentPdf(),
                    request.identity(), new PdfStamp(request.documentId(), docHash, fingerprint, now, request.senderOffice()));

            List<Manifest.FileEntry> files = new ArrayList<>();
            files.add(unsignedList.get(0));
            files.add(new Manifest.FileEntry(PackageFormat.DOCUMENT_PDF, pdf.length, Hashes.sha256Hex(pdf)));
            files.addAll(unsignedList.subList(1, unsignedList.size()));
            Manifest manifest = new Manifest(PackageFormat.VERSION, request.senderOffice(), List.of(request.documentId()),
                    docHash, fingerprint, now, volume,
                    new Manifest.Signer(signer.subject(), signer.sha256Fingerprint()), files);
            byte[] manifestBytes = ManifestJson.write(manifest);
            byte[] p7s = CmsSignatures.signDetached(manifestBytes, request.identity(), true);
            writeZip(target, manifestBytes, p7s, request, pdf, evidence, manifest);
            return manifest;
        } catch (IOException e) {
            throw new PackageException(e, Reason.IO_ERROR, e.getMessage());
        }
    }

    private static Map<String, Path> evidenceNames(List<EvidenceFile> files) {
        Map<String, Path> out = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (EvidenceFile ef : files) {
            Path f = ef.file();
            if (!Files.isRegularFile(f)) {
                throw new PackageException(Reason.MISSING_ENTRY, f);
            }
            String name = ef.entryName() == null ? EntryNames.evidenceName(f.getFileName().toString())
                    : EntryNames.evidencePath(ef.entryName());
            String candidate = name;
            for (int n = 2; !keys.add(EntryNames.collisionKey(candidate)); n++) {
                int dot = name.lastIndexOf('.');
                candidate = dot > PackageFormat.EVIDENCE_DIR.length()
                        ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
            }
            out.put(candidate, f);
        }
        return out;
    }

    private static void writeZip(Path target, byte[] manifest, byte[] p7s, PackageRequest request, byte[] pdf,
                                 Map<String, Path> evidence, Manifest m) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            put(zip, PackageFormat.MANIFEST, manifest);
            put(zip, PackageFormat.MANIFEST_SIGNATURE, p7s);
            put(zip, PackageFormat.DOCUMENT_JSON, request.documentJson());
            put(zip, PackageFormat.DOCUMENT_PDF, pdf);
            if (request.letterPdf() != null) {
                put(zip, PackageFormat.LETTER_PDF, request.letterPdf());
            }
            for (Map.Entry<String, Path> e : evidence.entrySet()) {
                copy(zip, e.getKey(), e.getValue(), m.file(e.getKey()).orElseThrow().sha256());
            }
            zip.finish(); // the central directory; AtomicFiles flushes, syncs and closes the file
        });
    }

    private static boolean isCompressed(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        for (String ext : List.of(".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf", ".zip", ".docx", ".xlsx", ".pptx", ".mp4", ".mp3", ".m4a", ".7z", ".rar", ".gz")) {
            if (n.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    /** Streams an evidence file in, re-hashing on the way: a file changed since it was hashed must not slip in. */
    private static void copy(ZipOutputStream zip, String name, Path source, String expectedSha256) throws IOException {
        // Photos and PDFs are already compressed: deflating them hard costs time and saves nothing.
        zip.setLevel(isCompressed(name) ? java.util.zip.Deflater.BEST_SPEED : java.util.zip.Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest md = Hashes.sha256();
        try (InputStream in = Files.newInputStream(source)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                zip.write(buf, 0, n);
            }
        }
        zip.closeEntry();
        if (!Hashes.hex(md.digest()).equals(expectedSha256)) {
            throw new PackageException(Reason.HASH_MISMATCH, source);
        }
    }
}
