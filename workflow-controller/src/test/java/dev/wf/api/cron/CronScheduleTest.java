package dev.wf.api.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CronScheduleTest {
  private static final ZonedDateTime START = utc("2024-01-01T00:00:00Z"); // a Monday

  private static ZonedDateTime utc(String text) {
    return ZonedDateTime.parse(text).withZoneSameInstant(ZoneOffset.UTC);
  }

  private static List<String> times(String expression, ZonedDateTime from, int count) {
    var schedule = CronSchedule.parse(expression);
    var out = new ArrayList<String>();
    ZonedDateTime at = from;
    for (int i = 0; i < count; i++) {
      at = schedule.next(at).orElseThrow();
      out.add(at.toString());
    }
    return out;
  }

  private static CronSyntaxException error(String expression) {
    try {
      CronSchedule.parse(expression);
    } catch (CronSyntaxException e) {
      return e;
    }
    throw new AssertionError("parsed: " + expression);
  }

  @Test
  void everyMinuteRunsAtTheNextWholeMinute() {
    assertThat(times("* * * * *", utc("2024-01-01T00:00:30Z"), 2))
        .containsExactly("2024-01-01T00:01Z", "2024-01-01T00:02Z");
  }

  @Test
  void nextIsStrictlyAfterTheGivenTime() {
    assertThat(times("0 * * * *", START, 1)).containsExactly("2024-01-01T01:00Z");
  }

  @Test
  void fixedMinuteAndHourRunDaily() {
    assertThat(times("30 6 * * *", START, 2))
        .containsExactly("2024-01-01T06:30Z", "2024-01-02T06:30Z");
  }

  @Test
  void rangesStepsAndListsCombine() {
    assertThat(times("0-10/5,58 9 * * *", START, 4))
        .containsExactly(
            "2024-01-01T09:00Z", "2024-01-01T09:05Z", "2024-01-01T09:10Z", "2024-01-01T09:58Z");
  }

  @Test
  void starStepCountsFromTheFieldMinimum() {
    assertThat(times("*/20 0 * * *", START, 3))
        .containsExactly("2024-01-01T00:20Z", "2024-01-01T00:40Z", "2024-01-02T00:00Z");
  }

  @Test
  void singleValueWithStepRunsToTheFieldMaximum() {
    assertThat(times("50/5 0 * * *", START, 3))
        .containsExactly("2024-01-01T00:50Z", "2024-01-01T00:55Z", "2024-01-02T00:50Z");
  }

  @Test
  void monthAndDayNamesAreCaseInsensitive() {
    assertThat(times("0 0 * feb-Mar sat", START, 2))
        .containsExactly("2024-02-03T00:00Z", "2024-02-10T00:00Z");
  }

  @Test
  void sevenIsSundayLikeZero() {
    assertThat(times("0 0 * * 7", START, 1)).containsExactly("2024-01-07T00:00Z");
    assertThat(times("0 0 * * 0", START, 1)).containsExactly("2024-01-07T00:00Z");
  }

  @Test
  void questionMarkIsAStarInDayFields() {
    assertThat(times("0 0 ? * MON", START, 1)).containsExactly("2024-01-08T00:00Z");
  }

  @Test
  void restrictedDayOfMonthAndDayOfWeekMatchEither() {
    assertThat(times("0 0 15 * FRI", START, 3))
        .containsExactly("2024-01-05T00:00Z", "2024-01-12T00:00Z", "2024-01-15T00:00Z");
  }

  @Test
  void starredDayOfWeekMeansBothMustMatch() {
    assertThat(times("0 0 15 * */1", START, 1)).containsExactly("2024-01-15T00:00Z");
  }

  @Test
  void macrosMeanTheirFields() {
    assertThat(times("@hourly", START, 1)).containsExactly("2024-01-01T01:00Z");
    assertThat(times("@daily", START, 1)).containsExactly("2024-01-02T00:00Z");
    assertThat(times("@midnight", START, 1)).containsExactly("2024-01-02T00:00Z");
    assertThat(times("@weekly", START, 1)).containsExactly("2024-01-07T00:00Z");
    assertThat(times("@monthly", START, 1)).containsExactly("2024-02-01T00:00Z");
    assertThat(times("@yearly", START, 1)).containsExactly("2025-01-01T00:00Z");
    assertThat(times("@annually", START, 1)).containsExactly("2025-01-01T00:00Z");
  }

  @Test
  void everyAddsTheDurationToTheGivenTime() {
    assertThat(times("@every 1h30m", utc("2024-01-01T00:00:10Z"), 2))
        .containsExactly("2024-01-01T01:30:10Z", "2024-01-01T03:00:10Z");
    assertThat(times("@every 90s", START, 1)).containsExactly("2024-01-01T00:01:30Z");
  }

  @Test
  void leapDayIsFoundInTheNextLeapYear() {
    assertThat(times("0 0 29 2 *", utc("2024-03-01T00:00:00Z"), 1))
        .containsExactly("2028-02-29T00:00Z");
  }

  @Test
  void impossibleScheduleHasNoNextTime() {
    assertThat(CronSchedule.parse("0 0 30 2 *").next(START)).isEmpty();
  }

  @Test
  void keepsTheExpressionAsWritten() {
    assertThat(CronSchedule.parse("@every 5m").expression()).isEqualTo("@every 5m");
    assertThat(CronSchedule.parse(" 0 1 * * * ").expression()).isEqualTo(" 0 1 * * * ");
  }

  @Test
  void outOfRangeValueNamesFieldAndRange() {
    var e = error("61 * * * *");
    assertThat(e).hasMessage("minute field \"61\": out of range 0-59");
    assertThat(e.offset()).isZero();
  }

  @Test
  void badValueInAListPointsAtIt() {
    var e = error("0 1,25 * * *");
    assertThat(e).hasMessage("hour field \"1,25\": 25 is out of range 0-23");
    assertThat(e.offset()).isEqualTo(4);
  }

  @Test
  void unknownNamePointsAtTheField() {
    var e = error("0 0 * * FUN");
    assertThat(e)
        .hasMessage("day of week field \"FUN\": \"FUN\" is not a number or a name SUN-SAT");
    assertThat(e.offset()).isEqualTo(8);
  }

  @Test
  void backwardsRangeIsAnError() {
    var e = error("0 0 20-10 * *");
    assertThat(e).hasMessage("day of month field \"20-10\": range start 20 is after its end 10");
    assertThat(e.offset()).isEqualTo(4);
  }

  @Test
  void zeroStepIsAnError() {
    var e = error("*/0 * * * *");
    assertThat(e).hasMessage("minute field \"*/0\": step \"0\" must be a positive number");
    assertThat(e.offset()).isEqualTo(2);
  }

  @Test
  void questionMarkOutsideDayFieldsIsAnError() {
    assertThat(error("? * * * *").getMessage()).contains("only allowed in day of month");
  }

  @Test
  void tooManyFieldsPointsAtTheFirstExtra() {
    var e = error("0 0 * * * 2024");
    assertThat(e).hasMessageStartingWith("expected 5 fields, found 6");
    assertThat(e.offset()).isEqualTo(10);
  }

  @Test
  void tooFewFieldsPointsAtTheEnd() {
    var e = error("0 0 *");
    assertThat(e).hasMessageStartingWith("expected 5 fields, found 3");
    assertThat(e.offset()).isEqualTo(5);
  }

  @Test
  void unknownMacroSuggestsTheNearest() {
    var e = error("@hourlyy");
    assertThat(e).hasMessage("unknown macro \"@hourlyy\"; did you mean \"@hourly\"?");
    assertThat(e.offset()).isZero();
  }

  @Test
  void everyNeedsAGoDuration() {
    var e = error("@every 5x");
    assertThat(e.getMessage()).contains("invalid duration \"5x\"");
    assertThat(e.offset()).isEqualTo(7);
  }

  @Test
  void everyNeedsAtLeastOneSecond() {
    var e = error("@every 500ms");
    assertThat(e).hasMessage("@every: duration \"500ms\" is shorter than 1s");
    assertThat(e.offset()).isEqualTo(7);
  }

  @Test
  void emptyExpressionIsAnError() {
    assertThat(error("  ").getMessage()).startsWith("empty schedule");
  }
}
