package dev.wf.runtime.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.wf.api.spec.ModelJson;
import dev.wf.executor.StepSpec;
import dev.wf.executor.artifacts.ArtifactSaver;

/**
 * What a starting server makes of the steps an earlier server left without a result: those whose
 * command ended meanwhile get their outputs collected, those whose wrapper still runs are adopted
 * (and watched), and those that are neither are reported as gone. A step whose input artifacts were
 * still being placed never started: its directory is removed, so that it starts anew.
 */
final class StepAdoption {
  static final String GONE = "step process disappeared while the server was down";

  private StepAdoption() {}

  /** Finishes what can be finished now and returns the steps that still run. */
  static List<RunningStep> adopt(
      Path stepsRoot, Instant now, boolean isolated, ArtifactSaver saver) {
    var live = new ArrayList<RunningStep>();
    for (Path workflow : children(stepsRoot)) {
      for (Path node : children(workflow)) {
        StepDir dir = new StepDir(node);
        if (Files.exists(dir.result())) continue;
        adoptOne(workflow.getFileName().toString(), dir, now, isolated, saver).ifPresent(live::add);
      }
    }
    return live;
  }

  private static Optional<RunningStep> adoptOne(
      String workflow, StepDir dir, Instant now, boolean isolated, ArtifactSaver saver) {
    Optional<StepSpec> spec = readSpec(dir);
    Optional<StepAttempt> attempt = StepAttempt.read(dir.attempt());
    if (attempt.isEmpty() && Files.exists(dir.initializing())) {
      TreeRemoval.remove(dir.path());
      return Optional.empty();
    }
    Instant startedAt = attempt.map(StepAttempt::startedAt).orElseGet(() -> modified(dir, now));
    if (spec.isEmpty()) {
      StepFinisher.error(dir, startedAt, now, GONE);
      return Optional.empty();
    }
    String node = dir.path().getFileName().toString();
    StepAttempt known =
        attempt.orElseGet(
            () -> new StepAttempt(0, "", startedAt, StepView.plan(spec.get(), dir, isolated)));
    ProcessHandle process = known.pid() > 0 ? ProcessHandle.of(known.pid()).orElse(null) : null;
    var step = new RunningStep(workflow, node, dir, spec.get(), known, process, true);
    if (StepFinisher.exitCode(dir).isPresent()) {
      StepFinisher.finish(step, modified(dir, now), saver);
    } else if (process != null && known.alive()) {
      return Optional.of(step);
    } else if (Files.exists(dir.killed())) {
      StepFinisher.finish(step, now, saver);
    } else {
      StepFinisher.error(dir, startedAt, now, GONE);
    }
    return Optional.empty();
  }

  private static Optional<StepSpec> readSpec(StepDir dir) {
    try {
      return Optional.of(ModelJson.read(Files.readString(dir.spec()), StepSpec.class));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** When the step last changed: its exit code's time if there is one. */
  private static Instant modified(StepDir dir, Instant otherwise) {
    for (Path p : List.of(dir.exitCode(), dir.path())) {
      try {
        return Files.getLastModifiedTime(p).toInstant();
      } catch (IOException e) {
        // try the next
      }
    }
    return otherwise;
  }

  private static List<Path> children(Path dir) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> paths = Files.list(dir)) {
      return paths
          .filter(Files::isDirectory)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
