package org.lokkho.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {
    @Test
    void shortAndLongBengaliLabelsParseToTheSameYear() {
        assertThat(FiscalYear.parse("২০২১-২২")).isEqualTo(FiscalYear.parse("২০২১-২০২২")).isEqualTo(FiscalYear.parse("2021-22"));
        assertThat(FiscalYear.parse("2099-2100").startYear()).isEqualTo(2099);
        assertThat(FiscalYear.parse("1999-00").startYear()).isEqualTo(1999);
    }

    @Test
    void labelsUseBengaliDigits() {
        FiscalYear fy = new FiscalYear(2023);
        assertThat(fy.shortLabel()).isEqualTo("২০২৩-২৪");
        assertThat(fy.longLabel()).isEqualTo("২০২৩-২০২৪");
        assertThat(fy.code()).isEqualTo("2023-24");
    }

    @Test
    void runsFromJulyToJune() {
        assertThat(FiscalYear.containing(LocalDate.of(2022, 6, 30))).isEqualTo(new FiscalYear(2021));
        assertThat(FiscalYear.containing(LocalDate.of(2022, 7, 1))).isEqualTo(new FiscalYear(2022));
        assertThat(new FiscalYear(2021).lastDay()).isEqualTo(LocalDate.of(2022, 6, 30));
    }

    @Test
    void rejectsYearsThatDoNotFollowEachOther() {
        assertThatThrownBy(() -> FiscalYear.parse("২০২১-২৩")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.parse("next year")).isInstanceOf(IllegalArgumentException.class);
    }
}
