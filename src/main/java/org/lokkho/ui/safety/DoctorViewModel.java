package org.lokkho.ui.safety;

import java.time.Clock;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lokkho.AppContext;
import org.lokkho.safety.Doctor;
import org.lokkho.safety.DoctorCheck;
import org.lokkho.safety.DoctorReport;
import org.lokkho.domain.i18n.Messages;

/** The health check window: runs the {@link Doctor} on the open store (off the FX thread) and shows each check. */
public final class DoctorViewModel {
    private static final java.util.regex.Pattern NUMBER_OR_TIME = java.util.regex.Pattern.compile("[0-9][0-9 .:\\-]*");

    private final SafetySession session;
    private final Messages m;
    private final ObservableList<DoctorRow> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public DoctorViewModel(SafetySession session, Messages messages) {
        this.session = session;
        this.m = messages;
    }

    public Messages messages() {
        return m;
    }

    public ObservableList<DoctorRow> rows() {
        return rows;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Work: every check, with the app's own open database (no second opening of the file). */
    public DoctorReport run() {
        AppContext c = session.context();
        return new Doctor(c.dataDir(), c.documentJson(), Clock.systemDefaultZone()).run(c.database());
    }

    public List<DoctorRow> rowsOf(DoctorReport report) {
        return report.checks().stream().map(ch -> new DoctorRow(ch.id(), ch.status(),
                m.get("safety.doctor.status." + ch.status().name()), message(ch))).toList();
    }

    /** The check's sentence with its numbers and times in the UI's digits (paths and error texts as they are). */
    private String message(DoctorCheck ch) {
        Object[] args = ch.args().stream().map(a -> NUMBER_OR_TIME.matcher(a).matches() ? m.digits(a) : a).toArray();
        return m.get(ch.key(), args);
    }

    public void show(DoctorReport report) {
        rows.setAll(rowsOf(report));
        summary.set(m.get("ui.safety.doctor.summary." + report.worst().name()));
    }

    public void showRunning() {
        rows.clear();
        summary.set(m.get("ui.safety.doctor.running"));
    }
}
