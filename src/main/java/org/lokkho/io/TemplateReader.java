package org.lokkho.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.DerivedRows;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.HeaderNode;
import org.lokkho.domain.template.LocalizedText;
import org.lokkho.domain.template.Numbering;
import org.lokkho.domain.template.RowPair;
import org.lokkho.domain.template.RowTemplate;
import org.lokkho.domain.template.ScoringSpec;
import org.lokkho.domain.template.SectionKind;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.template.SignatureSlot;

/**
 * Reads a bundled template file into the template records with Jackson's streaming parser, field by field.
 *
 * <p>Why not Jackson's data binding (what the catalogue used before): binding records means introspecting every
 * record class, building a deserializer for each, and calling constructors by reflection, hundreds of data-binding
 * classes loaded and compiled in a process that prints one report (about a quarter of the PDF warm-up thread's
 * work in a cold {@code export-pdf}). The result is the same: {@code TemplateReaderTest} compares both readings of
 * every bundled template, record by record. Stricter than data binding, on purpose: the bundled files are ours, so
 * an unknown field or a value of an unexpected JSON type is an error rather than a coercion.
 */
final class TemplateReader {
    private static final JsonFactory JSON = new JsonFactory();

    private final JsonParser p;

    private TemplateReader(JsonParser p) {
        this.p = p;
    }

