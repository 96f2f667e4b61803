package org.lokkho.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.app.AppException;
import org.lokkho.app.DocumentSummary;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.io.DocumentFormatException;
import org.lokkho.io.DocumentJson;
import org.lokkho.store.TestDocuments;

/**
 * Hostile document files, thousands of them from a fixed seed: whatever the input, reading gives a document or
 * a DocumentFormatException whose every problem has a real message in both languages, and an import that
 * fails leaves the store exactly as it was.
 */
class DocumentJsonFuzzTest {
    private static final long SEED = 6_2026L;
    private static final DocumentJson JSON = new DocumentJson(TestDocuments.CATALOG);
    private static final Messages EN = Messages.english();
    private static final Messages BN = Messages.bengali();

    @TempDir
    Path dir;

    static String sample() {
        Office office = TestDocuments.office("উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার").withId(1);
        FormDocument doc = TestDocuments.newNis(1);
        doc.setTitle("নমুনা");
        TestDocuments.addFilledRow(doc, "সভা আয়োজন");
        TestDocuments.addFilledRow(doc, "প্রশিক্ষণ");
        // new rows get random UUIDs; fixed ids keep every run's inputs identical
        String json = JSON.write(doc, office);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(json);
        StringBuilder fixed = new StringBuilder();
        int n = 0;
        while (m.find()) {
            m.appendReplacement(fixed, String.format("00000000-0000-0000-0000-%012d", ++n));
        }
        m.appendTail(fixed);
        return fixed.toString();
    }

    static List<String> samples() throws Exception {
        List<String> out = new ArrayList<>();
        out.add(sample());
        var bundled = DocumentJsonFuzzTest.class.getResource("/test-samples/savar-q2.json");
        if (bundled != null) {
            out.add(Files.readString(Path.of(bundled.toURI())));
        }
        return out;
    }

    /** Checks one outcome; returns a description of what went wrong, "" for a clean rejection, or null if accepted. */
    static String judge(String input) {
        try {
            JSON.read(input);
            return null;
        } catch (DocumentFormatException e) {
            if (e.problems().isEmpty()) {
                return "no problems listed";
            }
            for (DocumentFormatException.Located p : e.problems()) {
                for (Messages m : List.of(EN, BN)) {
                    String text = p.problem().render(m);
                    if (text == null || text.isBlank() || text.equals(p.problem().key())) {
                        return "no message for key " + p.problem().key();
                    }
                }
            }
            return e.render(EN).isBlank() ? "blank message" : "";
        } catch (Throwable t) {
            return "uncaught " + t;
        }
    }

    @Test
    void readingHostileFilesGivesADocumentOrAClearFormatError() throws Exception {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int rejected = 0;
        java.util.Map<String, Long> nanos = new java.util.TreeMap<>();
        long inputsHash = 0;
        for (String sample : samples()) {
            assertThat(judge(sample)).isNull();
            JsonMutator mutator = new JsonMutator(sample, new Random(SEED));
            for (int i = 0; i < 2500; i++) {
                String input = mutator.next();
                inputsHash = inputsHash * 31 + input.hashCode();
                long t = System.nanoTime();
                String verdict = judge(input);
                nanos.merge(mutator.lastKind(), System.nanoTime() - t, Long::sum);
                cases++;
                if ("".equals(verdict)) {
                    rejected++;
                } else if (verdict != null) {
                    failures.add("case " + i + ": " + verdict + " for " + abbreviate(input));
                }
            }
        }
        nanos.forEach((k, v) -> System.out.printf("  %s %.1f s%n", k, v / 1e9));
        System.out.println("  inputs hash " + inputsHash);
        System.out.printf("FUZZ DocumentJson.read cases=%d rejected=%d accepted=%d failures=%d seconds=%.1f%n", cases, rejected,
                cases - rejected - failures.size(), failures.size(), (System.nanoTime() - started) / 1e9);
        assertThat(failures).as("inputs not handled cleanly").isEmpty();
        assertThat(rejected).isGreaterThan(cases / 2);
    }

    @Test
    void aFailedImportLeavesTheStoreUnchanged() throws Exception {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int rejected = 0;
        int imported = 0;
        int knownFinding = 0;
        try (AppContext context = new AppContext(dir.resolve("data"), Messages.ENGLISH)) {
            var service = context.documentService();
            String sample = sample();
            long baseline = service.importJson(sample).id();
            String baselineJson = service.exportJson(baseline);
            List<DocumentSummary> before = service.list();
            List<Office> officesBefore = context.offices().list();
            JsonMutator mutator = new JsonMutator(sample, new Random(SEED + 1));
            for (int i = 0; i < 1000; i++) {
                String input = mutator.next();
                cases++;
                try {
                    FormDocument doc = service.importJson(input);
                    imported++;
                    // accepted input is a real document; take it out again so the next case compares with the baseline
                    context.documents().delete(doc.id());
                    before = service.list();
                    officesBefore = context.offices().list();
                    continue;
                } catch (DocumentFormatException e) {
                    rejected++;
                } catch (AppException e) {
                    if (isKnownOverLongFinding(e)) {
                        // reported finding (see anOverLongTitleIsAFormatErrorAndChangesNothing); still checked below
                        knownFinding++;
                    } else {
                        failures.add("case " + i + ": not a format error but " + e.key() + " " + abbreviate(e.render(Messages.english())));
                    }
                } catch (Throwable t) {
                    failures.add("case " + i + ": uncaught " + t);
                }
                if (!service.list().equals(before) || !context.offices().list().equals(officesBefore)) {
                    failures.add("case " + i + ": the store changed after a failed import of " + abbreviate(input));
                    before = service.list();
                    officesBefore = context.offices().list();
                }
            }
            assertThat(service.exportJson(baseline)).isEqualTo(baselineJson);
        }
        System.out.printf("FUZZ import cases=%d rejected=%d imported=%d knownOverLongFinding=%d failures=%d seconds=%.1f%n", cases,
                rejected, imported, knownFinding, failures.size(), (System.nanoTime() - started) / 1e9);
        failures.stream().limit(10).forEach(System.out::println);
        assertThat(failures).as("imports not handled cleanly").isEmpty();
    }

    /**
     * Found by the fuzz test: a title over 1000 characters (or an office name over 500) used to pass
     * DocumentJson.read and then fail in the database after the office had been created. Now the reader refuses it.
     */
    @Test
    void anOverLongTitleIsAFormatErrorAndChangesNothing() throws Exception {
        try (AppContext context = new AppContext(dir.resolve("data"), Messages.ENGLISH)) {
            Office office = TestDocuments.office("অফিস").withId(1);
            FormDocument doc = TestDocuments.newNis(1);
            doc.setTitle("ক".repeat(5000));
            String input = JSON.write(doc, office);
            org.junit.jupiter.api.Assertions.assertThrows(DocumentFormatException.class, () -> context.documentService().importJson(input));
            assertThat(context.offices().list()).isEmpty();
        }
    }

    /** The over-long title/office name finding: H2 refuses the value (store.error.sql, "Value too long"). */
    private static boolean isKnownOverLongFinding(AppException e) {
        return false; // fixed: the reader refuses over-long fields (kept so the counter still prints)
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "… (" + s.length() + " chars)" : one;
    }
}
