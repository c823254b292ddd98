package dev.wf.runtime.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import dev.wf.api.spec.ModelJson;

/**
 * One run of a step: the wrapper's pid and the process's start time (so that a pid reused by
 * another process is not mistaken for the step), when the step started and how it sees the file
 * system. Recorded right after the process starts, it lets a restarted server tell a live step from
 * one that is gone, and find the step's outputs.
 *
 * @param processStart the kernel's start time of the process (clock ticks after boot from {@code
 *     /proc/<pid>/stat}, or epoch milliseconds where there is no {@code /proc}); empty when the
 *     process had already ended when it was recorded
 */
record StepAttempt(long pid, String processStart, Instant startedAt, StepView view) {
  private static final Path PROC = Path.of("/proc");

  StepAttempt {
    processStart = processStart == null ? "" : processStart;
  }

  /** The attempt of a process that has just been started. */
  static StepAttempt of(ProcessHandle process, Instant startedAt, StepView view) {
    return new StepAttempt(process.pid(), processStart(process.pid()).orElse(""), startedAt, view);
  }

  void write(Path file) throws IOException {
    Files.writeString(file, ModelJson.write(this), StandardCharsets.UTF_8);
  }

  /** The recorded attempt, or empty when none was recorded (or only partly). */
  static Optional<StepAttempt> read(Path file) {
    try {
      return Optional.of(ModelJson.read(Files.readString(file), StepAttempt.class));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** Whether the recorded process still runs: same pid, same start time, not a zombie. */
  boolean alive() {
    return !processStart.isEmpty() && processStart(pid).map(processStart::equals).orElse(false);
  }

  /** The start time of a running process; empty when there is none (or only its zombie). */
  static Optional<String> processStart(long pid) {
    if (!Files.isDirectory(PROC)) {
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .flatMap(h -> h.info().startInstant())
          .map(i -> Long.toString(i.toEpochMilli()));
    }
    try {
      String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
      // The command name in parentheses may contain blanks; the fields after it do not.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      boolean ended = fields[0].equals("Z") || fields[0].equals("X");
      return ended ? Optional.empty() : Optional.of(fields[19]);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
