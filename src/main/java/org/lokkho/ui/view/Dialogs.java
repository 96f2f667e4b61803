package org.lokkho.ui.view;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.lokkho.app.Revision;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.ui.model.MainViewModel;
import org.lokkho.ui.model.OfficeForm;

/** The small dialogs of the window: errors, an office, a new document, the revision history. */
final class Dialogs {
    private Dialogs() {
    }

    /** OK and Cancel of a stock dialog (ChoiceDialog …) in the UI language instead of the toolkit's English. */
    static void localizeButtons(javafx.scene.control.DialogPane pane, Messages m) {
        if (pane.lookupButton(ButtonType.OK) instanceof javafx.scene.control.Button ok) {
            ok.setText(m.get("ui.button.apply"));
        }
        if (pane.lookupButton(ButtonType.CANCEL) instanceof javafx.scene.control.Button cancel) {
            cancel.setText(m.get("ui.button.cancel"));
        }
    }

    static void error(Window owner, Messages m, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(m.get("ui.dialog.error"));
        a.setHeaderText(null);
        org.lokkho.ui.text.WrappingLabel.setMessage(a, message);
        a.getDialogPane().setMinWidth(480);
        a.showAndWait();
    }

    /** Edits or adds an office; stays open while the form has problems. */
    static void office(Window owner, MainViewModel vm, Office existing) {
        Messages m = vm.messages();
        OfficeForm form = new OfficeForm(existing);
        OfficeFormPane pane = new OfficeFormPane(form, m);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get(existing == null ? "ui.action.newOffice" : "ui.action.editOffice"));
        d.getDialogPane().setContent(pane);
        ButtonType save = new ButtonType(m.get("ui.button.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, new ButtonType(m.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            var problems = vm.saveOffice(form);
            pane.showProblems(problems);
            if (!problems.isEmpty()) {
                e.consume();
            }
        });
        d.showAndWait();
    }

    record NewDocument(Office office, FormTemplate template, String fiscalYear, Period period) {
    }

    static Optional<NewDocument> newDocument(Window owner, MainViewModel vm, Office preselected) {
        Messages m = vm.messages();
        ComboBox<Office> office = new ComboBox<>(vm.offices());
        office.setConverter(converter(o -> o.nameBn()));
        office.getSelectionModel().select(preselected != null ? preselected : vm.offices().isEmpty() ? null : vm.offices().get(0));
        ComboBox<FormTemplate> template = new ComboBox<>();
        template.getItems().setAll(vm.templates());
        template.setConverter(converter(t -> t.title().in(m.locale())));
        template.getSelectionModel().selectFirst();
        TextField fy = new TextField(m.digits(FiscalYear.containing(java.time.LocalDate.now()).shortLabel()));
        ComboBox<Period> period = new ComboBox<>();
        period.getItems().setAll(Period.values());
        period.setConverter(converter(p -> m.isBengali() ? p.bengali() : p.english()));
        period.getSelectionModel().select(Period.ANNUAL);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("ui.newDoc.office")), office);
        grid.addRow(1, new Label(m.get("ui.newDoc.template")), template);
        grid.addRow(2, new Label(m.get("ui.newDoc.fiscalYear")), fy);
        grid.addRow(3, new Label(m.get("ui.newDoc.period")), period);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("ui.action.newDocument"));
        d.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(m.get("ui.button.create"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(m.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Optional<ButtonType> r = d.showAndWait();
        if (r.isEmpty() || r.get() != ok || office.getValue() == null || template.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(new NewDocument(office.getValue(), template.getValue(), fy.getText(), period.getValue()));
    }

    enum HistoryChoice { OPEN, RESTORE }

    record HistoryPick(Revision revision, HistoryChoice choice) {
    }

    static Optional<HistoryPick> history(Window owner, Messages m, List<Revision> revisions) {
        ListView<Revision> list = new ListView<>();
        list.getItems().setAll(revisions);
        list.setPrefSize(520, 360);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : describe(r, m));
            }
        });
        list.getSelectionModel().selectFirst();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("ui.action.history"));
        d.getDialogPane().setContent(list);
        ButtonType open = new ButtonType(m.get("ui.history.open"), ButtonBar.ButtonData.OTHER);
        ButtonType restore = new ButtonType(m.get("ui.history.restore"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(open, restore, new ButtonType(m.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Optional<ButtonType> r = d.showAndWait();
        Revision chosen = list.getSelectionModel().getSelectedItem();
        if (r.isEmpty() || chosen == null || (r.get() != open && r.get() != restore)) {
            return Optional.empty();
        }
        return Optional.of(new HistoryPick(chosen, r.get() == open ? HistoryChoice.OPEN : HistoryChoice.RESTORE));
    }

    /** "৩ — ২২/১১/২০২৬ ২৩:০৪ — note" in local time. */
    static String describe(Revision r, Messages m) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofInstant(r.savedAt(), java.time.ZoneId.systemDefault());
        String when = String.format("%02d/%02d/%d %02d:%02d:%02d", t.getDayOfMonth(), t.getMonthValue(), t.getYear(),
                t.getHour(), t.getMinute(), t.getSecond());
        String text = org.lokkho.app.RevisionNotes.render(r.note(), m);
        String note = text.isBlank() ? "" : " — " + text;
        return m.digits(r.number() + " — " + when) + note;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
