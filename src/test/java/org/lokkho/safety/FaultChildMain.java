package org.lokkho.safety;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.lokkho.AppContext;
import org.lokkho.app.DocumentSummary;
import org.lokkho.backup.StoreIntegrity;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableRow;
import org.lokkho.store.TestDocuments;

/**
 * The victim of {@link FaultInjectionTest}: opens the data folder exactly as the app does (instance lock, probe,
 * H2 + migrations), checks it, reports what it holds, then edits until it is killed, printing "ACK n" after
 * each save returned. Every fifth operation creates a document; the others change one cell of a document. A
 * background thread keeps making backups, so kills also land during backups.
 *
 * Output: "OPEN docs=K lines=L", then one "DOC id created edit" per document, then "READY", then "ACK n"...
 */
public final class FaultChildMain {
    static final String MARKER = "fault-";

    private FaultChildMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path data = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        AppContext context = new AppContext(data);
        StoreIntegrity.Result integrity = StoreIntegrity.check(context.database(), context.documents());
        if (!integrity.ok()) {
            out.println("BROKEN " + integrity.problem().orElse(""));
            System.exit(2);
        }
        out.println("OPEN docs=" + integrity.documents() + " lines=" + integrity.scriptLines());
        long next = 1;
        for (DocumentSummary s : context.documentService().list()) {
            FormDocument doc = context.documentService().require(s.id());
            long created = number(doc.title());
            long edit = number(row(doc).cell("remarks").raw());
            out.println("DOC " + s.id() + " " + created + " " + edit);
            next = Math.max(next, Math.max(created, edit) + 1);
        }
        out.println("READY");
        AtomicBoolean running = new AtomicBoolean(true);
        Thread backups = new Thread(() -> {
            while (running.get()) {
                try {
                    context.backups().backupNow(context.database());
                    Thread.sleep(150);
                } catch (Exception e) {
                    out.println("BACKUPFAIL " + e);
                }
            }
        });
        backups.setDaemon(true);
        backups.start();
        long officeId = context.offices().list().isEmpty()
                ? context.offices().save(TestDocuments.office("ফল্ট পরীক্ষা কার্যালয়")).id()
                : context.offices().list().get(0).id();
        // "warm": a short run that exits normally, so the JVM can write its class-data archive for the others
        long stopAt = args.length > 2 && args[2].equals("warm") ? next + 10 : Long.MAX_VALUE;
        for (long n = next; n < stopAt; n++) {
            List<DocumentSummary> docs = context.documentService().list();
            if (docs.isEmpty() || n % 5 == 0) {
                FormDocument doc = TestDocuments.newNis(officeId);
                doc.setTitle(MARKER + n);
                TableRow row = TestDocuments.addFilledRow(doc, MARKER + n);
                TestDocuments.type(doc, row, "remarks", MARKER + 0);
                context.documents().create(doc);
                out.println("ACK " + n + " create " + doc.id());
            } else {
                DocumentSummary target = docs.get(random.nextInt(docs.size()));
                FormDocument doc = context.documentService().require(target.id());
                TestDocuments.type(doc, row(doc), "remarks", MARKER + n);
                context.documentService().save(doc);
                out.println("ACK " + n + " edit " + doc.id());
            }
        }
        running.set(false);
        backups.join();
        context.close();
    }

    static TableRow row(FormDocument doc) {
        for (TableRow r : doc.table("plan").rows()) {
            if (r.cell("activity").raw().startsWith(MARKER)) {
                return r;
            }
        }
        throw new IllegalStateException("document " + doc.id() + " has no fault row");
    }

    static long number(String text) {
        return Long.parseLong(text.substring(MARKER.length()));
    }
}
