package dev.wf.runtime.local;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a step's log as lines. While the step runs, a last line without its newline is still being
 * written and is left for a later read, so that line numbers never shift under a reader.
 */
public final class LogLines {
  private LogLines() {}

  /** Lines {@code from} on; {@code complete} when nothing more will be written. */
  public static List<String> read(Path log, int from, boolean complete) {
    var lines = new ArrayList<String>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(log))) {
      long size = Files.size(log);
      var line = new ByteArrayOutputStream();
      int index = 0;
      for (long read = 0; read < size; read++) {
        int b = in.read();
        if (b < 0) break;
        if (b == '\n') {
          if (index >= from) lines.add(line.toString(StandardCharsets.UTF_8));
          line.reset();
          index++;
        } else if (index >= from) {
          line.write(b);
        }
      }
      if (complete && index >= from && line.size() > 0) {
        lines.add(line.toString(StandardCharsets.UTF_8));
      }
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
