package org.lokkho.pack;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.domain.text.BengaliDigits;
import org.lokkho.pack.identity.CertificateInfo;
import org.lokkho.pdf.ShapedTextPainter;

/**
 * The visible signature block: signer's name, designation and office in Bengali, shaped and drawn with the bundled
 * (embedded) Noto fonts through {@link ShapedTextPainter} — never PDFBox's showText, which garbles Bengali.
 * It goes at the bottom right of the last page when nothing is printed there, else on an added page
 * "স্বাক্ষর যাচাই তথ্য", so it never covers the form. The added page is outside the form's "পৃষ্ঠা n / N": it has
 * no number, and its foot says it is not one of the form's N pages.
 */
final class SignatureAppearance {
    static final float WIDTH = 270;
    static final float MARGIN = 28;
    /** The page number line sits below this height; the block may sit above it. */
    static final float FOOTER_TOP = 40;
    private static final float GAP = 6;
    private static final float SIZE = 8;
    private static final float LEADING = SIZE * 1.55f;
    private static final float PAD = 6;
    private static final int MAX_WRAP = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private SignatureAppearance() {
    }

    /** One line of the block; the first (bold) is the heading. */
    record Line(String text, boolean bold) {
    }

    /** Where the block goes: page index and rectangle in page coordinates. */
    record Placement(int page, PDRectangle rect) {
    }

    static float height(List<Line> lines) {
        return 2 * PAD + lines.size() * LEADING - (LEADING - SIZE * 1.2f);
    }

    /** Each item on as few lines as fit the block (at most {@value #MAX_WRAP}; a longer one is shortened). */
    static List<Line> lines(CertificateInfo signer, PdfStamp stamp) {
        List<Line> out = new ArrayList<>();
        for (Line item : items(signer, stamp)) {
            List<String> parts = ShapedTextPainter.wrap(item.text(), item.bold(), SIZE, WIDTH - 2 * PAD);
            if (parts.size() > MAX_WRAP) {
                List<String> kept = new ArrayList<>(parts.subList(0, MAX_WRAP));
                kept.set(MAX_WRAP - 1, String.join(" ", parts.subList(MAX_WRAP - 1, parts.size())));
                parts = kept;
            }
            for (String part : parts) {
                out.add(new Line(part, item.bold()));
            }
        }
        return out;
    }

    private static List<Line> items(CertificateInfo signer, PdfStamp stamp) {
        Messages m = Messages.bengali();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(m.get("pdf.signature.title"), true));
        lines.add(new Line(m.get("pdf.signature.signer", nonBlank(signer.name(), signer.subject())), false));
        if (!blank(signer.designation())) {
            lines.add(new Line(m.get("pdf.signature.designation", signer.designation()), false));
        }
        String office = !blank(signer.office()) ? signer.office() : stamp.location();
        if (!blank(office)) {
            lines.add(new Line(m.get("pdf.signature.office", office), false));
        }
        lines.add(new Line(m.get("pdf.signature.date", BengaliDigits.toBengali(DATE.format(stamp.signedAt().atZone(ZoneId.of("Asia/Dhaka"))))), false));
        lines.add(new Line(m.get("pdf.signature.package", Manifest.shortFingerprint(stamp.fingerprint())), false));
        lines.add(new Line(m.get("pdf.signature.certificate", signer.shortFingerprint()), false));
        return lines;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nonBlank(String s, String fallback) {
        return blank(s) ? fallback : s;
    }

