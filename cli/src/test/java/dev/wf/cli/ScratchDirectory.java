package dev.wf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory for one test under the module's {@code target/} (or {@code /var/tmp/wf-tests} when
 * the checkout lies under {@code /tmp}), removed afterwards. Never under {@code /tmp}: local steps
 * get a private {@code /tmp}, so files a test shares with steps must live elsewhere.
 */
public record ScratchDirectory(Path path) implements AutoCloseable {
  public static ScratchDirectory create(String prefix) throws IOException {
    Path target = Path.of("target").toAbsolutePath();
    Path base = target.startsWith("/tmp") ? Path.of("/var/tmp", "wf-tests") : target;
    return new ScratchDirectory(
        Files.createTempDirectory(Files.createDirectories(base), prefix + "-"));
  }

  public Path resolve(String name) {
    return path.resolve(name);
  }

  /** Removes the directory and everything in it. */
  @Override
  public void close() {
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.delete(p);
        } catch (NoSuchFileException gone) {
          // removed meanwhile (a step's own cleanup): nothing left to do
        }
      }
    } catch (NoSuchFileException gone) {
      // already removed
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
