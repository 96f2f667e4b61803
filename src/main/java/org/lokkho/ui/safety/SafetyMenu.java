package org.lokkho.ui.safety;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.lokkho.domain.i18n.Messages;

/** The "ব্যাকআপ" menu of the main window: the backups window and the health check. */
public final class SafetyMenu {
    private SafetyMenu() {
    }

    public static Menu build(Messages m, SafetySession session, Supplier<Window> owner) {
        MenuItem backups = new MenuItem(m.get("ui.safety.menu.backups"));
        backups.setId("menu-safety-backups");
        backups.setOnAction(e -> openBackups(m, session, owner.get()));
        MenuItem doctor = new MenuItem(m.get("ui.safety.menu.doctor"));
        doctor.setId("menu-safety-doctor");
        doctor.setOnAction(e -> openDoctor(m, session, owner.get()));
        Menu menu = new Menu(m.get("ui.safety.menu"), null, backups, doctor);
        menu.setId("menu-safety");
        return menu;
    }

    public static BackupsWindow openBackups(Messages m, SafetySession session, Window owner) {
        BackupsWindow w = new BackupsWindow(owner, new BackupsViewModel(session, m));
        w.show();
        return w;
    }

    public static DoctorWindow openDoctor(Messages m, SafetySession session, Window owner) {
        DoctorWindow w = new DoctorWindow(owner, new DoctorViewModel(session, m));
        w.show();
        return w;
    }
}
