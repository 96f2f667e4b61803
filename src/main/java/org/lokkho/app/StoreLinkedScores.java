package org.lokkho.app;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.lokkho.domain.document.DocumentLink;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.scoring.LinkedScores;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.io.TemplateCatalog;

/**
 * Resolves an APA governance row's {@code link:<form>:<id>} by loading that document from the store and scoring it.
 * A link that names a missing document, a document of another form, or one whose template is unknown resolves to
 * nothing, so the row falls back to its hand-entered values (never an error while typing). Links of the linked
 * document are followed too, but a cycle (A links B links A) stops instead of recursing forever.
 */
public final class StoreLinkedScores implements LinkedScores {
    private final DocumentStore documents;
    private final TemplateCatalog templates;
    private final Set<Long> visiting;

    public StoreLinkedScores(DocumentStore documents, TemplateCatalog templates) {
        this(documents, templates, new HashSet<>());
    }

    private StoreLinkedScores(DocumentStore documents, TemplateCatalog templates, Set<Long> visiting) {
        this.documents = documents;
        this.templates = templates;
        this.visiting = visiting;
    }

    @Override
    public Optional<ScoreReport> scoreOf(DocumentLink link) {
        if (!visiting.add(link.documentId())) {
            return Optional.empty();
        }
        try {
            Optional<FormDocument> doc = documents.load(link.documentId());
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            Optional<FormTemplate> template = templates.find(doc.get().templateId(), doc.get().templateVersion());
            if (template.isEmpty() || !link.form().equals(template.get().form()) || template.get().scoring() == null) {
                return Optional.empty();
            }
            return Optional.of(Scoring.score(template.get(), doc.get(), this));
        } catch (RuntimeException e) {
            // An unreadable or unscorable linked document counts as "not available": the hand entry stays in force.
            return Optional.empty();
        } finally {
            visiting.remove(link.documentId());
        }
    }
}
