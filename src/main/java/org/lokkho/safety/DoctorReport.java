package org.lokkho.safety;

import java.util.Comparator;
import java.util.List;
import org.lokkho.domain.i18n.Messages;

/** The doctor's findings, in a fixed order (database, backups, disk, fonts, folder), for the UI or the CLI. */
public record DoctorReport(List<DoctorCheck> checks) {
    public DoctorReport {
        checks = List.copyOf(checks);
    }

    public DoctorCheck.Status worst() {
        return checks.stream().map(DoctorCheck::status).max(Comparator.naturalOrder()).orElse(DoctorCheck.Status.OK);
    }

    public boolean failed() {
        return worst() == DoctorCheck.Status.FAIL;
    }

    public List<String> lines(Messages messages) {
        return checks.stream().map(c -> c.line(messages)).toList();
    }

    public DoctorCheck check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
