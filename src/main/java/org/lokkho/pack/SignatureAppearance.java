package org.lokkho.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.lokkho.pack.identity.CertificateInfo;

/**
 * The visible signature block drawn on the last page. Text is ASCII only, on purpose: PDFBox's own text showing
 * mangles Bengali (see design §3), so a Bengali name is left out and the signer is named by certificate fingerprint,
 * which is printed in every case.
 */
final class SignatureAppearance {
    static final float WIDTH = 250;
    static final float HEIGHT = 82;
    private static final float MARGIN = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private SignatureAppearance() {
    }

    /** Bottom-right corner of the page, inside the margins. */
    static PDRectangle rectangleOn(PDPage page) {
        PDRectangle box = page.getCropBox();
        float x = box.getLowerLeftX() + Math.max(MARGIN, box.getWidth() - MARGIN - WIDTH);
        float y = box.getLowerLeftY() + MARGIN;
        return new PDRectangle(x, y, WIDTH, HEIGHT);
    }

    static List<String> lines(CertificateInfo signer, PdfStamp stamp) {
        List<String> lines = new ArrayList<>();
        lines.add("Digitally signed (PAdES) - Lokkho");
        String name = ascii(signer.name());
        String designation = ascii(signer.designation());
        if (name != null) {
            lines.add("Signer: " + name);
        }
        if (designation != null && !designation.isEmpty()) {
            lines.add("Designation: " + designation);
        }
        lines.add("Date: " + DATE.format(stamp.signedAt().atZone(ZoneId.of("Asia/Dhaka"))));
        lines.add("Package: " + Manifest.shortFingerprint(stamp.fingerprint()));
        lines.add("Certificate: " + signer.shortFingerprint());
        return lines;
    }

    /** A one-page PDF holding only the signature field with its appearance; PDFBox merges it into the signed file. */
    static byte[] template(PDPage target, PDRectangle rect, List<String> lines) throws IOException {
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

            PDFormXObject form = new PDFormXObject(new PDStream(doc));
            form.setResources(new PDResources());
            form.setFormType(1);
            form.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(form.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);

            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                cs.setNonStrokingColor(0.94f, 0.97f, 0.94f);
                cs.addRect(0, 0, rect.getWidth(), rect.getHeight());
                cs.fill();
                cs.setStrokingColor(0.1f, 0.45f, 0.2f);
                cs.setLineWidth(1f);
                cs.addRect(0.5f, 0.5f, rect.getWidth() - 1, rect.getHeight() - 1);
                cs.stroke();
                cs.setNonStrokingColor(0f, 0f, 0f);
                float size = 8f;
                float y = rect.getHeight() - 12;
                for (int i = 0; i < lines.size(); i++) {
                    cs.beginText();
                    cs.setFont(i == 0 ? bold : font, size);
                    cs.newLineAtOffset(6, y);
                    cs.showText(fit(lines.get(i), i == 0 ? bold : font, size, rect.getWidth() - 12));
                    cs.endText();
                    y -= size + 3.5f;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The text if it is printable ASCII, else null (it would need shaping this appearance does not do). */
    static String ascii(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
        }
        return s;
    }

    private static String fit(String s, PDType1Font font, float size, float width) throws IOException {
        String t = s;
        while (t.length() > 4 && font.getStringWidth(t) / 1000 * size > width) {
            t = t.substring(0, t.length() - 4) + "...";
        }
        return t;
    }
}
