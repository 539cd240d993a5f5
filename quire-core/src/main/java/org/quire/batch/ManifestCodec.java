package org.quire.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quire.model.Diagnostic;
import org.quire.model.Location;

/**
 * The manifest's lines: tab-separated fields, each escaped ({@code \\}, {@code \t}, {@code \n},
 * {@code \r}) so any path or message fits on one line. One story is a block:
 *
 * <pre>
 * story   key  fingerprint  origin  chapters  words
 * file    key  path  sha256            (one per file written)
 * warning key  severity code file line column message   (one per warning)
 * end     key
 * </pre>
 *
 * and {@code forget key} drops a story. A block counts only once its {@code end} line is read,
 * so a block cut short by a kill is ignored.
 */
final class ManifestCodec {
    static final String HEADER = "# quire manifest 2";

    private ManifestCodec() {
    }

    static String block(ManifestEntry entry) {
        StringBuilder out = new StringBuilder();
        line(out, "story", entry.key(), entry.fingerprint(), entry.origin(), Integer.toString(entry.chapters()),
                Integer.toString(entry.words()));
        for (ManifestEntry.WrittenFile file : entry.files()) {
            line(out, "file", entry.key(), file.path(), file.sha256());
        }
        for (Diagnostic warning : entry.warnings()) {
            Location at = warning.location();
            line(out, "warning", entry.key(), warning.severity().name(), warning.code(), at.file().toString(),
                    Integer.toString(at.line()), Integer.toString(at.column()), warning.message());
        }
        line(out, "end", entry.key());
        return out.toString();
    }

    static String forget(String key) {
        StringBuilder out = new StringBuilder();
        line(out, "forget", key);
        return out.toString();
    }

    /** A file a story's build is about to write: Quire's, even if a kill stops the build before its block. */
    static String writing(String key, String path) {
        StringBuilder out = new StringBuilder();
        line(out, "writing", key, path);
        return out.toString();
    }

    /** The fields of one line, unescaped. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                field.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static Diagnostic warning(List<String> fields) {
        return new Diagnostic(Diagnostic.Severity.valueOf(fields.get(2)), fields.get(3),
                new Location(Path.of(fields.get(4)), Integer.parseInt(fields.get(5)), Integer.parseInt(fields.get(6))),
                fields.get(7));
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            escape(out, fields[i]);
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String value) {
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
