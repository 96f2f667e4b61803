package org.lokkho.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lokkho.domain.calendar.FiscalYear;

class PlaceholdersTest {
    @Test
    void headerYearsComeFromTheDocumentsFiscalYear() {
        FiscalYear fy = new FiscalYear(2023);
        assertThat(Placeholders.fill("প্রকৃত অর্জন {fy-2} / {fy-1}, লক্ষ্যমাত্রা {fy}, প্রক্ষেপণ {fy+1}", fy, Map.of()))
                .isEqualTo("প্রকৃত অর্জন ২০২১-২২ / ২০২২-২৩, লক্ষ্যমাত্রা ২০২৩-২৪, প্রক্ষেপণ ২০২৪-২৫");
        assertThat(Placeholders.fill("অগ্রগতি পরিবীক্ষণ, {fyLong}", fy, Map.of())).isEqualTo("অগ্রগতি পরিবীক্ষণ, ২০২৩-২০২৪");
    }

    @Test
    void namedValuesAreFilledAndUnknownOnesKept() {
        assertThat(Placeholders.fill("দপ্তর: {office} {unknown}", null, Map.of("office", "খুলনা সিটি কর্পোরেশন")))
                .isEqualTo("দপ্তর: খুলনা সিটি কর্পোরেশন {unknown}");
    }
}
