package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.parse.Suggestions;
import dev.wf.api.spec.Artifact;

/**
 * The shape of one artifact's fields, wherever it stands: {@code archive} sets one of {@code tar},
 * {@code none}, {@code zip}; at most one source ({@code s3}, {@code http}, {@code raw}, ...) and
 * not together with {@code from}/{@code fromExpression}; {@code raw.data}, {@code http.url} and
 * {@code s3}'s keys typed; {@code from} is one reference to an artifact.
 */
final class ArtifactFields {
  static final List<String> SOURCES =
      List.of("s3", "http", "raw", "git", "gcs", "oss", "hdfs", "azure", "artifactory", "plugin");
  private static final List<String> ARCHIVES = List.of("tar", "none", "zip");
  private static final List<String> S3_KEYS =
      List.of(
          "key",
          "endpoint",
          "bucket",
          "region",
          "insecure",
          "accessKeySecret",
          "secretKeySecret",
          "sessionTokenSecret",
          "roleARN",
          "useSDKCreds",
          "createBucketIfNotPresent",
          "encryptionOptions",
          "caSecret",
          "addressingStyle");
  private static final Pattern FROM =
      Pattern.compile(
          "\\{\\{\\s*(steps\\.[^.]+\\.outputs\\.artifacts\\.[^.}]+"
              + "|tasks\\.[^.]+\\.outputs\\.artifacts\\.[^.}]+"
              + "|workflow\\.outputs\\.artifacts\\.[^.}]+"
              + "|inputs\\.artifacts\\.[^.}]+)\\s*}}");

  private ArtifactFields() {}

  /** Checks {@code a}, at {@code path}, adding what is wrong to {@code problems}. */
  static void check(Artifact a, String path, List<Problem> problems) {
    archive(a.archive(), FieldPath.child(path, "archive"), problems);
    sources(a, path, problems);
    if (a.from() != null && !FROM.matcher(a.from().strip()).matches()) {
      problems.add(
          new Problem(
              FieldPath.child(path, "from"),
              "expected a reference to an artifact, like"
                  + " {{steps.NAME.outputs.artifacts.ARTIFACT}}, found \""
                  + a.from()
                  + "\""));
    }
    text(a.raw(), "data", FieldPath.child(path, "raw"), problems);
    text(a.http(), "url", FieldPath.child(path, "http"), problems);
    s3(a.s3(), FieldPath.child(path, "s3"), problems);
  }

  /** Which of the sources (and {@code from}, {@code fromExpression}) the artifact sets. */
  static List<String> sourcesOf(Artifact a) {
    var set = new ArrayList<String>();
    if (a.from() != null) set.add("from");
    if (a.fromExpression() != null) set.add("fromExpression");
    JsonNode[] nodes = {
      a.s3(),
      a.http(),
      a.raw(),
      a.git(),
      a.gcs(),
      a.oss(),
      a.hdfs(),
      a.azure(),
      a.artifactory(),
      a.plugin()
    };
    for (int i = 0; i < nodes.length; i++) {
      if (nodes[i] != null && !nodes[i].isNull()) set.add(SOURCES.get(i));
    }
    return set;
  }

  private static void sources(Artifact a, String path, List<Problem> problems) {
    List<String> set = sourcesOf(a);
    if (set.size() < 2) return;
    problems.add(
        new Problem(
            FieldPath.child(path, set.get(1)),
            "artifact \""
                + a.name()
                + "\" sets both "
                + set.get(0)
                + " and "
                + set.get(1)
                + "; set only one"));
  }

  private static void archive(JsonNode archive, String path, List<Problem> problems) {
    if (archive == null || archive.isNull()) return;
    if (!archive.isObject() || archive.isEmpty()) {
      problems.add(new Problem(path, "expected one of tar, none or zip, e.g. {none: {}}"));
      return;
    }
    var kinds = new ArrayList<String>();
    for (Map.Entry<String, JsonNode> kind : archive.properties()) {
      String at = FieldPath.child(path, kind.getKey());
      if (!ARCHIVES.contains(kind.getKey())) {
        problems.add(
            new Problem(at, "unknown archive \"" + kind.getKey() + "\" (allowed: tar, none, zip)"));
        continue;
      }
      kinds.add(kind.getKey());
      options(kind.getKey(), kind.getValue(), at, problems);
    }
    if (kinds.size() > 1) {
      problems.add(
          new Problem(
              FieldPath.child(path, kinds.get(1)),
              "archive sets both " + kinds.get(0) + " and " + kinds.get(1) + "; set only one"));
    }
  }

  private static void options(String kind, JsonNode options, String path, List<Problem> problems) {
    if (options == null || options.isNull()) return;
    if (!options.isObject()) {
      problems.add(new Problem(path, "expected a mapping, e.g. " + kind + ": {}"));
      return;
    }
    for (Map.Entry<String, JsonNode> option : options.properties()) {
      String at = FieldPath.child(path, option.getKey());
      if (!kind.equals("tar") || !option.getKey().equals("compressionLevel")) {
        String allowed = kind.equals("tar") ? "compressionLevel" : "nothing";
        problems.add(
            new Problem(
                at, "unknown field \"" + option.getKey() + "\" (allowed: " + allowed + ")"));
      } else if (!option.getValue().isIntegralNumber()
          || option.getValue().asInt() < -1
          || option.getValue().asInt() > 9) {
        problems.add(
            new Problem(at, "expected a gzip level from -1 to 9, found " + option.getValue()));
      }
    }
  }

  private static void text(JsonNode node, String field, String path, List<Problem> problems) {
    if (node == null || node.isNull()) return;
    if (!node.isObject()) {
      problems.add(new Problem(path, "expected a mapping with " + field));
    } else if (!node.hasNonNull(field)) {
      problems.add(new Problem(FieldPath.child(path, field), "required"));
    } else if (!node.get(field).isValueNode()) {
      problems.add(new Problem(FieldPath.child(path, field), "expected text"));
    }
  }

  private static void s3(JsonNode s3, String path, List<Problem> problems) {
    if (s3 == null || s3.isNull()) return;
    if (!s3.isObject()) {
      problems.add(new Problem(path, "expected a mapping, e.g. {key: my-file}"));
      return;
    }
    for (Map.Entry<String, JsonNode> field : s3.properties()) {
      if (!S3_KEYS.contains(field.getKey())) {
        problems.add(
            new Problem(
                FieldPath.child(path, field.getKey()),
                "unknown field \""
                    + field.getKey()
                    + "\""
                    + Suggestions.closest(field.getKey(), S3_KEYS)
                        .map(c -> "; did you mean \"" + c + "\"?")
                        .orElse(" (allowed: " + String.join(", ", S3_KEYS) + ")")));
      }
    }
    if (s3.has("key") && !s3.get("key").isTextual()) {
      problems.add(new Problem(FieldPath.child(path, "key"), "expected text"));
    }
  }
}
