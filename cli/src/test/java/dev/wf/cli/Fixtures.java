package dev.wf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Workflow;

/** Test fixtures: workflow JSON under {@code src/test/resources/workflows}, and a fixed clock. */
public final class Fixtures {
  /** Five minutes after the fixtures' workflows were created. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T10:05:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  /** The text of {@code workflows/NAME.json}. */
  public static String json(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/workflows/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Workflow workflow(String name) {
    return ModelJson.read(json(name), Workflow.class);
  }
}
