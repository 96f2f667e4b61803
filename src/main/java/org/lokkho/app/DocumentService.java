package org.lokkho.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.document.RowNumbering;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.io.AtomicFiles;
import org.lokkho.io.DocumentFormatException;
import org.lokkho.io.DocumentJson;
import org.lokkho.io.TemplateCatalog;

/**
 * What the UI and the CLI do with documents, over the stores: create from a template, import and export the
 * exchange JSON, save, open a bundled sample, score. Knows nothing of SQL or JavaFX.
 */
public final class DocumentService {
    private final TemplateCatalog templates;
    private final OfficeStore offices;
    private final DocumentStore documents;
    private final DocumentJson json;
    private final Samples samples;

    public DocumentService(TemplateCatalog templates, OfficeStore offices, DocumentStore documents, DocumentJson json) {
        this(templates, offices, documents, json, Samples.BUNDLED);
    }

    public DocumentService(TemplateCatalog templates, OfficeStore offices, DocumentStore documents, DocumentJson json, Samples samples) {
        this.samples = samples;
        this.templates = templates;
        this.offices = offices;
        this.documents = documents;
        this.json = json;
    }

    public List<FormTemplate> templates() {
        return templates.all();
    }

    /** A new, empty document from the newest version of that template, stored at once. */
    public FormDocument create(String templateId, long officeId, FiscalYear fiscalYear, Period period) {
        FormTemplate template = templates.latest(templateId).orElseThrow(() -> new AppException("app.error.unknownTemplate", templateId));
        return documents.create(DocumentFactory.create(template, officeId, fiscalYear, period));
    }

    public Optional<FormDocument> load(long id) {
        return documents.load(id);
    }

    public FormDocument require(long id) {
        return documents.load(id).orElseThrow(() -> new AppException("app.error.noDocument", id));
    }

    public List<DocumentSummary> list() {
        return documents.list();
    }

    public void save(FormDocument document) {
        documents.save(document);
    }

    public void saveCheckpoint(FormDocument document, String note) {
        documents.saveCheckpoint(document, note);
    }

    // ---------------------------------------------------------------- import / export

    /** Reads and checks a file without storing anything (so a batch can be checked before any of it is stored). */
    public DocumentJson.Imported parse(Path file) throws IOException, DocumentFormatException {
        return json.read(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Stores a parsed document under its office, matched by Bengali name or created. Row numbers follow from
     * row positions, so they are recomputed (a hand-made file may leave them out or get them wrong).
     */
    public FormDocument store(DocumentJson.Imported imported) {
        Office office = matchOrCreate(imported.office());
        FormDocument doc = imported.document();
        renumber(doc);
        doc.setOfficeId(office.id());
        return documents.create(doc);
    }

    public FormDocument importJson(String text) throws DocumentFormatException {
        return store(json.read(text));
    }

    private void renumber(FormDocument doc) {
        FormTemplate template = templateOf(doc);
        for (SectionTemplate section : template.sections()) {
            if (doc.section(section.key()) instanceof TableContent table) {
                RowNumbering.renumber(table.rows(), section.numbering());
            }
        }
    }

    /** The office with the same Bengali name (ignoring spacing differences), or the imported one, now stored. */
    public Office matchOrCreate(Office imported) {
        String wanted = normalise(imported.nameBn());
        return offices.list().stream().filter(o -> normalise(o.nameBn()).equals(wanted)).findFirst()
                .orElseGet(() -> offices.save(imported.withId(0)));
    }

    static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    public String exportJson(long id) {
        FormDocument doc = require(id);
        return json.write(doc, officeOf(doc));
    }

    /** Writes the exchange JSON atomically (temp file, then rename). */
    public void exportJson(long id, Path target) throws IOException {
        AtomicFiles.writeString(target, exportJson(id));
    }

    public Office officeOf(FormDocument doc) {
        return offices.find(doc.officeId()).orElseThrow(() -> new AppException("store.error.noOffice", doc.officeId()));
    }

    // ---------------------------------------------------------------- samples and scoring

    public List<Samples.Sample> samples() {
        return samples.list();
    }

    /** Copies a bundled example into the store (so it can be edited freely) and returns the stored copy. */
    public FormDocument openSample(String sampleId) {
        Samples.Sample sample = samples.find(sampleId).orElseThrow(() -> new AppException("app.error.noSample", sampleId));
        try {
            return importJson(samples.read(sample));
        } catch (DocumentFormatException e) {
            throw new AppException("app.error.badSample", e, sample.file(), e.getMessage());
        }
    }

    public FormTemplate templateOf(FormDocument doc) {
        return templates.find(doc.templateId(), doc.templateVersion())
                .orElseThrow(() -> new AppException("app.error.unknownTemplate", doc.templateId() + " v" + doc.templateVersion()));
    }

    /** The document's score; APA rows linked to another stored document ("link:nis:42") take that document's score. */
    public ScoreReport score(FormDocument doc) {
        return Scoring.score(templateOf(doc), doc, linkedScores());
    }

    /** How this store finds a linked document's score (APA governance rows linked to the office's plans). */
    public org.lokkho.domain.scoring.LinkedScores linkedScores() {
        return new StoreLinkedScores(documents, templates);
    }
}
