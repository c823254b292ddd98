package dev.wf.artifacts.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import dev.wf.artifacts.ArtifactRepository;
import dev.wf.artifacts.ArtifactRepositoryContract;

class FileArtifactRepositoryTest extends ArtifactRepositoryContract {
  private ArtifactRepository repository;

  @Override
  protected ArtifactRepository repository() {
    if (repository == null) repository = new FileArtifactRepository(dir.resolve("repo"));
    return repository;
  }

  @Test
  void keepsEachKeyAsARelativePathUnderItsRoot() throws Exception {
    repository().put("wf/node/main.log", Files.writeString(dir.resolve("l"), "log"));

    assertThat(dir.resolve("repo/wf/node/main.log")).hasContent("log");
  }

  @Test
  void aFailedUploadLeavesNoObject() {
    var failing =
        new dev.wf.artifacts.StreamSource() {
          @Override
          public java.io.InputStream open() {
            return new java.io.InputStream() {
              int sent;

              @Override
              public int read() throws java.io.IOException {
                if (sent++ > 1000) throw new java.io.IOException("disk gone");
                return 'x';
              }
            };
          }

          @Override
          public long size() {
            return -1;
          }
        };

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> repository().put("wf/half", failing))
        .hasMessageContaining("disk gone");
    assertThat(dir.resolve("repo/wf")).isEmptyDirectory();
  }
}
