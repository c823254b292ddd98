package dev.wf.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.executor.StepResult;

/** Builds workflows from YAML text and step results for reconciler tests. */
final class EngineFixtures {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private EngineFixtures() {}

  static Workflow workflow(String yaml) {
    try (var parser = new YAMLFactory().createParser(yaml)) {
      Workflow wf = ModelJson.mapper().readValue(parser, Workflow.class);
      return wf.withMetadata(
          wf.metadata().withIdentity(wf.metadata().name(), "default", "uid-1", T0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workflow of fixture {@code workflows/valid/<name>.yaml}, which names itself. */
  static Workflow fixture(String name) {
    String path = "/workflows/valid/" + name + ".yaml";
    try (var in = EngineFixtures.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + path);
      return workflow(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StepState succeeded(String result, Map<String, String> outputs) {
    return StepState.ended(
        new StepResult(
            StepResult.Phase.SUCCEEDED, 0, result, outputs, null, T0, T0.plusSeconds(1)));
  }

  static StepState failed(int exitCode) {
    return StepState.ended(
        new StepResult(
            StepResult.Phase.FAILED,
            exitCode,
            "",
            Map.of(),
            "Error (exit code " + exitCode + ")",
            T0,
            T0.plusSeconds(1)));
  }

  static NodeStatus nodeNamed(WorkflowStatus status, String name) {
    return status.nodes().values().stream()
        .filter(n -> n.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no node " + name + " in " + status.nodes().keySet()));
  }

  static ObjectMeta meta(String name) {
    return ObjectMeta.named(name);
  }
}
