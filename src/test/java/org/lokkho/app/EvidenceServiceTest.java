package org.lokkho.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableRow;

/** Evidence on a real H2 file and real copies in the data folder. */
class EvidenceServiceTest {
    @TempDir
    Path dir;

    private AppContext context;
    private EvidenceService evidence;
    private FormDocument doc;

    @BeforeEach
    void open() {
        context = new AppContext(dir.resolve("data"));
        evidence = context.evidenceService();
        doc = context.documentService().openSample("nis-2021-22-khulna-city-q4");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    @Test
    void attachCopiesIntoTheDocumentsFolderAndSurvivesReopening() throws Exception {
        Path original = file("সভার কার্যবিবরণী.pdf", "minutes of the ethics committee");
        Evidence e = evidence.attach(doc.id(), "১.২", "q1", original);
        assertThat(e.rowId()).isEqualTo("nis-1.2");
        assertThat(e.quarter()).isEqualTo("Q1");
        assertThat(e.size()).isEqualTo(Files.size(original));
        assertThat(e.sha256()).hasSize(64);
        Path stored = evidence.path(e);
        assertThat(stored.getParent()).isEqualTo(dir.resolve("data").toAbsolutePath().normalize().resolve("evidence/" + doc.id()));
        assertThat(stored.getFileName().toString()).isEqualTo(e.sha256() + "-সভার কার্যবিবরণী.pdf");
        assertThat(Files.readString(stored)).isEqualTo("minutes of the ethics committee");
        assertThat(stored.getParent()).isDirectoryNotContaining("glob:**.part");

        // the officer edits the original afterwards: the attached copy stays as it was
        Files.writeString(original, "changed");
        context.close();
        context = new AppContext(dir.resolve("data"));
        evidence = context.evidenceService();
        List<Evidence> listed = evidence.list(doc.id());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).isEqualTo(e);
        assertThat(Files.readString(evidence.path(listed.get(0)))).isEqualTo("minutes of the ethics committee");
    }

    @Test
    void rowsAreFoundByCodeInEitherDigitSetOrById() throws Exception {
        Path f = file("photo.jpg", "jpeg bytes");
        assertThat(evidence.attach(doc.id(), "1.1", null, f).rowId()).isEqualTo("nis-1.1");
        assertThat(evidence.attach(doc.id(), "nis-1.3", "৪", f).quarter()).isEqualTo("Q4");
        FormDocument stored = context.documentService().require(doc.id());
        assertThat(evidence.rowLabel(stored, "nis-1.3")).isEqualTo("১.৩");
        assertThat(evidence.rowLabel(stored, "gone-row")).isEqualTo("gone-row");
    }

    @Test
    void badInputIsAUserErrorWithAKey() throws Exception {
        Path f = file("a.txt", "x");
        assertThatThrownBy(() -> evidence.attach(doc.id(), "9.9", null, f))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).key()).isEqualTo("evidence.error.noRow");
        assertThatThrownBy(() -> evidence.attach(doc.id(), "1.1", "Q5", f))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).key()).isEqualTo("evidence.error.quarter");
        assertThatThrownBy(() -> evidence.attach(doc.id(), "1.1", null, dir.resolve("missing.txt")))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).key()).isEqualTo("evidence.error.noFile");
        assertThatThrownBy(() -> evidence.attach(doc.id(), "1.1", null, dir))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).key()).isEqualTo("evidence.error.noFile");
        Path huge = dir.resolve("video.mp4");
        try (var raf = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(513L * 1024 * 1024); // sparse: no disk used
        }
        assertThatThrownBy(() -> evidence.attach(doc.id(), "1.1", null, huge))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).key()).isEqualTo("evidence.error.tooLarge");
        assertThat(evidence.folderOf(doc.id()).resolve("x")).doesNotExist();
        assertThatThrownBy(() -> evidence.attach(9999, "1.1", null, f))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).key()).isEqualTo("app.error.noDocument");
        assertThat(evidence.list(doc.id())).isEmpty();
    }

    @Test
    void aSharedCopyIsDeletedOnlyWithItsLastAttachment() throws Exception {
        Path f = file("register.xlsx", "same bytes");
        Evidence a = evidence.attach(doc.id(), "1.1", "Q1", f);
        Evidence b = evidence.attach(doc.id(), "1.2", "Q1", f);
        assertThat(evidence.path(a)).isEqualTo(evidence.path(b));
        evidence.remove(a.id());
        assertThat(evidence.path(b)).exists();
        evidence.remove(b.id());
        assertThat(evidence.path(b)).doesNotExist();
        assertThat(evidence.list(doc.id())).isEmpty();
        assertThatThrownBy(() -> evidence.remove(a.id())).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("evidence.error.noEvidence");
    }

    @Test
    void namesAreMadeSafeAndNeverLeaveTheFolder() {
        assertThat(EvidenceService.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceService.safeName("..\\..\\boot.ini")).isEqualTo("boot.ini");
        assertThat(EvidenceService.safeName("a:b*c?.txt")).isEqualTo("a_b_c_.txt");
        assertThat(EvidenceService.safeName("...hidden. ")).isEqualTo("hidden");
        assertThat(EvidenceService.safeName("CON.txt")).isEqualTo("_CON.txt");
        assertThat(EvidenceService.safeName("..")).isEqualTo("file");
        assertThat(EvidenceService.safeName("line\nbreak\u202e.txt")).isEqualTo("line_break_.txt");
        assertThat(EvidenceService.safeName("ছবি ১.jpg")).isEqualTo("ছবি ১.jpg");
        String longName = "ক".repeat(300) + ".pdf";
        assertThat(EvidenceService.safeName(longName)).hasSize(150).endsWith(".pdf");
    }

    @Test
    void rowIdsStayWhenRowsAreRenumbered() throws Exception {
        Evidence e = evidence.attach(doc.id(), "১.৩", null, file("x.txt", "x"));
        FormDocument stored = context.documentService().require(doc.id());
        List<TableRow> rows = stored.table("plan").rows();
        TableRow moved = rows.stream().filter(r -> r.id().equals("nis-1.3")).findFirst().orElseThrow();
        moved.setCode("১.৯");
        context.documentService().save(stored);
        assertThat(evidence.rowLabel(context.documentService().require(doc.id()), e.rowId())).isEqualTo("১.৯");
    }

    @Test
    void aDeletedDocumentsCopiesCanBePurged() throws Exception {
        Evidence e = evidence.attach(doc.id(), "1.1", "Q2", file("y.txt", "y"));
        assertThatThrownBy(() -> evidence.purgeDeleted(doc.id())).isInstanceOf(IllegalStateException.class);
        context.documents().delete(doc.id());
        assertThat(evidence.find(e.id())).isEmpty(); // the row went with the document
        evidence.purgeDeleted(doc.id());
        assertThat(evidence.folderOf(doc.id())).doesNotExist();
    }
}
