package dev.wf.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import dev.wf.cli.command.WfCommand;
import picocli.CommandLine;

/** Entry point of the {@code wf} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    CommandLine commandLine = new CommandLine(new WfCommand(CliContext.system()));
    // Symbols and tree lines are UTF-8 whatever the locale says (--no-utf8 avoids them).
    commandLine.setOut(utf8(FileDescriptor.out));
    commandLine.setErr(utf8(FileDescriptor.err));
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }

  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
  }
}
