package dev.wf.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.api.spec.WorkflowTemplate;

/**
 * The local store: workflows, templates, ConfigMaps and CronWorkflows in one SQLite file (by
 * default {@code $WF_HOME/wf.db}), so that a restarted server finds every workflow where it left
 * it. Writes are serialized through one connection; reads run beside them. Every workflow write
 * takes a new store-wide resource version, returned as {@code metadata.resourceVersion} and by
 * {@link #version}.
 */
public final class EmbeddedStore implements WorkflowStore {
  /** The file name of the database inside {@code $WF_HOME}. */
  public static final String FILE_NAME = "wf.db";

  private final SqliteDatabase database;
  private final Clock clock;
  private final EmbeddedConfigMaps configMaps;
  private final EmbeddedCronStore cronWorkflows;

  private EmbeddedStore(SqliteDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
    this.configMaps = new EmbeddedConfigMaps(database, clock);
    this.cronWorkflows = new EmbeddedCronStore(database, clock);
  }

  /** Opens the store at {@code $WF_HOME/wf.db}. */
  public static EmbeddedStore openDefault() {
    return open(WfHome.current().resolve(FILE_NAME));
  }

  /** Opens (creating or upgrading) the store in {@code file}. */
  public static EmbeddedStore open(Path file) {
    return open(file, Clock.systemUTC());
  }

  /** Opens the store; {@code clock} stamps workflows created without a creation timestamp. */
  public static EmbeddedStore open(Path file, Clock clock) {
    SqliteDatabase database = SqliteDatabase.open(file);
    try {
      database.write(
          connection -> {
            StoreSchema.migrate(connection);
            return null;
          });
      return new EmbeddedStore(database, clock);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The database file. */
  public Path file() {
    return database.file();
  }

  /**
   * Stores a new workflow. A missing {@code metadata.creationTimestamp} is set to now; the given
   * {@code resourceVersion} is ignored.
   */
  @Override
  public void create(Workflow workflow) {
    String name = workflow.name();
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a workflow needs a name to be stored");
    }
    Workflow stamped = withCreationTimestamp(workflow);
    WorkflowRow row = WorkflowRow.of(stamped, stamped.metadata().creationTimestamp());
    boolean inserted = database.write(c -> WorkflowTable.insert(c, row));
    if (!inserted) throw new AlreadyExistsException("workflow", name);
  }

  @Override
  public Optional<Workflow> get(String name) {
    return database.read(c -> WorkflowTable.select(c, name));
  }

  @Override
  public OptionalLong version(String name) {
    return database.read(c -> WorkflowTable.version(c, name));
  }

  @Override
  public Optional<String> latestName() {
    return database.read(WorkflowTable::latestName);
  }

  @Override
  public List<Workflow> list() {
    return database.read(WorkflowTable::selectAll);
  }

  @Override
  public boolean updateStatus(String name, WorkflowStatus status) {
    String json = WorkflowRow.statusJson(status);
    String phase = WorkflowRow.phase(status);
    return database.write(c -> WorkflowTable.updateStatus(c, name, json, phase));
  }

  @Override
  public boolean update(Workflow workflow) {
    WorkflowRow row = WorkflowRow.of(workflow, Instant.EPOCH);
    return database.write(c -> WorkflowTable.update(c, row));
  }

  @Override
  public boolean delete(String name) {
    return database.write(c -> WorkflowTable.delete(c, name));
  }

  @Override
  public void putTemplate(WorkflowTemplate template) {
    if (template.name() == null || template.name().isBlank()) {
      throw new IllegalArgumentException("a template needs a name to be stored");
    }
    database.write(
        c -> {
          TemplateTable.upsert(c, template);
          return null;
        });
  }

  @Override
  public Optional<WorkflowTemplate> getTemplate(boolean clusterScoped, String name) {
    return database.read(c -> TemplateTable.select(c, clusterScoped, name));
  }

  @Override
  public List<WorkflowTemplate> listTemplates(boolean clusterScoped) {
    return database.read(c -> TemplateTable.selectAll(c, clusterScoped));
  }

  @Override
  public boolean deleteTemplate(boolean clusterScoped, String name) {
    return database.write(c -> TemplateTable.delete(c, clusterScoped, name));
  }

  /** The ConfigMaps kept in the same file. */
  @Override
  public ConfigMapStore configMaps() {
    return configMaps;
  }

  /** The CronWorkflows kept in the same file. */
  @Override
  public CronStore cronWorkflows() {
    return cronWorkflows;
  }

  @Override
  public void close() {
    database.close();
  }

  private Workflow withCreationTimestamp(Workflow workflow) {
    ObjectMeta meta = workflow.metadata();
    // Microseconds are what the created_at column keeps, so the stored timestamp orders exactly.
    Instant created =
        (meta.creationTimestamp() != null ? meta.creationTimestamp() : clock.instant())
            .truncatedTo(ChronoUnit.MICROS);
    return workflow.withMetadata(
        meta.withIdentity(meta.name(), meta.namespace(), meta.uid(), created));
  }
}
