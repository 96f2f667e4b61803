package org.lokkho.domain.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;

/**
 * A filled-in form: which template (id and version) it follows, whose office, for which fiscal year and period,
 * and the content of each section keyed by the template's section key. {@code id} is 0 until stored.
 */
public final class FormDocument {
    private long id;
    private final String templateId;
    private final int templateVersion;
    private long officeId;
    private FiscalYear fiscalYear;
    private Period period;
    private DocumentStatus status;
    private String title;
    private DocumentSettings settings;
    private final Map<String, SectionContent> sections;

    public FormDocument(long id, String templateId, int templateVersion, long officeId, FiscalYear fiscalYear, Period period,
                        DocumentStatus status, String title, DocumentSettings settings, Map<String, SectionContent> sections) {
        this.id = id;
        this.templateId = Objects.requireNonNull(templateId, "templateId");
        this.templateVersion = templateVersion;
        this.officeId = officeId;
        this.fiscalYear = Objects.requireNonNull(fiscalYear, "fiscalYear");
        this.period = period == null ? Period.ANNUAL : period;
        this.status = status == null ? DocumentStatus.DRAFT : status;
        this.title = title == null ? "" : title;
        this.settings = settings == null ? DocumentSettings.DEFAULT : settings;
        this.sections = new LinkedHashMap<>(sections == null ? Map.of() : sections);
    }

    public long id() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String templateId() {
        return templateId;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public long officeId() {
        return officeId;
    }

    public void setOfficeId(long officeId) {
        this.officeId = officeId;
    }

    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(FiscalYear fiscalYear) {
        this.fiscalYear = Objects.requireNonNull(fiscalYear);
    }

    public Period period() {
        return period;
    }

    public void setPeriod(Period period) {
        this.period = Objects.requireNonNull(period);
    }

    public DocumentStatus status() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = Objects.requireNonNull(status);
    }

    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public DocumentSettings settings() {
        return settings;
    }

    public void setSettings(DocumentSettings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public Map<String, SectionContent> sections() {
        return java.util.Collections.unmodifiableMap(sections);
    }

    public SectionContent section(String key) {
        return sections.get(key);
    }

    public TableContent table(String key) {
        return (TableContent) sections.get(key);
    }

    public void putSection(String key, SectionContent content) {
        sections.put(key, content);
    }

    /** A deep copy, so that an old revision or an undo snapshot never shares rows with the live document. */
    public FormDocument copy() {
        Map<String, SectionContent> copied = new LinkedHashMap<>();
        sections.forEach((k, v) -> copied.put(k, v.copy()));
        return new FormDocument(id, templateId, templateVersion, officeId, fiscalYear, period, status, title, settings, copied);
    }
}
