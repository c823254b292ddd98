package dev.wf.cli.command;

import dev.wf.cli.CliContext;
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
    description = "Runs Argo workflows on this machine, through a local wf server.",
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

  boolean verbose() {
    return verbose;
  }

  /** Colors only on a terminal that allows them, unless {@code --no-color}. */
  Style style() {
    return new Style(context.terminal() && context.colorCapable() && !noColor, !noUtf8);
  }
}
