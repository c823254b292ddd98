package dev.wf.executor.pod;

/**
 * The contract between a step's pod and the executor running in it: environment variable names, the
 * shared directory's layout, and the names of the containers and volumes. The pod builder, the
 * executor's {@code init} and {@code wait} phases, the shim in the main container, and the test
 * kubelet all read it from here, so they cannot drift apart.
 *
 * <p>One emptyDir volume ({@link #VOLUME}) is mounted at {@link #DEFAULT_DIR} in every container (a
 * test kubelet points {@link #ENV_DIR} at a directory of its own instead). {@code init} places
 * input artifacts under {@code inputs/}, writes the script source and the shim; {@code main} runs
 * the user's command under the shim, which records the exit code and the output; {@code wait} waits
 * for the exit code, then saves outputs and reports a {@code StepResult}.
 */
public final class PodLayout {
  /** Container names, as Argo's. */
  public static final String INIT = "init";

  public static final String MAIN = "main";
  public static final String WAIT = "wait";

  /** The shared emptyDir volume and where it is mounted unless {@link #ENV_DIR} says otherwise. */
  public static final String VOLUME = "wf-var";

  public static final String DEFAULT_DIR = "/var/run/wf";

  /** Secrets the executor reads (artifact repository keys) are mounted as files here: NAME/KEY. */
  public static final String SECRETS_DIR = "/var/run/wf-secrets";

  /** The step's {@code StepSpec} as JSON, in the init and wait containers. */
  public static final String ENV_SPEC = "WF_STEP_SPEC";

  /** The shared directory, in every container; {@link #DEFAULT_DIR} when unset. */
  public static final String ENV_DIR = "WF_DIR";

  /** Pod name, namespace and the owning workflow's uid (downward API / set by the builder). */
  public static final String ENV_POD_NAME = "WF_POD_NAME";

  public static final String ENV_NAMESPACE = "WF_NAMESPACE";
  public static final String ENV_WORKFLOW_UID = "WF_WORKFLOW_UID";

  /**
   * Where the executor reads mounted secrets instead of {@link #SECRETS_DIR} (a test kubelet writes
   * them elsewhere); unset in a real pod.
   */
  public static final String ENV_SECRETS_DIR = "WF_SECRETS_DIR";

  /** Files under the shared directory. */
  public static final String SHIM = "bin/wf-shim";

  public static final String SCRIPT = "script";
  public static final String EXIT_CODE = "main/exitcode";
  public static final String STDOUT = "main/stdout";
  public static final String LOG = "main/log";

  /** The paths the shim copies to {@link #OUTPUTS} when the command ends, one per line. */
  public static final String OUTPUT_PATHS = "main/output-paths";

  /** Output paths are copied here by the shim, keeping their absolute path below it. */
  public static final String OUTPUTS = "outputs";

  /** Input artifacts are placed here by init, one entry per artifact index, and mounted by main. */
  public static final String INPUTS = "inputs";

  /**
   * The StepResult resource the wait container creates, named after the node id. The executor
   * cannot see the controller's CRD classes, so their coordinates are repeated here (a controller
   * test checks they agree).
   */
  public static final String RESULT_GROUP = "wf.dev";

  public static final String RESULT_VERSION = "v1alpha1";
  public static final String RESULT_API_VERSION = RESULT_GROUP + "/" + RESULT_VERSION;

  public static final String RESULT_KIND = "StepResult";
  public static final String RESULT_PLURAL = "stepresults";

  /** The owning workflow's kind, in {@link #RESULT_API_VERSION}. */
  public static final String WORKFLOW_KIND = "Workflow";

  /** Label with the workflow's name and annotation with the node id, on pods and StepResults. */
  public static final String LABEL_WORKFLOW = "workflows.wf.dev/workflow";

  public static final String ANNOTATION_NODE_ID = "workflows.wf.dev/node-id";

  private PodLayout() {}
}
