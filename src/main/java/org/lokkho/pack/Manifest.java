package org.lokkho.pack;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What manifest.json says: who sent the package, for which document, when, and the SHA-256 of every other file.
 * {@code fingerprint} is the SHA-256 of the {@code sha256sum}-style listing of every file except document.pdf; it is
 * printed on the PDF's visible signature, so the paper copy names the exact package it came in.
 */
public record Manifest(int formatVersion, String senderOffice, List<String> documentIds, String documentJsonSha256,
                       String fingerprint, Instant createdAt, Volume volume, Signer signer, List<FileEntry> files) {

    public record FileEntry(String name, long size, String sha256) {
    }

    /** Set when a submission was split into several packages (vol1, vol2 …) so each stays small enough to send. */
    public record Volume(String submissionId, int number, int count) {
    }

    public record Signer(String subject, String certificateSha256) {
    }

    public Manifest {
        documentIds = List.copyOf(documentIds);
        files = List.copyOf(files);
    }

    public Optional<FileEntry> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<Volume> volumeInfo() {
        return Optional.ofNullable(volume);
    }

    /** SHA-256 over lines "hash  name\n" (as sha256sum prints them) for all files but document.pdf, in package order. */
    public static String fingerprintOf(List<FileEntry> files) {
        StringBuilder listing = new StringBuilder();
        for (FileEntry f : files) {
            if (!f.name().equals(PackageFormat.DOCUMENT_PDF)) {
                listing.append(f.sha256()).append("  ").append(f.name()).append('\n');
            }
        }
        return Hashes.sha256Hex(listing.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** "ABCD-EF01-2345-6789": the first 64 bits of the fingerprint, short enough to read out on the phone. */
    public static String shortFingerprint(String fingerprint) {
        String s = fingerprint.substring(0, 16).toUpperCase(Locale.ROOT);
        return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12, 16);
    }
}
