package dev.wf.engine.submit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.api.spec.WorkflowTemplateRef;
import dev.wf.api.validate.TemplateLookup;

/**
 * Turns a validated Workflow document plus command-line overrides into the workflow to store: its
 * final name, uid and creation time, parameter and entrypoint overrides, the spec its {@code
 * workflowTemplateRef} resolves to, copies of every template it references, and the artifact
 * repository it will use ({@link ArtifactRepositoryResolver}).
 */
public final class Submission {
  private static final String NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

  private final TemplateLookup lookup;
  private final ArtifactRepositoryResolver repositories;
  private final Clock clock;
  private final RandomGenerator random;

  /** A submission that resolves no artifact repository (workflows that move no artifacts). */
  public Submission(TemplateLookup lookup, Clock clock, RandomGenerator random) {
    this(lookup, null, clock, random);
  }

  /** A submission that resolves each workflow's artifact repository with {@code repositories}. */
  public Submission(
      TemplateLookup lookup,
      ArtifactRepositoryResolver repositories,
      Clock clock,
      RandomGenerator random) {
    this.lookup = lookup;
    this.repositories = repositories;
    this.clock = clock;
    this.random = random;
  }

  /**
   * What the command line changes: {@code -p}, {@code --entrypoint}, {@code --name}, {@code
   * --generate-name}.
   */
  public record Overrides(
      Map<String, String> parameters, String entrypoint, String name, String generateName) {
    public Overrides {
      parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
  }

  /**
   * A workflow that runs a stored template: {@code workflowtemplate/NAME} or {@code
   * clusterworkflowtemplate/NAME}.
   */
  public static Workflow fromTemplate(String reference) {
    String[] parts = reference.split("/", 2);
    boolean cluster = parts[0].equalsIgnoreCase("clusterworkflowtemplate");
    if (parts.length != 2 || !(cluster || parts[0].equalsIgnoreCase("workflowtemplate"))) {
      throw new IllegalArgumentException(
          "--from must be workflowtemplate/NAME or clusterworkflowtemplate/NAME, not \""
              + reference
              + "\"");
    }
    var meta = new ObjectMeta(null, parts[1] + "-", null, null, null, null, null, null);
    var spec =
        ModelJson.read(
            "{\"workflowTemplateRef\":{\"name\":\""
                + parts[1]
                + "\",\"clusterScope\":"
                + cluster
                + "}}",
            WorkflowSpec.class);
    return new Workflow("argoproj.io/v1alpha1", Workflow.KIND, meta, spec, null);
  }

  /**
   * The workflow ready to store; problems with references throw {@link IllegalArgumentException}.
   */
  public Workflow prepare(Workflow parsed, Overrides overrides) {
    WorkflowSpec own = override(parsed.spec(), overrides);
    ObjectMeta meta = parsed.metadata();
    String name = name(meta, overrides);
    String namespace = meta.namespace() == null ? "default" : meta.namespace();
    var identity =
        meta.withIdentity(name, namespace, UUID.randomUUID().toString(), clock.instant());
    String apiVersion = parsed.apiVersion() == null ? "argoproj.io/v1alpha1" : parsed.apiVersion();
    Workflow workflow = new Workflow(apiVersion, Workflow.KIND, identity, own, null);
    return workflow.withStatus(initialStatus(workflow));
  }

  /**
   * The status a stored workflow starts from: the spec its {@code workflowTemplateRef} resolves to,
   * copies of every template it references, and its artifact repository. A cluster's controller
   * calls it for workflows created without one ({@code kubectl create}, {@code wf --kube}).
   *
   * @throws IllegalArgumentException when a reference cannot be resolved, saying which
   */
  public WorkflowStatus initialStatus(Workflow workflow) {
    WorkflowSpec own = workflow.spec();
    WorkflowSpec effective = own;
    WorkflowSpec fromTemplate = null;
    WorkflowTemplateRef ref = own.workflowTemplateRef();
    if (ref != null) {
      WorkflowTemplate template =
          lookup
              .find(ref.cluster(), ref.name())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          (ref.cluster() ? WorkflowTemplate.CLUSTER_KIND : WorkflowTemplate.KIND)
                              + " \""
                              + ref.name()
                              + "\" not found"));
      fromTemplate = merge(template.spec(), own);
      requireValues(template, fromTemplate);
      effective = fromTemplate;
    }
    Map<String, Template> stored = new TemplateRefResolver(lookup).resolve(effective);
    var status = WorkflowStatus.EMPTY.withStoredTemplates(stored, fromTemplate);
    if (repositories == null) return status;
    String namespace = workflow.metadata().namespace();
    return status.withArtifactRepositoryRef(
        repositories.resolve(
            effective.artifactRepositoryRef(), namespace == null ? "default" : namespace));
  }

  /** Each workflow parameter, after merging the template's, has a value or a source. */
  private static void requireValues(WorkflowTemplate template, WorkflowSpec merged) {
    for (Parameter p : merged.arguments().parameters()) {
      if (p.value() == null && p.valueFrom() == null) {
        throw new IllegalArgumentException(
            "parameter \""
                + p.name()
                + "\" of "
                + template.kind()
                + " \""
                + template.name()
                + "\" needs a value: pass -p "
                + p.name()
                + "=VALUE");
      }
    }
  }

  /** A new name from a {@code generateName} prefix, as a submission would generate it. */
  public String generateName(String prefix) {
    return prefix + suffix();
  }

  private String name(ObjectMeta meta, Overrides overrides) {
    if (overrides.name() != null) return overrides.name();
    if (overrides.generateName() != null) return overrides.generateName() + suffix();
    if (meta.name() != null) return meta.name();
    if (meta.generateName() != null) return meta.generateName() + suffix();
    throw new IllegalArgumentException("metadata: set name or generateName (or pass --name)");
  }

  private String suffix() {
    var sb = new StringBuilder();
    for (int i = 0; i < 5; i++)
      sb.append(NAME_ALPHABET.charAt(random.nextInt(NAME_ALPHABET.length())));
    return sb.toString();
  }

  private static WorkflowSpec override(WorkflowSpec spec, Overrides overrides) {
    WorkflowSpec result = spec;
    if (overrides.entrypoint() != null) result = result.withEntrypoint(overrides.entrypoint());
    if (!overrides.parameters().isEmpty()) {
      var params = new LinkedHashMap<String, Parameter>();
      result.arguments().parameters().forEach(p -> params.put(p.name(), p));
      overrides
          .parameters()
          .forEach(
              (k, v) ->
                  params.put(
                      k, params.containsKey(k) ? params.get(k).withValue(v) : Parameter.of(k, v)));
      result =
          result.withArguments(
              new Arguments(new ArrayList<>(params.values()), result.arguments().artifacts()));
    }
    return result;
  }

  /** The template's spec with the workflow's own fields on top; parameters merge by name. */
  private static WorkflowSpec merge(WorkflowSpec template, WorkflowSpec own) {
    var mapper = ModelJson.mapper();
    ObjectNode base = mapper.valueToTree(template);
    ObjectNode top = mapper.valueToTree(own);
    top.remove("workflowTemplateRef");
    top.remove("arguments");
    for (Iterator<Map.Entry<String, JsonNode>> it = top.fields(); it.hasNext(); ) {
      var field = it.next();
      base.set(field.getKey(), field.getValue());
    }
    WorkflowSpec merged = mapper.convertValue(base, WorkflowSpec.class);
    var params = new LinkedHashMap<String, Parameter>();
    template.arguments().parameters().forEach(p -> params.put(p.name(), p));
    own.arguments().parameters().forEach(p -> params.put(p.name(), p));
    List<dev.wf.api.spec.Artifact> artifacts = new ArrayList<>(template.arguments().artifacts());
    artifacts.addAll(own.arguments().artifacts());
    return merged.withArguments(new Arguments(new ArrayList<>(params.values()), artifacts));
  }
}
