package org.lokkho.domain.apa;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lokkho.domain.cell.BengaliDates;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.document.SectionContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.document.TextContent;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.text.BengaliDigits;

/**
 * The values of the APA's fixed-text slots, for {@link org.lokkho.domain.template.Placeholders#fill}: the two
 * parties (cover, preamble, commitments) and the signing date (preamble). A party is the office, not the person:
 * the signatory is kept apart in the signature blocks (forms-spec §1.8, D0 signs as another designation).
 */
public final class ApaText {
    private ApaText() {
    }

    /** The two parties of the agreement, each as designation and office. */
    public record Parties(String partyDesignation, String partyOffice, String superiorDesignation, String superiorOffice) {
        /** "উপ কমিশনার, কড়ইতলী স্থল শুল্ক স্টেশন" */
        public String party() {
            return join(partyDesignation, partyOffice);
        }

        public String superiorParty() {
            return join(superiorDesignation, superiorOffice);
        }
    }

    /** The signing date's slots; blank slots stay blank so that the agreement can be printed before it is signed. */
    public record SignDate(String day, String month, String year) {
    }

    /**
     * The parties as typed on the cover (first row: this office, second: the superior office); a blank cell takes the
     * office record: the head's designation and the office's name, and the superior office's name.
     */
    public static Parties parties(FormTemplate template, FormDocument doc, Office office) {
        List<TableRow> rows = coverRows(template, doc);
        String[] own = cells(rows, 0);
        String[] superior = cells(rows, 1);
        return new Parties(or(own[0], office.headDesignation()), or(own[1], office.nameBn()),
                superior[0], or(superior[1], office.superiorOfficeBn()));
    }

    /**
     * The preamble's text is the signing date as typed: a full date fills all three slots; a bare year fills the
     * year; a blank leaves day and month blank and the year as the fiscal year's first (APAs are signed in June).
     */
    public static SignDate signDate(FormTemplate template, FormDocument doc) {
        String typed = template.sections().stream().filter(s -> s.hasLayout("preamble")).findFirst()
                .map(s -> doc.section(s.key())).filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text().strip())
                .orElse("");
        String fyStart = BengaliDigits.format(doc.fiscalYear().startYear());
        if (typed.isEmpty()) {
            return new SignDate("", "", fyStart);
        }
        if (BengaliDigits.toAscii(typed).matches("\\d{4}")) {
            return new SignDate("", "", BengaliDigits.toBengali(typed));
        }
        Optional<LocalDate> date;
        try {
            date = BengaliDates.parse(typed);
        } catch (java.time.DateTimeException e) {
            date = Optional.empty();
        }
        return date.map(d -> new SignDate(BengaliDigits.format(d.getDayOfMonth()), BengaliDates.MONTHS_BN.get(d.getMonthValue() - 1),
                BengaliDigits.format(d.getYear()))).orElse(new SignDate("", "", fyStart));
    }

    /** Every slot value of the APA's fixed texts, by placeholder name. */
    public static Map<String, String> placeholders(FormTemplate template, FormDocument doc, Office office) {
        Parties p = parties(template, doc, office);
        SignDate d = signDate(template, doc);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("office", office.nameBn());
        values.put("officeEn", office.nameEn());
        values.put("ministry", office.ministryBn());
        values.put("partyDesignation", p.partyDesignation());
        values.put("partyOffice", p.partyOffice());
        values.put("superiorDesignation", p.superiorDesignation());
        values.put("superiorOffice", p.superiorOffice());
        values.put("party", p.party());
        values.put("superiorParty", p.superiorParty());
        values.put("signDay", d.day());
        values.put("signMonth", d.month());
        values.put("signYear", d.year());
        return values;
    }

    private static List<TableRow> coverRows(FormTemplate template, FormDocument doc) {
        Optional<SectionTemplate> cover = template.sections().stream().filter(s -> s.hasLayout("cover")).findFirst();
        SectionContent content = cover.map(s -> doc.section(s.key())).orElse(null);
        return content instanceof TableContent t ? t.items() : List.of();
    }

    private static String[] cells(List<TableRow> rows, int index) {
        if (rows.size() <= index) {
            return new String[] {"", ""};
        }
        TableRow r = rows.get(index);
        return new String[] {r.cell("designation").raw().strip(), r.cell("office").raw().strip()};
    }

    private static String or(String typed, String fallback) {
        return typed.isEmpty() ? fallback : typed;
    }

    private static String join(String a, String b) {
        return String.join(", ", Stream.of(a, b).filter(s -> s != null && !s.isBlank()).toList());
    }
}
