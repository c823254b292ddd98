package dev.wf.runtime.k8s;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;

import dev.wf.api.crd.CustomResources;
import dev.wf.executor.StepSpec;
import dev.wf.executor.artifacts.InputArtifactSpec;
import dev.wf.executor.artifacts.OutputArtifactSpec;
import dev.wf.executor.artifacts.RepositorySpec;
import dev.wf.executor.pod.PodLayout;

/**
 * Builds the pod of a step: named after its node, labelled with its workflow, owned by it; {@code
 * init}, {@code main} and {@code wait} containers ({@link StepContainers}) sharing the {@link
 * PodLayout#VOLUME} emptyDir; each secret the step's artifact repositories name mounted read-only
 * into init and wait. The step's {@link dev.wf.executor.PodFields} are laid over that, then its
 * {@code podSpecPatch}es applied ({@link PodOverlay}). The namespace is left unset: the runtime
 * creates the pod in its workflow's namespace.
 */
public final class PodBuilder implements PodFactory {
  /** Kubernetes' annotation for the container {@code kubectl logs} and {@code exec} pick. */
  static final String DEFAULT_CONTAINER = "kubectl.kubernetes.io/default-container";

  private final PodSettings settings;
  private final StepContainers containers;

  public PodBuilder(PodSettings settings) {
    this.settings = settings;
    this.containers = new StepContainers(settings);
  }

  @Override
  public Pod build(StepSpec spec, String workflowUid) {
    List<String> secrets = secretNames(spec);
    var volumes = new ArrayList<Volume>();
    volumes.add(
        new VolumeBuilder().withName(PodLayout.VOLUME).withNewEmptyDir().endEmptyDir().build());
    for (int i = 0; i < secrets.size(); i++)
      volumes.add(
          new VolumeBuilder()
              .withName(secretVolume(i))
              .withNewSecret()
              .withSecretName(secrets.get(i))
              .endSecret()
              .build());
    Pod pod =
        new io.fabric8.kubernetes.api.model.PodBuilder()
            .withNewMetadata()
            .withName(spec.nodeId())
            .addToLabels(PodLabels.WORKFLOW, spec.workflowName())
            .addToAnnotations(PodLabels.NODE_ID, spec.nodeId())
            .addToAnnotations(DEFAULT_CONTAINER, PodLayout.MAIN)
            .withOwnerReferences(
                new OwnerReferenceBuilder()
                    .withApiVersion(CustomResources.API_VERSION)
                    .withKind("Workflow")
                    .withName(spec.workflowName())
                    .withUid(workflowUid)
                    .withController(true)
                    .withBlockOwnerDeletion(true)
                    .build())
            .endMetadata()
            .withNewSpec()
            .withRestartPolicy("Never")
            .withServiceAccountName(settings.serviceAccountName())
            .withInitContainers(containers.executor(PodLayout.INIT, spec, workflowUid, secrets))
            .withContainers(
                containers.executor(PodLayout.WAIT, spec, workflowUid, secrets),
                containers.main(spec))
            .withVolumes(volumes(secrets))
            .endSpec()
            .build();
    return PodOverlay.apply(pod, spec.pod());
  }

  /** The shared emptyDir, then one volume per secret. */
  private static List<Volume> volumes(List<String> secrets) {
    var volumes = new ArrayList<Volume>();
    volumes.add(
        new VolumeBuilder().withName(PodLayout.VOLUME).withNewEmptyDir().endEmptyDir().build());
    for (int i = 0; i < secrets.size(); i++)
      volumes.add(
          new VolumeBuilder()
              .withName(secretVolume(i))
              .withNewSecret()
              .withSecretName(secrets.get(i))
              .endSecret()
              .build());
    return volumes;
  }

  /** The name of the volume of the {@code i}th secret. */
  static String secretVolume(int i) {
    return "wf-secret-" + i;
  }

  /** The secrets the step's artifact repositories name, each once, in order of appearance. */
  private static List<String> secretNames(StepSpec spec) {
    Set<String> names = new LinkedHashSet<>();
    for (InputArtifactSpec in : spec.inputArtifacts())
      if (in.location() != null) addSecrets(in.location().repository(), names);
    for (OutputArtifactSpec out : spec.outputArtifacts()) addSecrets(out.repository(), names);
    if (spec.logArtifact() != null) addSecrets(spec.logArtifact().repository(), names);
    return List.copyOf(names);
  }

  private static void addSecrets(RepositorySpec repository, Set<String> names) {
    if (repository == null || repository.s3() == null) return;
    if (repository.s3().accessKeySecret() != null)
      names.add(repository.s3().accessKeySecret().name());
    if (repository.s3().secretKeySecret() != null)
      names.add(repository.s3().secretKeySecret().name());
  }
}
