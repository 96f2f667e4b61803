package org.lokkho.ui;

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
import org.lokkho.ui.model.OfficeForm;
import org.lokkho.ui.model.SignatureSectionModel;

/** Every ui.* message key the window uses is in both bundles (a missing key would show as the raw key). */
class UiMessageKeysTest {
    private static final Pattern KEY = Pattern.compile("\"(ui\\.[A-Za-z0-9.]+[A-Za-z0-9])\"");

    @Test
    void everyKeyUsedIsInBothBundles() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/lokkho/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        OfficeForm.FIELDS.forEach(f -> keys.add("ui.office." + f));
        SignatureSectionModel.FIELDS.forEach(f -> keys.add("ui.signature." + f));
        assertThat(keys).contains("ui.score.total", "ui.status.saved", "ui.office.nameBn");
        for (Messages messages : new Messages[] {Messages.bengali(), Messages.english()}) {
            for (String key : keys) {
                assertThat(messages.get(key, "১", "২", "৩", "৪")).as(messages.locale() + " " + key).isNotEqualTo(key);
            }
        }
        assertThat(Messages.bengali().get("ui.status.saved")).isEqualTo("সংরক্ষিত");
    }
}
