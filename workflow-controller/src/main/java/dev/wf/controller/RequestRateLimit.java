package dev.wf.controller;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;

/**
 * Client-side rate limit towards the API server, as client-go's {@code --qps}/{@code --burst}: a
 * token bucket of {@code burst} requests refilled at {@code qps} per second; a request that finds
 * it empty waits for its token. fabric8 7.9 only limits concurrent requests, so this runs as an
 * HTTP interceptor before each request.
 */
public final class RequestRateLimit implements Interceptor {
  /** The interceptor's name in fabric8's HTTP client. */
  public static final String NAME = "wf-rate-limit";

  private final double qps;
  private final double burst;
  private double tokens;
  private long refilledAt;
  private boolean used;

  public RequestRateLimit(double qps, int burst) {
    if (qps <= 0 || burst <= 0) throw new IllegalArgumentException("qps and burst must be > 0");
    this.qps = qps;
    this.burst = burst;
    this.tokens = burst;
  }

  @Override
  public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
    long wait = reserve(System.nanoTime());
    while (wait > 0) {
      long until = System.nanoTime() + wait;
      LockSupport.parkNanos(wait);
      wait = until - System.nanoTime();
    }
  }

  /** Takes a token; returns how many nanoseconds the caller must wait until it is its. */
  synchronized long reserve(long now) {
    if (!used) {
      used = true;
      refilledAt = now;
    }
    tokens = Math.min(burst, tokens + (now - refilledAt) * qps / TimeUnit.SECONDS.toNanos(1));
    refilledAt = now;
    tokens -= 1;
    return tokens >= 0 ? 0 : (long) (-tokens * TimeUnit.SECONDS.toNanos(1) / qps);
  }
}
