package org.quire.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.quire.write.TemporaryFiles;

/**
 * The output folder while a run writes into it. One run at a time holds it (a lock on
 * {@code .quire-lock}), so temporaries a killed run left are swept at the start without touching
 * another run's. It stays true: a file Quire wrote earlier, and only such a file (the manifest
 * knows it, with its SHA-256), is removed when no story writes it any more.
 */
final class OutputFolder implements AutoCloseable {
    static final String LOCK = ".quire-lock";
    private final Path root;
    private final FileChannel channel;
    private final Set<Path> emptied = ConcurrentHashMap.newKeySet();

    private OutputFolder(Path root, FileChannel channel) {
        this.root = root;
        this.channel = channel;
    }

    /**
     * Takes the folder (making it if needed) and sweeps the temporaries a killed run left.
     *
     * @throws IOException another run is writing there, or the folder cannot be made
     */
    static OutputFolder open(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Files.createDirectories(root);
        FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process is already writing there
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another Quire build is writing into " + folder
                    + "; wait for it to finish, or build into another folder");
        }
        TemporaryFiles.sweep(root);
        return new OutputFolder(root, channel);
    }

    Path root() {
        return root;
    }

    /**
     * Removes the files of {@code entry} that are not in {@code keep} and that no other entry of
     * {@code manifest} claims, each only if it still has the bytes Quire wrote.
     */
    List<StaleFile> removeStale(ManifestEntry entry, Collection<String> keep, Manifest manifest, String reason)
            throws IOException {
        List<StaleFile> stale = new ArrayList<>();
        for (ManifestEntry.WrittenFile written : entry.files()) {
            Path file = root.resolve(written.path()).normalize();
            if (keep.contains(written.path()) || manifest.claimedByOther(written.path(), entry.key())
                    || !file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!sha256(file).equals(written.sha256())) {
                stale.add(new StaleFile(file, false, reason));
                continue;
            }
            Files.deleteIfExists(file);
            emptied.add(file.getParent());
            stale.add(new StaleFile(file, true, reason));
        }
        return stale;
    }

    /** Removes the folders that removals left empty, up to the output folder itself. */
    void pruneEmptyFolders() {
        for (Path folder : emptied) {
            for (Path at = folder; at != null && at.startsWith(root) && !at.equals(root); at = at.getParent()) {
                try {
                    Files.delete(at);
                } catch (DirectoryNotEmptyException e) {
                    break;
                } catch (IOException e) {
                    break; // gone already, or not ours to remove
                }
            }
        }
        emptied.clear();
    }

    /** {@code file}'s path under {@code root} with forward slashes, as the manifest keeps it. */
    static String relative(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    String relative(Path file) {
        return relative(root, file);
    }

    /** The file's SHA-256 in hex, as the manifest keeps it. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new java.io.FileInputStream(file.toFile())) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        // Closing the channel releases the lock, also when an interrupt closed it already.
        channel.close();
    }
}
