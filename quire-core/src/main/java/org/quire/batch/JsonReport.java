package org.quire.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.quire.model.Diagnostic;
import org.quire.write.AtomicOutput;

/**
 * Writes {@code quire-report.json}: each story's status, editions, size, time and problems, the
 * files removed as stale. It is rewritten as stories finish ({@code "state": "running"}), so a
 * run stopped by a kill leaves the stories it finished; its last form says {@code "complete"}
 * or {@code "interrupted"}.
 */
final class JsonReport {
    static final String FILE = "quire-report.json";

    private JsonReport() {
    }

    static void write(BatchResult result, Path outputFolder, String state) throws IOException {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"quire\": ").append(string(org.quire.render.Version.get())).append(",\n");
        json.append("  \"state\": ").append(string(state)).append(",\n");
        json.append("  \"stories_found\": ").append(result.found()).append(",\n");
        json.append("  \"built\": ").append(result.count(StoryResult.Status.BUILT)).append(",\n");
        json.append("  \"skipped\": ").append(result.count(StoryResult.Status.SKIPPED)).append(",\n");
        json.append("  \"failed\": ").append(result.count(StoryResult.Status.FAILED)).append(",\n");
        json.append("  \"refused\": ").append(diagnostics(result.refused())).append(",\n");
        json.append("  \"stories\": [");
        String separator = "\n";
        for (StoryResult story : result.stories()) {
            json.append(separator).append("    {\"source\": ").append(string(story.story().shown()))
                    .append(", \"status\": ").append(string(story.status().name().toLowerCase(Locale.ROOT)))
                    .append(", \"editions\": ").append(paths(story.editions(), outputFolder))
                    .append(", \"chapters\": ").append(story.chapters())
                    .append(", \"words\": ").append(story.words())
                    .append(", \"seconds\": ").append(String.format(Locale.ROOT, "%.3f", story.time().toMillis() / 1000.0))
                    .append(", \"warnings\": ").append(diagnostics(story.warnings()))
                    .append(", \"errors\": ").append(diagnostics(story.errors())).append('}');
            separator = ",\n";
        }
        json.append("\n  ],\n  \"stale\": [");
        separator = "\n";
        for (StaleFile stale : result.stale()) {
            json.append(separator).append("    {\"path\": ").append(string(path(stale.file(), outputFolder)))
                    .append(", \"removed\": ").append(stale.removed())
                    .append(", \"reason\": ").append(string(stale.reason())).append('}');
            separator = ",\n";
        }
        json.append("\n  ],\n  \"files\": [");
        separator = "\n";
        for (FoundFile file : result.files()) {
            json.append(separator).append("    {\"path\": ").append(string(file.shown()))
                    .append(", \"role\": ").append(string(file.role()))
                    .append(", \"what\": ").append(string(file.what())).append('}');
            separator = ",\n";
        }
        json.append("\n  ]\n}\n");
        byte[] bytes = json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            AtomicOutput.write(outputFolder.resolve(FILE), out -> out.write(bytes));
        } catch (org.quire.model.StoryException e) {
            throw new IllegalStateException("writing bytes raises no story problem", e);
        }
    }

    private static String paths(List<Path> files, Path folder) {
        return list(files.stream().map(f -> path(f, folder)).toList());
    }

    private static String path(Path file, Path folder) {
        return folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String diagnostics(List<Diagnostic> diagnostics) {
        return list(diagnostics.stream().map(Diagnostic::toString).toList());
    }

    private static String list(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(string(values.get(i)));
        }
        return out.append(']').toString();
    }

    /** A JSON string (RFC 8259 §7). */
    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
