package org.lokkho.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.io.TemplateCatalog;

class ApaValidatorTest {
    private static final FormTemplate TEMPLATE = TemplateCatalog.bundled().latest("apa-2023-24-field").orElseThrow();
    private static final SectionTemplate S3 = TEMPLATE.section("section3").orElseThrow();
    private static final List<String> LEVELS = List.of("t100", "t90", "t80", "t70", "t60");

    private final FormDocument doc = DocumentFactory.create(TEMPLATE, 1, FiscalYear.parse("২০২৩-২৪"), Period.ANNUAL);
    private final TableContent table = doc.table("section3");
    private int ownEnd = 0;

    private TableRow area(String title, String weight) {
        TableRow g = TableRow.group(title);
        set(g, "areaWeight", weight);
        table.rows().add(ownEnd++, g);
        return g;
    }

    private TableRow indicator(String activity, String method, String unit, String weight, String levels) {
        TableRow r = TableRow.item();
        set(r, "activity", activity);
        set(r, "indicator", activity + " সূচক");
        set(r, "method", method);
        set(r, "unit", unit);
        set(r, "weight", weight);
        String[] t = levels.split("\\|");
        for (int i = 0; i < t.length; i++) {
            set(r, LEVELS.get(i), t[i].strip());
        }
        table.rows().add(ownEnd++, r);
        return r;
    }

    private static void set(TableRow r, String column, String raw) {
        r.setCell(column, CellParser.parse(raw, S3.column(column).orElseThrow().type()).value());
    }

    /** A clean plan: 50 + 20 own, 30 governance, every target running the right way. */
    private void cleanPlan() {
        area("রাজস্ব আহরণ জোরদারকরণ", "৫০");
        indicator("রাজস্ব লক্ষ্যমাত্রা অর্জন", "সমষ্টি", "কোটি টাকা", "৪০.০০", "৬ | ৫.৫ | ৫ | ৪.৫ | ৪");
        indicator("মাঠ অফিস পরিদর্শন", "সমষ্টি", "সংখ্যা", "১০.০০", "১২ | ১০ | ৮ | ৬ | -");
        area("শুল্ক-করাদি সহজীকরণে সহায়তা", "২০");
        indicator("সেবা সহজীকরণ", "তারিখ", "তারিখ", "৫.০০", "৩১-১২-২০২৩ | ১০-০১-২০২৪ | ২০-০১-২০২৪ | ৩১-০১-২০২৪ | --");
        indicator("অভিযোগ নিষ্পত্তি", "গড়", "দিন", "৫.০০", "১৫ | ২০ | ২৫ | ৩০ | ৩৫");
        indicator("ই-পেমেন্ট", "সমষ্টি", "কোটি টাকা", "১০.০০", "৫ | ৪ | ৩ | ২ | ১");
    }

    private List<ValidationWarning> warnings() {
        return new ApaValidator(TEMPLATE).validate(doc);
    }

    @Test
    void aCleanPlanHasNoWarnings() {
        cleanPlan();
        assertThat(warnings()).isEmpty();
    }

    @Test
    void d0sNonMonotonicTargetsAreFlaggedOnThatRowOnly() {
        cleanPlan();
        TableRow epay = table.rows().get(ownEnd - 1);
        for (int i = 0; i < 5; i++) {
            set(epay, LEVELS.get(i), List.of("৫", "২", "১", "-", "২").get(i));
        }
        List<ValidationWarning> w = warnings();
        assertThat(w).hasSize(1);
        assertThat(w.get(0).rowCode()).isEqualTo("[২.৩.১]");
        assertThat(w.get(0).column()).isEqualTo("t100");
        assertThat(w.get(0).problem().key()).isEqualTo("apa.warn.notMonotonicHigher");
        assertThat(w.get(0).render(Messages.bengali(), TEMPLATE))
                .isEqualTo("সেকশন ৩: কর্মসম্পাদন পরিকল্পনা › [২.৩.১] › অসাধারণ (১০০%): লক্ষ্যমাত্রা (৫ | ২ | ১ | - | ২) "
                        + "অসাধারণ থেকে চলতি মানের নিম্নে পর্যন্ত ক্রমাগত কমার কথা (বেশি হলে ভালো), কিন্তু কোথাও বেড়েছে।");
        assertThat(w.get(0).render(Messages.english(), TEMPLATE))
                .startsWith("Section 3: Performance plan › [2.3.1] › Excellent (100%)")
                .contains("(5 | 2 | 1 | - | 2)");
    }

