package org.lokkho.pack;

import java.util.Locale;

/** Which ZIP entry names a package may contain. Anything that could escape a folder on any OS is refused. */
public final class EntryNames {
    private static final int MAX_LENGTH = 240;

    private EntryNames() {
    }

    /** Relative, forward slashes only, no empty/"."/".." segments, no drive letters or control characters. */
    public static boolean isSafe(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        if (name.startsWith("/") || name.endsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|') {
                return false;
            }
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.endsWith(".") || segment.endsWith(" ")) {
                return false;
            }
        }
        return true;
    }

    /** One of the fixed files, or a file under evidence/. */
    public static boolean isKnown(String name) {
        return PackageFormat.REQUIRED.contains(name) || name.equals(PackageFormat.LETTER_PDF) || PackageFormat.isEvidence(name);
    }

    /** Windows and macOS treat names differing only in case as one file, so such pairs count as duplicates. */
    public static String collisionKey(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * A relative path such as {@code 1.2/Q1/photo.jpg} as a safe entry name under evidence/: each part is cleaned
     * like a file name, empty and dot-only parts are dropped, folder parts are kept short and the whole name leaves
     * room for a collision suffix within {@link #isSafe}'s length limit.
     */
    public static String evidencePath(String relative) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String part : relative.replace('\\', '/').split("/")) {
            if (!part.isBlank() && !part.strip().matches("\\.+")) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return PackageFormat.EVIDENCE_DIR + "file";
        }
        StringBuilder b = new StringBuilder(PackageFormat.EVIDENCE_DIR);
        for (int i = 0; i < parts.size() - 1; i++) {
            String folder = segment(parts.get(i));
            b.append(folder.length() > 60 ? segment(folder.substring(0, 60)) : folder).append('/');
        }
        String file = segment(parts.get(parts.size() - 1));
        int room = MAX_LENGTH - 12 - b.length();
        if (file.length() > room) {
            int dot = file.lastIndexOf('.');
            String ext = dot > 0 && file.length() - dot <= 12 ? file.substring(dot) : "";
            file = segment(file.substring(0, Math.max(1, room - ext.length())) + ext);
        }
        return b.append(file).toString();
    }

    /** Turns a file name from the officer's disk into a safe entry name under evidence/. */
    public static String evidenceName(String fileName) {
        return PackageFormat.EVIDENCE_DIR + segment(fileName);
    }

    private static String segment(String fileName) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            boolean bad = c < 0x20 || c == 0x7f || "/\\:*?\"<>|".indexOf(c) >= 0;
            b.append(bad ? '_' : c);
        }
        String s = b.toString().strip();
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            s = "file";
        }
        if (s.length() > 200) {
            s = s.substring(s.length() - 200);
        }
        return s;
    }
}
