package org.lokkho.ui.model;

/** Something the officer must fix or know, already worded in the UI language; shown in a dialog, never as a stack trace. */
public final class UserError extends Exception {
    public UserError(String message) {
        super(message);
    }
}
