package org.lokkho.pack.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.i18n.Messages;

class IdentityStoreTest {
    static final char[] PASSWORD = "correct horse".toCharArray();

    @TempDir
    Path dataDir;

    @Test
    void createsEcdsaKeyWithSelfSignedCertificateInPasswordProtectedFile() throws Exception {
        IdentityStore store = new IdentityStore(dataDir);
        CertificateInfo info = store.create("uno-savar", new SelfSignedCertificates.Subject("মোঃ আব্দুল করিম", "উপজেলা নির্বাহী অফিসার",
                "উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার"), KeyAlgorithm.ECDSA_P256, 730, PASSWORD);

        Path file = dataDir.resolve("keys/uno-savar.p12");
        assertThat(file).exists();
        assertThat(info.name()).isEqualTo("মোঃ আব্দুল করিম");
        assertThat(info.designation()).isEqualTo("উপজেলা নির্বাহী অফিসার");
        assertThat(info.office()).isEqualTo("উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার");
        assertThat(info.selfSigned()).isTrue();
        assertThat(info.daysLeft(Instant.now())).isBetween(728L, 730L);
        assertThat(info.expiresSoon(Instant.now())).isFalse();

        SigningIdentity loaded = store.load("uno-savar", PASSWORD);
        assertThat(loaded.privateKey().getAlgorithm()).isEqualTo("EC");
        assertThat(loaded.signatureAlgorithm()).isEqualTo("SHA256withECDSA");
        assertThat(loaded.toString()).doesNotContain("PRIVATE").contains("CN=");
        // the key is not in the file in the clear: the PKCS#8 encoding of the key must not appear in it
        byte[] raw = Files.readAllBytes(file);
        assertThat(indexOf(raw, loaded.privateKey().getEncoded())).isEqualTo(-1);
        assertThat(store.aliases()).containsExactly("uno-savar");
    }

    @Test
    void wrongPasswordIsAClearMessage() {
        IdentityStore store = new IdentityStore(dataDir);
        store.create("k1", new SelfSignedCertificates.Subject("A B", "", ""), KeyAlgorithm.ECDSA_P256, 30, PASSWORD);
        assertThatThrownBy(() -> store.load("k1", "wrong password".toCharArray()))
                .isInstanceOfSatisfying(IdentityException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("pack.key.error.password");
                    assertThat(e.render(Messages.bengali())).contains("পাসওয়ার্ড ভুল");
                });
    }

    @Test
    void rsaKeysAndRefusals() {
        IdentityStore store = new IdentityStore(dataDir);
        store.create("rsa", new SelfSignedCertificates.Subject("Rahima Begum", "DC", "DC Office"), KeyAlgorithm.RSA_3072, 365, PASSWORD);
        SigningIdentity id = store.load("rsa", PASSWORD);
        assertThat(((java.security.interfaces.RSAKey) id.privateKey()).getModulus().bitLength()).isEqualTo(3072);
        assertThatThrownBy(() -> store.create("rsa", new SelfSignedCertificates.Subject("X", "", ""), KeyAlgorithm.ECDSA_P256, 1, PASSWORD))
                .hasMessageContaining("pack.key.error.exists");
        assertThatThrownBy(() -> store.create("../evil", new SelfSignedCertificates.Subject("X", "", ""), KeyAlgorithm.ECDSA_P256, 1, PASSWORD))
                .hasMessageContaining("pack.key.error.alias");
        assertThatThrownBy(() -> store.create("short", new SelfSignedCertificates.Subject("X", "", ""), KeyAlgorithm.ECDSA_P256, 1, "abc".toCharArray()))
                .hasMessageContaining("pack.key.error.shortPassword");
        assertThat(dataDir.resolve("keys/short.p12")).doesNotExist();
    }

    @Test
    void expiringCertificateWarns() {
        SigningIdentity id = SelfSignedCertificates.create(new SelfSignedCertificates.Subject("A", "", ""), KeyAlgorithm.ECDSA_P256, 10);
        assertThat(id.info().expiresSoon(Instant.now())).isTrue();
        assertThat(id.info().isExpired(Instant.now().plus(11, ChronoUnit.DAYS))).isTrue();
    }

    @Test
    void defaultSignerIsRemembered() {
        IdentityStore store = new IdentityStore(dataDir);
        assertThat(store.defaultAlias()).isEmpty();
        store.create("a", new SelfSignedCertificates.Subject("A", "", ""), KeyAlgorithm.ECDSA_P256, 30, PASSWORD);
        store.create("b", new SelfSignedCertificates.Subject("B", "", ""), KeyAlgorithm.ECDSA_P256, 30, PASSWORD);
        store.setDefaultAlias("b");
        assertThat(new IdentityStore(dataDir).defaultAlias()).contains("b");
        assertThatThrownBy(() -> store.setDefaultAlias("missing")).isInstanceOf(IdentityException.class);
        assertThat(store.aliases()).containsExactly("a", "b");
    }

    /**
     * A PKCS#12 made by the JDK's keytool, as an office would make by hand or a CA would hand out, imported and used.
     * Falls back to a BouncyCastle-made file (same format) only when the test JDK has no keytool.
     */
    @Test
    void importsKeytoolPkcs12() throws Exception {
        Path p12 = dataDir.resolve("from-keytool.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool" + (File.separatorChar == '\\' ? ".exe" : ""));
        boolean madeByKeytool = Files.isExecutable(keytool);
        if (madeByKeytool) {
            Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-storetype", "PKCS12", "-keystore", p12.toString(),
                    "-storepass", "keytool-pass", "-alias", "officer", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-sigalg", "SHA256withECDSA", "-validity", "365",
                    "-dname", "CN=Karim Uddin, T=Assistant Commissioner, O=AC Land Office, C=BD")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
        } else {
            Pkcs12Files.save(SelfSignedCertificates.create(new SelfSignedCertificates.Subject("Karim Uddin", "Assistant Commissioner",
                    "AC Land Office"), KeyAlgorithm.ECDSA_P256, 365), p12, "keytool-pass".toCharArray());
        }
        assertThat(madeByKeytool).as("keytool present in " + keytool).isTrue();

        IdentityStore store = new IdentityStore(dataDir);
        CertificateInfo info = store.importFile(p12, "keytool-pass".toCharArray(), "ac-land", PASSWORD);
        assertThat(info.name()).isEqualTo("Karim Uddin");
        assertThat(info.designation()).isEqualTo("Assistant Commissioner");
        assertThat(info.office()).isEqualTo("AC Land Office");
        assertThat(store.load("ac-land", PASSWORD).certificate().getSubjectX500Principal().getName()).contains("CN=Karim Uddin");
        assertThat(List.of(Files.readAllBytes(p12).length)).isNotEmpty();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
