package dev.wf.runtime.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.wf.config.ImageEntrypoints;
import dev.wf.executor.StepSpec;

/**
 * The argv a step runs, as a container would: {@code command + args}, or the image's entrypoint
 * when the container sets no command, then a script template's file. Checks that the program
 * exists, so that a typo ends the step as ERROR (it never ran) rather than FAILED.
 */
final class StepCommand {
  private StepCommand() {}

  static List<String> argv(StepSpec spec, ImageEntrypoints images, Path script)
      throws StepStartException {
    var argv = new ArrayList<String>();
    if (spec.command().isEmpty()) {
      argv.addAll(
          images
              .argv(spec.image(), spec.args())
              .orElseThrow(
                  () ->
                      new StepStartException(
                          "image \""
                              + spec.image()
                              + "\" has no command and no entry in images: of"
                              + " $WF_HOME/config.yaml; set container.command or add the image"
                              + " there")));
    } else {
      argv.addAll(spec.command());
      argv.addAll(spec.args());
    }
    if (script != null) argv.add(script.toString());
    return argv;
  }

  /**
   * Checks that {@code program} can be executed: found in the step's PATH, or, given as a path, an
   * executable file where the step sees it.
   */
  static void checkExecutable(String program, Map<String, String> env, Path seenAt)
      throws StepStartException {
    if (program.indexOf('/') < 0) {
      SearchPath path = SearchPath.of(env);
      if (path.find(program).isEmpty()) {
        throw new StepStartException(
            "executable \"" + program + "\" not found in PATH (" + path + ")");
      }
    } else if (seenAt != null && !Files.isExecutable(seenAt)) {
      throw new StepStartException("executable \"" + program + "\" not found or not executable");
    }
  }
}
