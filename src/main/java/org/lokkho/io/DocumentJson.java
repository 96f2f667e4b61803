package org.lokkho.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.cell.ColumnType;
import org.lokkho.domain.document.DocumentSettings;
import org.lokkho.domain.document.DocumentStatus;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.ListContent;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.document.RowKind;
import org.lokkho.domain.document.SectionContent;
import org.lokkho.domain.document.SignatureBlock;
import org.lokkho.domain.document.SignatureContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.document.TextContent;
import org.lokkho.domain.i18n.Problem;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;

/**
 * The document exchange format ({@code lokkho-document}, version 1), documented in docs/document-format.md.
 * Writing is canonical (fixed key order, every cell with its typed state). Reading checks everything and
 * reports every problem with its JSON path; nothing partial is ever returned.
 */
public final class DocumentJson {
    public static final String FORMAT = "lokkho-document";
    public static final int FORMAT_VERSION = 1;
    /** Longest document title the store keeps. */
    public static final int MAX_TITLE = 1000;
    /**
     * For writing only, and made when first needed: reading builds its tree without an ObjectMapper
     * ({@link JsonTrees}), so a command that only reads (export-pdf) never loads Jackson's data binding.
     */
    private static final class Writing {
        static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    private final TemplateCatalog templates;

    public DocumentJson(TemplateCatalog templates) {
        this.templates = templates;
    }

    /** A parsed file: the document (officeId 0) and the office it came from. */
    public record Imported(FormDocument document, Office office) {
    }

    // ---------------------------------------------------------------- writing

