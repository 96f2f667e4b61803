package org.lokkho.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.Finding;
import org.lokkho.pack.PackageVerifier;
import org.lokkho.pack.Reason;
import org.lokkho.pack.Verdict;
import org.lokkho.pack.VerificationResult;

/**
 * "Verify package": runs the verifier and turns its result into what the dialog shows — one of three verdicts, the
 * checks in the order the verifier makes them (passed, failed, or not reached), and the details lines.
 */
public final class VerifyModel {
    /** How one check went. */
    public enum Status { PASSED, FAILED, NOT_CHECKED, WARNING }

    public record Check(String label, Status status) {
    }

    /** What the dialog shows. {@code verdict} picks the colour; the text is already in the UI language. */
    public record Outcome(Verdict verdict, String headline, String explanation, List<Check> checks, List<String> details) {
    }

    /** The verifier's stages and the reasons that fail each. */
    enum Stage {
        CONTAINER("ui.verify.check.container", EnumSet.range(Reason.ARCHIVE_CORRUPT, Reason.EXTRA_FILE), Reason.IO_ERROR),
        MANIFEST("ui.verify.check.manifest", EnumSet.range(Reason.MANIFEST_MALFORMED, Reason.MANIFEST_SIGNER_MISMATCH)),
        HASHES("ui.verify.check.hashes", EnumSet.range(Reason.HASH_MISMATCH, Reason.FINGERPRINT_MISMATCH)),
        PDF("ui.verify.check.pdf", EnumSet.range(Reason.PDF_UNREADABLE, Reason.DOCUMENT_MISMATCH)),
        CERTIFICATE("ui.verify.check.certificate", EnumSet.range(Reason.CERT_NOT_YET_VALID, Reason.CERT_EXPIRED));

        final String key;
        final Set<Reason> reasons;

        Stage(String key, Set<Reason> reasons, Reason... more) {
            this.key = key;
            this.reasons = EnumSet.copyOf(reasons);
            this.reasons.addAll(List.of(more));
        }
    }

    private final PackageVerifier verifier;

    public VerifyModel(PackageVerifier verifier) {
        this.verifier = verifier;
    }

    public static VerifyModel forDataDir(Path dataDir) {
        return new VerifyModel(PackageVerifier.forDataDir(dataDir));
    }

    /** Verifies (any thread; a big package takes a moment). Never throws for a bad package: that is a verdict. */
    public Outcome verify(Path pkg, Messages m) {
        VerificationResult result;
        try {
            result = verifier.verify(pkg);
        } catch (RuntimeException e) {
            result = VerificationResult.invalid(Finding.of(Reason.IO_ERROR, pkg, String.valueOf(e.getMessage())));
        }
        return describe(result, m);
    }

    static Outcome describe(VerificationResult result, Messages m) {
        Verdict verdict = result.verdict();
        String headline;
        String explanation;
        if (verdict == Verdict.VALID_TRUSTED) {
            headline = m.get("ui.verify.validTrusted");
            explanation = m.get("pack.verdict.validTrusted");
        } else if (verdict == Verdict.VALID_UNTRUSTED) {
            headline = m.get("ui.verify.validUntrusted");
            explanation = m.get("pack.verdict.validUntrusted");
        } else {
            headline = m.get("ui.verify.invalid");
            explanation = result.reason().map(r -> r.render(m)).orElse("");
        }
        List<Check> checks = new ArrayList<>();
        boolean failedEarlier = false;
        for (Stage stage : Stage.values()) {
            boolean failed = result.problems().stream().anyMatch(f -> stage.reasons.contains(f.reason()));
            Status s = failed ? Status.FAILED : failedEarlier ? Status.NOT_CHECKED : Status.PASSED;
            checks.add(new Check(m.get(stage.key), s));
            failedEarlier |= failed;
        }
        Status trust = verdict == Verdict.VALID_TRUSTED ? Status.PASSED
                : verdict == Verdict.VALID_UNTRUSTED ? Status.WARNING : Status.NOT_CHECKED;
        checks.add(new Check(m.get("ui.verify.check.trust"), trust));
        List<String> details = result.report(m);
        return new Outcome(verdict, headline, explanation, checks, details.subList(1, details.size()));
    }
}
