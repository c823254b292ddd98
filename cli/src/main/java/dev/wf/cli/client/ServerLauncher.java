package dev.wf.cli.client;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.wf.api.spec.ModelJson;

/**
 * Finds the local wf server through {@code $WF_HOME/server.json}, and starts one in the background
 * when none answers. A lock file ({@code server.lock}) makes sure that two CLIs started at once
 * start one server between them.
 */
public final class ServerLauncher {
  public static final String SERVER_FILE = "server.json";
  public static final String LOG_FILE = "server.log";
  private static final String LOCK_FILE = "server.lock";
  private static final Duration POLL = Duration.ofMillis(50);
  private static final List<String> CLIENT_ONLY_OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel",
          "-XX:+AutoCreateSharedArchive",
          "-XX:SharedArchiveFile",
          "-Xshare",
          "-Xlog:cds",
          "-agentlib:jdwp");

  private final Path wfHome;
  private final Supplier<List<String>> startCommand;
  private final Duration startTimeout;

  /** A launcher that starts {@code java ... dev.wf.cli.Main server --background} like this JVM. */
  public ServerLauncher(Path wfHome) {
    this(wfHome, () -> defaultStartCommand(wfHome), Duration.ofSeconds(60));
  }

  /**
   * @param startCommand the command that starts a server for {@code wfHome}, asked for only when
   *     one must be started
   */
  public ServerLauncher(Path wfHome, Supplier<List<String>> startCommand, Duration startTimeout) {
    this.wfHome = wfHome;
    this.startCommand = startCommand;
    this.startTimeout = startTimeout;
  }

  /**
   * A client for the server that runs for this {@code WF_HOME}, started first if none answers.
   * {@code notice} hears one line when a server is started.
   */
  @SuppressWarnings("try") // the lock is held, not used, while the server starts
  public WfClient connect(Consumer<String> notice) {
    Optional<ServerInfo> running = running();
    if (running.isPresent()) {
      return client(running.get());
    }
    try {
      Files.createDirectories(wfHome);
      try (FileChannel channel =
              FileChannel.open(
                  wfHome.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        running = running();
        if (running.isPresent()) {
          return client(running.get());
        }
        ServerInfo started = awaitStarted(start());
        notice.accept(
            "started a local wf server at " + started.url() + " (pid " + started.pid() + ")");
        return client(started);
      }
    } catch (IOException e) {
      throw new ApiException("cannot start a local wf server in " + wfHome + ": " + e, e);
    }
  }

  /** The server named by {@code server.json}, if its process is alive and it answers. */
  public Optional<ServerInfo> running() {
    return serverFile().filter(ServerLauncher::answers);
  }

  /** What {@code server.json} says, if it exists and its process is alive (it may not answer). */
  public Optional<ServerInfo> serverFile() {
    Path file = wfHome.resolve(SERVER_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      ServerInfo info = ModelJson.mapper().readValue(file.toFile(), ServerInfo.class);
      return info.url() != null && info.processAlive() ? Optional.of(info) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public Path logFile() {
    return wfHome.resolve(LOG_FILE);
  }

  private static boolean answers(ServerInfo info) {
    try {
      return client(info).version().pid() == info.pid();
    } catch (ApiException e) {
      return false;
    }
  }

  private static WfClient client(ServerInfo info) {
    return new WfClient(URI.create(info.url()));
  }

  private Process start() throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(startCommand.get())
            .directory(wfHome.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
    builder.environment().put("WF_HOME", wfHome.toString());
    Process process = builder.start();
    process.getOutputStream().close();
    return process;
  }

  /** Waits, bounded, until the new server has written server.json and answers. */
  private ServerInfo awaitStarted(Process process) {
    Instant deadline = Instant.now().plus(startTimeout);
    while (true) {
      Optional<ServerInfo> info = running();
      if (info.isPresent()) {
        return info.get();
      }
      if (!process.isAlive() && process.exitValue() != 0) {
        throw new ApiException(
            "the wf server did not start (exit code " + process.exitValue() + ")" + logTail());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new ApiException(
            "the wf server did not answer within " + startTimeout.toSeconds() + "s" + logTail());
      }
      try {
        Thread.sleep(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiException("interrupted while starting the wf server", e);
      }
    }
  }

  private String logTail() {
    try (Stream<String> lines = Files.lines(logFile())) {
      List<String> all = lines.collect(Collectors.toList());
      List<String> tail = all.subList(Math.max(0, all.size() - 10), all.size());
      return "; the end of " + logFile() + ":\n" + String.join("\n", tail);
    } catch (IOException | UncheckedIOException e) {
      return "; see " + logFile();
    }
  }

  /**
   * {@code [setsid] java <this JVM's options> -cp <this classpath> dev.wf.cli.Main server
   * --background}: detached from the terminal (so Ctrl-C in it does not stop the server), without
   * the client-only start-up options, with its own class-data archive.
   */
  static List<String> defaultStartCommand(Path wfHome) {
    List<String> command = new ArrayList<>();
    onPath("setsid").ifPresent(setsid -> command.add(setsid.toString()));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(serverOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    command.add("-XX:+AutoCreateSharedArchive");
    command.add("-XX:SharedArchiveFile=" + wfHome.resolve("server.jsa"));
    command.add("-Xlog:cds*=off");
    command.add("-cp");
    command.add(absoluteClasspath(System.getProperty("java.class.path")));
    command.add("dev.wf.cli.Main");
    command.add("server");
    command.add("--background");
    return command;
  }

  static List<String> serverOptions(List<String> jvmOptions) {
    return jvmOptions.stream()
        .filter(option -> CLIENT_ONLY_OPTIONS.stream().noneMatch(option::startsWith))
        .toList();
  }

  static String absoluteClasspath(String classpath) {
    return Stream.of(classpath.split(File.pathSeparator))
        .filter(entry -> !entry.isEmpty())
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator))
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
