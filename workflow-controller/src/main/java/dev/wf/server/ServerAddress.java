package dev.wf.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;

import dev.wf.api.spec.ModelJson;

/**
 * Where a running local server answers, kept in {@code $WF_HOME/server.json} so that the CLI in any
 * terminal finds it: its base URL, its process id and when it started (to tell it from a later
 * process that got the same pid).
 */
public record ServerAddress(String url, long pid, Instant startedAt) {
  public static final String FILE_NAME = "server.json";
  public static final int DEFAULT_PORT = 2746;

  /** A process's start time as the OS reports it is coarse; allow this much disagreement. */
  private static final Duration START_TOLERANCE = Duration.ofSeconds(2);

  private static final ObjectReader READER =
      ModelJson.mapper()
          .readerFor(ServerAddress.class)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The address of this process serving on 127.0.0.1:{@code port}. */
  public static ServerAddress ofCurrentProcess(int port, Instant startedAt) {
    return new ServerAddress("http://127.0.0.1:" + port, ProcessHandle.current().pid(), startedAt);
  }

  public static Path file(Path wfHome) {
    return wfHome.resolve(FILE_NAME);
  }

  /** The recorded address; empty when there is none or the file is unreadable. */
  public static Optional<ServerAddress> read(Path wfHome) {
    Path file = file(wfHome);
    try {
      if (!Files.isRegularFile(file)) return Optional.empty();
      ServerAddress address = READER.readValue(Files.readAllBytes(file));
      return address == null || address.url() == null ? Optional.empty() : Optional.of(address);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Records this address, replacing any other at once (readers never see half a file). */
  public void write(Path wfHome) {
    try {
      Files.createDirectories(wfHome);
      Path temporary = Files.createTempFile(wfHome, FILE_NAME, ".tmp");
      try {
        Files.write(temporary, ModelJson.mapper().writeValueAsBytes(this));
        move(temporary, file(wfHome));
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file(wfHome) + ": " + e.getMessage(), e);
    }
  }

  /** Removes the record if it is still this address (not one a newer server wrote since). */
  public void remove(Path wfHome) {
    if (read(wfHome).filter(this::equals).isEmpty()) return;
    try {
      Files.deleteIfExists(file(wfHome));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + file(wfHome) + ": " + e.getMessage(), e);
    }
  }

  /** True if the process that wrote this address still runs (and is not a reuse of its pid). */
  public boolean isAlive() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(
            process ->
                process
                    .info()
                    .startInstant()
                    .map(started -> !started.isAfter(startedAt.plus(START_TOLERANCE)))
                    .orElse(true))
        .isPresent();
  }

  /** {@value #DEFAULT_PORT} when it is free on 127.0.0.1, else any free port. */
  public static int choosePort() {
    return choosePort(DEFAULT_PORT);
  }

  static int choosePort(int preferred) {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(loopback, preferred));
      return preferred;
    } catch (IOException taken) {
      try (ServerSocket socket = new ServerSocket(0, 0, loopback)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException("no free port on " + loopback.getHostAddress(), e);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
