package org.quire.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;

/**
 * Where the books go: a local folder (or a {@code file:} URI), which the executors write through
 * the batch engine as the command line does, or a folder on any Hadoop file system
 * ({@code hdfs://}, {@code s3a://}), to which each edition is uploaded under a temporary name and
 * renamed into place, so a reader never sees half a book.
 */
final class OutputStore implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String location;
    private final String localRoot;
    private final HadoopConf conf;

    private OutputStore(String location, Path localRoot, HadoopConf conf) {
        this.location = location;
        this.localRoot = localRoot == null ? null : localRoot.toAbsolutePath().toString();
        this.conf = conf;
    }

    static OutputStore of(String location, HadoopConf conf) {
        return new OutputStore(location, Locations.local(location).orElse(null), conf);
    }

    boolean isLocal() {
        return localRoot != null;
    }

    /** The local output folder; only for {@link #isLocal()}. */
    Path localRoot() {
        return Path.of(localRoot);
    }

    /** True when every one of {@code files} (relative to the output location) exists. */
    boolean allExist(List<String> files) throws IOException {
        for (String file : files) {
            boolean exists = isLocal() ? Files.isRegularFile(localRoot().resolve(file)) : fs().exists(remote(file));
            if (!exists) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies {@code file} to {@code relative} under the output location through a temporary
     * sibling renamed into place (on S3, whose rename is a copy, the object appears whole or not at all).
     */
    void put(Path file, String relative, String attempt) throws IOException {
        org.apache.hadoop.fs.Path target = remote(relative);
        org.apache.hadoop.fs.Path temporary = new org.apache.hadoop.fs.Path(target.getParent(),
                "." + target.getName() + "." + attempt + ".tmp");
        FileSystem fs = fs();
        try {
            try (InputStream in = Files.newInputStream(file); OutputStream out = fs.create(temporary, true)) {
                in.transferTo(out);
            }
            // HDFS does not rename onto an existing file: the old edition goes first.
            fs.delete(target, false);
            if (!fs.rename(temporary, target)) {
                throw new IOException("could not rename " + temporary + " to " + target);
            }
        } finally {
            fs.delete(temporary, false);
        }
    }

    /** Copies {@code relative} from the output location into {@code folder}, when it exists there. */
    Optional<Path> fetch(String relative, Path folder) throws IOException {
        org.apache.hadoop.fs.Path source = remote(relative);
        if (!fs().exists(source)) {
            return Optional.empty();
        }
        Path copy = folder.resolve(relative);
        Files.createDirectories(copy.getParent());
        try (InputStream in = fs().open(source)) {
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return Optional.of(copy);
    }

    private org.apache.hadoop.fs.Path remote(String relative) {
        return new org.apache.hadoop.fs.Path(Locations.child(location, relative));
    }

    private FileSystem fs() throws IOException {
        return new org.apache.hadoop.fs.Path(location).getFileSystem(conf.get());
    }

    @Override
    public String toString() {
        return location;
    }
}
