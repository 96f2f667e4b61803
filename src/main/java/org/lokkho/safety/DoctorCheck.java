package org.lokkho.safety;

import java.util.Arrays;
import java.util.List;
import org.lokkho.domain.i18n.Messages;

/** One line of the doctor's report: what was checked, how it went, and a message key saying so. */
public record DoctorCheck(String id, Status status, String key, List<String> args) {
    public enum Status { OK, WARN, FAIL }

    public DoctorCheck {
        args = List.copyOf(args);
    }

    public static DoctorCheck of(String id, Status status, String key, Object... args) {
        return new DoctorCheck(id, status, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The sentence alone, in the UI's language. */
    public String message(Messages messages) {
        return messages.get(key, args.toArray());
    }

    /** "[OK] sentence", as the CLI prints it. */
    public String line(Messages messages) {
        return messages.get("safety.doctor.line", messages.get("safety.doctor.status." + status), message(messages));
    }
}
