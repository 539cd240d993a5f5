package org.quire.spark;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tells local paths and {@code file:} URIs, read in place, from other Hadoop file system URIs. */
final class Locations {
    /** RFC 3986 §3.1 scheme; two characters at least, so a Windows drive ({@code C:}) is a path. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    private Locations() {
    }

    /** The local path {@code location} names (a plain path or a {@code file:} URI), or empty for another scheme. */
    static Optional<Path> local(String location) {
        if (!SCHEME.matcher(location).find()) {
            return Optional.of(Path.of(location));
        }
        URI uri = URI.create(location);
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of(Path.of(URI.create("file://" + uri.getRawPath())));
        }
        return Optional.empty();
    }

    /** {@code root/relative} for a URI whose path may or may not end in {@code /}. */
    static String child(String root, String relative) {
        if (relative.isEmpty()) {
            return root;
        }
        return (root.endsWith("/") ? root : root + "/") + relative;
    }
}
