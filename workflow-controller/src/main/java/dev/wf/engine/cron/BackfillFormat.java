package dev.wf.engine.cron;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The date formats {@code wf cron backfill --format} takes, named as Go's layouts (Argo's flag is a
 * Go layout): RFC 1123 ({@code Mon, 02 Jan 2006 15:04:05 MST}, the default) and RFC 3339 ({@code
 * 2006-01-02T15:04:05Z07:00}); {@code RFC1123} and {@code RFC3339} name them too.
 */
public enum BackfillFormat {
  RFC1123(
      "Mon, 02 Jan 2006 15:04:05 MST",
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.ENGLISH)),
  RFC3339("2006-01-02T15:04:05Z07:00", DateTimeFormatter.ISO_OFFSET_DATE_TIME);

  /** Argo's default, Go's {@code time.RFC1123}. */
  public static final String DEFAULT_LAYOUT = RFC1123.layout;

  private final String layout;
  private final DateTimeFormatter formatter;

  BackfillFormat(String layout, DateTimeFormatter formatter) {
    this.layout = layout;
    this.formatter = formatter;
  }

  /** The format a Go layout or a name stands for. */
  public static BackfillFormat of(String layoutOrName) {
    for (BackfillFormat format : values()) {
      if (format.layout.equals(layoutOrName) || format.name().equalsIgnoreCase(layoutOrName)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unsupported date format \""
            + layoutOrName
            + "\": use \""
            + RFC1123.layout
            + "\" (RFC1123) or \""
            + RFC3339.layout
            + "\" (RFC3339)");
  }

  /** The Go layout. */
  public String layout() {
    return layout;
  }

  /** The moment a date in this format stands for. */
  public Instant parse(String text) {
    try {
      return ZonedDateTime.parse(text, formatter).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "cannot read \"" + text + "\" as a date like \"" + layout + "\"");
    }
  }

  /** The moment written in this format, in {@code zone}. */
  public String format(Instant instant, ZoneId zone) {
    return formatter.format(instant.atZone(zone));
  }
}