    @Test
    void lowerIsBetterTargetsMustRiseAndAnExplicitDirectionOverridesDetection() {
        area("সেবা", "৭০");
        TableRow days = indicator("নিষ্পত্তি", "গড়", "দিন", "৩৫", "১৫ | ২০ | ১৮ | ৩০ | ৩৫");
        TableRow fine = indicator("নিষ্পত্তি ২", "গড়", "দিন", "৩৫", "১৫ | ২০ | ২৫ | ৩০ | ৩৫");
        assertThat(warnings()).extracting(ValidationWarning::rowCode, v -> v.problem().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("[১.১.১]", "apa.warn.notMonotonicLower"));
        set(fine, "direction", "বেশি হলে ভালো");
        assertThat(warnings()).extracting(ValidationWarning::rowId).containsExactly(days.id(), fine.id());
    }

    @Test
    void weightsThatDoNotAddUpAreReportedWhereTheyAre() {
        TableRow revenue = area("রাজস্ব আহরণ জোরদারকরণ", "৫০");
        indicator("রাজস্ব লক্ষ্যমাত্রা অর্জন", "সমষ্টি", "কোটি টাকা", "৪০.০০", "৬ | ৫ | ৪ | ৩ | ২");
        TableRow service = area("শুল্ক-করাদি সহজীকরণে সহায়তা", "২০");
        indicator("সেবা সহজীকরণ", "সমষ্টি", "সংখ্যা", "৩.০০", "৪ | ৩ | ২ | ১ | -");
        indicator("সেবা কেন্দ্র", "সমষ্টি", "সংখ্যা (লক্ষ)", "৮.০০", ".০০৪ | .০০৩ | .০০২ | .০০১ | -");
        indicator("ই-পেমেন্ট", "সমষ্টি", "কোটি টাকা", "৪.০০", "৫ | ৪ | ৩ | ২ | ১");
        indicator("সভা", "সমষ্টি", "সভা", "২.০০", "৫ | ৫ | ৫ | ৫ | ৫");
        indicator("লার্নিং সেশন", "সমষ্টি", "সংখ্যা", "২.০০", "৫ | ৫ | ৫ | ৫ | ৫");
        indicator("প্রশিক্ষণ", "সমষ্টি", "জন", "২.০০", "৫ | ৫ | ৫ | ৫ | ৫");
        area("শূন্য ক্ষেত্র", "৫");

        List<ValidationWarning> w = warnings();
        assertThat(w).extracting(ValidationWarning::rowId, v -> v.problem().key(), v -> v.problem().args())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(revenue.id(), "apa.warn.areaWeights", List.of("৪০", "৫০")),
                        org.assertj.core.groups.Tuple.tuple(service.id(), "apa.warn.areaWeights", List.of("২১", "২০")),
                        org.assertj.core.groups.Tuple.tuple(table.rows().get(ownEnd - 1).id(), "apa.warn.areaWeights", List.of("০", "৫")),
                        org.assertj.core.groups.Tuple.tuple("", "apa.warn.ownAreasTotal", List.of("৭৫", "৭০")));
        assertThat(w.get(1).rowCode()).isEqualTo("[২]");
        assertThat(w.get(1).column()).isEqualTo("areaWeight");
    }

    @Test
    void governanceWeightsMustAddUpToThirty() {
        cleanPlan();
        TableRow nis = table.rows().stream().filter(r -> r.isFixed() && !r.isGroup()).findFirst().orElseThrow();
        set(nis, "weight", "৮");
        assertThat(warnings()).extracting(v -> v.problem().key())
                .containsExactly("apa.warn.areaWeights", "apa.warn.governanceTotal");
        assertThat(warnings().get(1).problem().args()).containsExactly("২৮", "৩০");
    }

    @Test
    void dateTargetsMustBeDatesAndMixedKindsAreFlagged() {
        cleanPlan();
        TableRow date = table.rows().get(4);
        set(date, "t90", "৩২-০১-২০২৪");
        set(date, "t80", "জানুয়ারি শেষে");
        TableRow count = table.rows().get(1);
        set(count, "t60", "৩০/০৬/২০২৪");
        List<ValidationWarning> w = warnings();
        assertThat(w).extracting(ValidationWarning::rowCode, ValidationWarning::column, v -> v.problem().key())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("[১.১.১]", "t100", "apa.warn.targetKinds"),
                        org.assertj.core.groups.Tuple.tuple("[২.১.১]", "t90", "apa.warn.dateTarget"),
                        org.assertj.core.groups.Tuple.tuple("[২.১.১]", "t80", "apa.warn.dateTarget"));
    }

    @Test
    void everyIndicatorNeedsUnitMethodAndWeight() {
        area("রাজস্ব", "৭০");
        TableRow r = indicator("রাজস্ব", "সমষ্টি", "কোটি টাকা", "৭০", "৬ | ৫ | ৪ | ৩ | ২");
        r.setCell("unit", org.lokkho.domain.cell.CellValue.BLANK);
        r.setCell("method", org.lokkho.domain.cell.CellValue.BLANK);
        set(r, "weight", "সত্তর");
        TableRow averaged = indicator("রাজস্ব ২", "গড়", "কোটি টাকা", "০", "৬ | ৫ | ৪ | ৩ | ২");
        TableRow odd = indicator("রাজস্ব ৩", "যোগফল", "কোটি টাকা", "০", "৬ | ৫ | ৪ | ৩ | ২");
        assertThat(warnings()).extracting(ValidationWarning::column, v -> v.problem().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unit", "apa.warn.missing"),
                        org.assertj.core.groups.Tuple.tuple("method", "apa.warn.missing"),
                        org.assertj.core.groups.Tuple.tuple("weight", "apa.warn.notNumber"),
                        org.assertj.core.groups.Tuple.tuple("method", "apa.warn.unknownMethod"),
                        org.assertj.core.groups.Tuple.tuple("areaWeight", "apa.warn.areaWeights"));
        assertThat(averaged.cell("method").raw()).isEqualTo("গড়");
        assertThat(warnings()).noneMatch(w -> w.rowId().equals(averaged.id())).anyMatch(w -> w.rowId().equals(odd.id()));
    }

    @Test
    void locatedWarningsNameTheRowByItsPositionInTheTable() {
        cleanPlan();
        set(table.rows().get(2), "weight", "১১.০০");
        List<LocatedProblem> located = new ApaValidator(TEMPLATE).located(doc);
        assertThat(located).extracting(LocatedProblem::row, LocatedProblem::column, p -> p.problem().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "areaWeight", "apa.warn.areaWeights"));
    }

    @Test
    void everyApaMessageKeyUsedInTheCodeIsInBothBundles() throws Exception {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("\"(apa\\.[a-z]+\\.[A-Za-z]+)\"");
        for (String dir : List.of("scoring", "validation", "apa")) {
            try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/org/lokkho/domain", dir))) {
                for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    var m = key.matcher(java.nio.file.Files.readString(f));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertThat(keys).contains("apa.warn.where", "apa.warn.notMonotonicHigher", "apa.score.fromLinked");
        for (Messages messages : new Messages[] {Messages.bengali(), Messages.english()}) {
            assertThat(keys).allSatisfy(k -> assertThat(messages.get(k, "১", "২")).as(messages.locale() + " " + k).isNotEqualTo(k));
        }
    }
}
