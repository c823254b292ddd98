package dev.wf.executor.pod;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waits for the shim to record the main container's exit code. The file is written whole and then
 * renamed, so it is complete once it exists. A file-system watch wakes the wait at once; a check
 * every second covers file systems that do not report events, and every tenth check asks whether
 * the main container has ended without writing one (killed, out of memory), which ends the wait
 * empty-handed.
 */
final class ExitCodeWatch {
  private static final int CHECKS_PER_ASK = 10;

  private final Path file;
  private final BooleanSupplier mainEnded;

  /**
   * @param file the exit code file ({@link PodLayout#EXIT_CODE})
   * @param mainEnded whether the main container has ended (asked every ten seconds)
   */
  ExitCodeWatch(Path file, BooleanSupplier mainEnded) {
    this.file = file;
    this.mainEnded = mainEnded;
  }

  /** The exit code; empty when the main container ended without recording one. */
  Optional<Integer> await() throws IOException, InterruptedException {
    Files.createDirectories(file.getParent());
    try (WatchService watch = FileSystems.getDefault().newWatchService()) {
      file.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE);
      for (int idle = 1; ; idle++) {
        Optional<Integer> code = read();
        if (code.isPresent()) return code;
        var key = watch.poll(1, TimeUnit.SECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
        } else if (idle % CHECKS_PER_ASK == 0 && mainEnded.getAsBoolean()) {
          return read();
        }
      }
    }
  }

  private Optional<Integer> read() throws IOException {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return Optional.of(Integer.valueOf(text));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (NumberFormatException e) {
      throw new IOException("the main container recorded no valid exit code: " + file);
    }
  }
}
