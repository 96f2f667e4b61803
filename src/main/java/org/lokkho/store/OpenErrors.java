package org.lokkho.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Turns H2's failures to open the file into the few cases a user can act on. */
final class OpenErrors {
    private OpenErrors() {
    }

    static StoreException translate(SQLException e, Path file) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StoreException("store.error.locked", e, file);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.GENERAL_ERROR_1 || code == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new StoreException("store.error.damaged", e, file);
        }
        return new StoreException("store.error.cannotOpen", e, file, e.getMessage());
    }
}
