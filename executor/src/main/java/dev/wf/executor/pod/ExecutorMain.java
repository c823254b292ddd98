package dev.wf.executor.pod;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;

import dev.wf.artifacts.ArtifactException;
import dev.wf.executor.artifacts.ArtifactLoader;
import dev.wf.executor.artifacts.ArtifactSaver;
import dev.wf.executor.artifacts.Repositories;

/**
 * The executor image's entry point ({@code wf-executor init} in a step pod's init container, {@code
 * wf-executor wait} in its wait container). Both read the step from {@link PodLayout#ENV_SPEC}.
 * {@code init} prepares the shared directory ({@link InitPhase}); {@code wait} collects and reports
 * the result ({@link WaitPhase}). When init cannot place the inputs it reports the step as an ERROR
 * with the reason, so the node says why. Errors are printed as one line, never a stack trace.
 */
public final class ExecutorMain {
  private ExecutorMain() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: wf-executor init|wait");
      System.exit(2);
    }
    try (KubernetesClient client = new KubernetesClientBuilder().build()) {
      System.exit(run(args[0], System.getenv(), client));
    }
  }

  /**
   * Runs one phase in this process.
   *
   * @param phase {@code init} or {@code wait}
   * @param env the container's environment (see {@link PodLayout})
   * @param client reaches the API server (for the StepResult and the pod's status)
   * @return the exit code: 0 on success, 1 when the phase failed, 2 on bad usage
   */
  public static int run(String phase, Map<String, String> env, KubernetesClient client) {
    PrintStream err = System.err;
    if (!phase.equals("init") && !phase.equals("wait")) {
      err.println("wf-executor: unknown phase \"" + phase + "\" (known: init, wait)");
      return 2;
    }
    PodContext context;
    try {
      context = PodContext.of(env);
    } catch (IllegalArgumentException e) {
      err.println("wf-executor " + phase + ": " + e.getMessage());
      return 2;
    }
    var reporter = new KubernetesResultReporter(client, context.namespace(), context.workflowUid());
    try (var repositories = new Repositories(new MountedSecrets(context.secrets()))) {
      var wait = new WaitPhase(new ArtifactSaver(repositories), reporter, Clock.systemUTC());
      if (phase.equals("init")) return init(context, new ArtifactLoader(repositories), wait);
      boolean reported = wait.run(context, mainEnded(client, context)).isPresent();
      if (!reported) err.println("wf-executor wait: the main container ended without an exit code");
      return reported ? 0 : 1;
    } catch (IOException | KubernetesClientException e) {
      err.println("wf-executor " + phase + ": " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("wf-executor " + phase + ": interrupted");
      return 1;
    }
  }

  private static int init(PodContext context, ArtifactLoader loader, WaitPhase wait)
      throws IOException {
    try {
      new InitPhase(loader).run(context);
      return 0;
    } catch (ArtifactException e) {
      System.err.println("wf-executor init: " + e.getMessage());
      wait.reportError(context, e.getMessage());
      return 1;
    }
  }

  /** Whether the pod's main container has terminated, as the API server says. */
  private static BooleanSupplier mainEnded(KubernetesClient client, PodContext context) {
    if (context.podName() == null) return () -> false;
    var pod = client.pods().inNamespace(context.namespace()).withName(context.podName());
    return () -> {
      try {
        var current = pod.get();
        if (current == null) return true;
        return current.getStatus() != null
            && current.getStatus().getContainerStatuses().stream()
                .anyMatch(
                    s ->
                        s.getName().equals(PodLayout.MAIN)
                            && s.getState() != null
                            && s.getState().getTerminated() != null);
      } catch (KubernetesClientException e) {
        return false;
      }
    };
  }
}
