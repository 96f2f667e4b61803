package org.lokkho.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.identity.CertificateInfo;

/**
 * The outcome of {@link PackageVerifier#verify}: the verdict, every problem found (the first is the reason shown),
 * warnings that do not make the package invalid, and — when readable — the manifest and the signer.
 */
public record VerificationResult(Verdict verdict, List<Finding> problems, List<Finding> warnings, Manifest manifest,
                                 CertificateInfo signer) {
    public VerificationResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if ((verdict == Verdict.INVALID) == problems.isEmpty()) {
            throw new IllegalArgumentException("INVALID needs a reason, and only INVALID has one");
        }
    }

    public static VerificationResult invalid(Finding reason) {
        return new VerificationResult(Verdict.INVALID, List.of(reason), List.of(), null, null);
    }

    public boolean isValid() {
        return verdict != Verdict.INVALID;
    }

    /** The main reason for INVALID. */
    public Optional<Finding> reason() {
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0));
    }

    public boolean hasProblem(Reason reason) {
        return problems.stream().anyMatch(f -> f.reason() == reason);
    }

    /** One line for the officer, e.g. "অবৈধ: … " in Bengali or "INVALID: …" in English. */
    public String headline(Messages messages) {
        String verdictText = messages.get(verdict.messageKey());
        return reason().map(r -> verdictText + ": " + r.render(messages)).orElse(verdictText);
    }

    /** Every line: verdict, signer, each problem and warning. */
    public List<String> report(Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(messages));
        if (signer != null) {
            lines.add(messages.get("pack.verify.signer", signer.name(), signer.designation(), signer.office(), signer.shortFingerprint()));
        }
        if (manifest != null) {
            // the fingerprint is hex: shown exactly as the PDF block and the package command print it
            lines.add(messages.get("pack.verify.sender", manifest.senderOffice(),
                    messages.digits(manifest.createdAt().toString()), Manifest.shortFingerprint(manifest.fingerprint())));
            manifest.volumeInfo().ifPresent(v -> lines.add(messages.get("pack.verify.volume",
                    messages.digits(String.valueOf(v.number())), messages.digits(String.valueOf(v.count())), v.submissionId())));
        }
        for (int i = 1; i < problems.size(); i++) {
            lines.add(" - " + problems.get(i).render(messages));
        }
        for (Finding w : warnings) {
            lines.add(messages.get("pack.verify.warning") + ": " + w.render(messages));
        }
        return lines;
    }
}
