package org.lokkho.domain.template;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Which rule set scores the form and on which columns. The rule is code (e.g. "nis-proportional");
 * everything that changes from year to year (columns, maximum) is data.
 */
public record ScoringSpec(String rule, String section, BigDecimal max, Map<String, String> columns, Map<String, String> options) {
    public ScoringSpec {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public String column(String role) {
        String key = columns.get(role);
        if (key == null) {
            throw new IllegalStateException("scoring rule " + rule + " needs column '" + role + "'");
        }
        return key;
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }
}
