package dev.wf.runtime.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.wf.executor.StepSpec;

/**
 * How one step sees the file system. An isolated step has its own {@code /tmp} (the step
 * directory's {@code tmp/}); when it declares paths outside {@code /tmp}, it also gets its own root
 * in which the directory holding each such path is private: a top-level directory the host lacks
 * (like {@code /workspace}) is created there, an existing one (like {@code /mnt}) is hidden behind
 * an empty private copy. System directories ({@code /usr}, {@code /etc}, ...) are never hidden.
 *
 * @param mode none (host files), tmp (private /tmp) or root (private /tmp and own root)
 * @param privatePoints absolute directories, outside /tmp, that are private to the step
 * @param workingDir the command's working directory as the step sees it
 */
record StepView(Mode mode, List<String> privatePoints, String workingDir) {
  private static final Path TMP = Path.of("/tmp");
  private static final Set<String> SYSTEM =
      Set.of(
          "bin", "boot", "dev", "etc", "lib", "lib32", "lib64", "libx32", "proc", "run", "sbin",
          "sys", "usr", "var");

  StepView {
    privatePoints = privatePoints == null ? List.of() : List.copyOf(privatePoints);
  }

  /** The ways a step can see the file system; the wrapper gets the lower-case name. */
  enum Mode {
    NONE,
    TMP,
    ROOT
  }

  static StepView plan(StepSpec spec, StepDir dir, boolean isolated) {
    Path wd = spec.workingDir() == null ? null : absolute(spec.workingDir());
    if (!isolated) {
      boolean usable = wd != null && Files.isDirectory(wd);
      return new StepView(Mode.NONE, List.of(), (usable ? wd : dir.work()).toString());
    }
    var points = new TreeSet<Path>();
    boolean inOwnRoot = false;
    for (String p : spec.privatePaths()) {
      Path path = absolute(p);
      // A top-level path the host lacks (`/output`) is simply written into the step's own root.
      if (isRootEntry(path)) {
        inOwnRoot = true;
      } else {
        privatePoint(path).ifPresent(points::add);
      }
    }
    if (wd != null && !wd.startsWith(TMP) && !Files.isDirectory(wd)) {
      privatePoint(wd).ifPresent(points::add);
    }
    var outermost = new ArrayList<String>();
    for (Path p : points) {
      if (outermost.stream().noneMatch(o -> p.startsWith(o))) outermost.add(p.toString());
    }
    Mode mode = outermost.isEmpty() && !inOwnRoot ? Mode.TMP : Mode.ROOT;
    boolean usable =
        wd != null
            && (wd.startsWith(TMP)
                || outermost.stream().anyMatch(wd::startsWith)
                || Files.isDirectory(wd));
    if (usable) return new StepView(mode, outermost, wd.toString());
    // With a root of its own, a step starts in "/" as a container starts in its image's usual
    // working directory, so a relative `result.txt` lands at the declared `/result.txt`.
    return new StepView(mode, outermost, mode == Mode.ROOT ? "/" : dir.work().toString());
  }

  /** Where a path the step saw lies on the host. */
  Path hostPath(StepDir dir, String stepPath) {
    Path p = absolute(stepPath);
    if (mode == Mode.NONE) return p;
    if (p.getNameCount() == 0) return mode == Mode.ROOT ? dir.root() : p;
    if (p.startsWith(TMP)) return dir.tmp().resolve(TMP.relativize(p).toString());
    for (String point : privatePoints) {
      Path root = Path.of(point);
      if (p.startsWith(root)) {
        return dir.priv().resolve(point.substring(1)).resolve(root.relativize(p).toString());
      }
    }
    if (mode == Mode.ROOT && isRootEntry(Path.of("/", p.getName(0).toString()))) {
      return dir.root().resolve(p.toString().substring(1));
    }
    return p;
  }

  private static boolean isRootEntry(Path path) {
    return path.getNameCount() == 1 && !path.startsWith(TMP) && !Files.exists(path);
  }

