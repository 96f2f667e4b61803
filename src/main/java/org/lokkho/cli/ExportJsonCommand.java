package org.lokkho.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.lokkho.AppContext;
import org.lokkho.app.AppException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes one document's exchange JSON to a file (temp file + atomic rename: never a half-written file). */
@Command(name = "export-json", mixinStandardHelpOptions = true, description = "Write a document as JSON (lokkho-document format).")
final class ExportJsonCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Document id (see 'list').")
    String id;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Override
    int run(AppContext context) {
        long documentId = parseId(id);
        context.documentService().require(documentId);
        try {
            context.documentService().exportJson(documentId, output);
        } catch (IOException e) {
            throw new AppException("cli.error.writeFile", e, output, reason(e, messages()));
        }
        return LokkhoCommand.OK;
    }
}
