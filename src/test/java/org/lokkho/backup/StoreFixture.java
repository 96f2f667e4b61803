package org.lokkho.backup;

import java.nio.file.Path;
import java.util.List;
import org.lokkho.app.DocumentSummary;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.io.DocumentJson;
import org.lokkho.store.H2Database;
import org.lokkho.store.H2DocumentStore;
import org.lokkho.store.H2OfficeStore;
import org.lokkho.store.TestDocuments;

/** A real H2 store in a temp folder, with documents made from the bundled NIS template. */
public final class StoreFixture {
    public static final DocumentJson JSON = new DocumentJson(TestDocuments.CATALOG);

    private StoreFixture() {
    }

    /** Adds documents with those titles (one office for all). */
    public static void addDocuments(H2Database db, String... titles) {
        H2OfficeStore offices = new H2OfficeStore(db);
        long officeId = offices.list().isEmpty()
                ? offices.save(TestDocuments.office("উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার")).id()
                : offices.list().get(0).id();
        H2DocumentStore documents = new H2DocumentStore(db, JSON);
        for (String title : titles) {
            FormDocument doc = TestDocuments.newNis(officeId);
            doc.setTitle(title);
            TestDocuments.addFilledRow(doc, title);
            documents.create(doc);
        }
    }

    public static void addDocuments(Path dataDir, String... titles) {
        try (H2Database db = H2Database.open(dataDir)) {
            addDocuments(db, titles);
        }
    }

    public static List<String> titles(H2Database db) {
        return new H2DocumentStore(db, JSON).list().stream().map(DocumentSummary::title).sorted().toList();
    }

    public static List<String> titles(Path dataDir) {
        try (H2Database db = H2Database.open(dataDir)) {
            return titles(db);
        }
    }

    public static List<String> titlesOf(BackupContents contents) {
        return contents.documents().stream().map(DocumentSummary::title).sorted().toList();
    }
}
