package org.lokkho.domain.scoring;

import java.util.Optional;
import java.util.Set;

/**
 * The APA "direction" cell: "বেশি হলে ভালো" (higher is better) or "কম হলে ভালো" (lower is better, e.g. days to
 * dispose a complaint). Blank means: detect it from the targets (forms-spec §10.7 asks for an explicit flag, so
 * the officer can set it; detection is the default).
 */
public final class ApaDirection {
    private static final Set<String> HIGHER = Set.of("বেশি হলে ভালো", "বেশি", "higher is better", "higher");
    private static final Set<String> LOWER = Set.of("কম হলে ভালো", "কম", "lower is better", "lower");

    private ApaDirection() {
    }

    public static Optional<LevelScoring.Direction> parse(String raw) {
        String t = raw == null ? "" : UnitKind.canonical(raw);
        if (HIGHER.stream().map(UnitKind::canonical).anyMatch(t::equals)) {
            return Optional.of(LevelScoring.Direction.HIGHER_IS_BETTER);
        }
        if (LOWER.stream().map(UnitKind::canonical).anyMatch(t::equals)) {
            return Optional.of(LevelScoring.Direction.LOWER_IS_BETTER);
        }
        return Optional.empty();
    }
}
