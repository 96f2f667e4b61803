package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lokkho.domain.scoring.Scoring;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.io.DocumentJson;
import org.lokkho.pdf.text.TextShaper;

/**
 * Every bundled sample, printed in both views, read back from the PDF: the rules an officer expects of a printed
 * government form. No number, date, percentage or word is cut across lines (unless it is wider than its column
 * even at the smallest table type, 6.5 pt), no syllable is ever cut, no text touches or crosses a cell's rules and
 * no two texts overlap.
 */
class PrintedTableLayoutTest {
    static Stream<Arguments> samplesAndViews() {
        List<Arguments> out = new ArrayList<>();
        for (String sample : List.of("apa-2023-24-karaitoli-lcs.json", "citizen-charter-tarakanda-ict.json",
                "nis-2017-18-cca-office-plan.json", "nis-2021-22-khulna-city-q4.json")) {
            for (PrintView view : PrintView.values()) {
                out.add(Arguments.of(sample, view));
            }
        }
        return out.stream();
    }

    private static final Map<String, PrintedLayout> PRINTED = new LinkedHashMap<>();

    static PrintedLayout printed(String sample, PrintView view) throws Exception {
        return printed(sample, view, java.util.Locale.forLanguageTag("bn"));
    }

    static synchronized PrintedLayout printed(String sample, PrintView view, java.util.Locale locale) throws Exception {
        String key = sample + "/" + view + "/" + locale;
        PrintedLayout layout = PRINTED.get(key);
        if (layout == null) {
            DocumentJson.Imported in = SampleDocuments.read(sample);
            FormTemplate t = SampleDocuments.templateOf(in);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfExporter(locale).export(t, in.document(), in.office(), Scoring.score(t, in.document()), out,
                    ExportProgress.NONE, view);
            String dir = System.getProperty("lokkho.pdf.out");
            if (dir != null) {
                Files.write(Path.of(dir, sample.replace(".json", "-" + view.templateName() + ".pdf")), out.toByteArray());
            }
            layout = PrintedLayout.read(out.toByteArray());
            PRINTED.put(key, layout);
        }
        return layout;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samplesAndViews")
    void noTextCrossesOrTouchesTheRulesOfItsCell(String sample, PrintView view) throws Exception {
        assertThat(LayoutChecks.textOverRules(printed(sample, view))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samplesAndViews")
    void noTwoTextsOverlap(String sample, PrintView view) throws Exception {
        assertThat(LayoutChecks.overlaps(printed(sample, view))).isEmpty();
    }

    /** See {@link LayoutChecks#cutTokens}: a cut word is allowed only at 6.5 pt in a column narrower than the word. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samplesAndViews")
    void noTokenIsCutAcrossLinesUnlessWiderThanItsColumnAtTheSmallestType(String sample, PrintView view) throws Exception {
        assertThat(LayoutChecks.cutTokens(printed(sample, view), sourceText(sample))).isEmpty();
    }

    /** The English switch: other header words, other widths, the same rules. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(PrintView.class)
    void theApaInEnglishKeepsTheSameRules(PrintView view) throws Exception {
        PrintedLayout printed = printed("apa-2023-24-karaitoli-lcs.json", view, java.util.Locale.ENGLISH);
        assertThat(LayoutChecks.textOverRules(printed)).isEmpty();
        assertThat(LayoutChecks.overlaps(printed)).isEmpty();
        assertThat(LayoutChecks.cutTokens(printed, sourceText("apa-2023-24-karaitoli-lcs.json"))).isEmpty();
    }

    /** A cell taller than a page, cut with "(চলমান)" at the foot of the first part: the marker fits its column too. */
    @org.junit.jupiter.api.Test
    void aCellCutAtAPageBreakKeepsItsMarkerInsideTheColumn() throws Exception {
        FormTemplate t = CharterLikeTemplateTest.template();
        PrintedLayout printed = PrintedLayout.read(PdfTestSupport.export(t, CharterLikeTemplateTest.document(t), null));
        assertThat(printed.lines).anyMatch(l -> l.text().contains("(চলমান)") && printed.cellOf(l) != null);
        assertThat(LayoutChecks.textOverRules(printed)).isEmpty();
        assertThat(LayoutChecks.overlaps(printed)).isEmpty();
    }

    /** The sample's and all templates' text, whitespace runs as one space: what was typed with a space. */
    private static String sourceText(String sample) throws Exception {
        StringBuilder all = new StringBuilder();
        try (var in = PrintedTableLayoutTest.class.getResourceAsStream("/samples/" + sample)) {
            all.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        Path templates = Path.of(PrintedTableLayoutTest.class.getResource("/templates/index.json").toURI()).getParent();
        try (Stream<Path> files = Files.list(templates)) {
            for (Path f : files.toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString().replaceAll("\\\\n|\\s+", " ");
    }

}
