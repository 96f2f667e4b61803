package org.lokkho.ui;

import java.util.List;
import org.lokkho.AppContext;
import org.lokkho.app.AppException;
import org.lokkho.app.AppPackageSource;
import org.lokkho.app.Samples;
import org.lokkho.app.StoreLinkedScores;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.scoring.LinkedScores;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.ui.model.DocumentScorer;
import org.lokkho.app.StoreLinkedScores;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.scoring.LinkedScores;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.ui.model.DocumentScorer;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.ui.model.DomainCellChecker;
import org.lokkho.ui.model.UiServices;

/** Builds the window's services from the app's composition root. */
public final class Services {
    /** The example opened by "open the example office": the first bundled sample with a score (NIS 2021-22). */
    static final String PREFERRED_EXAMPLE = "nis-2021-22-khulna-city-q4";

    private Services() {
    }

    public static UiServices from(AppContext ctx) {
        return new UiServices(ctx.offices(), ctx.documents(), ctx.templates(), ctx.documentJson(), new LinkedScorer(ctx),
                new DomainCellChecker(), new BundledExamples(ctx), ctx.dataDir(), new AppPackageSource(ctx),
                ctx.evidenceService());
    }

    /** {@code Scoring.score} with APA governance links resolved from the store (the NIS report's percentage). */
    private record LinkedScorer(AppContext ctx) implements DocumentScorer {
        @Override
        public ScoreReport score(FormTemplate template, FormDocument document) {
            return Scoring.score(template, document, linked());
        }

        @Override
        public LinkedScores linked() {
            return new StoreLinkedScores(ctx.documents(), ctx.templates());
        }
    }

    private record BundledExamples(AppContext ctx) implements UiServices.Examples {
        @Override
        public List<UiServices.Example> list() {
            return ctx.documentService().samples().stream().map(this::describe).toList();
        }

        /** The index may give no title; then "form — office — fiscal year" from the sample itself. */
        private UiServices.Example describe(Samples.Sample s) {
            if (!s.titleBn().isBlank()) {
                return new UiServices.Example(s.id(), s.titleBn(), s.titleEn().isBlank() ? s.titleBn() : s.titleEn());
            }
            try {
                var imported = ctx.documentJson().read(Samples.BUNDLED.read(s));
                var doc = imported.document();
                var template = ctx.templates().find(doc.templateId(), doc.templateVersion()).orElseThrow();
                String bn = template.title().bn() + " — " + imported.office().nameBn() + " — " + doc.fiscalYear().shortLabel();
                String en = template.title().en() + " — " + (imported.office().nameEn().isBlank() ? imported.office().nameBn()
                        : imported.office().nameEn()) + " — " + doc.fiscalYear().code();
                return new UiServices.Example(s.id(), bn, en);
            } catch (Exception e) {
                return new UiServices.Example(s.id(), s.id(), s.id());
            }
        }

        @Override
        public String preferred() {
            List<Samples.Sample> samples = ctx.documentService().samples();
            if (samples.isEmpty()) {
                throw new AppException("app.error.noSample", PREFERRED_EXAMPLE);
            }
            return samples.stream().map(Samples.Sample::id).filter(PREFERRED_EXAMPLE::equals).findFirst()
                    .orElse(samples.get(0).id());
        }

        @Override
        public long open(String id) {
            return ctx.documentService().openSample(id).id();
        }
    }
}
