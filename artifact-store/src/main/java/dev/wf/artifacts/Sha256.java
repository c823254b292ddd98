package dev.wf.artifacts;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of bytes as they stream past, in lowercase hex, as artifacts are checked with it. */
public final class Sha256 {
  private static final int BUFFER = 64 * 1024;

  private Sha256() {}

  /** Copies {@code in} to {@code out} and returns the SHA-256 of the bytes and their count. */
  public static Copied copy(InputStream in, OutputStream out) throws IOException {
    var measured = new Measured(in);
    byte[] buffer = new byte[BUFFER];
    for (int n; (n = measured.read(buffer)) != -1; ) out.write(buffer, 0, n);
    return measured.copied();
  }

  /** What went through a stream: a byte count and its SHA-256. */
  public record Copied(long size, String sha256) {}

  /** A stream that counts and digests what is read through it. */
  public static final class Measured extends FilterInputStream {
    private final MessageDigest digest;
    private long size;

    public Measured(InputStream in) {
      super(in);
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        digest.update((byte) b);
        size++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        digest.update(b, off, n);
        size += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("a measured stream is read, not skipped");
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    /** The count and digest of everything read so far (call once, at the end). */
    public Copied copied() {
      return new Copied(size, HexFormat.of().formatHex(digest.digest()));
    }
  }
}
