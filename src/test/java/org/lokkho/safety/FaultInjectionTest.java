package org.lokkho.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.backup.BackupContents;
import org.lokkho.backup.BackupFile;
import org.lokkho.backup.BackupInspector;
import org.lokkho.backup.BackupService;
import org.lokkho.backup.StoreFixture;
import org.lokkho.backup.StoreIntegrity;

/**
 * Kills a real child JVM (kill -9) at random moments while it saves edits and makes backups, over and over on
 * one data folder. After every restart each acknowledged edit must be there, nothing but the one edit in flight
 * may appear unacknowledged, and the store must open as the app opens it (no repair step) and read completely.
 * The number of kills is -Dlokkho.faultKills (default 50); the seed is fixed, so a failure can be replayed.
 */
class FaultInjectionTest {
    private static final int KILLS = Integer.getInteger("lokkho.faultKills", 50);
    private static final long SEED = Long.getLong("lokkho.faultSeed", 20261122L);

    @TempDir
    Path dir;

    /** What the children acknowledged, cumulatively. */
    private final Map<Long, Long> createdAt = new HashMap<>();
    private final Map<Long, Long> lastAckedEdit = new HashMap<>();
    private long inFlight = -1;
    private int acks;
    private int verifiedRestarts;
    private int killsBeforeReady;
    private int killsWhileEditing;
    private int backupFailures;
    /** One line per cycle, printed if a check fails (to see which kill lost what). */
    private final List<String> history = new ArrayList<>();
    private List<String> previousSeen = List.of();

    @Test
    void everyAcknowledgedEditSurvivesKillDashNine() throws Exception {
        Path data = dir.resolve("data");
        Random random = new Random(SEED);
        long started = System.nanoTime();
        for (int cycle = 0; cycle < KILLS; cycle++) {
            runAndKill(data, random, cycle);
        }
        // a last, clean start the way the window starts
        try (AppContext context = new AppContext(data)) {
            StoreIntegrity.Result integrity = StoreIntegrity.check(context.database(), context.documents());
            assertThat(integrity.problem()).isEmpty();
            // every acknowledged document, plus at most the one created in flight at the last kill
            assertThat(integrity.documents()).isBetween(createdAt.size(), createdAt.size() + 1);
        }
        int backups = checkBackups(data);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("FAULT-INJECTION kills=%d (before ready %d, while editing %d) acknowledgedEdits=%d "
                        + "verifiedRestarts=%d documents=%d backupsChecked=%d lost=0 seconds=%.1f%n",
                KILLS, killsBeforeReady, killsWhileEditing, acks, verifiedRestarts, createdAt.size(), backups, seconds);
        assertThat(backupFailures).as("backups taken while saving never fail").isZero();
        assertThat(killsWhileEditing).isGreaterThan(KILLS / 2);
        assertThat(acks).isGreaterThan(KILLS);
    }

