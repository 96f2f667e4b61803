package org.lokkho.domain.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lokkho.domain.text.BengaliDigits;

/**
 * A cell's reference to another stored document whose score it takes, typed as {@code link:<form>:<documentId>}
 * (e.g. "link:nis:42"). The template presets {@code link:<form>} on the APA governance rows: the form is known, the
 * document is not yet chosen, so until then the achievement is entered by hand.
 */
public record DocumentLink(String form, long documentId) {
    private static final Pattern LINK = Pattern.compile("\\s*link:([a-z0-9-]+)(?::(\\d+))?\\s*");

    /** The link a cell names, if it names one with a document id. */
    public static Optional<DocumentLink> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = LINK.matcher(BengaliDigits.toAscii(raw));
        if (!m.matches() || m.group(2) == null) {
            return Optional.empty();
        }
        return Optional.of(new DocumentLink(m.group(1), Long.parseLong(m.group(2))));
    }

    /** The form a link cell expects ("nis" for "link:nis" and "link:nis:42"), if the cell is a link at all. */
    public static Optional<String> expectedForm(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = LINK.matcher(BengaliDigits.toAscii(raw));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public String raw() {
        return "link:" + form + ":" + documentId;
    }
}
