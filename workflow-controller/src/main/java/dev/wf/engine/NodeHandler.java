package dev.wf.engine;

import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Template;

/**
 * Advances one kind of node (pod, steps, dag, suspend) by one pass: starts what can start, folds in
 * what ended, and returns the node as it stands now. Handlers never block or perform effects; they
 * ask for them through the {@link Pass}.
 */
interface NodeHandler {
  NodeStatus advance(
      Pass pass, NodeRunner runner, NodeStatus node, Template template, TemplateScope scope);
}
