package dev.wf.api.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.parse.DocumentPositions.ValueStart;
import dev.wf.api.parse.SourcePositions.Position;

/**
 * Turns one composed YAML document into a JSON tree and records where every field path sits.
 * Duplicate keys are errors that name both places (the first value is kept); merge keys ({@code <<:
 * *anchor}) fill in keys the mapping does not set itself.
 */
final class JsonTreeBuilder {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final String file;
  private final DocumentPositions positions;
  private final Set<SpecError> errors = new LinkedHashSet<>();
  private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

  /** The tree of one document, its positions and the problems found while building it. */
  record Result(JsonNode tree, DocumentPositions positions, List<SpecError> errors) {}

  private JsonTreeBuilder(String file, Node root) {
    this.file = file;
    this.positions = new DocumentPositions(position(root.getStartMark()));
  }

  static Result build(String file, Node root) {
    var builder = new JsonTreeBuilder(file, root);
    var tree = builder.convert(root, "");
    return new Result(tree, builder.positions, List.copyOf(builder.errors));
  }

  static Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private JsonNode convert(Node node, String path) {
    if (!inProgress.add(node)) {
      error(node.getStartMark(), path, "an alias refers to a node that contains it");
      return NullNode.getInstance();
    }
    try {
      return switch (node) {
        case MappingNode mapping -> mapping(mapping, path);
        case SequenceNode sequence -> sequence(sequence, path);
        case ScalarNode scalar -> scalar(scalar, path);
        default -> NullNode.getInstance();
      };
    } finally {
      inProgress.remove(node);
    }
  }

  private ObjectNode mapping(MappingNode node, String path) {
    var object = JSON.objectNode();
    var keyMarks = new HashMap<String, Mark>();
    var merges = new ArrayList<Node>();
    for (NodeTuple tuple : node.getValue()) {
      if (Tag.MERGE.equals(tuple.getKeyNode().getTag())) {
        merges.add(tuple.getValueNode());
        continue;
      }
      var key = key(tuple.getKeyNode(), path);
      if (key == null) continue;
      var fieldPath = FieldPath.child(path, key);
      var first = keyMarks.putIfAbsent(key, tuple.getKeyNode().getStartMark());
      if (first != null) {
        duplicate(tuple.getKeyNode().getStartMark(), fieldPath, key, first);
        continue;
      }
      positions.field(fieldPath, position(tuple.getKeyNode().getStartMark()));
      object.set(key, convert(tuple.getValueNode(), fieldPath));
    }
    for (var merge : merges) merge(object, merge, path);
    return object;
  }

  private void merge(ObjectNode object, Node source, String path) {
    var sources = source instanceof SequenceNode seq ? seq.getValue() : List.of(source);
    for (var each : sources) {
      if (!(each instanceof MappingNode)) {
        error(each.getStartMark(), path, "a merge key (<<) needs a mapping or a list of mappings");
        continue;
      }
      var merged = convert(each, path);
      merged
          .properties()
          .forEach(
              e -> {
                if (!object.has(e.getKey())) object.set(e.getKey(), e.getValue());
              });
    }
  }

  private String key(Node keyNode, String path) {
    if (keyNode instanceof ScalarNode scalar) return scalar.getValue();
    error(
        keyNode.getStartMark(),
        path,
        "a mapping key must be a plain value, found a "
            + (keyNode instanceof MappingNode ? "mapping" : "list"));
    return null;
  }

  private ArrayNode sequence(SequenceNode node, String path) {
    var array = JSON.arrayNode();
    var items = node.getValue();
    for (int i = 0; i < items.size(); i++) {
      var itemPath = FieldPath.index(path, i);
      var item = items.get(i);
      positions.field(itemPath, position(item.getStartMark()));
      if (item instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())) {
        error(item.getStartMark(), itemPath, "empty list item; remove it or give it a value");
      }
      array.add(convert(item, itemPath));
    }
    return array;
  }

  private JsonNode scalar(ScalarNode node, String path) {
    var style = node.getScalarStyle();
    int shift = style == ScalarStyle.PLAIN ? 0 : 1;
    boolean oneLine =
        node.getStartMark().getLine() == node.getEndMark().getLine()
            && (style == ScalarStyle.PLAIN
                || style == ScalarStyle.SINGLE_QUOTED
                || style == ScalarStyle.DOUBLE_QUOTED);
    positions.value(path, new ValueStart(position(node.getStartMark()), shift, oneLine));
    return Scalars.toJson(node);
  }

  private void duplicate(Mark at, String path, String key, Mark first) {
    var where = position(first);
    error(
        at,
        path,
        "duplicate key \""
            + key
            + "\" (first set at line "
            + where.line()
            + ", column "
            + where.column()
            + ")");
  }

  private void error(Mark mark, String path, String message) {
    var p = position(mark);
    errors.add(new SpecError(file, p.line(), p.column(), path, message));
  }
}
