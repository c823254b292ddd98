package dev.wf.executor.pod;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.wf.artifacts.ArtifactException;
import dev.wf.executor.StepSpec;
import dev.wf.executor.StepSpec.OutputParameterSpec;
import dev.wf.executor.artifacts.ArtifactLoader;
import dev.wf.executor.artifacts.InputArtifactSpec;
import dev.wf.executor.artifacts.OutputArtifactSpec;

/**
 * The {@code init} container of a step pod: prepares the shared directory for the main container.
 * It writes the shim ({@link PodLayout#SHIM}), the script source of a script template, the list of
 * output paths the shim copies back, and places input artifact {@code i} at {@code inputs/i}, which
 * the pod mounts at the artifact's path in the main container.
 */
final class InitPhase {
  private static final String SHIM_RESOURCE = "wf-shim";

  private final ArtifactLoader loader;

  InitPhase(ArtifactLoader loader) {
    this.loader = loader;
  }

  /** Prepares {@code context}'s directory; an artifact that cannot be placed fails the step. */
  void run(PodContext context) throws IOException, ArtifactException {
    StepSpec spec = context.spec();
    Files.createDirectories(context.file(PodLayout.SHIM).getParent());
    // The main container may run as another user: it must be able to write its results here.
    shared(context.file(PodLayout.EXIT_CODE).getParent());
    shared(context.file(PodLayout.OUTPUTS));
    Files.createDirectories(context.file(PodLayout.INPUTS));
    writeShim(context.file(PodLayout.SHIM));
    if (spec.scriptSource() != null && !spec.scriptSource().isEmpty()) {
      Path script = Files.writeString(context.file(PodLayout.SCRIPT), spec.scriptSource());
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Files.write(context.file(PodLayout.OUTPUT_PATHS), outputPaths(spec));
    Map<String, Path> inputs = new HashMap<>();
    List<InputArtifactSpec> artifacts = spec.inputArtifacts();
    for (int i = 0; i < artifacts.size(); i++)
      inputs.put(
          artifacts.get(i).path(), context.file(PodLayout.INPUTS).resolve(String.valueOf(i)));
    loader.load(artifacts, inputs::get);
  }

  /** The paths the shim copies to the shared directory: outputs' parameter and artifact files. */
  static List<String> outputPaths(StepSpec spec) {
    var paths = new LinkedHashSet<String>();
    for (OutputParameterSpec p : spec.outputParameters()) paths.add(p.path());
    for (OutputArtifactSpec a : spec.outputArtifacts()) paths.add(a.path());
    return List.copyOf(paths);
  }

  private static void writeShim(Path target) throws IOException {
    try (InputStream in = InitPhase.class.getResourceAsStream(SHIM_RESOURCE)) {
      if (in == null) throw new IOException("the shim is missing from the executor");
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static void shared(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
  }
}
