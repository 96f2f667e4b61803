package org.lokkho.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.i18n.Messages;

/** Every message key the scoring, validation and cell code uses exists in both bundles. */
class MessageKeysTest {
    private static final Pattern KEY = Pattern.compile("\"((?:score\\.note|cell\\.(?:error|warning))\\.[A-Za-z]+)\"");

    @Test
    void everyKeyUsedIsInBothBundles() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String dir : new String[] {"scoring", "validation", "cell"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/lokkho/domain", dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertThat(keys).contains("score.note.late", "cell.warning.unitMismatch", "cell.error.noSuchDate");
        for (Messages messages : new Messages[] {Messages.bengali(), Messages.english()}) {
            for (String key : keys) {
                assertThat(messages.get(key, "১", "২")).as(messages.locale() + " " + key).isNotEqualTo(key);
            }
        }
        assertThat(Messages.bengali().get("score.note.weightsMismatch", "৪", "৫০")).contains("৪").contains("৫০");
    }
}
