package org.lokkho.ui.view;

import org.lokkho.ui.text.WrappingLabel;
import java.io.File;
import java.time.Instant;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.identity.CertificateInfo;
import org.lokkho.pack.identity.KeyAlgorithm;
import org.lokkho.ui.model.SigningKeysModel;
import org.lokkho.ui.model.UserError;

/**
 * "Signing keys": the office's keys, the default signer, a new key or an imported .p12/.pfx, and a certificate's
 * details with its expiry. Passwords are typed only into password fields, wiped after use and never logged.
 */
final class SigningKeysDialog {
    private final Window owner;
    private final Messages m;
    private final SigningKeysModel model;
    private final String officeName;
    private final ListView<String> list = new ListView<>();
    private final TextArea details = new TextArea();

    private SigningKeysDialog(Window owner, Messages m, SigningKeysModel model, String officeName) {
        this.owner = owner;
        this.m = m;
        this.model = model;
        this.officeName = officeName == null ? "" : officeName;
    }

    static void show(Window owner, Messages m, SigningKeysModel model, String officeName) {
        new SigningKeysDialog(owner, m, model, officeName).showAndWait();
    }

    private void showAndWait() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("ui.keys.title"));
        d.setResizable(true);
        list.setId("keys-list");
        list.setPrefSize(240, 300);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String alias, boolean empty) {
                super.updateItem(alias, empty);
                boolean isDefault = !empty && alias != null && model.defaultAlias().filter(alias::equals).isPresent();
                setText(empty || alias == null ? null : isDefault ? alias + " — " + m.get("ui.keys.default") : alias);
            }
        });
        WrappingLabel none = new WrappingLabel(m.get("ui.keys.none"));
        none.setMaxWidth(220);
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> details.setText(
                b == null ? "" : m.get("ui.keys.detailsHint")));
        details.setId("keys-details");
        details.setEditable(false);
        details.setWrapText(org.lokkho.ui.text.NativeWrapping.isReliable());
        details.setPrefColumnCount(44);
        Button create = button("ui.keys.create", "keys-create", this::create);
        Button importKey = button("ui.keys.import", "keys-import", this::importKey);
        Button show = button("ui.keys.show", "keys-show", this::showCertificate);
        Button makeDefault = button("ui.keys.makeDefault", "keys-default", this::makeDefault);
        show.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        makeDefault.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        BorderPane pane = new BorderPane(details);
        pane.setLeft(list);
        BorderPane.setMargin(list, new Insets(0, 10, 0, 0));
        pane.setBottom(new HBox(8, create, importKey, show, makeDefault));
        BorderPane.setMargin(pane.getBottom(), new Insets(10, 0, 0, 0));
        d.getDialogPane().setContent(pane);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("ui.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setId("keys-dialog");
        reload(null);
        d.showAndWait();
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void reload(String select) {
        try {
            list.setItems(FXCollections.observableArrayList(model.aliases()));
            String pick = select != null ? select : model.defaultAlias().orElse(null);
            if (pick != null) {
                list.getSelectionModel().select(pick);
            }
            list.refresh();
        } catch (UserError e) {
            Dialogs.error(owner, m, e.getMessage());
        }
    }

    private void showInfo(CertificateInfo info) {
        details.setText(String.join("\n", model.describe(info, Instant.now())));
    }

    private void create() {
        GridPane g = grid();
        TextField alias = new TextField(suggest());
        TextField name = new TextField();
        name.setId("key-name");
        TextField designation = new TextField();
        TextField office = new TextField(officeName);
        PasswordField password = new PasswordField();
        password.setId("key-password");
        PasswordField repeat = new PasswordField();
        repeat.setId("key-repeat");
        ChoiceBox<KeyAlgorithm> algorithm = new ChoiceBox<>(FXCollections.observableArrayList(KeyAlgorithm.values()));
        algorithm.setValue(KeyAlgorithm.ECDSA_P256);
        algorithm.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(KeyAlgorithm a) {
                return a == null ? "" : m.get(a == KeyAlgorithm.ECDSA_P256 ? "ui.keys.ecdsa" : "ui.keys.rsa");
            }

            @Override
            public KeyAlgorithm fromString(String s) {
                return null;
            }
        });
        row(g, 0, "ui.keys.alias", alias);
        row(g, 1, "ui.keys.name", name);
        row(g, 2, "ui.keys.designation", designation);
        row(g, 3, "ui.keys.office", office);
        row(g, 4, "ui.keys.password", password);
        row(g, 5, "ui.keys.repeat", repeat);
        row(g, 6, "ui.keys.algorithm", algorithm);
        formDialog("ui.keys.create", g, () -> {
            CertificateInfo info = model.create(alias.getText(), name.getText(), designation.getText(), office.getText(),
                    password.getText().toCharArray(), repeat.getText().toCharArray(), algorithm.getValue());
            reload(alias.getText().trim());
            showInfo(info);
        }, password, repeat);
    }

    private void importKey() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PKCS#12 (.p12, .pfx)", "*.p12", "*.pfx"));
        File file = fc.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        GridPane g = grid();
        PasswordField filePassword = new PasswordField();
        TextField alias = new TextField(suggest());
        PasswordField password = new PasswordField();
        PasswordField repeat = new PasswordField();
        row(g, 0, "ui.keys.file", new Label(file.getName()));
        row(g, 1, "ui.keys.filePassword", filePassword);
        row(g, 2, "ui.keys.alias", alias);
        row(g, 3, "ui.keys.password", password);
        row(g, 4, "ui.keys.repeat", repeat);
        formDialog("ui.keys.import", g, () -> {
            CertificateInfo info = model.importFile(file.toPath(), filePassword.getText().toCharArray(), alias.getText(),
                    password.getText().toCharArray(), repeat.getText().toCharArray());
            reload(alias.getText().trim());
            showInfo(info);
        }, filePassword, password, repeat);
    }

    private void showCertificate() {
        String alias = list.getSelectionModel().getSelectedItem();
        if (alias == null) {
            return;
        }
        askPassword(owner, m, m.get("ui.keys.passwordFor", alias)).ifPresent(pw -> {
            try {
                showInfo(model.certificate(alias, pw));
            } catch (UserError e) {
                Dialogs.error(owner, m, e.getMessage());
            }
        });
    }

    private void makeDefault() {
        String alias = list.getSelectionModel().getSelectedItem();
        if (alias != null) {
            try {
                model.makeDefault(alias);
                reload(alias);
            } catch (UserError e) {
                Dialogs.error(owner, m, e.getMessage());
            }
        }
    }

    private String suggest() {
        try {
            return model.suggestAlias();
        } catch (UserError e) {
            return "signer1";
        }
    }

    /** A form that stays open while its action reports a problem; password fields are cleared however it ends. */
    private void formDialog(String titleKey, GridPane form, Action action, PasswordField... secrets) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get(titleKey));
        d.getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(m.get("ui.button.create"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(m.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                action.run();
            } catch (UserError ex) {
                e.consume();
                Dialogs.error(owner, m, ex.getMessage());
            } finally {
                for (PasswordField p : secrets) {
                    p.clear();
                }
            }
        });
        d.showAndWait();
        for (PasswordField p : secrets) {
            p.clear();
        }
    }

    /** Asks for one password; the field is cleared and the caller wipes the returned array after use. */
    static Optional<char[]> askPassword(Window owner, Messages m, String header) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("ui.keys.password"));
        d.setHeaderText(header);
        PasswordField field = new PasswordField();
        field.setId("ask-password");
        d.getDialogPane().setContent(new VBox(6, new Label(m.get("ui.keys.password")), field));
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(m.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        javafx.application.Platform.runLater(field::requestFocus);
        Optional<ButtonType> r = d.showAndWait();
        char[] pw = field.getText().toCharArray();
        field.clear();
        if (r.isPresent() && r.get() == ok) {
            return Optional.of(pw);
        }
        java.util.Arrays.fill(pw, '\0');
        return Optional.empty();
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private void row(GridPane g, int r, String key, javafx.scene.Node field) {
        g.add(new Label(m.get(key)), 0, r);
        g.add(field, 1, r);
        if (field instanceof javafx.scene.control.Control c) {
            c.setPrefWidth(320);
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws UserError;
    }
}
