package dev.wf.artifacts.s3;

import java.time.Duration;

/**
 * Runs an S3 request again after a transient failure, waiting longer each time (exponential backoff
 * from {@code first}), up to {@code attempts} tries in all.
 */
final class Retrier {
  /** One request; may throw anything the client throws. */
  interface Request<T> {
    T run() throws Exception;
  }

  /** How the retrier waits; tests pass one that does not. */
  interface Pause {
    void sleep(Duration d) throws InterruptedException;
  }

  private final int attempts;
  private final Duration first;
  private final Pause pause;

  Retrier(int attempts, Duration first, Pause pause) {
    this.attempts = attempts;
    this.first = first;
    this.pause = pause;
  }

  static Retrier standard() {
    return new Retrier(4, Duration.ofMillis(200), d -> Thread.sleep(d.toMillis()));
  }

  /** The request's result, or the last failure once retries are used up (or it is final). */
  <T> T run(Request<T> request) throws Exception {
    Duration wait = first;
    for (int attempt = 1; ; attempt++) {
      try {
        return request.run();
      } catch (Exception e) {
        if (attempt >= attempts || !S3Errors.transientFailure(e)) throw e;
        pause.sleep(wait);
        wait = wait.multipliedBy(2);
      }
    }
  }
}
