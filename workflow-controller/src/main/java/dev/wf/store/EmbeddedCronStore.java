package dev.wf.store;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.ObjectMeta;

/** The CronWorkflows of an {@link EmbeddedStore}, in its SQLite file. */
final class EmbeddedCronStore implements CronStore {
  private final SqliteDatabase database;
  private final Clock clock;

  EmbeddedCronStore(SqliteDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public List<CronWorkflow> list() {
    return database.read(CronTable::selectAll);
  }

  @Override
  public Optional<CronWorkflow> get(String name) {
    return database.read(c -> CronTable.select(c, name));
  }

  @Override
  public CronWorkflow create(CronWorkflow cron) {
    String name = cron.name();
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a cron workflow needs a name to be stored");
    }
    ObjectMeta meta = cron.metadata();
    CronWorkflow stamped =
        cron.withMetadata(
            meta.withIdentity(
                name,
                meta.namespace() == null ? "default" : meta.namespace(),
                UUID.randomUUID().toString(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    if (!database.write(c -> CronTable.insert(c, stamped))) {
      throw new AlreadyExistsException("cron workflow", name);
    }
    return stamped;
  }

  @Override
  public Optional<CronWorkflow> replace(CronWorkflow cron) {
    return database.write(
        c -> {
          Optional<CronWorkflow> stored = CronTable.select(c, cron.name());
          if (stored.isEmpty()) return Optional.empty();
          ObjectMeta old = stored.get().metadata();
          ObjectMeta meta =
              cron.metadata()
                  .withIdentity(old.name(), old.namespace(), old.uid(), old.creationTimestamp());
          CronWorkflow next = cron.withMetadata(meta).withStatus(stored.get().status());
          CronTable.updateManifest(c, next);
          return Optional.of(next);
        });
  }

  @Override
  public boolean updateStatus(String name, CronWorkflowStatus status) {
    return database.write(c -> CronTable.updateStatus(c, name, status));
  }

  @Override
  public boolean delete(String name) {
    return database.write(c -> CronTable.delete(c, name));
  }
}
