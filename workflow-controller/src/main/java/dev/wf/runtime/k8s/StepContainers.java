package dev.wf.runtime.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;

import dev.wf.api.spec.ModelJson;
import dev.wf.executor.StepSpec;
import dev.wf.executor.pod.PodLayout;

/**
 * The three containers of a step pod before its pod fields are laid over them: {@code init} and
 * {@code wait} run the executor with the step in their environment; {@code main} runs the user's
 * image with its argv wrapped by the shim, each input artifact mounted from the shared volume.
 */
final class StepContainers {
  private final PodSettings settings;

  StepContainers(PodSettings settings) {
    this.settings = settings;
  }

  /** The init or wait container ({@code phase} is its name and the executor's argument). */
  Container executor(String phase, StepSpec spec, String workflowUid, List<String> secrets) {
    var mounts = new ArrayList<VolumeMount>();
    mounts.add(shared());
    for (int i = 0; i < secrets.size(); i++)
      mounts.add(
          new VolumeMountBuilder()
              .withName(PodBuilder.secretVolume(i))
              .withMountPath(PodLayout.SECRETS_DIR + "/" + secrets.get(i))
              .withReadOnly(true)
              .build());
    return new ContainerBuilder()
        .withName(phase)
        .withImage(settings.executorImage())
        .withImagePullPolicy(settings.executorImagePullPolicy())
        .withArgs(phase)
        .withEnv(
            env(PodLayout.ENV_SPEC, ModelJson.write(spec)),
            fieldRef(PodLayout.ENV_POD_NAME, "metadata.name"),
            fieldRef(PodLayout.ENV_NAMESPACE, "metadata.namespace"),
            env(PodLayout.ENV_WORKFLOW_UID, workflowUid))
        .withVolumeMounts(mounts)
        .build();
  }

  /**
   * The main container.
   *
   * @throws PodBuildException when it sets no command and its image is not in the entrypoint map
   */
  Container main(StepSpec spec) {
    var argv = new ArrayList<String>();
    argv.add(PodLayout.DEFAULT_DIR + "/" + PodLayout.SHIM);
    if (spec.command().isEmpty()) {
      argv.addAll(
          settings
              .images()
              .argv(spec.image(), spec.args())
              .orElseThrow(
                  () ->
                      new PodBuildException(
                          "image \""
                              + spec.image()
                              + "\" has no command and no entry in images: of the controller's"
                              + " config; set container.command or add the image there")));
    } else {
      argv.addAll(spec.command());
      argv.addAll(spec.args());
    }
    if (spec.scriptSource() != null && !spec.scriptSource().isEmpty())
      argv.add(PodLayout.DEFAULT_DIR + "/" + PodLayout.SCRIPT);
    var env = new ArrayList<EnvVar>();
    new TreeMap<>(spec.env()).forEach((name, value) -> env.add(env(name, value)));
    var mounts = new ArrayList<VolumeMount>();
    mounts.add(shared());
    for (int i = 0; i < spec.inputArtifacts().size(); i++)
      mounts.add(
          new VolumeMountBuilder()
              .withName(PodLayout.VOLUME)
              .withMountPath(spec.inputArtifacts().get(i).path())
              .withSubPath(PodLayout.INPUTS + "/" + i)
              .build());
    return new ContainerBuilder()
        .withName(PodLayout.MAIN)
        .withImage(spec.image())
        .withCommand(argv)
        .withEnv(env)
        .withWorkingDir(spec.workingDir())
        .withVolumeMounts(mounts)
        .build();
  }

  private static VolumeMount shared() {
    return new VolumeMountBuilder()
        .withName(PodLayout.VOLUME)
        .withMountPath(PodLayout.DEFAULT_DIR)
        .build();
  }

  private static EnvVar env(String name, String value) {
    return new EnvVarBuilder().withName(name).withValue(value).build();
  }

  private static EnvVar fieldRef(String name, String path) {
    return new EnvVarBuilder()
        .withName(name)
        .withNewValueFrom()
        .withNewFieldRef()
        .withFieldPath(path)
        .endFieldRef()
        .endValueFrom()
        .build();
  }
}
