package dev.wf.server;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.wf.api.parse.SpecError;

/**
 * The JSON bodies of the local API besides the model objects themselves, shared by the server and
 * its clients.
 */
public final class ApiBodies {
  private ApiBodies() {}

  /** A message for the user, the body of every error response. */
  public record Message(String message) {}

  /** A list of objects; {@code items} is present even when empty. */
  public record Items<T>(@JsonInclude(JsonInclude.Include.ALWAYS) List<T> items) {
    public Items {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  /** Every problem that made a submission fail (HTTP 422). */
  public record Errors(@JsonInclude(JsonInclude.Include.ALWAYS) List<SpecError> errors) {
    public Errors {
      errors = errors == null ? List.of() : List.copyOf(errors);
    }
  }

  /**
   * The answer to a successful delete; for a workflow, how many of its artifacts were deleted with
   * it (absent when none).
   */
  public record Deleted(String deleted, Integer artifactsDeleted) {
    public Deleted(String deleted) {
      this(deleted, null);
    }
  }

  /** Which server answers: its version and process id. */
  public record ServerVersion(String version, long pid) {}

  /** A file of (Cluster)WorkflowTemplates to store; {@code file} names it in error positions. */
  public record TemplateUpload(String file, String yaml) {}
}
