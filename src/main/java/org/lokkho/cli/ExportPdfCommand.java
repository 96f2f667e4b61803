package org.lokkho.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.lokkho.AppContext;
import org.lokkho.app.AppException;
import org.lokkho.app.DocumentService;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.pdf.ExportProgress;
import org.lokkho.pdf.PdfExporter;
import org.lokkho.pdf.PrintView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Prints one document to PDF, scored first so derived columns (মোট অর্জন, অর্জিত মান), subtotals and the total
 * appear as on screen. Labels follow {@code --lang}. Written to a temporary file and renamed into place.
 */
@Command(name = "export-pdf", mixinStandardHelpOptions = true, description = "Print a document to a PDF file (scored, in the --lang language).")
final class ExportPdfCommand extends Subcommand {
    static final String DEFAULT_VIEW = "agreement";

    @Parameters(index = "0", paramLabel = "ID", description = "Document id (see 'list').")
    String id;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The PDF file to write.")
    Path output;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = DEFAULT_VIEW,
            description = "agreement (the signed form: monitoring columns left out) or monitoring (with quarterly achievements and scores). Default: ${DEFAULT-VALUE}.")
    String view;

    @Override
    void beforeOpen() {
        // Fonts and PDFBox load on the second core while the database opens and the document is read.
        PdfExporter.warmUpInBackground();
    }

    @Override
    int run(AppContext context) {
        PrintView printView = PrintView.parse(view);
        if (printView == null) {
            throw new AppException("cli.error.badView", view);
        }
        DocumentService service = context.documentService();
        FormDocument doc = service.require(parseId(id));
        FormTemplate template = service.templateOf(doc);
        Office office = service.officeOf(doc);
        ScoreReport report = service.score(doc); // APA governance rows follow their links
        try {
            new PdfExporter(top().locale()).exportToFile(template, doc, office, report, output, ExportProgress.NONE, printView);
        } catch (IOException e) {
            throw new AppException("cli.error.writeFile", e, output, reason(e, messages()));
        }
        return LokkhoCommand.OK;
    }
}
