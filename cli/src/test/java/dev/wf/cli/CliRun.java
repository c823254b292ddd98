package dev.wf.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import dev.wf.cli.command.WfCommand;
import picocli.CommandLine;

/** One run of the {@code wf} command line in a test: its exit code and what it printed. */
public record CliRun(int exitCode, String out, String err) {
  public static CliRun execute(CliContext context, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new WfCommand(context));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }
}
