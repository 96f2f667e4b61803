package org.lokkho.pack.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lokkho.pack.EvidenceFile;
import org.lokkho.pack.Manifest;
import org.lokkho.pack.PackageException;
import org.lokkho.pack.PackageFormat;
import org.lokkho.pack.PackageRequest;
import org.lokkho.pack.PackageWriter;
import org.lokkho.pack.Reason;

/**
 * Splits a submission whose evidence is too big for one e-mail into volumes: {@code name-vol1.lokkho},
 * {@code name-vol2.lokkho} … Each is a complete package (document.json, signed PDF, its own signed manifest) with
 * part of the evidence, and the manifests share a submission id with "volume i of n".
 */
public final class VolumeSplitter {
    private final PackageWriter writer;

    public VolumeSplitter(PackageWriter writer) {
        this.writer = writer;
    }

    /** @param maxEvidenceBytes evidence per volume; a single larger file gets a volume of its own */
    public List<Path> write(PackageRequest request, Path folder, String baseName, long maxEvidenceBytes) {
        List<List<EvidenceFile>> groups = group(request.evidenceFiles(), maxEvidenceBytes);
        List<Path> out = new ArrayList<>();
        if (groups.size() <= 1) {
            Path single = folder.resolve(baseName + PackageFormat.EXTENSION);
            writer.write(request, single);
            out.add(single);
            return out;
        }
        String submission = UUID.randomUUID().toString();
        for (int i = 0; i < groups.size(); i++) {
            Path file = folder.resolve(baseName + "-vol" + (i + 1) + PackageFormat.EXTENSION);
            writer.write(request.withEvidenceFiles(groups.get(i)), file, new Manifest.Volume(submission, i + 1, groups.size()));
            out.add(file);
        }
        return out;
    }

    /** First-fit in the officer's order, so evidence keeps its sequence across volumes. */
    static List<List<EvidenceFile>> group(List<EvidenceFile> evidence, long maxBytes) {
        List<List<EvidenceFile>> groups = new ArrayList<>();
        List<EvidenceFile> current = new ArrayList<>();
        long size = 0;
        for (EvidenceFile f : evidence) {
            long s;
            try {
                s = Files.size(f.file());
            } catch (IOException e) {
                throw new PackageException(e, Reason.MISSING_ENTRY, f.file());
            }
            if (!current.isEmpty() && size + s > maxBytes) {
                groups.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(f);
            size += s;
        }
        if (!current.isEmpty() || groups.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }
}
