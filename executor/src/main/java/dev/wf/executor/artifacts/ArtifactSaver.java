package dev.wf.executor.artifacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactRepository;
import dev.wf.artifacts.StoredArtifact;
import dev.wf.artifacts.StreamSource;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.StepSpec;

/**
 * The artifact half of a step's wait phase: after the command has ended (failed or not, as Argo
 * saves what a failed step left), packs each output artifact as its spec says and uploads it,
 * streaming, then archives the step's log. The locations go into the {@link StepResult}. An output
 * that is missing is skipped when optional or when the command failed; otherwise, like an upload
 * that fails, it turns the step into an ERROR whose message says why. Uploads are idempotent by
 * key, so the phase can simply run again after a crash.
 */
public final class ArtifactSaver {
  private final ArtifactStores stores;

  public ArtifactSaver(ArtifactStores stores) {
    this.stores = stores;
  }

  /**
   * The result with the step's artifacts saved.
   *
   * @param hostPath where a path, as the step saw it, lies on this machine
   * @param log the file holding the step's log, archived when the spec has a log artifact
   */
  public StepResult save(
      StepSpec spec, StepResult result, Function<String, Path> hostPath, Path log) {
    if (spec.outputArtifacts().isEmpty() && spec.logArtifact() == null) return result;
    boolean commandSucceeded = Integer.valueOf(0).equals(result.exitCode());
    var saved = new ArrayList<ArtifactResult>();
    var problems = new ArrayList<String>();
    for (OutputArtifactSpec output : spec.outputArtifacts()) {
      Path source = hostPath.apply(output.path());
      ArtifactLocation location = null;
      if (!Files.exists(source)) {
        if (commandSucceeded && !output.optional())
          problems.add(failed(output, output.path() + ": no such file or directory"));
      } else {
        try {
          location = saveOne(output, source);
        } catch (ArtifactException e) {
          problems.add(failed(output, e.getMessage()));
        }
      }
      saved.add(new ArtifactResult(output.name(), location));
    }
    ArtifactLocation logLocation = null;
    if (spec.logArtifact() != null && Files.isRegularFile(log)) {
      try {
        logLocation = upload(spec.logArtifact(), ArchiveFormat.NONE, StreamSource.of(log));
      } catch (ArtifactException e) {
        problems.add("failed to save logs: " + e.getMessage());
      }
    }
    return withProblems(result, problems).withArtifacts(saved, logLocation);
  }

  private static String failed(OutputArtifactSpec output, String why) {
    return "failed to save outputs: artifact \"" + output.name() + "\": " + why;
  }

  private ArtifactLocation saveOne(OutputArtifactSpec output, Path source)
      throws ArtifactException {
    ArchiveFormat format = ArchiveFormat.of(output.archive());
    if (format == ArchiveFormat.DIR)
      throw new ArtifactException(
          ArtifactException.Kind.FAILED, "archive \"dir\" is not a packing (use none)");
    if (format == ArchiveFormat.NONE && Files.isDirectory(source))
      return saveDirectory(output, source);
    if (format == ArchiveFormat.NONE) return upload(output, format, StreamSource.of(source));
    var packed = new PackedSource(format.strategy(output.archive()), source);
    try {
      return upload(output, format, packed);
    } catch (ArtifactException e) {
      String packing = packed.failure();
      if (packing == null) throw e;
      throw new ArtifactException(
          ArtifactException.Kind.FAILED, "cannot pack " + output.path() + ": " + packing, e);
    }
  }

  private ArtifactLocation upload(
      OutputArtifactSpec output, ArchiveFormat format, StreamSource bytes)
      throws ArtifactException {
    ArtifactRepository repository = stores.open(output.repository());
    StoredArtifact stored = repository.put(output.key(), bytes);
    return new ArtifactLocation(
        output.repository(), output.key(), format.label(), stored.size(), stored.sha256());
  }

  private ArtifactLocation saveDirectory(OutputArtifactSpec output, Path source)
      throws ArtifactException {
    ArtifactRepository repository = stores.open(output.repository());
    try {
      long size = DirectoryObjects.upload(repository, source, output.key());
      return new ArtifactLocation(
          output.repository(), output.key(), ArchiveFormat.DIR.label(), size, null);
    } catch (IOException e) {
      throw new ArtifactException(
          ArtifactException.Kind.FAILED, "cannot read " + output.path() + ": " + e.getMessage(), e);
    }
  }

  /** The result turned into an ERROR with {@code problems} added to its message, if any. */
  private static StepResult withProblems(StepResult result, List<String> problems) {
    if (problems.isEmpty()) return result;
    var message = new ArrayList<String>();
    if (result.message() != null) message.add(result.message());
    message.addAll(problems);
    Phase phase = result.phase() == Phase.SUCCEEDED ? Phase.ERROR : result.phase();
    return new StepResult(
        phase,
        result.exitCode(),
        result.result(),
        result.outputParameters(),
        String.join("; ", message),
        result.startedAt(),
        result.finishedAt());
  }
}
