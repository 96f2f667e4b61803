package org.lokkho.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.io.DocumentJson;
import org.lokkho.io.TemplateCatalog;

/** The bundled Khulna sample, typed from the seed, scores as forms-spec.md §8.4 computes by hand. */
class SampleScoresTest {
    private final TemplateCatalog catalog = TemplateCatalog.bundled();

    @Test
    void khulnaCityQ4ReportScores40point83OutOf50() throws Exception {
        FormDocument doc = load("nis-2021-22-khulna-city-q4.json");
        FormTemplate template = catalog.find(doc.templateId(), doc.templateVersion()).orElseThrow();
        ScoreReport report = Scoring.score(template, doc);
        assertThat(report.total()).isEqualByComparingTo("40.83");
        assertThat(report.max()).isEqualByComparingTo("50");
        assertThat(report.percent()).isEqualByComparingTo(new BigDecimal("81.67"));
        assertThat(report.groups()).extracting(g -> g.obtained().toPlainString()).containsExactly("21.33", "7.50", "12.00");
    }

    private FormDocument load(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            return new DocumentJson(catalog).read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).document();
        }
    }
}
