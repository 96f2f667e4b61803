package org.lokkho.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.app.Revision;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.io.DocumentJson;

/** The UI saves from a background thread while the list and history are read on another. */
class ConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void savesFromSeveralThreadsAllLandAndReadersNeverFail() throws Exception {
        DocumentJson json = new DocumentJson(TestDocuments.CATALOG);
        try (H2Database db = H2Database.open(dir)) {
            H2OfficeStore offices = new H2OfficeStore(db);
            H2DocumentStore docs = new H2DocumentStore(db, json);
            long officeId = offices.save(TestDocuments.office("উপজেলা পরিষদ")).id();
            List<FormDocument> created = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                created.add(docs.create(TestDocuments.newNis(officeId)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(5);
            List<Future<?>> futures = new ArrayList<>();
            for (FormDocument doc : created) {
                futures.add(pool.submit(() -> {
                    for (int n = 1; n <= 15; n++) {
                        doc.setTitle("সংস্করণ " + n);
                        if (n % 5 == 0) {
                            docs.saveCheckpoint(doc, "চেকপয়েন্ট " + n);
                        } else {
                            docs.save(doc);
                        }
                    }
                    return null;
                }));
            }
            futures.add(pool.submit(() -> {
                for (int n = 0; n < 30; n++) {
                    assertThat(docs.list()).hasSize(4);
                    docs.history(created.get(0).id());
                }
                return null;
            }));
            pool.shutdown();
            assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
            for (Future<?> f : futures) {
                f.get();
            }
            for (FormDocument doc : created) {
                assertThat(docs.load(doc.id()).orElseThrow().title()).isEqualTo("সংস্করণ 15");
                List<Revision> history = docs.history(doc.id());
                // creation, then per five saves: coalesced autosaves + a sealed checkpoint
                assertThat(history).extracting(Revision::number).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
                assertThat(history.get(0).note()).isEqualTo("চেকপয়েন্ট 15");
            }
        }
    }
}
