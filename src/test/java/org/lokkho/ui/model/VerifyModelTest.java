package org.lokkho.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.Finding;
import org.lokkho.pack.Reason;
import org.lokkho.pack.Verdict;
import org.lokkho.pack.VerificationResult;
import org.lokkho.ui.model.VerifyModel.Status;

/** The three verdicts become three different messages, and the checks show where a package failed. */
class VerifyModelTest {
    private static List<Status> statuses(VerifyModel.Outcome o) {
        return o.checks().stream().map(VerifyModel.Check::status).toList();
    }

    @Test
    void threeVerdictsThreeMessagesInEitherLanguage() {
        for (Messages m : new Messages[] {Messages.bengali(), Messages.english()}) {
            VerifyModel.Outcome trusted = VerifyModel.describe(
                    new VerificationResult(Verdict.VALID_TRUSTED, List.of(), List.of(), null, null), m);
            VerifyModel.Outcome untrusted = VerifyModel.describe(
                    new VerificationResult(Verdict.VALID_UNTRUSTED, List.of(), List.of(), null, null), m);
            VerifyModel.Outcome invalid = VerifyModel.describe(
                    VerificationResult.invalid(Finding.of(Reason.HASH_MISMATCH, "document.json")), m);

            assertThat(trusted.headline()).isEqualTo(m.get("ui.verify.validTrusted"));
            assertThat(untrusted.headline()).isEqualTo(m.get("ui.verify.validUntrusted"));
            assertThat(invalid.headline()).isEqualTo(m.get("ui.verify.invalid"));
            assertThat(List.of(trusted.headline(), untrusted.headline(), invalid.headline())).doesNotHaveDuplicates();
            assertThat(invalid.explanation()).isEqualTo(Finding.of(Reason.HASH_MISMATCH, "document.json").render(m))
                    .contains("document.json");

            assertThat(statuses(trusted)).containsOnly(Status.PASSED);
            assertThat(statuses(untrusted)).endsWith(Status.WARNING).hasSize(6).filteredOn(s -> s == Status.PASSED).hasSize(5);
            // container and manifest passed, the hashes failed, what comes after was not reached
            assertThat(statuses(invalid)).containsExactly(Status.PASSED, Status.PASSED, Status.FAILED,
                    Status.NOT_CHECKED, Status.NOT_CHECKED, Status.NOT_CHECKED);
        }
        assertThat(Messages.bengali().get("ui.verify.invalid")).startsWith("অবৈধ");
    }

    @Test
    void aDamagedZipFailsTheFirstCheck() {
        VerifyModel.Outcome o = VerifyModel.describe(VerificationResult.invalid(Finding.of(Reason.ARCHIVE_CORRUPT, "x")),
                Messages.english());
        assertThat(statuses(o).get(0)).isEqualTo(Status.FAILED);
        assertThat(statuses(o).subList(1, 6)).containsOnly(Status.NOT_CHECKED);
        assertThat(o.checks().get(0).label()).isEqualTo(Messages.english().get("ui.verify.check.container"));
    }
}
