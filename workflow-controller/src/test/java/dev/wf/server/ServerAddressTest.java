package dev.wf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerAddressTest {
  private static final Instant STARTED = Instant.parse("2025-01-02T03:04:05Z");

  @TempDir Path home;

  @Test
  void readReturnsWhatWasWritten() {
    ServerAddress address = ServerAddress.ofCurrentProcess(2746, STARTED);

    address.write(home);

    assertThat(ServerAddress.read(home)).contains(address);
    assertThat(address.url()).isEqualTo("http://127.0.0.1:2746");
  }

  @Test
  void writeReplacesTheRecordAndLeavesNoOtherFile() throws IOException {
    ServerAddress.ofCurrentProcess(1111, STARTED).write(home);
    ServerAddress.ofCurrentProcess(2222, STARTED).write(home);

    assertThat(ServerAddress.read(home).orElseThrow().url()).endsWith(":2222");
    try (var files = Files.list(home)) {
      assertThat(files).containsExactly(home.resolve("server.json"));
    }
  }

  @Test
  void readOfMissingFileIsEmpty() {
    assertThat(ServerAddress.read(home)).isEmpty();
  }

  @Test
  void readOfCorruptFileIsEmpty() throws IOException {
    Files.writeString(home.resolve("server.json"), "{\"url\": ");

    assertThat(ServerAddress.read(home)).isEmpty();
  }

  @Test
  void removeLeavesARecordWrittenByAnotherServer() {
    ServerAddress.ofCurrentProcess(2222, STARTED).write(home);

    ServerAddress.ofCurrentProcess(1111, STARTED).remove(home);

    assertThat(ServerAddress.read(home)).isPresent();
  }

  @Test
  void removeDeletesItsOwnRecord() {
    ServerAddress address = ServerAddress.ofCurrentProcess(1111, STARTED);
    address.write(home);

    address.remove(home);

    assertThat(ServerAddress.read(home)).isEmpty();
  }

  @Test
  void currentProcessIsAlive() {
    assertThat(ServerAddress.ofCurrentProcess(1, Instant.now()).isAlive()).isTrue();
  }

  @Test
  void processThatEndedIsNotAlive() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();

    assertThat(new ServerAddress("http://127.0.0.1:1", process.pid(), Instant.now()).isAlive())
        .isFalse();
  }

  @Test
  void processStartedAfterTheRecordIsNotTheServer() {
    long pid = ProcessHandle.current().pid();

    assertThat(new ServerAddress("http://127.0.0.1:1", pid, Instant.EPOCH).isAlive()).isFalse();
  }

  @Test
  void choosePortTakesThePreferredPortWhenFree() throws IOException {
    int free;
    try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      free = probe.getLocalPort();
    }

    assertThat(ServerAddress.choosePort(free)).isEqualTo(free);
  }

  @Test
  void choosePortFallsBackToAnotherFreePortWhenTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      int port = ServerAddress.choosePort(taken.getLocalPort());

      assertThat(port).isNotEqualTo(taken.getLocalPort()).isPositive();
    }
  }
}