    /**
     * Finds room for a block of that height at the bottom right of the last page (nothing printed in that column
     * below the block's top except the page number line); else adds a page titled "স্বাক্ষর যাচাই তথ্য".
     * Must run on the unsigned document, before its full save.
     */
    static Placement place(PDDocument doc, float height) throws IOException {
        int last = doc.getNumberOfPages() - 1;
        PDPage page = doc.getPage(last);
        PDRectangle box = page.getCropBox();
        float x = box.getLowerLeftX() + Math.max(MARGIN, box.getWidth() - MARGIN - WIDTH);
        PDRectangle rect = new PDRectangle(x, box.getLowerLeftY() + FOOTER_TOP + 4, WIDTH, height);
        if (isFree(PageContentBounds.of(page), rect, box.getLowerLeftY())) {
            return new Placement(last, rect);
        }
        PDPage added = new PDPage(page.getMediaBox());
        doc.addPage(added);
        PDRectangle addedBox = added.getCropBox();
        added.setResources(new PDResources());
        ShapedTextPainter painter = new ShapedTextPainter(doc);
        ShapedTextPainter.Canvas canvas = painter.canvas(added.getResources());
        float titleSize = 13;
        float titleBaseline = addedBox.getUpperRightY() - MARGIN - titleSize;
        Messages bn = Messages.bengali();
        canvas.text(bn.get("pdf.signature.pageTitle"), true, addedBox.getLowerLeftX() + MARGIN, titleBaseline, titleSize);
        // Where the form's pages carry "পৃষ্ঠা n / N": this page is not one of the N, and says so instead of a number.
        String outside = bn.get("pdf.signature.pageOutside", bn.digits(String.valueOf(last + 1)));
        float footerSize = 8;
        float footerX = addedBox.getLowerLeftX() + (addedBox.getWidth() - painter.width(outside, false, footerSize)) / 2;
        canvas.text(outside, false, footerX, addedBox.getLowerLeftY() + MARGIN - footerSize * 0.2f, footerSize);
        added.setContents(canvas.newStream());
        painter.embedFonts();
        float ax = addedBox.getLowerLeftX() + Math.max(MARGIN, addedBox.getWidth() - MARGIN - WIDTH);
        return new Placement(doc.getNumberOfPages() - 1, new PDRectangle(ax, titleBaseline - 24 - height, WIDTH, height));
    }

    /** Nothing overlaps the block, and nothing in its column lies below it except the page number line. */
    static boolean isFree(List<Rectangle2D> content, PDRectangle rect, float pageBottom) {
        Rectangle2D r = new Rectangle2D.Double(rect.getLowerLeftX() - GAP, rect.getLowerLeftY(), rect.getWidth() + 2 * GAP, rect.getHeight() + GAP);
        for (Rectangle2D b : content) {
            if (b.getWidth() <= 0 && b.getHeight() <= 0) {
                continue;
            }
            boolean sameColumn = b.getMaxX() > r.getMinX() && b.getMinX() < r.getMaxX();
            boolean footer = b.getMaxY() <= pageBottom + FOOTER_TOP;
            if (sameColumn && !footer && b.getMinY() < r.getMaxY()) {
                return false;
            }
        }
        return true;
    }

    /** A one-page PDF holding only the signature field with its appearance; PDFBox merges it into the signed file. */
    static byte[] template(PDPage target, PDRectangle rect, List<Line> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(target.getMediaBox());
            doc.addPage(page);
            PDAcroForm acroForm = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(acroForm);
            PDSignatureField field = new PDSignatureField(acroForm);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            acroForm.setSignaturesExist(true);
            acroForm.setAppendOnly(true);
            acroForm.getCOSObject().setDirect(true);
            acroForm.getFields().add(field);
            widget.setRectangle(rect);

            PDStream content = new PDStream(doc);
            PDFormXObject form = new PDFormXObject(content);
            form.setResources(new PDResources());
            form.setFormType(1);
            form.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(form.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);

            ShapedTextPainter painter = new ShapedTextPainter(doc);
            ShapedTextPainter.Canvas canvas = painter.canvas(form.getResources());
            canvas.fillRect(0, 0, rect.getWidth(), rect.getHeight(), 0.94f, 0.97f, 0.94f);
            canvas.strokeRect(0.5f, 0.5f, rect.getWidth() - 1, rect.getHeight() - 1, 1f, 0.1f, 0.45f, 0.2f);
            float maxWidth = rect.getWidth() - 2 * PAD;
            float baseline = rect.getHeight() - PAD - SIZE;
            for (Line line : lines) {
                canvas.text(painter.fit(line.text(), line.bold(), SIZE, maxWidth), line.bold(), PAD, baseline, SIZE);
                baseline -= LEADING;
            }
            canvas.writeTo(content);
            painter.embedFonts();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
