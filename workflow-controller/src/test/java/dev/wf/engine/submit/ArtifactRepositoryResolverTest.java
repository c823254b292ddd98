package dev.wf.engine.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.ArtifactRepository;
import dev.wf.api.spec.ArtifactRepositoryRef;
import dev.wf.api.spec.ArtifactRepositoryRefStatus;
import dev.wf.api.spec.ConfigMap;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.store.EmbeddedStore;

/** Argo's rules for choosing a workflow's repository, against a real SQLite ConfigMap store. */
class ArtifactRepositoryResolverTest {
  private static final ArtifactRepository DEFAULT = ArtifactRepository.file("/wf/artifacts");
  private static final String V1 = "s3:\n  bucket: v1-bucket\n  endpoint: minio:9000\n";
  private static final String V2 = "s3:\n  bucket: v2-bucket\n  endpoint: minio:9000\n";

  @TempDir Path dir;
  private EmbeddedStore store;
  private ArtifactRepositoryResolver resolver;

  @BeforeEach
  void open() {
    store = EmbeddedStore.open(dir.resolve("wf.db"), Clock.systemUTC());
    resolver = new ArtifactRepositoryResolver(store.configMaps(), DEFAULT);
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** Stores ConfigMap {@code name} with keys v1 and v2; {@code defaultKey} annotated if given. */
  private void configMap(String name, String defaultKey) {
    Map<String, String> annotations =
        defaultKey == null
            ? Map.of()
            : Map.of(ArtifactRepositoryRef.DEFAULT_KEY_ANNOTATION, defaultKey);
    var meta = new ObjectMeta(name, null, null, null, null, null, null, annotations);
    store.configMaps().create(ConfigMap.of(name, Map.of("v1", V1, "v2", V2)).withMetadata(meta));
  }

  @Test
  void usesTheInstallationsDefaultWithoutARef() {
    assertThat(resolver.resolve(null, "default"))
        .isEqualTo(ArtifactRepositoryRefStatus.ofDefault(DEFAULT));
  }

  @Test
  void usesTheKeyARefNames() {
    configMap("my-repos", null);

    var resolved = resolver.resolve(new ArtifactRepositoryRef("my-repos", "v2"), "default");

    assertThat(resolved.configMap()).isEqualTo("my-repos");
    assertThat(resolved.key()).isEqualTo("v2");
    assertThat(resolved.namespace()).isEqualTo("default");
    assertThat(resolved.isDefault()).isNull();
    assertThat(resolved.artifactRepository().s3().bucket()).isEqualTo("v2-bucket");
  }

  @Test
  void looksInArtifactRepositoriesWhenARefNamesNoConfigMap() {
    configMap(ArtifactRepositoryRef.DEFAULT_CONFIG_MAP, null);

    var resolved = resolver.resolve(new ArtifactRepositoryRef(null, "v1"), "default");

    assertThat(resolved.configMap()).isEqualTo("artifact-repositories");
    assertThat(resolved.artifactRepository().s3().bucket()).isEqualTo("v1-bucket");
  }

  @Test
  void takesTheDefaultKeyFromTheConfigMapsAnnotation() {
    configMap("my-repos", "v2");

    var resolved = resolver.resolve(new ArtifactRepositoryRef("my-repos", null), "default");

    assertThat(resolved.key()).isEqualTo("v2");
    assertThat(resolved.artifactRepository().s3().bucket()).isEqualTo("v2-bucket");
  }

  @Test
  void usesAnAnnotatedArtifactRepositoriesConfigMapWithoutARef() {
    configMap(ArtifactRepositoryRef.DEFAULT_CONFIG_MAP, "v1");

    var resolved = resolver.resolve(null, "default");

    assertThat(resolved.configMap()).isEqualTo("artifact-repositories");
    assertThat(resolved.key()).isEqualTo("v1");
    assertThat(resolved.artifactRepository().s3().bucket()).isEqualTo("v1-bucket");
  }

  @Test
  void ignoresAnUnannotatedArtifactRepositoriesConfigMapWithoutARef() {
    configMap(ArtifactRepositoryRef.DEFAULT_CONFIG_MAP, null);

    assertThat(resolver.resolve(null, "default").isDefault()).isTrue();
  }

  @Test
  void refusesARefToAMissingConfigMap() {
    assertThatThrownBy(() -> resolver.resolve(new ArtifactRepositoryRef("nope", "v1"), "default"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "spec.artifactRepositoryRef: ConfigMap \"nope\" not found (create it with `wf"
                + " configmap create`)");
  }

  @Test
  void refusesARefToAMissingKey() {
    configMap("my-repos", null);

    assertThatThrownBy(() -> resolver.resolve(new ArtifactRepositoryRef("my-repos", "v3"), "d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "spec.artifactRepositoryRef: ConfigMap \"my-repos\" has no key \"v3\" (keys: v1, v2)");
  }

  @Test
  void refusesARefWithoutAKeyToAConfigMapWithoutTheAnnotation() {
    configMap("my-repos", null);

    assertThatThrownBy(() -> resolver.resolve(new ArtifactRepositoryRef("my-repos", null), "d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "spec.artifactRepositoryRef: no key given, and ConfigMap \"my-repos\" has no"
                + " annotation workflows.argoproj.io/default-artifact-repository naming its"
                + " default key");
  }

  @Test
  void refusesAKeyThatIsNotARepository() {
    store.configMaps().create(ConfigMap.of("bad", Map.of("k", "s3: {endpoint: x}")));

    assertThatThrownBy(() -> resolver.resolve(new ArtifactRepositoryRef("bad", "k"), "d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spec.artifactRepositoryRef: ConfigMap \"bad\" key \"k\": s3.bucket: required");
  }

  @Test
  void writesTheResolvedRepositoryInArgosShape() {
    configMap("my-repos", null);
    var resolved = resolver.resolve(new ArtifactRepositoryRef("my-repos", "v1"), "default");
    var status = WorkflowStatus.EMPTY.withArtifactRepositoryRef(resolved);

    String json = ModelJson.write(status);

    assertThat(json)
        .isEqualTo(
            "{\"artifactRepositoryRef\":{\"namespace\":\"default\",\"configMap\":\"my-repos\","
                + "\"key\":\"v1\",\"artifactRepository\":{\"s3\":{\"endpoint\":\"minio:9000\","
                + "\"bucket\":\"v1-bucket\"}}}}");
    assertThat(ModelJson.read(json, WorkflowStatus.class)).isEqualTo(status);
  }

  @Test
  void marksTheInstallationsDefaultAsDefaultInJson() {
    String json = ModelJson.write(resolver.resolve(null, "default"));

    assertThat(json)
        .isEqualTo(
            "{\"default\":true,\"artifactRepository\":{\"file\":{\"root\":\"/wf/artifacts\"}}}");
    assertThat(ModelJson.read(json, ArtifactRepositoryRefStatus.class))
        .isEqualTo(ArtifactRepositoryRefStatus.ofDefault(DEFAULT));
  }
}
