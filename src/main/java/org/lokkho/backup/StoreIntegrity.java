package org.lokkho.backup;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.lokkho.app.AppException;
import org.lokkho.app.DocumentSummary;
import org.lokkho.store.H2Database;
import org.lokkho.store.H2DocumentStore;

/**
 * Reads everything in a store once: H2's {@code SCRIPT} walks every row of every table (so a damaged page
 * shows up as an error, not later as a lost document), then every document is loaded and its content parsed.
 */
public final class StoreIntegrity {
    private StoreIntegrity() {
    }

    /** The outcome: how much was read, and the first problem met (empty when all is well). */
    public record Result(int documents, long scriptLines, Optional<String> problem) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    public static Result check(H2Database db, H2DocumentStore documents) {
        long lines;
        try {
            lines = db.read(c -> {
                long n = 0;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                    while (rs.next()) {
                        rs.getString(1);
                        n++;
                    }
                }
                return n;
            });
        } catch (AppException | IllegalStateException e) {
            return new Result(0, 0, Optional.of("SCRIPT: " + e.getMessage()));
        }
        List<DocumentSummary> list;
        try {
            list = documents.list();
        } catch (AppException | IllegalArgumentException e) {
            return new Result(0, lines, Optional.of("list: " + e.getMessage()));
        }
        for (DocumentSummary d : list) {
            try {
                if (documents.load(d.id()).isEmpty()) {
                    return new Result(list.size(), lines, Optional.of("document " + d.id() + " vanished"));
                }
            } catch (AppException e) {
                return new Result(list.size(), lines, Optional.of("document " + d.id() + ": " + e.getMessage()));
            }
        }
        return new Result(list.size(), lines, Optional.empty());
    }
}
