package org.lokkho.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.scoring.RowScore;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.io.DocumentJson;
import org.lokkho.io.TemplateCatalog;
import org.lokkho.store.H2Database;
import org.lokkho.store.H2DocumentStore;
import org.lokkho.store.H2OfficeStore;

/** The APA's governance rows linked to documents stored in a real H2 file, scored through the service. */
class ApaDocumentServiceTest {
    @TempDir
    Path dir;

    private H2Database db;
    private DocumentService service;

    @BeforeEach
    void open() {
        db = H2Database.open(dir.resolve("data"));
        TemplateCatalog catalog = TemplateCatalog.bundled();
        DocumentJson json = new DocumentJson(catalog);
        service = new DocumentService(catalog, new H2OfficeStore(db), new H2DocumentStore(db, json), json, Samples.BUNDLED);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static TableRow row(FormDocument doc, String id) {
        return doc.table("section3").rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private RowScore nisRowLinkedTo(String link) {
        FormDocument apa = service.openSample("apa-2023-24-karaitoli-lcs");
        row(apa, "gov-nis").setCell("link", CellParser.parse(link, ColumnType.TEXT).value());
        row(apa, "gov-nis").setCell("q4", CellParser.parse("৬৫", ColumnType.VALUE).value());
        service.save(apa);
        return service.score(service.require(apa.id())).row("gov-nis").orElseThrow();
    }

    @Test
    void aLinkToAStoredNisReportTakesItsPercentage() {
        FormDocument nis = service.openSample("nis-2021-22-khulna-city-q4");
        ScoreReport nisScore = service.score(nis);

        RowScore linked = nisRowLinkedTo("link:nis:" + nis.id());
        assertThat(linked.note()).isEqualTo("apa.score.fromLinked");
        assertThat(linked.achieved().number()).isEqualByComparingTo(nisScore.percent());
    }

    @Test
    void aLinkToAMissingDocumentOrAnotherFormFallsBackToTheHandEnteredValue() {
        FormDocument charter = service.openSample("citizen-charter-tarakanda-ict");
        for (String link : new String[] {"link:nis:999999", "link:nis:" + charter.id()}) {
            RowScore fallback = nisRowLinkedTo(link);
            assertThat(fallback.note()).as(link).isEqualTo("apa.score.linkUnavailable");
            // 65 by hand: r = 65 → 10 × 0.65.
            assertThat(fallback.obtained()).as(link).isEqualByComparingTo("6.50");
        }
    }
}
