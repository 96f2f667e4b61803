package org.lokkho.pack;

import java.nio.file.Path;
import java.util.List;

/**
 * What the {@code package} command needs from the app, implemented by the composition root with the document store
 * and the PDF exporter, so the pack module does not depend on either.
 */
public interface PackageSource {
    /** The document exchange JSON (io.DocumentJson) of the stored document. */
    byte[] documentJson(long id);

    /** The official PDF layout of the document, unsigned. */
    byte[] documentPdf(long id);

    /** The sending office's name as it should appear in the manifest. */
    String officeName(long id);

    /** The evidence (প্রমাণক) files attached to the document, in the order they should be packed. */
    List<Path> evidence(long id);

    /** The evidence with the entry names it should have in the package; by default the files' own names. */
    default List<EvidenceFile> evidenceFiles(long id) {
        return evidence(id).stream().map(EvidenceFile::of).toList();
    }
}
