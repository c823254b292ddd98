package dev.wf.api.spec;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Kubernetes container as Argo uses it. The same record holds a {@code script} template (which
 * adds {@code source}) and a {@code containerSet} member (which adds {@code dependencies}); the
 * validator rejects those fields where they do not belong.
 */
public record Container(
    String name,
    String image,
    List<String> command,
    List<String> args,
    String source,
    List<String> dependencies,
    String workingDir,
    List<EnvVar> env,
    JsonNode envFrom,
    JsonNode resources,
    JsonNode resizePolicy,
    String restartPolicy,
    JsonNode volumeMounts,
    JsonNode volumeDevices,
    JsonNode ports,
    JsonNode livenessProbe,
    JsonNode readinessProbe,
    JsonNode startupProbe,
    JsonNode lifecycle,
    String terminationMessagePath,
    String terminationMessagePolicy,
    String imagePullPolicy,
    JsonNode securityContext,
    Boolean stdin,
    Boolean stdinOnce,
    Boolean tty,
    JsonNode restartPolicyRules) {
  public Container {
    command = Lists.of(command);
    args = Lists.of(args);
    dependencies = Lists.of(dependencies);
    env = Lists.of(env);
  }
}
