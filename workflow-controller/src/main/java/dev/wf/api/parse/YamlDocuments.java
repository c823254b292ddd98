package dev.wf.api.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Splits a YAML stream into composed documents (node trees with positions), with SnakeYAML. Empty
 * documents are left out. A syntax error ends the stream: the documents before it are kept and the
 * error says where it is.
 */
final class YamlDocuments {
  private YamlDocuments() {}

  /** The documents that composed, and the syntax error that stopped the stream, if any. */
  record Composed(List<Node> documents, Optional<SpecError> syntaxError) {}

  static Composed compose(String file, String text) {
    var options = new LoaderOptions();
    // Duplicate keys are found later, with both positions.
    options.setAllowDuplicateKeys(true);
    var documents = new ArrayList<Node>();
    try {
      var composer =
          new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
      while (composer.checkNode()) {
        var node = composer.getNode();
        if (!isEmpty(node)) documents.add(node);
      }
      return new Composed(documents, Optional.empty());
    } catch (YAMLException e) {
      return new Composed(documents, Optional.of(syntaxError(file, text, e)));
    }
  }

  private static boolean isEmpty(Node node) {
    return node == null || (node instanceof ScalarNode s && Tag.NULL.equals(s.getTag()));
  }

  private static SpecError syntaxError(String file, String text, YAMLException e) {
    if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      var at = JsonTreeBuilder.position(marked.getProblemMark());
      var message = "invalid YAML: " + marked.getProblem();
      if (marked.getContext() != null)
        message += " (" + marked.getContext() + startedAt(marked) + ")";
      return new SpecError(file, at.line(), at.column(), "", message);
    }
    if (e instanceof ReaderException reader) {
      var at = lineAndColumn(text, reader.getPosition());
      return new SpecError(
          file,
          at.line(),
          at.column(),
          "",
          "invalid YAML: special character 0x"
              + Integer.toHexString(reader.getCodePoint())
              + " is not allowed");
    }
    return new SpecError(file, 1, 1, "", "invalid YAML: " + e.getMessage());
  }

  private static String startedAt(MarkedYAMLException e) {
    var context = e.getContextMark();
    if (context == null || context.getLine() == e.getProblemMark().getLine()) return "";
    var at = JsonTreeBuilder.position(context);
    return " that starts at line " + at.line() + ", column " + at.column();
  }

  private static SourcePositions.Position lineAndColumn(String text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePositions.Position(line, column);
  }
}
