package dev.wf.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine.IVersionProvider;

/** {@code wf --version}: the version the build stamped into {@code dev/wf/cli/version.txt}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/wf/cli/version.txt")) {
      String version =
          in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new String[] {"wf " + version.strip()};
    }
  }
}
