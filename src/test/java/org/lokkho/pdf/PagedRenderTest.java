package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The contents-page passes: a draft first, then passes until the recorded pages are the printed ones. */
class PagedRenderTest {
    private final List<String> calls = new ArrayList<>();

    @Test
    void withoutAContentsPageOnePassThatIsNoDraft() throws Exception {
        try (PDDocument pdf = PagedRender.render((pages, record, p, draft) -> {
            calls.add("pass draft=" + draft);
            return new PDDocument();
        }, false, ExportProgress.NONE)) {
            assertThat(calls).containsExactly("pass draft=false");
        }
    }

    @Test
    void theSecondPassPrintsTheFirstPassPagesAndIsKeptWhenNothingMoved() throws Exception {
        try (PDDocument pdf = PagedRender.render((pages, record, p, draft) -> {
            calls.add(pages + " draft=" + draft);
            record.put("section3", 7);
            return new PDDocument();
        }, true, ExportProgress.NONE)) {
            assertThat(calls).containsExactly("{} draft=true", "{section3=7} draft=false");
        }
    }

    @Test
    void pagesThatMoveGetAThirdPassAndNoMore() throws Exception {
        int[] page = {6};
        try (PDDocument pdf = PagedRender.render((pages, record, p, draft) -> {
            calls.add(pages + " draft=" + draft);
            record.put("annex1", page[0]++);
            return new PDDocument();
        }, true, ExportProgress.NONE)) {
            assertThat(calls).containsExactly("{} draft=true", "{annex1=6} draft=false", "{annex1=7} draft=false");
        }
    }
}
