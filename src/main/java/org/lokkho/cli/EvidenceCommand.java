package org.lokkho.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lokkho.AppContext;
import org.lokkho.app.Evidence;
import org.lokkho.app.EvidenceService;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evidence add|list|remove}: the প্রমাণক files attached to a document's rows, packed by 'package'. */
@Command(name = "evidence", mixinStandardHelpOptions = true, description = "Attach evidence files to a document's rows (indicators).",
        subcommands = {EvidenceCommand.Add.class, EvidenceCommand.ListEvidence.class, EvidenceCommand.Remove.class})
final class EvidenceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return LokkhoCommand.USAGE_ERROR;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Copy FILE into the data folder as evidence for one row (and quarter).")
    static final class Add extends Subcommand {
        @Parameters(index = "0", paramLabel = "ID", description = "Document id (see 'list').")
        String id;
        @Parameters(index = "1", paramLabel = "FILE", description = "The evidence file (photo, scanned minutes, PDF …).")
        Path file;
        @Option(names = "--row", required = true, paramLabel = "CODE|ROWID", description = "The row's code as printed (e.g. 1.2 or ১.২) or its row id.")
        String row;
        @Option(names = "--quarter", paramLabel = "Q1..Q4", description = "The quarter it proves (omit for the whole period).")
        String quarter;

        @Override
        int run(AppContext context) {
            long documentId = parseId(id);
            EvidenceService evidence = context.evidenceService();
            Evidence e = evidence.attach(documentId, row, quarter, file);
            FormDocument doc = context.documentService().require(documentId);
            Messages m = messages();
            out().println(m.get("evidence.added", m.digits(Long.toString(e.id())), e.fileName(), m.digits(evidence.rowLabel(doc, e.rowId())),
                    quarterLabel(e.quarter(), m)));
            out().flush();
            return LokkhoCommand.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a document's evidence files.")
    static final class ListEvidence extends Subcommand {
        @Parameters(index = "0", paramLabel = "ID", description = "Document id (see 'list').")
        String id;
        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Override
        int run(AppContext context) {
            long documentId = parseId(id);
            FormDocument doc = context.documentService().require(documentId);
            EvidenceService evidence = context.evidenceService();
            List<Evidence> all = evidence.list(documentId);
            Messages m = messages();
            if (json) {
                ArrayNode array = CliJson.MAPPER.createArrayNode();
                for (Evidence e : all) {
                    ObjectNode n = array.addObject();
                    n.put("id", e.id());
                    n.put("rowId", e.rowId());
                    n.put("row", evidence.rowLabel(doc, e.rowId()));
                    if (e.quarter() == null) {
                        n.putNull("quarter");
                    } else {
                        n.put("quarter", e.quarter());
                    }
                    n.put("fileName", e.fileName());
                    n.put("size", e.size());
                    n.put("sha256", e.sha256());
                    n.put("addedAt", e.addedAt().toString());
                    n.put("path", evidence.path(e).toString());
                }
                out().println(CliJson.write(array));
            } else if (all.isEmpty()) {
                out().println(m.get("evidence.list.empty", m.digits(Long.toString(documentId))));
            } else {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of(m.get("evidence.list.id"), m.get("evidence.list.row"), m.get("evidence.list.quarter"),
                        m.get("evidence.list.file"), m.get("evidence.list.size")));
                for (Evidence e : all) {
                    rows.add(List.of(m.digits(Long.toString(e.id())), m.digits(evidence.rowLabel(doc, e.rowId())), quarterLabel(e.quarter(), m),
                            e.fileName(), m.digits(Long.toString(e.size()))));
                }
                TextTable.print(rows, out());
            }
            out().flush();
            return LokkhoCommand.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Detach one evidence file (by the id 'evidence list' shows).")
    static final class Remove extends Subcommand {
        @Parameters(index = "0", paramLabel = "EVIDENCE_ID", description = "Evidence id (see 'evidence list').")
        String id;

        @Override
        int run(AppContext context) {
            long evidenceId = parseId(id);
            context.evidenceService().remove(evidenceId);
            out().println(messages().get("evidence.removed", messages().digits(Long.toString(evidenceId))));
            out().flush();
            return LokkhoCommand.OK;
        }
    }

    static String quarterLabel(String quarter, Messages m) {
        return quarter == null ? m.get("evidence.quarter.none") : m.get("evidence.quarter." + quarter);
    }
}
