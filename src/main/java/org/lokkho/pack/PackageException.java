package org.lokkho.pack;

import org.lokkho.domain.i18n.Messages;

/** A package cannot be written or read; carries the {@link Finding} to show the officer. */
public class PackageException extends RuntimeException {
    private final Finding finding;

    public PackageException(Reason reason, Object... args) {
        this(null, reason, args);
    }

    public PackageException(Throwable cause, Reason reason, Object... args) {
        super(Finding.of(reason, args).toString(), cause);
        this.finding = Finding.of(reason, args);
    }

    public Finding finding() {
        return finding;
    }

    public String render(Messages messages) {
        return finding.render(messages);
    }
}
