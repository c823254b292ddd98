package dev.wf.cli.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.ModelJson;

/**
 * The wrapper process of a local step, as its step directory ({@code
 * $WF_HOME/steps/<workflow>/<node id>/attempt}) records it right after the step starts: its pid and
 * the kernel's start time of that pid, so that a pid reused by another process is never mistaken
 * for (or killed as) the step.
 */
record StepProcess(long pid, String processStart) {
  private static final Path PROC = Path.of("/proc");

  /** The recorded process of a step; empty until it is recorded. */
  static Optional<StepProcess> of(Path wfHome, String workflow, String nodeId) {
    return read(wfHome.resolve("steps").resolve(workflow).resolve(nodeId).resolve("attempt"));
  }

  private static Optional<StepProcess> read(Path attempt) {
    try {
      JsonNode json = ModelJson.mapper().readTree(Files.readString(attempt));
      JsonNode pid = json.get("pid");
      JsonNode start = json.get("processStart");
      if (pid == null || start == null || start.asText().isEmpty()) return Optional.empty();
      return Optional.of(new StepProcess(pid.asLong(), start.asText()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the recorded process still runs (a zombie, which only waits to be reaped, does not).
   */
  boolean running() {
    try {
      String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
      // The command name in parentheses may contain blanks; the fields after it do not.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      boolean ended = fields[0].equals("Z") || fields[0].equals("X");
      return !ended && fields[19].equals(processStart);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Kills the process and all its descendants (SIGKILL), parents before their children, so that no
   * wrapper outlives its command long enough to record an exit code.
   */
  void killTree() {
    if (!running()) return;
    ProcessHandle.of(pid)
        .ifPresent(root -> parentsFirst(root).forEach(ProcessHandle::destroyForcibly));
  }

  private static List<ProcessHandle> parentsFirst(ProcessHandle root) {
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(root);
    for (int i = 0; i < tree.size(); i++) tree.addAll(tree.get(i).children().toList());
    return tree;
  }

  /** Kills every step process recorded under {@code wfHome} that still runs, after a test. */
  static void killAll(Path wfHome) {
    Path steps = wfHome.resolve("steps");
    if (!Files.isDirectory(steps)) return;
    try (Stream<Path> attempts = Files.find(steps, 3, (p, a) -> p.endsWith("attempt"))) {
      attempts.map(StepProcess::read).flatMap(Optional::stream).forEach(StepProcess::killTree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
