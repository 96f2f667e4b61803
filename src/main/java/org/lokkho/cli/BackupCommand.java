package org.lokkho.cli;

import java.nio.file.Path;
import org.lokkho.AppContext;
import org.lokkho.backup.BackupFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Makes a backup now: to a chosen file or folder (a USB stick) with -o, otherwise into the data folder's
 * backups/ like the automatic ones. Refused while another Lokkho has the folder open.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up all documents now (to FILE or folder with -o; else into the data folder's backups).")
final class BackupCommand extends Subcommand {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Backup file (.zip) or folder to write it into.")
    Path output;

    @Override
    int run(AppContext context) {
        Path written;
        if (output == null) {
            BackupFile made = context.backups().backupNow(context.database());
            written = made.path();
        } else {
            written = context.backups().backupTo(context.database(), output);
        }
        out().println(messages().get("safety.cli.backupWritten", written));
        out().flush();
        return LokkhoCommand.OK;
    }
}
