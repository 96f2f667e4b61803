package org.lokkho.ui.model;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.SectionContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.template.ColumnTemplate;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.pdf.PrintView;

/**
 * Which view of the form goes to paper or PDF: the signed agreement (monitoring-only columns left out) or the
 * monitoring view (quarterly achievements, scores, links, remarks). Offered only for a template where the two
 * differ (the APA); every other form prints all its columns, which both views do alike.
 *
 * <p>The first time in a session the default follows the document: once achievements are recorded in a
 * monitoring-only column, the monitoring view; before that, the agreement. After that the officer's last choice
 * is kept for the rest of the session ({@link Memory}, held by the main view model).
 */
public final class PrintViewChoice {
    /** The view chosen last in this session, for every document that offers the choice; none at start. */
    public static final class Memory {
        private PrintView last;

        PrintView last() {
            return last;
        }

        void remember(PrintView view) {
            last = view;
        }
    }

    private final boolean offered;
    private final Memory memory;
    private final ObjectProperty<PrintView> view = new SimpleObjectProperty<>();

    PrintViewChoice(FormTemplate template, FormDocument document, Memory memory) {
        this.offered = changesAnything(template);
        this.memory = memory;
        if (!offered) {
            view.set(PrintView.MONITORING); // every column: the same page as the agreement view for such forms
        } else if (memory.last() != null) {
            view.set(memory.last());
        } else {
            view.set(hasMonitoringEntries(template, document) ? PrintView.MONITORING : PrintView.AGREEMENT);
        }
    }

    /** True when the template has columns shown in one view only, so the two views print differently. */
    public static boolean changesAnything(FormTemplate template) {
        for (SectionTemplate s : template.sections()) {
            if (s.columnsFor(PrintView.AGREEMENT.templateName()).size() != s.columns().size()
                    || s.columnsFor(PrintView.MONITORING.templateName()).size() != s.columns().size()) {
                return true;
            }
        }
        return false;
    }

    /** Whether anything is typed in a monitoring-only column (e.g. a quarter's achievement). */
    static boolean hasMonitoringEntries(FormTemplate template, FormDocument document) {
        for (SectionTemplate s : template.sections()) {
            List<ColumnTemplate> onlyMonitoring = s.columns().stream()
                    .filter(c -> !c.shownIn(PrintView.AGREEMENT.templateName())).toList();
            SectionContent content = document.section(s.key());
            if (onlyMonitoring.isEmpty() || !(content instanceof TableContent table)) {
                continue;
            }
            for (TableRow row : table.rows()) {
                for (ColumnTemplate c : onlyMonitoring) {
                    if (!c.isDerived() && !row.cell(c.key()).isBlank()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the officer gets to choose (the two views differ for this form). */
    public boolean offered() {
        return offered;
    }

    public List<PrintView> options() {
        return offered ? List.of(PrintView.AGREEMENT, PrintView.MONITORING) : List.of(view.get());
    }

    /** The view the next PDF is made in. */
    public PrintView view() {
        return view.get();
    }

    public ObjectProperty<PrintView> viewProperty() {
        return view;
    }

    /** The officer's choice; remembered for the rest of the session. Ignored where there is nothing to choose. */
    public void choose(PrintView chosen) {
        if (!offered || chosen == null) {
            return;
        }
        view.set(chosen);
        memory.remember(chosen);
    }

    /** The view's name as the dialogs show it, e.g. "পরিবীক্ষণ (অর্জন ও নম্বরসহ)". */
    public static String label(Messages m, PrintView v) {
        return m.get(v == PrintView.AGREEMENT ? "ui.print.view.agreement" : "ui.print.view.monitoring");
    }

    /** One sentence on what the view prints. */
    public static String hint(Messages m, PrintView v) {
        return m.get(v == PrintView.AGREEMENT ? "ui.print.view.agreementHint" : "ui.print.view.monitoringHint");
    }
}
