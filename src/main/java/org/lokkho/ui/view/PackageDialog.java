package org.lokkho.ui.view;

import org.lokkho.ui.text.WrappingLabel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.delivery.MailDraft;
import org.lokkho.ui.model.PackageFlowModel;
import org.lokkho.ui.model.UserError;

/**
 * "Create submission package": signer, password, optional forwarding letter and folder; the package is signed and
 * written in the background; then the officer saves it to a USB stick or folder (checked by reading it back) or
 * opens the mail program, with the file to attach named and a split offered when it is too big for e-mail.
 */
final class PackageDialog {
    private final Window owner;
    private final Messages m;
    private final PackageFlowModel model;
    private final Consumer<String> status;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ChoiceBox<String> signer = new ChoiceBox<>();
    private final PasswordField password = new PasswordField();
    private final Label letter = new Label();
    private final Label folder = new Label();
    private Path letterPdf;
    private Path outputFolder = Path.of(System.getProperty("user.home"));

    private PackageDialog(Window owner, Messages m, PackageFlowModel model, Consumer<String> status) {
        this.owner = owner;
        this.m = m;
        this.model = model;
        this.status = status;
    }

    static void show(Window owner, Messages m, PackageFlowModel model, Consumer<String> status) throws UserError {
        List<String> signers = model.signers();
        if (signers.isEmpty()) {
            throw new UserError(m.get("ui.package.error.noKeys"));
        }
        new PackageDialog(owner, m, model, status).open(signers);
    }

    private void open(List<String> signers) {
        dialog.initOwner(owner);
        dialog.setTitle(m.get("ui.package.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("package-dialog");
        signer.setId("package-signer");
        signer.setItems(FXCollections.observableArrayList(signers));
        signer.setValue(model.defaultSigner().orElse(signers.get(0)));
        password.setId("package-password");
        letter.setText(m.get("ui.package.noLetter"));
        folder.setText(outputFolder.toString());
        Button chooseLetter = new Button(m.get("ui.package.chooseLetter"));
        chooseLetter.setOnAction(e -> chooseLetter());
        Button chooseFolder = new Button(m.get("ui.package.chooseFolder"));
        chooseFolder.setOnAction(e -> chooseFolder());
        GridPane g = SigningKeysDialog.grid();
        g.addRow(0, new Label(m.get("ui.package.file")), new Label(model.fileName()));
        g.addRow(1, new Label(m.get("ui.package.signer")), signer);
        g.addRow(2, new Label(m.get("ui.keys.password")), password);
        g.addRow(3, new Label(m.get("ui.package.letter")), new HBox(8, letter, chooseLetter));
        g.addRow(4, new Label(m.get("ui.package.folder")), new HBox(8, folder, chooseFolder));
        password.setPrefWidth(260);
        dialog.getDialogPane().setContent(g);
        ButtonType create = new ButtonType(m.get("ui.button.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(m.get("ui.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(create, close);
        dialog.getDialogPane().lookupButton(create).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open for the delivery step
            create(create);
        });
        dialog.setOnHidden(e -> {
            password.clear();
            model.forget();
        });
        dialog.show();
    }

    private void chooseLetter() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = fc.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
        if (f != null) {
            letterPdf = f.toPath();
            letter.setText(f.getName());
        }
    }

    private void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setInitialDirectory(outputFolder.toFile().isDirectory() ? outputFolder.toFile() : null);
        File f = dc.showDialog(dialog.getDialogPane().getScene().getWindow());
        if (f != null) {
            outputFolder = f.toPath();
            folder.setText(f.toString());
        }
    }

    private void create(ButtonType createButton) {
        char[] pw = password.getText().toCharArray();
        password.clear();
        String alias = signer.getValue();
        Path letterFile = letterPdf;
        Path out = outputFolder;
        Window w = dialog.getDialogPane().getScene().getWindow();
        Background.run(w, m, m.get("ui.package.creating"), p -> model.create(alias, pw, letterFile, out), pkg -> {
            dialog.getDialogPane().getButtonTypes().remove(createButton);
            dialog.getDialogPane().setContent(deliveryStep(pkg));
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
            status.accept(m.get("ui.package.created", pkg.toString()));
        });
    }

