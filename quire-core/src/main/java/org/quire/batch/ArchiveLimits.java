package org.quire.batch;

/**
 * How much an archive may unpack to. Archives come from elsewhere: these stop zip bombs (a few
 * kilobytes that inflate to gigabytes) and archives of millions of tiny files.
 *
 * @param maxTotalBytes the sum of all entries' unpacked sizes
 * @param maxEntries entries in one archive
 * @param maxRatio unpacked size over packed size, for the archive as a whole
 */
public record ArchiveLimits(long maxTotalBytes, int maxEntries, int maxRatio) {
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(512L * 1024 * 1024, 20_000, 100);
}
