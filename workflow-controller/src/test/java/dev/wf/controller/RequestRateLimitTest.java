package dev.wf.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RequestRateLimitTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void aBurstPassesWithoutWaiting() {
    var limit = new RequestRateLimit(10, 3);

    assertThat(IntStream.range(0, 3).mapToLong(i -> limit.reserve(0))).containsOnly(0L);
  }

  @Test
  void requestsBeyondTheBurstWaitForTheRate() {
    var limit = new RequestRateLimit(10, 1);
    limit.reserve(0);

    assertThat(limit.reserve(0)).isEqualTo(SECOND / 10);
    assertThat(limit.reserve(0)).isEqualTo(2 * SECOND / 10);
  }

  @Test
  void tokensRefillOverTime() {
    var limit = new RequestRateLimit(10, 1);
    limit.reserve(0);

    assertThat(limit.reserve(SECOND / 10)).isZero();
  }
}
