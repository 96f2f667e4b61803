package org.lokkho.pack.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.Manifest;
import org.lokkho.pack.PackageException;
import org.lokkho.pack.PackageFormat;
import org.lokkho.pack.PackageRequest;
import org.lokkho.pack.PackageSource;
import org.lokkho.pack.PackageWriter;
import org.lokkho.pack.delivery.MailDraft;
import org.lokkho.pack.delivery.VolumeSplitter;
import org.lokkho.pack.identity.IdentityException;
import org.lokkho.pack.identity.Pkcs12Files;
import org.lokkho.pack.identity.SigningIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code package ID -o FILE.lokkho --keystore FILE.p12 --password-file FILE}: signs the stored document's PDF and
 * writes the submission package. The document comes from a {@link PackageSource} the app supplies.
 */
@Command(name = "package", description = "Write a signed submission package (.lokkho) for a stored document.",
        mixinStandardHelpOptions = true)
public class PackageCommand implements Callable<Integer> {
    private final PackageSource source;

    @Spec
    CommandSpec spec;
    /** The lokkho root command: language, data folder and the document store; null when run on its own. */
    @ParentCommand
    PackCommandHost host;
    @Parameters(index = "0", paramLabel = "ID", description = "Document id in the store (see 'list').")
    String idText;
    @Option(names = {"-o", "--output"}, required = true, description = "The package to write (FILE.lokkho).")
    Path output;
    @Option(names = "--keystore", required = true, description = "The signing key (.p12 / .pfx).")
    Path keystore;
    @Option(names = "--password-file", required = true, description = "File whose first line is the key's password.")
    Path passwordFile;
    @Option(names = "--letter", description = "Forwarding letter PDF to include as letter.pdf.")
    Path letter;
    @Option(names = "--split-mb", description = "Split evidence into volumes of at most this many MB each.")
    Long splitMb;

    public PackageCommand(PackageSource source) {
        this.source = source;
    }

    /** For picocli's default factory: the document store is then opened through the root command, after parsing. */
    public PackageCommand() {
        this(null);
    }

    @Override
    public Integer call() {
        Messages m = CliSupport.messages(host);
        PrintWriter err = spec.commandLine().getErr();
        if (source != null) {
            return run(source, m);
        }
        if (host == null) {
            err.println(m.get("pack.cli.noSource"));
            return CliSupport.ERROR;
        }
        try (org.lokkho.pack.ClosablePackageSource opened = host.openPackageSource()) {
            return run(opened, m);
        } catch (org.lokkho.app.AppException e) {
            // opening the data folder failed (locked by the window, damaged file …)
            return fail(err, e.render(m), e);
        }
    }

    private int fail(PrintWriter err, String message, Exception e) {
        err.println(message);
        if (host != null && host.verbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return CliSupport.ERROR;
    }

    private Integer run(PackageSource source, Messages m) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        char[] password = null;
        try {
            long id = parseId(idText, m);
            byte[] documentJson = source.documentJson(id);
            password = CliSupport.readPassword(passwordFile, m);
            SigningIdentity identity = Pkcs12Files.load(keystore, password);
            byte[] letterPdf = letter == null ? null : Files.readAllBytes(letter);
            PackageRequest request = new PackageRequest(String.valueOf(id), source.officeName(id), documentJson,
                    source.documentPdf(id), letterPdf, source.evidenceFiles(id), identity);
            PackageWriter writer = new PackageWriter();
            List<Path> written;
            if (splitMb != null) {
                String base = output.getFileName().toString();
                base = base.endsWith(PackageFormat.EXTENSION) ? base.substring(0, base.length() - PackageFormat.EXTENSION.length()) : base;
                Path folder = output.toAbsolutePath().getParent();
                written = new VolumeSplitter(writer).write(request, folder, base, splitMb * 1024 * 1024);
            } else {
                writer.write(request, output);
                written = List.of(output);
            }
            for (Path p : written) {
                long size = Files.size(p);
                Manifest manifest = org.lokkho.pack.ManifestJson.read(readManifest(p));
                out.println(m.get("pack.cli.written", p, m.digits(String.valueOf(size)), Manifest.shortFingerprint(manifest.fingerprint())));
                if (size > MailDraft.MAIL_LIMIT_BYTES) {
                    out.println(m.get("pack.delivery.tooLargeForMail", m.digits(String.format(java.util.Locale.ROOT, "%.1f", size / 1048576.0))));
                }
            }
            out.flush();
            return CliSupport.OK;
        } catch (org.lokkho.app.AppException e) {
            boolean noDocument = "app.error.noDocument".equals(e.key()) || "store.error.noDocument".equals(e.key());
            return fail(err, noDocument ? m.get("cli.error.noDocument", m.digits(e.args().get(0))) : e.render(m), e);
        } catch (IdentityException e) {
            err.println(e.render(m));
            return CliSupport.ERROR;
        } catch (PackageException e) {
            err.println(e.render(m));
            return CliSupport.ERROR;
        } catch (CliSupport.CliException e) {
            err.println(e.getMessage());
            return CliSupport.ERROR;
        } catch (java.io.IOException e) {
            err.println(m.get("pack.reason.ioError", e.getMessage()));
            return CliSupport.ERROR;
        } catch (RuntimeException e) {
            // a bug (e.g. in the PDF renderer): one line and exit 3 as in every lokkho command, the trace with --verbose
            fail(err, m.get("cli.error.internal", e), e);
            return CliSupport.INTERNAL;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** A document id as typed, in either digit set. */
    private static long parseId(String text, Messages m) {
        try {
            long id = Long.parseLong(org.lokkho.domain.text.BengaliDigits.toAscii(text).strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new CliSupport.CliException(m.get("cli.error.badId", text));
    }

    private static byte[] readManifest(Path pkg) throws java.io.IOException {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(pkg.toFile());
             java.io.InputStream in = z.getInputStream(z.getEntry(PackageFormat.MANIFEST))) {
            return in.readNBytes(4 * 1024 * 1024);
        }
    }
}
