package org.lokkho.pack.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads and writes password-protected PKCS#12 files, the format licensed CAs issue and {@code keytool} makes.
 * The JDK's PKCS#12 encrypts the key with PBES2/AES-256; nothing is ever written unencrypted.
 */
public final class Pkcs12Files {
    /** The entry name used for keys this app creates. */
    public static final String ENTRY = "lokkho";

    private Pkcs12Files() {
    }

    /** Loads the first private-key entry (a CA-issued file normally has exactly one). */
    public static SigningIdentity load(Path file, char[] password) {
        if (!Files.isRegularFile(file)) {
            throw new IdentityException("pack.key.error.notFound", file);
        }
        KeyStore ks;
        try (InputStream in = Files.newInputStream(file)) {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new IdentityException("pack.key.error.password", file.getFileName());
            }
            throw new IdentityException(e, "pack.key.error.unreadable", file.getFileName(), e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IdentityException(e, "pack.key.error.unreadable", file.getFileName(), e.getMessage());
        }
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (!ks.isKeyEntry(alias)) {
                    continue;
                }
                Key key = ks.getKey(alias, password);
                if (!(key instanceof PrivateKey privateKey)) {
                    continue;
                }
                Certificate[] chain = ks.getCertificateChain(alias);
                if (chain == null || chain.length == 0) {
                    throw new IdentityException("pack.key.error.noCertificate", file.getFileName());
                }
                List<X509Certificate> certs = new ArrayList<>();
                for (Certificate c : chain) {
                    certs.add((X509Certificate) c);
                }
                KeyAlgorithm.signatureAlgorithmFor(privateKey); // refuse DSA and the like early
                return new SigningIdentity(privateKey, certs);
            }
        } catch (UnrecoverableKeyException e) {
            throw new IdentityException("pack.key.error.password", file.getFileName());
        } catch (GeneralSecurityException e) {
            throw new IdentityException(e, "pack.key.error.unreadable", file.getFileName(), e.getMessage());
        }
        throw new IdentityException("pack.key.error.noKey", file.getFileName());
    }

    /** Writes the identity to {@code file} through a temp file in the same folder and an atomic rename. */
    public static void save(SigningIdentity identity, Path file, char[] password) {
        if (password == null || password.length < 6) {
            throw new IdentityException("pack.key.error.shortPassword", 6);
        }
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ENTRY, identity.privateKey(), password, identity.chain().toArray(new Certificate[0]));
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".key-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    ks.store(out, password);
                }
                moveAtomically(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IdentityException(e, "pack.key.error.write", file, e.getMessage());
        }
    }

    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
