package org.lokkho.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.SectionContent;
import org.lokkho.domain.document.TableContent;
import org.lokkho.domain.document.TableRow;
import org.lokkho.domain.text.BengaliDigits;
import org.lokkho.pack.PackageLimits;

/**
 * Evidence (প্রমাণক) files attached to a document row and quarter. Each file is copied into
 * {@code <dataDir>/evidence/<documentId>/<sha256>-<safe name>} (never anywhere else), so later edits or deletion
 * of the officer's original do not change what gets packed; the row is kept by {@link TableRow#id()}, which stays
 * the same when rows are moved or renumbered.
 */
public final class EvidenceService {
    public static final String FOLDER = "evidence";
    private static final int MAX_NAME = 150;
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private final Path root;
    private final EvidenceStore store;
    private final DocumentService documents;

    public EvidenceService(Path dataDir, EvidenceStore store, DocumentService documents) {
        this.root = dataDir.toAbsolutePath().normalize().resolve(FOLDER);
        this.store = store;
        this.documents = documents;
    }

    /** A row found in a document, with its section. */
    public record RowRef(String sectionKey, TableRow row) {
    }

    /**
     * Copies the file in and records it.
     *
     * @param rowRef  the row's id, or its code as printed (either digit set), e.g. "1.2" or "১.২"
     * @param quarter "Q1".."Q4" (also "1".."4" in either digit set), or null/blank for the whole period
     */
    public Evidence attach(long documentId, String rowRef, String quarter, Path file) {
        FormDocument doc = documents.require(documentId);
        RowRef row = resolveRow(doc, rowRef);
        String q = normaliseQuarter(quarter);
        if (file == null || !Files.isRegularFile(file)) {
            throw new AppException("evidence.error.noFile", file);
        }
        String name = safeName(file.getFileName().toString());
        checkSize(file, name);
        Path folder = folderOf(documentId);
        Copied copied = copyIn(file, folder, name);
        try {
            return store.add(new Evidence(0, documentId, row.row().id(), q, name, copied.sha256, copied.size, null));
        } catch (RuntimeException e) {
            if (copied.created && store.countUsing(documentId, copied.sha256, name) == 0) {
                deleteQuietly(copied.path);
            }
            throw e;
        }
    }

    /** A file larger than a package entry may be could be attached but never sent, so it is refused now. */
    private static void checkSize(Path file, String name) {
        long max = PackageLimits.defaults().maxEntryBytes();
        try {
            if (Files.size(file) > max) {
                throw new AppException("evidence.error.tooLarge", name, max / PackageLimits.MB);
            }
        } catch (IOException e) {
            throw new AppException("evidence.error.copy", e, file, e.getMessage());
        }
    }

    public List<Evidence> list(long documentId) {
        documents.require(documentId);
        return store.list(documentId);
    }

    public Optional<Evidence> find(long evidenceId) {
        return store.find(evidenceId);
    }

    /** Forgets the attachment; the stored copy goes too once no other row of the document uses it. */
    public void remove(long evidenceId) {
        Evidence e = store.find(evidenceId).orElseThrow(() -> new AppException("evidence.error.noEvidence", evidenceId));
        store.remove(evidenceId);
        if (store.countUsing(e.documentId(), e.sha256(), e.fileName()) == 0) {
            try {
                Files.deleteIfExists(path(e));
            } catch (IOException ex) {
                throw new AppException("evidence.error.remove", ex, e.fileName(), ex.getMessage());
            }
        }
    }

