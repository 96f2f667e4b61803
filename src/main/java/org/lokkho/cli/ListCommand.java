package org.lokkho.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lokkho.AppContext;
import org.lokkho.app.DocumentSummary;
import org.lokkho.domain.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the stored documents, newest first: a table for people, or JSON (ASCII digits) for scripts. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List stored documents (id, template, office, fiscal year, period, status).")
final class ListCommand extends Subcommand {
    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    int run(AppContext context) {
        List<DocumentSummary> documents = context.documentService().list();
        if (json) {
            out().println(CliJson.write(toJson(documents)));
        } else {
            printTable(documents);
        }
        out().flush();
        return LokkhoCommand.OK;
    }

    private static ArrayNode toJson(List<DocumentSummary> documents) {
        ArrayNode array = CliJson.MAPPER.createArrayNode();
        for (DocumentSummary d : documents) {
            ObjectNode n = array.addObject();
            n.put("id", d.id());
            n.put("template", d.templateId());
            n.put("templateVersion", d.templateVersion());
            n.put("title", d.title());
            n.put("officeId", d.officeId());
            n.put("office", d.officeName());
            n.put("fiscalYear", d.fiscalYear().code());
            n.put("period", d.period().name());
            n.put("status", d.status().name().toLowerCase(Locale.ROOT));
            n.put("updatedAt", d.updatedAt().toString());
        }
        return array;
    }

    private void printTable(List<DocumentSummary> documents) {
        Messages m = messages();
        if (documents.isEmpty()) {
            out().println(m.get("cli.list.empty"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(m.get("cli.list.id"), m.get("cli.list.template"), m.get("cli.list.office"), m.get("cli.list.fiscalYear"),
                m.get("cli.list.period"), m.get("cli.list.status")));
        for (DocumentSummary d : documents) {
            rows.add(List.of(m.digits(Long.toString(d.id())), d.templateId(), d.officeName(),
                    m.isBengali() ? d.fiscalYear().shortLabel() : d.fiscalYear().code(),
                    m.isBengali() ? d.period().bengali() : d.period().english(),
                    m.get("document.status." + d.status().name())));
        }
        TextTable.print(rows, out());
    }
}
