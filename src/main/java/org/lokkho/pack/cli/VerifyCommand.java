package org.lokkho.pack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.Finding;
import org.lokkho.pack.Manifest;
import org.lokkho.pack.PackageVerifier;
import org.lokkho.pack.TrustStore;
import org.lokkho.pack.VerificationResult;
import org.lokkho.pack.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code verify FILE.lokkho [--json]}: exit 0 only when the package is intact and correctly signed (1 when invalid,
 * 2 on usage errors, 3 with {@code --require-trusted} when valid but the signer is not trusted).
 */
@Command(name = "verify", description = "Check a .lokkho package: signatures, hashes, file list, certificate.",
        mixinStandardHelpOptions = true)
public class VerifyCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", description = "The package file.")
    Path file;
    @Option(names = "--json", description = "Print the result as JSON (both languages).")
    boolean json;
    @Option(names = "--trust", description = "Folder of trusted certificates (default: <data-dir>/trust).")
    Path trustDir;
    @Option(names = "--require-trusted", description = "Exit 3 unless the signer is trusted.")
    boolean requireTrusted;
    /** The lokkho root command (language, data folder); null when run on its own. */
    @ParentCommand
    PackCommandHost host;

    @Override
    public Integer call() throws Exception {
        Messages m = CliSupport.messages(host);
        Path trust;
        try {
            trust = trustDir != null ? trustDir : CliSupport.dataFolder(host, m).resolve("trust");
        } catch (CliSupport.CliException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return CliSupport.ERROR;
        }
        VerificationResult r = new PackageVerifier(TrustStore.fromFolder(trust)).verify(file);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(toJson(r)));
        } else {
            r.report(m).forEach(out::println);
        }
        out.flush();
        if (!r.isValid()) {
            return CliSupport.INVALID;
        }
        return requireTrusted && r.verdict() != Verdict.VALID_TRUSTED ? CliSupport.UNTRUSTED : CliSupport.OK;
    }

    static ObjectNode toJson(VerificationResult r) {
        Messages bn = Messages.bengali();
        Messages en = Messages.english();
        ObjectNode root = JSON.createObjectNode();
        root.put("verdict", r.verdict().name());
        root.put("valid", r.isValid());
        root.put("message_bn", r.headline(bn));
        root.put("message_en", r.headline(en));
        root.set("problems", findings(r.problems(), bn, en));
        root.set("warnings", findings(r.warnings(), bn, en));
        if (r.signer() != null) {
            ObjectNode s = root.putObject("signer");
            s.put("name", r.signer().name());
            s.put("designation", r.signer().designation());
            s.put("office", r.signer().office());
            s.put("subject", r.signer().subject());
            s.put("issuer", r.signer().issuer());
            s.put("notBefore", r.signer().notBefore().toString());
            s.put("notAfter", r.signer().notAfter().toString());
            s.put("certificateSha256", r.signer().sha256Fingerprint());
        }
        Manifest m = r.manifest();
        if (m != null) {
            ObjectNode n = root.putObject("manifest");
            n.put("senderOffice", m.senderOffice());
            n.put("createdAt", m.createdAt().toString());
            n.put("fingerprint", m.fingerprint());
            ArrayNode ids = n.putArray("documentIds");
            m.documentIds().forEach(ids::add);
            if (m.volume() != null) {
                n.put("volume", m.volume().number());
                n.put("volumes", m.volume().count());
                n.put("submissionId", m.volume().submissionId());
            }
            ArrayNode files = n.putArray("files");
            for (Manifest.FileEntry f : m.files()) {
                files.addObject().put("name", f.name()).put("size", f.size()).put("sha256", f.sha256());
            }
        }
        return root;
    }

    private static ArrayNode findings(List<Finding> list, Messages bn, Messages en) {
        ArrayNode a = JSON.createArrayNode();
        for (Finding f : list) {
            ObjectNode o = a.addObject();
            o.put("reason", f.reason().name());
            ArrayNode args = o.putArray("args");
            f.args().forEach(args::add);
            o.put("message_bn", f.render(bn));
            o.put("message_en", f.render(en));
        }
        return a;
    }
}
