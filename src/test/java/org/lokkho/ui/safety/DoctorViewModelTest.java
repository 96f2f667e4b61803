package org.lokkho.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.safety.DoctorCheck;
import org.lokkho.safety.DoctorReport;
import org.lokkho.ui.Services;
import org.lokkho.ui.model.MainViewModel;

/** The health check window's view model: the real doctor on a real folder, each check in the UI language. */
class DoctorViewModelTest {
    @TempDir
    Path dir;

    @Test
    void mapsEachCheckWithStatusAndSentenceInTheUiLanguage() throws Exception {
        try (SafetySession session = new SafetySession(new AppContext(dir))) {
            new MainViewModel(Services.from(session.context())).openExample();
            DoctorViewModel bn = new DoctorViewModel(session, Messages.bengali());
            DoctorReport report = bn.run();
            bn.show(report);

            assertThat(bn.rows()).extracting(DoctorRow::id).containsExactly("database", "backup", "disk", "fonts", "folder");
            DoctorRow database = bn.rows().get(0);
            assertThat(database.status()).isEqualTo(DoctorCheck.Status.OK);
            assertThat(database.statusText()).isEqualTo("ঠিক আছে");
            assertThat(database.message()).isEqualTo("ডেটাবেস খোলে এবং পুরোটা পড়া যায় (১টি দলিল)।");
            assertThat(database.styleClass()).isEqualTo("doctor-ok");
            // no backup yet in a fresh folder: a warning, in orange, and the summary says to look at it
            DoctorRow backup = bn.rows().get(1);
            assertThat(backup.status()).isEqualTo(DoctorCheck.Status.WARN);
            assertThat(backup.statusText()).isEqualTo("সতর্কতা");
            assertThat(backup.styleClass()).isEqualTo("doctor-warn");
            assertThat(bn.summaryProperty().get()).isEqualTo(Messages.bengali().get("ui.safety.doctor.summary.WARN"));
            assertThat(bn.rows().get(4).message()).contains(dir.toAbsolutePath().normalize().toString());

            session.context().backups().backupNow(session.context().database());
            DoctorViewModel en = new DoctorViewModel(session, Messages.english());
            en.show(en.run());
            assertThat(en.rows().get(0).message()).contains("(1 documents)");
            assertThat(en.rows().get(1).status()).isEqualTo(DoctorCheck.Status.OK);
            assertThat(en.rows().get(1).statusText()).isEqualTo(Messages.english().get("safety.doctor.status.OK"));
            assertThat(en.rows()).allSatisfy(r -> assertThat(r.message()).doesNotMatch(".*[০-৯].*"));
        }
    }

    @Test
    void aFailedCheckIsRedAndTheSummarySaysSo() {
        DoctorViewModel vm = new DoctorViewModel(null, Messages.bengali());
        DoctorReport report = new DoctorReport(java.util.List.of(
                DoctorCheck.of("database", DoctorCheck.Status.OK, "safety.doctor.database.ok", 3),
                DoctorCheck.of("disk", DoctorCheck.Status.FAIL, "safety.doctor.disk.full", 42)));
        vm.show(report);
        assertThat(vm.rows().get(1).styleClass()).isEqualTo("doctor-fail");
        assertThat(vm.rows().get(1).statusText()).isEqualTo("সমস্যা");
        assertThat(vm.rows().get(1).message()).contains("মাত্র ৪২ মেগাবাইট");
        assertThat(vm.summaryProperty().get()).isEqualTo(Messages.bengali().get("ui.safety.doctor.summary.FAIL"));
    }
}
