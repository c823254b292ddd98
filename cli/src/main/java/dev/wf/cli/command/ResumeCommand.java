package dev.wf.cli.command;

import dev.wf.cli.client.WfClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wf resume}: a suspended workflow and its waiting suspend nodes go on. */
@Command(
    name = "resume",
    description = "Resume suspended workflows and their waiting suspend steps.")
final class ResumeCommand extends ControlCommand {
  @Option(
      names = "--node-field-selector",
      paramLabel = "SELECTOR",
      description = "Resume only the suspend steps it picks, e.g. displayName=approve.")
  String nodeFieldSelector;

  private String selector;

  @Override
  protected void check() {
    selector = selector(nodeFieldSelector);
  }

  @Override
  protected int control(WfClient client, String name) {
    return confirm(client.resume(name, selector), "resumed");
  }
}
