package org.lokkho.pack.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.lokkho.domain.i18n.Messages;

/** Shared bits of the pack commands: the UI language and reading a password without making a String of it. */
final class CliSupport {
    static final int OK = 0;
    static final int INVALID = 1;
    /** Bad input (wrong password, missing file, unknown document): 1, as everywhere in the lokkho CLI. */
    static final int ERROR = 1;
    /** The command line itself is incomplete (as picocli's own usage errors). */
    static final int USAGE = 2;
    static final int UNTRUSTED = 3;
    /** An internal error (a bug), as in the rest of the lokkho CLI. */
    static final int INTERNAL = 3;

    private CliSupport() {
    }

    /** The root command's language; Bengali when a command is run on its own (tests, embedding). */
    static Messages messages(PackCommandHost host) {
        return host == null ? Messages.bengali() : host.messages();
    }

    /** The root command's data folder; a command run on its own has none. */
    static Path dataFolder(PackCommandHost host, Messages messages) {
        if (host == null) {
            throw new CliException(messages.get("pack.cli.noSource"));
        }
        return host.dataFolder();
    }

    /** The first line of the file, as chars; the bytes read are wiped. */
    static char[] readPassword(Path file, Messages messages) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliException(messages.get("pack.cli.passwordFile", file));
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(raw));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] out = new char[end];
            chars.get(out, 0, end);
            Arrays.fill(chars.array(), '\0');
            return out;
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** A failure already worded for the officer. */
    static final class CliException extends RuntimeException {
        CliException(String message) {
            super(message);
        }
    }
}
