package dev.wf.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.wf.artifacts.ArtifactException;
import dev.wf.executor.artifacts.SecretRef;
import dev.wf.executor.artifacts.SecretResolver;

/**
 * Secrets on one machine, looked up as a pod would find mounted Kubernetes secrets: the key {@code
 * accessKey} of the secret {@code my-s3} is the file {@code $WF_HOME/secrets/my-s3/accessKey}, else
 * the entry {@code secrets: {my-s3: {accessKey: ...}}} in {@code $WF_HOME/config.yaml}, else, for
 * S3 keys, the environment's {@code AWS_ACCESS_KEY_ID} or {@code AWS_SECRET_ACCESS_KEY}. Values are
 * never put in messages.
 */
public final class LocalSecrets implements SecretResolver {
  static final String ACCESS_KEY_ENV = "AWS_ACCESS_KEY_ID";
  static final String SECRET_KEY_ENV = "AWS_SECRET_ACCESS_KEY";

  private final Path wfHome;
  private final Map<String, Map<String, String>> configured;
  private final Map<String, String> env;

  /**
   * @param env the environment to fall back on (the process's, or a test's)
   * @throws ConfigException when {@code secrets:} in config.yaml is not a mapping of names to
   *     mappings of keys to strings
   */
  public LocalSecrets(Path wfHome, Map<String, String> env) {
    this.wfHome = wfHome;
    this.configured = readConfig(wfHome.resolve("config.yaml"));
    this.env = Map.copyOf(env);
  }

  /** The secrets of {@code wfHome}, with this process's environment. */
  public static LocalSecrets of(Path wfHome) {
    return new LocalSecrets(wfHome, System.getenv());
  }

  @Override
  public String resolve(SecretRef ref, Use use) throws ArtifactException {
    if (ref == null) return env.get(envName(use));
    Path file = secretFile(ref);
    if (file != null && Files.isRegularFile(file)) return read(file, ref);
    String value = configured.getOrDefault(ref.name(), Map.of()).get(ref.key());
    if (value != null) return value;
    value = env.get(envName(use));
    if (value != null) return value;
    throw new ArtifactException(
        ArtifactException.Kind.FAILED,
        "secret \""
            + ref.name()
            + "\" has no key \""
            + ref.key()
            + "\": put it in "
            + wfHome.resolve("secrets").resolve(ref.name()).resolve(ref.key())
            + ", under secrets: in "
            + wfHome.resolve("config.yaml")
            + ", or set "
            + envName(use));
  }

  private static String envName(Use use) {
    return use == Use.S3_ACCESS_KEY ? ACCESS_KEY_ENV : SECRET_KEY_ENV;
  }

  /** The file of a secret's key; null when the names would lead outside the secrets directory. */
  private Path secretFile(SecretRef ref) {
    Path root = wfHome.resolve("secrets").toAbsolutePath().normalize();
    if (ref.name() == null || ref.key() == null) return null;
    Path file = root.resolve(ref.name()).resolve(ref.key()).normalize();
    return file.startsWith(root) && file.getNameCount() == root.getNameCount() + 2 ? file : null;
  }

  /** A secret file's text without the line end an editor or {@code echo} adds. */
  private static String read(Path file, SecretRef ref) throws ArtifactException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new ArtifactException(
          ArtifactException.Kind.FAILED,
          "cannot read secret \"" + ref.name() + "\" key \"" + ref.key() + "\": " + e.getMessage());
    }
  }

  private static Map<String, Map<String, String>> readConfig(Path file) {
    if (!Files.isRegularFile(file)) return Map.of();
    JsonNode secrets;
    try {
      JsonNode root = new YAMLMapper().readTree(Files.readString(file));
      secrets = root == null ? null : root.get("secrets");
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (secrets == null || secrets.isNull()) return Map.of();
    String shape = file + ": secrets: expected a mapping of secret names to {key: value}";
    if (!secrets.isObject()) throw new ConfigException(shape);
    var all = new LinkedHashMap<String, Map<String, String>>();
    for (Map.Entry<String, JsonNode> secret : secrets.properties()) {
      if (!secret.getValue().isObject()) throw new ConfigException(shape);
      var keys = new LinkedHashMap<String, String>();
      for (Map.Entry<String, JsonNode> key : secret.getValue().properties()) {
        if (!key.getValue().isValueNode() || key.getValue().isNull())
          throw new ConfigException(
              file + ": secrets." + secret.getKey() + "." + key.getKey() + ": expected a string");
        keys.put(key.getKey(), key.getValue().asText());
      }
      all.put(secret.getKey(), Map.copyOf(keys));
    }
    return Map.copyOf(all);
  }
}
