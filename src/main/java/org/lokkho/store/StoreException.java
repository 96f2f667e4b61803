package org.lokkho.store;

import java.util.Arrays;
import java.util.List;
import org.lokkho.domain.i18n.Messages;

/**
 * Something went wrong with the data folder or the database, as a message key (so the UI and CLI can say it
 * in the user's language) plus the underlying cause for logs. Never a raw SQLException to the callers.
 */
public class StoreException extends RuntimeException {
    private final String key;
    private final transient List<String> args;

    public StoreException(String key, Throwable cause, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)) + (cause == null ? "" : ": " + cause.getMessage()), cause);
        this.key = key;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    public StoreException(String key, Object... args) {
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
