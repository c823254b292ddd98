package dev.wf.runtime.k8s;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Pod;

import dev.wf.engine.StepState;
import dev.wf.executor.StepResult;

/**
 * Where steps stand, read from memory only: an end this runtime recorded comes first (a kill, a pod
 * that could not be built or vanished), then the StepResult the wait container reported, then the
 * pod as {@link PodOutcome} maps it, then a pod this runtime created that the informer has not
 * shown yet.
 */
final class StepStates {
  static final String POD_DELETED = "pod deleted";

  private final StepCaches caches;
  private final StepRecords records;
  private final Clock clock;
  private final PodTimeouts timeouts;

  StepStates(StepCaches caches, StepRecords records, Clock clock, PodTimeouts timeouts) {
    this.caches = caches;
    this.records = records;
    this.clock = clock;
    this.timeouts = timeouts;
  }

  /** Every step of the workflow known to the caches or the records, by node id. */
  Map<String, StepState> observe(String workflowName) {
    var nodes = new HashSet<>(records.nodes(workflowName));
    caches.pods(workflowName).forEach(p -> nodes.add(StepCaches.nodeOf(p)));
    caches.results(workflowName).forEach(r -> nodes.add(StepCaches.nodeOf(r)));
    var states = new HashMap<String, StepState>();
    for (String node : nodes) {
      outcome(workflowName, node).ifPresent(o -> states.put(node, o.state()));
    }
    return Map.copyOf(states);
  }

  /** Where one step stands; empty for a step nobody knows. */
  Optional<PodOutcome> outcome(String workflow, String node) {
    Instant now = clock.instant();
    Optional<StepResult> recorded = records.ended(workflow, node);
    if (recorded.isPresent()) return Optional.of(ended(recorded.get()));
    Optional<Pod> pod = caches.pod(node);
    Optional<StepResult> result = caches.result(node);
    if (result.isPresent()) {
      return Optional.of(
          ended(pod.map(p -> PodOutcome.overOom(p, result.get())).orElse(result.get())));
    }
    if (pod.isPresent()) return Optional.of(PodOutcome.of(pod.get(), now, timeouts));
    return records.startedAt(workflow, node).map(at -> awaitingPod(at, now));
  }

  /** How a step whose pod was deleted without a result ended: as the pod last said, or errored. */
  StepResult afterDeletion(Pod pod) {
    Instant now = clock.instant();
    PodOutcome last = PodOutcome.of(pod, now, timeouts);
    if (last.done()) return last.state().result();
    return StepResult.error(POD_DELETED, last.state().startedAt(), now);
  }

  /** A created pod the informer has not shown yet: pending, until it is missing too long. */
  private PodOutcome awaitingPod(Instant startedAt, Instant now) {
    Instant deadline = startedAt.plus(timeouts.missing());
    if (now.isBefore(deadline)) {
      return new PodOutcome(StepState.pending(startedAt), deadline, false);
    }
    return ended(StepResult.error(POD_DELETED, startedAt, now));
  }

  private static PodOutcome ended(StepResult result) {
    return new PodOutcome(StepState.ended(result), null, false);
  }
}
