package dev.wf.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;

import dev.wf.config.LocalSecrets;
import dev.wf.config.WfConfig;
import dev.wf.engine.Admission;
import dev.wf.engine.RunningLimit;
import dev.wf.engine.WorkflowController;
import dev.wf.engine.cron.CronController;
import dev.wf.engine.cron.CronRules;
import dev.wf.engine.submit.ArtifactRepositoryResolver;
import dev.wf.engine.submit.Submission;
import dev.wf.executor.artifacts.Repositories;
import dev.wf.runtime.local.LocalRuntime;
import dev.wf.store.EmbeddedStore;

/**
 * The composition root of {@code wf server}: the SQLite store, the artifact repositories (with
 * secrets from {@code $WF_HOME}), the local step runtime, the controller and the HTTP API, all
 * under one {@code $WF_HOME}, and the cron scheduler. Running workflows are resumed on start; steps
 * keep running across a restart and are adopted; cron workflows are scheduled again.
 */
public final class LocalServer {
  private static final String LAUNCH_MECHANISM = "jdk.lang.Process.launchMechanism";

  private LocalServer() {}

  /** Serves until {@code POST /api/v1/shutdown} (or the process is stopped). */
  public static void run(Path wfHome, Integer port, boolean background)
      throws IOException, InterruptedException {
    Files.createDirectories(wfHome);
    // vfork starts step processes ~4 ms faster on Linux than the default posix_spawn path.
    if (System.getProperty(LAUNCH_MECHANISM) == null) System.setProperty(LAUNCH_MECHANISM, "VFORK");
    WfConfig config = WfConfig.load(wfHome);
    Clock clock = Clock.systemUTC();
    try (var artifacts = new Repositories(LocalSecrets.of(wfHome));
        var store = EmbeddedStore.open(wfHome.resolve(EmbeddedStore.FILE_NAME), clock);
        var runtime = new LocalRuntime(wfHome.resolve("steps"), config.images(), clock, artifacts);
        var controller =
            new WorkflowController(
                store,
                runtime,
                clock,
                config.semaphores(),
                artifacts,
                Admission.NONE,
                new RunningLimit(config.parallelism()).share(null))) {
      var repositories =
          new ArtifactRepositoryResolver(store.configMaps(), config.artifactRepository(wfHome));
      var submission =
          new Submission(
              LocalWorkflowService.lookupOf(store), repositories, clock, new SecureRandom());
      var service = new LocalWorkflowService(store, controller, runtime, submission, artifacts);
      var stopped = new CountDownLatch(1);
      ZoneId zone = ZoneId.systemDefault();
      CronRules rules = CronRules.standard(zone);
      var cronTarget = new LocalCronTarget(store, service, controller);
      try (var crons = new CronController(store.cronWorkflows(), cronTarget, rules, clock);
          var api =
              new ApiServer(
                  service,
                  new CronService(
                      store.cronWorkflows(),
                      service,
                      LocalWorkflowService.lookupOf(store),
                      rules,
                      zone,
                      clock,
                      crons::changed),
                  port != null ? port : ServerAddress.choosePort(),
                  stopped::countDown)) {
        api.start();
        var address = ServerAddress.ofCurrentProcess(api.port(), clock.instant());
        address.write(wfHome);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> address.remove(wfHome)));
        controller.start();
        crons.start();
        System.err.println(
            "wf server listening on "
                + api.url()
                + " (WF_HOME "
                + wfHome
                + (background ? ", in the background" : "")
                + ")");
        stopped.await();
        address.remove(wfHome);
      }
    }
  }
}
