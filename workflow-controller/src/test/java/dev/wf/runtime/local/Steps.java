package dev.wf.runtime.local;

import java.util.List;
import java.util.Map;

import dev.wf.executor.StepSpec;
import dev.wf.executor.StepSpec.OutputParameterSpec;

/** Step specs for tests: a container running {@code command}, changed one field at a time. */
record Steps(StepSpec spec) {
  static final String WORKFLOW = "wf";

  static Steps step(String nodeId, String... command) {
    return new Steps(
        new StepSpec(
            WORKFLOW,
            nodeId,
            "main",
            "alpine:3",
            List.of(command),
            null,
            null,
            null,
            null,
            null,
            null,
            true));
  }

  static Steps shell(String nodeId, String script) {
    return step(nodeId, "sh", "-c", script);
  }

  Steps image(String image, List<String> args) {
    var s = spec;
    return new Steps(
        new StepSpec(
            s.workflowName(),
            s.nodeId(),
            s.templateName(),
            image,
            List.of(),
            args,
            s.env(),
            s.workingDir(),
            s.scriptSource(),
            s.outputParameters(),
            s.privatePaths(),
            s.captureResult()));
  }

  Steps script(String source) {
    var s = spec;
    return new Steps(
        new StepSpec(
            s.workflowName(),
            s.nodeId(),
            s.templateName(),
            s.image(),
            s.command(),
            s.args(),
            s.env(),
            s.workingDir(),
            source,
            s.outputParameters(),
            s.privatePaths(),
            s.captureResult()));
  }

  Steps env(Map<String, String> env) {
    var s = spec;
    return new Steps(
        new StepSpec(
            s.workflowName(),
            s.nodeId(),
            s.templateName(),
            s.image(),
            s.command(),
            s.args(),
            env,
            s.workingDir(),
            s.scriptSource(),
            s.outputParameters(),
            s.privatePaths(),
            s.captureResult()));
  }

  Steps workingDir(String workingDir) {
    var s = spec;
    return new Steps(
        new StepSpec(
            s.workflowName(),
            s.nodeId(),
            s.templateName(),
            s.image(),
            s.command(),
            s.args(),
            s.env(),
            workingDir,
            s.scriptSource(),
            s.outputParameters(),
            s.privatePaths(),
            s.captureResult()));
  }

  /** Adds an output parameter read from {@code path}, which also becomes a private path. */
  Steps output(String name, String path, String defaultValue) {
    var s = spec;
    var outputs = new java.util.ArrayList<>(s.outputParameters());
    outputs.add(new OutputParameterSpec(name, path, defaultValue));
    var paths = new java.util.ArrayList<>(s.privatePaths());
    paths.add(path);
    return new Steps(
        new StepSpec(
            s.workflowName(),
            s.nodeId(),
            s.templateName(),
            s.image(),
            s.command(),
            s.args(),
            s.env(),
            s.workingDir(),
            s.scriptSource(),
            outputs,
            paths,
            s.captureResult()));
  }

  Steps captureResult(boolean capture) {
    var s = spec;
    return new Steps(
        new StepSpec(
            s.workflowName(),
            s.nodeId(),
            s.templateName(),
            s.image(),
            s.command(),
            s.args(),
            s.env(),
            s.workingDir(),
            s.scriptSource(),
            s.outputParameters(),
            s.privatePaths(),
            capture));
  }
}
