package dev.wf.executor.artifacts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactException.Kind;
import dev.wf.artifacts.ArtifactRepository;

/**
 * The init phase of a step: places each input artifact at its path before the command runs, from a
 * stored object (downloaded to a file beside the target, checked against its recorded SHA-256, then
 * unpacked as its location says), inline text or an HTTP(S) URL. Nothing is held in memory whole.
 * An optional input that is not there is skipped, as in Argo; any other failure names the artifact.
 */
public final class ArtifactLoader {
  private final ArtifactStores stores;

  public ArtifactLoader(ArtifactStores stores) {
    this.stores = stores;
  }

  /**
   * Places every input, in order.
   *
   * @param hostPath where a path, as the step sees it, lies on this machine
   * @throws ArtifactException for the first input that could not be placed, with a message for the
   *     step's node: {@code artifact "data" failed to load: ...}
   */
  public void load(List<InputArtifactSpec> inputs, Function<String, Path> hostPath)
      throws ArtifactException {
    for (InputArtifactSpec input : inputs) {
      try {
        loadOne(input, hostPath.apply(input.path()));
      } catch (ArtifactException e) {
        if (!(input.optional() && e.kind() == Kind.NOT_FOUND))
          throw new ArtifactException(e.kind(), failed(input, e.getMessage()), e);
      } catch (IOException e) {
        throw new ArtifactException(Kind.FAILED, failed(input, describe(e)), e);
      }
    }
  }

  private static String failed(InputArtifactSpec input, String why) {
    return "artifact \"" + input.name() + "\" failed to load: " + why;
  }

  private void loadOne(InputArtifactSpec input, Path target) throws ArtifactException, IOException {
    if (input.location() == null && input.raw() == null && input.httpUrl() == null) {
      if (input.optional()) return;
      throw new ArtifactException(Kind.FAILED, "required artifact not supplied");
    }
    Placement.clear(target);
    if (input.raw() != null) {
      Path part = Placement.sibling(target, "raw");
      try {
        Files.writeString(part, input.raw(), StandardCharsets.UTF_8);
        Placement.place(part, ArchiveFormat.NONE, null, target);
      } finally {
        Files.deleteIfExists(part);
      }
    } else if (input.httpUrl() != null) {
      Path download = Placement.sibling(target, "download");
      try {
        HttpDownload.get(input.httpUrl(), download);
        Placement.place(download, detect(download), input.subPath(), target);
      } finally {
        Files.deleteIfExists(download);
      }
    } else {
      fromRepository(input.location(), input.subPath(), target);
    }
    if (input.mode() != null) Placement.chmod(target, input.mode());
  }

  private void fromRepository(ArtifactLocation location, String subPath, Path target)
      throws ArtifactException, IOException {
    ArtifactRepository repository = stores.open(location.repository());
    String key = location.key();
    ArchiveFormat format = ArchiveFormat.of(location.archive());
    // A key-only input is a directory when its key says so ("dir/") or names no object.
    if (format == null && (key.endsWith("/") || !repository.exists(key)))
      format = ArchiveFormat.DIR;
    if (format == ArchiveFormat.DIR) {
      fromDirectory(repository, key, subPath, target);
      return;
    }
    Path download = Placement.sibling(target, "download");
    try {
      repository.get(key, download, location.sha256());
      Placement.place(download, format != null ? format : detect(download), subPath, target);
    } finally {
      Files.deleteIfExists(download);
    }
  }

  /** A directory stored as one object per file; {@code subPath} picks one file or directory. */
  private static void fromDirectory(
      ArtifactRepository repository, String key, String subPath, Path target)
      throws ArtifactException {
    String chosen = DirectoryObjects.prefix(key);
    if (subPath != null) {
      Path root = Path.of("/");
      String relative = root.relativize(Placement.inside(root, subPath)).toString();
      if (!relative.isEmpty()) chosen = chosen + "/" + relative;
      if (repository.exists(chosen)) {
        repository.get(chosen, target, null);
        return;
      }
    }
    List<String> keys = DirectoryObjects.keys(repository, chosen);
    if (keys.isEmpty())
      throw new ArtifactException(
          Kind.NOT_FOUND, "artifact " + chosen + " not found in " + repository.describe());
    DirectoryObjects.download(repository, keys, chosen, target);
  }

  /** Argo's rule for artifacts of unknown form: a tarball is unpacked, anything else kept. */
  private static ArchiveFormat detect(Path file) {
    return Placement.isTarball(file) ? ArchiveFormat.TAR : ArchiveFormat.NONE;
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
