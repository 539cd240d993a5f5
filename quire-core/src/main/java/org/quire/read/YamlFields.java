package org.quire.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quire.model.Diagnostic;
import org.quire.model.Location;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, line-aware access to one YAML mapping. A value of the wrong type is an error naming its
 * line and the type expected; an unknown key is a warning suggesting the nearest known key.
 */
final class YamlFields {
    private final Path file;
    private final int firstLine;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final List<Diagnostic> sink;

    YamlFields(Path file, int firstLine, MappingNode mapping, List<String> known, List<Diagnostic> sink) {
        this.file = file;
        this.firstLine = firstLine;
        this.sink = sink;
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                sink.add(Diagnostic.error("YAML-KEY", at(keyNode), "a key must be a plain word like 'title'"));
                continue;
            }
            String key = scalar.getValue();
            if (entries.putIfAbsent(key, tuple) != null) {
                sink.add(Diagnostic.error("YAML-DUPLICATE", at(keyNode),
                        "'" + key + "' is given twice; keep one"));
            } else if (!known.contains(key)) {
                sink.add(Diagnostic.warning("UNKNOWN-KEY", at(keyNode), "unknown key '" + key + "'"
                        + KeyNames.suggestion(key, known) + "; it is ignored"));
            }
        }
    }

    static YamlFields empty(Path file, int firstLine, List<String> known, List<Diagnostic> sink) {
        return new YamlFields(file, firstLine, new MappingNode(Tag.MAP, List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.AUTO), known, sink);
    }

    boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    /** The line of {@code key}, or of the mapping when absent. */
    Location location(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Location.of(file, firstLine) : at(tuple.getKeyNode());
    }

    /** The line where {@code key}'s value text starts (the line after {@code |} for block text). */
    int valueLine(String key) {
        Node node = value(key);
        if (node == null || node.getStartMark() == null) {
            return location(key).line();
        }
        int line = firstLine + node.getStartMark().getLine();
        boolean block = node instanceof ScalarNode scalar
                && (scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.LITERAL
                || scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.FOLDED);
        return block ? line + 1 : line;
    }

    boolean isMapping(String key) {
        return value(key) instanceof MappingNode;
    }

    Location locationOfMapping() {
        return Location.of(file, firstLine);
    }

    Path file() {
        return file;
    }

    /** A text value; numbers and dates written bare are taken as the text the author typed. */
    Optional<String> text(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        return wrongType(key, node, "a text");
    }

    /** One text or a list of texts: {@code author: Ann} and {@code author: [Ann, Bo]} both work. */
    List<String> texts(String key) {
        Node node = value(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar.getValue());
        }
        if (node instanceof SequenceNode sequence) {
            List<String> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !isNull(item)) {
                    values.add(scalar.getValue());
                } else if (!isNull(item)) {
                    sink.add(Diagnostic.error("YAML-TYPE", at(item),
                            "each item of '" + key + "' must be a text, not " + describe(item)));
                }
            }
            return values;
        }
        wrongType(key, node, "a text or a list of texts");
        return List.of();
    }

    Optional<LocalDate> date(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            String raw = scalar.getValue().trim();
            try {
                return Optional.of(LocalDate.parse(raw.length() > 10 ? raw.substring(0, 10) : raw));
            } catch (DateTimeParseException e) {
                sink.add(Diagnostic.error("YAML-TYPE", at(node),
                        "'" + key + "' must be a date like 2024-05-17, not '" + raw + "'"));
                return Optional.empty();
            }
        }
        return wrongType(key, node, "a date like 2024-05-17");
    }

    Optional<Integer> count(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && scalar.getValue().trim().matches("\\d{1,6}")) {
            return Optional.of(Integer.parseInt(scalar.getValue().trim()));
        }
        return wrongType(key, node, "a whole number like 3");
    }

    /** A nested mapping such as {@code series: {name: …, part: 2}}. */
    Optional<YamlFields> mapping(String key, List<String> known) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlFields(file, firstLine, mapping, known, sink));
        }
        return wrongType(key, node, "a mapping of " + String.join(", ", known));
    }

    /** The raw node of a list-valued key, with each item's location, for lists like {@code chapters}. */
    List<Located> locatedTexts(String key) {
        Node node = value(key);
        List<Located> values = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    values.add(new Located(scalar.getValue(), at(item)));
                } else {
                    sink.add(Diagnostic.error("YAML-TYPE", at(item),
                            "each item of '" + key + "' must be a file name, not " + describe(item)));
                }
            }
        } else if (node != null) {
            wrongType(key, node, "a list of file names");
        }
        return values;
    }

    record Located(String value, Location location) {
    }

    private Node value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        return tuple.getValueNode();
    }

    private <T> Optional<T> wrongType(String key, Node node, String expected) {
        sink.add(Diagnostic.error("YAML-TYPE", at(node),
                "'" + key + "' must be " + expected + ", not " + describe(node)));
        return Optional.empty();
    }

    private Location at(Node node) {
        if (node.getStartMark() == null) {
            return Location.of(file, firstLine);
        }
        return new Location(file, firstLine + node.getStartMark().getLine(), node.getStartMark().getColumn() + 1);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }
}
