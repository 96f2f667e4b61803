package org.lokkho.ui;

import org.lokkho.AppContext;
import org.lokkho.app.AppException;
import org.lokkho.app.Samples;
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
        return new UiServices(ctx.offices(), ctx.documents(), ctx.templates(), ctx.documentJson(), Scoring::score,
                new DomainCellChecker(), () -> openExample(ctx));
    }

    private static long openExample(AppContext ctx) {
        var samples = ctx.documentService().samples();
        if (samples.isEmpty()) {
            throw new AppException("app.error.noSample", PREFERRED_EXAMPLE);
        }
        String id = samples.stream().map(Samples.Sample::id).filter(PREFERRED_EXAMPLE::equals).findFirst()
                .orElse(samples.get(0).id());
        return ctx.documentService().openSample(id).id();
    }
}