    static FormTemplate read(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            TemplateReader r = new TemplateReader(p);
            r.expect(p.nextToken(), JsonToken.START_OBJECT);
            FormTemplate t = r.formTemplate();
            if (p.nextToken() != null) {
                throw r.error("content after the template object");
            }
            return t;
        }
    }

    /** A streaming parser over a bundled file. */
    static JsonParser parser(InputStream in) throws IOException {
        return JSON.createParser(in);
    }

    /** The string array of {@code /templates/index.json}. */
    static List<String> readStrings(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            TemplateReader r = new TemplateReader(p);
            p.nextToken();
            List<String> out = r.stringList();
            if (out == null) {
                throw r.error("expected an array");
            }
            return out;
        }
    }

    // ---------------------------------------------------------------- records (the parser is on START_OBJECT)

    private FormTemplate formTemplate() throws IOException {
        String id = null, form = null, fiscalYear = null, orientation = null;
        int version = 0;
        boolean quarterly = false;
        LocalizedText title = null;
        List<LocalizedText> titleLines = null;
        List<SectionTemplate> sections = null;
        ScoringSpec scoring = null;
        while (nextField()) {
            switch (p.currentName()) {
                case "id" -> id = string();
                case "form" -> form = string();
                case "version" -> version = integer();
                case "fiscalYear" -> fiscalYear = string();
                case "title" -> title = localized();
                case "orientation" -> orientation = string();
                case "titleLines" -> titleLines = localizedList();
                case "sections" -> sections = sections();
                case "scoring" -> scoring = scoring();
                case "quarterly" -> quarterly = bool();
                default -> throw unknown();
            }
        }
        return new FormTemplate(id, form, version, fiscalYear, title, orientation, titleLines, sections, scoring, quarterly);
    }

    private List<SectionTemplate> sections() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<SectionTemplate> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p.currentToken(), JsonToken.START_OBJECT);
            out.add(section());
        }
        return out;
    }

    private SectionTemplate section() throws IOException {
        String key = null, orientation = null, columnNumbers = null, layout = null, activityColumn = null;
        SectionKind kind = null;
        LocalizedText title = null, intro = null, footnote = null, heading = null;
        List<ColumnTemplate> columns = null;
        List<HeaderNode> header = null;
        RowPair rowPair = null;
        Numbering numbering = null, listNumbering = null;
        List<RowTemplate> rows = null;
        boolean rowsFixed = false;
        List<SignatureSlot> signatures = null;
        List<LocalizedText> lines = null;
        List<String> contents = null, groupColumns = null;
        DerivedRows derivedFrom = null;
        while (nextField()) {
            switch (p.currentName()) {
                case "key" -> key = string();
                case "kind" -> {
                    String s = string();
                    kind = s == null ? null : SectionKind.of(s);
                }
                case "title" -> title = localized();
                case "intro" -> intro = localized();
                case "orientation" -> orientation = string();
                case "columns" -> columns = columns();
                case "header" -> header = headerNodes();
                case "columnNumbers" -> columnNumbers = string();
                case "rowPair" -> rowPair = rowPair();
                case "numbering" -> numbering = numbering();
                case "rows" -> rows = rows();
                case "rowsFixed" -> rowsFixed = bool();
                case "footnote" -> footnote = localized();
                case "signatures" -> signatures = signatures();
                case "listNumbering" -> listNumbering = numbering();
                case "heading" -> heading = localized();
                case "layout" -> layout = string();
                case "lines" -> lines = localizedList();
                case "contents" -> contents = stringList();
                case "activityColumn" -> activityColumn = string();
                case "groupColumns" -> groupColumns = stringList();
                case "derivedFrom" -> derivedFrom = derivedRows();
                default -> throw unknown();
            }
        }
        return new SectionTemplate(key, kind, title, intro, orientation, columns, header, columnNumbers, rowPair, numbering,
                rows, rowsFixed, footnote, signatures, listNumbering, heading, layout, lines, contents, activityColumn,
                groupColumns, derivedFrom);
    }

    private List<ColumnTemplate> columns() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<ColumnTemplate> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p.currentToken(), JsonToken.START_OBJECT);
            String key = null, derived = null, view = null;
            LocalizedText header = null;
            ColumnType type = null;
            double width = 0;
            boolean required = false, readOnly = false, showsCode = false;
            List<LocalizedText> choices = null;
            while (nextField()) {
                switch (p.currentName()) {
                    case "key" -> key = string();
                    case "header" -> header = localized();
                    case "type" -> {
                        String s = string();
                        type = s == null ? null : ColumnType.of(s);
                    }
                    case "width" -> width = decimal();
                    case "required" -> required = bool();
                    case "readOnly" -> readOnly = bool();
                    case "derived" -> derived = string();
                    case "showsCode" -> showsCode = bool();
                    case "choices" -> choices = localizedList();
                    case "view" -> view = string();
                    default -> throw unknown();
                }
            }
            out.add(new ColumnTemplate(key, header, type, width, required, readOnly, derived, showsCode, choices, view));
        }
        return out;
    }

    private List<HeaderNode> headerNodes() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<HeaderNode> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p.currentToken(), JsonToken.START_OBJECT);
            String column = null;
            LocalizedText label = null;
            List<HeaderNode> children = null;
            while (nextField()) {
                switch (p.currentName()) {
                    case "column" -> column = string();
                    case "label" -> label = localized();
                    case "children" -> children = headerNodes();
                    default -> throw unknown();
                }
            }
            out.add(new HeaderNode(column, label, children));
        }
        return out;
    }

    private RowPair rowPair() throws IOException {
        if (!startObject()) {
            return null;
        }
        String labelColumn = null;
        List<String> columns = null;
        LocalizedText target = null, achieved = null;
        while (nextField()) {
            switch (p.currentName()) {
                case "labelColumn" -> labelColumn = string();
                case "columns" -> columns = stringList();
                case "targetLabel" -> target = localized();
                case "achievedLabel" -> achieved = localized();
                default -> throw unknown();
            }
        }
        return new RowPair(labelColumn, columns, target, achieved);
    }

    private List<RowTemplate> rows() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<RowTemplate> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p.currentToken(), JsonToken.START_OBJECT);
            String kind = null, title = null;
            Map<String, String> cells = null;
            boolean fixed = false;
            List<String> locked = null;
            while (nextField()) {
                switch (p.currentName()) {
                    case "kind" -> kind = string();
                    case "title" -> title = string();
                    case "cells" -> cells = stringMap();
                    case "fixed" -> fixed = bool();
                    case "locked" -> locked = stringList();
                    default -> throw unknown();
                }
            }
            out.add(new RowTemplate(kind, title, cells, fixed, locked));
        }
        return out;
    }

    private List<SignatureSlot> signatures() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<SignatureSlot> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p.currentToken(), JsonToken.START_OBJECT);
            String role = null;
            LocalizedText label = null;
            while (nextField()) {
                switch (p.currentName()) {
                    case "role" -> role = string();
                    case "label" -> label = localized();
                    default -> throw unknown();
                }
            }
            out.add(new SignatureSlot(role, label));
        }
        return out;
    }

    private DerivedRows derivedRows() throws IOException {
        if (!startObject()) {
            return null;
        }
        String section = null, select = null;
        Map<String, String> copy = null;
        while (nextField()) {
            switch (p.currentName()) {
                case "section" -> section = string();
                case "select" -> select = string();
                case "copy" -> copy = stringMap();
                default -> throw unknown();
            }
        }
        return new DerivedRows(section, select, copy);
    }

    private ScoringSpec scoring() throws IOException {
        if (!startObject()) {
            return null;
        }
        String rule = null, section = null;
        BigDecimal max = null;
        Map<String, String> columns = null, options = null;
        while (nextField()) {
            switch (p.currentName()) {
                case "rule" -> rule = string();
                case "section" -> section = string();
                case "max" -> max = bigDecimal();
                case "columns" -> columns = stringMap();
                case "options" -> options = stringMap();
                default -> throw unknown();
            }
        }
        return new ScoringSpec(rule, section, max, columns, options);
    }

    private LocalizedText localized() throws IOException {
        if (!startObject()) {
            return null;
        }
        String bn = null, en = null;
        while (nextField()) {
            switch (p.currentName()) {
                case "bn" -> bn = string();
                case "en" -> en = string();
                default -> throw unknown();
            }
        }
        return new LocalizedText(bn, en);
    }

    private List<LocalizedText> localizedList() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<LocalizedText> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p.currentToken(), JsonToken.START_OBJECT);
            out.add(localized());
        }
        return out;
    }

    // ---------------------------------------------------------------- values (the parser is on the value's token)

    private Numbering numbering() throws IOException {
        String s = string();
        return s == null ? null : Numbering.of(s);
    }

    private String string() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private int integer() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return 0;
        }
        expect(t, JsonToken.VALUE_NUMBER_INT);
        return p.getIntValue();
    }

    private double decimal() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error("expected a number");
        }
        return p.getDoubleValue();
    }

    private BigDecimal bigDecimal() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error("expected a number");
        }
        return p.getDecimalValue();
    }

    private boolean bool() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw error("expected true or false");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    private List<String> stringList() throws IOException {
        if (!startArray()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(string());
        }
        return out;
    }

    private Map<String, String> stringMap() throws IOException {
        if (!startObject()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        while (nextField()) {
            out.put(p.currentName(), string());
        }
        return out;
    }

    // ---------------------------------------------------------------- structure

    /** Moves to the next field's value; false at the end of the object. */
    private boolean nextField() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return false;
        }
        expect(t, JsonToken.FIELD_NAME);
        p.nextToken();
        return true;
    }

    /** True on an object's start, false on null. */
    private boolean startObject() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return false;
        }
        expect(p.currentToken(), JsonToken.START_OBJECT);
        return true;
    }

    /** True on an array's start, false on null. */
    private boolean startArray() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return false;
        }
        expect(p.currentToken(), JsonToken.START_ARRAY);
        return true;
    }

    private void expect(JsonToken actual, JsonToken wanted) throws IOException {
        if (actual != wanted) {
            throw error("expected " + wanted + " but found " + actual);
        }
    }

    private IOException unknown() throws IOException {
        return error("unknown field '" + p.currentName() + "'");
    }

    private IOException error(String what) {
        return new IOException(what + " at " + p.currentLocation().offsetDescription());
    }
}
