package dev.wf.cli.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.Workflow;
import dev.wf.api.validate.PodOnlyFields;
import dev.wf.cli.client.WfClient;
import dev.wf.cli.print.ObjectPrinter;
import dev.wf.cli.print.OutputFormat;
import dev.wf.server.WorkflowService.SubmitOutcome;
import dev.wf.server.WorkflowService.SubmitRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wf submit}: sends a workflow file's text (or a stored template's name) to the server,
 * prints the new workflow's name, and optionally follows it to its end.
 */
@Command(
    name = "submit",
    description = "Submit a workflow from FILE, from - (standard input) or --from a template.")
final class SubmitCommand extends CliCommand {
  private static final Map<String, String> TEMPLATE_KINDS =
      Map.of(
          "workflowtemplate", "workflowtemplate",
          "wftmpl", "workflowtemplate",
          "clusterworkflowtemplate", "clusterworkflowtemplate",
          "cwftmpl", "clusterworkflowtemplate",
          "cwft", "clusterworkflowtemplate",
          "cronworkflow", "cronworkflow",
          "cronwf", "cronworkflow",
          "cwf", "cronworkflow");

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The workflow file, or -.")
  String file;

  @Option(
      names = {"-p", "--parameter"},
      paramLabel = "NAME=VALUE",
      description = "Set a workflow parameter (repeatable).")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Option(names = "--entrypoint", description = "Start at this template instead.")
  String entrypoint;

  @Option(names = "--name", description = "Name the workflow.")
  String name;

  @Option(names = "--generate-name", description = "Name the workflow with this prefix.")
  String generateName;

  @Option(
      names = "--from",
      paramLabel = "KIND/NAME",
      description =
          "Run a stored workflowtemplate/NAME, clusterworkflowtemplate/NAME or cronwf/NAME.")
  String from;

  @Option(names = "--dry-run", description = "Check and show the workflow without running it.")
  boolean dryRun;

  @Option(
      names = "--wait",
      description = "Wait until the workflow ends; exit 1 unless it succeeded.")
  boolean await;

  @Option(names = "--watch", description = "Show the workflow live until it ends.")
  boolean watch;

  @Option(names = "--log", description = "Print the workflow's logs until it ends.")
  boolean log;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "name, json or yaml.")
  String output;

  @Override
  protected int execute() throws Exception {
    OutputFormat format = output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML);
    if ((file == null) == (from == null)) {
      throw usage("Give a workflow FILE (or - for standard input), or --from KIND/NAME");
    }
    if (watch && log) {
      throw usage("--watch and --log cannot be used together");
    }
    SubmitRequest request =
        new SubmitRequest(
            file == null ? null : sourceName(file),
            file == null ? null : readSource(file),
            from == null ? null : template(from),
            parameters,
            entrypoint,
            name,
            generateName,
            dryRun);
    WfClient client = client();
    SubmitOutcome outcome = client.submit(request);
    if (!outcome.errors().isEmpty()) {
      outcome.errors().stream().map(SpecError::render).forEach(err()::println);
      return FAILED;
    }
    noteLocallyIgnored(outcome.workflow());
    return follow(client, outcome.workflow(), format);
  }

  /** One line naming the pod-only fields the local runtime keeps but does not apply. */
  private void noteLocallyIgnored(Workflow workflow) {
    var spec =
        workflow.status() != null && workflow.status().storedWorkflowTemplateSpec() != null
            ? workflow.status().storedWorkflowTemplateSpec()
            : workflow.spec();
    List<String> fields = PodOnlyFields.of(spec);
    if (fields.isEmpty()) return;
    err()
        .println(
            "wf: note: kept but not applied when running locally (they shape Kubernetes pods): "
                + String.join(", ", fields));
  }

  private int follow(WfClient client, Workflow workflow, OutputFormat format) {
    boolean waitOnly = await && !watch && !log;
    // --watch draws its own view; --wait -o json|yaml prints only the final object.
    if (!watch && !(waitOnly && format.structured())) {
      print(workflow, format);
    }
    if (dryRun || !(await || watch || log)) {
      return OK;
    }
    RunFollower follower =
        new RunFollower(client, out(), style(), context().clock(), context().terminal());
    if (watch) {
      return report(follower.watch(workflow.name()), format, false);
    }
    if (log) {
      follower.logs(workflow.name(), null, true);
    }
    return report(follower.await(workflow.name()), format, waitOnly);
  }

  /** Says how the workflow ended (argo's {@code --wait} line) and exits 1 unless it succeeded. */
  private int report(Workflow ended, OutputFormat format, boolean waitOnly) {
    int exitCode = RunFollower.exitCode(ended);
    if (waitOnly && format.structured()) {
      out().print(ObjectPrinter.print(ended, format));
    } else if (waitOnly && format == OutputFormat.DEFAULT) {
      out().println(RunFollower.ending(ended));
    } else if (exitCode != OK) {
      err().println("wf: " + RunFollower.ending(ended));
    }
    return exitCode;
  }

  private void print(Workflow workflow, OutputFormat format) {
    if (format.structured()) {
      out().print(ObjectPrinter.print(workflow, format));
    } else {
      out().println(workflow.name());
    }
  }

  /** {@code wftmpl/x} and friends, as argo spells them, in the server's canonical form. */
  private String template(String reference) {
    int slash = reference.indexOf('/');
    String kind =
        slash < 0
            ? null
            : TEMPLATE_KINDS.get(reference.substring(0, slash).toLowerCase(Locale.ROOT));
    if (kind == null || slash == reference.length() - 1) {
      throw usage(
          "--from takes workflowtemplate/NAME, clusterworkflowtemplate/NAME or cronwf/NAME, not '"
              + reference
              + "'");
    }
    return kind + "/" + reference.substring(slash + 1);
  }
}
