package org.lokkho.pack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.identity.CertificateInfo;
import org.lokkho.pack.identity.IdentityException;
import org.lokkho.pack.identity.KeyAlgorithm;
import org.lokkho.pack.identity.Pkcs12Files;
import org.lokkho.pack.identity.SelfSignedCertificates;
import org.lokkho.pack.identity.SigningIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code key create}, {@code key show}, {@code key import}, {@code key list}: the office's signing keys as
 * password-protected PKCS#12 files ({@code <dataDir>/keys/<alias>.p12} for imported ones).
 */
@Command(name = "key", description = "Create or show an office signing key (PKCS#12).",
        subcommands = {KeyCommand.Create.class, KeyCommand.Show.class, KeyCommand.Import.class, KeyCommand.ListKeys.class}, mixinStandardHelpOptions = true)
public class KeyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    /** The lokkho root command (language, data folder); null when run on its own. */
    @ParentCommand
    PackCommandHost host;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CliSupport.USAGE;
    }

    /** A key command's work; passwords it reads go into {@code secrets}, to be wiped however it ends. */
    interface KeyWork {
        int run(java.util.List<char[]> secrets);
    }

    /**
     * Runs a key command the one way they all fail: a key or password problem, or a bad file, is one line in words
     * on stderr and {@link CliSupport#ERROR}; every password read is overwritten afterwards.
     */
    static int run(CommandSpec spec, Messages m, KeyWork work) {
        java.util.List<char[]> secrets = new java.util.ArrayList<>();
        try {
            return work.run(secrets);
        } catch (IdentityException e) {
            spec.commandLine().getErr().println(e.render(m));
            return CliSupport.ERROR;
        } catch (CliSupport.CliException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return CliSupport.ERROR;
        } finally {
            secrets.forEach(secret -> Arrays.fill(secret, '\0'));
        }
    }

    /** Reads a password and keeps it in {@code secrets} for wiping. */
    static char[] kept(java.util.List<char[]> secrets, char[] password) {
        secrets.add(password);
        return password;
    }

    Messages messages() {
        return CliSupport.messages(host);
    }

    @Command(name = "create", description = "Make a key pair with a self-signed certificate.", mixinStandardHelpOptions = true)
    static class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        KeyCommand key;
        @Option(names = "--name", required = true, description = "Officer's name (certificate CN).")
        String name;
        @Option(names = "--designation", defaultValue = "", description = "Designation (certificate T).")
        String designation;
        @Option(names = "--office", defaultValue = "", description = "Office (certificate O).")
        String office;
        @Option(names = {"-o", "--output"}, required = true, description = "The .p12 file to write.")
        Path output;
        @Option(names = "--password-file", required = true, description = "File whose first line is the password.")
        Path passwordFile;
        @Option(names = "--rsa", description = "RSA 3072 instead of ECDSA P-256.")
        boolean rsa;
        @Option(names = "--days", defaultValue = "1095", description = "Validity in days (default ${DEFAULT-VALUE}).")
        int days;

        @Override
        public Integer call() {
            Messages m = key.messages();
            return run(spec, m, secrets -> {
                if (java.nio.file.Files.exists(output)) {
                    spec.commandLine().getErr().println(m.get("pack.key.error.exists", output));
                    return CliSupport.ERROR;
                }
                char[] password = kept(secrets, CliSupport.readPassword(passwordFile, m));
                SigningIdentity id = SelfSignedCertificates.create(new SelfSignedCertificates.Subject(name, designation, office),
                        rsa ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.ECDSA_P256, days);
                Pkcs12Files.save(id, output, password);
                PrintWriter out = spec.commandLine().getOut();
                out.println(m.get("pack.key.created", output));
                Show.print(id.info(), m, out);
                return CliSupport.OK;
            });
        }
    }

    @Command(name = "show", description = "Show the certificate of a .p12 file and when it expires.", mixinStandardHelpOptions = true)
    static class Show implements Callable<Integer> {
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Dhaka"));
        @Spec
        CommandSpec spec;
        @ParentCommand
        KeyCommand key;
        @Parameters(index = "0", description = "The .p12 / .pfx file.")
        Path file;
        @Option(names = "--password-file", description = "File whose first line is the password (asked for when absent).")
        Path passwordFile;

        @Override
        public Integer call() {
            Messages m = key.messages();
            return run(spec, m, secrets -> {
                char[] password;
                if (passwordFile != null) {
                    password = kept(secrets, CliSupport.readPassword(passwordFile, m));
                } else if (System.console() != null) {
                    password = kept(secrets, System.console().readPassword("Password: "));
                } else {
                    password = new char[0];
                }
                CertificateInfo info = Pkcs12Files.load(file, password).info();
                print(info, m, spec.commandLine().getOut());
                return info.isExpired(Instant.now()) ? CliSupport.INVALID : CliSupport.OK;
            });
        }

        static void print(CertificateInfo info, Messages m, PrintWriter out) {
            Instant now = Instant.now();
            out.println(m.get("pack.key.show.subject", info.subject()));
            out.println(m.get("pack.key.show.issuer", info.issuer()));
            if (info.selfSigned()) {
                out.println(m.get("pack.key.show.selfSigned"));
            }
            out.println(m.get("pack.key.show.validity", m.digits(DATE.format(info.notBefore())), m.digits(DATE.format(info.notAfter())),
                    m.digits(String.valueOf(Math.max(0, info.daysLeft(now))))));
            if (info.isExpired(now)) {
                out.println(m.get("pack.key.show.expired", m.digits(DATE.format(info.notAfter()))));
            } else if (info.expiresSoon(now)) {
                out.println(m.get("pack.key.show.expiresSoon", m.digits(String.valueOf(info.daysLeft(now)))));
            }
            out.println(m.get("pack.key.show.fingerprint", info.sha256Fingerprint()));
            out.flush();
        }
    }

    @Command(name = "import", description = "Copy a .p12/.pfx (from a CA or keytool) into <data-dir>/keys as ALIAS.",
            mixinStandardHelpOptions = true)
    static class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        KeyCommand key;
        @Parameters(index = "0", description = "The .p12 / .pfx file to import.")
        Path file;
        @Option(names = "--alias", required = true, description = "Name to keep it under (letters, digits, - _ .).")
        String alias;
        @Option(names = "--password-file", required = true, description = "File whose first line is the file's password.")
        Path passwordFile;
        @Option(names = "--new-password-file", description = "Password for the stored copy (default: the same).")
        Path newPasswordFile;
        @Option(names = "--default", description = "Make it the default signer.")
        boolean makeDefault;

        @Override
        public Integer call() {
            Messages m = key.messages();
            return run(spec, m, secrets -> {
                char[] password = kept(secrets, CliSupport.readPassword(passwordFile, m));
                char[] newPassword = kept(secrets,
                        newPasswordFile == null ? password.clone() : CliSupport.readPassword(newPasswordFile, m));
                org.lokkho.pack.identity.IdentityStore store =
                        new org.lokkho.pack.identity.IdentityStore(CliSupport.dataFolder(key.host, m));
                CertificateInfo info = store.importFile(file, password, alias, newPassword);
                if (makeDefault) {
                    store.setDefaultAlias(alias);
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println(m.get("pack.key.created", store.fileOf(alias)));
                Show.print(info, m, out);
                return CliSupport.OK;
            });
        }
    }

    @Command(name = "list", description = "List the keys in <data-dir>/keys; the default signer is marked with *.",
            mixinStandardHelpOptions = true)
    static class ListKeys implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        KeyCommand key;

        @Override
        public Integer call() {
            Messages m = key.messages();
            org.lokkho.pack.identity.IdentityStore store;
            try {
                store = new org.lokkho.pack.identity.IdentityStore(CliSupport.dataFolder(key.host, m));
            } catch (CliSupport.CliException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return CliSupport.ERROR;
            }
            String def = store.defaultAlias().orElse("");
            PrintWriter out = spec.commandLine().getOut();
            for (String alias : store.aliases()) {
                out.println((alias.equals(def) ? "* " : "  ") + alias);
            }
            out.flush();
            return CliSupport.OK;
        }
    }
}
