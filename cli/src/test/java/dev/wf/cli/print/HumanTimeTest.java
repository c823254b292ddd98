package dev.wf.cli.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.wf.cli.Fixtures;

class HumanTimeTest {
  @Test
  void shortDurationKeepsTwoUnitsAndDropsZeroRemainders() {
    assertThat(HumanTime.shortDuration(Duration.ofMillis(400))).isEqualTo("0s");
    assertThat(HumanTime.shortDuration(Duration.ofSeconds(10))).isEqualTo("10s");
    assertThat(HumanTime.shortDuration(Duration.ofSeconds(65))).isEqualTo("1m 5s");
    assertThat(HumanTime.shortDuration(Duration.ofMinutes(3))).isEqualTo("3m");
    assertThat(HumanTime.shortDuration(Duration.ofMinutes(123))).isEqualTo("2h 3m");
    assertThat(HumanTime.shortDuration(Duration.ofHours(28))).isEqualTo("1d 4h");
  }

  @Test
  void longDurationSpellsUnitsAsArgoHeaderDoes() {
    assertThat(HumanTime.longDuration(Duration.ofSeconds(1))).isEqualTo("1 second");
    assertThat(HumanTime.longDuration(Duration.ofSeconds(10))).isEqualTo("10 seconds");
    assertThat(HumanTime.longDuration(Duration.ofSeconds(65))).isEqualTo("1 minute 5 seconds");
    assertThat(HumanTime.longDuration(Duration.ofMinutes(150))).isEqualTo("2 hours 30 minutes");
    assertThat(HumanTime.longDuration(Duration.ofHours(49))).isEqualTo("2 days 1 hour");
  }

  @Test
  void ageFollowsKubectl() {
    assertThat(HumanTime.age(Duration.ofSeconds(5))).isEqualTo("5s");
    assertThat(HumanTime.age(Duration.ofSeconds(119))).isEqualTo("119s");
    assertThat(HumanTime.age(Duration.ofSeconds(303))).isEqualTo("5m3s");
    assertThat(HumanTime.age(Duration.ofMinutes(3))).isEqualTo("3m");
    assertThat(HumanTime.age(Duration.ofMinutes(45))).isEqualTo("45m");
    assertThat(HumanTime.age(Duration.ofMinutes(150))).isEqualTo("150m");
    assertThat(HumanTime.age(Duration.ofMinutes(200))).isEqualTo("3h20m");
    assertThat(HumanTime.age(Duration.ofHours(2 * 8))).isEqualTo("16h");
    assertThat(HumanTime.age(Duration.ofHours(77))).isEqualTo("3d5h");
    assertThat(HumanTime.age(Duration.ofDays(40))).isEqualTo("40d");
    assertThat(HumanTime.age(Duration.ofDays(800))).isEqualTo("2y70d");
  }

  @Test
  void timestampGivesDateAndHowLongAgo() {
    Instant created = Instant.parse("2026-01-02T09:03:00Z");

    assertThat(HumanTime.timestamp(created, Fixtures.CLOCK))
        .isEqualTo("Fri Jan 02 09:03:00 +0000 (1 hour ago)");
  }

  @Test
  void relativeSaysNowAgoAndFromNow() {
    Instant now = Fixtures.CLOCK.instant();

    assertThat(HumanTime.relative(now, Fixtures.CLOCK)).isEqualTo("now");
    assertThat(HumanTime.relative(now.minusSeconds(1), Fixtures.CLOCK)).isEqualTo("1 second ago");
    assertThat(HumanTime.relative(now.minusSeconds(3 * 86400), Fixtures.CLOCK))
        .isEqualTo("3 days ago");
    assertThat(HumanTime.relative(now.plusSeconds(7200), Fixtures.CLOCK))
        .isEqualTo("2 hours from now");
  }

  @Test
  void betweenMeasuresToNowWhileUnfinishedAndZeroBeforeStart() {
    Instant now = Fixtures.CLOCK.instant();

    assertThat(HumanTime.between(now.minusSeconds(30), null, Fixtures.CLOCK))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(HumanTime.between(null, null, Fixtures.CLOCK)).isEqualTo(Duration.ZERO);
  }
}
