package org.lokkho.ui.model;

import org.lokkho.app.DocumentStore;
import org.lokkho.app.OfficeStore;
import org.lokkho.io.DocumentJson;
import org.lokkho.io.TemplateCatalog;

/** Everything the window needs from the rest of the app, built once by the composition root. */
public record UiServices(OfficeStore offices, DocumentStore documents, TemplateCatalog templates, DocumentJson json,
                         DocumentScorer scorer, CellChecker checker, ExampleOpener examples) {

    /** Imports the bundled example (office and document) into the store; returns the new document's id. */
    @FunctionalInterface
    public interface ExampleOpener {
        long openExample() throws Exception;
    }
}
