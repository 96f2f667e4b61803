package org.lokkho.io;

import java.util.List;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.i18n.Problem;

/** A document file that cannot be imported, with every problem found and where (a JSON path such as sections.plan.rows[3]). */
public final class DocumentFormatException extends Exception {
    private final transient List<Located> problems;

    public record Located(String path, Problem problem) {
        public String render(Messages messages) {
            return path.isEmpty() ? problem.render(messages) : path + ": " + problem.render(messages);
        }
    }

    public DocumentFormatException(List<Located> problems) {
        super(problems.isEmpty() ? "bad document" : problems.get(0).path() + ": " + problems.get(0).problem().key());
        this.problems = List.copyOf(problems);
    }

    public List<Located> problems() {
        return problems;
    }

    public String render(Messages messages) {
        return String.join("\n", problems.stream().map(p -> p.render(messages)).toList());
    }
}
