package org.lokkho.pack;

/**
 * Bounds applied while reading a package from an unknown sender, so a crafted ZIP cannot fill the disk or memory.
 * Sizes are counted on the bytes actually inflated, never taken from the ZIP headers.
 *
 * @param maxEntries       most entries a package may hold
 * @param maxEntryBytes    most bytes one entry may inflate to
 * @param maxTotalBytes    most bytes all entries together may inflate to
 * @param maxRatio         most inflated bytes per compressed byte, checked once an entry is past {@code ratioFloorBytes}
 * @param ratioFloorBytes  below this many inflated bytes the ratio is not checked (tiny JSON compresses very well)
 * @param maxManifestBytes most bytes manifest.json and its signature may have (they are parsed in memory)
 */
public record PackageLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFloorBytes,
                            long maxManifestBytes) {
    public static final long MB = 1024L * 1024L;

    public static PackageLimits defaults() {
        return new PackageLimits(2_000, 512 * MB, 2_048 * MB, 200, 4 * MB, 4 * MB);
    }
}
