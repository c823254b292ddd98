package dev.wf.api.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Inputs;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.TemplateRef;

class NodeFieldSelectorTest {
  private static final NodeStatus APPROVE =
      NodeStatus.create(
              "wf-1", "wf[0].approve", "approve", NodeType.SUSPEND, "wait", "wf", Instant.EPOCH)
          .withPhase(NodePhase.RUNNING, null, null)
          .withInputs(new Inputs(List.of(Parameter.of("who", "a,b=c")), null));

  private static boolean matches(String selector, NodeStatus node) {
    return NodeFieldSelector.parse(selector).matches(node);
  }

  @Test
  void matchesAFieldThatEqualsTheValue() {
    assertThat(matches("displayName=approve", APPROVE)).isTrue();
    assertThat(matches("displayName==approve", APPROVE)).isTrue();
    assertThat(matches("displayName=other", APPROVE)).isFalse();
  }

  @Test
  void notEqualMatchesEveryOtherValue() {
    assertThat(matches("phase!=Succeeded", APPROVE)).isTrue();
    assertThat(matches("phase!=Running", APPROVE)).isFalse();
  }

  @Test
  void commaJoinsTermsThatMustAllHold() {
    assertThat(matches("name=wf[0].approve,id=wf-1,templateName=wait", APPROVE)).isTrue();
    assertThat(matches("name=wf[0].approve,id=wf-2", APPROVE)).isFalse();
  }

  @Test
  void readsInputParametersWithEscapedCommaAndEquals() {
    assertThat(matches("inputs.parameters.who.value=a\\,b\\=c", APPROVE)).isTrue();
  }

  @Test
  void templateNameIsTheReferencedTemplateForATemplateRef() {
    NodeStatus node = APPROVE.withTemplateRef(new TemplateRef("library", "gate", null));

    assertThat(matches("templateName=gate,templateRef.name=library", node)).isTrue();
  }

  @Test
  void aFieldTheNodeLacksReadsAsEmpty() {
    assertThat(matches("templateRef.name=", APPROVE)).isTrue();
    assertThat(matches("inputs.parameters.missing.value!=x", APPROVE)).isTrue();
  }

  @Test
  void theEmptySelectorMatchesEverything() {
    assertThat(NodeFieldSelector.parse(" ").isEmpty()).isTrue();
    assertThat(matches("", APPROVE)).isTrue();
  }

  @Test
  void rejectsATermWithoutAnOperator() {
    assertThatThrownBy(() -> NodeFieldSelector.parse("displayName"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid node field selector \"displayName\": expected FIELD=VALUE or FIELD!=VALUE");
  }

  @Test
  void rejectsAnUnknownFieldNamingTheKnownOnes() {
    assertThatThrownBy(() -> NodeFieldSelector.parse("phase=Running,displayname=x"))
        .hasMessageStartingWith(
            "invalid node field selector \"displayname=x\": unknown field \"displayname\" (known:"
                + " displayName, id, name, phase,");
  }
}
