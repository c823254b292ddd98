package dev.wf.artifacts.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactException.Kind;
import dev.wf.artifacts.ArtifactKeys;
import dev.wf.artifacts.ArtifactRepository;
import dev.wf.artifacts.AtomicFiles;
import dev.wf.artifacts.StoredArtifact;
import dev.wf.artifacts.StreamSource;

/**
 * The embedded default repository: a directory (under {@code $WF_HOME}) where a key is a relative
 * path. Objects are written beside their final name and renamed into place, so a crash leaves at
 * most a hidden partial file, never a truncated object.
 */
public final class FileArtifactRepository implements ArtifactRepository {
  private final Path root;

  public FileArtifactRepository(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public StoredArtifact put(String key, StreamSource source) throws ArtifactException {
    Path target = path(key);
    try (InputStream in = source.open()) {
      var copied = AtomicFiles.write(in, target, null, key);
      return new StoredArtifact(key, copied.size(), copied.sha256());
    } catch (IOException e) {
      throw new ArtifactException(Kind.FAILED, "cannot store " + key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void get(String key, Path target, String expectedSha256) throws ArtifactException {
    try (InputStream in = open(key)) {
      AtomicFiles.write(in, target, expectedSha256, key);
    } catch (IOException e) {
      throw new ArtifactException(Kind.FAILED, "cannot read " + key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public InputStream open(String key) throws ArtifactException {
    try {
      return Files.newInputStream(path(key));
    } catch (NoSuchFileException e) {
      throw new ArtifactException(
          Kind.NOT_FOUND, "artifact " + key + " not found in " + describe());
    } catch (IOException e) {
      throw new ArtifactException(Kind.FAILED, "cannot read " + key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean exists(String key) throws ArtifactException {
    return Files.isRegularFile(path(key));
  }

  @Override
  public List<String> list(String prefix) throws ArtifactException {
    if (!Files.isDirectory(root)) return List.of();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !AtomicFiles.isPartial(p.getFileName().toString()))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(k -> k.startsWith(prefix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ArtifactException(
          Kind.FAILED, "cannot list " + describe() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void delete(String key) throws ArtifactException {
    try {
      Files.deleteIfExists(path(key));
    } catch (IOException e) {
      throw new ArtifactException(Kind.FAILED, "cannot delete " + key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String describe() {
    return "file repository " + root;
  }

  private Path path(String key) throws ArtifactException {
    Path path = root.resolve(ArtifactKeys.check(key)).normalize();
    if (!path.startsWith(root))
      throw new ArtifactException(Kind.FAILED, "artifact key \"" + key + "\" escapes " + root);
    return path;
  }
}
