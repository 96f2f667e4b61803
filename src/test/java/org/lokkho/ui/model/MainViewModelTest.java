package org.lokkho.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.app.Revision;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.DocumentStatus;
import org.lokkho.domain.i18n.Messages;

/** The window's actions over a real H2 data folder, without the JavaFX toolkit. */
class MainViewModelTest {
    @TempDir
    Path dir;
    UiFixture f;

    @BeforeEach
    void open() {
        f = new UiFixture(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private OfficeForm upazila() {
        OfficeForm form = new OfficeForm();
        form.field("nameBn").set("উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার");
        form.field("ministryBn").set("মন্ত্রিপরিষদ বিভাগ");
        form.field("email").set("unosavar@mopa.gov.bd");
        form.field("phone").set("০২-৭৭৪৫০১১");
        return form;
    }

    @Test
    void firstStartAsksForAnOfficeAndChecksIt() {
        assertThat(f.vm.needsOffice()).isTrue();
        OfficeForm bad = new OfficeForm();
        bad.field("email").set("not-an-address");
        bad.field("website").set("??");
        Map<String, String> problems = f.vm.saveOffice(bad);
        assertThat(problems).containsOnlyKeys("nameBn", "ministryBn", "email", "website");
        assertThat(problems.get("email")).isEqualTo(Messages.bengali().get("ui.office.error.email", "not-an-address"));
        assertThat(f.vm.needsOffice()).isTrue();
        assertThat(f.vm.saveOffice(upazila())).isEmpty();
        assertThat(f.vm.needsOffice()).isFalse();
        assertThat(f.vm.offices()).extracting(o -> o.nameBn()).containsExactly("উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার");
    }

    @Test
    void newDocumentTakesTheFiscalYearInBengaliDigits() throws Exception {
        f.vm.saveOffice(upazila());
        long office = f.vm.offices().get(0).id();
        DocumentEditorModel e = f.vm.newDocument(office, "nis-2021-22", "২০২২-২৩", Period.Q2);
        assertThat(e.document().fiscalYear().code()).isEqualTo("2022-23");
        assertThat(f.vm.documents()).hasSize(1);
        assertThat(f.vm.describe(f.vm.documents().get(0))).contains("২০২২-২৩").contains("২য় কোয়ার্টার").endsWith("খসড়া");
        assertThatThrownBy(() -> f.vm.newDocument(office, "nis-2021-22", "২০২২-২৫", Period.Q2))
                .isInstanceOf(UserError.class).hasMessage(Messages.bengali().get("json.error.fiscalYear", "২০২২-২৫"));
    }

    @Test
    void exportAndImportJsonRoundTrip() throws Exception {
        f.vm.openExample();
        Path file = dir.resolve("out.json");
        f.vm.exportJson(file);
        assertThat(Files.readString(file)).contains("\"lokkho-document\"");
        DocumentEditorModel imported = f.vm.importJson(file);
        assertThat(f.vm.documents()).hasSize(2);
        assertThat(f.vm.offices()).as("office matched by name, not duplicated").hasSize(1);
        assertThat(imported.totalText()).isEqualTo("মোট: ৪০.৮৩ / ৫০");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"lokkho-document\"}");
        assertThatThrownBy(() -> f.vm.importJson(broken)).isInstanceOf(UserError.class)
                .hasMessageContaining("broken.json").hasMessageContaining(Messages.bengali().get("json.error.missing"));
    }

    @Test
    void historyOpensOldRevisionsReadOnlyAndRestoresThem() throws Exception {
        f.vm.openExample();
        TableSectionModel t = f.plan();
        int a = UiFixture.line(t, "১.১", DisplayRow.Half.ACHIEVED);
        t.edit(t.lines().get(a), t.columns().get(UiFixture.column(t, "q4")), "-");
        f.vm.checkpoint();
        assertThat(f.vm.statusProperty().get()).isEqualTo("সংরক্ষিত");
        List<Revision> revisions = f.vm.history();
        assertThat(revisions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(revisions.get(0).note()).as("newest first, the checkpoint").isEqualTo("সংরক্ষণ (Ctrl+S)");
        Revision oldest = revisions.get(revisions.size() - 1);
        DocumentEditorModel old = f.vm.openRevision(oldest);
        assertThat(old.isReadOnly()).isTrue();
        assertThat(old.totalText()).isEqualTo("মোট: ৪০.৮৩ / ৫০");
        TableSectionModel oldTable = (TableSectionModel) old.sections().get(0);
        assertThat(oldTable.edit(oldTable.lines().get(a), oldTable.columns().get(UiFixture.column(oldTable, "q4")), "০")).isFalse();
        assertThatThrownBy(() -> f.vm.checkpoint()).isInstanceOf(UserError.class);
        DocumentEditorModel restored = f.vm.restore(oldest);
        assertThat(restored.isReadOnly()).isFalse();
        assertThat(restored.totalText()).isEqualTo("মোট: ৪০.৮৩ / ৫০");
    }

    @Test
    void everyBundledExampleOpensWithAReadableTitle() throws Exception {
        List<UiServices.Example> examples = f.vm.examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        assertThat(examples).extracting(UiServices.Example::titleBn).allMatch(t -> t.contains(" — ") && t.matches(".*[০-৯].*"));
        for (UiServices.Example e : examples) {
            assertThat(f.vm.openExample(e.id()).document().templateId()).isNotBlank();
        }
        assertThat(f.vm.documents()).hasSize(examples.size());
        assertThatThrownBy(() -> f.vm.openExample("no-such-example")).isInstanceOf(UserError.class)
                .hasMessageContaining("no-such-example");
    }

    @Test
    void statusAndLanguageSwitch() throws Exception {
        f.vm.openExample();
        f.vm.setDocumentStatus(DocumentStatus.FINAL);
        assertThat(f.vm.describe(f.vm.documents().get(0))).endsWith("চূড়ান্ত");
        f.vm.setLanguage(Messages.english());
        assertThat(f.vm.editor().totalText()).isEqualTo("Total: 40.83 / 50");
        assertThat(f.vm.describe(f.vm.documents().get(0))).contains("2021-22").endsWith("final");
    }
}
