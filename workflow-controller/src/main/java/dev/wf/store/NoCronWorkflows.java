package dev.wf.store;

import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowStatus;

/** {@link CronStore#none()}: reads find nothing, creation is refused with a message. */
final class NoCronWorkflows implements CronStore {
  static final NoCronWorkflows INSTANCE = new NoCronWorkflows();

  private NoCronWorkflows() {}

  @Override
  public List<CronWorkflow> list() {
    return List.of();
  }

  @Override
  public Optional<CronWorkflow> get(String name) {
    return Optional.empty();
  }

  @Override
  public CronWorkflow create(CronWorkflow cron) {
    throw new UnsupportedOperationException("this server keeps no cron workflows");
  }

  @Override
  public Optional<CronWorkflow> replace(CronWorkflow cron) {
    return Optional.empty();
  }

  @Override
  public boolean updateStatus(String name, CronWorkflowStatus status) {
    return false;
  }

  @Override
  public boolean delete(String name) {
    return false;
  }
}
