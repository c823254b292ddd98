package dev.wf.runtime.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The directories of a {@code PATH} variable, to find executables as a shell would. */
record SearchPath(List<Path> dirs) {
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
    for (Path dir : dirs) {
      Path candidate = dir.resolve(name);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return String.join(":", dirs.stream().map(Path::toString).toList());
  }
}
