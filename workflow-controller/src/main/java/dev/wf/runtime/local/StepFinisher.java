package dev.wf.runtime.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.wf.api.spec.ModelJson;
import dev.wf.executor.OutputCollector;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.artifacts.ArtifactSaver;

/**
 * Turns an ended step's files into its {@code result.json}: FAILED with the kill message when it
 * was killed, ERROR when the wrapper died without an exit code, else whatever the executor's {@link
 * OutputCollector} makes of the exit code and outputs. Then the executor's {@link ArtifactSaver}
 * uploads its output artifacts and log (the wait phase, in this JVM). The result is written only
 * after that, so a server that dies meanwhile finishes the step again when it restarts.
 */
final class StepFinisher {
  /** The exit code reported for a step killed before its wrapper could record one (SIGKILL). */
  static final int KILLED_EXIT_CODE = 137;

  private StepFinisher() {}

  /** Finishes a step whose process has ended; empty when its directory is gone (forgotten). */
  static Optional<StepResult> finish(RunningStep step, Instant finishedAt, ArtifactSaver saver) {
    StepDir dir = step.dir();
    if (!Files.isDirectory(dir.path())) return Optional.empty();
    Optional<StepResult> existing = readResult(dir);
    if (existing.isPresent()) return existing;
    Instant startedAt = step.attempt().startedAt();
    Optional<Integer> exitCode = exitCode(dir);
    Optional<String> killed =
        Files.exists(dir.killed()) ? read(dir.killed()) : Optional.<String>empty();
    StepResult result;
    Function<String, Path> hostPaths = p -> step.attempt().view().hostPath(dir, p);
    if (killed.isPresent()) {
      int code = exitCode.orElse(KILLED_EXIT_CODE);
      result =
          new StepResult(Phase.FAILED, code, null, Map.of(), killed.get(), startedAt, finishedAt);
    } else if (exitCode.isEmpty()) {
      String message = "step process ended without recording an exit code" + lastLogLine(dir);
      result = StepResult.error(message, startedAt, finishedAt);
    } else {
      var collector = new OutputCollector(hostPaths);
      result = collector.collect(step.spec(), exitCode.get(), dir.stdout(), startedAt, finishedAt);
    }
    return write(dir, saver.save(step.spec(), result, hostPaths, dir.mainLog()));
  }

  /** Ends a step that did not run (or vanished) with ERROR and {@code message}. */
  static Optional<StepResult> error(
      StepDir dir, Instant startedAt, Instant finishedAt, String message) {
    return write(dir, StepResult.error(message, startedAt, finishedAt));
  }

  /** The exit code the wrapper recorded; empty until its one write is complete. */
  static Optional<Integer> exitCode(StepDir dir) {
    return read(dir.exitCode())
        .filter(s -> s.endsWith("\n"))
        .map(String::strip)
        .filter(s -> s.matches("\\d{1,3}"))
        .map(Integer::valueOf);
  }

  static Optional<StepResult> readResult(StepDir dir) {
    if (!Files.exists(dir.result())) return Optional.empty();
    return read(dir.result()).map(json -> ModelJson.read(json, StepResult.class));
  }

  private static Optional<StepResult> write(StepDir dir, StepResult result) {
    try {
      StepDir.writeAtomically(dir.result(), ModelJson.write(result));
      return Optional.of(result);
    } catch (IOException e) {
      if (!Files.isDirectory(dir.path())) return Optional.empty();
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** The last line of main.log, where the wrapper's own errors (e.g. from mount) end up. */
  private static String lastLogLine(StepDir dir) {
    try (var file = new RandomAccessFile(dir.mainLog().toFile(), "r")) {
      long from = Math.max(0, file.length() - 1024);
      byte[] tail = new byte[(int) (file.length() - from)];
      file.seek(from);
      file.readFully(tail);
      String[] lines = new String(tail, StandardCharsets.UTF_8).strip().split("\n");
      String last = lines[lines.length - 1].strip();
      return last.isEmpty() ? "" : ": " + last;
    } catch (IOException e) {
      return "";
    }
  }
}
