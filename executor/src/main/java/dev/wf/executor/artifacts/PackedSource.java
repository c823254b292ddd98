package dev.wf.executor.artifacts;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;

import dev.wf.artifacts.StreamSource;
import dev.wf.artifacts.archive.ArchiveStrategy;

/**
 * A file or directory packed into an archive while it is read: each {@link #open()} starts a
 * virtual thread that writes the archive into a pipe, so an upload (and each retry of it) streams
 * the archive afresh without a temporary copy. A failure while packing reaches the reader as an
 * {@link IOException} at the end of the stream, so a broken archive is never stored as complete.
 */
final class PackedSource implements StreamSource {
  private static final int PIPE_BYTES = 1 << 20;

  private final ArchiveStrategy strategy;
  private final Path source;
  private volatile Packing last;

  PackedSource(ArchiveStrategy strategy, Path source) {
    this.strategy = strategy;
    this.source = source;
  }

  @Override
  public InputStream open() throws IOException {
    var in = new PipedInputStream(PIPE_BYTES);
    var out = new PipedOutputStream(in);
    var packing = new Packing(in);
    last = packing;
    packing.thread =
        Thread.ofVirtual()
            .name("wf-pack-" + source.getFileName())
            .start(() -> packing.run(strategy, source, out));
    return packing;
  }

  @Override
  public long size() {
    return -1;
  }

  /** Why the last packing failed, or null when it did not (or none ran). */
  String failure() {
    Packing p = last;
    Throwable f = p == null ? null : p.failure;
    if (f == null) return null;
    return f.getMessage() == null ? f.getClass().getSimpleName() : f.getMessage();
  }

  /** The reading end: plain bytes until the end, then the packer's failure if it had one. */
  private static final class Packing extends FilterInputStream {
    private Thread thread;
    private volatile Throwable failure;

    Packing(InputStream in) {
      super(in);
    }

    void run(ArchiveStrategy strategy, Path source, PipedOutputStream out) {
      try {
        strategy.pack(source, out);
      } catch (IOException | RuntimeException | Error e) {
        failure = e;
      } finally {
        try {
          out.close();
        } catch (IOException e) {
          // the reader is gone; it no longer needs the end of the stream
        }
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) checkPacked();
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n < 0) checkPacked();
      return n;
    }

    private void checkPacked() throws IOException {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while packing the artifact", e);
      }
      Throwable f = failure;
      if (f != null) throw new IOException("cannot pack the artifact: " + f.getMessage(), f);
    }

    @Override
    public void close() throws IOException {
      super.close();
      thread.interrupt();
    }
  }
}