    /** Indented, for files people open: export, packages. */
    public String write(FormDocument doc, Office office) {
        try {
            return Writing.MAPPER.writeValueAsString(toTree(doc, office));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same JSON without indentation, for the store: about half the characters of {@link #write} for a large
     * table (a 20-page report: 370 KB indented), so every save writes less and every start reads and parses less.
     */
    public String writeCompact(FormDocument doc, Office office) {
        try {
            return Writing.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(doc, office));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectNode toTree(FormDocument doc, Office office) {
        ObjectNode root = Writing.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode t = root.putObject("template");
        t.put("id", doc.templateId());
        t.put("version", doc.templateVersion());
        root.set("office", officeTree(office));
        root.put("fiscalYear", doc.fiscalYear().code());
        root.put("period", doc.period().name());
        root.put("status", doc.status().name().toLowerCase(Locale.ROOT));
        root.put("title", doc.title());
        ObjectNode s = root.putObject("settings");
        s.put("notApplicable", doc.settings().notApplicable().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        s.put("percentAggregation", doc.settings().percentAggregation().name().toLowerCase(Locale.ROOT));
        s.put("stepScoring", doc.settings().stepScoring());
        ObjectNode sections = root.putObject("sections");
        FormTemplate template = templates.find(doc.templateId(), doc.templateVersion()).orElse(null);
        doc.sections().forEach((key, content) -> sections.set(key, sectionTree(content, columnOrder(template, key))));
        return root;
    }

    public static ObjectNode officeTree(Office o) {
        ObjectNode n = Writing.MAPPER.createObjectNode();
        n.put("nameBn", o.nameBn());
        n.put("nameEn", o.nameEn());
        n.put("ministryBn", o.ministryBn());
        n.put("superiorOfficeBn", o.superiorOfficeBn());
        n.put("address", o.address());
        n.put("phone", o.phone());
        n.put("email", o.email());
        n.put("website", o.website());
        n.put("headName", o.headName());
        n.put("headDesignation", o.headDesignation());
        return n;
    }

    /** Cells are written in the template's column order, so the same content always gives the same bytes. */
    private static List<String> columnOrder(FormTemplate template, String sectionKey) {
        if (template == null) {
            return List.of();
        }
        return template.section(sectionKey).map(s -> s.columns().stream().map(c -> c.key()).toList()).orElse(List.of());
    }

    private static void putCells(ObjectNode target, Map<String, CellValue> cells, List<String> order) {
        for (String key : order) {
            CellValue v = cells.get(key);
            if (v != null) {
                target.set(key, cellTree(v));
            }
        }
        cells.forEach((k, v) -> {
            if (!order.contains(k)) {
                target.set(k, cellTree(v));
            }
        });
    }

    private ObjectNode sectionTree(SectionContent content, List<String> order) {
        ObjectNode n = Writing.MAPPER.createObjectNode();
        if (content instanceof TextContent t) {
            n.put("kind", "text");
            n.put("text", t.text());
        } else if (content instanceof ListContent l) {
            n.put("kind", "list");
            ArrayNode items = n.putArray("items");
            l.items().forEach(items::add);
        } else if (content instanceof SignatureContent sc) {
            n.put("kind", "signature");
            ArrayNode blocks = n.putArray("blocks");
            for (SignatureBlock b : sc.blocks()) {
                ObjectNode bn = blocks.addObject();
                bn.put("role", b.role());
                bn.put("name", b.name());
                bn.put("designation", b.designation());
                bn.put("office", b.office());
                bn.put("date", b.date());
                bn.put("phone", b.phone());
                bn.put("email", b.email());
            }
        } else if (content instanceof TableContent tc) {
            n.put("kind", "table");
            ArrayNode rows = n.putArray("rows");
            for (TableRow r : tc.rows()) {
                rows.add(rowTree(r, order));
            }
        }
        return n;
    }

    private ObjectNode rowTree(TableRow r, List<String> order) {
        ObjectNode n = Writing.MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        n.put("code", r.code());
        if (r.isGroup()) {
            n.put("title", r.title());
        }
        if (r.isFixed()) {
            n.put("fixed", true);
            ArrayNode locked = n.putArray("locked");
            r.locked().forEach(locked::add);
        }
        if (!r.cells().isEmpty()) {
            ObjectNode cells = n.putObject("cells");
            putCells(cells, r.cells(), order);
        }
        if (!r.achievedCells().isEmpty()) {
            ObjectNode a = n.putObject("achieved");
            putCells(a, r.achievedCells(), order);
        }
        return n;
    }

    public static ObjectNode cellTree(CellValue v) {
        ObjectNode n = Writing.MAPPER.createObjectNode();
        n.put("raw", v.raw());
        n.put("kind", v.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (v.number() != null) {
            n.put("value", v.number().toPlainString());
        }
        if (v.date() != null) {
            n.put("date", v.date().toString());
        }
        if (v.dateTo() != null) {
            n.put("dateTo", v.dateTo().toString());
        }
        if (v.unit() != null) {
            n.put("unit", v.unit());
        }
        return n;
    }

    // ---------------------------------------------------------------- reading

    public Imported read(String json) throws DocumentFormatException {
        JsonNode root;
        try {
            root = JsonTrees.read(json);
        } catch (JsonProcessingException e) {
            throw syntax(e);
        }
        return read(root);
    }

    /**
     * Reads the JSON from UTF-8 bytes, as the store keeps it: Jackson's byte parser decodes the text itself, so the
     * content is neither decoded into a String first nor copied out of one again (about a third of reading a stored
     * 20-page report). The same checks as {@link #read(String)}; a syntax error's column counts bytes here.
     */
    public Imported read(InputStream utf8) throws DocumentFormatException, IOException {
        JsonNode root;
        try {
            root = JsonTrees.read(utf8);
        } catch (JsonProcessingException e) {
            throw syntax(e);
        }
        return read(root);
    }

    private static DocumentFormatException syntax(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return new DocumentFormatException(List.of(new DocumentFormatException.Located(where, Problem.error("json.error.syntax", e.getOriginalMessage()))));
    }

    private Imported read(JsonNode root) throws DocumentFormatException {
        if (root == null || !root.isObject()) {
            throw fail("", "json.error.notObject");
        }
        return new Reader(root).read();
    }

    /**
     * {@code Enum.valueOf} without its first-call cost: that builds the enum's name directory by reflection (a
     * measurable part of reading a stored document in a cold process). Same result, same IllegalArgumentException.
     */
    static <E extends Enum<E>> E constant(E[] values, String name) {
        for (E e : values) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("No constant " + name);
    }

    private static DocumentFormatException fail(String path, String key, Object... args) {
        return new DocumentFormatException(List.of(new DocumentFormatException.Located(path, Problem.error(key, args))));
    }

    /** One read, collecting problems with their paths. */
    private final class Reader {
        private final JsonNode root;
        private final List<DocumentFormatException.Located> problems = new ArrayList<>();

        Reader(JsonNode root) {
            this.root = root;
        }

        Imported read() throws DocumentFormatException {
            String format = text(root, "format", "format", true);
            if (format != null && !FORMAT.equals(format)) {
                problem("format", "json.error.format", format);
            }
            JsonNode fv = root.get("formatVersion");
            if (fv != null && (!fv.canConvertToInt() || fv.asInt() > FORMAT_VERSION)) {
                problem("formatVersion", "json.error.formatVersion", fv.asText());
            }
            JsonNode t = root.get("template");
            if (t == null || !t.isObject()) {
                throw fail("template", "json.error.missing");
            }
            String templateId = text(t, "id", "template.id", true);
            JsonNode versionNode = t.get("version");
            int version = versionNode != null && versionNode.canConvertToInt() ? versionNode.asInt() : -1;
            FormTemplate template = null;
            if (templateId != null) {
                template = (version > 0 ? templates.find(templateId, version) : templates.latest(templateId)).orElse(null);
                if (template == null) {
                    problem("template", "json.error.unknownTemplate", templateId + (version > 0 ? " v" + version : ""));
                }
            }
            Office office = office(root.get("office"));
            FiscalYear fy = fiscalYear();
            Period period = period();
            DocumentStatus status = status();
            DocumentSettings settings = settings(root.get("settings"));
            if (template == null) {
                throw new DocumentFormatException(problems);
            }
            Map<String, SectionContent> sections = sections(template);
            if (!problems.isEmpty()) {
                throw new DocumentFormatException(problems);
            }
            String title = limited(root.path("title").asText(""), "title", MAX_TITLE);
            if (!problems.isEmpty()) {
                throw new DocumentFormatException(problems);
            }
            return new Imported(new FormDocument(0, template.id(), template.version(), 0, fy, period, status, title, settings, sections), office);
        }

        private Office office(JsonNode n) {
            if (n == null || !n.isObject()) {
                problem("office", "json.error.missing");
                return null;
            }
            String nameBn = limited(text(n, "nameBn", "office.nameBn", true), "office.nameBn", 500);
            return new Office(0, nameBn, officeField(n, "nameEn", 500), officeField(n, "ministryBn", 500),
                    officeField(n, "superiorOfficeBn", 500), officeField(n, "address", 1000), officeField(n, "phone", 100),
                    officeField(n, "email", 200), officeField(n, "website", 300), officeField(n, "headName", 300),
                    officeField(n, "headDesignation", 300));
        }

        /** The store keeps office fields in bounded columns; a longer value is the file's fault, said here. */
        private String officeField(JsonNode n, String field, int max) {
            return limited(str(n, field), "office." + field, max);
        }

        private String limited(String value, String path, int max) {
            if (value != null && value.length() > max) {
                problem(path, "json.error.tooLong", value.length(), max);
                return value.substring(0, max);
            }
            return value;
        }

        private FiscalYear fiscalYear() {
            String s = text(root, "fiscalYear", "fiscalYear", true);
            if (s == null) {
                return null;
            }
            try {
                return FiscalYear.parse(s);
            } catch (IllegalArgumentException e) {
                problem("fiscalYear", "json.error.fiscalYear", s);
                return null;
            }
        }

        private Period period() {
            String s = text(root, "period", "period", false);
            if (s == null) {
                return Period.ANNUAL;
            }
            try {
                return Period.parse(s);
            } catch (IllegalArgumentException e) {
                problem("period", "json.error.period", s);
                return null;
            }
        }

        private DocumentStatus status() {
            String s = text(root, "status", "status", false);
            if (s == null) {
                return DocumentStatus.DRAFT;
            }
            try {
                return constant(DocumentStatus.values(), s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("status", "json.error.status", s);
                return null;
            }
        }

        private DocumentSettings settings(JsonNode n) {
            if (n == null || n.isNull()) {
                return DocumentSettings.DEFAULT;
            }
            DocumentSettings.NotApplicablePolicy na = DocumentSettings.NotApplicablePolicy.FULL_MARKS;
            DocumentSettings.PercentAggregation pa = DocumentSettings.PercentAggregation.AVERAGE;
            try {
                if (n.has("notApplicable")) {
                    na = constant(DocumentSettings.NotApplicablePolicy.values(), n.get("notApplicable").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
                }
            } catch (IllegalArgumentException e) {
                problem("settings.notApplicable", "json.error.choice", n.get("notApplicable").asText(), "full-marks, exclude-and-rescale");
            }
            try {
                if (n.has("percentAggregation")) {
                    pa = constant(DocumentSettings.PercentAggregation.values(), n.get("percentAggregation").asText().toUpperCase(Locale.ROOT));
                }
            } catch (IllegalArgumentException e) {
                problem("settings.percentAggregation", "json.error.choice", n.get("percentAggregation").asText(), "average, latest");
            }
            return new DocumentSettings(na, pa, n.path("stepScoring").asBoolean(false));
        }

        private Map<String, SectionContent> sections(FormTemplate template) {
            Map<String, SectionContent> out = new LinkedHashMap<>();
            JsonNode n = root.get("sections");
            if (n == null || !n.isObject()) {
                problem("sections", "json.error.missing");
                return out;
            }
            n.fieldNames().forEachRemaining(name -> {
                if (template.section(name).isEmpty()) {
                    problem("sections." + name, "json.error.unknownSection", name, template.id());
                }
            });
            for (SectionTemplate st : template.sections()) {
                JsonNode sn = n.get(st.key());
                String path = "sections." + st.key();
                if (sn == null || sn.isNull()) {
                    out.put(st.key(), org.lokkho.domain.document.DocumentFactory.emptySection(st));
                    continue;
                }
                if (!sn.isObject()) {
                    problem(path, "json.error.notObject");
                    continue;
                }
                SectionContent content = switch (st.kind()) {
                    case TEXT -> new TextContent(sn.path("text").asText(""));
                    case LIST -> new ListContent(stringList(sn.get("items"), path + ".items"));
                    case SIGNATURE -> signatures(sn.get("blocks"), path + ".blocks");
                    case TABLE -> table(st, sn.get("rows"), path + ".rows");
                };
                out.put(st.key(), content);
            }
            return out;
        }

        private List<String> stringList(JsonNode n, String path) {
            List<String> items = new ArrayList<>();
            if (n == null) {
                return items;
            }
            if (!n.isArray()) {
                problem(path, "json.error.notArray");
                return items;
            }
            for (int i = 0; i < n.size(); i++) {
                if (!n.get(i).isTextual()) {
                    problem(path + "[" + i + "]", "json.error.notText");
                } else {
                    items.add(n.get(i).asText());
                }
            }
            return items;
        }

        private SignatureContent signatures(JsonNode n, String path) {
            List<SignatureBlock> blocks = new ArrayList<>();
            if (n == null) {
                return new SignatureContent(blocks);
            }
            if (!n.isArray()) {
                problem(path, "json.error.notArray");
                return new SignatureContent(blocks);
            }
            for (JsonNode b : n) {
                blocks.add(new SignatureBlock(str(b, "role"), str(b, "name"), str(b, "designation"), str(b, "office"),
                        str(b, "date"), str(b, "phone"), str(b, "email")));
            }
            return new SignatureContent(blocks);
        }

        private TableContent table(SectionTemplate st, JsonNode n, String path) {
            List<TableRow> rows = new ArrayList<>();
            if (n == null) {
                return new TableContent(rows);
            }
            if (!n.isArray()) {
                problem(path, "json.error.notArray");
                return new TableContent(rows);
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (int i = 0; i < n.size(); i++) {
                JsonNode r = n.get(i);
                if (!r.isObject()) {
                    problem(rowPath(path, i), "json.error.notObject");
                    continue;
                }
                String kindText = r.path("kind").asText("item");
                RowKind kind;
                try {
                    kind = constant(RowKind.values(), kindText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problem(rowPath(path, i) + ".kind", "json.error.choice", kindText, "group, item");
                    continue;
                }
                String id = r.path("id").asText("");
                if (!id.isEmpty() && !ids.add(id)) {
                    problem(rowPath(path, i) + ".id", "json.error.duplicateId", id);
                }
                Map<String, CellValue> cells = cells(st, r.get("cells"), path, i, ".cells", false);
                Map<String, CellValue> achieved = cells(st, r.get("achieved"), path, i, ".achieved", true);
                JsonNode lockedNode = r.get("locked");
                List<String> locked = lockedNode == null ? new ArrayList<>() : stringList(lockedNode, rowPath(path, i) + ".locked");
                rows.add(new TableRow(id, kind, r.path("code").asText(""), r.path("title").asText(""), cells, achieved,
                        r.path("fixed").asBoolean(false), locked));
            }
            return new TableContent(rows);
        }

        /**
         * A row's path ({@code sections.plan.rows[3]}), built only for a problem: a stored 20-page report has
         * thousands of cells, and building every cell's path up front was a measurable part of reading it.
         */
        private String rowPath(String tablePath, int row) {
            return tablePath + "[" + row + "]";
        }

        private String cellPath(String tablePath, int row, String part, String column) {
            return rowPath(tablePath, row) + part + "." + column;
        }

        private Map<String, CellValue> cells(SectionTemplate st, JsonNode n, String tablePath, int row, String part,
                                             boolean achievedHalf) {
            Map<String, CellValue> out = new LinkedHashMap<>();
            if (n == null) {
                return out;
            }
            if (!n.isObject()) {
                problem(rowPath(tablePath, row) + part, "json.error.notObject");
                return out;
            }
            n.fields().forEachRemaining(e -> {
                String key = e.getKey();
                var column = st.column(e.getKey());
                if (column.isEmpty()) {
                    problem(cellPath(tablePath, row, part, key), "json.error.unknownColumn", e.getKey(), st.key());
                    return;
                }
                if (achievedHalf && (st.rowPair() == null || !st.rowPair().isPaired(e.getKey()))) {
                    problem(cellPath(tablePath, row, part, key), "json.error.notPaired", e.getKey());
                    return;
                }
                JsonNode c = e.getValue();
                String raw;
                if (c.isTextual() || c.isNumber()) {
                    raw = c.asText();
                } else if (c.isObject() && c.has("raw") && c.get("raw").isValueNode()) {
                    raw = c.get("raw").asText();
                } else {
                    problem(cellPath(tablePath, row, part, key), "json.error.cell");
                    return;
                }
                ColumnType type = column.get().type();
                CellValue v = CellParser.parse(raw, type).value();
                if (c.isObject() && c.has("kind")) {
                    String declared = c.get("kind").asText().toUpperCase(Locale.ROOT).replace('-', '_');
                    if (!declared.equals(v.kind().name())) {
                        problem(cellPath(tablePath, row, part, key) + ".kind", "json.error.kindMismatch", c.get("kind").asText(), raw,
                                v.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                        return;
                    }
                }
                if (v.date() != null && c.isObject() && c.has("date") && !c.get("date").asText().equals(v.date().toString())) {
                    problem(cellPath(tablePath, row, part, key) + ".date", "json.error.valueMismatch", c.get("date").asText(), raw);
                    return;
                }
                if (v.number() != null && c.isObject() && c.has("value")
                        && storedNumber(c.get("value").asText()).compareTo(v.number()) != 0) {
                    problem(cellPath(tablePath, row, part, key) + ".value", "json.error.valueMismatch", c.get("value").asText(), raw);
                    return;
                }
                if (!v.isBlank()) {
                    out.put(e.getKey(), v);
                }
            });
            return out;
        }

        /** A stored "value" as a number, parsed once; text that is not a number reads as before: NaN as 0, else -0.0000001. */
        private java.math.BigDecimal storedNumber(String s) {
            try {
                return new java.math.BigDecimal(s);
            } catch (NumberFormatException e) {
                return new java.math.BigDecimal("NaN".equals(s) ? "0" : "-0.0000001");
            }
        }

        private String text(JsonNode n, String field, String path, boolean required) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                if (required) {
                    problem(path, "json.error.missing");
                }
                return null;
            }
            if (!v.isTextual()) {
                problem(path, "json.error.notText");
                return null;
            }
            return v.asText();
        }

        private String str(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? "" : v.asText();
        }

        private void problem(String path, String key, Object... args) {
            problems.add(new DocumentFormatException.Located(path, Problem.error(key, args)));
        }
    }

    /** ISO date as text, for tests and tools. */
    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
