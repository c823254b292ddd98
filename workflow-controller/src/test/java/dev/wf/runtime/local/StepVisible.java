package dev.wf.runtime.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a test keeps files that its steps must see too. Steps get a private {@code /tmp}, so this
 * is the module's {@code target/}, or {@code /var/tmp/wf-tests} when the checkout itself lies under
 * {@code /tmp} (as a CI clone may).
 */
public final class StepVisible {
  private StepVisible() {}

  /** A new directory, visible to the host and to every step. */
  public static Path newDirectory(String prefix) throws IOException {
    Path target = Path.of("target").toAbsolutePath();
    Path base = target.startsWith("/tmp") ? Path.of("/var/tmp", "wf-tests") : target;
    return Files.createTempDirectory(Files.createDirectories(base), prefix + "-");
  }
}
