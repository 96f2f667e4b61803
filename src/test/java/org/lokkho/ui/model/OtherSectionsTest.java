package org.lokkho.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.document.ListContent;
import org.lokkho.domain.document.SignatureContent;
import org.lokkho.domain.document.TextContent;

/** Text, list and signature sections of the Citizen's Charter and NIS examples: edits stored, undone, redone. */
class OtherSectionsTest {
    @TempDir
    Path dir;
    UiFixture f;

    @BeforeEach
    void open() {
        f = new UiFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private <T extends SectionModel> T section(Class<T> type, String key) {
        return f.vm.editor().sections().stream().filter(s -> s.section().key().equals(key)).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void charterVisionAndExpectations() throws Exception {
        f.vm.openExample("citizen-charter-tarakanda-ict");
        long id = f.vm.editor().document().id();
        TextSectionModel vision = section(TextSectionModel.class, "vision");
        String before = vision.text();
        vision.setText("নতুন রূপকল্প");
        ListSectionModel expectations = section(ListSectionModel.class, "expectations");
        int count = expectations.items().size();
        int added = expectations.add(0);
        expectations.setItem(added, "নতুন প্রত্যাশা");
        assertThat(expectations.move(added, -1)).isZero();
        assertThat(expectations.items().get(0)).isEqualTo("নতুন প্রত্যাশা");
        assertThat(expectations.label(0)).isNotBlank();
        var stored = f.context.documents().load(id).orElseThrow();
        assertThat(((TextContent) stored.section("vision")).text()).isEqualTo("নতুন রূপকল্প");
        assertThat(((ListContent) stored.section("expectations")).items()).hasSize(count + 1).first().isEqualTo("নতুন প্রত্যাশা");
        DocumentEditorModel e = f.vm.editor();
        e.undo();
        e.undo();
        e.undo();
        assertThat(expectations.items()).hasSize(count);
        e.undo();
        assertThat(vision.text()).isEqualTo(before);
        e.redo();
        assertThat(vision.text()).isEqualTo("নতুন রূপকল্প");
    }

    @Test
    void signatureFields() throws Exception {
        f.vm.openExample();
        SignatureSectionModel signatures = section(SignatureSectionModel.class, "signatures");
        assertThat(signatures.blocks()).isNotEmpty();
        signatures.setField(0, "date", "৩০/০৬/২২");
        var stored = f.context.documents().load(f.vm.editor().document().id()).orElseThrow();
        assertThat(((SignatureContent) stored.section("signatures")).blocks().get(0).date()).isEqualTo("৩০/০৬/২২");
        assertThat(signatures.label(signatures.blocks().get(0), org.lokkho.domain.i18n.Messages.BENGALI)).isNotBlank();
        f.vm.editor().undo();
        assertThat(SignatureSectionModel.field(signatures.blocks().get(0), "date")).isNotEqualTo("৩০/০৬/২২");
    }
}
