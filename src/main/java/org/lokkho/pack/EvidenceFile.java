package org.lokkho.pack;

import java.nio.file.Path;

/**
 * An evidence file and where it goes in the package, relative to {@code evidence/} (e.g. {@code "1.2/Q1/photo.jpg"},
 * so a reviewer sees which row and quarter it proves). A null name packs the file under its own file name.
 */
public record EvidenceFile(Path file, String entryName) {
    public EvidenceFile {
        if (file == null) {
            throw new IllegalArgumentException("file");
        }
    }

    public static EvidenceFile of(Path file) {
        return new EvidenceFile(file, null);
    }
}
