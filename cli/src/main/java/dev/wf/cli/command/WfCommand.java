package dev.wf.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.wf.cli.CliContext;
import dev.wf.cli.client.ConfiguredMode;
import dev.wf.cli.client.KubeTarget;
import dev.wf.cli.print.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code wf} command: its verbs and the options every verb takes. Run it with {@code new
 * CommandLine(new WfCommand(context)).execute(args)}; exit codes are 0 (done), 1 (the operation or
 * the workflow failed) and 2 (the command line was wrong; only then is usage printed).
 */
@Command(
    name = "wf",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Runs Argo workflows on this machine, through a local wf server, or on a cluster (--kube).",
    subcommands = {
      SubmitCommand.class,
      GetCommand.class,
      ListCommand.class,
      LogsCommand.class,
      WatchCommand.class,
      DeleteCommand.class,
      CpCommand.class,
      SuspendCommand.class,
      ResumeCommand.class,
      StopCommand.class,
      TerminateCommand.class,
      RetryCommand.class,
      ResubmitCommand.class,
      NodeCommand.class,
      LintCommand.class,
      TemplateCommand.class,
      ClusterTemplateCommand.class,
      CronCommand.class,
      ConfigMapCommand.class,
      ServerCommand.class,
      ControllerCommand.class
    })
public final class WfCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show the stack trace of an error.")
  boolean verbose;

  @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Disable colors.")
  boolean noColor;

  @Option(
      names = "--no-utf8",
      scope = ScopeType.INHERIT,
      description = "Print words and ASCII lines instead of Unicode symbols.")
  boolean noUtf8;

  @Option(
      names = "--kube",
      scope = ScopeType.INHERIT,
      description =
          "Work against a Kubernetes cluster (kubeconfig) instead of the local server; the default"
              + " with `mode: kubernetes` in $WF_HOME/config.yaml.")
  boolean kube;

  @Option(
      names = "--kubeconfig",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description = "The kubeconfig of --kube (default: $KUBECONFIG or ~/.kube/config).")
  Path kubeconfig;

  @Option(
      names = "--context",
      scope = ScopeType.INHERIT,
      description = "The kubeconfig context of --kube (default: the current one).")
  String kubeContext;

  @Option(
      names = {"-n", "--namespace"},
      scope = ScopeType.INHERIT,
      paramLabel = "NS",
      description =
          "The namespace of --kube (default: the context's, else default); wf controller takes"
              + " several.")
  List<String> namespaces = new ArrayList<>();

  private final CliContext context;

  public WfCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command");
  }

  CliContext context() {
    return context;
  }

  /** The cluster to work against, or null for the local server. */
  KubeTarget kubeTarget() {
    boolean clusterOptions = kubeconfig != null || kubeContext != null || !namespaces.isEmpty();
    if (!kube && !clusterOptions && !ConfiguredMode.kubernetes(context.wfHome())) return null;
    if (namespaces.size() > 1) {
      throw new ParameterException(spec.commandLine(), "Give one --namespace");
    }
    return new KubeTarget(kubeconfig, kubeContext, namespaces.isEmpty() ? null : namespaces.get(0));
  }

  /** The kubeconfig and context options, for commands that build their own client. */
  KubeTarget kubeOptions() {
    return new KubeTarget(kubeconfig, kubeContext, null);
  }

  /** Every {@code --namespace} given. */
  List<String> namespaces() {
    return List.copyOf(namespaces);
  }

  boolean verbose() {
    return verbose;
  }

  /** Colors only on a terminal that allows them, unless {@code --no-color}. */
  Style style() {
    return new Style(context.terminal() && context.colorCapable() && !noColor, !noUtf8);
  }
}
