package dev.wf.executor;

import java.util.List;
import java.util.Map;

import dev.wf.executor.artifacts.InputArtifactSpec;
import dev.wf.executor.artifacts.OutputArtifactSpec;

/**
 * Everything needed to run one step, with every {@code {{...}}} already substituted. This is the
 * contract between the engine and whatever runs steps (a local process, a pod); it is plain JSON.
 *
 * @param workflowName the workflow this step belongs to
 * @param nodeId the node's deterministic id; also the step's pod name
 * @param templateName the template the step runs, for logs and messages
 * @param image the container image; locally it selects the entrypoint when {@code command} is empty
 * @param command argv prefix; empty means "the image's entrypoint"
 * @param args argv suffix
 * @param env extra environment variables
 * @param workingDir the container's working directory, or null
 * @param scriptSource for script templates: the source, written to a file whose path is appended to
 *     the command; null otherwise
 * @param outputParameters output parameters read from files after the command ends
 * @param privatePaths absolute paths the template declares (outputs, inputs); each step gets its
 *     own copy of them, so parallel steps never see each other's files
 * @param captureResult whether stdout becomes {@code outputs.result}
 * @param inputArtifacts artifacts to place before the command runs
 * @param outputArtifacts artifacts to save after it ends
 * @param logArtifact where to archive the step's log ({@code main-logs}), or null
 * @param pod what the step sets on its pod (Kubernetes only); {@link PodFields#NONE} when nothing
 * @param resource for a {@code resource} template: the action on a Kubernetes object that is the
 *     whole step (no command runs); null for every other step
 */
public record StepSpec(
    String workflowName,
    String nodeId,
    String templateName,
    String image,
    List<String> command,
    List<String> args,
    Map<String, String> env,
    String workingDir,
    String scriptSource,
    List<OutputParameterSpec> outputParameters,
    List<String> privatePaths,
    boolean captureResult,
    List<InputArtifactSpec> inputArtifacts,
    List<OutputArtifactSpec> outputArtifacts,
    OutputArtifactSpec logArtifact,
    PodFields pod,
    ResourceSpec resource) {
  public StepSpec {
    pod = pod == null ? PodFields.NONE : pod;
    command = command == null ? List.of() : List.copyOf(command);
    args = args == null ? List.of() : List.copyOf(args);
    env = env == null ? Map.of() : Map.copyOf(env);
    outputParameters = outputParameters == null ? List.of() : List.copyOf(outputParameters);
    privatePaths = privatePaths == null ? List.of() : List.copyOf(privatePaths);
    inputArtifacts = inputArtifacts == null ? List.of() : List.copyOf(inputArtifacts);
    outputArtifacts = outputArtifacts == null ? List.of() : List.copyOf(outputArtifacts);
  }

  /** A step that runs a command, moves no artifacts and sets nothing on its pod. */
  public StepSpec(
      String workflowName,
      String nodeId,
      String templateName,
      String image,
      List<String> command,
      List<String> args,
      Map<String, String> env,
      String workingDir,
      String scriptSource,
      List<OutputParameterSpec> outputParameters,
      List<String> privatePaths,
      boolean captureResult) {
    this(
        workflowName,
        nodeId,
        templateName,
        image,
        command,
        args,
        env,
        workingDir,
        scriptSource,
        outputParameters,
        privatePaths,
        captureResult,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * An output parameter read from {@code path} when the step ends; {@code defaultValue} if missing.
   */
  public record OutputParameterSpec(String name, String path, String defaultValue) {}
}
