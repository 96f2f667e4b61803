package org.lokkho.pack.identity;

import java.util.List;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.i18n.Problem;

/** A key or certificate problem the officer can act on; carries a message key so it is shown in the UI language. */
public class IdentityException extends RuntimeException {
    private final Problem problem;

    public IdentityException(String key, Object... args) {
        this(null, key, args);
    }

    public IdentityException(Throwable cause, String key, Object... args) {
        super(key + " " + List.of(args), cause);
        this.problem = Problem.error(key, args);
    }

    public Problem problem() {
        return problem;
    }

    public String render(Messages messages) {
        return problem.render(messages);
    }
}
