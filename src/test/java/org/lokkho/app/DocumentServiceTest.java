package org.lokkho.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.scoring.ScoreReport;
import org.lokkho.io.DocumentFormatException;
import org.lokkho.io.DocumentJson;
import org.lokkho.store.H2Database;
import org.lokkho.store.H2DocumentStore;
import org.lokkho.store.H2OfficeStore;
import org.lokkho.store.TestDocuments;

class DocumentServiceTest {
    @TempDir
    Path dir;

    private H2Database db;
    private H2OfficeStore offices;
    private H2DocumentStore documents;
    private DocumentService service;

    @BeforeEach
    void open() {
        db = H2Database.open(dir.resolve("data"));
        DocumentJson json = new DocumentJson(TestDocuments.CATALOG);
        offices = new H2OfficeStore(db);
        documents = new H2DocumentStore(db, json);
        service = new DocumentService(TestDocuments.CATALOG, offices, documents, json, new Samples("/test-samples/"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createMakesAStoredDocumentFromTheTemplatesPresetRows() {
        Office office = offices.save(TestDocuments.office("উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার"));
        FormDocument doc = service.create(TestDocuments.NIS, office.id(), FiscalYear.parse("2021-22"), Period.Q1);
        assertThat(doc.id()).isPositive();
        FormDocument stored = service.require(doc.id());
        assertThat(stored.table("plan").rows()).hasSameSizeAs(TestDocuments.nis().section("plan").orElseThrow().rows());
        assertThat(stored.period()).isEqualTo(Period.Q1);
        assertThatThrownBy(() -> service.create("apa-2099", office.id(), FiscalYear.parse("2021-22"), Period.Q1))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).key()).isEqualTo("app.error.unknownTemplate");
    }

    @Test
    void exportThenImportGivesTheSameJsonAndReusesTheOfficeByBengaliName() throws Exception {
        Office office = offices.save(TestDocuments.office("উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার"));
        FormDocument doc = service.create(TestDocuments.NIS, office.id(), FiscalYear.parse("2021-22"), Period.Q2);
        TestDocuments.addFilledRow(doc, "গণশুনানি আয়োজন");
        service.save(doc);
        Path file = dir.resolve("out").resolve("savar.json");
        Files.createDirectories(file.getParent());

        service.exportJson(doc.id(), file);
        String exported = Files.readString(file, StandardCharsets.UTF_8);
        FormDocument imported = service.store(service.parse(file));

        assertThat(imported.id()).isNotEqualTo(doc.id());
        assertThat(imported.officeId()).isEqualTo(office.id());
        assertThat(offices.list()).hasSize(1);
        assertThat(service.exportJson(imported.id())).isEqualTo(exported);
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void importCreatesAnUnknownOfficeAndMatchesDespiteSpacing() throws Exception {
        offices.save(TestDocuments.office("জেলা প্রশাসকের কার্যালয়, ঢাকা"));
        String text = Files.readString(Path.of(getClass().getResource("/test-samples/savar-q2.json").toURI()));

        FormDocument first = service.importJson(text);
        FormDocument second = service.importJson(text.replace("কার্যালয়, সাভার", "কার্যালয়,   সাভার "));

        assertThat(offices.list()).extracting(Office::nameBn)
                .containsExactlyInAnyOrder("জেলা প্রশাসকের কার্যালয়, ঢাকা", "উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার");
        assertThat(second.officeId()).isEqualTo(first.officeId());
        Office savar = offices.find(first.officeId()).orElseThrow();
        assertThat(savar.nameEn()).isEqualTo("UNO Office, Savar");
    }

    @Test
    void aBadFileStoresNothingAndSaysWhere() {
        String bad = "{\"format\":\"lokkho-document\",\"formatVersion\":1,\"template\":{\"id\":\"nis-2021-22\",\"version\":1},"
                + "\"office\":{\"nameBn\":\"কার্যালয়\"},\"fiscalYear\":\"2021-22\",\"sections\":{\"plan\":{\"kind\":\"table\",\"rows\":["
                + "{\"kind\":\"item\",\"cells\":{\"nosuch\":\"১\"}}]}}}";
        assertThatThrownBy(() -> service.importJson(bad)).isInstanceOf(DocumentFormatException.class)
                .satisfies(e -> assertThat(((DocumentFormatException) e).problems().get(0).path()).isEqualTo("sections.plan.rows[0].cells.nosuch"));
        assertThat(service.list()).isEmpty();
        assertThat(offices.list()).isEmpty();
    }

    @Test
    void aSampleIsCopiedIntoTheStore() {
        assertThat(service.samples()).extracting(Samples.Sample::id).containsExactly("savar-q2", "plain-name");
        assertThat(service.samples().get(0).titleEn()).isEqualTo("Savar, Q2");

        FormDocument doc = service.openSample("savar-q2");

        FormDocument stored = service.require(doc.id());
        assertThat(stored.title()).isEqualTo("নমুনা");
        assertThat(stored.table("plan").rows().get(1).achieved("q2").raw()).isEqualTo("১");
        // the sample file leaves row numbers out; they follow from the rows' positions
        assertThat(stored.table("plan").rows()).extracting(r -> r.code()).containsExactly("১", "১.১");
        assertThatThrownBy(() -> service.openSample("nope")).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("app.error.noSample");
    }

    @Test
    void scoringUsesTheDocumentsOwnTemplateVersion() {
        FormDocument doc = service.openSample("savar-q2");
        ScoreReport report = service.score(doc);
        assertThat(report.rows()).extracting(r -> r.rowId()).contains("r1");
        assertThatThrownBy(() -> service.require(987)).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("app.error.noDocument");
    }
}
