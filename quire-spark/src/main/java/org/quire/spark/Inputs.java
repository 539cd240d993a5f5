package org.quire.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.quire.batch.FoundStory;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * The run's inputs as the finder sees them: local paths (and {@code file:} URIs) as they are,
 * each remote input as its listed skeleton; and the way back from what the finder found to where
 * each story really lies.
 */
final class Inputs {
    private final List<Path> paths;
    private final List<RemoteInput> remotes;
    private final boolean packArchives;

    private Inputs(List<Path> paths, List<RemoteInput> remotes, boolean packArchives) {
        this.paths = paths;
        this.remotes = remotes;
        this.packArchives = packArchives;
    }

    /**
     * @param packArchives send the files of stories found in archives with their tasks, for
     *     executors that cannot see the driver's disk, where the archives are unpacked
     */
    static Inputs resolve(List<String> locations, Path skeletons, Configuration conf, boolean packArchives)
            throws IOException {
        List<Path> paths = new ArrayList<>();
        List<RemoteInput> remotes = new ArrayList<>();
        for (String location : locations) {
            Optional<Path> local = Locations.local(location);
            if (local.isPresent()) {
                paths.add(local.get());
            } else {
                RemoteInput remote = RemoteInput.list(location, skeletons.resolve(Integer.toString(remotes.size())), conf);
                remotes.add(remote);
                paths.add(remote.local());
            }
        }
        return new Inputs(paths, remotes, packArchives);
    }

    /** The inputs to hand the finder, in the order given. */
    List<Path> paths() {
        return paths;
    }

    /**
     * The task for story {@code index}: read in place, copied from its remote file system by the
     * executor, or sent with its files.
     */
    StoryTask task(int index, FoundStory story, String previous, Problem taken) throws IOException {
        Optional<RemoteInput> remote = remoteOf(story.source());
        if (remote.isPresent()) {
            return StoryTask.of(index, story, remote.get().shown(story.shown()), remote.get().remote(story.source()), true,
                    remote.get().size(story.source()), previous, null, taken);
        }
        TreeMap<String, byte[]> packed = packArchives && story.unpackedFrom() != null ? PackedStory.pack(story) : null;
        return StoryTask.of(index, story, shown(story.shown()), story.source().toString(), false, size(story.source()),
                previous, packed, taken);
    }

    /** A name the finder gave, as the writer knows it: a remote input's files by their URIs. */
    String shown(String name) {
        for (RemoteInput remote : remotes) {
            name = remote.shown(name);
        }
        return name;
    }

    Diagnostic shown(Diagnostic d) {
        String file = shown(d.location().file().toString());
        return new Diagnostic(d.severity(), d.code(), new Location(Path.of(file), d.location().line(), d.location().column()),
                d.message());
    }

    private Optional<RemoteInput> remoteOf(Path source) {
        return remotes.stream().filter(r -> r.holds(source)).findFirst();
    }

    /** The bytes of a story's files: what its build costs grows with them. */
    private static long size(Path source) throws IOException {
        if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            return Files.size(source);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            long total = 0;
            for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
