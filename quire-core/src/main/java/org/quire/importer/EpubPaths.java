package org.quire.importer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Paths inside a book: relative references resolved against a page's folder (RFC 3986 §5.2), never out of the book. */
final class EpubPaths {
    private EpubPaths() {
    }

    /** The folder of a path inside the book, with its trailing slash: {@code EPUB/text/}, or empty. */
    static String folderOf(String path) {
        return path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
    }

    /** {@code href} (percent-encoded, fragment removed) resolved against {@code folder}; a path that leaves the book is empty. */
    static String resolve(String folder, String href) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (String part : (decoded.startsWith("/") ? decoded : folder + decoded).split("/")) {
            if (part.equals("..")) {
                if (out.isEmpty()) {
                    return ""; // out of the book: no file of it
                }
                out.remove(out.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                out.add(part);
            }
        }
        return String.join("/", out);
    }
}
