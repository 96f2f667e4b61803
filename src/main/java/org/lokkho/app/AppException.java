package org.lokkho.app;

import java.util.Arrays;
import java.util.List;
import org.lokkho.domain.i18n.Messages;

/**
 * A failure the user can understand: a message key from the i18n bundles plus its arguments, so the UI and the
 * CLI each say it in the user's language. The cause, if any, is kept for --verbose and logs.
 */
public class AppException extends RuntimeException {
    private final String key;
    private final transient List<String> args;

    public AppException(String key, Throwable cause, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)) + (cause == null ? "" : ": " + cause.getMessage()), cause);
        this.key = key;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    public AppException(String key, Object... args) {
        this(key, null, args);
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }

    public String render(Messages messages) {
        return messages.get(key, args.toArray());
    }
}
