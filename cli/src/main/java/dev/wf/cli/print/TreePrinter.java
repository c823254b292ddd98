package dev.wf.cli.print;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;

/**
 * The node table of {@code wf get}: {@code STEP TEMPLATE PODNAME DURATION MESSAGE}, the STEP column
 * drawn as a tree ({@code ├─ └─}, with {@code ┬─} where a step group runs steps in parallel). The
 * workflow's own tree comes first, its exit handler's after a blank line.
 */
public final class TreePrinter {
  /** Which columns to print, as argo's {@code -o wide} and {@code -o short} choose. */
  public enum Columns {
    DEFAULT,
    WIDE,
    SHORT
  }

  private record Branch(String part, String sub) {}

  private final Style style;
  private final Clock clock;
  private final Columns columns;
  private final Predicate<NodeStatus> shown;

  public TreePrinter(Style style, Clock clock, Columns columns) {
    this(style, clock, columns, node -> true);
  }

  /**
   * A printer that draws only the nodes {@code shown} accepts (as {@code wf get
   * --node-field-selector}); the children of a node left out are drawn in its place.
   */
  public TreePrinter(Style style, Clock clock, Columns columns, Predicate<NodeStatus> shown) {
    this.style = style;
    this.clock = clock;
    this.columns = columns;
    this.shown = shown;
  }

  /** The table, or an empty string when the workflow has no nodes yet. */
  public String print(Workflow workflow) {
    if (workflow.status() == null) {
      return "";
    }
    List<NodeTree> roots = new ArrayList<>(NodeTree.roots(workflow.status().nodes()));
    if (roots.isEmpty()) {
      return "";
    }
    // The workflow's own tree first; the sort is stable, so the others keep their start order.
    roots.sort((a, b) -> Boolean.compare(!isMain(a, workflow), !isMain(b, workflow)));
    Table table = new Table(2);
    table.row(header());
    for (int i = 0; i < roots.size(); i++) {
      if (i > 0) {
        table.row(Collections.nCopies(header().size(), ""));
      }
      render(roots.get(i), " ", " ", table);
    }
    return table.render();
  }

  private static boolean isMain(NodeTree root, Workflow workflow) {
    return root.node().name() != null && root.node().name().equals(workflow.name());
  }

  private List<String> header() {
    return switch (columns) {
      case DEFAULT -> List.of("STEP", "TEMPLATE", "PODNAME", "DURATION", "MESSAGE");
      case WIDE ->
          List.of("STEP", "TEMPLATE", "PODNAME", "DURATION", "ARTIFACTS", "MESSAGE", "NODENAME");
      case SHORT -> List.of("STEP", "TEMPLATE", "PODNAME", "DURATION", "MESSAGE", "NODENAME");
    };
  }

  private void render(NodeTree tree, String nodePrefix, String childPrefix, Table table) {
    boolean hidden = tree.hidden() || !shown.test(tree.node());
    if (!hidden) {
      table.row(cells(tree.node(), nodePrefix));
    }
    int last = tree.children().size() - 1;
    for (int i = 0; i <= last; i++) {
      Branch branch = branch(hidden, tree.forksChildren(), i, last);
      String lead = hidden && i == 0 ? nodePrefix : childPrefix;
      render(tree.children().get(i), lead + branch.part(), childPrefix + branch.sub(), table);
    }
  }

  /** How a child hangs from its parent, as argo draws it. */
  private Branch branch(boolean parentHidden, boolean fork, int index, int last) {
    if (parentHidden && !fork) {
      return new Branch("", "");
    }
    String down = utf8("│ ", "| ");
    if (parentHidden && last == 0) {
      return new Branch(utf8("──", "--"), "  ");
    } else if (parentHidden && index == 0) {
      return new Branch(utf8("┬─", "+-"), down);
    } else if (index == last) {
      return new Branch(utf8("└─", "`-"), "  ");
    }
    return new Branch(utf8("├─", "|-"), down);
  }

  private String utf8(String unicode, String ascii) {
    return style.utf8() ? unicode : ascii;
  }

  private List<String> cells(NodeStatus node, String prefix) {
    boolean pod = node.type() == NodeType.POD;
    String step = prefix + style.icon(node) + " " + nullToEmpty(node.displayName());
    String podName = pod ? node.id() : "";
    String duration =
        pod
            ? HumanTime.shortDuration(HumanTime.between(node.startedAt(), node.finishedAt(), clock))
            : "";
    String message = nullToEmpty(node.message());
    String host = pod ? nullToEmpty(node.hostNodeName()) : "";
    return switch (columns) {
      case DEFAULT -> List.of(step, template(node), podName, duration, message);
      case WIDE -> List.of(step, template(node), podName, duration, artifacts(node), message, host);
      case SHORT -> List.of(step, template(node), podName, duration, message, host);
    };
  }

  private static String template(NodeStatus node) {
    if (node.templateRef() != null) {
      return node.templateRef().name() + "/" + node.templateRef().template();
    }
    return nullToEmpty(node.templateName());
  }

  private static String artifacts(NodeStatus node) {
    if (node.outputs() == null) {
      return "";
    }
    return node.outputs().artifacts().stream().map(Artifact::name).collect(Collectors.joining(","));
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
