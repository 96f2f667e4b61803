package org.lokkho.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.lokkho.AppContext;
import org.lokkho.domain.cell.CellValue;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.scoring.GroupScore;
import org.lokkho.domain.scoring.RowScore;
import org.lokkho.domain.scoring.ScoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Scores a stored document with its template's rule: per row, per group and in total. */
@Command(name = "score", mixinStandardHelpOptions = true, description = "Score a document (rows, groups, total).")
final class ScoreCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Document id (see 'list').")
    String id;

    @Option(names = "--json", description = "Print JSON (ASCII decimal numbers) instead of text.")
    boolean json;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the score report (table and charts) to this PDF file.")
    java.nio.file.Path pdf;

    @Override
    int run(AppContext context) {
        FormDocument doc = context.documentService().require(parseId(id));
        ScoreReport report = context.documentService().score(doc);
        if (pdf != null) {
            writePdf(context, doc);
        }
        if (json) {
            out().println(CliJson.write(toJson(doc, report)));
        } else {
            printText(report);
        }
        out().flush();
        return LokkhoCommand.OK;
    }

    static ObjectNode toJson(FormDocument doc, ScoreReport report) {
        ObjectNode root = CliJson.MAPPER.createObjectNode();
        root.put("document", doc.id());
        root.put("template", doc.templateId());
        root.put("templateVersion", doc.templateVersion());
        root.put("rule", report.rule());
        ArrayNode rows = root.putArray("rows");
        for (RowScore r : report.rows()) {
            ObjectNode n = rows.addObject();
            n.put("code", r.code());
            n.put("rowId", r.rowId());
            putAchieved(n, r.achieved());
            n.put("obtained", r.obtained());
            n.put("max", r.max());
            n.put("excluded", r.excluded());
        }
        ArrayNode groups = root.putArray("groups");
        for (GroupScore g : report.groups()) {
            ObjectNode n = groups.addObject();
            n.put("code", g.code());
            n.put("rowId", g.rowId());
            n.put("title", g.title());
            n.put("obtained", g.obtained());
            n.put("max", g.max());
        }
        root.put("total", report.total());
        root.put("max", report.max());
        return root;
    }

    /** A number (or percentage) as a number, a date as ISO text, anything else as its text; blank as null. */
    private static void putAchieved(ObjectNode n, CellValue v) {
        if (v == null || v.isBlank()) {
            n.putNull("achieved");
        } else if (v.hasNumber()) {
            n.put("achieved", v.number());
        } else if (v.effectiveDate() != null) {
            n.put("achieved", v.effectiveDate().toString());
        } else {
            n.put("achieved", v.raw());
        }
    }

    private void writePdf(AppContext context, FormDocument doc) {
        var service = context.documentService();
        try {
            new org.lokkho.pdf.ScoreReportPdf(top().locale()).exportToFile(service.templateOf(doc), doc,
                    service.officeOf(doc), service.linkedScores(), pdf);
        } catch (java.io.IOException e) {
            throw new org.lokkho.app.AppException("cli.error.writeFile", e, pdf, reason(e, messages()));
        } catch (IllegalArgumentException e) {
            throw new org.lokkho.app.AppException("cli.error.notScored", doc.templateId());
        }
    }

    private void printText(ScoreReport report) {
        Messages m = messages();
        if ("none".equals(report.rule())) {
            // A charter or a 2017-18 plan has no marks: say so rather than print "0 of 0".
            out().println(m.get("cli.score.unscored"));
            return;
        }
        for (RowScore r : report.rows()) {
            out().println(r.excluded() ? m.get("cli.score.excluded", r.code())
                    : m.get("cli.score.row", r.code(), number(r.obtained(), m), number(r.max(), m)));
        }
        for (GroupScore g : report.groups()) {
            out().println(m.get("cli.score.group", g.code(), g.title(), number(g.obtained(), m), number(g.max(), m)));
        }
        out().println(m.get("cli.score.total", number(report.total(), m), number(report.max(), m)));
    }

    private static String number(BigDecimal n, Messages m) {
        return m.digits(n == null ? "0" : n.stripTrailingZeros().toPlainString());
    }
}
