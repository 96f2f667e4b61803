package org.lokkho.store;

import java.nio.file.Path;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableRow;
import org.lokkho.io.DocumentJson;

/**
 * Run in a separate JVM by the durability tests. "save DIR ID TITLE": opens the store, makes one edit, saves,
 * prints ACK and waits to be killed (never closing the database). "hold DIR": opens the store and waits.
 */
public final class ChildProcessMain {
    private ChildProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        H2Database db = H2Database.open(Path.of(args[1]));
        if ("save".equals(args[0])) {
            H2DocumentStore docs = new H2DocumentStore(db, new DocumentJson(TestDocuments.CATALOG));
            FormDocument doc = docs.load(Long.parseLong(args[2])).orElseThrow();
            doc.setTitle(args[3]);
            TableRow row = TestDocuments.addFilledRow(doc, args[3]);
            TestDocuments.type(doc, row, "q4", "৩৩");
            docs.save(doc);
        }
        System.out.println("ACK");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
