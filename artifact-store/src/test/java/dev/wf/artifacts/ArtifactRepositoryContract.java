package dev.wf.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link ArtifactRepository} does, whatever stores the bytes; each implementation's test
 * extends this with its own repository.
 */
public abstract class ArtifactRepositoryContract {
  @TempDir protected Path dir;

  protected abstract ArtifactRepository repository();

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void storesAndReturnsTheSameBytesWithTheirChecksum() throws Exception {
    StoredArtifact stored = repository().put("wf/node/out.txt", file("a", "hello"));

    Path copy = dir.resolve("copy/out.txt");
    repository().get("wf/node/out.txt", copy, stored.sha256());

    assertThat(copy).hasContent("hello");
    assertThat(stored.size()).isEqualTo(5);
    assertThat(stored.sha256())
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
  }

  @Test
  void streamsAnObjectLargerThanOnePart() throws Exception {
    Path big = dir.resolve("big.bin");
    var random = new Random(7);
    byte[] chunk = new byte[1 << 20];
    try (var out = Files.newOutputStream(big)) {
      for (int i = 0; i < 20; i++) {
        random.nextBytes(chunk);
        out.write(chunk);
      }
    }

    StoredArtifact stored = repository().put("wf/big.bin", big);
    Path copy = dir.resolve("big-copy.bin");
    repository().get("wf/big.bin", copy, stored.sha256());

    assertThat(stored.size()).isEqualTo(20L << 20);
    assertThat(Files.mismatch(big, copy)).isEqualTo(-1);
  }

  @Test
  void storesAStreamOfUnknownSize() throws Exception {
    byte[] data = "streamed".getBytes(StandardCharsets.UTF_8);
    StreamSource source =
        new StreamSource() {
          @Override
          public InputStream open() {
            return new java.io.ByteArrayInputStream(data);
          }

          @Override
          public long size() {
            return -1;
          }
        };

    StoredArtifact stored = repository().put("wf/streamed", source);

    assertThat(stored.size()).isEqualTo(data.length);
    try (InputStream in = repository().open("wf/streamed")) {
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
  }

  @Test
  void refusesADownloadWhoseChecksumDoesNotMatch() throws Exception {
    repository().put("wf/x", file("x", "original"));
    Path target = dir.resolve("target");

    assertThatThrownBy(() -> repository().get("wf/x", target, "0".repeat(64)))
        .isInstanceOfSatisfying(
            ArtifactException.class,
            e -> assertThat(e.kind()).isEqualTo(ArtifactException.Kind.CORRUPT))
        .hasMessageContaining("wf/x is corrupt");
    assertThat(target).doesNotExist();
  }

  @Test
  void listsKeysUnderAPrefixInOrder() throws Exception {
    repository().put("wf-b/2", file("1", "1"));
    repository().put("wf-a/2", file("2", "2"));
    repository().put("wf-a/1/x", file("3", "3"));

    assertThat(repository().list("wf-a/")).containsExactly("wf-a/1/x", "wf-a/2");
  }

  @Test
  void deletesAndReportsWhatExists() throws Exception {
    repository().put("wf/gone", file("g", "g"));
    assertThat(repository().exists("wf/gone")).isTrue();

    repository().delete("wf/gone");
    repository().delete("wf/never-there");

    assertThat(repository().exists("wf/gone")).isFalse();
  }

  @Test
  void aMissingKeyIsNotFound() throws Exception {
    repository().put("wf/present", file("p", "p"));

    assertThatThrownBy(() -> repository().get("wf/missing", dir.resolve("m"), null))
        .isInstanceOfSatisfying(
            ArtifactException.class,
            e -> assertThat(e.kind()).isEqualTo(ArtifactException.Kind.NOT_FOUND))
        .hasMessageContaining("wf/missing");
  }

  @Test
  void refusesKeysThatCouldEscape() {
    for (String key : new String[] {"../x", "/abs", "a//b", "a/./b", "a/"}) {
      assertThatThrownBy(() -> repository().put(key, file("k", "k")))
          .as(key)
          .isInstanceOf(ArtifactException.class)
          .hasMessageContaining("artifact key");
    }
  }
}
