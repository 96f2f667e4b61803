package org.lokkho.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.store.TestDocuments;

class AppContextTest {
    @TempDir
    Path dir;

    @Test
    void buildsTheServicesOnADataFolderAndClosesTheFileCleanly() {
        long id;
        try (AppContext ctx = new AppContext(dir.resolve("lokkho-data"), Messages.ENGLISH)) {
            assertThat(ctx.messages().isBengali()).isFalse();
            assertThat(ctx.templates().latest(TestDocuments.NIS)).isPresent();
            long office = ctx.offices().save(TestDocuments.office("উপজেলা পরিষদ, ধামরাই")).id();
            FormDocument doc = ctx.documentService().create(TestDocuments.NIS, office, FiscalYear.parse("2021-22"), Period.ANNUAL);
            id = doc.id();
            assertThat(ctx.database().file()).exists();
        }
        try (AppContext ctx = new AppContext(dir.resolve("lokkho-data"))) {
            assertThat(ctx.messages().isBengali()).isTrue();
            assertThat(ctx.documentService().load(id)).isPresent();
        }
    }
}
