package dev.wf.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.wf.cli.CliContext;
import dev.wf.cli.client.ClusterConnection;
import dev.wf.cli.client.KubeTarget;
import dev.wf.cli.client.WfClient;
import dev.wf.cli.print.OutputFormat;
import dev.wf.cli.print.Style;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every verb shares: its streams, the context and style of the root command, and one way to
 * fail. A failure prints one line ({@code wf: <message>}, with the stack trace only under {@code
 * --verbose}) and exits 1; a {@link ParameterException} is a usage error (usage printed, exit 2).
 */
abstract class CliCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int FAILED = 1;

  @Spec CommandSpec spec;

  private ClusterConnection cluster;

  @Override
  public final Integer call() {
    try {
      return execute();
    } catch (ParameterException e) {
      throw e;
    } catch (Exception e) {
      return fail(e);
    } finally {
      out().flush();
      err().flush();
      if (cluster != null) cluster.close();
      cluster = null;
    }
  }

  /** Does the verb's work and returns its exit code. */
  protected abstract int execute() throws Exception;

  final WfCommand root() {
    return (WfCommand) spec.root().userObject();
  }

  final CliContext context() {
    return root().context();
  }

  final Style style() {
    return root().style();
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * The server, started in the background first if none runs; with {@code --kube}, the API over the
   * cluster's workflows, served in this process until the command ends.
   */
  final WfClient client() {
    KubeTarget target = root().kubeTarget();
    if (target == null) {
      return context().connector().connect(notice -> err().println("wf: " + notice));
    }
    return cluster().client();
  }

  /** The cluster of {@code --kube}, connected on first use until the command ends. */
  final ClusterConnection cluster() {
    KubeTarget target = root().kubeTarget();
    if (target == null) throw new IllegalStateException("not working against a cluster");
    try {
      if (cluster == null) cluster = ClusterConnection.open(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cluster;
  }

  final ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The {@code -o} value, which must be one of {@code allowed} (or absent). */
  final OutputFormat output(String value, OutputFormat... allowed) {
    OutputFormat format = OutputFormat.named(value).orElse(null);
    if (format == OutputFormat.DEFAULT || Arrays.asList(allowed).contains(format)) {
      return format;
    }
    String choices =
        Arrays.stream(allowed).map(OutputFormat::flag).collect(Collectors.joining(", "));
    throw usage("Unknown output format '" + value + "': use one of " + choices);
  }

  /** The text of a file, or of standard input for {@code -}. */
  final String readSource(String file) throws IOException {
    if ("-".equals(file)) {
      return new String(context().stdin().readAllBytes(), StandardCharsets.UTF_8);
    }
    return Files.readString(Path.of(file), StandardCharsets.UTF_8);
  }

  /** The name a source goes by in error messages. */
  static String sourceName(String file) {
    return "-".equals(file) ? "stdin" : file;
  }

  private int fail(Exception e) {
    if (root().verbose()) {
      e.printStackTrace(err());
    }
    err().println("wf: " + describe(e));
    return FAILED;
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
