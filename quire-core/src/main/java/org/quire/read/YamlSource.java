package org.quire.read;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.quire.model.StoryException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML metadata into SnakeYAML's node tree, which keeps the line of every key and value.
 * Only the node tree is built, never Java objects, so no tag in a story can construct anything.
 */
final class YamlSource {
    private YamlSource() {
    }

    /**
     * Parses {@code yaml}, whose first line is line {@code firstLine} of {@code file}.
     *
     * @param known the keys this mapping may hold, for unknown-key warnings
     */
    static YamlFields parse(Path file, String yaml, int firstLine, List<String> known,
                            List<Diagnostic> sink) throws StoryException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(4 * 1024 * 1024);
        Yaml parser = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            root = parser.compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new StoryException(YamlErrors.syntax(file, yaml, firstLine, e));
        } catch (YAMLException e) {
            throw new StoryException(YamlErrors.unmarked(file, yaml, firstLine, e));
        }
        if (root == null) {
            return YamlFields.empty(file, firstLine, known, sink);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new StoryException(Diagnostic.error("YAML-NOT-MAPPING",
                    new Location(file, firstLine + root.getStartMark().getLine(), 0),
                    "metadata must be 'key: value' lines, like 'title: My Story'"));
        }
        return new YamlFields(file, firstLine, mapping, known, sink);
    }
}
