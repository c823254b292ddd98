package dev.wf.api.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code now()}, times and durations, as a cron workflow's {@code when} uses them. */
class TimeExpressionsTest {
  private static final String ARGO_WHEN =
      "cronworkflow.lastScheduledTime == nil"
          + " || (now() - cronworkflow.lastScheduledTime).Seconds() > 360";

  private static Map<String, String> at(String now) {
    var vars = new HashMap<String, String>();
    vars.put(Expression.NOW, now);
    return vars;
  }

  private static Object eval(String expression, Map<String, String> vars) {
    return Expression.parse(expression).evaluate(vars);
  }

  @Test
  void nowIsTheTimeTheCallerGave() {
    assertThat(Expression.parse("now()").render(at("2024-05-01T10:00:00Z")))
        .isEqualTo("2024-05-01T10:00:00Z");
  }

  @Test
  void nowWithoutAGivenTimeIsAnError() {
    assertThatThrownBy(() -> eval("now()", Map.of()))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("now() is not available here");
  }

  @Test
  void timeMinusTimestampTextIsADurationInSeconds() {
    var vars = at("2024-05-01T10:00:00Z");
    vars.put("t", "2024-05-01T09:58:30Z");
    assertThat(eval("(now() - t).Seconds()", vars)).isEqualTo(90.0);
  }

  @Test
  void durationRendersAsGoDoes() {
    var vars = at("2024-05-01T10:00:00Z");
    vars.put("t", "2024-05-01T08:29:30Z");
    assertThat(Expression.parse("now() - t").render(vars)).isEqualTo("1h30m30s");
  }

  @Test
  void argosWhenHoldsWhenNeverScheduled() {
    assertThat(Expression.parse(ARGO_WHEN).test(at("2024-05-01T10:00:00Z"))).isTrue();
  }

  @Test
  void argosWhenIsFalseShortlyAfterTheLastRun() {
    var vars = at("2024-05-01T10:00:00Z");
    vars.put("cronworkflow.lastScheduledTime", "2024-05-01T09:55:00Z");
    assertThat(Expression.parse(ARGO_WHEN).test(vars)).isFalse();
  }

  @Test
  void argosWhenIsTrueLongAfterTheLastRun() {
    var vars = at("2024-05-01T10:00:00Z");
    vars.put("cronworkflow.lastScheduledTime", "2024-05-01T09:50:00Z");
    assertThat(Expression.parse(ARGO_WHEN).test(vars)).isTrue();
  }

  @Test
  void timesCompareWithTimestampText() {
    var vars = at("2024-05-01T10:00:00Z");
    vars.put("t", "2024-05-01T09:00:00Z");
    assertThat(eval("now() > t", vars)).isEqualTo(true);
    assertThat(eval("now() == t", vars)).isEqualTo(false);
  }

  @Test
  void durationsCompareAndAdd() {
    var vars = at("2024-05-01T10:00:00Z");
    vars.put("a", "2024-05-01T09:00:00Z");
    vars.put("b", "2024-05-01T09:30:00Z");
    assertThat(eval("(now() - a) > (now() - b)", vars)).isEqualTo(true);
    assertThat(eval("((now() - a) + (now() - b)).Minutes()", vars)).isEqualTo(90.0);
  }

  @Test
  void unknownMethodOnADurationIsAnError() {
    assertThatThrownBy(() -> eval("(now() - now()).Days()", at("2024-05-01T10:00:00Z")))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("unknown method Days()");
  }

  @Test
  void subtractingAPlainStringFromATimeIsAnError() {
    var vars = at("2024-05-01T10:00:00Z");
    vars.put("s", "yesterday");
    assertThatThrownBy(() -> eval("now() - s", vars))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("cannot apply \"-\" to time");
  }
}
