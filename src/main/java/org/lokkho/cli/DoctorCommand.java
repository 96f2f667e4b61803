package org.lokkho.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.lokkho.io.DocumentJson;
import org.lokkho.io.TemplateCatalog;
import org.lokkho.safety.Doctor;
import org.lokkho.safety.DoctorReport;
import picocli.CommandLine.Command;

/** Checks the installation and data folder; exit code 1 if any check fails. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the database, backups, disk space, fonts and data folder (exit 1 on a failure).")
final class DoctorCommand extends FolderCommand {
    @Override
    int run(Path dataDir) {
        DoctorReport report = new Doctor(dataDir, new DocumentJson(TemplateCatalog.bundled()), Clock.systemDefaultZone()).run();
        report.lines(messages()).forEach(out()::println);
        out().flush();
        return report.failed() ? LokkhoCommand.USER_ERROR : LokkhoCommand.OK;
    }
}
