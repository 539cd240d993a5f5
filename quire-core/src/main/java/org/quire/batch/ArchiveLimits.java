package org.quire.batch;

/**
 * How much an archive may unpack to. Archives come from elsewhere: these stop zip bombs (a few
 * kilobytes that inflate to gigabytes) and archives of millions of tiny files. An entry past its
 * own limits is refused alone, and the rest of the archive is unpacked; an archive past its
 * total is unpacked up to there.
 *
 * @param maxTotalBytes the sum of all entries' unpacked sizes
 * @param maxEntries entries in one archive
 * @param maxRatio one entry's unpacked size over its packed size (checked past its first MB)
 * @param maxEntryBytes one entry's unpacked size
 */
public record ArchiveLimits(long maxTotalBytes, int maxEntries, int maxRatio, long maxEntryBytes) {
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(512L * 1024 * 1024, 20_000, 100, 256L * 1024 * 1024);

    /** Entries refused alone are still read through to reach the next; this bounds that work too. */
    long maxSkippedBytes() {
        return 4 * maxTotalBytes;
    }
}
