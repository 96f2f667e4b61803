package org.lokkho.ui.view;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.io.TemplateCatalog;
import org.lokkho.ui.model.DisplayRow;
import org.lokkho.ui.model.GovernanceLinksModel;
import org.lokkho.ui.model.TableSectionModel;
import org.lokkho.ui.table.TableSectionView;

/** Chooses the document (or hand entry) whose score a selected APA governance row takes. */
final class GovernanceLinkDialog {
    private GovernanceLinkDialog() {
    }

    static void show(Window owner, TableSectionView view, TemplateCatalog templates) {
        TableSectionModel table = view.model();
        Messages m = table.editor().messages();
        GovernanceLinksModel links = new GovernanceLinksModel(table.editor(), templates);
        DisplayRow line = view.table().getSelectionModel().getSelectedItem();
        Optional<String> form = line == null ? Optional.empty() : links.expectedForm(table, line);
        if (form.isEmpty()) {
            Dialogs.error(owner, m, m.get("ui.apa.link.noRow"));
            return;
        }
        List<GovernanceLinksModel.Choice> choices = links.choices(form.get());
        long current = links.current(line.row());
        GovernanceLinksModel.Choice selected = choices.stream().filter(c -> c.documentId() == current).findFirst().orElse(choices.get(0));
        ChoiceDialog<GovernanceLinksModel.Choice> d = new ChoiceDialog<>(selected, choices);
        d.initOwner(owner);
        d.setTitle(m.get("ui.apa.link.title"));
        d.setHeaderText(m.get("ui.apa.link.header", m.digits(line.row().code()) + " " + line.row().cell("indicator").raw()));
        d.setContentText(null);
        Dialogs.localizeButtons(d.getDialogPane(), m);
        if (d.getDialogPane().lookup(".combo-box") instanceof javafx.scene.control.ComboBox<?> combo) {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<GovernanceLinksModel.Choice> c = (javafx.scene.control.ComboBox<GovernanceLinksModel.Choice>) combo;
            c.setId("link-choices");
            c.setConverter(new StringConverter<>() {
                @Override
                public String toString(GovernanceLinksModel.Choice ch) {
                    return ch == null ? "" : ch.label();
                }

                @Override
                public GovernanceLinksModel.Choice fromString(String s) {
                    return null;
                }
            });
        }
        d.showAndWait().ifPresent(choice -> links.choose(table, line, choice));
    }
}
