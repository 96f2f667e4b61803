package org.lokkho;

import java.nio.file.Path;
import java.util.Locale;
import org.lokkho.app.DataFolder;
import org.lokkho.store.backup.BackupOnSave;
import org.lokkho.store.backup.CleanClose;
import org.lokkho.store.backup.StoreLayout;
import org.lokkho.store.backup.BackupPolicy;
import org.lokkho.store.backup.BackupScheduler;
import org.lokkho.store.backup.BackupService;
import org.lokkho.safety.InstanceLock;
import org.lokkho.safety.SafeStart;
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
    private final Locale locale;
    /** Read when first asked for: a command that succeeds never needs the bundle. */
    private Messages messages;
    private final TemplateCatalog templates;
    private final DocumentJson documentJson;
    private final H2Database database;
    private final H2OfficeStore offices;
    private final H2DocumentStore documents;
    private final DocumentService documentService;
    private final EvidenceService evidenceService;
    private final InstanceLock instanceLock;
    private final BackupService backups;
    private final BackupScheduler backupScheduler;

    public AppContext(Path dataDir) {
        this(dataDir, Messages.BENGALI);
    }

    public AppContext(Path dataDir, Locale locale) {
        this.dataDir = DataFolder.ensure(dataDir.toAbsolutePath().normalize());
        this.locale = locale;
        this.templates = TemplateCatalog.bundled();
        this.documentJson = new DocumentJson(templates);
        // safety: one Lokkho per folder, and a damaged file is reported (and left untouched) instead of opened
        SafeStart.Opened opened = SafeStart.open(this.dataDir);
        this.instanceLock = opened.lock();
        this.database = opened.database();
        this.offices = new H2OfficeStore(database);
        this.documents = new H2DocumentStore(database, documentJson);
        this.backups = new BackupService(this.dataDir, BackupPolicy.DEFAULT, java.time.Clock.systemDefaultZone());
        this.backupScheduler = new BackupScheduler(backups, database, java.time.Clock.systemDefaultZone());
        this.documentService = new DocumentService(templates, offices, new BackupOnSave(documents, backupScheduler), documentJson);
        this.evidenceService = new EvidenceService(this.dataDir, new H2EvidenceStore(database), documentService);
    }

    public Path dataDir() {
        return dataDir;
    }

    public synchronized Messages messages() {
        if (messages == null) {
            messages = new Messages(locale);
        }
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

    public BackupService backups() {
        return backups;
    }

    public BackupScheduler backupScheduler() {
        return backupScheduler;
    }

    /**
     * The window calls this once it is up: a backup now, then one after saves at most every five minutes. The
     * CLI does not (a one-off command makes no backups of its own).
     */
    public void startBackups() {
        backupScheduler.start();
    }

    @Override
    public void close() {
        try {
            backupScheduler.close();
            database.close();
            CleanClose.record(new StoreLayout(dataDir));
        } finally {
            instanceLock.close();
        }
    }
}
