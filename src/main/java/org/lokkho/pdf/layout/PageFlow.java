package org.lokkho.pdf.layout;

import java.io.IOException;
import java.util.zip.Deflater;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.lokkho.pdf.text.ShapedText;
import org.lokkho.pdf.text.TextShaper;

/**
 * The run of pages: A4 portrait or landscape, a cursor moving down the current page, a new page when something
 * does not fit, and a hook that repeats a table's header at the top of every page the table continues on.
 */
public final class PageFlow {
    public static final PDRectangle A4_PORTRAIT = PDRectangle.A4;
    public static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final TextShaper shaper;
    private final List<PageCanvas> pages = new ArrayList<>();
    /** Pages that count but carry no printed number (a cover page). */
    private final java.util.Set<PageCanvas> unnumbered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private PageCanvas current;
    private boolean landscape;
    private float cursor;
    private boolean pageEmpty;
    private Runnable onNewPage;

    public PageFlow(PDDocument doc, PdfFonts fonts, TextShaper shaper) {
        this.doc = doc;
        this.fonts = fonts;
        this.shaper = shaper;
    }

    public TextShaper shaper() {
        return shaper;
    }

    /** Makes sure the current page has the wanted orientation, starting a new page if it has not. */
    public void orientation(boolean wantLandscape) {
        if (current == null || (landscape != wantLandscape && !pageEmpty)) {
            landscape = wantLandscape;
            newPage();
        } else if (landscape != wantLandscape) {
            // Nothing drawn yet (apart from furniture): replace the page instead of leaving a blank one.
            landscape = wantLandscape;
            doc.removePage(current.page());
            pages.remove(pages.size() - 1);
            newPage();
        }
    }

    public void newPage() {
        PDPage page = new PDPage(landscape ? A4_LANDSCAPE : A4_PORTRAIT);
        doc.addPage(page);
        current = new PageCanvas(page, fonts);
        pages.add(current);
        cursor = Style.MARGIN;
        pageEmpty = true;
        if (onNewPage != null) {
            onNewPage.run();
        }
    }

    /** Runs on every page started from now on (null to stop), e.g. to repeat table headers. */
    public void onNewPage(Runnable hook) {
        this.onNewPage = hook;
    }

    public PageCanvas canvas() {
        return current;
    }

    public float left() {
        return Style.MARGIN;
    }

    public float width() {
        return current.size().getWidth() - 2 * Style.MARGIN;
    }

    public float cursor() {
        return cursor;
    }

    public float bottom() {
        return current.size().getHeight() - Style.MARGIN - Style.FOOTER_SPACE;
    }

    public float remaining() {
        return bottom() - cursor;
    }

    /** Height available on a fresh page below the repeated furniture, measured by the caller. */
    public float pageBodyHeight() {
        return current.size().getHeight() - 2 * Style.MARGIN - Style.FOOTER_SPACE;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    public void ensure(float height) {
        if (height > remaining() && !pageEmpty) {
            newPage();
        }
    }

    public void advance(float height) {
        cursor += height;
        pageEmpty = false;
    }

    /** Moves the cursor without counting as content (furniture such as a repeated header). */
    public void advanceFurniture(float height) {
        cursor += height;
    }

    public boolean isPageEmpty() {
        return pageEmpty;
    }

    public int pageCount() {
        return pages.size();
    }

    /** Page numbers "পৃষ্ঠা ১ / ৫", then every page's content stream is written. */
    /** The current page counts in the numbering but shows no page number (a cover). */
    public void omitNumberOnThisPage() {
        unnumbered.add(current);
    }

    /** Page numbers in Bengali digits ("পৃষ্ঠা ১ / ৫"). */
    public void finish(String pageWord) throws IOException {
        finish(pageWord, PrintDigits.BENGALI);
    }

    /** Page numbers in the print language's digits ("Page 1 / 5" in English), then every page is written. */
    public void finish(String pageWord, PrintDigits digits) throws IOException {
        int total = pages.size();
        Deflater deflater = new Deflater();
        try {
            for (int i = 0; i < total; i++) {
                PageCanvas page = pages.get(i);
                if (unnumbered.contains(page)) {
                    page.finish(doc, deflater);
                    continue;
                }
                String label = pageWord + " " + digits.format(i + 1L) + " / " + digits.format(total);
                ShapedText line = shaper.shape(label, false);
                float x = (page.size().getWidth() - line.width(Style.FOOTER_SIZE)) / 2;
                page.text(line, x, page.size().getHeight() - Style.MARGIN + Style.FOOTER_SIZE * 0.2f, Style.FOOTER_SIZE);
                page.finish(doc, deflater);
            }
        } finally {
            deflater.end();
        }
    }
}
