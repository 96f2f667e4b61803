package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.template.FormTemplate;

/** Every font is an embedded subset: the PDF prints the same on a PC without Bengali fonts. */
class FontEmbeddingTest {
    private final FormTemplate template = PdfFixtures.nis();
    private final FormDocument doc = PdfFixtures.nisDocument(template, 12);

    @Test
    void allFontsAreEmbeddedSubsets() throws Exception {
        byte[] pdf = PdfTestSupport.export(template, doc, null);
        List<String> names = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage page : d.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    assertThat(f).isInstanceOf(PDType0Font.class);
                    PDType0Font t0 = (PDType0Font) f;
                    assertThat(t0.getDescendantFont().isEmbedded()).as(f.getName()).isTrue();
                    assertThat(t0.getDescendantFont().getFontDescriptor().getFontFile2()).as(f.getName()).isNotNull();
                    assertThat(f.getName()).as("subset tag").matches("[A-Z]{6}\\+.*");
                    names.add(f.getName().substring(7));
                }
            }
        }
        assertThat(names).contains("NotoSansBengali-Regular", "NotoSansBengali-Bold", "NotoSans-Regular");
        assertThat(pdf.length).as("subsets, not whole fonts").isLessThan(200_000);
    }

    @Test
    void pdffontsReportsOnlyEmbeddedFonts() throws Exception {
        Assumptions.assumeTrue(PdfTestSupport.onPath("pdffonts"), "pdffonts not installed");
        String out = PdfTestSupport.run(PdfTestSupport.export(template, doc, null), "pdffonts");
        List<String> rows = out.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            String[] cols = row.trim().split("\\s+");
            // name type... encoding emb sub uni id gen: emb is the 5th field from the end
            assertThat(cols[cols.length - 5]).as(row).isEqualTo("yes");
        }
    }
}
