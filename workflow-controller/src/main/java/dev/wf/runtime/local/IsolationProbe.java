package dev.wf.runtime.local;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds out, by trying, whether steps can run in their own mount and pid namespaces: as root with
 * plain {@code unshare}, otherwise inside a user namespace. The first candidate that bind-mounts a
 * private {@code /tmp} wins.
 */
final class IsolationProbe {
  private static final System.Logger LOG = System.getLogger(LocalRuntime.class.getName());
  private static final List<String> NAMESPACES =
      List.of("--mount", "--pid", "--fork", "--propagation", "private", "--kill-child");
  private static final List<String> USER_NAMESPACE = List.of("--user", "--map-root-user");

  private IsolationProbe() {}

  /** The probed isolation; the probe runs when this is first used. */
  static Isolation detected() {
    return Detected.VALUE;
  }

  private static final class Detected {
    static final Isolation VALUE = probe();
  }

  private static Isolation probe() {
    Optional<Path> unshare = SearchPath.host().find("unshare");
    String reason = "unshare not found in PATH";
    if (unshare.isPresent() && System.getProperty("os.name").startsWith("Linux")) {
      for (List<String> flags : List.of(NAMESPACES, concat(USER_NAMESPACE, NAMESPACES))) {
        var launcher = concat(List.of(unshare.get().toString()), flags);
        reason = tryLauncher(launcher);
        if (reason == null) {
          var isolation =
              new Isolation(
                  "private /tmp and declared paths per step (" + String.join(" ", launcher) + ")",
                  launcher,
                  true);
          LOG.log(Level.INFO, "step isolation: " + isolation.description());
          return isolation;
        }
      }
    }
    Isolation none = Isolation.none();
    LOG.log(Level.WARNING, "step isolation unavailable (" + reason + "); " + none.description());
    return none;
  }

  /** Null when {@code launcher} gives a shell a private /tmp, else why not. */
  private static String tryLauncher(List<String> launcher) {
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("wf-isolation-probe");
      Files.createDirectory(scratch.resolve("tmp"));
      Files.writeString(
          scratch.resolve("fstab"), scratch.resolve("tmp") + " /tmp none rbind 0 0\n");
      var argv = concat(launcher, List.of("sh", "-c", "mount -a -T fstab && : >/tmp/probe"));
      Process p =
          new ProcessBuilder(argv)
              .directory(scratch.toFile())
              .redirectErrorStream(true)
              .redirectOutput(scratch.resolve("log").toFile())
              .start();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return String.join(" ", launcher) + " did not finish";
      }
      if (p.exitValue() == 0 && Files.exists(scratch.resolve("tmp/probe"))) return null;
      return String.join(" ", launcher) + ": " + Files.readString(scratch.resolve("log")).strip();
    } catch (IOException e) {
      return e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } finally {
      if (scratch != null) TreeRemoval.remove(scratch);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    var all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
