package org.lokkho.ui.model;

import java.nio.file.Path;
import java.util.List;
import org.lokkho.app.DocumentStore;
import org.lokkho.app.EvidenceService;
import org.lokkho.app.OfficeStore;
import org.lokkho.io.DocumentJson;
import org.lokkho.io.TemplateCatalog;
import org.lokkho.pack.PackageSource;

/** Everything the window needs from the rest of the app, built once by the composition root. */
public record UiServices(OfficeStore offices, DocumentStore documents, TemplateCatalog templates, DocumentJson json,
                         DocumentScorer scorer, CellChecker checker, Examples examples, Path dataDir,
                         PackageSource packages, EvidenceService evidence) {

    /** Without evidence files (attachments are then not offered). */
    public UiServices(OfficeStore offices, DocumentStore documents, TemplateCatalog templates, DocumentJson json,
                      DocumentScorer scorer, CellChecker checker, Examples examples, Path dataDir, PackageSource packages) {
        this(offices, documents, templates, json, scorer, checker, examples, dataDir, packages, null);
    }

    /** A bundled example document with its office. */
    public record Example(String id, String titleBn, String titleEn) {
    }

    /** The bundled examples; opening one copies it (office and document) into the store. */
    public interface Examples {
        List<Example> list();

        /** The example shown first ("open the example office"). */
        String preferred();

        /** Returns the new document's id. */
        long open(String id) throws Exception;
    }
}
