package org.lokkho.ui.safety;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lokkho.app.AppException;
import org.lokkho.store.backup.BackupContents;
import org.lokkho.store.backup.BackupFile;
import org.lokkho.store.backup.RecoveryOptions;
import org.lokkho.store.backup.RestoreResult;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.safety.SafetyServices;

/**
 * The "database damaged" dialog at start-up: says what is wrong, where the damaged file is and that it will be
 * kept (moved to damaged/, never changed or deleted), and offers the newest backup that opens, another backup, or
 * an empty start. Work methods run off the FX thread; {@code show…} methods update the observable state.
 */
public final class RecoveryViewModel {
    private final Path dataDir;
    private final AppException problem;
    private final Messages m;
    private final SafetyServices services;
    private final StringProperty offer = new SimpleStringProperty("");
    private final BooleanProperty canRestore = new SimpleBooleanProperty(false);
    private final ObservableList<String> latestDocuments = FXCollections.observableArrayList();
    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private RecoveryOptions options;

    public RecoveryViewModel(Path dataDir, AppException problem, Messages messages) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.problem = problem;
        this.m = messages;
        this.services = SafetyServices.forFolder(this.dataDir);
    }

    public Messages messages() {
        return m;
    }

    /** The plain sentence about what is wrong (without the command-line advice of the CLI's message). */
    public String problemText() {
        return m.get("safety.damaged.missing".equals(problem.key()) ? "ui.safety.recovery.missing" : "ui.safety.recovery.damaged");
    }

    public Path damagedFile() {
        return services.backups().layout().databaseFile();
    }

    public Path damagedFolder() {
        return services.backups().layout().damagedDir();
    }

    /** "The damaged file is kept unchanged; it is moved to … before anything else happens." */
    public String keptText() {
        return m.get("ui.safety.recovery.kept", damagedFolder());
    }

    public StringProperty offerProperty() {
        return offer;
    }

    public BooleanProperty canRestoreProperty() {
        return canRestore;
    }

    public ObservableList<String> latestDocuments() {
        return latestDocuments;
    }

    public ObservableList<BackupRow> backups() {
        return backups;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public Optional<BackupContents> latestGood() {
        return options == null ? Optional.empty() : options.latestGood();
    }

    public void showLooking() {
        offer.set(m.get("ui.safety.recovery.looking"));
    }

    /** Work: finds the newest backup that opens and reads completely (older ones are tried if it does not). */
    public RecoveryOptions load() {
        return services.recovery().options();
    }

    public void show(RecoveryOptions o) {
        this.options = o;
        canRestore.set(o.canRestore());
        backups.setAll(o.backups().stream().map(b -> SafetyText.row(b, m)).toList());
        if (o.latestGood().isPresent()) {
            BackupContents good = o.latestGood().get();
            offer.set(m.get("ui.safety.recovery.offer", SafetyText.time(good.time().orElse(java.time.Instant.EPOCH), m),
                    SafetyText.count(good.documents().size(), m)));
            latestDocuments.setAll(good.documents().stream().map(d -> SafetyText.document(d, m)).toList());
        } else {
            offer.set(m.get("ui.safety.recovery.noBackup"));
            latestDocuments.clear();
        }
    }

    /** Work: restores the newest good backup; the damaged file is copied to damaged/ first. */
    public RestoreResult restoreLatestGood() {
        return services.restoreLatestGood();
    }

    /** Work: restores a backup the officer picked. */
    public RestoreResult restore(BackupFile backup) {
        return services.restore(backup.path());
    }

    /** Work: moves the damaged file to damaged/; the app then starts with an empty store. */
    public Optional<Path> startEmpty() {
        return services.recovery().startEmpty();
    }

    /** What a restore did, for the officer: what came back, and where the damaged file is kept. */
    public String restored(RestoreResult r) {
        String text = m.get("ui.safety.recovery.restored", SafetyText.time(r.contents().time().orElse(java.time.Instant.EPOCH), m),
                SafetyText.count(r.contents().documents().size(), m));
        return text + r.movedAside().map(p -> "\n" + m.get("ui.safety.recovery.keptAt", p)).orElse("");
    }

    public String startedEmpty(Optional<Path> movedAside) {
        return m.get("ui.safety.recovery.emptyStarted") + movedAside.map(p -> "\n" + m.get("ui.safety.recovery.keptAt", p)).orElse("");
    }

    public String failed(Throwable e) {
        String text = SafetyText.failure(e, m);
        status.set(text);
        return text;
    }

    public List<BackupFile> allBackups() {
        return options == null ? List.of() : options.backups();
    }
}
