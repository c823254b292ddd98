package dev.wf.runtime.local;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import dev.wf.api.spec.ModelJson;
import dev.wf.artifacts.ArtifactException;
import dev.wf.config.ImageEntrypoints;
import dev.wf.executor.StepSpec;
import dev.wf.executor.artifacts.ArtifactLoader;
import dev.wf.executor.artifacts.InputArtifactSpec;

/**
 * Starts one step: records the attempt ({@code spec.json}) before anything runs, prepares the
 * step's directory and view of the file system, places its input artifacts (the executor's init
 * phase, in this JVM), starts its wrapper, and records the wrapper's pid and start time right
 * after. Kept lean: it runs once per step on the hot path.
 */
final class StepStarter {
  private final ImageEntrypoints images;
  private final Isolation isolation;
  private final StepLauncher launcher;
  private final ArtifactLoader inputs;
  private volatile HostRoot hostRoot;

  StepStarter(ImageEntrypoints images, Isolation isolation, ArtifactLoader inputs) {
    this.images = images;
    this.isolation = isolation;
    this.launcher = new StepLauncher(isolation);
    this.inputs = inputs;
  }

  RunningStep start(StepSpec spec, StepDir dir, Instant startedAt)
      throws IOException, StepStartException {
    createDirectory(dir.path());
    createDirectory(dir.work());
    Files.writeString(dir.spec(), ModelJson.write(spec));
    if (spec.resource() != null) {
      throw new StepStartException("resource templates need a Kubernetes cluster: run with --kube");
    }
    StepView view = StepView.plan(spec, dir, isolation.privateMounts());
    Path script = null;
    if (spec.scriptSource() != null && !spec.scriptSource().isEmpty()) {
      // Executable, as Argo's staged script is: `command: [sh, -c]` runs the file by its path.
      script = Files.writeString(dir.script(), spec.scriptSource());
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    List<String> argv = StepCommand.argv(spec, images, script);
    String program = argv.get(0);
    if (isolation.privateMounts()) view.prepare(dir, hostRoot());
    // Inputs first: one of them may be the program itself (`mode: 0755`).
    if (!spec.inputArtifacts().isEmpty()) loadInputs(spec, dir, view);
    StepCommand.checkExecutable(
        program, spec.env(), program.startsWith("/") ? view.hostPath(dir, program) : null);
    Process process = launcher.start(dir, view, argv, spec.env(), spec.captureResult());
    var attempt = StepAttempt.of(process.toHandle(), startedAt, view);
    try {
      attempt.write(dir.attempt());
    } catch (IOException e) {
      process.destroyForcibly();
      throw e;
    }
    return new RunningStep(
        spec.workflowName(), spec.nodeId(), dir, spec, attempt, process.toHandle(), false);
  }

  /**
   * Places the step's input artifacts where it will see them. While this runs, a marker says so: a
   * server that dies meanwhile leaves a step that never started, which the next server starts anew.
   */
  private void loadInputs(StepSpec spec, StepDir dir, StepView view)
      throws IOException, StepStartException {
    Files.writeString(dir.initializing(), "");
    for (InputArtifactSpec input : spec.inputArtifacts()) {
      Path host = view.hostPath(dir, input.path());
      if (view.mode() != StepView.Mode.NONE && !host.startsWith(dir.path()))
        throw new StepStartException(
            "artifact \""
                + input.name()
                + "\" failed to load: "
                + input.path()
                + " lies in a host directory that steps share; place inputs elsewhere (e.g. /tmp)");
    }
    try {
      inputs.load(spec.inputArtifacts(), p -> view.hostPath(dir, p));
    } catch (ArtifactException e) {
      throw new StepStartException(e.getMessage());
    }
    Files.delete(dir.initializing());
  }

  /** Creates a directory whose parent usually exists, without the cost of exceptions then. */
  private static void createDirectory(Path dir) throws IOException {
    try {
      Files.createDirectory(dir);
    } catch (NoSuchFileException e) {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir)) throw e;
    }
  }

  private HostRoot hostRoot() {
    HostRoot root = hostRoot;
    if (root == null) {
      root = HostRoot.read();
      hostRoot = root;
    }
    return root;
  }
}
