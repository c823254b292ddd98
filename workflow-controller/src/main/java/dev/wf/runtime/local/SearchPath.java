package dev.wf.runtime.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The directories of a {@code PATH} variable, to find executables as a shell would. */
record SearchPath(List<Path> dirs) {
  /** Programs found before: every step looks up its program, and most run the same few. */
  private static final Map<Lookup, Path> FOUND = new ConcurrentHashMap<>();

  private static final int MAX_REMEMBERED = 1024;

  SearchPath {
    dirs = List.copyOf(dirs);
  }

  /** The host's {@code PATH}, with {@code env}'s {@code PATH} taking precedence. */
  static SearchPath of(Map<String, String> env) {
    String value = env.getOrDefault("PATH", System.getenv("PATH"));
    var dirs = new ArrayList<Path>();
    for (String dir : (value == null ? "" : value).split(":")) {
      if (!dir.isEmpty()) dirs.add(Path.of(dir));
    }
    return new SearchPath(dirs);
  }

  static SearchPath host() {
    return of(Map.of());
  }

  /** The first executable file called {@code name} in these directories. */
  Optional<Path> find(String name) {
    Path known = FOUND.get(new Lookup(dirs, name));
    if (known != null) return Optional.of(known);
    for (Path dir : dirs) {
      Path candidate = dir.resolve(name);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        if (FOUND.size() < MAX_REMEMBERED) FOUND.put(new Lookup(dirs, name), candidate);
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private record Lookup(List<Path> dirs, String name) {}

  @Override
  public String toString() {
    return String.join(":", dirs.stream().map(Path::toString).toList());
  }
}
