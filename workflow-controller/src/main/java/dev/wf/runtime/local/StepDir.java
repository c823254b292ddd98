package dev.wf.runtime.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The directory of one step, {@code stepsRoot/<workflow>/<nodeId>/}, and the files in it: what the
 * server wrote before starting the step, what the step's wrapper writes while it runs, and the
 * result. Everything a restarted server needs to know about the step is here.
 */
record StepDir(Path path) {
  static StepDir of(Path stepsRoot, String workflowName, String nodeId) {
    return new StepDir(workflowDir(stepsRoot, workflowName).resolve(name(nodeId)));
  }

  /** The directory holding all steps of a workflow. */
  static Path workflowDir(Path stepsRoot, String workflowName) {
    return stepsRoot.resolve(name(workflowName));
  }

  /** The step as the engine described it; written before the process starts. */
  Path spec() {
    return path.resolve("spec.json");
  }

  /**
   * Present while input artifacts are being placed, before the process starts: a step directory
   * with it and no attempt belongs to a step that never started, which can simply start again.
   */
  Path initializing() {
    return path.resolve("initializing");
  }

  /** The wrapper's pid, its start time and when the step started; written right after start. */
  Path attempt() {
    return path.resolve("attempt");
  }

  /** stdout and stderr of the command, interleaved as written. */
  Path mainLog() {
    return path.resolve("main.log");
  }

  /** stdout alone, for {@code outputs.result}. */
  Path stdout() {
    return path.resolve("stdout");
  }

  /** The command's exit code and a newline, written by the wrapper in one write when it ends. */
  Path exitCode() {
    return path.resolve("exitcode");
  }

  /** The message of a kill, written before the process tree is killed. */
  Path killed() {
    return path.resolve("killed");
  }

  Path result() {
    return path.resolve("result.json");
  }

  /** A script template's source; its path is appended to the command. */
  Path script() {
    return path.resolve("script");
  }

  /** The default working directory of the command. */
  Path work() {
    return path.resolve("work");
  }

  /** What the step sees as {@code /tmp} when it is isolated. */
  Path tmp() {
    return path.resolve("tmp");
  }

  /** Private copies of the step's declared directories outside {@code /tmp}. */
  Path priv() {
    return path.resolve("private");
  }

  /** The step's own root directory when it needs one. */
  Path root() {
    return path.resolve("root");
  }

  /** The mounts that build the step's view of the file system, in {@code fstab(5)} form. */
  Path fstab() {
    return path.resolve("fstab");
  }

  /** Writes {@code text} so that readers see either the old file or the whole new one. */
  static void writeAtomically(Path file, String text) throws IOException {
    Path part = file.resolveSibling(file.getFileName() + ".part");
    Files.writeString(part, text, StandardCharsets.UTF_8);
    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String name(String value) {
    if (value == null
        || value.isEmpty()
        || value.equals(".")
        || value.equals("..")
        || value.indexOf('/') >= 0
        || value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("not usable as a directory name: \"" + value + "\"");
    }
    return value;
  }
}
