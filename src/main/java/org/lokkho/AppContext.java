package org.lokkho;

import java.nio.file.Path;
import java.util.Locale;
import org.lokkho.app.DataFolder;
import org.lokkho.app.DocumentService;
import org.lokkho.app.EvidenceService;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.io.DocumentJson;
import org.lokkho.io.TemplateCatalog;
import org.lokkho.store.H2Database;
import org.lokkho.store.H2DocumentStore;
import org.lokkho.store.H2EvidenceStore;
import org.lokkho.store.H2OfficeStore;

/**
 * The composition root: builds every service by constructor for one data folder. The window and the CLI each
 * make one and close it when done (closing the database file cleanly).
 */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final Messages messages;
    private final TemplateCatalog templates;
    private final DocumentJson documentJson;
    private final H2Database database;
    private final H2OfficeStore offices;
    private final H2DocumentStore documents;
    private final DocumentService documentService;
    private final EvidenceService evidenceService;

    public AppContext(Path dataDir) {
        this(dataDir, Messages.BENGALI);
    }

    public AppContext(Path dataDir, Locale locale) {
        this.dataDir = DataFolder.ensure(dataDir.toAbsolutePath().normalize());
        this.messages = new Messages(locale);
        this.templates = TemplateCatalog.bundled();
        this.documentJson = new DocumentJson(templates);
        this.database = H2Database.open(this.dataDir);
        this.offices = new H2OfficeStore(database);
        this.documents = new H2DocumentStore(database, documentJson);
        this.documentService = new DocumentService(templates, offices, documents, documentJson);
        this.evidenceService = new EvidenceService(this.dataDir, new H2EvidenceStore(database), documentService);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Messages messages() {
        return messages;
    }

    public TemplateCatalog templates() {
        return templates;
    }

    public DocumentJson documentJson() {
        return documentJson;
    }

    public H2Database database() {
        return database;
    }

    public H2OfficeStore offices() {
        return offices;
    }

    public H2DocumentStore documents() {
        return documents;
    }

    public DocumentService documentService() {
        return documentService;
    }

    public EvidenceService evidenceService() {
        return evidenceService;
    }

    @Override
    public void close() {
        database.close();
    }
}
