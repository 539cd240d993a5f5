package org.quire.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.quire.model.Diagnostic;
import org.quire.write.AtomicOutput;

/** Writes {@code quire-import.json}: what each input became, with its warnings and errors. */
final class ImportReport {
    static final String FILE = "quire-import.json";

    private ImportReport() {
    }

    static void write(ImportResult result, Path output) throws IOException {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"quire\": ").append(JsonReport.string(org.quire.render.Version.get())).append(",\n");
        for (ImportResult.Status status : ImportResult.Status.values()) {
            json.append("  \"").append(status.name().toLowerCase(Locale.ROOT)).append("\": ")
                    .append(result.count(status)).append(",\n");
        }
        json.append("  \"refused\": ").append(list(result.refused().stream().map(Diagnostic::toString).toList())).append(",\n");
        json.append("  \"stories\": [");
        String separator = "\n";
        for (ImportResult.Entry entry : result.stories()) {
            json.append(separator).append("    {\"source\": ").append(JsonReport.string(entry.shown()))
                    .append(", \"format\": ").append(JsonReport.string(entry.format()))
                    .append(", \"status\": ").append(JsonReport.string(entry.status().name().toLowerCase(Locale.ROOT)))
                    .append(", \"written\": ").append(entry.written() == null ? "null"
                            : JsonReport.string(output.relativize(entry.written()).toString().replace('\\', '/')))
                    .append(", \"chapters\": ").append(entry.chapters())
                    .append(", \"words\": ").append(entry.words())
                    .append(", \"warnings\": ").append(list(entry.warnings().stream().map(Diagnostic::toString).toList()))
                    .append(", \"errors\": ").append(list(entry.errors().stream().map(Diagnostic::toString).toList()))
                    .append('}');
            separator = ",\n";
        }
        json.append("\n  ],\n  \"files\": [");
        separator = "\n";
        for (FoundFile file : result.files()) {
            json.append(separator).append("    {\"path\": ").append(JsonReport.string(file.shown()))
                    .append(", \"role\": ").append(JsonReport.string(file.role()))
                    .append(", \"what\": ").append(JsonReport.string(file.what())).append('}');
            separator = ",\n";
        }
        json.append("\n  ]\n}\n");
        byte[] bytes = json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            AtomicOutput.write(output.resolve(FILE), out -> out.write(bytes));
        } catch (org.quire.model.StoryException e) {
            throw new IllegalStateException("writing bytes raises no story problem", e);
        }
    }

    private static String list(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(JsonReport.string(values.get(i)));
        }
        return out.append(']').toString();
    }
}
