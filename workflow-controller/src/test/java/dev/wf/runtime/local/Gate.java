package dev.wf.runtime.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds a step at a point until the test opens the gate: the step blocks reading a named pipe, so
 * nothing polls or sleeps. Lives outside /tmp, where isolated steps and the test both see it.
 */
final class Gate {
  private final Path dir;

  private Gate(Path dir) {
    this.dir = dir;
  }

  static Gate create() {
    try {
      Path dir = StepVisible.newDirectory("gate");
      return new Gate(dir.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Shell text that marks {@code name} as reached, then waits until {@link #open} is called. */
  String waitFor(String name) {
    Path fifo = dir.resolve(name + ".fifo");
    try {
      int code = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
      if (code != 0) throw new IllegalStateException("mkfifo failed: " + code);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return ": >'" + reachedFile(name) + "' && read -r go <'" + fifo + "'";
  }

  boolean reached(String name) {
    return Files.exists(reachedFile(name));
  }

  /** Lets the step waiting at {@code name} go on. */
  void open(String name) {
    try {
      Files.writeString(dir.resolve(name + ".fifo"), "go\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path reachedFile(String name) {
    return dir.resolve(name + ".reached");
  }
}
