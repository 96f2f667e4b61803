package org.lokkho.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellKind;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Messages;

class DocumentJsonRoundTripTest {
    private final TemplateCatalog catalog = TemplateCatalog.bundled();
    private final DocumentJson json = new DocumentJson(catalog);
    private final Office office = new Office(7, "খুলনা সিটি কর্পোরেশন", "Khulna City Corporation", "স্থানীয় সরকার বিভাগ",
            "", "খুলনা", "+88-02477-723878", "mayorkcc@gmail.com", "www.khulnacity.org", "", "");

    @Test
    void everyCellComesBackExactlyAsTyped() throws Exception {
        FormDocument doc = DocumentFactory.create(catalog.latest("nis-2021-22").orElseThrow(), 7, FiscalYear.parse("২০২১-২২"), Period.Q4);
        TableRow row = doc.table("plan").items().get(0);
        row.setCell("annualTarget", CellParser.parse("০৩ ৩০/০৬/২২", ColumnType.VALUE).value());
        row.setCell("q1", CellParser.parse("-", ColumnType.VALUE).value());
        row.setAchieved("q1", CellParser.parse("প্রযোজ্য নয়", ColumnType.VALUE).value());
        row.setAchieved("q2", CellParser.parse("১০০%", ColumnType.VALUE).value());
        row.setCell("remarks", CellParser.parse("কোন গাড়ী ক্রয় করা হয়নি\nদ্বিতীয় লাইন", ColumnType.TEXT).value());

        String written = json.write(doc, office);
        DocumentJson.Imported back = json.read(written);

        assertThat(json.write(back.document(), back.office())).isEqualTo(written);
        TableRow again = back.document().table("plan").items().get(0);
        assertThat(again.cell("annualTarget").raw()).isEqualTo("০৩ ৩০/০৬/২২");
        assertThat(again.cell("q1").kind()).isEqualTo(CellKind.NONE);
        assertThat(again.achieved("q1").kind()).isEqualTo(CellKind.NOT_APPLICABLE);
        assertThat(again.achieved("q2").kind()).isEqualTo(CellKind.PERCENT);
        assertThat(back.office().nameEn()).isEqualTo("Khulna City Corporation");
        assertThat(back.document().period()).isEqualTo(Period.Q4);
    }

    @Test
    void badFilesNameTheFieldThatIsWrong() {
        String bad = """
                {"format":"lokkho-document","formatVersion":1,"template":{"id":"nis-2021-22","version":1},
                 "office":{"nameBn":"অফিস"},"fiscalYear":"২০২১-২৩","period":"Q5",
                 "sections":{"plan":{"kind":"table","rows":[{"kind":"item","cells":{"wieght":"৪","weight":{"raw":"চার","kind":"number"}}}]}}}
                """;
        assertThatThrownBy(() -> json.read(bad)).isInstanceOfSatisfying(DocumentFormatException.class, e -> {
            String english = e.render(Messages.english());
            assertThat(english).contains("fiscalYear: '২০২১-২৩' is not a fiscal year");
            assertThat(english).contains("period: Unknown period 'Q5'");
            assertThat(english).contains("sections.plan.rows[0].cells.wieght: Column 'wieght' is not part of section 'plan'");
            assertThat(english).contains("sections.plan.rows[0].cells.weight.kind");
            assertThat(e.render(Messages.bengali())).contains("অর্থবছর নয়");
        });
    }

    @Test
    void syntaxErrorsSayWhere() {
        assertThatThrownBy(() -> json.read("{\"format\": \"lokkho-document\",\n \"template\": }"))
                .isInstanceOfSatisfying(DocumentFormatException.class,
                        e -> assertThat(e.render(Messages.english())).startsWith("line 2, column").contains("cannot be read"));
    }
}
