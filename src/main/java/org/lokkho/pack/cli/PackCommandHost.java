package org.lokkho.pack.cli;

import java.nio.file.Path;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.ClosablePackageSource;

/**
 * The root command the pack commands run under ({@code lokkho}): it owns the inherited {@code --data-dir} and
 * {@code --lang} options (picocli refuses a subcommand repeating them) and opens the document store on demand.
 * Keys live in {@code <dataFolder>/keys}, trusted certificates in {@code <dataFolder>/trust}.
 */
public interface PackCommandHost {
    Messages messages();

    /** The data folder, created if missing; only known once the whole command line is parsed. */
    Path dataFolder();

    /** Whether errors should print their stack trace. */
    default boolean verbose() {
        return false;
    }

    /** The app's documents for {@code package}; the caller closes it (which closes the database). */
    ClosablePackageSource openPackageSource();
}
