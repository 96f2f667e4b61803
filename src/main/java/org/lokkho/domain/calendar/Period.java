package org.lokkho.domain.calendar;

/** The reporting period of a document within its fiscal year. */
public enum Period {
    ANNUAL("বার্ষিক", "Annual"),
    Q1("১ম কোয়ার্টার (জুলাই-সেপ্টেম্বর)", "Q1 (Jul-Sep)"),
    Q2("২য় কোয়ার্টার (অক্টোবর-ডিসেম্বর)", "Q2 (Oct-Dec)"),
    Q3("৩য় কোয়ার্টার (জানুয়ারি-মার্চ)", "Q3 (Jan-Mar)"),
    Q4("৪র্থ কোয়ার্টার (এপ্রিল-জুন)", "Q4 (Apr-Jun)"),
    H1("অর্ধবার্ষিক (জুলাই-ডিসেম্বর)", "Half-year (Jul-Dec)");

    private final String bengali;
    private final String english;

    Period(String bengali, String english) {
        this.bengali = bengali;
        this.english = english;
    }

    public String bengali() {
        return bengali;
    }

    public String english() {
        return english;
    }

    /** Number of quarters reported so far in this period (Q3 report covers Q1..Q3). */
    public int quartersCovered() {
        return switch (this) {
            case Q1 -> 1;
            case Q2, H1 -> 2;
            case Q3 -> 3;
            case Q4, ANNUAL -> 4;
        };
    }

    public static Period parse(String s) {
        try {
            return Period.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown period '" + s + "' (expected ANNUAL, Q1, Q2, Q3, Q4 or H1)");
        }
    }
}
