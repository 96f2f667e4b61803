package org.lokkho.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lokkho.domain.i18n.Messages;

class RevisionNotesTest {
    @Test
    void appNotesAreShownInTheUiLanguageAndTypedNotesAsTyped() {
        assertThat(RevisionNotes.render(RevisionNotes.restored(3), Messages.english())).isEqualTo("Restored from revision 3");
        assertThat(RevisionNotes.render(RevisionNotes.restored(3), Messages.bengali())).isEqualTo("৩ নম্বর সংস্করণ থেকে ফিরিয়ে আনা");
        assertThat(RevisionNotes.render(RevisionNotes.created(), Messages.bengali())).isEqualTo("তৈরি");
        assertThat(RevisionNotes.render("জেলায় পাঠানোর আগে", Messages.english())).isEqualTo("জেলায় পাঠানোর আগে");
        assertThat(RevisionNotes.render(null, Messages.english())).isEmpty();
    }
}
