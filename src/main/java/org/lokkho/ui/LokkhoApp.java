package org.lokkho.ui;

import java.io.InputStream;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.lokkho.AppContext;
import org.lokkho.app.AppException;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.model.MainViewModel;
import org.lokkho.ui.safety.SafeLaunch;
import org.lokkho.ui.safety.SafetyMenu;
import org.lokkho.ui.safety.SafetySession;
import org.lokkho.ui.view.MainView;

/**
 * The window. Loads the bundled fonts (so Bengali looks the same on every PC), opens the data folder
 * ({@code --data-dir DIR}, else the default) and shows the main view.
 */
public final class LokkhoApp extends Application {
    public static final List<String> FONTS = List.of("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf",
            "NotoSans-Regular.ttf", "NotoSans-Bold.ttf");

    private AppContext context;
    private SafetySession session;
    private MainViewModel mainViewModel;

    /** Called by the Launcher (reflectively, so the CLI runs without JavaFX on the class path). */
    public static void launchWith(String[] args) {
        Application.launch(LokkhoApp.class, args);
    }

    public static void main(String[] args) {
        launchWith(args);
    }

    @Override
    public void start(Stage stage) {
        loadFonts();
        String dataDir = String.valueOf(DataDirArgument.value(getParameters().getRaw()));
        try {
            // another Lokkho on this folder: a plain message; a damaged database: the recovery dialog first
            context = SafeLaunch.open(DataDirArgument.parse(getParameters().getRaw()), Messages.bengali()).orElse(null);
        } catch (AppException e) {
            fatal(e.render(Messages.bengali()));
            return;
        } catch (RuntimeException e) {
            fatal(Messages.bengali().get("ui.error.openData", dataDir, String.valueOf(e.getMessage())));
            return;
        }
        if (context == null) {
            Platform.exit();
            return;
        }
        session = new SafetySession(context);
        // after a restore from the backups window the folder is a new store: a new main window over it
        session.onReopened(c -> {
            context = c;
            showMain(stage, mainViewModel == null ? Messages.bengali() : mainViewModel.messages());
            c.startBackups();
        });
        showMain(stage, Messages.bengali());
        context.startBackups();
    }

    private void showMain(Stage stage, Messages language) {
        MainViewModel vm = new MainViewModel(Services.from(session.context()));
        if (!language.isBengali()) {
            vm.setLanguage(language);
        }
        try {
            vm.openMostRecent();
        } catch (org.lokkho.ui.model.UserError | RuntimeException e) {
            // The list is still shown; the officer can open another document.
        }
        mainViewModel = vm;
        // an automatic backup that fails (full disk, folder not writable) is said in the status line at once
        session.context().backupScheduler().onFailure(e -> Platform.runLater(() -> vm.statusProperty().set(e.render(vm.messages()))));
        installSafetyMenu(show(stage, vm), session);
    }

    /** Adds the backups / health check menu to a main window shown by {@link #show} (also used by tests). */
    public static void installSafetyMenu(Scene scene, SafetySession session) {
        ((MainView) scene.getRoot()).setExtraMenus(m -> List.of(SafetyMenu.build(m, session, scene::getWindow)));
    }

    /** Puts the main view for the given view model on the stage (also used by tests on a temp data folder). */
    public static Scene show(Stage stage, MainViewModel vm) {
        MainView view = new MainView(vm);
        Scene scene = new Scene(view, 1400, 900);
        scene.getStylesheets().add(LokkhoApp.class.getResource("/ui/lokkho.css").toExternalForm());
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.messages().get("ui.app.title"), vm.messagesProperty()));
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    public static void loadFonts() {
        for (String f : FONTS) {
            try (InputStream in = LokkhoApp.class.getResourceAsStream("/fonts/" + f)) {
                if (in != null) {
                    Font.loadFont(in, 13);
                }
            } catch (java.io.IOException e) {
                // A missing font falls back to the system's; the app still works.
            }
        }
    }

    private void fatal(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        a.setHeaderText(null);
        org.lokkho.ui.text.WrappingLabel.setMessage(a, message);
        a.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        } else if (context != null) {
            context.close();
        }
    }
}
