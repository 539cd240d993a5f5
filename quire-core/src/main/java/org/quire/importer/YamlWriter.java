package org.quire.importer;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes metadata as YAML a writer can edit: block style, keys in Quire's order, text of several
 * lines as literal blocks ({@code |}), short lists inline. SnakeYAML quotes whatever would
 * otherwise read back as another type or as YAML syntax (YAML 1.1 §5), so every value reads back
 * as written.
 */
final class YamlWriter {
    /** The order keys are written in: the README's order of the story keys. */
    static final List<String> ORDER = List.of("title", "author", "language", "summary", "notes", "end_notes",
            "fandoms", "rating", "warnings", "categories", "relationships", "characters", "tags", "series",
            "status", "published", "updated", "source", "identifier", "rights", "disclaimer", "dedication",
            "cover", "chapters");

    private YamlWriter() {
    }

    static String write(Map<String, Object> values) {
        Map<String, Object> ordered = new java.util.LinkedHashMap<>();
        for (String key : ORDER) {
            if (values.containsKey(key)) {
                ordered.put(key, values.get(key));
            }
        }
        values.forEach(ordered::putIfAbsent);
        if (ordered.isEmpty()) {
            return "";
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(100);
        options.setSplitLines(false);
        options.setIndent(2);
        options.setAllowUnicode(true);
        return new Yaml(new Literals(options), options).dump(ordered);
    }

    /** Strings of several lines as literal blocks, the way a writer would type a note. */
    private static final class Literals extends Representer {
        Literals(DumperOptions options) {
            super(options);
            Represent plain = this.representers.get(String.class);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                if (text.indexOf('\n') >= 0) {
                    return representScalar(Tag.STR, text, DumperOptions.ScalarStyle.LITERAL);
                }
                return plain.representData(data);
            });
        }
    }
}
