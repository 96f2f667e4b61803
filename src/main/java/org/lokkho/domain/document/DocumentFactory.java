package org.lokkho.domain.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.cell.CellParser;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.RowTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.template.SignatureSlot;

/** Makes a new, empty document from a template: preset rows copied in, numbered, one signature block per slot. */
public final class DocumentFactory {
    private DocumentFactory() {
    }

    public static FormDocument create(FormTemplate template, long officeId, FiscalYear fy, Period period) {
        Map<String, SectionContent> sections = new LinkedHashMap<>();
        for (SectionTemplate s : template.sections()) {
            sections.put(s.key(), emptySection(s));
        }
        return new FormDocument(0, template.id(), template.version(), officeId, fy, period, DocumentStatus.DRAFT,
                "", DocumentSettings.DEFAULT, sections);
    }

    public static SectionContent emptySection(SectionTemplate s) {
        return switch (s.kind()) {
            case TEXT -> new TextContent("");
            case LIST -> new ListContent(List.of());
            case SIGNATURE -> new SignatureContent(s.signatures().stream().map(DocumentFactory::blankBlock).toList());
            case TABLE -> presetTable(s);
        };
    }

    private static SignatureBlock blankBlock(SignatureSlot slot) {
        return new SignatureBlock(slot.role(), "", "", "", "", "", "");
    }

    private static TableContent presetTable(SectionTemplate s) {
        List<TableRow> rows = new ArrayList<>();
        for (RowTemplate rt : s.rows()) {
            Map<String, CellValue> cells = new LinkedHashMap<>();
            rt.cells().forEach((key, raw) -> s.column(key).ifPresent(c -> cells.put(key, CellParser.parse(raw, c.type()).value())));
            rows.add(new TableRow(null, rt.isGroup() ? RowKind.GROUP : RowKind.ITEM, "", rt.title(), cells, Map.of(),
                    rt.fixed(), rt.locked()));
        }
        RowNumbering.renumber(rows, s);
        return new TableContent(rows);
    }
}
