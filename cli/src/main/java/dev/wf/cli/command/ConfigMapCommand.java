package dev.wf.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wf configmap}: the server's ConfigMaps (semaphore limits, memoization caches): create,
 * list, get, delete.
 */
@Command(
    name = "configmap",
    aliases = "cm",
    description = "Manage ConfigMaps (semaphore limits, memoization caches).",
    subcommands = {
      ConfigMapCreateCommand.class,
      ConfigMapListCommand.class,
      ConfigMapGetCommand.class,
      ConfigMapDeleteCommand.class
    })
final class ConfigMapCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command: create, list, get or delete");
  }
}
