package io.tropo4j.deploy;

import io.tropo4j.core.App;
import io.tropo4j.core.ContainerImage;
import io.tropo4j.core.SourceDirectory;
import io.tropo4j.core.Stack;
import io.tropo4j.core.StackEnvironment;
import io.tropo4j.core.StaticFiles;
import io.tropo4j.core.Template;
import io.tropo4j.core.TerminationProtection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Deploys an app's stacks in the order their reads give: each after the stacks it reads, up to
 * {@code concurrency} at once, each through the {@link Deployer} as a single deploy (change sets, releases,
 * safeguards, data-loss warnings). A stack that fails stops the stacks that read it, directly or not, which
 * are not attempted; the others go on. Each stack reaches AWS through the clients of its environment.
 */
public final class AppDeployer {
  private final Function<StackEnvironment, AwsClients> clients;
  private final Function<String, DeployListener> listeners;
  private final Duration pollInterval;

  /**
   * @param clients the AWS clients for a stack's environment (its account and region)
   * @param listeners the listener of each stack's deploy, by stack name (a printer that prefixes its lines, say)
   */
  public AppDeployer(Function<StackEnvironment, AwsClients> clients, Function<String, DeployListener> listeners,
      Duration pollInterval) {
    this.clients = clients;
    this.listeners = listeners;
    this.pollInterval = pollInterval;
  }

  /**
   * @param requests the request for a stack, given the stack to deploy (one that builds the app's template)
   */
  public AppDeployment deploy(App.Built app, Function<Stack, DeployRequest.Builder> requests, int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency is at least 1, not " + concurrency);
    }
    Map<App.Member, Set<App.Member>> waiting = new LinkedHashMap<>(app.dependencies());
    List<String> deployed = new ArrayList<>();
    Map<String, String> failed = new LinkedHashMap<>();
    Set<App.Member> stopped = new LinkedHashSet<>();
    Set<App.Member> done = new LinkedHashSet<>();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, work -> {
      Thread thread = new Thread(work, "tropo4j-app");
      thread.setDaemon(true);
      return thread;
    });
    ExecutorCompletionService<Outcome> running = new ExecutorCompletionService<>(pool);
    int inFlight = 0;
    try {
      while (true) {
        for (App.Member member : List.copyOf(waiting.keySet())) {
          if (done.containsAll(waiting.get(member))) {
            waiting.remove(member);
            Template template = app.templates().get(member);
            running.submit(() -> deployOne(member, template, requests));
            inFlight++;
          }
        }
        if (inFlight == 0) {
          break;
        }
        Outcome outcome;
        try {
          outcome = running.take().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DeployException("interrupted while deploying app stacks; the ones under way go on in "
              + "CloudFormation: deployed so far " + deployed);
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
        inFlight--;
        if (outcome.failure() == null) {
          deployed.add(outcome.member().name());
          done.add(outcome.member());
        } else {
          failed.put(outcome.member().name(), outcome.failure());
          stopDependents(outcome.member(), waiting, stopped);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> notAttempted = new ArrayList<>();
    for (App.Member member : app.dependencies().keySet()) {
      if (stopped.contains(member) || waiting.containsKey(member)) {
        notAttempted.add(member.name());
      }
    }
    return new AppDeployment(deployed, failed, notAttempted);
  }

  private record Outcome(App.Member member, String failure) {}

  private Outcome deployOne(App.Member member, Template template, Function<Stack, DeployRequest.Builder> requests) {
    try (AwsClients aws = clients.apply(member.environment())) {
      DeployRequest request = requests.apply(new Built(member.stack(), template)).stackName(member.name()).build();
      new Deployer(aws, listeners.apply(member.name()), pollInterval).deploy(request);
      return new Outcome(member, null);
    } catch (DeployException e) {
      return new Outcome(member, e.getMessage());
    }
  }

  /** Takes every stack that reads the failed one, directly or through others, out of the waiting ones. */
  private static void stopDependents(App.Member failed, Map<App.Member, Set<App.Member>> waiting,
      Set<App.Member> stopped) {
    boolean more = true;
    Set<App.Member> fallen = new LinkedHashSet<>(Set.of(failed));
    while (more) {
      more = false;
      for (App.Member member : List.copyOf(waiting.keySet())) {
        if (waiting.get(member).stream().anyMatch(fallen::contains)) {
          waiting.remove(member);
          stopped.add(member);
          fallen.add(member);
          more = true;
        }
      }
    }
  }

  /** The app's stack, building the template the app built for it (its reads of other stacks resolved). */
  private record Built(Stack stack, Template template) implements Stack {
    @Override
    public String name() {
      return stack.name();
    }

    @Override
    public String summary() {
      return stack.summary();
    }

    @Override
    public Template build() {
      return template;
    }

    @Override
    public Optional<SourceDirectory> source() {
      return stack.source();
    }

    @Override
    public Optional<StaticFiles> staticFiles() {
      return stack.staticFiles();
    }

    @Override
    public Optional<ContainerImage> containerImage() {
      return stack.containerImage();
    }

    @Override
    public TerminationProtection terminationProtection() {
      return stack.terminationProtection();
    }
  }
}
