package dev.wf.executor.artifacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactException.Kind;
import dev.wf.artifacts.ArtifactRepository;
import dev.wf.artifacts.StoredArtifact;
import dev.wf.artifacts.StreamSource;

/**
 * A directory kept without an archive, as Argo keeps one with {@code archive: none}: each regular
 * file is its own object, named by the artifact's key as a prefix and the file's relative path
 * ({@code key/sub/file.csv}). Links and empty directories are not kept.
 */
final class DirectoryObjects {
  private DirectoryObjects() {}

  /** The key without the trailing "/" Argo's examples give directory keys. */
  static String prefix(String key) {
    String k = key;
    while (k.endsWith("/")) k = k.substring(0, k.length() - 1);
    return k;
  }

  /** Uploads every file below {@code dir}; returns the total size in bytes. */
  static long upload(ArtifactRepository repository, Path dir, String key)
      throws ArtifactException, IOException {
    String prefix = prefix(key);
    long size = 0;
    for (Path file : files(dir)) {
      String relative = dir.relativize(file).toString().replace('\\', '/');
      StoredArtifact stored = repository.put(prefix + "/" + relative, StreamSource.of(file));
      size += stored.size();
    }
    return size;
  }

  /** The keys stored under {@code key} as a directory; empty when there is none. */
  static List<String> keys(ArtifactRepository repository, String key) throws ArtifactException {
    return repository.list(prefix(key) + "/");
  }

  /** Downloads the objects under {@code key} into the new directory {@code target}. */
  static void download(ArtifactRepository repository, List<String> keys, String key, Path target)
      throws ArtifactException {
    String prefix = prefix(key) + "/";
    Path root = target.toAbsolutePath().normalize();
    for (String k : keys) {
      Path file = root.resolve(k.substring(prefix.length())).normalize();
      if (!file.startsWith(root) || file.equals(root))
        throw new ArtifactException(Kind.FAILED, "object " + k + " lies outside its directory");
      repository.get(k, file, null);
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
  }
}
