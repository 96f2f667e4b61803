package org.lokkho.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lokkho.AppContext;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.pack.ClosablePackageSource;
import org.lokkho.pack.EvidenceFile;
import org.lokkho.pdf.PdfExporter;

/**
 * What the {@code package} command packs, taken from the app: the stored document's exchange JSON, its official
 * PDF (Bengali layout, with the score report for totals) and its evidence, named
 * {@code <row code>/<quarter>/<file name>} so the reviewer sees which indicator and quarter each file proves.
 */
public final class AppPackageSource implements ClosablePackageSource {
    private final AppContext context;
    private final boolean ownsContext;

    /** @param ownsContext close the context (and its database) when this source is closed */
    public AppPackageSource(AppContext context, boolean ownsContext) {
        this.context = context;
        this.ownsContext = ownsContext;
    }

    public AppPackageSource(AppContext context) {
        this(context, false);
    }

    @Override
    public byte[] documentJson(long id) {
        return context.documentService().exportJson(id).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] documentPdf(long id) {
        DocumentService documents = context.documentService();
        FormDocument doc = documents.require(id);
        FormTemplate template = documents.templateOf(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            // The submitted PDF is the official form, so always in Bengali whatever language the messages use.
            new PdfExporter().export(template, doc, documents.officeOf(doc), documents.score(doc), out);
        } catch (IOException e) {
            throw new AppException("evidence.error.pdf", e, e.getMessage());
        }
        return out.toByteArray();
    }

    @Override
    public String officeName(long id) {
        DocumentService documents = context.documentService();
        return documents.officeOf(documents.require(id)).nameBn();
    }

    @Override
    public List<Path> evidence(long id) {
        return evidenceFiles(id).stream().map(EvidenceFile::file).toList();
    }

    @Override
    public List<EvidenceFile> evidenceFiles(long id) {
        EvidenceService evidence = context.evidenceService();
        FormDocument doc = context.documentService().require(id);
        List<EvidenceFile> out = new ArrayList<>();
        for (Evidence e : evidence.list(id)) {
            out.add(new EvidenceFile(evidence.path(e), entryName(evidence.rowLabel(doc, e.rowId()), e)));
        }
        return out;
    }

    /** {@code 1.2/Q1/photo.jpg}; without the quarter folder when the file is for the whole period. */
    static String entryName(String rowLabel, Evidence e) {
        return rowLabel + "/" + (e.quarter() == null ? "" : e.quarter() + "/") + e.fileName();
    }

    @Override
    public void close() {
        if (ownsContext) {
            context.close();
        }
    }
}
