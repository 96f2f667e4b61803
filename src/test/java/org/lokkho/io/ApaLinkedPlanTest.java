package org.lokkho.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.document.DocumentLink;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.scoring.ApaScores;
import org.lokkho.domain.scoring.LinkedScores;
import org.lokkho.domain.scoring.RowScore;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.FormTemplate;

/**
 * The APA's NIS row linked to a real NIS document (the bundled Khulna City Q4 2021-22 sample), scored by its own
 * rule: the APA row takes that report's percentage; and a monitored APA survives the document JSON unchanged.
 */
class ApaLinkedPlanTest {
    private static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    private static final FormTemplate APA = CATALOG.latest("apa-2023-24-field").orElseThrow();
    private final DocumentJson json = new DocumentJson(CATALOG);

    private FormDocument read(String sample) throws Exception {
        return json.read(BundledJson.text("/samples/" + sample)).document();
    }

    private static TableRow row(FormDocument doc, String id) {
        return doc.table("section3").rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theNisRowTakesTheLinkedReportsPercentage() throws Exception {
        FormDocument nis = read("nis-2021-22-khulna-city-q4.json");
        FormTemplate nisTemplate = CATALOG.find(nis.templateId(), nis.templateVersion()).orElseThrow();
        ScoreReport nisReport = Scoring.score(nisTemplate, nis);
        assertThat(nisReport.percent().signum()).isPositive();

        FormDocument apa = read("apa-2023-24-karaitoli-lcs.json");
        row(apa, "gov-nis").setCell("link", CellParser.parse("link:nis:17", ColumnType.TEXT).value());
        LinkedScores store = link -> link.equals(new DocumentLink("nis", 17)) ? Optional.of(nisReport) : Optional.empty();
        RowScore scored = Scoring.score(APA, apa, store).row("gov-nis").orElseThrow();

        assertThat(scored.achieved().number()).isEqualByComparingTo(nisReport.percent());
        BigDecimal p = nisReport.percent();
        // The targets are 100/90/80/70/60, so r equals the percentage from 60 up, and the score is a tenth of it.
        BigDecimal expected = p.compareTo(BigDecimal.valueOf(60)) < 0 ? BigDecimal.ZERO : p.min(BigDecimal.valueOf(100));
        assertThat(ApaScores.rawPercents(APA, apa, store).get("gov-nis")).isEqualByComparingTo(expected);
        assertThat(scored.obtained()).isEqualByComparingTo(expected.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
    }

    @Test
    void aMonitoredAgreementRoundTripsThroughTheDocumentJson() throws Exception {
        FormDocument apa = read("apa-2023-24-karaitoli-lcs.json");
        apa.setPeriod(Period.H1);
        TableRow service = row(apa, "ind-2-3-1");
        service.setCell("q1", CellParser.parse(".০০১", ColumnType.VALUE).value());
        service.setCell("q2", CellParser.parse(".০০২", ColumnType.VALUE).value());
        service.setCell("direction", CellParser.parse("বেশি হলে ভালো", ColumnType.CHOICE).value());
        row(apa, "gov-grs").setCell("link", CellParser.parse("link:grs:9", ColumnType.TEXT).value());
        row(apa, "gov-grs").setCell("q2", CellParser.parse("৮৫", ColumnType.VALUE).value());

        String written = json.write(apa, new org.lokkho.domain.document.Office(0, "কড়ইতলী স্থল শুল্ক স্টেশন", "", "", "", "", "", "", "", "", ""));
        FormDocument back = json.read(written).document();
        assertThat(json.write(back, json.read(written).office())).isEqualTo(written);
        assertThat(back.period()).isEqualTo(Period.H1);
        assertThat(DocumentLink.parse(row(back, "gov-grs").cell("link").raw())).contains(new DocumentLink("grs", 9));

        ScoreReport report = Scoring.score(APA, back);
        // .003 against .0037 / .001 …: 90 + (.003 − .001)/(.0037 − .001) × 10 = 97.41 → 8 × 0.9741.
        assertThat(report.row("ind-2-3-1").orElseThrow().obtained()).as(report.row("ind-2-3-1").toString()).isEqualByComparingTo("7.79");
        // No resolver: the hand-entered 85 counts, r = 85 → 4 × 0.85.
        assertThat(report.row("gov-grs").orElseThrow().obtained()).isEqualByComparingTo("3.40");
    }
}
