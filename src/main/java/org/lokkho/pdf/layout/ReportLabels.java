package org.lokkho.pdf.layout;

import java.util.Locale;

/** The words of the score report PDF (the form's own words come from its template). */
public record ReportLabels(String title, String fiscalYear, String period, String code, String indicator, String weight,
                           String achieved, String rawPercent, String obtained, String byArea, String byQuarter,
                           String upTo, String office) {
    public static final ReportLabels BENGALI = new ReportLabels("মূল্যায়ন প্রতিবেদন", "অর্থবছর", "সময়কাল", "ক্রম",
            "কর্মসম্পাদন সূচক/কার্যক্রম", "মান", "অর্জন", "প্রাপ্ত মান (%)", "অর্জিত মান",
            "ক্ষেত্র/অংশভিত্তিক অর্জিত মান (সর্বোচ্চ মানের তুলনায়)", "কোয়ার্টারভিত্তিক ক্রমপুঞ্জিত অর্জিত মান",
            "পর্যন্ত", "দপ্তর");
    public static final ReportLabels ENGLISH = new ReportLabels("Score report", "Fiscal year", "Period", "No.",
            "Indicator/activity", "Weight", "Achievement", "Raw score (%)", "Marks obtained",
            "Marks obtained by area/section (against the maximum)", "Cumulative marks obtained by quarter",
            "to date", "Office");

    public static ReportLabels of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : BENGALI;
    }
}