  /**
   * Creates the step's private directories and the fstab its wrapper mounts, in order. A step that
   * needs only its own {@code /tmp} gets no fstab: its wrapper mounts {@code tmp/} directly, which
   * is cheaper than reading a table.
   */
  void prepare(StepDir dir, HostRoot host) throws IOException {
    if (mode == Mode.NONE) return;
    Files.createDirectories(dir.tmp());
    var fstab = new StringBuilder();
    Path stepDir = dir.path();
    Path seen = hostPath(dir, stepDir.toString());
    if (!seen.equals(stepDir)) {
      // The step directory lies where the step sees private files: show it there too, first,
      // so that the recursive mounts below carry it along.
      createBelow(dir.path(), seen);
      mount(fstab, stepDir, seen, "bind");
    }
    if (mode == Mode.ROOT) {
      mountRoot(dir, host, fstab);
    } else if (!fstab.isEmpty()) {
      mount(fstab, dir.tmp(), TMP, "rbind");
    }
    Path wd = hostPath(dir, workingDir);
    if (!wd.equals(dir.work()) && !Files.isDirectory(wd)) Files.createDirectories(wd);
    if (!fstab.isEmpty()) Files.writeString(dir.fstab(), fstab);
  }

  /** Creates {@code dir} and its missing parents below {@code base}, top down. */
  private static void createBelow(Path base, Path dir) throws IOException {
    Path current = base;
    boolean created = false;
    for (Path name : base.relativize(dir)) {
      current = current.resolve(name);
      if (created || !Files.isDirectory(current)) {
        Files.createDirectory(current);
        created = true;
      }
    }
  }

  private void mountRoot(StepDir dir, HostRoot host, StringBuilder fstab) throws IOException {
    Path root = Files.createDirectories(dir.root());
    for (HostRoot.Entry e : host.entries()) {
      Path top = Path.of("/", e.name());
      if (e.name().equals("tmp") || privatePoints.contains(top.toString())) continue;
      if (e.linkTarget() != null) {
        Files.createSymbolicLink(root.resolve(e.name()), e.linkTarget());
      } else {
        Files.createDirectory(root.resolve(e.name()));
        mount(fstab, top, root.resolve(e.name()), "rbind");
      }
    }
    mount(fstab, dir.tmp(), Files.createDirectory(root.resolve("tmp")), "rbind");
    for (String point : privatePoints) {
      Path copy = Files.createDirectories(dir.priv().resolve(point.substring(1)));
      Path target = root.resolve(point.substring(1));
      if (Path.of(point).getNameCount() == 1) Files.createDirectory(target);
      mount(fstab, copy, target, "rbind");
    }
  }

  /**
   * The directory that must be private so that the step has its own {@code path}, if any: none
   * under /tmp (already private) or in a system directory.
   */
  private static Optional<Path> privatePoint(Path path) {
    if (path.getNameCount() == 0 || path.startsWith(TMP)) return Optional.empty();
    Path top = path.getRoot().resolve(path.getName(0));
    if (SYSTEM.contains(top.getFileName().toString())) return Optional.empty();
    if (path.equals(top) || !Files.exists(top)) return Optional.of(top);
    Path existing = path.getParent();
    while (!Files.isDirectory(existing)) existing = existing.getParent();
    return Optional.of(existing);
  }

  private static Path absolute(String path) {
    return Path.of("/").resolve(path).normalize();
  }

  private static void mount(StringBuilder fstab, Path source, Path target, String options) {
    fstab
        .append(escape(source))
        .append(' ')
        .append(escape(target))
        .append(" none ")
        .append(options)
        .append(" 0 0\n");
  }

  /** fstab(5) separates fields by blanks, so blanks and backslashes in paths are octal-escaped. */
  private static String escape(Path path) {
    var out = new StringBuilder();
    for (char c : path.toString().toCharArray()) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\\') {
        out.append(String.format("\\%03o", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
