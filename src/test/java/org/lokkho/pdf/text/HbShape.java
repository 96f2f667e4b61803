package org.lokkho.pdf.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lokkho.pdf.font.FontFace;

/** HarfBuzz's own shaper (the hb-shape tool) on the bundled font files, and its text output parsed. */
public final class HbShape {
    private HbShape() {
    }

    /** One glyph as hb-shape places it: pen position plus offset, in font units (1/1000 em for our fonts). */
    public record Glyph(int gid, float x, float y, float penAfter) {
    }

    /** Shapes each text (one hb-shape buffer per text, no newlines inside) with the face's own file. */
    public static List<String> shapeLines(FontFace face, List<String> texts) throws IOException, InterruptedException {
        Path font = Files.createTempFile("hb-font", ".ttf");
        Path input = Files.createTempFile("hb-text", ".txt");
        try {
            Files.write(font, face.bytes());
            Files.write(input, String.join("\n", texts).getBytes(StandardCharsets.UTF_8));
            Process p = new ProcessBuilder("hb-shape", "--no-glyph-names", "--no-clusters", "--text-file=" + input, font.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("hb-shape timed out");
            }
            List<String> lines = out.lines().toList();
            if (lines.size() != texts.size()) {
                throw new IllegalStateException("hb-shape gave " + lines.size() + " lines for " + texts.size() + " texts: "
                        + out.substring(0, Math.min(300, out.length())));
            }
            return lines;
        } finally {
            Files.deleteIfExists(font);
            Files.deleteIfExists(input);
        }
    }

    /** hb-shape's text syntax without clusters: [gid[@dx,dy]+ax|…]. */
    public static List<Glyph> parse(String line) {
        String body = line.trim();
        body = body.substring(1, body.length() - 1);
        List<Glyph> out = new ArrayList<>();
        if (body.isEmpty()) {
            return out;
        }
        float pen = 0;
        for (String item : body.split("\\|")) {
            int plus = item.lastIndexOf('+');
            float ax = Float.parseFloat(item.substring(plus + 1));
            String head = item.substring(0, plus);
            float dx = 0;
            float dy = 0;
            int at = head.indexOf('@');
            if (at >= 0) {
                String[] d = head.substring(at + 1).split(",");
                dx = Float.parseFloat(d[0]);
                dy = Float.parseFloat(d[1]);
                head = head.substring(0, at);
            }
            out.add(new Glyph(Integer.parseInt(head), pen + dx, dy, pen + ax));
            pen += ax;
        }
        return out;
    }

    static boolean available() {
        return ShapingGoldenTest.onPath("hb-shape");
    }
}
