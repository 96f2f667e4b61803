package org.lokkho.pack.delivery;

import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.i18n.Problem;

/** A copy to a USB stick or folder that did not come back intact. */
public class DeliveryException extends RuntimeException {
    private final Problem problem;

    public DeliveryException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.problem = Problem.error(key, args);
    }

    public Problem problem() {
        return problem;
    }

    public String render(Messages messages) {
        return problem.render(messages);
    }
}
