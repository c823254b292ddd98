package dev.wf.executor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.wf.executor.StepSpec.OutputParameterSpec;

/**
 * The wait phase of a step: turns what its finished command left behind (the exit code, stdout, the
 * files its output parameters name) into the {@link StepResult} the runtime reports. It follows
 * Argo: one trailing newline is trimmed from {@code outputs.result} and from each parameter. Unlike
 * Argo, which keeps the last 256 KiB of stdout as the result, the whole of stdout is kept (and
 * parameter files of any size), since the local store has no such limit.
 */
public final class OutputCollector {
  private final Function<String, Path> hostPath;

  /**
   * @param hostPath where a path, as the step saw it, lies on this machine (a step with a private
   *     {@code /tmp} wrote {@code /tmp/out} somewhere in its own directory)
   */
  public OutputCollector(Function<String, Path> hostPath) {
    this.hostPath = hostPath;
  }

  /**
   * The step's result. Exit code 0 gives SUCCEEDED unless an output parameter has neither a file
   * nor a default (then ERROR); any other exit code gives FAILED with Argo's {@code "Error (exit
   * code N)"}, keeping whatever outputs could be read.
   *
   * @param stdout the file holding the command's stdout; read only when the spec captures it
   */
  public StepResult collect(
      StepSpec spec, int exitCode, Path stdout, Instant startedAt, Instant finishedAt) {
    var problems = new ArrayList<String>();
    String result = spec.captureResult() ? readResult(stdout, problems) : null;
    boolean succeeded = exitCode == 0;
    var missing = new ArrayList<String>();
    Map<String, String> parameters = readParameters(spec.outputParameters(), missing);
    StepResult.Phase phase = StepResult.Phase.SUCCEEDED;
    var message = new ArrayList<String>();
    if (!succeeded) {
      phase = StepResult.Phase.FAILED;
      message.add("Error (exit code " + exitCode + ")");
    } else if (!missing.isEmpty()) {
      phase = StepResult.Phase.ERROR;
      message.addAll(missing);
    }
    message.addAll(problems);
    return new StepResult(
        phase,
        exitCode,
        result,
        parameters,
        message.isEmpty() ? null : String.join("; ", message),
        startedAt,
        finishedAt);
  }

  private Map<String, String> readParameters(
      List<OutputParameterSpec> specs, List<String> missing) {
    var values = new LinkedHashMap<String, String>();
    for (OutputParameterSpec p : specs) {
      String value = readParameter(p, missing);
      if (value != null) values.put(p.name(), trimNewline(value));
    }
    return values;
  }

  private String readParameter(OutputParameterSpec p, List<String> missing) {
    Path file = hostPath.apply(p.path());
    String problem;
    try {
      if (Files.isDirectory(file)) {
        problem = "is a directory";
      } else {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      }
    } catch (NoSuchFileException e) {
      problem = "no such file or directory";
    } catch (IOException e) {
      problem = String.valueOf(e.getMessage());
    }
    if (p.defaultValue() != null) return p.defaultValue();
    missing.add("cannot save output parameter \"" + p.name() + "\": " + p.path() + ": " + problem);
    return null;
  }

  /** All of stdout: locally a result of any size is kept whole, never cut silently. */
  private static String readResult(Path stdout, List<String> problems) {
    if (stdout == null || !Files.isRegularFile(stdout)) return "";
    try {
      return trimNewline(new String(Files.readAllBytes(stdout), StandardCharsets.UTF_8));
    } catch (IOException e) {
      problems.add("cannot read stdout for outputs.result: " + e.getMessage());
      return "";
    }
  }

  private static String trimNewline(String value) {
    return value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
  }
}
