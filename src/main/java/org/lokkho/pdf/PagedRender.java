package org.lokkho.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders a document whose contents page prints the page each section starts on, which is only known after the
 * sections have been laid out: the first pass records the pages, the next prints them. The contents lines take
 * the same room with or without the numbers, so the second pass normally confirms the first; should anything
 * still move, the pass is repeated with the new pages (at most three in all).
 */
final class PagedRender {
    private static final int MAX_PASSES = 3;

    /**
     * One full rendering with the given section pages; it reports into {@code record} where sections started. A
     * {@code draft} is only measured, never saved: it may skip writing content streams and embedding fonts.
     */
    @FunctionalInterface
    interface Pass {
        PDDocument run(Map<String, Integer> pages, Map<String, Integer> record, ExportProgress progress, boolean draft)
                throws IOException;
    }

    private PagedRender() {
    }

    static PDDocument render(Pass pass, boolean needsPages, ExportProgress progress) throws IOException {
        if (!needsPages) {
            return pass.run(Map.of(), new HashMap<>(), progress, false);
        }
        Map<String, Integer> known = Map.of();
        for (int attempt = 1; ; attempt++) {
            Map<String, Integer> record = new HashMap<>();
            double base = attempt == 1 ? 0 : 0.45;
            // The first pass cannot be the result (it knows no pages yet, and every listed section has one).
            PDDocument pdf = pass.run(known, record, f -> progress.update(base + 0.5 * f), attempt == 1);
            if (attempt > 1 && (record.equals(known) || attempt == MAX_PASSES)) {
                return pdf;
            }
            pdf.close();
            known = Map.copyOf(record);
        }
    }
}
