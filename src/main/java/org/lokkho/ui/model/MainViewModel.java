package org.lokkho.ui.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lokkho.app.DocumentSummary;
import org.lokkho.app.Revision;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.DocumentFactory;
import org.lokkho.domain.document.DocumentStatus;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.template.FormTemplate;
import org.lokkho.io.DocumentFormatException;
import org.lokkho.io.DocumentJson;

/**
 * The window's state: offices and their documents, the open document, the language, the status line; and the
 * actions of the menu and toolbar. Every action reports trouble as a {@link UserError} in the UI language.
 */
public final class MainViewModel {
    private final UiServices services;
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>(Messages.bengali());
    private final ObservableList<Office> offices = FXCollections.observableArrayList();
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentEditorModel> editor = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    /** The print view (agreement/monitoring) chosen last in this session. */
    private final PrintViewChoice.Memory printViews = new PrintViewChoice.Memory();

    public MainViewModel(UiServices services) {
        this.services = services;
        // A storage or scoring problem of the open document shows in the status line at once.
        javafx.beans.value.ChangeListener<String> problems = (o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                status.set(b);
            }
        };
        editor.addListener((o, old, now) -> {
            if (old != null) {
                old.problemProperty().removeListener(problems);
            }
            if (now != null) {
                now.problemProperty().addListener(problems);
            }
        });
        reloadLists();
    }

    /** The session's memory of the print view chosen last, shared by the export and the print preview. */
    public PrintViewChoice.Memory printViews() {
        return printViews;
    }

    public UiServices services() {
        return services;
    }

    public Messages messages() {
        return messages.get();
    }

    public ObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    public ObservableList<Office> offices() {
        return offices;
    }

    public ObservableList<DocumentSummary> documents() {
        return documents;
    }

    public ObjectProperty<DocumentEditorModel> editorProperty() {
        return editor;
    }

    public DocumentEditorModel editor() {
        return editor.get();
    }

    public StringProperty statusProperty() {
        return status;
    }

    public boolean needsOffice() {
        return offices.isEmpty();
    }

    public void reloadLists() {
        offices.setAll(services.offices().list());
        documents.setAll(services.documents().list());
    }

    /** Switches the UI language; the open document is reopened so that every label follows. */
    public void setLanguage(Messages newMessages) {
        messages.set(newMessages);
        DocumentEditorModel current = editor.get();
        if (current != null) {
            editor.set(editorFor(current.document(), current.isReadOnly()));
        }
    }

    // ------------------------------------------------------------------ offices

    /** Saves the office form; returns the problems per field (nothing saved) or an empty map. */
    public Map<String, String> saveOffice(OfficeForm form) {
        Map<String, String> problems = form.validate(messages());
        if (problems.isEmpty()) {
            services.offices().save(form.toOffice());
            reloadLists();
            status.set(messages().get("ui.status.officeSaved"));
        }
        return problems;
    }

    public Optional<Office> office(long id) {
        return offices.stream().filter(o -> o.id() == id).findFirst();
    }

    // ------------------------------------------------------------------ documents

    public List<FormTemplate> templates() {
        return services.templates().all();
    }

    public String templateTitle(String templateId) {
        return services.templates().latest(templateId).map(t -> t.title().in(messages().locale())).orElse(templateId);
    }

    /** Creates and opens a new document; the fiscal year may be typed in either digit set. */
    public DocumentEditorModel newDocument(long officeId, String templateId, String fiscalYear, Period period) throws UserError {
        FormTemplate t = services.templates().latest(templateId)
                .orElseThrow(() -> new UserError(messages().get("json.error.unknownTemplate", templateId)));
        FiscalYear fy;
        try {
            fy = FiscalYear.parse(fiscalYear == null ? "" : fiscalYear);
        } catch (IllegalArgumentException e) {
            throw new UserError(messages().get("json.error.fiscalYear", fiscalYear));
        }
        if (office(officeId).isEmpty()) {
            throw new UserError(messages().get("ui.error.noOffice"));
        }
        FormDocument doc = DocumentFactory.create(t, officeId, fy, period == null ? Period.ANNUAL : period);
        FormDocument stored = services.documents().create(doc);
        reloadLists();
        return open(stored.id());
    }

    public DocumentEditorModel open(long documentId) throws UserError {
        FormDocument doc = services.documents().load(documentId)
                .orElseThrow(() -> new UserError(messages().get("ui.error.noDocument")));
        DocumentEditorModel e = editorFor(doc, false);
        editor.set(e);
        status.set("");
        return e;
    }

    private DocumentEditorModel editorFor(FormDocument doc, boolean readOnly) {
        FormTemplate t = services.templates().find(doc.templateId(), doc.templateVersion())
                .or(() -> services.templates().latest(doc.templateId()))
                .orElseThrow(() -> new IllegalStateException("no template " + doc.templateId()));
        return new DocumentEditorModel(t, doc, readOnly ? null : services.documents(), services.scorer(), services.checker(),
                messages(), placeholders(doc), readOnly);
    }

    private Map<String, String> placeholders(FormDocument doc) {
        Map<String, String> values = new LinkedHashMap<>();
        office(doc.officeId()).ifPresent(o -> {
            values.put("office", o.nameBn());
            values.put("officeEn", o.nameEn().isEmpty() ? o.nameBn() : o.nameEn());
            values.put("ministry", o.ministryBn());
            values.put("superior", o.superiorOfficeBn());
            values.put("address", o.address());
            values.put("phone", o.phone());
            values.put("email", o.email());
            values.put("website", o.website());
            values.put("head", o.headName());
            values.put("headDesignation", o.headDesignation());
        });
        return values;
    }

    /** At start: reopen the document worked on last, so the officer continues where the power went off. */
    public Optional<DocumentEditorModel> openMostRecent() throws UserError {
        Optional<DocumentSummary> last = documents.stream()
                .max(java.util.Comparator.comparing(DocumentSummary::updatedAt, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return last.isEmpty() ? Optional.empty() : Optional.of(open(last.get().id()));
    }

    public List<UiServices.Example> examples() {
        return services.examples().list();
    }

    /** "Open the example office": the preferred bundled example (the scored NIS report). */
    public DocumentEditorModel openExample() throws UserError {
        try {
            return openExample(services.examples().preferred());
        } catch (RuntimeException e) {
            throw new UserError(messages().get("ui.error.example", renderError(e)));
        }
    }

    public DocumentEditorModel openExample(String exampleId) throws UserError {
        try {
            long id = services.examples().open(exampleId);
            reloadLists();
            return open(id);
        } catch (UserError e) {
            throw e;
        } catch (Exception e) {
            throw new UserError(messages().get("ui.error.example", renderError(e)));
        }
    }

    /** An app failure in the UI language when it carries a message key, else its text. */
    String renderError(Exception e) {
        if (e instanceof org.lokkho.app.AppException a) {
            return a.render(messages());
        }
        return String.valueOf(e.getMessage());
    }

    /** Reads a document file; its office is matched by Bengali name or added. */
    public DocumentEditorModel importJson(Path file) throws UserError {
        DocumentJson.Imported imported;
        try {
            imported = services.json().read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserError(messages().get("ui.error.read", file.toString(), String.valueOf(e.getMessage())));
        } catch (DocumentFormatException e) {
            throw new UserError(messages().get("ui.error.import", file.getFileName().toString()) + "\n" + e.render(messages()));
        }
        Office office = offices.stream().filter(o -> o.nameBn().equals(imported.office().nameBn())).findFirst()
                .orElseGet(() -> services.offices().save(imported.office()));
        FormDocument doc = imported.document();
        doc.setOfficeId(office.id());
        FormDocument stored = services.documents().create(doc);
        reloadLists();
        return open(stored.id());
    }

    public void exportJson(Path file) throws UserError {
        DocumentEditorModel e = requireEditor();
        Office office = office(e.document().officeId()).orElseThrow(() -> new UserError(messages().get("ui.error.noOffice")));
        try {
            Files.writeString(file, services.json().write(e.document(), office), StandardCharsets.UTF_8);
            status.set(messages().get("ui.status.exported", file.getFileName().toString()));
        } catch (IOException ex) {
            throw new UserError(messages().get("ui.error.write", file.toString(), String.valueOf(ex.getMessage())));
        }
    }

    private DocumentEditorModel requireEditor() throws UserError {
        if (editor.get() == null) {
            throw new UserError(messages().get("ui.error.noDocument"));
        }
        return editor.get();
    }

    /** Ctrl+S: every edit is already stored; this makes an explicit checkpoint and says so. */
    public void checkpoint() throws UserError {
        DocumentEditorModel e = requireEditor();
        if (e.isReadOnly()) {
            throw new UserError(messages().get("ui.error.readOnly"));
        }
        if (!e.checkpoint(messages().get("ui.revision.checkpoint"))) {
            throw new UserError(e.problemProperty().get());
        }
        reloadLists();
        status.set(messages().get("ui.status.saved"));
    }

    public void setDocumentStatus(DocumentStatus newStatus) throws UserError {
        DocumentEditorModel e = requireEditor();
        if (e.isReadOnly()) {
            throw new UserError(messages().get("ui.error.readOnly"));
        }
        e.setStatus(newStatus);
        reloadLists();
    }

    // ------------------------------------------------------------------ history

    public List<Revision> history() throws UserError {
        return services.documents().history(requireEditor().document().id());
    }

    /** Opens an old revision read-only (it never writes). */
    public DocumentEditorModel openRevision(Revision revision) throws UserError {
        FormDocument old = services.documents().loadRevision(revision.documentId(), revision.number())
                .orElseThrow(() -> new UserError(messages().get("ui.error.noRevision")));
        DocumentEditorModel e = editorFor(old, true);
        editor.set(e);
        status.set(messages().get("ui.status.revision", messages().digits(Long.toString(revision.number()))));
        return e;
    }

    /** Makes the revision current (recorded as a new revision) and reopens the document for editing. */
    public DocumentEditorModel restore(Revision revision) throws UserError {
        services.documents().restore(revision.documentId(), revision.number());
        reloadLists();
        DocumentEditorModel e = open(revision.documentId());
        status.set(messages().get("ui.status.restored", messages().digits(Long.toString(revision.number()))));
        return e;
    }

    /** A list line: "জাতীয় শুদ্ধাচার … — ২০২১-২২ — ৪র্থ কোয়ার্টার — খসড়া". */
    public String describe(DocumentSummary s) {
        Messages m = messages();
        String period = m.isBengali() ? s.period().bengali() : s.period().english();
        String state = m.get(s.status() == DocumentStatus.FINAL ? "ui.status.final" : "ui.status.draft");
        String fy = m.isBengali() ? s.fiscalYear().shortLabel() : s.fiscalYear().code();
        return templateTitle(s.templateId()) + " — " + fy + " — " + period + " — " + state;
    }
}