    /**
     * Deletes the copies of a document that is gone from the store (its rows went with it, ON DELETE CASCADE).
     * Call after deleting a document; refuses while the document still exists.
     */
    public void purgeDeleted(long documentId) {
        if (documents.load(documentId).isPresent()) {
            throw new IllegalStateException("document " + documentId + " still exists");
        }
        Path folder = folderOf(documentId);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new AppException("evidence.error.remove", e, folder, e.getMessage());
        }
    }

    /** The stored copy of that evidence (to open or pack); always inside the document's evidence folder. */
    public Path path(Evidence e) {
        Path folder = folderOf(e.documentId());
        Path p = folder.resolve(e.storedName()).normalize();
        if (!p.getParent().equals(folder)) {
            throw new AppException("evidence.error.badName", e.fileName());
        }
        return p;
    }

    public Path folderOf(long documentId) {
        return root.resolve(Long.toString(documentId));
    }

    /** The row's current code (as printed), or its id when the row has since been deleted or has no code. */
    public String rowLabel(FormDocument doc, String rowId) {
        for (RowRef r : rows(doc)) {
            if (r.row().id().equals(rowId)) {
                String code = r.row().code();
                return code == null || code.isBlank() ? rowId : code;
            }
        }
        return rowId;
    }

    /** Finds a row by id first, then by code (digits of either set); a code used in two sections is ambiguous. */
    public RowRef resolveRow(FormDocument doc, String ref) {
        String wanted = ref == null ? "" : BengaliDigits.toAscii(ref.strip());
        if (wanted.isEmpty()) {
            throw new AppException("evidence.error.noRow", String.valueOf(ref));
        }
        List<RowRef> all = rows(doc);
        for (RowRef r : all) {
            if (r.row().id().equals(ref.strip())) {
                return r;
            }
        }
        List<RowRef> byCode = new ArrayList<>();
        for (RowRef r : all) {
            String code = r.row().code();
            if (code != null && !r.row().isGroup() && BengaliDigits.toAscii(code.strip()).equals(wanted)) {
                byCode.add(r);
            }
        }
        if (byCode.size() == 1) {
            return byCode.get(0);
        }
        if (byCode.isEmpty()) {
            throw new AppException("evidence.error.noRow", ref);
        }
        List<String> ids = byCode.stream().map(r -> r.sectionKey() + ":" + r.row().id()).toList();
        throw new AppException("evidence.error.ambiguousRow", ref, String.join(", ", ids));
    }

    private static List<RowRef> rows(FormDocument doc) {
        List<RowRef> out = new ArrayList<>();
        for (var entry : doc.sections().entrySet()) {
            SectionContent content = entry.getValue();
            if (content instanceof TableContent table) {
                for (TableRow row : table.rows()) {
                    out.add(new RowRef(entry.getKey(), row));
                }
            }
        }
        return out;
    }

    /** "Q1".."Q4" from "q1", "Q১", "1", "১"; null for none. */
    public static String normaliseQuarter(String quarter) {
        if (quarter == null || quarter.isBlank()) {
            return null;
        }
        String q = BengaliDigits.toAscii(quarter.strip()).toUpperCase(Locale.ROOT);
        if (q.length() == 1) {
            q = "Q" + q;
        }
        if (q.matches("Q[1-4]")) {
            return q;
        }
        throw new AppException("evidence.error.quarter", quarter);
    }

    /**
     * A name safe on Windows, macOS and Linux and inside a ZIP: no folder parts, control or reserved characters,
     * leading dots or trailing dots/spaces, no reserved device names; Bengali letters are kept (NFC).
     */
    public static String safeName(String original) {
        String s = Normalizer.normalize(original == null ? "" : original, Normalizer.Form.NFC);
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean bad = cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || "/\\:*?\"<>|".indexOf(cp) >= 0
                    || Character.getType(cp) == Character.FORMAT && cp != 0x200C && cp != 0x200D;
            b.appendCodePoint(bad ? '_' : cp);
        });
        s = b.toString().strip();
        s = s.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (s.isEmpty()) {
            s = "file";
        }
        int dot = s.indexOf('.');
        String stem = dot < 0 ? s : s.substring(0, dot);
        if (WINDOWS_RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            s = "_" + s;
        }
        if (s.length() > MAX_NAME) {
            int ext = s.lastIndexOf('.');
            String tail = ext > 0 && s.length() - ext <= 16 ? s.substring(ext) : "";
            s = s.substring(0, MAX_NAME - tail.length()).strip() + tail;
        }
        return s;
    }

    private record Copied(Path path, String sha256, long size, boolean created) {
    }

    /** Streams the file to a temp file in the folder while hashing it, forces it to disk, then renames it in place. */
    private static Copied copyIn(Path source, Path folder, String name) {
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".incoming-", ".part");
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = Files.newInputStream(source); OutputStream out = Files.newOutputStream(temp)) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                    out.write(buf, 0, n);
                    size += n;
                }
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            String sha = HexFormat.of().formatHex(md.digest());
            Path target = folder.resolve(sha + "-" + name).normalize();
            if (!folder.equals(target.getParent())) {
                throw new AppException("evidence.error.badName", name);
            }
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                return new Copied(target, sha, size, false); // the same bytes under the same name are already here
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Copied(target, sha, size, true);
        } catch (IOException e) {
            throw new AppException("evidence.error.copy", e, source, e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray copy costs disk space only; the failure being reported matters more
        }
    }
}
