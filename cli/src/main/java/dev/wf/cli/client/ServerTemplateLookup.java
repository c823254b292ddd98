package dev.wf.cli.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.api.validate.TemplateLookup;

/**
 * The templates stored where the CLI points (the local server, or the cluster with {@code --kube}),
 * for {@code wf lint}. It connects on the first question only, so linting files that carry all
 * their templates never needs a server; when nothing answers, it says so once through {@code
 * notice} and knows no templates from then on.
 */
public final class ServerTemplateLookup implements TemplateLookup {
  private final Supplier<WfClient> connect;
  private final Consumer<String> notice;
  private final Map<String, Optional<WorkflowTemplate>> found = new HashMap<>();
  private final Map<Boolean, List<String>> names = new HashMap<>();
  private WfClient client;
  private boolean unreachable;

  public ServerTemplateLookup(Supplier<WfClient> connect, Consumer<String> notice) {
    this.connect = connect;
    this.notice = notice;
  }

  @Override
  public Optional<WorkflowTemplate> find(boolean clusterScoped, String name) {
    String key = clusterScoped + "/" + name;
    if (!found.containsKey(key)) {
      found.put(key, ask(c -> Optional.of(c.template(clusterScoped, name))).flatMap(t -> t));
    }
    return found.get(key);
  }

  @Override
  public List<String> names(boolean clusterScoped) {
    if (!names.containsKey(clusterScoped)) {
      var stored =
          ask(c -> c.templates(clusterScoped).stream().map(WorkflowTemplate::name).toList());
      names.put(clusterScoped, stored.orElse(List.of()));
    }
    return names.get(clusterScoped);
  }

  /** The server's answer; empty when it has no such template or cannot be reached. */
  private <T> Optional<T> ask(Function<WfClient, T> question) {
    if (unreachable) return Optional.empty();
    try {
      if (client == null) client = connect.get();
      return Optional.ofNullable(question.apply(client));
    } catch (ApiException e) {
      if (e.notFound()) return Optional.empty();
      giveUp(e);
    } catch (RuntimeException e) {
      giveUp(e);
    }
    return Optional.empty();
  }

  private void giveUp(RuntimeException e) {
    unreachable = true;
    notice.accept(
        "cannot read stored templates ("
            + e.getMessage()
            + "); references to them are reported as unknown");
  }
}
