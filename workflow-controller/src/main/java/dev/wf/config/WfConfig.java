package dev.wf.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.wf.api.spec.ArtifactRepository;

/**
 * The settings of a local installation, read once from {@code $WF_HOME/config.yaml}. Only the keys
 * wf uses are checked; others (for example {@code namespace}) are left to whoever reads them.
 *
 * @param images entrypoints of the images that containers without a {@code command} use
 * @param semaphores semaphore limits for ConfigMap keys the store does not have
 * @param artifactRepository the default artifact repository ({@code artifactRepository:}, in Argo's
 *     shape), or null when none is configured: then it is the file repository {@link
 *     #DEFAULT_ARTIFACTS} under {@code $WF_HOME} (see {@link #artifactRepository(Path)})
 * @param cluster what only a controller in a cluster reads (executor image, step service account)
 * @param parallelism how many workflows may run at once ({@code parallelism}, Argo's controller
 *     setting); 0 for no limit
 */
public record WfConfig(
    ImageEntrypoints images,
    SemaphoreLimits semaphores,
    ArtifactRepository artifactRepository,
    ClusterSettings cluster,
    int parallelism) {
  /** The directory under {@code $WF_HOME} of the embedded default artifact repository. */
  public static final String DEFAULT_ARTIFACTS = "artifacts";

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final List<String> ENTRY_KEYS = List.of("entrypoint", "cmd");

  public WfConfig {
    images = images == null ? ImageEntrypoints.none() : images;
    semaphores = semaphores == null ? SemaphoreLimits.NONE : semaphores;
    cluster = cluster == null ? ClusterSettings.DEFAULTS : cluster;
  }

  public WfConfig(
      ImageEntrypoints images, SemaphoreLimits semaphores, ArtifactRepository artifactRepository) {
    this(images, semaphores, artifactRepository, null, 0);
  }

  public WfConfig(ImageEntrypoints images) {
    this(images, null, null);
  }

  public WfConfig(ImageEntrypoints images, SemaphoreLimits semaphores) {
    this(images, semaphores, null);
  }

  /**
   * The installation's default artifact repository: the configured one (a relative file {@code
   * root} taken as relative to {@code wfHome}), else the file repository at {@code
   * wfHome/artifacts}.
   */
  public ArtifactRepository artifactRepository(Path wfHome) {
    if (artifactRepository == null) {
      return ArtifactRepository.file(wfHome.resolve(DEFAULT_ARTIFACTS).toAbsolutePath().toString());
    }
    if (artifactRepository.file() == null) return artifactRepository;
    Path root = wfHome.resolve(artifactRepository.file().root()).toAbsolutePath().normalize();
    return new ArtifactRepository(
        artifactRepository.archiveLogs(), null, new ArtifactRepository.File(root.toString()));
  }

  /** Reads {@code wfHome/config.yaml}; a missing file means the defaults. */
  public static WfConfig load(Path wfHome) {
    Path file = wfHome.resolve("config.yaml");
    if (!Files.isRegularFile(file)) return new WfConfig(null);
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses config text.
   *
   * @param source the file name used in error messages
   * @throws ConfigException when the YAML is malformed or a key wf uses has the wrong shape
   */
  public static WfConfig parse(String yaml, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new ConfigException(where + ": " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) return new WfConfig(null);
    if (!root.isObject()) throw new ConfigException(source + ": expected a mapping of settings");
    JsonNode repository = root.get("artifactRepository");
    return new WfConfig(
        images(root.get("images"), source),
        SemaphoreLimits.parse(root.get("synchronization"), source),
        repository == null || repository.isNull()
            ? null
            : ArtifactRepositoryReader.read(repository, source + ": artifactRepository"),
        ClusterSettings.parse(root, source),
        parallelism(root.get("parallelism"), source));
  }

  private static int parallelism(JsonNode node, String source) {
    if (node == null || node.isNull()) return 0;
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 0) {
      throw new ConfigException(
          source
              + ": parallelism: expected a whole number, 0 or more (0: no limit), found "
              + node);
    }
    return node.asInt();
  }

  private static ImageEntrypoints images(JsonNode node, String source) {
    if (node == null || node.isNull()) return ImageEntrypoints.none();
    if (!node.isObject()) {
      throw new ConfigException(
          source + ": images: expected a mapping of image name to {entrypoint, cmd}");
    }
    var entries = new LinkedHashMap<String, ImageEntrypoints.Entry>();
    for (Map.Entry<String, JsonNode> image : node.properties()) {
      String path = "images[\"" + image.getKey() + "\"]";
      JsonNode value = image.getValue();
      if (!value.isObject()) {
        throw new ConfigException(
            source + ": " + path + ": expected a mapping with entrypoint and/or cmd");
      }
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        if (!ENTRY_KEYS.contains(field.getKey())) {
          throw new ConfigException(
              source
                  + ": "
                  + path
                  + "."
                  + field.getKey()
                  + ": unknown key (allowed: entrypoint, cmd)");
        }
      }
      entries.put(
          image.getKey(),
          new ImageEntrypoints.Entry(
              strings(value.get("entrypoint"), source, path + ".entrypoint"),
              strings(value.get("cmd"), source, path + ".cmd")));
    }
    return new ImageEntrypoints(entries);
  }

  private static List<String> strings(JsonNode node, String source, String path) {
    if (node == null || node.isNull()) return List.of();
    if (!node.isArray()) {
      throw new ConfigException(
          source + ": " + path + ": expected a list of strings, found " + node);
    }
    var values = new ArrayList<String>();
    for (JsonNode item : node) {
      if (!item.isValueNode() || item.isNull()) {
        throw new ConfigException(
            source + ": " + path + ": expected a list of strings, found item " + item);
      }
      values.add(item.asText());
    }
    return values;
  }
}
