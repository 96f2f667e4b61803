package org.lokkho.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.PackageVerifier;
import org.lokkho.pack.Verdict;
import org.lokkho.pack.VerificationResult;
import org.lokkho.pack.delivery.MailDraft;
import org.lokkho.pack.identity.CertificateInfo;
import org.lokkho.pack.identity.KeyAlgorithm;

/** Keys, package, delivery and verification as the dialogs drive them, over a real data folder. */
class PackageFlowModelTest {
    @TempDir
    Path dir;
    UiFixture f;
    SigningKeysModel keys;

    @BeforeEach
    void open() throws Exception {
        f = new UiFixture(dir.resolve("data"));
        f.vm.openExample();
        keys = SigningKeysModel.forDataDir(f.context.dataDir(), Messages.bengali());
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static char[] pw() {
        return "gopon-pass-123".toCharArray();
    }

    @Test
    void aNewKeyIsTheDefaultSignerAndItsCertificateIsShownWithExpiry() throws Exception {
        char[] password = pw();
        char[] repeat = pw();
        CertificateInfo info = keys.create("signer1", "মোঃ রহিম উদ্দিন", "উপজেলা নির্বাহী অফিসার", "খুলনা সিটি কর্পোরেশন",
                password, repeat, KeyAlgorithm.ECDSA_P256);
        assertThat(password).containsOnly('\0');
        assertThat(repeat).containsOnly('\0');
        assertThat(info.name()).isEqualTo("মোঃ রহিম উদ্দিন");
        assertThat(keys.aliases()).containsExactly("signer1");
        assertThat(keys.defaultAlias()).contains("signer1");
        assertThat(keys.suggestAlias()).isEqualTo("signer2");

        CertificateInfo shown = keys.certificate("signer1", pw());
        assertThat(shown.sha256Fingerprint()).isEqualTo(info.sha256Fingerprint());
        assertThat(keys.describe(shown, Instant.now())).hasSize(4).anyMatch(l -> l.contains("মোঃ রহিম উদ্দিন"));
        Instant nearEnd = shown.notAfter().minus(10, ChronoUnit.DAYS);
        assertThat(keys.expiryWarning(shown, nearEnd)).contains(Messages.bengali().get("pack.key.show.expiresSoon", "১০"));
        assertThat(keys.expiryWarning(shown, shown.notAfter().plusSeconds(60))).get().asString().contains("মেয়াদ");

        assertThatThrownBy(() -> keys.certificate("signer1", "wrong-password".toCharArray()))
                .isInstanceOf(UserError.class).hasMessageContaining("signer1.p12");
        assertThatThrownBy(() -> keys.create("signer2", "X", "", "", "abcdef".toCharArray(), "abcdeg".toCharArray(), null))
                .isInstanceOf(UserError.class).hasMessage(Messages.bengali().get("ui.keys.error.passwordsDiffer"));
        // a Bengali password cannot protect a PKCS#12 file: said before anything is written
        assertThatThrownBy(() -> keys.create("signer2", "X", "", "", "গোপন-১২৩৪".toCharArray(), "গোপন-১২৩৪".toCharArray(), null))
                .isInstanceOf(UserError.class).hasMessage(Messages.bengali().get("ui.keys.error.asciiPassword"));
        assertThat(keys.aliases()).containsExactly("signer1");
    }

    @Test
    void thePackageOfTheOpenDocumentIsValidButUntrustedAndSurvivesTheUsbCopy() throws Exception {
        keys.create("signer1", "Rahim Uddin", "UNO", "Khulna City Corporation", pw(), pw(), KeyAlgorithm.ECDSA_P256);
        PackageFlowModel flow = PackageFlowModel.of(f.vm);
        assertThat(flow.signers()).containsExactly("signer1");
        assertThat(flow.defaultSigner()).contains("signer1");
        assertThat(flow.fileName()).endsWith("-2021-22-q4.lokkho");

        char[] password = pw();
        Path out = Files.createDirectories(dir.resolve("out"));
        Path pkg = flow.create("signer1", password, null, out);
        assertThat(password).containsOnly('\0');
        assertThat(pkg).exists().hasFileName(flow.fileName());

        VerificationResult result = PackageVerifier.forDataDir(f.context.dataDir()).verify(pkg);
        assertThat(result.verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
        assertThat(result.manifest().senderOffice()).isEqualTo("খুলনা সিটি কর্পোরেশন");
        VerifyModel.Outcome shown = VerifyModel.forDataDir(f.context.dataDir()).verify(pkg, Messages.english());
        assertThat(shown.headline()).isEqualTo(Messages.english().get("ui.verify.validUntrusted"));

        Path usb = dir.resolve("usb");
        String copied = flow.deliverToFolder(usb);
        assertThat(usb.resolve(pkg.getFileName())).exists().hasSameBinaryContentAs(pkg);
        assertThat(copied).contains(usb.resolve(pkg.getFileName()).toString());

        MailDraft mail = flow.mailDraft(null);
        assertThat(mail.tooLarge()).isFalse();
        assertThat(mail.uri().toString()).startsWith("mailto:?subject=");

        // a damaged copy is INVALID, with the reason in the UI language
        byte[] bytes = Files.readAllBytes(pkg);
        bytes[bytes.length / 2] ^= 0x5A;
        Path broken = Files.write(dir.resolve("broken.lokkho"), bytes);
        VerifyModel.Outcome bad = VerifyModel.forDataDir(f.context.dataDir()).verify(broken, Messages.bengali());
        assertThat(bad.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(bad.headline()).isEqualTo(Messages.bengali().get("ui.verify.invalid"));
        assertThat(bad.explanation()).isNotBlank();
    }

    @Test
    void aWrongPasswordOrNoSignerIsAPlainMessageAndNothingIsWritten() throws Exception {
        keys.create("signer1", "Rahim Uddin", "", "", pw(), pw(), KeyAlgorithm.ECDSA_P256);
        PackageFlowModel flow = PackageFlowModel.of(f.vm);
        Path out = Files.createDirectories(dir.resolve("out"));
        assertThatThrownBy(() -> flow.create("signer1", "not-it".toCharArray(), null, out))
                .isInstanceOf(UserError.class).hasMessage(Messages.bengali().get("pack.key.error.password", "signer1.p12"));
        assertThatThrownBy(() -> flow.create("", pw(), null, out))
                .isInstanceOf(UserError.class).hasMessage(Messages.bengali().get("ui.package.error.noSigner"));
        assertThatThrownBy(() -> flow.deliverToFolder(dir.resolve("usb")))
                .isInstanceOf(UserError.class).hasMessage(Messages.bengali().get("ui.package.error.none"));
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void splittingForMailGivesVolumesThatEachVerifyAndHaveTheirOwnMail() throws Exception {
        keys.create("signer1", "Rahim Uddin", "", "", pw(), pw(), KeyAlgorithm.ECDSA_P256);
        long id = f.vm.editor().document().id();
        byte[] photo = new byte[40_000];
        new java.util.Random(7).nextBytes(photo);
        f.context.evidenceService().attach(id, "১.১", "Q4", Files.write(dir.resolve("sobha.jpg"), photo));
        f.context.evidenceService().attach(id, "১.২", "Q4", Files.write(dir.resolve("sidhanto.jpg"), photo));
        PackageFlowModel flow = PackageFlowModel.of(f.vm);
        Path pkg = flow.create("signer1", pw(), null, Files.createDirectories(dir.resolve("out")));
        flow.volumeEvidenceBytes(50_000);

        List<PackageFlowModel.VolumeMail> volumes = flow.splitForMail();

        assertThat(volumes).hasSize(2);
        assertThat(pkg).doesNotExist();
        for (PackageFlowModel.VolumeMail v : volumes) {
            assertThat(PackageVerifier.forDataDir(f.context.dataDir()).verify(v.file()).verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
            assertThat(java.net.URLDecoder.decode(v.draft().uri().toString(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains(v.file().getFileName().toString());
        }
        assertThat(volumes.get(0).file().getFileName().toString()).endsWith("-vol1.lokkho");
    }
}
