package org.lokkho.ui.safety;

import org.lokkho.ui.text.WrappingLabel;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lokkho.domain.i18n.Messages;

/** The health check window: each check with a coloured symbol, its status word and its sentence. */
public final class DoctorWindow {
    private final DoctorViewModel vm;
    private final Stage stage = new Stage();
    private final Button again;

    public DoctorWindow(Window owner, DoctorViewModel vm) {
        this.vm = vm;
        Messages m = vm.messages();
        stage.initOwner(owner);
        stage.setTitle(m.get("ui.safety.doctor.title"));
        ListView<DoctorRow> list = new ListView<>(vm.rows());
        list.setId("doctor-checks");
        list.setCellFactory(l -> new CheckCell());
        WrappingLabel summary = new WrappingLabel();
        summary.setId("doctor-summary");
        summary.getStyleClass().add("safety-heading");
        summary.fullTextProperty().bind(vm.summaryProperty());
        again = new Button(m.get("ui.safety.doctor.again"));
        again.setId("doctor-again");
        again.setOnAction(e -> run());
        Button close = new Button(m.get("ui.safety.close"));
        close.setId("doctor-close");
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        BorderPane root = new BorderPane(list);
        root.setTop(summary);
        root.setBottom(new HBox(8, again, gap, close));
        BorderPane.setMargin(summary, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(list, new Insets(0, 0, 8, 0));
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root, 820, 380);
        scene.getStylesheets().add(DoctorWindow.class.getResource("/ui/lokkho.css").toExternalForm());
        stage.setScene(scene);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        run();
    }

    private void run() {
        vm.showRunning();
        again.setDisable(true);
        Background.run(null, vm::run, r -> {
            vm.show(r);
            again.setDisable(false);
        }, e -> {
            vm.summaryProperty().set(SafetyText.failure(e, vm.messages()));
            again.setDisable(false);
        });
    }

    private static final class CheckCell extends ListCell<DoctorRow> {
        @Override
        protected void updateItem(DoctorRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label icon = new Label(r.symbol());
            icon.getStyleClass().addAll("doctor-icon", r.styleClass());
            Label word = new Label(r.statusText());
            word.getStyleClass().addAll("doctor-status", r.styleClass());
            word.setMinWidth(80);
            WrappingLabel text = new WrappingLabel(r.message());
            text.setMaxWidth(640);
            HBox line = new HBox(10, icon, word, text);
            HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            line.getStyleClass().add("doctor-line");
            setText(null);
            setGraphic(line);
        }
    }
}
