package dev.wf.engine.submit;

import java.util.Optional;
import java.util.TreeSet;

import dev.wf.api.spec.ArtifactRepository;
import dev.wf.api.spec.ArtifactRepositoryRef;
import dev.wf.api.spec.ArtifactRepositoryRefStatus;
import dev.wf.api.spec.ConfigMap;
import dev.wf.config.ArtifactRepositoryReader;
import dev.wf.config.ConfigException;
import dev.wf.store.ConfigMapStore;

/**
 * Chooses a workflow's artifact repository once, when it is submitted, by Argo's rules: the
 * ConfigMap key its {@code spec.artifactRepositoryRef} names (ConfigMap {@code
 * artifact-repositories} and the key its {@code workflows.argoproj.io/default-artifact-repository}
 * annotation names, unless the ref says otherwise); without a ref, that annotated key of {@code
 * artifact-repositories} if there is one; else the installation's default ({@code config.yaml}, or
 * the file repository under {@code $WF_HOME}). A ref that names a missing ConfigMap or key is an
 * error with a message that says which.
 */
public final class ArtifactRepositoryResolver {
  private final ConfigMapStore configMaps;
  private final ArtifactRepository defaultRepository;

  public ArtifactRepositoryResolver(ConfigMapStore configMaps, ArtifactRepository defaultRepo) {
    this.configMaps = configMaps;
    this.defaultRepository = defaultRepo;
  }

  /**
   * The resolved repository for a workflow in {@code namespace} with {@code ref} (null: none).
   *
   * @throws IllegalArgumentException when the ref cannot be resolved, saying why
   */
  public ArtifactRepositoryRefStatus resolve(ArtifactRepositoryRef ref, String namespace) {
    if (ref != null) return fromConfigMap(ref, namespace);
    var implicit = new ArtifactRepositoryRef(null, null);
    Optional<ConfigMap> configMap = configMaps.get(ArtifactRepositoryRef.DEFAULT_CONFIG_MAP);
    if (configMap.isPresent() && key(implicit, configMap.get()) != null) {
      String key = key(implicit, configMap.get());
      if (configMap.get().data().containsKey(key)) return fromConfigMap(implicit, namespace);
    }
    return ArtifactRepositoryRefStatus.ofDefault(defaultRepository);
  }

  private ArtifactRepositoryRefStatus fromConfigMap(ArtifactRepositoryRef ref, String namespace) {
    String name =
        ref.configMap() != null ? ref.configMap() : ArtifactRepositoryRef.DEFAULT_CONFIG_MAP;
    ConfigMap configMap =
        configMaps
            .get(name)
            .orElseThrow(
                () ->
                    refused(
                        "ConfigMap \""
                            + name
                            + "\" not found (create it with `wf configmap create`)"));
    String key = key(ref, configMap);
    if (key == null) {
      throw refused(
          "no key given, and ConfigMap \""
              + name
              + "\" has no annotation "
              + ArtifactRepositoryRef.DEFAULT_KEY_ANNOTATION
              + " naming its default key");
    }
    String value = configMap.data().get(key);
    if (value == null) {
      throw refused(
          "ConfigMap \""
              + name
              + "\" has no key \""
              + key
              + "\" (keys: "
              + String.join(", ", new TreeSet<>(configMap.data().keySet()))
              + ")");
    }
    ArtifactRepository repository;
    try {
      repository =
          ArtifactRepositoryReader.parse(value, "ConfigMap \"" + name + "\" key \"" + key + "\"");
    } catch (ConfigException e) {
      throw refused(e.getMessage());
    }
    return new ArtifactRepositoryRefStatus(namespace, name, key, null, repository);
  }

  private static String key(ArtifactRepositoryRef ref, ConfigMap configMap) {
    if (ref.key() != null && !ref.key().isEmpty()) return ref.key();
    return configMap.metadata().annotations().get(ArtifactRepositoryRef.DEFAULT_KEY_ANNOTATION);
  }

  private static IllegalArgumentException refused(String why) {
    return new IllegalArgumentException("spec.artifactRepositoryRef: " + why);
  }
}
