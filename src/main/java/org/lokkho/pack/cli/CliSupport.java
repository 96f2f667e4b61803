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
    static final int ERROR = 2;
    static final int UNTRUSTED = 3;

    private CliSupport() {
    }

    static Messages messages(String lang) {
        return "en".equalsIgnoreCase(lang) ? Messages.english() : Messages.bengali();
    }

    /** Where keys and trust live unless told: {@code -Dlokkho.dataDir}, else {@code ~/Lokkho}. */
    static Path defaultDataDir() {
        String configured = System.getProperty("lokkho.dataDir");
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of(System.getProperty("user.home"), "Lokkho");
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
