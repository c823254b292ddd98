package dev.wf.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.expr.Templating;
import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Container;
import dev.wf.api.spec.EnvVar;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Template;
import dev.wf.executor.StepSpec;
import dev.wf.executor.StepSpec.OutputParameterSpec;

/**
 * Turns a container or script template into the {@link StepSpec} a runtime runs: every {@code
 * {{...}}} substituted with the node's variables (and the paths of its declared outputs, {@code
 * outputs.artifacts.NAME.path}, {@code outputs.parameters.NAME.path}), outputs to collect, the
 * artifacts to place and to save, and the paths the step must get a private copy of.
 */
final class StepSpecs {
  private StepSpecs() {}

  static StepSpec build(Pass pass, NodeStatus node, Template template) {
    var vars = Variables.forNode(pass, node);
    outputPaths(template, vars);
    var mapper = ModelJson.mapper();
    // Metrics are evaluated after the step ends ({{status}}, {{duration}}), not when it starts.
    ObjectNode tree = mapper.valueToTree(template);
    tree.remove("metrics");
    Template t = mapper.convertValue(Templating.substituteTree(tree, vars), Template.class);
    boolean script = t.script() != null;
    Container c = script ? t.script() : t.container();
    var env = new LinkedHashMap<String, String>();
    for (EnvVar e : c.env()) {
      if (e.value() != null) env.put(e.name(), e.value());
    }
    var outputs = new ArrayList<OutputParameterSpec>();
    var privatePaths = new ArrayList<String>();
    for (Parameter p : t.outputs().parameters()) {
      if (p.valueFrom() != null && p.valueFrom().path() != null) {
        outputs.add(
            new OutputParameterSpec(p.name(), p.valueFrom().path(), p.valueFrom().defaultValue()));
        privatePaths.add(p.valueFrom().path());
      }
    }
    for (Artifact a : t.inputs().artifacts()) addPath(privatePaths, a.path());
    for (Artifact a : t.outputs().artifacts()) addPath(privatePaths, a.path());
    return new StepSpec(
        pass.name(),
        node.id(),
        t.name(),
        c.image(),
        c.command(),
        c.args(),
        env,
        c.workingDir(),
        script ? c.source() : null,
        outputs,
        privatePaths,
        pass.resultsReferenced(),
        InputArtifactSpecs.of(pass, node),
        OutputArtifactSpecs.of(pass, t, vars),
        OutputArtifactSpecs.log(pass, template, vars),
        PodFieldsOf.of(pass.spec, t, c, vars),
        null);
  }

  /** Adds the declared paths of the template's outputs, each substituted first. */
  private static void outputPaths(Template template, java.util.Map<String, String> vars) {
    var paths = new LinkedHashMap<String, String>();
    for (Parameter p : template.outputs().parameters()) {
      if (p.valueFrom() != null && p.valueFrom().path() != null)
        paths.put("outputs.parameters." + p.name() + ".path", p.valueFrom().path());
    }
    for (Artifact a : template.outputs().artifacts()) {
      if (a.path() != null) paths.put("outputs.artifacts." + a.name() + ".path", a.path());
    }
    paths.forEach((name, path) -> vars.put(name, Templating.substitute(path, vars)));
  }

  private static void addPath(java.util.List<String> paths, String path) {
    if (path != null && !paths.contains(path)) paths.add(path);
  }
}
