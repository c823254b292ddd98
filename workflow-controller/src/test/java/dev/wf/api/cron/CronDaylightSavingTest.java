package dev.wf.api.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Argo's daylight-saving tables for America/Los_Angeles in 2020, reproduced. */
class CronDaylightSavingTest {
  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx zzz");

  private static List<String> runs(String expression, String fromLocal) {
    var schedule = CronSchedule.parse(expression);
    ZonedDateTime at = LocalDateTime.parse(fromLocal).atZone(LA);
    var out = new ArrayList<String>();
    for (int i = 0; i < 3; i++) {
      at = schedule.next(at).orElseThrow();
      out.add(SHOWN.format(at));
    }
    return out;
  }

  @Test
  void beforeTheSkippedHourRunsEveryDay() {
    assertThat(runs("59 1 * * *", "2020-03-08T00:00"))
        .containsExactly(
            "2020-03-08 01:59:00 -0800 PST",
            "2020-03-09 01:59:00 -0700 PDT",
            "2020-03-10 01:59:00 -0700 PDT");
  }

  @Test
  void skippedTwoOClockDoesNotRunOnTheDayOfTheChange() {
    assertThat(runs("0 2 * * *", "2020-03-08T00:00"))
        .containsExactly(
            "2020-03-09 02:00:00 -0700 PDT",
            "2020-03-10 02:00:00 -0700 PDT",
            "2020-03-11 02:00:00 -0700 PDT");
  }

  @Test
  void skippedTwoOhOneDoesNotRunOnTheDayOfTheChange() {
    assertThat(runs("1 2 * * *", "2020-03-08T00:00"))
        .containsExactly(
            "2020-03-09 02:01:00 -0700 PDT",
            "2020-03-10 02:01:00 -0700 PDT",
            "2020-03-11 02:01:00 -0700 PDT");
  }

  @Test
  void repeatedHourRunsTwice() {
    assertThat(runs("59 1 * * *", "2020-11-01T00:00"))
        .containsExactly(
            "2020-11-01 01:59:00 -0700 PDT",
            "2020-11-01 01:59:00 -0800 PST",
            "2020-11-02 01:59:00 -0800 PST");
  }

  @Test
  void twoOClockRunsOnceAfterTheClockGoesBack() {
    assertThat(runs("0 2 * * *", "2020-11-01T00:00"))
        .containsExactly(
            "2020-11-01 02:00:00 -0800 PST",
            "2020-11-02 02:00:00 -0800 PST",
            "2020-11-03 02:00:00 -0800 PST");
  }

  @Test
  void twoOhOneRunsOnceAfterTheClockGoesBack() {
    assertThat(runs("1 2 * * *", "2020-11-01T00:00"))
        .containsExactly(
            "2020-11-01 02:01:00 -0800 PST",
            "2020-11-02 02:01:00 -0800 PST",
            "2020-11-03 02:01:00 -0800 PST");
  }

  @Test
  void repeatedTimesRunInInstantOrder() {
    assertThat(runs("30,59 1 * * *", "2020-11-01T01:40"))
        .containsExactly(
            "2020-11-01 01:59:00 -0700 PDT",
            "2020-11-01 01:30:00 -0800 PST",
            "2020-11-01 01:59:00 -0800 PST");
  }
}
