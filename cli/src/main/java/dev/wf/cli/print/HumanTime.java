package dev.wf.cli.print;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times and durations as people read them, in the forms argo and kubectl print: {@code "1m 5s"} for
 * a step's duration, {@code "1 minute 5 seconds"} in a workflow's header, {@code "3m"} for an age,
 * {@code "Mon Jan 02 15:04:05 +0000 (5 minutes ago)"} for a moment.
 */
public final class HumanTime {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z", Locale.ENGLISH);
  private static final long MINUTE = 60;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  private HumanTime() {}

  /** The time from {@code start} to {@code end}, or to now while {@code end} is not set. */
  public static Duration between(Instant start, Instant end, Clock clock) {
    if (start == null) {
      return Duration.ZERO;
    }
    Duration duration = Duration.between(start, end == null ? clock.instant() : end);
    return duration.isNegative() ? Duration.ZERO : duration;
  }

  /** Two units at most, short: {@code "0s"}, {@code "10s"}, {@code "1m 5s"}, {@code "2h 3m"}. */
  public static String shortDuration(Duration duration) {
    long s = Math.max(0, duration.toSeconds());
    if (s < MINUTE) {
      return s + "s";
    }
    if (s < HOUR) {
      return pair(s / MINUTE, "m", s % MINUTE, "s");
    }
    if (s < DAY) {
      return pair(s / HOUR, "h", s % HOUR / MINUTE, "m");
    }
    return pair(s / DAY, "d", s % DAY / HOUR, "h");
  }

  /** Argo's header form: {@code "10 seconds"}, {@code "1 minute 5 seconds"}. */
  public static String longDuration(Duration duration) {
    long s = Math.max(0, duration.toSeconds());
    if (s < MINUTE) {
      return units(s, "second");
    }
    if (s < HOUR) {
      return units(s / MINUTE, "minute") + " " + units(s % MINUTE, "second");
    }
    if (s < DAY) {
      return units(s / HOUR, "hour") + " " + units(s % HOUR / MINUTE, "minute");
    }
    return units(s / DAY, "day") + " " + units(s % DAY / HOUR, "hour");
  }

  /** kubectl's AGE: {@code "45s"}, {@code "5m3s"}, {@code "3h"}, {@code "4d5h"}, {@code "2y"}. */
  public static String age(Duration duration) {
    long s = Math.max(0, duration.toSeconds());
    long minutes = s / MINUTE;
    long hours = s / HOUR;
    long days = s / DAY;
    if (s < 2 * MINUTE) {
      return s + "s";
    } else if (minutes < 10) {
      return compact(minutes, "m", s % MINUTE, "s");
    } else if (minutes < 3 * 60) {
      return minutes + "m";
    } else if (hours < 8) {
      return compact(hours, "h", minutes % 60, "m");
    } else if (hours < 48) {
      return hours + "h";
    } else if (hours < 24 * 8) {
      return compact(days, "d", hours % 24, "h");
    } else if (days < 365 * 2) {
      return days + "d";
    } else if (days < 365 * 8) {
      return compact(days / 365, "y", days % 365, "d");
    }
    return days / 365 + "y";
  }

  /** {@code "Mon Jan 02 15:04:05 +0000 (5 minutes ago)"} in the clock's time zone. */
  public static String timestamp(Instant instant, Clock clock) {
    return TIMESTAMP.format(instant.atZone(clock.getZone()))
        + " ("
        + relative(instant, clock)
        + ")";
  }

  /** {@code "now"}, {@code "5 minutes ago"}, {@code "2 hours from now"}. */
  public static String relative(Instant instant, Clock clock) {
    Duration duration = Duration.between(instant, clock.instant());
    String suffix = duration.isNegative() ? " from now" : " ago";
    long s = duration.abs().toSeconds();
    if (s < 1) {
      return "now";
    }
    return magnitude(s) + suffix;
  }

  private static String magnitude(long s) {
    long days = s / DAY;
    if (s < MINUTE) {
      return units(s, "second");
    } else if (s < HOUR) {
      return units(s / MINUTE, "minute");
    } else if (s < DAY) {
      return units(s / HOUR, "hour");
    } else if (days < 7) {
      return units(days, "day");
    } else if (days < 30) {
      return units(days / 7, "week");
    } else if (days < 360) {
      return units(days / 30, "month");
    }
    return units(Math.max(1, days / 360), "year");
  }

  private static String units(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  private static String pair(long major, String majorUnit, long minor, String minorUnit) {
    return minor == 0 ? major + majorUnit : major + majorUnit + " " + minor + minorUnit;
  }

  private static String compact(long major, String majorUnit, long minor, String minorUnit) {
    return minor == 0 ? major + majorUnit : major + majorUnit + minor + minorUnit;
  }
}
