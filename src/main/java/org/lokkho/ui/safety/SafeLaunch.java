package org.lokkho.ui.safety;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.lokkho.AppContext;
import org.lokkho.app.AppException;
import org.lokkho.domain.i18n.Messages;

/**
 * Opens the data folder for the window. A second Lokkho on the same folder gets a plain message (both languages:
 * the officer's language choice lives in the store it cannot open) and quits; a damaged database leads to the
 * recovery dialog and, once the officer has chosen, the folder is opened normally.
 */
public final class SafeLaunch {
    private SafeLaunch() {
    }

    /** The open context, or empty when the app should quit. Other failures are thrown as they were. */
    public static Optional<AppContext> open(Path dataDir, Messages m) {
        try {
            return Optional.of(new AppContext(dataDir));
        } catch (AppException e) {
            if ("safety.error.alreadyOpen".equals(e.key())) {
                alreadyOpen(e);
                return Optional.empty();
            }
            if (!e.key().startsWith("safety.damaged.")) {
                throw e;
            }
            if (!new RecoveryDialog(new RecoveryViewModel(dataDir, e, m)).showAndWait()) {
                return Optional.empty();
            }
            return Optional.of(new AppContext(dataDir));
        }
    }

    static String alreadyOpenText(AppException e) {
        return e.render(Messages.bengali()) + "\n\n" + e.render(Messages.english());
    }

    private static void alreadyOpen(AppException e) {
        SafetyAlerts.of(Alert.AlertType.INFORMATION, null, Messages.bengali().get("ui.app.title"), alreadyOpenText(e), ButtonType.OK)
                .showAndWait();
    }
}
