package org.lokkho.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.identity.SigningIdentity;

class PackageRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void packagedDocumentVerifiesAsValidButUntrusted() throws Exception {
        SigningIdentity id = PackTestSupport.identity("Abdul Karim");
        Path ev1 = PackTestSupport.evidence(dir, "photo.jpg", 50_000);
        Path ev2 = PackTestSupport.evidence(dir, "সভার কার্যবিবরণী.pdf", 10_000);
        Path pkg = dir.resolve("out/report.lokkho");
        Manifest m = new PackageWriter().write(PackTestSupport.request(id, List.of(ev1, ev2)), pkg);

        assertThat(PackTestSupport.entries(pkg).keySet()).containsExactly("manifest.json", "manifest.json.p7s",
                "document.json", "document.pdf", "letter.pdf", "evidence/photo.jpg", "evidence/সভার কার্যবিবরণী.pdf");
        assertThat(m.files()).hasSize(5);
        try (var s = Files.list(pkg.getParent())) {
            assertThat(s.toList()).containsExactly(pkg); // the temp file was renamed, none left behind
        }

        VerificationResult r = new PackageVerifier(TrustStore.empty()).verify(pkg);
        assertThat(r.problems()).isEmpty();
        assertThat(r.verdict()).isEqualTo(Verdict.VALID_UNTRUSTED);
        assertThat(r.signer().name()).isEqualTo("Abdul Karim");
        assertThat(r.headline(Messages.english())).contains("UNTRUSTED");
    }
}
