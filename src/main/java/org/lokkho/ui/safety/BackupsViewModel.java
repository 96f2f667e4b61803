package org.lokkho.ui.safety;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lokkho.AppContext;
import org.lokkho.store.backup.BackupContents;
import org.lokkho.store.backup.BackupFile;
import org.lokkho.store.backup.BackupInspector;
import org.lokkho.store.backup.RestoreResult;
import org.lokkho.domain.i18n.Messages;

/**
 * The backups window: the list, what the selected backup holds, restore, a backup now, a backup to a folder.
 * Each action comes in two halves: the work (files, H2: run it off the FX thread) and {@code show…}, which puts
 * the result into the observable state (on the FX thread). Tests call both on one thread, without a toolkit.
 */
public final class BackupsViewModel {
    private final SafetySession session;
    private final Messages m;
    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    private final ObservableList<String> contents = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>();
    private final StringProperty contentsTitle = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public BackupsViewModel(SafetySession session, Messages messages) {
        this.session = session;
        this.m = messages;
    }

    public Messages messages() {
        return m;
    }

    public ObservableList<BackupRow> backups() {
        return backups;
    }

    /** The documents inside the selected backup, one line each (or why it cannot be read). */
    public ObservableList<String> contents() {
        return contents;
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    public StringProperty contentsTitleProperty() {
        return contentsTitle;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    private AppContext context() {
        return session.context();
    }

    // ------------------------------------------------------------------ list

    /** Work: the backups in the data folder's backups folder, newest first. */
    public List<BackupRow> list() {
        return context().backups().list().stream().map(this::row).toList();
    }

    private BackupRow row(BackupFile b) {
        return SafetyText.row(b, m);
    }

    public void showList(List<BackupRow> rows) {
        backups.setAll(rows);
        contents.clear();
        contentsTitle.set("");
        status.set(rows.isEmpty() ? m.get("ui.safety.backups.none") : m.get("ui.safety.backups.count", SafetyText.count(rows.size(), m)));
    }

    /** list + showList at once, for tests and the first fill. */
    public void refresh() {
        showList(list());
    }

    // ------------------------------------------------------------------ inspect

    /** Work: opens a copy of the backup read-only and lists its documents. */
    public BackupContents inspect(BackupRow row) {
        return new BackupInspector(context().documentJson()).inspect(row.file().path());
    }

    public void showContents(BackupRow row, BackupContents c) {
        selected.set(row);
        if (!c.usable()) {
            contentsTitle.set(m.get("ui.safety.backups.unusable", row.time()));
            contents.setAll(c.problem().orElse(""));
            return;
        }
        contentsTitle.set(m.get("ui.safety.backups.contents", row.time(), SafetyText.count(c.documents().size(), m)));
        contents.setAll(c.documents().stream().map(d -> SafetyText.document(d, m)).toList());
    }

    // ------------------------------------------------------------------ restore

    /** The question asked before a restore. */
    public String confirmRestore(BackupRow row) {
        return m.get("ui.safety.restore.confirm", row.time(), row.kind());
    }

    /** Work: closes the store, backs up the current state, restores, reopens (see {@link SafetySession}). */
    public RestoreResult restore(BackupRow row) {
        return session.restore(row.file().path());
    }

    /** After a restore: says what came back and where the previous state went; the list has a new backup in it. */
    public String restored(RestoreResult r, List<BackupRow> newList) {
        showList(newList);
        String text = m.get("ui.safety.restore.done", SafetyText.time(r.contents().time().orElse(java.time.Instant.EPOCH), m),
                SafetyText.count(r.contents().documents().size(), m));
        if (r.safetyBackup().isPresent()) {
            text += "\n" + m.get("ui.safety.restore.previousKept", SafetyText.time(r.safetyBackup().get().time(), m));
        }
        if (r.movedAside().isPresent()) {
            text += "\n" + m.get("safety.cli.movedAside", r.movedAside().get());
        }
        status.set(text);
        return text;
    }

    // ------------------------------------------------------------------ backups now

    /** Work: a backup now into the backups folder (marked as made by hand). */
    public Path backupNow() {
        return context().backups().backupTo(context().database(), context().backups().layout().backupsDir());
    }

    /** Work: a backup into a folder the officer chose (a USB stick). */
    public Path backupTo(Path folder) {
        return context().backups().backupTo(context().database(), folder);
    }

    public String backedUp(Path written, List<BackupRow> newList) {
        showList(newList);
        String text = m.get("ui.safety.backup.written", written);
        status.set(text);
        return text;
    }

    /** On the FX thread after a restore (successful or not): the window takes over the reopened store. */
    public void announce() {
        session.announceReopened();
    }

    public String failed(Throwable e) {
        String text = SafetyText.failure(e, m);
        status.set(text);
        return text;
    }
}
