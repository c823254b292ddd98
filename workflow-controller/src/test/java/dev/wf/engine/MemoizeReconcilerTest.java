package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.ConfigMap;
import dev.wf.api.spec.MemoizationStatus;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.Outputs;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.memo.MemoEntry;
import dev.wf.engine.memo.MemoView;
import dev.wf.engine.sync.LockTable;

/** Memoization decided pass by pass over a snapshot of the cache ConfigMaps. */
class MemoizeReconcilerTest {
  private static final Instant T1 = T0.plusSeconds(1);

  private static final String MEMOIZED =
      """
      metadata: {name: memo}
      spec:
        entrypoint: main
        arguments:
          parameters: [{name: word, value: hello}]
        templates:
        - name: main
          inputs:
            parameters: [{name: word}]
          memoize:
            key: "say-{{inputs.parameters.word}}"
            maxAge: 1h
            cache:
              configMap: {name: say-cache}
          container: {image: alpine, command: [echo, hi]}
          outputs:
            parameters:
            - name: said
              valueFrom: {path: /tmp/said}
      """;

  private static final Outputs CACHED =
      new Outputs(List.of(Parameter.of("said", "from the cache")), null, null, "0");

  private static ConfigMap cache(Map<String, String> data, Map<String, String> labels) {
    ConfigMap configMap = ConfigMap.of("say-cache", data);
    return configMap.withMetadata(configMap.metadata().withLabels(labels));
  }

  private static MemoView cacheWith(String key, MemoEntry entry) {
    var labels = Map.of(MemoView.TYPE_LABEL, MemoView.CACHE_TYPE);
    return new MemoView(Map.of("say-cache", cache(Map.of(key, entry.json()), labels)));
  }

  private static SharedRun run(String yaml, MemoView caches) {
    return new SharedRun(workflow(yaml), new LockTable(), Map.of()).withMemo(caches);
  }

  private static List<Action.SaveMemo> saved(Decision d) {
    return d.actions().stream()
        .filter(a -> a instanceof Action.SaveMemo)
        .map(a -> (Action.SaveMemo) a)
        .toList();
  }

  @Test
  void aFreshEntrySucceedsTheNodeWithItsOutputsWithoutRunningIt() {
    var entry = new MemoEntry("memo-old", CACHED, T0.minusSeconds(60), T0.minusSeconds(60));
    SharedRun run = run(MEMOIZED, cacheWith("say-hello", entry));

    Decision d = run.pass(T0);

    assertThat(EngineRun.started(d)).isEmpty();
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(run.node("memo").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(run.node("memo").outputs()).isEqualTo(CACHED);
    assertThat(run.node("memo").memoizationStatus())
        .isEqualTo(new MemoizationStatus(true, "say-hello", "say-cache"));
  }

  @Test
  void aHitRecordsWhenTheEntryWasLastUsed() {
    var entry = new MemoEntry("memo-old", CACHED, T0.minusSeconds(60), T0.minusSeconds(60));
    SharedRun run = run(MEMOIZED, cacheWith("say-hello", entry));

    Decision d = run.pass(T0);

    assertThat(saved(d))
        .containsExactly(new Action.SaveMemo("say-cache", "say-hello", entry.hitAt(T0)));
  }

  @Test
  void aMissRunsTheNodeAndMarksIt() {
    SharedRun run = run(MEMOIZED, MemoView.EMPTY);

    Decision d = run.pass(T0);

    assertThat(EngineRun.started(d)).hasSize(1);
    assertThat(saved(d)).isEmpty();
    assertThat(run.node("memo").memoizationStatus())
        .isEqualTo(new MemoizationStatus(false, "say-hello", "say-cache"));
  }

  @Test
  void aSuccessAfterAMissSavesTheOutputsUnderTheKey() {
    SharedRun run = run(MEMOIZED, MemoView.EMPTY);
    run.pass(T0);
    run.succeed("memo", Map.of("said", "hi"), T1);

    Decision d = run.pass(T1);

    var outputs = new Outputs(List.of(Parameter.of("said", "hi")), null, null, "0");
    assertThat(saved(d))
        .containsExactly(
            new Action.SaveMemo(
                "say-cache", "say-hello", new MemoEntry(run.node("memo").id(), outputs, T1, T1)));
  }

  @Test
  void aFailureSavesNothing() {
    SharedRun run = run(MEMOIZED, MemoView.EMPTY);
    run.pass(T0);
    run.fail("memo", T1);

    assertThat(saved(run.pass(T1))).isEmpty();
  }

  @Test
  void anEntryOlderThanMaxAgeIsAMiss() {
    var entry = new MemoEntry("memo-old", CACHED, T0.minusSeconds(7200), T0.minusSeconds(7200));
    SharedRun run = run(MEMOIZED, cacheWith("say-hello", entry));

    Decision d = run.pass(T0);

    assertThat(EngineRun.started(d)).hasSize(1);
    assertThat(run.node("memo").memoizationStatus().hit()).isFalse();
  }

  @Test
  void anEntryUnderAnotherKeyIsAMiss() {
    var entry = new MemoEntry("memo-old", CACHED, T0, T0);
    SharedRun run = run(MEMOIZED, cacheWith("say-bye", entry));

    assertThat(EngineRun.started(run.pass(T0))).hasSize(1);
  }

  @Test
  void aKeyArgoWouldRefuseErrorsTheNode() {
    SharedRun run = run(MEMOIZED.replace("say-{{", "say {{"), MemoView.EMPTY);

    run.pass(T0);

    assertThat(run.node("memo").phase()).isEqualTo(NodePhase.ERROR);
    assertThat(run.node("memo").message()).isEqualTo("invalid cache key: say hello");
  }

  @Test
  void aConfigMapWithoutTheCacheLabelIsRefused() {
    var plain = new MemoView(Map.of("say-cache", cache(Map.of(), Map.of())));
    SharedRun run = run(MEMOIZED, plain);

    run.pass(T0);

    assertThat(run.node("memo").phase()).isEqualTo(NodePhase.ERROR);
    assertThat(run.node("memo").message())
        .isEqualTo(
            "memoization configmap doesn't have workflows.argoproj.io/configmap-type label,"
                + " refusing to use it");
  }

  @Test
  void aMemoizedStepsTemplateIsSkippedWholeOnAHit() {
    String yaml =
        """
        metadata: {name: memo}
        spec:
          entrypoint: main
          templates:
          - name: main
            memoize:
              key: whole
              cache:
                configMap: {name: say-cache}
            steps:
            - - {name: one, template: leaf}
          - name: leaf
            container: {image: alpine}
        """;
    SharedRun run = run(yaml, cacheWith("whole", new MemoEntry("memo-old", null, T0, T0)));

    Decision d = run.pass(T0);

    assertThat(EngineRun.started(d)).isEmpty();
    assertThat(run.status().nodes()).hasSize(1);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }
}
