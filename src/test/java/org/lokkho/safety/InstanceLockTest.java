package org.lokkho.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.AppContext;
import org.lokkho.app.AppException;
import org.lokkho.backup.StoreFixture;
import org.lokkho.domain.i18n.Messages;

class InstanceLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondLokkhoOnTheSameFolderHearsOurMessageAndTheFirstKeepsWorking() throws Exception {
        Path data = dir.resolve("data");
        StoreFixture.addDocuments(data, "ক", "খ");
        try (ChildJvm first = ChildJvm.start(HolderMain.class, data.toString())) {
            first.await("READY");
            assertThat(InstanceLock.heldElsewhere(data)).isTrue();
            assertThatThrownBy(() -> InstanceLock.acquire(data)).isInstanceOf(AppException.class)
                    .extracting(e -> ((AppException) e).key()).isEqualTo("safety.error.alreadyOpen");
            // the window's way in: our message, not H2's "file locked"
            assertThatThrownBy(() -> new AppContext(data, Messages.ENGLISH)).isInstanceOf(AppException.class)
                    .satisfies(e -> {
                        assertThat(((AppException) e).key()).isEqualTo("safety.error.alreadyOpen");
                        assertThat(((AppException) e).render(Messages.english())).startsWith("Lokkho is already open with this data folder");
                        assertThat(((AppException) e).render(Messages.bengali())).contains("ইতোমধ্যে খোলা");
                    });
            assertThat(first.process().isAlive()).isTrue();
        }
        // the killed holder leaves no stale lock, and the store is whole
        try (AppContext context = new AppContext(data)) {
            assertThat(context.documentService().list()).hasSize(2);
        }
        assertThat(InstanceLock.heldElsewhere(data)).isFalse();
    }

    @Test
    void withinOneProcessTheLockIsSharedAndReleasedWithTheLastHolder() {
        Path data = dir.resolve("data");
        InstanceLock a = InstanceLock.acquire(data);
        InstanceLock b = InstanceLock.acquire(data);
        assertThat(a.file()).isEqualTo(data.resolve(".lock").toAbsolutePath());
        a.close();
        a.close();
        try (AppContext context = new AppContext(data)) {
            assertThat(context.documentService().list()).isEmpty();
        }
        b.close();
        assertThat(InstanceLock.heldElsewhere(data)).isFalse();
    }
}
