package org.lokkho.pdf;

/** Told how far an export has got, from 0 to 1 (for a progress bar). Called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = fraction -> { };

    void update(double fraction);
}
