package dev.wf.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wf cluster-template}: stored ClusterWorkflowTemplates (create, list, get, delete, lint,
 * update).
 */
@Command(
    name = "cluster-template",
    description = "Manage ClusterWorkflowTemplates.",
    subcommands = {
      TemplateCreateCommand.class,
      TemplateListCommand.class,
      TemplateGetCommand.class,
      TemplateDeleteCommand.class,
      TemplateLintCommand.class,
      TemplateUpdateCommand.class
    })
final class ClusterTemplateCommand implements Runnable, TemplateScope {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command: create, list, get, delete, lint or update");
  }

  @Override
  public boolean clusterScoped() {
    return true;
  }

  @Override
  public String kind() {
    return "ClusterWorkflowTemplate";
  }
}
