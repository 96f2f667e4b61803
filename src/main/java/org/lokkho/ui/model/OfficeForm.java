package org.lokkho.ui.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lokkho.domain.document.Office;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.text.BengaliDigits;

/** The office details form (first start, or "edit office"): one property per field and its validation. */
public final class OfficeForm {
    public static final List<String> FIELDS = List.of("nameBn", "nameEn", "ministryBn", "superiorOfficeBn", "address",
            "phone", "email", "website", "headName", "headDesignation");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ()\\-,/]{5,}");
    private static final Pattern WEBSITE = Pattern.compile("(https?://)?[\\w-]+(\\.[\\w-]+)+(/\\S*)?");

    private final long id;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();

    public OfficeForm() {
        this(null);
    }

    public OfficeForm(Office office) {
        this.id = office == null ? 0 : office.id();
        for (String f : FIELDS) {
            fields.put(f, new SimpleStringProperty(office == null ? "" : value(office, f)));
        }
    }

    public StringProperty field(String name) {
        return fields.get(name);
    }

    private static String value(Office o, String f) {
        return switch (f) {
            case "nameBn" -> o.nameBn();
            case "nameEn" -> o.nameEn();
            case "ministryBn" -> o.ministryBn();
            case "superiorOfficeBn" -> o.superiorOfficeBn();
            case "address" -> o.address();
            case "phone" -> o.phone();
            case "email" -> o.email();
            case "website" -> o.website();
            case "headName" -> o.headName();
            default -> o.headDesignation();
        };
    }

    private String get(String f) {
        return fields.get(f).get() == null ? "" : fields.get(f).get().strip();
    }

    /** Field name → problem, in form order; empty when the office can be saved. */
    public Map<String, String> validate(Messages messages) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (get("nameBn").isEmpty()) {
            problems.put("nameBn", messages.get("ui.office.error.nameRequired"));
        }
        if (get("ministryBn").isEmpty()) {
            problems.put("ministryBn", messages.get("ui.office.error.ministryRequired"));
        }
        if (!get("email").isEmpty() && !EMAIL.matcher(get("email")).matches()) {
            problems.put("email", messages.get("ui.office.error.email", get("email")));
        }
        if (!get("phone").isEmpty() && !PHONE.matcher(BengaliDigits.toAscii(get("phone"))).matches()) {
            problems.put("phone", messages.get("ui.office.error.phone", get("phone")));
        }
        if (!get("website").isEmpty() && !WEBSITE.matcher(get("website")).matches()) {
            problems.put("website", messages.get("ui.office.error.website", get("website")));
        }
        return problems;
    }

    public Office toOffice() {
        return new Office(id, get("nameBn"), get("nameEn"), get("ministryBn"), get("superiorOfficeBn"), get("address"),
                get("phone"), get("email"), get("website"), get("headName"), get("headDesignation"));
    }
}
