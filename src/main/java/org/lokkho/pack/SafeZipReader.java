package org.lokkho.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a package from an unknown sender into a fresh, empty folder, trusting nothing in it: every name is checked
 * before anything is written (zip-slip, absolute paths, backslashes, duplicates, unknown entries), and every entry is
 * inflated with running limits on its own size, the total size and the compression ratio (zip bombs).
 */
public final class SafeZipReader {
    private static final String EVIDENCE_FOLDER_ENTRY = "evidence/";

    private final PackageLimits limits;

    public SafeZipReader(PackageLimits limits) {
        this.limits = limits;
    }

    /** @param freshFolder an empty folder made for this package alone; nothing is written outside it */
    public ExtractedPackage extract(Path zipFile, Path freshFolder) {
        Path root;
        try {
            root = freshFolder.toRealPath();
            try (var s = Files.list(root)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException("extraction folder is not empty: " + root);
                }
            }
        } catch (IOException e) {
            throw new PackageException(e, Reason.IO_ERROR, e.getMessage());
        }
        long archiveSize;
        try {
            archiveSize = Files.size(zipFile);
        } catch (IOException e) {
            throw new PackageException(e, Reason.IO_ERROR, e.getMessage());
        }
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            List<ZipEntry> entries = checkNames(zip, archiveSize);
            Map<String, ExtractedPackage.Entry> out = new LinkedHashMap<>();
            long total = 0;
            for (ZipEntry e : entries) {
                ExtractedPackage.Entry written = inflate(zip, e, root, limits.maxTotalBytes() - total);
                total += written.size();
                out.put(e.getName(), written);
            }
            return new ExtractedPackage(root, Collections.unmodifiableMap(out));
        } catch (ZipException e) {
            throw new PackageException(e, Reason.ARCHIVE_CORRUPT, e.getMessage());
        } catch (java.io.EOFException e) {
            throw new PackageException(e, Reason.ARCHIVE_CORRUPT, "unexpected end of data");
        } catch (IOException e) {
            throw new PackageException(e, Reason.IO_ERROR, e.getMessage());
        }
    }

    /** Reads the central directory and refuses the whole archive at the first bad name, before writing anything. */
    private List<ZipEntry> checkNames(ZipFile zip, long archiveSize) {
        List<ZipEntry> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long declaredCompressed = 0;
        int count = 0;
        for (ZipEntry e : Collections.list(zip.entries())) {
            if (++count > limits.maxEntries()) {
                throw new PackageException(Reason.TOO_MANY_ENTRIES, limits.maxEntries());
            }
            String name = e.getName();
            if (!seen.add(EntryNames.collisionKey(name))) {
                throw new PackageException(Reason.DUPLICATE_ENTRY, name);
            }
            if (name.equals(EVIDENCE_FOLDER_ENTRY) && e.isDirectory()) {
                continue; // added by "zip -r"; harmless
            }
            if (!EntryNames.isSafe(name)) {
                throw new PackageException(Reason.UNSAFE_ENTRY_NAME, name);
            }
            if (!EntryNames.isKnown(name)) {
                throw new PackageException(Reason.UNKNOWN_ENTRY, name);
            }
            // Declared sizes only ever refuse early; the real counting happens while inflating.
            if (e.getSize() > limits.maxEntryBytes()) {
                throw new PackageException(Reason.ENTRY_TOO_LARGE, name, e.getSize());
            }
            long compressed = Math.max(0, e.getCompressedSize());
            declaredCompressed += compressed;
            if (declaredCompressed > archiveSize) {
                // Entries sharing compressed data (overlapping-file bombs) claim more bytes than the file holds.
                throw new PackageException(Reason.ARCHIVE_CORRUPT, "entries overlap");
            }
            files.add(e);
        }
        return files;
    }

    private ExtractedPackage.Entry inflate(ZipFile zip, ZipEntry e, Path root, long totalLeft) throws IOException {
        String name = e.getName();
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new PackageException(Reason.UNSAFE_ENTRY_NAME, name); // belt and braces after isSafe
        }
        Files.createDirectories(target.getParent());
        if (!target.getParent().toRealPath().startsWith(root)) {
            throw new PackageException(Reason.UNSAFE_ENTRY_NAME, name);
        }
        boolean small = name.equals(PackageFormat.MANIFEST) || name.equals(PackageFormat.MANIFEST_SIGNATURE);
        long entryLimit = small ? Math.min(limits.maxManifestBytes(), limits.maxEntryBytes()) : limits.maxEntryBytes();
        long compressed = Math.max(1, e.getCompressedSize());
        MessageDigest md = Hashes.sha256();
        long count = 0;
        try (InputStream in = zip.getInputStream(e);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                count += n;
                if (count > entryLimit) {
                    throw new PackageException(Reason.ENTRY_TOO_LARGE, name, entryLimit);
                }
                if (count > totalLeft) {
                    throw new PackageException(Reason.PACKAGE_TOO_LARGE, limits.maxTotalBytes());
                }
                if (count > limits.ratioFloorBytes() && count / compressed > limits.maxRatio()) {
                    throw new PackageException(Reason.COMPRESSION_RATIO, name, limits.maxRatio());
                }
                md.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        return new ExtractedPackage.Entry(target, count, Hashes.hex(md.digest()));
    }
}
