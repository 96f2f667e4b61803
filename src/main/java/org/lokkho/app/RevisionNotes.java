package org.lokkho.app;

import org.lokkho.domain.i18n.Messages;

/**
 * Revision notes are either what the officer typed at a checkpoint, or a note the app made itself
 * ("created", "restored from revision 3"). The latter are stored as a message key with an argument so that
 * history reads in whatever language the UI is using.
 */
public final class RevisionNotes {
    private static final String PREFIX = "revision.note.";

    private RevisionNotes() {
    }

    public static String created() {
        return PREFIX + "created";
    }

    public static String restored(long fromRevision) {
        return PREFIX + "restored:" + fromRevision;
    }

    public static String render(String note, Messages messages) {
        if (note == null || !note.startsWith(PREFIX)) {
            return note == null ? "" : note;
        }
        int colon = note.indexOf(':');
        if (colon < 0) {
            return messages.get(note);
        }
        return messages.get(note.substring(0, colon), messages.digits(note.substring(colon + 1)));
    }
}
