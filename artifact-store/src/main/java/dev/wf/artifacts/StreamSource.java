package dev.wf.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes that can be read again from the start: a file, or a stream produced afresh (an archive
 * being written). Repositories open it once per upload attempt. {@link #size()} is -1 when it is
 * not known in advance.
 */
public interface StreamSource {
  InputStream open() throws IOException;

  long size();

  static StreamSource of(Path file) {
    return new StreamSource() {
      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }

      @Override
      public long size() {
        try {
          return Files.size(file);
        } catch (IOException e) {
          return -1;
        }
      }
    };
  }
}
