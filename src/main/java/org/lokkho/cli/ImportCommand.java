package org.lokkho.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lokkho.AppContext;
import org.lokkho.app.AppException;
import org.lokkho.app.DocumentService;
import org.lokkho.io.DocumentFormatException;
import org.lokkho.io.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Imports document JSON files; every file is checked before any is stored, so a bad file imports nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import document JSON files; prints the new document ids, one per line.")
final class ImportCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "FILE.json", description = "Document files (lokkho-document format).")
    List<Path> files;

    @Override
    int run(AppContext context) {
        DocumentService service = context.documentService();
        List<DocumentJson.Imported> parsed = new ArrayList<>();
        for (Path file : files) {
            try {
                parsed.add(service.parse(file));
            } catch (IOException e) {
                throw new AppException("cli.error.readFile", e, file, reason(e, messages()));
            } catch (DocumentFormatException e) {
                throw new AppException("cli.error.badFile", e, file, oneLine(e.render(messages())));
            }
        }
        for (DocumentJson.Imported imported : parsed) {
            out().println(service.store(imported).id());
        }
        out().flush();
        return LokkhoCommand.OK;
    }
}
