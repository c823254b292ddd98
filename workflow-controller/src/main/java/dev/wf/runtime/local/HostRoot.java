package dev.wf.runtime.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The entries of the host's {@code /}: a step that gets its own root sees these, mounted or linked,
 * beside its private directories. Read once; top-level directories rarely change.
 */
record HostRoot(List<Entry> entries) {
  HostRoot {
    entries = List.copyOf(entries);
  }

  static HostRoot read() {
    var entries = new ArrayList<Entry>();
    try (Stream<Path> paths = Files.list(Path.of("/"))) {
      for (Path p : paths.sorted().toList()) {
        String name = p.getFileName().toString();
        if (Files.isSymbolicLink(p)) {
          entries.add(new Entry(name, Files.readSymbolicLink(p)));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          entries.add(new Entry(name, null));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HostRoot(entries);
  }

  /** A top-level directory, or a symbolic link when {@code linkTarget} is set. */
  record Entry(String name, Path linkTarget) {}
}
