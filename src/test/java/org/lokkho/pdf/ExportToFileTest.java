package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.template.FormTemplate;

class ExportToFileTest {
    @TempDir
    Path dir;

    @Test
    void writesAtomicallyAndReportsProgressUpToOne() throws Exception {
        FormTemplate t = PdfFixtures.nis();
        FormDocument doc = PdfFixtures.nisDocument(t, 30);
        Path target = dir.resolve("out/report.pdf");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old content");
        List<Double> seen = new ArrayList<>();
        new PdfExporter().exportToFile(t, doc, PdfFixtures.office(), null, target, seen::add);
        assertThat(Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no temporary file left").containsExactly("report.pdf");
        }
        assertThat(seen).isNotEmpty().isSorted();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        assertThat(seen.get(0)).isGreaterThan(0).isLessThan(1);
    }
}
