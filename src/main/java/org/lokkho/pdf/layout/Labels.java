package org.lokkho.pdf.layout;

import java.util.Locale;

/** The few words the renderer prints itself (everything else comes from the template and the document). */
public record Labels(String page, String continued, String subtotal, String total, String outOf, String date,
                     String signature, String notApplicableScore) {
    public static final Labels BENGALI = new Labels("পৃষ্ঠা", "(চলমান)", "উপমোট", "সর্বমোট", "সর্বোচ্চ", "তারিখ",
            "স্বাক্ষর", "-");
    public static final Labels ENGLISH = new Labels("Page", "(continued)", "Subtotal", "Total", "out of", "Date",
            "Signature", "-");

    public static Labels of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : BENGALI;
    }
}
