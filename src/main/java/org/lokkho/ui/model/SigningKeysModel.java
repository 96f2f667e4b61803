package org.lokkho.ui.model;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.identity.CertificateInfo;
import org.lokkho.pack.identity.IdentityException;
import org.lokkho.pack.identity.IdentityStore;
import org.lokkho.pack.identity.KeyAlgorithm;
import org.lokkho.pack.identity.SelfSignedCertificates;

/**
 * The office's signing keys (stored by {@link IdentityStore} in the data folder): list, create, import, show a
 * certificate, choose the default signer. Every password passed in is wiped before returning, whatever happens.
 */
public final class SigningKeysModel {
    /** How long a key made here is valid, as the CLI's default. */
    public static final int VALIDITY_DAYS = 1095;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final IdentityStore store;
    private final Messages messages;

    public SigningKeysModel(IdentityStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    public static SigningKeysModel forDataDir(Path dataDir, Messages messages) {
        return new SigningKeysModel(new IdentityStore(dataDir), messages);
    }

    public List<String> aliases() throws UserError {
        try {
            return store.aliases();
        } catch (IdentityException e) {
            throw new UserError(e.render(messages));
        }
    }

    public Optional<String> defaultAlias() {
        return store.defaultAlias();
    }

    /** A key name for the keys folder: ASCII letters and digits only (the officer's Bengali name is in the certificate). */
    public String suggestAlias() throws UserError {
        List<String> taken = aliases();
        int n = taken.size() + 1;
        while (taken.contains("signer" + n)) {
            n++;
        }
        return "signer" + n;
    }

    /** Makes a key with a self-signed certificate; the first key becomes the default signer. */
    public CertificateInfo create(String alias, String name, String designation, String office, char[] password,
                                  char[] repeat, KeyAlgorithm algorithm) throws UserError {
        try {
            checkPasswords(password, repeat);
            if (name == null || name.isBlank()) {
                throw new UserError(messages.get("pack.key.error.nameRequired"));
            }
            String key = alias == null ? "" : alias.trim();
            CertificateInfo info = store.create(key,
                    new SelfSignedCertificates.Subject(name.trim(), blankToEmpty(designation), blankToEmpty(office)),
                    algorithm == null ? KeyAlgorithm.ECDSA_P256 : algorithm, VALIDITY_DAYS, password);
            defaultIfFirst(key);
            return info;
        } catch (IdentityException e) {
            throw new UserError(e.render(messages));
        } catch (IllegalArgumentException e) {
            throw new UserError(messages.get("pack.key.error.create", String.valueOf(e.getMessage())));
        } finally {
            wipe(password, repeat);
        }
    }

    /** Copies a .p12/.pfx into the keys folder, protected by a new password of the officer's choice. */
    public CertificateInfo importFile(Path file, char[] filePassword, String alias, char[] newPassword, char[] repeat)
            throws UserError {
        try {
            checkPasswords(newPassword, repeat);
            String key = alias == null ? "" : alias.trim();
            CertificateInfo info = store.importFile(file, filePassword, key, newPassword);
            defaultIfFirst(key);
            return info;
        } catch (IdentityException e) {
            throw new UserError(e.render(messages));
        } finally {
            wipe(filePassword, newPassword, repeat);
        }
    }

    /** The certificate of a stored key (the key file is encrypted, so this needs its password). */
    public CertificateInfo certificate(String alias, char[] password) throws UserError {
        try {
            return store.load(alias, password).info();
        } catch (IdentityException e) {
            throw new UserError(e.render(messages));
        } finally {
            wipe(password);
        }
    }

    public void makeDefault(String alias) throws UserError {
        try {
            store.setDefaultAlias(alias);
        } catch (IdentityException e) {
            throw new UserError(e.render(messages));
        }
    }

    /** The certificate for the officer: who, issuer, validity, fingerprint — and a warning near or past expiry. */
    public List<String> describe(CertificateInfo info, Instant now) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("pack.key.show.subject", info.subject()));
        lines.add(info.selfSigned() ? messages.get("pack.key.show.selfSigned") : messages.get("pack.key.show.issuer", info.issuer()));
        lines.add(messages.get("pack.key.show.validity", messages.digits(DATE.format(info.notBefore())),
                messages.digits(DATE.format(info.notAfter())), messages.digits(String.valueOf(Math.max(0, info.daysLeft(now))))));
        lines.add(messages.get("pack.key.show.fingerprint", info.shortFingerprint()));
        expiryWarning(info, now).ifPresent(lines::add);
        return lines;
    }

    public Optional<String> expiryWarning(CertificateInfo info, Instant now) {
        if (info.isExpired(now)) {
            return Optional.of(messages.get("pack.key.show.expired", messages.digits(DATE.format(info.notAfter()))));
        }
        if (info.expiresSoon(now)) {
            return Optional.of(messages.get("pack.key.show.expiresSoon", messages.digits(String.valueOf(info.daysLeft(now)))));
        }
        return Optional.empty();
    }

    private void defaultIfFirst(String alias) {
        if (store.defaultAlias().isEmpty()) {
            store.setDefaultAlias(alias);
        }
    }

    private void checkPasswords(char[] password, char[] repeat) throws UserError {
        if (password == null || repeat == null || !Arrays.equals(password, repeat)) {
            throw new UserError(messages.get("ui.keys.error.passwordsDiffer"));
        }
        // PKCS#12 files (and the JDK that writes them) take only ASCII passwords; say so before the JDK fails cryptically.
        for (char c : password) {
            if (c < 0x20 || c > 0x7e) {
                throw new UserError(messages.get("ui.keys.error.asciiPassword"));
            }
        }
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.trim();
    }

    static void wipe(char[]... secrets) {
        for (char[] s : secrets) {
            if (s != null) {
                Arrays.fill(s, '\0');
            }
        }
    }
}
