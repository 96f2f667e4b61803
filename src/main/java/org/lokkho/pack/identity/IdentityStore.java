package org.lokkho.pack.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The office's signing keys in {@code <dataDir>/keys/<alias>.p12}, each a password-protected PKCS#12 file, plus the
 * choice of default signer in {@code <dataDir>/keys/signer.properties}. Keys never go into the database.
 */
public final class IdentityStore {
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final String SETTINGS = "signer.properties";
    private static final String DEFAULT_KEY = "default";

    private final Path keysDir;

    public IdentityStore(Path dataDir) {
        this.keysDir = dataDir.resolve("keys");
    }

    public Path keysDir() {
        return keysDir;
    }

    public Path fileOf(String alias) {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw new IdentityException("pack.key.error.alias", alias);
        }
        return keysDir.resolve(alias + ".p12");
    }

    /** Makes a new office key with a self-signed certificate. Refuses to overwrite an existing alias. */
    public CertificateInfo create(String alias, SelfSignedCertificates.Subject subject, KeyAlgorithm algorithm,
                                  int validityDays, char[] password) {
        Path file = fileOf(alias);
        if (Files.exists(file)) {
            throw new IdentityException("pack.key.error.exists", alias);
        }
        SigningIdentity identity = SelfSignedCertificates.create(subject, algorithm, validityDays);
        Pkcs12Files.save(identity, file, password);
        return identity.info();
    }

    /**
     * Copies an existing .p12/.pfx (from a CA, or made with keytool) into the keys folder after checking that the
     * password opens it and that it holds a usable key; the file is re-encrypted with {@code newPassword}.
     */
    public CertificateInfo importFile(Path source, char[] password, String alias, char[] newPassword) {
        Path file = fileOf(alias);
        if (Files.exists(file)) {
            throw new IdentityException("pack.key.error.exists", alias);
        }
        SigningIdentity identity = Pkcs12Files.load(source, password);
        Pkcs12Files.save(identity, file, newPassword);
        return identity.info();
    }

    public SigningIdentity load(String alias, char[] password) {
        return Pkcs12Files.load(fileOf(alias), password);
    }

    /** Aliases of the stored keys, sorted. */
    public List<String> aliases() {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(keysDir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(keysDir, "*.p12")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                out.add(name.substring(0, name.length() - 4));
            }
        } catch (IOException e) {
            throw new IdentityException(e, "pack.key.error.unreadable", keysDir, e.getMessage());
        }
        out.sort(null);
        return out;
    }

    public Optional<String> defaultAlias() {
        Path f = keysDir.resolve(SETTINGS);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String alias = p.getProperty(DEFAULT_KEY, "");
        return alias.isEmpty() || !Files.exists(fileOf(alias)) ? Optional.empty() : Optional.of(alias);
    }

    /** Remembers the default signer; written to a temp file and renamed so a power cut leaves the old or the new. */
    public void setDefaultAlias(String alias) {
        if (!Files.exists(fileOf(alias))) {
            throw new IdentityException("pack.key.error.notFound", alias);
        }
        Properties p = new Properties();
        p.setProperty(DEFAULT_KEY, alias);
        try {
            Files.createDirectories(keysDir);
            Path tmp = Files.createTempFile(keysDir, ".signer-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    p.store(out, "Lokkho default signer");
                }
                Pkcs12Files.moveAtomically(tmp, keysDir.resolve(SETTINGS));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new IdentityException(e, "pack.key.error.write", keysDir.resolve(SETTINGS), e.getMessage());
        }
    }
}
