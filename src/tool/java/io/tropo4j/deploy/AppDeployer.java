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
 * Runs a step on each of an app's stacks in the order their reads give, up to {@code concurrency} at once,
 * each through the {@link Deployer} as for a single stack (change sets, releases, safeguards, data-loss
 * warnings). A deploy, plan or diff takes each stack after the stacks it reads; a delete takes each before
 * them. A stack whose step fails stops the stacks that wait on it, directly or not, which are not attempted
 * (a stack that reads a failed one, or, deleting, a stack a failed one still reads); the others go on. Each
 * stack reaches AWS through the clients of its environment.
 */
public final class AppDeployer {
  /** Which stacks wait for which. */
  public enum Order {
    /** Each stack after the stacks it reads: deploy, plan, diff. */
    PRODUCERS_FIRST,
    /** Each stack before the stacks it reads, which it would otherwise leave read by nothing: delete. */
    READERS_FIRST
  }

  /** What is done to one stack: a deploy, plan, diff or delete, with its request. */
  public interface Step {
    void run(Deployer deployer, DeployRequest request);
  }

  private final Function<StackEnvironment, AwsClients> clients;
  private final Function<String, DeployListener> listeners;
  private final Duration pollInterval;
  /** How long the stacks under way get to stop after an interruption, within the command's own grace. */
  private static final Duration STOPPING = Duration.ofSeconds(15);

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
   * @param requests the request for a stack, given the stack to deploy (named as in the app, building the app's template)
   */
  public AppDeployment deploy(App.Built app, Function<Stack, DeployRequest.Builder> requests, int concurrency) {
    return run(app, requests, concurrency, Order.PRODUCERS_FIRST, true, Deployer::deploy);
  }

  /**
   * @param requests the request for a stack, given the stack to deploy (named as in the app, building the app's template)
   * @param failureStops whether a stack's failure stops the stacks that wait on it (a deploy's, a delete's);
   *     a plan or diff changes nothing, and each stack's is worth seeing
   * @param step what is done to each stack; a {@link DeployException} is its failure
   */
  public AppDeployment run(App.Built app, Function<Stack, DeployRequest.Builder> requests, int concurrency,
      Order order, boolean failureStops, Step step) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency is at least 1, not " + concurrency);
    }
    Map<App.Member, Set<App.Member>> waitsFor = order == Order.PRODUCERS_FIRST ? app.dependencies()
        : readers(app.dependencies());
    Map<App.Member, Set<App.Member>> waiting = new LinkedHashMap<>(waitsFor);
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
            running.submit(() -> runOne(member, template, requests, step));
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
          // Each stack under way is stopped as a single deploy is on Ctrl-C (its unrun change set removed,
          // what it started looked at and said), and waited for, so that nothing is said after this.
          pool.shutdownNow();
          awaitStopped(pool);
          Thread.currentThread().interrupt();
          throw new DeployException("interrupted: " + (deployed.isEmpty() ? "no stack was done" : "done "
              + String.join(", ", deployed)) + "; each stack under way was stopped, as its lines say; "
              + (waiting.isEmpty() ? "none was left to start" : "not started: " + String.join(", ",
              names(waiting.keySet()))), null, null, NextStep.LOOK);
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
        inFlight--;
        if (outcome.failure() == null) {
          deployed.add(outcome.member().name());
          done.add(outcome.member());
        } else {
          failed.put(outcome.member().name(), outcome.failure());
          if (failureStops) {
            stopDependents(outcome.member(), waiting, stopped);
          } else {
            done.add(outcome.member());
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> notAttempted = new ArrayList<>();
    for (App.Member member : waitsFor.keySet()) {
      if (stopped.contains(member) || waiting.containsKey(member)) {
        notAttempted.add(member.name());
      }
    }
    return new AppDeployment(deployed, failed, notAttempted);
  }

  private record Outcome(App.Member member, String failure) {}

  private Outcome runOne(App.Member member, Template template, Function<Stack, DeployRequest.Builder> requests,
      Step step) {
    try (AwsClients aws = clients.apply(member.environment())) {
      DeployRequest request = requests.apply(new Built(member.name(), member.stack(), template))
          .stackName(member.name()).build();
      step.run(new Deployer(aws, listeners.apply(member.name()), pollInterval), request);
      return new Outcome(member, null);
    } catch (DeployException e) {
      return new Outcome(member, e.getMessage());
    }
  }

  private static void awaitStopped(ExecutorService pool) {
    try {
      pool.awaitTermination(STOPPING.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException again) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<String> names(Set<App.Member> members) {
    List<String> names = new ArrayList<>();
    for (App.Member member : members) {
      names.add(member.name());
    }
    return names;
  }

  /** For each stack, the stacks that read it: what waits for it, turned round. */
  private static Map<App.Member, Set<App.Member>> readers(Map<App.Member, Set<App.Member>> dependencies) {
    Map<App.Member, Set<App.Member>> readers = new LinkedHashMap<>();
    dependencies.keySet().forEach(member -> readers.put(member, new LinkedHashSet<>()));
    dependencies.forEach((reader, producers) -> producers.forEach(producer -> readers.get(producer).add(reader)));
    return readers;
  }

  /** Takes every stack that waits on the failed one, directly or through others, out of the waiting ones. */
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

  /**
   * The app's stack, under its name in the app, building the template the app built for it (its reads of
   * other stacks resolved).
   */
  private record Built(String name, Stack stack, Template template) implements Stack {

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
