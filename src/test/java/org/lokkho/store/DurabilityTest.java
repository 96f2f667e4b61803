package org.lokkho.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableRow;
import org.lokkho.io.DocumentJson;

/** A killed process (the closest a test gets to a power cut) must not lose a save that returned. */
class DurabilityTest {
    @TempDir
    Path dir;

    private final DocumentJson json = new DocumentJson(TestDocuments.CATALOG);

    @Test
    void aSaveThatReturnedSurvivesTheProcessBeingKilled() throws Exception {
        long id = createDocument();
        String title = "বিদ্যুৎ চলে যাওয়ার ঠিক আগে লেখা";

        Process child = startChild("save", dir.toString(), Long.toString(id), title);
        try {
            awaitAck(child);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        try (H2Database db = H2Database.open(dir)) {
            FormDocument doc = new H2DocumentStore(db, json).load(id).orElseThrow();
            assertThat(doc.title()).isEqualTo(title);
            List<TableRow> rows = doc.table("plan").rows();
            TableRow last = rows.get(rows.size() - 1);
            assertThat(last.cell("activity").raw()).isEqualTo(title);
            assertThat(last.cell("q4").raw()).isEqualTo("৩৩");
        }
    }

    @Test
    void aFileOpenInAnotherProcessGivesTheLockedKey() throws Exception {
        createDocument();
        Process child = startChild("hold", dir.toString());
        try {
            awaitAck(child);
            assertThatThrownBy(() -> H2Database.open(dir)).isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).key()).isEqualTo("store.error.locked");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        // the killed holder leaves no stale lock behind
        try (H2Database db = H2Database.open(dir)) {
            assertThat(new H2DocumentStore(db, json).list()).hasSize(1);
        }
    }

    private long createDocument() {
        try (H2Database db = H2Database.open(dir)) {
            H2OfficeStore offices = new H2OfficeStore(db);
            long officeId = offices.save(TestDocuments.office("জেলা প্রশাসকের কার্যালয়, গাজীপুর")).id();
            return new H2DocumentStore(db, json).create(TestDocuments.newNis(officeId)).id();
        }
    }

    private static Process startChild(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ChildProcessMain.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static void awaitAck(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals("ACK")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        throw new AssertionError("child exited without ACK, exit code " + (child.isAlive() ? "running" : child.exitValue()));
    }
}
