package org.lokkho.backup;

import java.nio.file.Path;

/**
 * What {@link StoreProbe} found before the store is opened for work. {@code problemKey} is a message key
 * (with {@code file} as its argument) for LOCKED and DAMAGED; {@code detail} is the technical reason, for logs.
 */
public record StoreHealth(State state, Path file, String problemKey, String detail) {
    public enum State {
        /** No database yet: the first start in this folder. */
        NEW,
        /** Opens and is at or beyond its last mark. */
        OK,
        /** Another program holds the file. */
        LOCKED,
        /** Cannot be opened, or opens but has lost work it is known to have had. */
        DAMAGED
    }

    public static StoreHealth ok(Path file, State state) {
        return new StoreHealth(state, file, "", "");
    }

    public boolean isDamaged() {
        return state == State.DAMAGED;
    }
}
