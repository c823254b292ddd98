package dev.wf.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.wf.api.spec.ArtifactRepository;
import dev.wf.api.spec.S3ArtifactRepository;
import dev.wf.api.spec.S3ArtifactRepository.CreateS3BucketOptions;
import dev.wf.executor.artifacts.SecretRef;

/**
 * Reads an artifact repository in Argo's shape ({@code archiveLogs}, {@code s3: {...}}) or wf's own
 * {@code file: {root}}, from {@code config.yaml} or from a key of an artifact-repositories
 * ConfigMap. Every key is checked: unknown ones are errors that list the allowed ones; Argo's keys
 * that wf does not implement (other kinds of repository, IAM roles, encryption) say so.
 */
public final class ArtifactRepositoryReader {
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final List<String> TOP = List.of("archiveLogs", "s3", "file");
  private static final Set<String> OTHER_KINDS =
      Set.of("gcs", "azure", "oss", "hdfs", "artifactory", "plugin");
  private static final List<String> S3_KEYS =
      List.of(
          "endpoint",
          "bucket",
          "region",
          "insecure",
          "accessKeySecret",
          "secretKeySecret",
          "createBucketIfNotPresent",
          "keyFormat",
          "keyPrefix",
          "addressingStyle");
  private static final Set<String> S3_UNSUPPORTED =
      Set.of("sessionTokenSecret", "roleARN", "useSDKCreds", "encryptionOptions", "caSecret");

  private ArtifactRepositoryReader() {}

  /**
   * Parses YAML text (a ConfigMap value); {@code where} prefixes messages.
   *
   * @throws ConfigException when the text is not YAML or not a repository
   */
  public static ArtifactRepository parse(String yaml, String where) {
    JsonNode node;
    try {
      node = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new ConfigException(where + ": not valid YAML: " + e.getOriginalMessage());
    }
    return read(node, where + ":");
  }

  /**
   * Reads a repository from a parsed mapping; {@code where} names it in messages, e.g. {@code
   * config.yaml: artifactRepository}.
   *
   * @throws ConfigException when a key is unknown or has the wrong shape
   */
  public static ArtifactRepository read(JsonNode node, String where) {
    Fields fields = Fields.of(node, where, TOP, OTHER_KINDS, "wf stores artifacts in s3 or file");
    JsonNode s3 = fields.get("s3");
    JsonNode file = fields.get("file");
    if ((s3 == null) == (file == null)) {
      throw new ConfigException(at(where) + ": set exactly one of s3 or file");
    }
    Boolean archiveLogs = fields.bool("archiveLogs");
    if (file != null)
      return new ArtifactRepository(archiveLogs, null, file(file, child(where, "file")));
    return new ArtifactRepository(archiveLogs, s3(s3, child(where, "s3")), null);
  }

  private static ArtifactRepository.File file(JsonNode node, String where) {
    Fields fields = Fields.of(node, where, List.of("root"), Set.of(), "");
    String root = fields.text("root");
    if (root == null || root.isBlank())
      throw new ConfigException(child(where, "root") + ": required");
    return new ArtifactRepository.File(root);
  }

  private static S3ArtifactRepository s3(JsonNode node, String where) {
    Fields fields =
        Fields.of(node, where, S3_KEYS, S3_UNSUPPORTED, "credentials come from accessKeySecret");
    String bucket = fields.text("bucket");
    if (bucket == null || bucket.isBlank())
      throw new ConfigException(child(where, "bucket") + ": required");
    String style = fields.text("addressingStyle");
    if (style != null && !style.isEmpty() && !style.equals("path")) {
      throw new ConfigException(
          where
              + ".addressingStyle: wf always uses path-style addressing, found \""
              + style
              + "\"");
    }
    return new S3ArtifactRepository(
        fields.text("endpoint"),
        bucket,
        fields.text("region"),
        fields.bool("insecure"),
        secret(fields.get("accessKeySecret"), child(where, "accessKeySecret")),
        secret(fields.get("secretKeySecret"), child(where, "secretKeySecret")),
        createBucket(
            fields.get("createBucketIfNotPresent"), child(where, "createBucketIfNotPresent")),
        keyFormat(fields.text("keyFormat"), fields.text("keyPrefix")));
  }

  /** Argo's deprecated {@code keyPrefix} puts the default format under a prefix. */
  private static String keyFormat(String keyFormat, String keyPrefix) {
    if (keyFormat != null && !keyFormat.isBlank()) return keyFormat;
    if (keyPrefix == null || keyPrefix.isBlank()) return null;
    return keyPrefix.replaceAll("/+$", "") + "/" + ArtifactRepository.DEFAULT_KEY_FORMAT;
  }

  private static SecretRef secret(JsonNode node, String where) {
    if (node == null) return null;
    Fields fields = Fields.of(node, where, List.of("name", "key", "optional"), Set.of(), "");
    String name = fields.text("name");
    String key = fields.text("key");
    if (name == null || key == null)
      throw new ConfigException(at(where) + ": set both name and key");
    return new SecretRef(name, key);
  }

  /** Argo's {@code {objectLocking: bool}}, or a plain boolean (true: create, no locking). */
  private static CreateS3BucketOptions createBucket(JsonNode node, String where) {
    if (node == null) return null;
    if (node.isBoolean()) return node.booleanValue() ? new CreateS3BucketOptions(null) : null;
    Fields fields = Fields.of(node, where, List.of("objectLocking"), Set.of(), "");
    return new CreateS3BucketOptions(fields.bool("objectLocking"));
  }

  /** The path of {@code key} below {@code where}; a {@code where} ending in ':' is a source. */
  private static String child(String where, String key) {
    return where.endsWith(":") ? where + " " + key : where + "." + key;
  }

  /** {@code where} as the start of a message, without a trailing ':'. */
  private static String at(String where) {
    return where.endsWith(":") ? where.substring(0, where.length() - 1) : where;
  }

  /** The keys of one mapping, checked against what is allowed there. */
  private record Fields(JsonNode node, String where) {
    static Fields of(
        JsonNode node, String where, List<String> allowed, Set<String> unsupported, String hint) {
      if (node == null || !node.isObject()) {
        throw new ConfigException(at(where) + ": expected a mapping, found " + describe(node));
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = field.getKey();
        if (unsupported.contains(key)) {
          throw new ConfigException(
              child(where, key)
                  + ": not supported by wf"
                  + (hint.isEmpty() ? "" : " (" + hint + ")"));
        }
        if (!allowed.contains(key)) {
          throw new ConfigException(
              child(where, key) + ": unknown key (allowed: " + String.join(", ", allowed) + ")");
        }
      }
      return new Fields(node, where);
    }

    JsonNode get(String key) {
      JsonNode value = node.get(key);
      return value == null || value.isNull() ? null : value;
    }

    String text(String key) {
      JsonNode value = get(key);
      if (value == null) return null;
      if (!value.isValueNode()) {
        throw new ConfigException(child(where, key) + ": expected text, found " + describe(value));
      }
      return value.asText();
    }

    Boolean bool(String key) {
      JsonNode value = get(key);
      if (value == null) return null;
      if (!value.isBoolean()) {
        throw new ConfigException(
            child(where, key) + ": expected true or false, found " + describe(value));
      }
      return value.booleanValue();
    }

    private static String describe(JsonNode node) {
      if (node == null || node.isNull()) return "nothing";
      if (node.isTextual()) return "\"" + node.textValue() + "\"";
      return node.isObject() ? "a mapping" : node.isArray() ? "a list" : node.toString();
    }
  }
}
