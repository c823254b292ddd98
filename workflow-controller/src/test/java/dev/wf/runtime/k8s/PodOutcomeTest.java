package dev.wf.runtime.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;

import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;

class PodOutcomeTest {
  static final String CREATED = "2030-01-01T00:00:00Z";
  static final Instant FINISHED = Instant.parse(Kubelet.FINISHED);

  static Pod pod(PodStatus status) {
    return new PodBuilder()
        .withNewMetadata()
        .withName("wf-a")
        .withNamespace("ns")
        .withCreationTimestamp(CREATED)
        .endMetadata()
        .withStatus(status)
        .build();
  }

  static PodOutcome outcome(PodStatus status, Instant now) {
    return PodOutcome.of(pod(status), now, KubernetesRuntimeTest.TIMEOUTS);
  }

  static StepResult ended(PodStatus status) {
    PodOutcome outcome = outcome(status, FINISHED);
    assertThat(outcome.done()).isTrue();
    return outcome.state().result();
  }

  @Test
  void runsAPendingPodSinceItsCreation() {
    PodOutcome outcome = outcome(new PodStatus(), FINISHED);

    assertThat(outcome.done()).isFalse();
    assertThat(outcome.state().startedAt()).isEqualTo(Instant.parse(CREATED));
  }

  @Test
  void leavesTheStepPendingWhileThePodIsPending() {
    PodOutcome outcome =
        outcome(
            Kubelet.phase("Pending")
                .addToInitContainerStatuses(Kubelet.runningContainer("init"))
                .build(),
            FINISHED);

    assertThat(outcome.state().pending()).isTrue();
  }

  @Test
  void leavesTheStepPendingBeforeThePodHasAPhase() {
    assertThat(outcome(new PodStatus(), FINISHED).state().pending()).isTrue();
  }

  @Test
  void keepsAPendingPodWhoseImagePullIsRetriedPending() {
    PodOutcome outcome =
        outcome(
            Kubelet.phase("Pending")
                .addToContainerStatuses(Kubelet.waiting("main", "ImagePullBackOff", "back-off"))
                .build(),
            Instant.parse(CREATED));

    assertThat(outcome.state().pending()).isTrue();
    assertThat(outcome.recheckAt()).isNotNull();
  }

  @Test
  void runsTheStepOnceThePodRuns() {
    PodOutcome outcome =
        outcome(
            Kubelet.phase("Running")
                .addToContainerStatuses(Kubelet.runningContainer("main"))
                .build(),
            FINISHED);

    assertThat(outcome.done()).isFalse();
    assertThat(outcome.state().pending()).isFalse();
  }

  @Test
  void failsWhenMainExitsNonZeroAndNoWaitContainerReports() {
    StepResult result =
        ended(
            Kubelet.phase("Failed")
                .addToContainerStatuses(Kubelet.ended("main", 2, "Error"))
                .build());

    assertThat(result.phase()).isEqualTo(Phase.FAILED);
    assertThat(result.message()).isEqualTo("Error (exit code 2)");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.finishedAt()).isEqualTo(FINISHED);
  }

  @Test
  void errorsWhenTheInitContainerFailedFirst() {
    StepResult result =
        ended(
            Kubelet.phase("Failed")
                .addToInitContainerStatuses(Kubelet.ended("init", 1, "Error"))
                .addToContainerStatuses(Kubelet.ended("main", 2, "Error"))
                .build());

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message()).isEqualTo("init: Error (exit code 1)");
  }

  @Test
  void errorsWhenAContainerNeverStarted() {
    StepResult result =
        ended(
            Kubelet.phase("Failed")
                .addToContainerStatuses(Kubelet.waiting("main", "ContainerCreating", null))
                .build());

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message())
        .isEqualTo("Pod failed before main container starts due to ContainerCreating");
  }

  @Test
  void ignoresASidecarKilledBySignal() {
    StepResult result =
        ended(
            Kubelet.phase("Failed")
                .addToContainerStatuses(Kubelet.ended("proxy", 137, "Error"))
                .addToContainerStatuses(Kubelet.ended("main", 0, "Completed"))
                .build());

    assertThat(result.message())
        .isEqualTo("pod failed: wait container did not complete successfully");
  }

  @Test
  void failsWithTheSidecarsExitWhenItFailedOnItsOwn() {
    StepResult result =
        ended(
            Kubelet.phase("Failed")
                .addToContainerStatuses(Kubelet.ended("proxy", 3, "Error"))
                .addToContainerStatuses(Kubelet.ended("main", 0, "Completed"))
                .build());

    assertThat(result.phase()).isEqualTo(Phase.FAILED);
    assertThat(result.message()).isEqualTo("proxy: Error (exit code 3)");
  }

  @Test
  void waitsForTheResultWhenMainFailedButWaitReported() {
    PodOutcome outcome =
        outcome(
            Kubelet.phase("Failed")
                .addToContainerStatuses(Kubelet.ended("main", 1, "Error"))
                .addToContainerStatuses(Kubelet.ended("wait", 0, "Completed"))
                .build(),
            FINISHED);

    assertThat(outcome.done()).isFalse();
    assertThat(outcome.recheckAt()).isEqualTo(FINISHED.plusSeconds(30));
  }

  @Test
  void errorsWhenTheResultIsLate() {
    var status =
        Kubelet.phase("Succeeded")
            .addToContainerStatuses(Kubelet.ended("main", 0, "Completed"))
            .addToContainerStatuses(Kubelet.ended("wait", 0, "Completed"))
            .build();

    PodOutcome outcome = outcome(status, FINISHED.plus(Duration.ofSeconds(31)));

    assertThat(outcome.state().result().phase()).isEqualTo(Phase.ERROR);
    assertThat(outcome.state().result().message()).isEqualTo(PodOutcome.NO_RESULT);
  }

  @Test
  void errorsOnAnUnknownPodPhase() {
    StepResult result = ended(Kubelet.phase("Unknown").build());

    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message()).isEqualTo("Unexpected pod phase for wf-a: Unknown");
  }

  @Test
  void asksToStopAPodWhoseImageCannotBePulled() {
    PodOutcome outcome =
        outcome(
            Kubelet.phase("Pending")
                .addToContainerStatuses(Kubelet.waiting("main", "ErrImagePull", "not found"))
                .build(),
            Instant.parse(CREATED).plus(Duration.ofMinutes(2)));

    assertThat(outcome.stopPod()).isTrue();
    assertThat(outcome.state().result().message()).isEqualTo("ErrImagePull: not found");
  }
}
