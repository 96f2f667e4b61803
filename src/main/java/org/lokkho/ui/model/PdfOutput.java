package org.lokkho.ui.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.io.DocumentFormatException;
import org.lokkho.pdf.ExportProgress;
import org.lokkho.pdf.PdfExporter;

/**
 * The open document on its way to paper or a PDF file. Made on the FX thread from a copy of the document, so the
 * export can run on a background thread while the officer keeps editing. The PDF follows the UI language, and is
 * made in the print view of {@link #view()}.
 */
public final class PdfOutput {
    private final FormTemplate template;
    private final FormDocument document;
    private final Office office;
    private final Messages messages;
    private final DocumentScorer scorer;
    private final PrintViewChoice choice;

    PdfOutput(FormTemplate template, FormDocument document, Office office, Messages messages) {
        this(template, document, office, messages, org.lokkho.domain.scoring.Scoring::score, new PrintViewChoice.Memory());
    }

    /**
     * With the app's scorer, so APA governance rows take their linked plans' scores on paper as on screen, and the
     * session's memory of the print view chosen last.
     */
    PdfOutput(FormTemplate template, FormDocument document, Office office, Messages messages, DocumentScorer scorer,
              PrintViewChoice.Memory views) {
        this.scorer = scorer;
        this.choice = new PrintViewChoice(template, document, views);
        this.template = template;
        this.document = document;
        this.office = office;
        this.messages = messages;
    }

    /** A snapshot of the open document (through its exchange JSON, a deep copy the editor cannot change). */
    public static PdfOutput of(MainViewModel vm) throws UserError {
        DocumentEditorModel e = vm.editor();
        if (e == null) {
            throw new UserError(vm.messages().get("ui.error.noDocument"));
        }
        Office office = vm.office(e.document().officeId())
                .orElseThrow(() -> new UserError(vm.messages().get("ui.error.noOffice")));
        FormDocument copy;
        try {
            copy = vm.services().json().read(vm.services().json().write(e.document(), office)).document();
        } catch (DocumentFormatException ex) {
            throw new UserError(vm.messages().get("ui.error.pdf.render", ex.render(vm.messages())));
        }
        return new PdfOutput(e.template(), copy, office, vm.messages(), vm.services().scorer(), vm.printViews());
    }

    /** Agreement or monitoring view: chosen by the officer where the form prints differently in the two. */
    public PrintViewChoice view() {
        return choice;
    }

    public String defaultFileName() {
        return OutputNames.base(office, document) + ".pdf";
    }

    /** The print job's name as the printer queue shows it. */
    public String jobName() {
        return OutputNames.base(office, document);
    }

    private PdfExporter exporter() {
        return messages.isBengali() ? new PdfExporter() : new PdfExporter(Messages.ENGLISH);
    }

    /** Writes the PDF (any thread). The file appears whole or not at all. */
    public Path export(Path target, ExportProgress progress) throws UserError {
        try {
            exporter().exportToFile(template, document, office, scorer.score(template, document), target, progress,
                    choice.view());
            return target;
        } catch (IOException e) {
            throw new UserError(explain(e, target, messages));
        } catch (RuntimeException e) {
            throw new UserError(messages.get("ui.error.pdf.render", String.valueOf(e.getMessage())));
        }
    }

    /** The PDF in memory, for the print preview and the printer (any thread). */
    public byte[] render(ExportProgress progress) throws UserError {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            exporter().export(template, document, office, scorer.score(template, document), out, progress, choice.view());
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new UserError(messages.get("ui.error.pdf.render", String.valueOf(e.getMessage())));
        }
    }

    /** The usual reasons a write fails, said plainly: a read-only folder (CD, locked share) or a full disk. */
    static String explain(IOException e, Path target, Messages m) {
        Path folder = target.toAbsolutePath().getParent();
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (e instanceof AccessDeniedException || text.contains("read-only") || text.contains("permission denied")
                || text.contains("access is denied")) {
            return m.get("ui.error.pdf.readOnly", String.valueOf(folder));
        }
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")) {
            return m.get("ui.error.pdf.diskFull", String.valueOf(folder));
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
        return m.get("ui.error.pdf.write", target.toString(), reason);
    }
}