    private void runAndKill(Path data, Random random, int cycle) throws Exception {
        Path output = dir.resolve("child-" + cycle + ".out");
        ChildJvm child = ChildJvm.start(output, FaultChildMain.class, data.toString(), Long.toString(SEED + cycle));
        boolean early = random.nextInt(10) == 0;
        if (early) {
            // while the JVM starts, takes the lock, probes and opens the store
            Thread.sleep(random.nextInt(1200));
        } else {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!completeLines(output).contains("READY")) {
                List<String> sofar = completeLines(output);
                assertThat(sofar).as("child output").noneMatch(l -> l.startsWith("BROKEN"));
                assertThat(child.process().isAlive() || completeLines(output).contains("READY"))
                        .as("child died before READY: %s", sofar).isTrue();
                assertThat(System.nanoTime()).as("child started in time").isLessThan(deadline);
                Thread.sleep(10);
            }
            Thread.sleep(random.nextInt(400));
        }
        child.kill();
        List<String> seen = completeLines(output);
        boolean ready = seen.contains("READY");
        history.add("cycle " + cycle + (early ? " early" : "") + (ready ? " ready" : "") + " lines=" + seen.size()
                + " first=" + seen.stream().filter(l -> l.startsWith("ACK")).findFirst().orElse("-")
                + " last=" + seen.stream().filter(l -> l.startsWith("ACK")).reduce((a, b) -> b).orElse("-")
                + " inFlightBefore=" + inFlight + " exit=" + child.process().exitValue());
        if (ready) {
            try {
                verifyOpen(seen);
            } catch (AssertionError e) {
                history.forEach(System.out::println);
                System.out.println("previous cycle's lines: " + previousSeen);
                System.out.println("this cycle's lines: " + seen);
                throw e;
            }
            verifiedRestarts++;
            killsWhileEditing++;
        } else {
            killsBeforeReady++;
        }
        recordAcks(seen);
        previousSeen = seen;
    }

    /**
     * The lines the child finished writing. A line cut off by the kill (no newline yet) is dropped: its save
     * counts as not acknowledged, which is the cautious reading.
     */
    private static List<String> completeLines(Path output) throws IOException {
        if (!Files.exists(output)) {
            return List.of();
        }
        String text = Files.readString(output, java.nio.charset.StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : text.substring(0, end).lines().toList();
    }

    /** The state the restarted child found, against everything acknowledged before. */
    private void verifyOpen(List<String> seen) {
        Map<Long, long[]> found = new HashMap<>();
        for (String line : seen) {
            if (line.startsWith("BROKEN")) {
                throw new AssertionError("store failed its integrity check after a kill: " + line);
            }
            if (line.startsWith("DOC ")) {
                String[] p = line.split(" ");
                found.put(Long.parseLong(p[1]), new long[] {Long.parseLong(p[2]), Long.parseLong(p[3])});
            }
            if (line.equals("READY")) {
                break;
            }
        }
        for (Map.Entry<Long, Long> e : createdAt.entrySet()) {
            assertThat(found).as("acknowledged document %d", e.getKey()).containsKey(e.getKey());
            assertThat(found.get(e.getKey())[0]).isEqualTo(e.getValue());
        }
        for (Map.Entry<Long, long[]> e : found.entrySet()) {
            long id = e.getKey();
            long created = e.getValue()[0];
            long edit = e.getValue()[1];
            if (!createdAt.containsKey(id)) {
                // only the create in flight at the kill may appear without an ACK
                assertThat(created).as("unacknowledged document %d", id).isEqualTo(inFlight);
                createdAt.put(id, created);
            }
            long acked = lastAckedEdit.getOrDefault(id, 0L);
            assertThat(edit).as("document %d keeps its acknowledged edit %d", id, acked).isGreaterThanOrEqualTo(acked);
            if (edit != acked) {
                assertThat(edit).as("document %d: only the edit in flight may appear unacknowledged", id).isEqualTo(inFlight);
                lastAckedEdit.put(id, edit);
            }
        }
    }

    private void recordAcks(List<String> seen) {
        long last = -1;
        long next = -1;
        for (String line : seen) {
            if (line.startsWith("DOC ")) {
                String[] p = line.split(" ");
                next = Math.max(next, Math.max(Long.parseLong(p[2]), Long.parseLong(p[3])) + 1);
            } else if (line.startsWith("BACKUPFAIL")) {
                backupFailures++;
                System.out.println(line);
            } else if (line.startsWith("ACK ")) {
                String[] p = line.split(" ");
                long n = Long.parseLong(p[1]);
                long id = Long.parseLong(p[3]);
                if (p[2].equals("create")) {
                    createdAt.put(id, n);
                } else {
                    lastAckedEdit.put(id, n);
                }
                last = n;
                acks++;
            }
        }
        if (seen.contains("READY")) {
            inFlight = last >= 0 ? last + 1 : Math.max(next, 1);
        }
        // a child killed before READY made no edits: the edit in flight stays what it was
    }

    /** Every finished-looking backup is a whole zip; the newest opens and reads completely. */
    private int checkBackups(Path data) throws IOException {
        List<BackupFile> all = BackupService.listIn(data.resolve("backups"));
        for (BackupFile b : all) {
            try (ZipFile zip = new ZipFile(b.path().toFile())) {
                assertThat(zip.stream().anyMatch(e -> e.getName().endsWith(".mv.db"))).isTrue();
            }
        }
        if (!all.isEmpty()) {
            BackupContents newest = new BackupInspector(StoreFixture.JSON).inspect(all.get(0).path());
            assertThat(newest.problem()).isEmpty();
        }
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".zip") && BackupFile.parse(p).isEmpty()).toList())
                    .as("no partial backup under a finished name").isEmpty();
        }
        return all.size();
    }
}
