package dev.wf.runtime.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.client.KubernetesClient;

import dev.wf.executor.pod.PodLayout;

/**
 * One pod as the {@link TestKubelet} runs it on this machine: its directory stands in for the
 * shared emptyDir ({@code dir/var}) and the secret volumes ({@code dir/secrets/NAME/KEY}); it gives
 * each container its environment, mounts input artifacts by symbolic links and starts the main
 * container's command as a local process.
 */
final class PodRun {
  /** The main container's output, in the pod's directory. */
  static final String MAIN_LOG = "main-container.log";

  private final Pod pod;
  private final Path dir;

  private PodRun(Pod pod, Path dir) {
    this.pod = pod;
    this.dir = dir;
  }

  /** Creates the pod's directory and writes the secrets its volumes name, read from the API. */
  static PodRun prepare(KubernetesClient client, Pod pod, Path dir) throws IOException {
    var run = new PodRun(pod, dir);
    Files.createDirectories(run.shared());
    for (Volume v : pod.getSpec().getVolumes()) {
      if (v.getSecret() == null) continue;
      String name = v.getSecret().getSecretName();
      Secret secret =
          client.secrets().inNamespace(pod.getMetadata().getNamespace()).withName(name).get();
      Path target = Files.createDirectories(run.secrets().resolve(name));
      if (secret == null) continue;
      if (secret.getData() != null)
        for (var e : secret.getData().entrySet())
          Files.write(target.resolve(e.getKey()), Base64.getDecoder().decode(e.getValue()));
      if (secret.getStringData() != null)
        for (var e : secret.getStringData().entrySet())
          Files.writeString(target.resolve(e.getKey()), e.getValue());
    }
    return run;
  }

  /** The environment of container {@code name}, with the pod's directories in place. */
  Map<String, String> env(String name) {
    var env = new HashMap<String, String>();
    for (EnvVar e : container(name).getEnv()) {
      if (e.getValue() != null) env.put(e.getName(), e.getValue());
      else if (e.getValueFrom() != null && e.getValueFrom().getFieldRef() != null)
        env.put(e.getName(), field(e.getValueFrom().getFieldRef().getFieldPath()));
    }
    env.put(PodLayout.ENV_DIR, shared().toString());
    env.put(PodLayout.ENV_SECRETS_DIR, secrets().toString());
    return env;
  }

  /** Links each input artifact's mount path (a subPath of the shared volume) to its file here. */
  void linkInputs() throws IOException {
    for (VolumeMount m : container(PodLayout.MAIN).getVolumeMounts()) {
      if (m.getSubPath() == null || !PodLayout.VOLUME.equals(m.getName())) continue;
      Path link = Path.of(m.getMountPath());
      Files.createDirectories(link.getParent());
      Files.deleteIfExists(link);
      Path source = shared().resolve(m.getSubPath());
      if (Files.notExists(source)) Files.createDirectories(source);
      Files.createSymbolicLink(link, source);
    }
  }

  /** Starts the main container's command (the shim and the user's argv) as a local process. */
  Process startMain() throws IOException {
    Container main = container(PodLayout.MAIN);
    var argv = new ArrayList<String>();
    for (String arg : concat(main.getCommand(), main.getArgs()))
      argv.add(
          arg.startsWith(PodLayout.DEFAULT_DIR + "/")
              ? shared() + arg.substring(PodLayout.DEFAULT_DIR.length())
              : arg);
    var builder = new ProcessBuilder(argv);
    builder.environment().putAll(env(PodLayout.MAIN));
    Path work = main.getWorkingDir() == null ? null : Path.of(main.getWorkingDir());
    if (work == null || !Files.isDirectory(work))
      work = Files.createDirectories(dir.resolve("work"));
    builder.directory(work.toFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(dir.resolve(MAIN_LOG).toFile());
    builder.redirectInput(new File("/dev/null"));
    return builder.start();
  }

  private Path shared() {
    return dir.resolve("var");
  }

  private Path secrets() {
    return dir.resolve("secrets");
  }

  private Container container(String name) {
    return concat(pod.getSpec().getInitContainers(), pod.getSpec().getContainers()).stream()
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("pod has no container " + name));
  }

  private String field(String path) {
    return switch (path) {
      case "metadata.name" -> pod.getMetadata().getName();
      case "metadata.namespace" -> pod.getMetadata().getNamespace();
      case "metadata.uid" -> pod.getMetadata().getUid();
      default -> "";
    };
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    var all = new ArrayList<T>(a == null ? List.of() : a);
    if (b != null) all.addAll(b);
    return all;
  }
}
