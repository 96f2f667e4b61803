package org.lokkho.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lokkho.pdf.font.FontFace;
import org.lokkho.pdf.text.ShapedRun;
import org.lokkho.pdf.text.TextShaper;

/**
 * Opt-in pixel audit (minutes, not run by default): the corpus exported through the real exporter, rasterised
 * with pdftoppm, each line set in the Bengali face alone cut out and compared with hb-view's rendering of the same
 * text in the same font file at the same pixel size. Ink is binarised, aligned by its bounding box, and a pixel
 * counts as different only when the other image has no ink within one pixel (the two rasterisers anti-alias and
 * hint differently). Report and the worst pairs go to target/shaping-audit/.
 * Run: {@code mvn -o -q test -Dtest=ShapingPixelAuditTest -Dshaping.pixelAudit=true}.
 */
class ShapingPixelAuditTest {
    private static final int DPI = 288;
    private static final float MAX_DIFFERENT = 0.02f;

    @Test
    void everyBengaliLineLooksLikeHbView() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("shaping.pixelAudit"), "opt-in: -Dshaping.pixelAudit=true");
        Assumptions.assumeTrue(PdfTestSupport.onPath("hb-view") && PdfTestSupport.onPath("pdftoppm"), "hb-view/pdftoppm missing");
        Path dir = Path.of("target/shaping-audit/pixels");
        Files.createDirectories(dir);
        List<String> items = new String(getClass().getResourceAsStream("/shaping/bn-unseen-corpus.txt").readAllBytes(),
                StandardCharsets.UTF_8).lines().toList();
        byte[] pdf = PdfTestSupport.exportList(items);
        Path pdfFile = dir.resolve("corpus.pdf");
        Files.write(pdfFile, pdf);
        List<Line> lines;
        float pageHeight;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            LineCollector c = new LineCollector();
            c.getText(d);
            lines = c.lines;
            pageHeight = d.getPage(0).getMediaBox().getHeight();
        }
        assertThat(lines).hasSize(items.size());
        run("pdftoppm", "-r", String.valueOf(DPI), "-gray", "-png", "-W", String.valueOf(DPI * 8), pdfFile.toString(), dir.resolve("page").toString());
        int pages = lines.get(lines.size() - 1).page;
        int digits = String.valueOf(pages).length();
        Path font = dir.resolve("bengali.ttf");
        Files.write(font, FontFace.BENGALI_REGULAR.bytes());

        TextShaper shaper = TextShaper.shared();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Result>> futures = new ArrayList<>();
        Map<Integer, BufferedImage> pageCache = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, BufferedImage> eldest) {
                return size() > 4; // pages are ~5 MB each; lines come in page order
            }
        });
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String item = items.get(i);
            boolean bengaliOnly = shaper.shape(item, false).runs().stream().map(ShapedRun::face).allMatch(f -> f == FontFace.BENGALI_REGULAR);
            if (!bengaliOnly) {
                skipped++;
                continue;
            }
            float px = line.size * DPI / 72f;
            int index = i;
            futures.add(pool.submit(() -> {
                Path hb = dir.resolve("hb-" + index + ".png");
                run("hb-view", "--font-size=" + Math.round(px), "--margin=32", "-O", "png", "-o", hb.toString(), "--text=" + item, font.toString());
                BufferedImage theirs = ImageIO.read(hb.toFile());
                Files.delete(hb);
                BufferedImage page = pageCache.computeIfAbsent(line.page, p -> read(dir.resolve(String.format("page-%0" + digits + "d.png", p))));
                float s = DPI / 72f;
                int top = Math.max(0, Math.round((pageHeight - line.baseline - line.size * 1.0f) * s));
                int bottom = Math.min(page.getHeight(), Math.round((pageHeight - line.baseline + line.size * 0.55f) * s));
                int left = Math.max(0, Math.round((line.x - line.size * 0.5f) * s));
                int right = Math.min(page.getWidth(), Math.round((line.x + line.width + line.size * 0.5f) * s));
                BufferedImage ours = copy(page.getSubimage(left, top, right - left, bottom - top));
                double different = difference(ours, theirs);
                // A third rasteriser settles disagreements: the JDK's FreeType drawing the same text's outline.
                double againstFreeType = different > MAX_DIFFERENT ? difference(ours, freeType(item, px)) : 0;
                return new Result(index, item, different, againstFreeType, different > 0.005 ? ours : null, different > 0.005 ? theirs : null);
            }));
        }
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) {
            results.add(f.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();
        results.sort(Comparator.comparingDouble((Result r) -> r.different).reversed());
        List<String> report = new ArrayList<>();
        report.add(results.size() + " lines compared, " + skipped + " mixed-script lines left to the glyph comparison");
        long over = results.stream().filter(r -> r.different > MAX_DIFFERENT).count();
        long failed = results.stream().filter(r -> r.different > MAX_DIFFERENT && r.againstFreeType > MAX_DIFFERENT).count();
        report.add(over + " lines with more than " + MAX_DIFFERENT * 100 + " % of ink pixels different from hb-view; "
                + failed + " of them also differ from the JDK's FreeType rendering of the same text (the rest: hb-view draws the glyph differently)");
        report.add("different from hb-view (different from FreeType, computed above the limit only)  #line  text  glyph ids");
        for (int k = 0; k < Math.min(40, results.size()); k++) {
            Result r = results.get(k);
            report.add(String.format("%.4f (FreeType %.4f)  #%d  %s  %s", r.different, r.againstFreeType, r.index, r.item,
                    java.util.Arrays.toString(shaper.shape(r.item, false).runs().get(0).glyphs())));
            if (k < 12 && r.ours != null) {
                ImageIO.write(r.ours, "png", dir.resolve("worst-" + k + "-pdf.png").toFile());
                ImageIO.write(r.theirs, "png", dir.resolve("worst-" + k + "-hb.png").toFile());
                ImageIO.write(freeType(r.item, r.ours.getHeight() / 1.55f), "png", dir.resolve("worst-" + k + "-freetype.png").toFile());
            }
        }
        Files.write(dir.resolve("../pixel-report.txt"), report, StandardCharsets.UTF_8);
        assertThat(failed).as(String.join("\n", report.subList(0, Math.min(10, report.size())))).isZero();
    }

    /** Share of ink pixels (either image) with no ink within one pixel at the same place in the other. */
    static double difference(BufferedImage a, BufferedImage b) {
        boolean[][] ia = ink(a);
        boolean[][] ib = ink(b);
        int[] ba = bbox(ia);
        int[] bb = bbox(ib);
        if (ba == null || bb == null) {
            return ba == bb ? 0 : 1;
        }
        int w = Math.max(ba[2] - ba[0], bb[2] - bb[0]) + 1;
        int h = Math.max(ba[3] - ba[1], bb[3] - bb[1]) + 1;
        int inkTotal = 0;
        int different = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean pa = at(ia, ba[0] + x, ba[1] + y);
                boolean pb = at(ib, bb[0] + x, bb[1] + y);
                if (pa) {
                    inkTotal++;
                    if (!near(ib, bb[0] + x, bb[1] + y)) {
                        different++;
                    }
                }
                if (pb) {
                    inkTotal++;
                    if (!near(ia, ba[0] + x, ba[1] + y)) {
                        different++;
                    }
                }
            }
        }
        return inkTotal == 0 ? 0 : (double) different / inkTotal;
    }

    private static boolean near(boolean[][] img, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (at(img, x + dx, y + dy)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean at(boolean[][] img, int x, int y) {
        return y >= 0 && y < img.length && x >= 0 && x < img[0].length && img[y][x];
    }

    private static boolean[][] ink(BufferedImage img) {
        Raster r = img.getRaster();
        boolean[][] out = new boolean[img.getHeight()][img.getWidth()];
        int bands = r.getNumBands();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = r.getSample(x, y, 0);
                if (bands >= 3) {
                    v = (v + r.getSample(x, y, 1) + r.getSample(x, y, 2)) / 3;
                }
                if (bands == 2 || bands == 4) {
                    int alpha = r.getSample(x, y, bands - 1);
                    v = 255 - (255 - v) * alpha / 255;
                }
                out[y][x] = v < 128;
            }
        }
        return out;
    }

    private static int[] bbox(boolean[][] img) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < img.length; y++) {
            for (int x = 0; x < img[y].length; x++) {
                if (img[y][x]) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1, y1};
    }

    private static BufferedImage copy(BufferedImage sub) {
        BufferedImage out = new BufferedImage(sub.getWidth(), sub.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.getGraphics().drawImage(sub, 0, 0, null);
        return out;
    }

    private static BufferedImage read(Path p) {
        try {
            return ImageIO.read(p.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
    }


    /** The text drawn by the JDK (FreeType outlines of the bundled font), black on white, with a margin. */
    private static BufferedImage freeType(String text, float px) {
        java.awt.Font font = FontFace.BENGALI_REGULAR.shapingFont().deriveFont(px);
        char[] chars = text.toCharArray();
        java.awt.font.GlyphVector gv = font.layoutGlyphVector(new java.awt.font.FontRenderContext(null, true, true), chars, 0,
                chars.length, java.awt.Font.LAYOUT_LEFT_TO_RIGHT);
        java.awt.Rectangle bounds = gv.getPixelBounds(null, 0, 0);
        BufferedImage img = new BufferedImage(bounds.width + 20, bounds.height + 20, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.fill(gv.getOutline(10 - bounds.x, 10 - bounds.y));
        g.dispose();
        return img;
    }

    private record Result(int index, String item, double different, double againstFreeType, BufferedImage ours, BufferedImage theirs) {
    }

    private record Line(int page, float x, float baseline, float size, float width) {
    }

    /** One entry per printed line (the page footer left out): page, left end, baseline, size, width. */
    private static final class LineCollector extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        private List<TextPosition> span;

        LineCollector() throws IOException {
            addOperator(new BeginMarkedContentSequenceWithProperties(this));
            addOperator(new BeginMarkedContentSequence(this));
            addOperator(new EndMarkedContentSequence(this));
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            span = new ArrayList<>();
        }

        @Override
        public void endMarkedContentSequence() {
            if (span == null || span.isEmpty()) {
                return;
            }
            TextPosition first = span.get(0);
            float x = first.getTextMatrix().getTranslateX();
            float y = first.getTextMatrix().getTranslateY();
            float size = first.getTextMatrix().getScalingFactorX();
            float end = span.get(span.size() - 1).getEndX();
            int page = getCurrentPageNo();
            Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && last.page == page && Math.abs(last.baseline - y) < 0.5f * size) {
                lines.set(lines.size() - 1, new Line(page, last.x, last.baseline, last.size, Math.max(last.width, end - last.x)));
            } else if (size > 9) { // the footer is set smaller
                lines.add(new Line(page, x, y, size, end - x));
            }
            span = null;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (span != null) {
                span.add(text);
            }
        }
    }
}
