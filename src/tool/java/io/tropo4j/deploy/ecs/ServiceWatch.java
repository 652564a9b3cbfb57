package io.tropo4j.deploy.ecs;

import io.tropo4j.deploy.AwsClients;
import io.tropo4j.deploy.DeployListener;
import io.tropo4j.deploy.ResourceEvent;
import io.tropo4j.deploy.ServiceDeployment;
import io.tropo4j.deploy.StoppedTask;
import io.tropo4j.deploy.cloudformation.AwsCalls;
import io.tropo4j.deploy.cloudformation.OperationObserver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceEvent;
import software.amazon.awssdk.services.ecs.model.Task;

/**
 * The ECS services a stack operation changes, looked at on each poll: the newest deployment's task
 * counts and rollout state when they change, the service's new events, and each task that stopped
 * since, with its reason, once each. CloudFormation only says the service is in progress, for as long
 * as ECS keeps trying; this says why it does not settle. A rollout the circuit breaker failed becomes
 * the explanation of the failure.
 */
public final class ServiceWatch implements OperationObserver {
  public static final String ECS_SERVICE = "AWS::ECS::Service";

  /** One followed service: what was reported already. */
  private static final class Followed {
    final String arn;
    final String cluster;
    final Instant since;
    String name;
    ServiceDeployment last;
    Set<String> stoppedSeen;
    final Set<String> eventsSeen = new HashSet<>();
    StoppedTask lastStopped;

    Followed(String arn, String cluster, Instant since) {
      this.arn = arn;
      this.cluster = cluster;
      this.since = since;
      this.name = arn.substring(arn.lastIndexOf('/') + 1);
    }
  }

  private final AwsClients aws;
  private final DeployListener listener;
  private final Map<String, Followed> services = new LinkedHashMap<>();

  public ServiceWatch(AwsClients aws, DeployListener listener) {
    this.aws = aws;
    this.listener = listener;
  }

  /** Follows the service of this ARN (its physical ID in the stack) from now on; again is nothing. */
  public void follow(String serviceArn) {
    if (serviceArn == null || !serviceArn.startsWith("arn:") || services.containsKey(serviceArn)) {
      return;
    }
    services.put(serviceArn, new Followed(serviceArn, cluster(serviceArn), Instant.now()));
  }

  /**
   * The cluster in a service's ARN ({@code arn:aws:ecs:region:account:service/cluster/name}); null in
   * the old format without it, where ECS takes the default cluster.
   */
  static String cluster(String serviceArn) {
    String resource = serviceArn.substring(serviceArn.indexOf(":service/") + ":service/".length());
    int slash = resource.indexOf('/');
    return slash < 0 ? null : resource.substring(0, slash);
  }

  /** A service the stack's events show in progress is followed from then on. */
  @Override
  public void event(ResourceEvent event) {
    if (ECS_SERVICE.equals(event.type()) && event.status().endsWith("_IN_PROGRESS")) {
      follow(event.physicalId());
    }
  }

  /** One look at every followed service; what is new goes to the listener. */
  @Override
  public void look() {
    for (Followed followed : services.values()) {
      try {
        look(followed);
      } catch (SdkException e) {
        if (AwsCalls.isThrottling(e)) {
          return; // the next poll looks again; the stack's own events matter more
        }
        throw AwsCalls.failure(e, "looking at ECS service " + followed.name);
      }
    }
  }

  private void look(Followed followed) {
    EcsClient ecs = aws.ecs();
    List<Service> found = ecs.describeServices(b -> b.cluster(followed.cluster).services(followed.arn)).services();
    if (found.isEmpty()) {
      return;
    }
    Service service = found.get(0);
    followed.name = service.serviceName();
    List<ServiceEvent> events = new ArrayList<>(service.events());
    java.util.Collections.reverse(events); // ECS lists the newest first
    for (ServiceEvent event : events) {
      if (event.createdAt() != null && !event.createdAt().isBefore(followed.since) && followed.eventsSeen.add(event.id())) {
        listener.serviceEvent(followed.name, event.message());
      }
    }
    service.deployments().stream().filter(d -> "PRIMARY".equals(d.status())).findFirst().ifPresent(d -> {
      ServiceDeployment now = new ServiceDeployment(followed.name, nonNull(d.desiredCount()), nonNull(d.pendingCount()),
          nonNull(d.runningCount()), d.rolloutStateAsString(), d.rolloutStateReason());
      if (!now.equals(followed.last)) {
        followed.last = now;
        listener.serviceDeployment(now);
      }
    });
    stoppedTasks(followed);
  }

  /** Tasks stopped since the service was first looked at, each reported once it has fully stopped. */
  private void stoppedTasks(Followed followed) {
    EcsClient ecs = aws.ecs();
    List<String> stopped = ecs.listTasks(b -> b.cluster(followed.cluster).serviceName(followed.name)
        .desiredStatus(DesiredStatus.STOPPED)).taskArns();
    if (followed.stoppedSeen == null) {
      followed.stoppedSeen = new HashSet<>(stopped); // stopped before this operation: not its business
      return;
    }
    List<String> fresh = new ArrayList<>();
    for (String arn : stopped) {
      if (!followed.stoppedSeen.contains(arn)) {
        fresh.add(arn);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    for (Task task : ecs.describeTasks(b -> b.cluster(followed.cluster).tasks(fresh)).tasks()) {
      if ("STOPPED".equals(task.lastStatus())) {
        followed.stoppedSeen.add(task.taskArn());
        followed.lastStopped = Tasks.stopped(followed.name, task);
        listener.taskStopped(followed.lastStopped);
      }
    }
  }

  /**
   * A rollout the circuit breaker failed, in one sentence with the last stopped task's reason; empty
   * when no followed service failed.
   */
  @Override
  public Optional<String> failure() {
    for (Followed followed : services.values()) {
      if (followed.last != null && followed.last.failed()) {
        return Optional.of("the deployment of ECS service " + followed.name + " failed"
            + (followed.last.rolloutReason() == null ? "" : " (" + followed.last.rolloutReason() + ")")
            + (followed.lastStopped == null ? "" : "; its last stopped task: " + followed.lastStopped.reason()));
      }
    }
    return Optional.empty();
  }

  /** The last stopped task of any followed service, for a wait that times out. */
  @Override
  public Optional<String> lastWords() {
    return services.values().stream().map(f -> f.lastStopped).filter(t -> t != null).reduce((a, b) -> b)
        .map(t -> "the last ECS task stopped: " + t.reason());
  }

  private static int nonNull(Integer count) {
    return count == null ? 0 : count;
  }
}
