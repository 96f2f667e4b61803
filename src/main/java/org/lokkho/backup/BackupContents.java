package org.lokkho.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lokkho.app.DocumentSummary;

/**
 * What a backup holds, for the restore list: when it was made (from its name, if it is one of ours) and the
 * documents inside. {@code problem} is set when the backup cannot be opened or read; then it is not offered.
 */
public record BackupContents(Path file, Optional<Instant> time, List<DocumentSummary> documents, Optional<String> problem) {
    public BackupContents {
        documents = List.copyOf(documents);
    }

    public boolean usable() {
        return problem.isEmpty();
    }
}
