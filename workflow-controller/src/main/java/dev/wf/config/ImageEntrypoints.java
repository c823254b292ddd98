package dev.wf.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an image would run when a container sets no {@code command}: locally no image is pulled, so
 * the {@code images:} map of {@code $WF_HOME/config.yaml} (the shape of Argo's controller config)
 * says it instead.
 *
 * @param images image name, exactly as templates write it, to its entrypoint and default args
 */
public record ImageEntrypoints(Map<String, Entry> images) {
  public ImageEntrypoints {
    images = images == null ? Map.of() : Map.copyOf(images);
  }

  /** No images known: every container must set {@code command}. */
  public static ImageEntrypoints none() {
    return new ImageEntrypoints(Map.of());
  }

  /**
   * The argv the image runs: its entrypoint, then {@code args} when the container gives any and the
   * image's {@code cmd} otherwise; empty when the image is unknown or runs nothing.
   */
  public Optional<List<String>> argv(String image, List<String> args) {
    Entry entry = image == null ? null : images.get(image);
    if (entry == null) return Optional.empty();
    var argv = new ArrayList<>(entry.entrypoint());
    argv.addAll(args.isEmpty() ? entry.cmd() : args);
    return argv.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(argv));
  }

  /** An image's {@code ENTRYPOINT} and {@code CMD}, as in its Dockerfile. */
  public record Entry(List<String> entrypoint, List<String> cmd) {
    public Entry {
      entrypoint = entrypoint == null ? List.of() : List.copyOf(entrypoint);
      cmd = cmd == null ? List.of() : List.copyOf(cmd);
    }
  }
}
