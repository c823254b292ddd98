package dev.wf.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.spec.Container;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Template;

/**
 * A {@code containerSet} node: one pod-like node whose containers run as steps of their own
 * (children of type Container, {@code node.name}), each once the containers it depends on have
 * succeeded. The set fails when a container fails; its outputs and result are those of the
 * container named {@code main}, as in Argo.
 */
final class ContainerSetNodes implements NodeHandler {
  private static final String MAIN = "main";

  private final PodNodes pods;

  ContainerSetNodes(PodNodes pods) {
    this.pods = pods;
  }

  @Override
  public NodeStatus advance(
      Pass pass, NodeRunner runner, NodeStatus node, Template template, TemplateScope scope) {
    List<Container> containers = template.containerSet().containers();
    // Advance what runs first, so that a failure seen in this pass blocks its dependents at once.
    for (Container container : containers) {
      NodeStatus child = pass.nodeNamed(node.name() + "." + container.name());
      if (child != null && !child.fulfilled())
        pods.advance(pass, runner, child, asTemplate(template, container), scope);
    }
    Set<String> blocked = blocked(pass, node, containers);
    boolean running = false;
    NodeStatus failed = null;
    NodeStatus main = null;
    for (Container container : containers) {
      NodeStatus child = pass.nodeNamed(node.name() + "." + container.name());
      if (child == null && !blocked.contains(container.name())) {
        if (!ready(pass, node, container)) {
          running = true;
          continue;
        }
        child =
            pods.advance(
                pass,
                runner,
                create(pass, node, container, template),
                asTemplate(template, container),
                scope);
      }
      if (child == null) continue;
      if (!child.fulfilled()) running = true;
      else if (child.phase().failedOrErrored() && failed == null) failed = child;
      if (MAIN.equals(container.name())) main = child;
    }
    if (running) return NodeRunner.markRunning(pass, node);
    if (failed != null) {
      return NodeRunner.finish(
          pass,
          node,
          NodePhase.FAILED,
          "container '" + failed.displayName() + "' failed: " + failed.message());
    }
    if (main != null && main.outputs() != null)
      pass.put(pass.node(node.id()).withOutputs(main.outputs()));
    return NodeRunner.finish(pass, node, NodePhase.SUCCEEDED, null);
  }

  /** Whether every dependency has succeeded (none is blocked: that is checked first). */
  private static boolean ready(Pass pass, NodeStatus node, Container container) {
    for (String dependency : container.dependencies()) {
      NodeStatus dep = pass.nodeNamed(node.name() + "." + dependency);
      if (dep == null || dep.phase() != NodePhase.SUCCEEDED) return false;
    }
    return true;
  }

  /** Containers that will never start: a dependency failed, or is itself blocked. */
  private static Set<String> blocked(Pass pass, NodeStatus node, List<Container> containers) {
    var blocked = new HashSet<String>();
    for (Container c : containers) {
      NodeStatus n = pass.nodeNamed(node.name() + "." + c.name());
      if (n != null && n.fulfilled() && n.phase() != NodePhase.SUCCEEDED) blocked.add(c.name());
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Container c : containers) {
        if (!blocked.contains(c.name()) && c.dependencies().stream().anyMatch(blocked::contains)) {
          grew = blocked.add(c.name());
        }
      }
    }
    return blocked;
  }

  private static NodeStatus create(
      Pass pass, NodeStatus node, Container container, Template template) {
    String name = node.name() + "." + container.name();
    NodeStatus child =
        NodeStatus.create(
                pass.idOf(name),
                name,
                container.name(),
                NodeType.CONTAINER,
                template.name(),
                node.id(),
                pass.now)
            .withInputs(node.inputs());
    pass.put(child);
    pass.adopt(pass.node(node.id()), child.id());
    return child;
  }

  /** The template one container runs as: its container, and the set's outputs for {@code main}. */
  private static Template asTemplate(Template template, Container container) {
    var mapper = ModelJson.mapper();
    ObjectNode tree = mapper.valueToTree(template);
    tree.remove("containerSet");
    ObjectNode c = mapper.valueToTree(container);
    c.remove("dependencies");
    tree.set("container", c);
    if (!MAIN.equals(container.name())) tree.remove("outputs");
    return mapper.convertValue(tree, Template.class);
  }
}
