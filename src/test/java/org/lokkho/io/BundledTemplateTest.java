package org.lokkho.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.HeaderNode;
import org.lokkho.domain.template.LocalizedText;
import org.lokkho.domain.template.Placeholders;
import org.lokkho.domain.template.RowTemplate;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.text.BengaliDigits;

/** The bundled templates load, are listed, and are internally consistent (headers, pairs, preset rows, scoring). */
class BundledTemplateTest {
    /** Named placeholders a template may use; docs/template-format.md lists what each is filled with. */
    static final Map<String, String> KNOWN_PLACEHOLDERS = Map.of("office", "o", "officeEn", "o", "ministry", "m",
            "superiorOffice", "s", "address", "a", "phone", "p", "email", "e", "website", "w", "head", "h", "headDesignation", "d");

    static Stream<FormTemplate> templates() {
        return TemplateCatalog.bundled().all().stream();
    }

    @Test
    void indexListsEveryTemplateFileExactlyOnce() {
        List<String> index = TemplateCatalog.bundledFiles();
        assertThat(index).doesNotHaveDuplicates();
        assertThat(index).containsExactlyInAnyOrderElementsOf(BundledJson.filesIn("templates"));
    }

    @Test
    void everyListedTemplateLoadsAndIsNamedAfterItsId() {
        TemplateCatalog catalog = TemplateCatalog.bundled();
        for (String file : TemplateCatalog.bundledFiles()) {
            FormTemplate t = TemplateCatalog.read("/templates/" + file);
            assertThat(file).as("file name of %s", t.id()).startsWith(t.id());
            assertThat(catalog.find(t.id(), t.version())).contains(t);
        }
        assertThat(catalog.all()).extracting(FormTemplate::id)
                .containsExactlyInAnyOrder("nis-2021-22", "nis-2017-18", "citizen-charter-2020s", "apa-2023-24-field");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void headerTreeNamesEveryColumnExactlyOnce(FormTemplate t) {
        for (SectionTemplate s : tables(t)) {
            List<String> leaves = new ArrayList<>();
            s.header().forEach(h -> collectLeaves(h, leaves, t.id() + "/" + s.key()));
            List<String> keys = s.columns().stream().map(ColumnTemplate::key).toList();
            assertThat(keys).as("column keys of %s/%s", t.id(), s.key()).doesNotHaveDuplicates();
            assertThat(leaves).as("header leaves of %s/%s", t.id(), s.key()).containsExactlyElementsOf(keys);
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void rowPairsRowsAndScoringReferToRealColumns(FormTemplate t) {
        for (SectionTemplate s : tables(t)) {
            if (s.rowPair() != null) {
                assertThat(s.column(s.rowPair().labelColumn())).as("label column").hasValueSatisfying(c -> assertThat(c.readOnly()).isTrue());
                s.rowPair().columns().forEach(k -> assertThat(s.column(k)).as("paired column %s", k).isPresent());
            }
            for (RowTemplate r : s.rows()) {
                r.cells().keySet().forEach(k -> assertThat(s.column(k)).as("%s: preset cell %s", t.id(), k).isPresent());
                for (String k : r.locked()) {
                    assertThat(r.cells()).as("%s: locked column %s has a value", t.id(), k).containsKey(k);
                }
                r.cells().forEach((k, raw) -> assertThat(CellParser.parse(raw, s.column(k).orElseThrow().type()).isValid())
                        .as("%s: preset '%s' fits column %s", t.id(), raw, k).isTrue());
            }
        }
        t.scoringSpec().ifPresent(spec -> {
            SectionTemplate s = t.section(spec.section()).orElseThrow();
            spec.columns().values().forEach(v -> {
                for (String key : v.split(",")) {
                    assertThat(s.column(key.trim())).as("scoring column %s", key).isPresent();
                }
            });
        });
    }

    @ParameterizedTest
    @MethodSource("templates")
    void placeholdersAreAllKnown(FormTemplate t) {
        FiscalYear fy = new FiscalYear(2021);
        List<LocalizedText> texts = new ArrayList<>(t.titleLines());
        texts.add(t.title());
        for (SectionTemplate s : t.sections()) {
            texts.add(s.title());
            texts.add(s.heading());
            texts.add(s.intro());
            texts.add(s.footnote());
            s.columns().forEach(c -> texts.add(c.header()));
            s.header().forEach(h -> collectLabels(h, texts));
        }
        for (LocalizedText text : texts) {
            if (text == null) {
                continue;
            }
            assertThat(Placeholders.fill(text.bn(), fy, KNOWN_PLACEHOLDERS)).as(t.id()).doesNotContain("{");
            assertThat(Placeholders.fill(text.en(), fy, KNOWN_PLACEHOLDERS)).as(t.id()).doesNotContain("{");
        }
    }

    @Test
    void nis2021KeepsTheColumnKeysTheScoringRuleReadsAndTotalsFifty() {
        FormTemplate t = TemplateCatalog.bundled().latest("nis-2021-22").orElseThrow();
        SectionTemplate plan = t.section("plan").orElseThrow();
        assertThat(plan.columns()).extracting(ColumnTemplate::key).containsExactly("activity", "indicator", "weight", "unit",
                "responsible", "annualTarget", "rowType", "q1", "q2", "q3", "q4", "total", "score", "remarks");
        BigDecimal sum = plan.rows().stream().filter(r -> !r.isGroup())
                .map(r -> new BigDecimal(BengaliDigits.toAscii(r.cells().get("weight")))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(t.scoring().max()).isEqualByComparingTo("50");
        assertThat(plan.rows().stream().filter(RowTemplate::isGroup).map(RowTemplate::title).toList()).containsExactly(
                "প্রাতিষ্ঠানিক ব্যবস্থা", "আর্থিক ব্যবস্থাপনা উন্নয়ন", "শুদ্ধাচার সংশ্লিষ্ট এবং দুর্নীতি প্রতিরোধে সহায়ক অন্যান্য কার্যক্রম");
    }

    @Test
    void newNis2021DocumentIsNumberedAndItsOwnActivitiesAreOpen() {
        FormTemplate t = TemplateCatalog.bundled().latest("nis-2021-22").orElseThrow();
        FormDocument doc = DocumentFactory.create(t, 1, new FiscalYear(2021), Period.Q1);
        List<TableRow> rows = doc.table("plan").rows();
        assertThat(rows).extracting(TableRow::code).containsExactly("১", "১.১", "১.২", "১.৩", "১.৪", "১.৫", "১.৬", "১.৭", "১.৮",
                "২", "২.১", "২.২", "২.৩", "২.৪", "৩", "৩.১", "৩.২", "৩.৩", "৩.৪", "৩.৫");
        TableRow own = rows.get(15);
        assertThat(own.isLocked("activity")).isFalse();
        assertThat(own.isLocked("weight")).isTrue();
        assertThat(rows.get(1).isLocked("activity")).isTrue();
    }

    @Test
    void charterHasItsPartsAndAnEditableGrsTable() {
        FormTemplate t = TemplateCatalog.bundled().latest("citizen-charter-2020s").orElseThrow();
        assertThat(t.sections()).extracting(SectionTemplate::key).containsExactly("vision", "mission", "citizenServices",
                "institutionalServices", "internalServices", "expectations", "grs");
        assertThat(t.section("vision").orElseThrow().heading().bn()).isEqualTo("১. ভিশন ও মিশন");
        assertThat(t.section("expectations").orElseThrow().kind()).isEqualTo(SectionKind.LIST);
        SectionTemplate grs = t.section("grs").orElseThrow();
        assertThat(grs.rows()).hasSize(3).allSatisfy(r -> assertThat(r.locked()).isEmpty());
        assertThat(grs.rows().get(0).cells().get("timeLimit")).isEqualTo("৩০ কার্যদিবস");
        assertThat(t.scoring()).isNull();
    }

    @Test
    void nis2017HeadersTakeTheirYearsFromTheDocument() {
        FormTemplate t = TemplateCatalog.bundled().latest("nis-2017-18").orElseThrow();
        SectionTemplate plan = t.section("plan").orElseThrow();
        Map<String, String> none = new HashMap<>();
        FiscalYear fy = FiscalYear.parse("2017-18");
        assertThat(Placeholders.fill(plan.column("baseline").orElseThrow().header().bn(), fy, none)).isEqualTo("ভিত্তিবছর ২০১৬-২০১৭");
        assertThat(Placeholders.fill(plan.column("annualTarget").orElseThrow().header().bn(), fy, none))
                .isEqualTo("২০১৭-২০১৮ অর্থবছরের লক্ষ্যমাত্রা");
        assertThat(plan.rows()).hasSize(11).allSatisfy(r -> assertThat(r.isGroup()).isTrue());
        assertThat(t.scoring()).isNull();
    }

    private static List<SectionTemplate> tables(FormTemplate t) {
        return t.sections().stream().filter(s -> s.kind() == SectionKind.TABLE).toList();
    }

    private static void collectLeaves(HeaderNode node, List<String> out, String where) {
        if (node.isLeaf()) {
            assertThat(node.children()).as("%s: leaf %s has no children", where, node.column()).isEmpty();
            out.add(node.column());
        } else {
            assertThat(node.children()).as("%s: group '%s' has children", where, node.label()).isNotEmpty();
            node.children().forEach(c -> collectLeaves(c, out, where));
        }
    }

    private static void collectLabels(HeaderNode node, List<LocalizedText> out) {
        if (node.label() != null) {
            out.add(node.label());
        }
        node.children().forEach(c -> collectLabels(c, out));
    }
}
