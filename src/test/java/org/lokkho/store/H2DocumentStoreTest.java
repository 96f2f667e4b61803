package org.lokkho.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.app.Revision;
import org.lokkho.app.DocumentSummary;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.DocumentStatus;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.document.TableRow;
import org.lokkho.io.DocumentJson;

class H2DocumentStoreTest {
    @TempDir
    Path dir;

    private final DocumentJson json = new DocumentJson(TestDocuments.CATALOG);
    private final MutableClock clock = new MutableClock(Instant.parse("2022-01-10T04:00:00Z"));
    private H2Database db;
    private H2OfficeStore offices;
    private H2DocumentStore docs;
    private Office office;

    @BeforeEach
    void open() {
        reopen();
        office = offices.save(TestDocuments.office("উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void reopen() {
        if (db != null) {
            db.close();
        }
        db = H2Database.open(dir);
        offices = new H2OfficeStore(db, clock);
        docs = new H2DocumentStore(db, json, clock);
    }

    @Test
    void aReopenedDatabaseGivesBackExactlyWhatWasTyped() {
        FormDocument doc = docs.create(TestDocuments.newNis(office.id()));
        TestDocuments.addFilledRow(doc, "ত্রৈমাসিক সভা আয়োজন");
        TestDocuments.addFilledRow(doc, "Training on e-filing (ই-নথি)");
        doc.setTitle("দ্বিতীয় কোয়ার্টার প্রতিবেদন");
        docs.save(doc);
        String expected = json.write(doc, office);

        reopen();
        FormDocument back = docs.load(doc.id()).orElseThrow();

        assertThat(json.write(back, office)).isEqualTo(expected);
        assertThat(back.id()).isEqualTo(doc.id());
        assertThat(back.officeId()).isEqualTo(office.id());
        TableRow row = back.table("plan").rows().get(back.table("plan").rows().size() - 2);
        assertThat(row.cell("indicator").raw()).isEqualTo("সভা অনুষ্ঠিত  ");
        assertThat(row.cell("q3").raw()).isEqualTo("৪০জন");
        assertThat(row.achieved("q2").raw()).isEqualTo("প্রযোজ্য নয়");
        assertThat(row.cell("remarks").raw()).isEqualTo("ক্রমিক ০১ — ঠিক যেমন লেখা");
    }

    @Test
    void listShowsTheDocumentWithItsOffice() {
        FormDocument doc = docs.create(TestDocuments.newNis(office.id()));
        doc.setStatus(DocumentStatus.FINAL);
        doc.setPeriod(Period.Q3);
        docs.save(doc);

        List<DocumentSummary> list = docs.list();

        assertThat(list).hasSize(1);
        DocumentSummary s = list.get(0);
        assertThat(s.id()).isEqualTo(doc.id());
        assertThat(s.templateId()).isEqualTo(TestDocuments.NIS);
        assertThat(s.officeName()).isEqualTo(office.nameBn());
        assertThat(s.fiscalYear().code()).isEqualTo("2021-22");
        assertThat(s.period()).isEqualTo(Period.Q3);
        assertThat(s.status()).isEqualTo(DocumentStatus.FINAL);
        assertThat(s.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void savesWithinAMinuteUpdateTheNewestRevisionAndLaterOnesAddOne() {
        FormDocument doc = docs.create(TestDocuments.newNis(office.id()));
        assertThat(docs.history(doc.id())).extracting(Revision::number).containsExactly(1L);

        clock.advance(Duration.ofSeconds(5));
        doc.setTitle("এক");
        docs.save(doc);
        // the creation revision is sealed: the first edit starts revision 2
        assertThat(docs.history(doc.id())).extracting(Revision::number).containsExactly(2L, 1L);

        clock.advance(Duration.ofSeconds(30));
        doc.setTitle("দুই");
        docs.save(doc);
        clock.advance(Duration.ofSeconds(59));
        doc.setTitle("তিন");
        docs.save(doc);
        List<Revision> history = docs.history(doc.id());
        assertThat(history).extracting(Revision::number).containsExactly(2L, 1L);
        assertThat(history.get(0).savedAt()).isEqualTo(clock.instant());
        assertThat(docs.loadRevision(doc.id(), 2).orElseThrow().title()).isEqualTo("তিন");

        clock.advance(Duration.ofSeconds(60));
        doc.setTitle("চার");
        docs.save(doc);
        assertThat(docs.history(doc.id())).extracting(Revision::number).containsExactly(3L, 2L, 1L);
        assertThat(docs.loadRevision(doc.id(), 2).orElseThrow().title()).isEqualTo("তিন");
        assertThat(docs.loadRevision(doc.id(), 3).orElseThrow().title()).isEqualTo("চার");
    }

    @Test
    void aCheckpointAlwaysAddsARevisionThatLaterSavesDoNotOverwrite() {
        FormDocument doc = docs.create(TestDocuments.newNis(office.id()));
        doc.setTitle("খসড়া");
        docs.save(doc);
        clock.advance(Duration.ofSeconds(2));
        doc.setTitle("পাঠানোর আগে");
        docs.saveCheckpoint(doc, "  জেলায় পাঠানোর আগে ");
        clock.advance(Duration.ofSeconds(2));
        doc.setTitle("পরে");
        docs.save(doc);

        List<Revision> history = docs.history(doc.id());
        assertThat(history).extracting(Revision::number).containsExactly(4L, 3L, 2L, 1L);
        assertThat(history.get(1).note()).isEqualTo("জেলায় পাঠানোর আগে");
        assertThat(docs.loadRevision(doc.id(), 3).orElseThrow().title()).isEqualTo("পাঠানোর আগে");
        assertThat(docs.loadRevision(doc.id(), 4).orElseThrow().title()).isEqualTo("পরে");
    }

    @Test
    void restoreMakesAnOldRevisionCurrentAndRecordsItAsANewRevision() {
        FormDocument doc = docs.create(TestDocuments.newNis(office.id()));
        TestDocuments.addFilledRow(doc, "পুরনো কাজ");
        docs.saveCheckpoint(doc, "ভালো অবস্থা");
        String good = json.write(doc, office);
        clock.advance(Duration.ofSeconds(10));
        doc.table("plan").rows().clear();
        doc.setTitle("ভুল করে সব মুছে ফেলা");
        docs.save(doc);

        docs.restore(doc.id(), 2);

        FormDocument current = docs.load(doc.id()).orElseThrow();
        assertThat(json.write(current, office)).isEqualTo(good);
        List<Revision> history = docs.history(doc.id());
        assertThat(history).extracting(Revision::number).containsExactly(4L, 3L, 2L, 1L);
        assertThat(history.get(0).note()).isEqualTo("revision.note.restored:2");
        // a save right after a restore must not overwrite the restore revision
        clock.advance(Duration.ofSeconds(1));
        current.setTitle("আবার সম্পাদনা");
        docs.save(current);
        assertThat(docs.history(doc.id())).hasSize(5);
        assertThat(docs.loadRevision(doc.id(), 4).orElseThrow().title()).isEmpty();
    }

    @Test
    void restoringAMissingRevisionFailsWithAKeyAndChangesNothing() {
        FormDocument doc = docs.create(TestDocuments.newNis(office.id()));
        assertThatThrownBy(() -> docs.restore(doc.id(), 9))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).key()).isEqualTo("store.error.noRevision");
        assertThat(docs.history(doc.id())).hasSize(1);
    }

    @Test
    void aLoadedRevisionIsASeparateCopy() {
        FormDocument doc = docs.create(TestDocuments.newNis(office.id()));
        docs.saveCheckpoint(doc, "");
        FormDocument old = docs.loadRevision(doc.id(), 2).orElseThrow();
        old.setTitle("বদলানো কপি");
        old.table("plan").rows().clear();

        FormDocument again = docs.loadRevision(doc.id(), 2).orElseThrow();
        assertThat(again.title()).isEmpty();
        assertThat(again.table("plan").rows()).hasSameSizeAs(doc.table("plan").rows());
        assertThat(docs.load(doc.id()).orElseThrow().table("plan").rows()).hasSameSizeAs(doc.table("plan").rows());
        assertThat(docs.loadRevision(doc.id(), 99)).isEmpty();
    }

    @Test
    void deleteRemovesTheDocumentAndItsHistory() {
        FormDocument keep = docs.create(TestDocuments.newNis(office.id()));
        FormDocument gone = docs.create(TestDocuments.newNis(office.id()));
        docs.delete(gone.id());
        assertThat(docs.load(gone.id())).isEmpty();
        assertThat(docs.history(gone.id())).isEmpty();
        assertThat(docs.list()).extracting(DocumentSummary::id).containsExactly(keep.id());
    }

    @Test
    void savingADocumentThatIsNotStoredFailsWithAKey() {
        FormDocument doc = TestDocuments.newNis(office.id());
        doc.setId(4242);
        assertThatThrownBy(() -> docs.save(doc)).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).key()).isEqualTo("store.error.noDocument");
    }

    @Test
    void aDocumentNeedsAStoredOffice() {
        assertThatThrownBy(() -> docs.create(TestDocuments.newNis(777))).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).key()).isEqualTo("store.error.noOffice");
        assertThat(docs.list()).isEmpty();
    }

    @Test
    void textSectionsKeepLineBreaksAndSpaces() {
        FormDocument doc = docs.create(TestDocuments.newNis(office.id()));
        // the NIS template has no text section; a signature block carries free text the same way
        var sig = (org.lokkho.domain.document.SignatureContent) doc.section("signatures");
        sig.blocks().add(new org.lokkho.domain.document.SignatureBlock("প্রতিবেদক", "মোঃ  আব্দুল\nকরিম ", "সহকারী কমিশনার", "", "৩০/০৬/২২", "", ""));
        docs.save(doc);
        reopen();
        var back = (org.lokkho.domain.document.SignatureContent) docs.load(doc.id()).orElseThrow().section("signatures");
        assertThat(back.blocks().get(back.blocks().size() - 1).name()).isEqualTo("মোঃ  আব্দুল\nকরিম ");
    }
}
