package org.lokkho.store;

import org.lokkho.app.AppException;

/**
 * Something went wrong with the data folder or the database (locked, damaged, missing row), as a message key
 * with arguments. Callers never see a raw SQLException.
 */
public class StoreException extends AppException {
    public StoreException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }

    public StoreException(String key, Object... args) {
        super(key, null, args);
    }
}
