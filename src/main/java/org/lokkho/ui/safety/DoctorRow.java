package org.lokkho.ui.safety;

import org.lokkho.safety.DoctorCheck;

/** One check of the health report as the window shows it: its status (for icon and colour) and its sentence. */
public record DoctorRow(String id, DoctorCheck.Status status, String statusText, String message) {
    /** CSS class for the status colour: doctor-ok, doctor-warn, doctor-fail. */
    public String styleClass() {
        return "doctor-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A symbol that tells the status apart without colour (for colour-blind officers and grey printers). */
    public String symbol() {
        switch (status) {
            case OK:
                return "\u2714";
            case WARN:
                return "!";
            default:
                return "\u2716";
        }
    }
}
