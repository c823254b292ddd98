package dev.wf.engine;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.expr.Templating;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.ResourceTemplate;
import dev.wf.api.spec.Template;
import dev.wf.executor.ResourceSpec;
import dev.wf.executor.ResourceSpec.ResourceOutput;
import dev.wf.executor.StepSpec;
import dev.wf.executor.artifacts.InputArtifactSpec;

/**
 * Turns a resource template into the {@link StepSpec} a runtime runs: no command, only a {@link
 * ResourceSpec} with every {@code {{...}}} of the manifest, conditions and output paths substituted
 * with the node's variables, and the input artifact the manifest comes from when {@code
 * manifestFrom} names one.
 */
final class ResourceStepSpecs {
  private ResourceStepSpecs() {}

  static StepSpec build(Pass pass, NodeStatus node, Template template) {
    var vars = Variables.forNode(pass, node);
    var mapper = ModelJson.mapper();
    ObjectNode tree = mapper.valueToTree(template);
    tree.remove("metrics");
    Template t = mapper.convertValue(Templating.substituteTree(tree, vars), Template.class);
    ResourceTemplate r = t.resource();
    var outputs = new ArrayList<ResourceOutput>();
    for (Parameter p : t.outputs().parameters()) {
      if (p.valueFrom() == null) continue;
      outputs.add(
          new ResourceOutput(
              p.name(),
              p.valueFrom().jsonPath(),
              p.valueFrom().jqFilter(),
              p.valueFrom().defaultValue()));
    }
    var resource =
        new ResourceSpec(
            r.action(),
            r.manifest(),
            manifestFrom(pass, node, r),
            r.successCondition(),
            r.failureCondition(),
            r.mergeStrategy(),
            Boolean.TRUE.equals(r.setOwnerReference()),
            r.flags(),
            outputs);
    return new StepSpec(
        pass.name(),
        node.id(),
        t.name(),
        null,
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        resource);
  }

  private static InputArtifactSpec manifestFrom(Pass pass, NodeStatus node, ResourceTemplate r) {
    if (r.manifestFrom() == null || r.manifestFrom().artifact() == null) return null;
    String name = r.manifestFrom().artifact().name();
    return InputArtifactSpecs.of(pass, node).stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("manifestFrom: no input artifact \"" + name + "\""));
  }
}
