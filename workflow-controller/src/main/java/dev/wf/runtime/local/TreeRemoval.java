package dev.wf.runtime.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a directory and everything below it, for step directories that are no longer needed. */
final class TreeRemoval {
  private TreeRemoval() {}

  /** Removes {@code dir}; files that vanish meanwhile or cannot be removed are skipped. */
  static void remove(Path dir) {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(TreeRemoval::removeOne);
    } catch (IOException | java.io.UncheckedIOException e) {
      removeOne(dir);
    }
  }

  private static void removeOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // left behind: a later forget or a person can remove it
    }
  }
}
