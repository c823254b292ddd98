package dev.wf.runtime.local;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starts a step's command under a small POSIX sh wrapper that outlives the server: the wrapper
 * builds the step's view of the file system (when isolated), runs the command with stdout and
 * stderr appended to {@code main.log} (stdout also to {@code stdout} through {@code tee} when the
 * result is captured), and writes the exit code to {@code exitcode} in a single write once the
 * command ends. No JVM is involved after the start, so killing the server leaves the step running.
 */
final class StepLauncher {
  private static final File DEV_NULL = new File("/dev/null");

  /**
   * The wrapper: {@code $1} the view mode, {@code $2} 1 to capture stdout, {@code $3} the working
   * directory, then the command. Its own directory is the step directory. A private {@code /tmp}
   * alone is one direct mount; anything more is read from the step's fstab. {@code mount} runs in
   * the C locale, which spares it loading the host's locale files.
   */
  private static final String WRAPPER =
      """
      mode=$1 capture=$2 wd=$3
      shift 3
      [ -f killed ] && exit 137
      case $mode in
      tmp) if [ -f fstab ]; then LC_ALL=C %1$s -a -T fstab
        else LC_ALL=C %1$s --rbind tmp /tmp; fi || exit 125 ;;
      root) LC_ALL=C %1$s -a -T fstab || exit 125
        set -- %2$s --root=root --wd="$wd" -- "$@"
        wd=. ;;
      esac
      if [ "$capture" = 1 ]; then
        { (cd "$wd" && exec "$@"); echo $? >exitcode.part; } | %3$s stdout
        read -r rc <exitcode.part
      else
        (cd "$wd" && exec "$@")
        rc=$?
      fi
      echo "$rc" >exitcode
      exit "$rc"
      """;

  private final Isolation isolation;
  private final String wrapper;

  StepLauncher(Isolation isolation) {
    this.isolation = isolation;
    SearchPath host = SearchPath.host();
    this.wrapper = WRAPPER.formatted(tool(host, "mount"), tool(host, "unshare"), tool(host, "tee"));
  }

  /** Starts the wrapper; the returned process is the wrapper (or the unshare around it). */
  Process start(
      StepDir dir, StepView view, List<String> argv, Map<String, String> env, boolean capture)
      throws IOException {
    var command = new ArrayList<>(isolation.launcher());
    command.addAll(
        List.of(
            "/bin/sh",
            "-c",
            wrapper,
            "wf-step",
            view.mode().name().toLowerCase(Locale.ROOT),
            capture ? "1" : "0",
            view.workingDir()));
    command.addAll(argv);
    var builder =
        new ProcessBuilder(command)
            .directory(dir.path().toFile())
            .redirectInput(DEV_NULL)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.mainLog().toFile()));
    builder.environment().putAll(env);
    return builder.start();
  }

  /** The tool's absolute path, single-quoted, so that a step's own PATH cannot hide it. */
  private static String tool(SearchPath path, String name) {
    String found = path.find(name).map(Object::toString).orElse(name);
    return "'" + found.replace("'", "'\\''") + "'";
  }
}
