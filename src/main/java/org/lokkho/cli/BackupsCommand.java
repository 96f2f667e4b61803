package org.lokkho.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.lokkho.app.DocumentSummary;
import org.lokkho.backup.BackupContents;
import org.lokkho.backup.BackupFile;
import org.lokkho.backup.BackupInspector;
import org.lokkho.backup.BackupService;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.io.DocumentJson;
import org.lokkho.io.TemplateCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Lists backups, newest first, with their time and the documents inside (each backup is opened as a copy in a
 * temp folder). Works while the window is open: it never touches the live store.
 */
@Command(name = "backups", mixinStandardHelpOptions = true, description = "List backups with their time and documents.")
final class BackupsCommand extends FolderCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--dir", paramLabel = "DIR", description = "List backups in this folder instead (e.g. a USB stick).")
    Path dir;

    @Option(names = "--documents", description = "Also list the documents inside each backup.")
    boolean documents;

    @Override
    int run(Path dataDir) {
        Path folder = dir != null ? dir : dataDir.resolve("backups");
        Messages m = messages();
        List<BackupFile> backups = BackupService.listIn(folder);
        if (backups.isEmpty()) {
            out().println(m.get("safety.cli.backups.empty", folder));
            out().flush();
            return LokkhoCommand.OK;
        }
        out().println(m.get("safety.cli.backups.header", folder));
        BackupInspector inspector = new BackupInspector(new DocumentJson(TemplateCatalog.bundled()));
        for (BackupFile b : backups) {
            String when = m.digits(WHEN.format(LocalDateTime.ofInstant(b.time(), ZoneId.systemDefault())));
            BackupContents contents = inspector.inspect(b.path());
            if (!contents.usable()) {
                out().println(m.get("safety.cli.backups.unusable", b.fileName(), when, Subcommand.oneLine(contents.problem().orElse(""))));
                continue;
            }
            out().println(m.get("safety.cli.backups.row", b.fileName(), when + "  " + m.get("safety.kind." + b.kind()),
                    m.digits(Integer.toString(contents.documents().size()))));
            if (documents) {
                for (DocumentSummary d : contents.documents()) {
                    out().println(m.get("safety.cli.backups.document", m.digits(Long.toString(d.id())), d.templateId(),
                            d.title().isBlank() ? d.officeName() : d.title()));
                }
            }
        }
        out().flush();
        return LokkhoCommand.OK;
    }
}
