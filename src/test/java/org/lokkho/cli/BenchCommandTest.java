package org.lokkho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark's plumbing (not its timings): it sizes the report, exports it and reports in one run. */
class BenchCommandTest {
    @Test
    void warmRunReportsPagesAndRatesWithoutTouchingADataFolder() {
        CliRun run = CliRun.of("bench", "--pages", "3", "--runs", "2", "--no-cold", "--no-libreoffice");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("machine: ").containsPattern("report: NIS 2021-22, \\d+ activities, 3 pages")
                .containsPattern("warm export: median [0-9.]+ ms = \\d+ pages/s");
    }

    @Test
    void trainingRunExportsOnceAndSucceeds() {
        CliRun run = CliRun.of("bench", "--train", "--pages", "1");
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void isHiddenFromTheUsage() {
        assertThat(CliRun.of("--help").out()).doesNotContain("bench");
    }
}