    private VBox deliveryStep(Path pkg) {
        WrappingLabel done = new WrappingLabel(m.get("ui.package.created", pkg.toString()));
        done.setId("package-created");
        // a text area, not a label: the paths can be long, and the officer may want to copy them
        TextArea result = new TextArea();
        result.setId("package-result");
        result.setWrapText(org.lokkho.ui.text.NativeWrapping.isReliable());
        result.setEditable(false);
        result.setPrefRowCount(6);
        Button usb = new Button(m.get("ui.package.toFolder"));
        usb.setId("package-to-folder");
        usb.setOnAction(e -> toFolder(result));
        Button mail = new Button(m.get("ui.package.toMail"));
        mail.setId("package-to-mail");
        mail.setOnAction(e -> toMail(result));
        VBox box = new VBox(10, done, new HBox(8, usb, mail), result);
        box.setPadding(new Insets(4));
        box.setPrefWidth(560);
        return box;
    }

    private void toFolder(TextArea result) {
        Window w = dialog.getDialogPane().getScene().getWindow();
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(m.get("ui.package.toFolder"));
        File f = dc.showDialog(w);
        if (f != null) {
            Background.run(w, m, m.get("ui.package.copying"), p -> model.deliverToFolder(f.toPath()), text -> {
                result.setText(text);
                status.accept(text.lines().findFirst().orElse(text));
            });
        }
    }

    private void toMail(TextArea result) {
        Window w = dialog.getDialogPane().getScene().getWindow();
        MailDraft draft;
        try {
            draft = model.mailDraft(null);
        } catch (UserError e) {
            Dialogs.error(w, m, e.getMessage());
            return;
        }
        if (draft.tooLarge()) {
            Alert a = new Alert(Alert.AlertType.WARNING, "");
            a.initOwner(w);
            a.setHeaderText(null);
            WrappingLabel.setMessage(a, draft.warning());
            ButtonType split = new ButtonType(m.get("ui.package.split"), ButtonBar.ButtonData.YES);
            ButtonType anyway = new ButtonType(m.get("ui.package.mailAnyway"), ButtonBar.ButtonData.NO);
            a.getButtonTypes().setAll(split, anyway, new ButtonType(m.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            Optional<ButtonType> pick = a.showAndWait();
            if (pick.isEmpty() || pick.get().getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE) {
                return;
            }
            if (pick.get() == split) {
                Background.run(w, m, m.get("ui.package.splitting"), p -> model.splitForMail(), volumes -> {
                    result.setText(m.get("ui.package.volumes", m.digits(String.valueOf(volumes.size())))
                            + "\n" + String.join("\n", volumes.stream().map(v -> v.file().toString()).toList()));
                    // one e-mail per volume; the mail program opens for the first, the others are listed to send the same way
                    openMail(volumes.get(0).draft(), result, List.of(volumes.get(0).file()));
                });
                return;
            }
        }
        openMail(draft, result, List.of(model.lastPackage()));
    }

    private void openMail(MailDraft draft, TextArea result, List<Path> attach) {
        String files = String.join("\n", attach.stream().map(Path::toString).toList());
        String text = m.get("ui.package.attach", files);
        if (DesktopActions.canMail()) {
            DesktopActions.mail(draft.uri());
        } else {
            text = m.get("ui.package.noMailProgram") + "\n" + text;
        }
        result.setText((result.getText().isEmpty() ? "" : result.getText() + "\n\n") + text);
        if (DesktopActions.canOpenFolder()) {
            DesktopActions.openFolder(attach.get(0).toAbsolutePath().getParent());
        }
    }
}
