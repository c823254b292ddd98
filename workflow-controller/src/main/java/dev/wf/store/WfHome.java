package dev.wf.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where wf keeps its local state (the database, step directories, the running server's address):
 * {@code $WF_HOME}, or {@code ~/.wf} when it is unset.
 */
public final class WfHome {
  private WfHome() {}

  /** The home directory for this process's environment. */
  public static Path current() {
    return resolve(System.getenv(), System.getProperty("user.home"));
  }

  /** The home directory for the given environment and user home. */
  public static Path resolve(Map<String, String> environment, String userHome) {
    String configured = environment.get("WF_HOME");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    return Path.of(userHome, ".wf").toAbsolutePath();
  }
}
