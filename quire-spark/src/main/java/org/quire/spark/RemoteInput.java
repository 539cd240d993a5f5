package org.quire.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * An input on a Hadoop file system, listed by the driver into a local skeleton of the same
 * names, so the batch engine's one finder ({@link org.quire.read.StoryFiles}) decides what is a
 * story there as it does on a local disk. A name decides most things; the skeleton holds the few
 * bytes that decide the rest: the first bytes of each Markdown file (front matter or not), and
 * archives whole, which the finder unpacks. Every other file is an empty stand-in: the executor
 * that builds a story copies its real files.
 */
final class RemoteInput {
    /** Enough for the front-matter test: {@code ---} and a line break after a byte-order mark. */
    private static final int HEAD = 8;
    /**
     * Reads in flight at once: an object store answers each in tens of milliseconds, so a
     * million one-shots read one after another would keep the driver listing for hours.
     */
    private static final int READERS = 32;
    private final Path local;
    private final String remote;
    /** Remote sizes by skeleton path, sorted so a story folder's files are one range. */
    private final TreeMap<String, Long> sizes = new TreeMap<>();

    private RemoteInput(Path local, String remote) {
        this.local = local;
        this.remote = remote;
    }

    /** Lists {@code uri} into {@code skeleton}/{@code name}. */
    static RemoteInput list(String uri, Path skeleton, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = root.getFileSystem(conf);
        FileStatus status;
        try {
            status = fs.getFileStatus(root);
        } catch (java.io.FileNotFoundException e) {
            throw new java.nio.file.NoSuchFileException(uri, null, "no such story, folder or archive");
        }
        String name = root.getName().isEmpty() ? "input" : root.getName();
        RemoteInput input = new RemoteInput(skeleton.resolve(name), uri);
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Future<Void>> reads = new ArrayList<>();
        try {
            if (status.isFile()) {
                reads.add(input.add(fs, status, input.local, readers));
            } else {
                Files.createDirectories(input.local);
                String prefix = status.getPath().toUri().getPath();
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(status.getPath(), true);
                while (files.hasNext()) {
                    LocatedFileStatus file = files.next();
                    String inner = file.getPath().toUri().getPath().substring(prefix.length()).replaceFirst("^/", "");
                    reads.add(input.add(fs, file, input.local.resolve(inner), readers));
                }
            }
            for (Future<Void> read : reads) {
                await(read);
            }
        } finally {
            readers.shutdownNow();
        }
        return input;
    }

    private static void await(Future<Void> read) throws IOException {
        try {
            read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("listing interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** Records {@code file}'s size and has {@code readers} write its stand-in at {@code stand}. */
    private Future<Void> add(FileSystem fs, FileStatus file, Path stand, ExecutorService readers) throws IOException {
        Files.createDirectories(stand.getParent());
        sizes.put(stand.toString(), file.getLen());
        return readers.submit(() -> {
            stand(fs, file, stand);
            return null;
        });
    }

    private static void stand(FileSystem fs, FileStatus file, Path stand) throws IOException {
        String lower = stand.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip") || lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
            try (InputStream in = fs.open(file.getPath())) {
                Files.copy(in, stand, StandardCopyOption.REPLACE_EXISTING);
            }
        } else if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            try (InputStream in = fs.open(file.getPath())) {
                Files.write(stand, in.readNBytes(HEAD));
            }
        } else {
            // Only the name counts: no read, which on an object store is a request per file.
            Files.write(stand, new byte[0]);
        }
    }

    /** The skeleton's root, handed to the finder as the input. */
    Path local() {
        return local;
    }

    boolean holds(Path path) {
        return path.startsWith(local);
    }

    /** The remote URI of a path in the skeleton. */
    String remote(Path path) {
        return Locations.child(remote, local.relativize(path).toString().replace('\\', '/'));
    }

    /** A name the finder gave in the skeleton ({@code <skeleton>/a/b.md}), as the remote URI. */
    String shown(String name) {
        String prefix = local.toString();
        return name.startsWith(prefix) ? remote.replaceFirst("/+$", "") + name.substring(prefix.length()) : name;
    }

    /** The bytes of the remote files under {@code path} in the skeleton. */
    long size(Path path) {
        String file = path.toString();
        long folder = sizes.subMap(file + "/", file + "/\uffff").values().stream().mapToLong(Long::longValue).sum();
        return sizes.getOrDefault(file, 0L) + folder;
    }
}
