package org.lokkho.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lokkho.domain.document.Office;

class H2OfficeStoreTest {
    @TempDir
    Path dir;

    @Test
    void officesAreInsertedFoundUpdatedAndListedAcrossReopening() {
        long id;
        try (H2Database db = H2Database.open(dir)) {
            H2OfficeStore offices = new H2OfficeStore(db);
            Office savar = offices.save(TestDocuments.office("উপজেলা নির্বাহী অফিসারের কার্যালয়, সাভার"));
            Office dhamrai = offices.save(TestDocuments.office("উপজেলা নির্বাহী অফিসারের কার্যালয়, ধামরাই"));
            assertThat(savar.id()).isPositive();
            assertThat(dhamrai.id()).isNotEqualTo(savar.id());
            id = savar.id();

            Office renamed = new Office(id, "উপজেলা ভূমি অফিস, সাভার", "AC Land Office, Savar", "ভূমি মন্ত্রণালয়", "", "", "", "", "",
                    "", "");
            assertThat(offices.save(renamed)).isEqualTo(renamed);
        }
        try (H2Database db = H2Database.open(dir)) {
            H2OfficeStore offices = new H2OfficeStore(db);
            Office found = offices.find(id).orElseThrow();
            assertThat(found.nameBn()).isEqualTo("উপজেলা ভূমি অফিস, সাভার");
            assertThat(found.nameEn()).isEqualTo("AC Land Office, Savar");
            assertThat(found.ministryBn()).isEqualTo("ভূমি মন্ত্রণালয়");
            assertThat(found.headName()).isEmpty();
            assertThat(offices.list()).extracting(Office::nameBn)
                    .containsExactly("উপজেলা নির্বাহী অফিসারের কার্যালয়, ধামরাই", "উপজেলা ভূমি অফিস, সাভার");
            assertThat(offices.find(9999)).isEmpty();
        }
    }

    @Test
    void anOfficeNeedsABengaliNameAndAnUpdateNeedsAnExistingOffice() {
        try (H2Database db = H2Database.open(dir)) {
            H2OfficeStore offices = new H2OfficeStore(db);
            assertThatThrownBy(() -> offices.save(new Office(0, "  ", "Nameless", "", "", "", "", "", "", "", "")))
                    .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).key()).isEqualTo("store.error.officeName");
            assertThatThrownBy(() -> offices.save(TestDocuments.office("কোথাও নেই").withId(55)))
                    .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).key()).isEqualTo("store.error.noOffice");
            assertThat(offices.list()).isEmpty();
        }
    }
}
