package dev.wf.api.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SprigDatesTest {
  private static final Map<String, String> VARS =
      Map.of("workflow.creationTimestamp", "2026-03-04T05:06:07Z");

  @Test
  void formatsAGivenTimeWithAGoLayout() {
    assertThat(
            Templating.substitute(
                "{{=sprig.date('2006-01-02 15:04:05', workflow.creationTimestamp)}}", VARS))
        .isEqualTo("2026-03-04 05:06:07");
  }

  @Test
  void passesATimestampThatAlsoHasPartsWholeToAFunction() {
    var vars =
        Map.of(
            "workflow.creationTimestamp", "2026-03-04T05:06:07Z",
            "workflow.creationTimestamp.Y", "2026");

    assertThat(
            Templating.substitute(
                "{{=sprig.date('01/02', workflow.creationTimestamp)}}"
                    + " {{=workflow.creationTimestamp.Y}} {{=workflow.creationTimestamp}}",
                vars))
        .isEqualTo("03/04 2026 2026-03-04T05:06:07Z");
  }

  @Test
  void keepsTextBetweenLayoutElements() {
    assertThat(
            Templating.substitute(
                "{{=sprig.date('Jan 2, 2006 at 3PM', workflow.creationTimestamp)}}", VARS))
        .isEqualTo("Mar 4, 2026 at 5AM");
  }

  @Test
  void formatsUnixSeconds() {
    assertThat(Templating.substitute("{{=sprig.date('2006', 0)}}", Map.of())).isEqualTo("1970");
  }

  @Test
  void rejectsATimeThatIsNotRfc3339() {
    assertThatThrownBy(
            () -> Templating.substitute("{{=sprig.date('2006', 'yesterday')}}", Map.of()))
        .hasMessageContaining("not an RFC 3339 time");
  }
}
