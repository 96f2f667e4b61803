package org.lokkho.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lokkho.app.AppException;
import org.lokkho.backup.RestoreResult;
import org.lokkho.safety.SafetyServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Replaces the store with a backup: the current store is backed up first (or, if damaged, moved to damaged/).
 * Refused while another Lokkho has the folder open.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore all documents from a backup FILE (the current data is backed up first).")
final class RestoreCommand extends FolderCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "A backup .zip (see 'backups').")
    Path file;

    @Override
    int run(Path dataDir) {
        Path backup = resolve(dataDir);
        RestoreResult result = SafetyServices.forFolder(dataDir).restore(backup);
        var m = messages();
        result.safetyBackup().ifPresent(b -> out().println(m.get("safety.cli.safetyBackup", b.path())));
        result.movedAside().ifPresent(p -> out().println(m.get("safety.cli.movedAside", p)));
        out().println(m.get("safety.cli.restored", backup, m.digits(Integer.toString(result.contents().documents().size()))));
        out().flush();
        return LokkhoCommand.OK;
    }

    /** A bare name as printed by 'backups' means the file in the data folder's backups/. */
    private Path resolve(Path dataDir) {
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path inBackups = dataDir.resolve("backups").resolve(file.getFileName());
        if (file.getParent() == null && Files.isRegularFile(inBackups)) {
            return inBackups;
        }
        throw new AppException("safety.cli.noSuchBackup", file);
    }
}
