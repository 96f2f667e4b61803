package org.lokkho.domain.template;

import java.util.List;
import java.util.Optional;

/**
 * A form as data, versioned by form and fiscal year (nis-2021-22, citizen-charter-2020s). A new year's
 * format is a new template file. {@code titleLines} may hold placeholders: {office}, {ministry}, {fy}, {fyLong} …
 */
public record FormTemplate(String id, String form, int version, String fiscalYear, LocalizedText title,
                           String orientation, List<LocalizedText> titleLines, List<SectionTemplate> sections,
                           ScoringSpec scoring, boolean quarterly) {
    public FormTemplate {
        orientation = orientation == null ? "portrait" : orientation;
        titleLines = titleLines == null ? List.of() : List.copyOf(titleLines);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public Optional<SectionTemplate> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<ScoringSpec> scoringSpec() {
        return Optional.ofNullable(scoring);
    }
}
