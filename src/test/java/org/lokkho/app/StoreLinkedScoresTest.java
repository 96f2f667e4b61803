package org.lokkho.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.DocumentLink;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.domain.scoring.Scoring;

/** Linked documents are loaded from a real H2 store and scored; anything unusable falls back to hand entry. */
class StoreLinkedScoresTest {
    @TempDir
    Path dir;

    @Test
    void scoresTheLinkedDocumentAndIgnoresWhatItCannotUse() {
        try (AppContext ctx = new AppContext(dir)) {
            FormDocument nis = ctx.documentService().openSample("nis-2021-22-khulna-city-q4");
            StoreLinkedScores linked = new StoreLinkedScores(ctx.documents(), ctx.templates());
            ScoreReport expected = Scoring.score(ctx.templates().find(nis.templateId(), nis.templateVersion()).orElseThrow(), nis);

            assertThat(linked.scoreOf(new DocumentLink("nis", nis.id())).orElseThrow().percent()).isEqualByComparingTo(expected.percent());
            assertThat(linked.scoreOf(new DocumentLink("egov", nis.id()))).as("another form").isEmpty();
            assertThat(linked.scoreOf(new DocumentLink("nis", 9999))).as("no such document").isEmpty();
        }
    }

    @Test
    void aDocumentLinkedToItselfDoesNotRecurse() {
        try (AppContext ctx = new AppContext(dir)) {
            FormDocument apa = ctx.documentService().openSample("apa-2023-24-karaitoli-lcs");
            TableRow gov = apa.table("section3").rows().stream().filter(r -> r.id().equals("gov-nis")).findFirst().orElseThrow();
            gov.setCell("link", CellValue.text("link:apa:" + apa.id()));
            ctx.documents().save(apa);
            StoreLinkedScores linked = new StoreLinkedScores(ctx.documents(), ctx.templates());
            ScoreReport self = linked.scoreOf(new DocumentLink("apa", apa.id())).orElseThrow();
            assertThat(self.max()).isEqualByComparingTo("100");
        }
    }
}
