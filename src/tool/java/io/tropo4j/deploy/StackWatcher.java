package io.tropo4j.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * Follows a stack until it settles: reports each new event once, polls about every two seconds,
 * backs off while AWS throttles, and gives up waiting after the timeout (CloudFormation goes on).
 */
final class StackWatcher {
  private static final Duration MAX_INTERVAL = Duration.ofSeconds(30);
  static final String ECS_SERVICE = "AWS::ECS::Service";

  /** Where the stack settled, and the first failure on the way, if any. */
  record Result(String status, String explanation) {
    boolean succeeded() {
      return status.equals("CREATE_COMPLETE") || status.equals("UPDATE_COMPLETE") || status.equals("IMPORT_COMPLETE");
    }
  }

  private final AwsClients aws;
  private final DeployListener listener;
  private final Duration pollInterval;

  StackWatcher(AwsClients aws, DeployListener listener, Duration pollInterval) {
    this.aws = aws;
    this.listener = listener;
    this.pollInterval = pollInterval;
  }

  /** The IDs of the stack's events so far, taken before an operation so that only its own are shown. */
  Set<String> baseline(String stackId) {
    Set<String> ids = new HashSet<>();
    try {
      aws.cloudFormation.describeStackEvents(b -> b.stackName(stackId)).stackEvents().forEach(e -> ids.add(e.eventId()));
    } catch (SdkException e) {
      if (!Errors.isMissingStack(e)) {
        throw Errors.explain(e, "reading the events of the stack");
      }
    }
    return ids;
  }

  /**
   * Reports each new event, and where the stack settles.
   *
   * @param operation what was submitted (create, update, delete), for the words if the endpoint is lost
   * @param baseline events already there before the operation, from {@link #baseline}
   */
  Result watch(String name, String stackId, String operation, Set<String> baseline, Duration timeout) {
    return watch(name, stackId, operation, baseline, timeout, List.of());
  }

  /**
   * As the other, also following these ECS services (their ARNs) and any other the stack's events show
   * in progress: their deployments, events and stopped tasks are reported on each poll.
   */
  Result watch(String name, String stackId, String operation, Set<String> baseline, Duration timeout,
      List<String> services) {
    ServiceWatch ecs = new ServiceWatch(aws, listener);
    services.forEach(ecs::follow);
    Result result = follow(name, stackId, operation, baseline, timeout, ecs);
    listener.settled(name, result.status());
    return result;
  }

  private Result follow(String name, String stackId, String operation, Set<String> baseline, Duration timeout,
      ServiceWatch ecs) {
    Set<String> seen = new HashSet<>(baseline);
    List<StackEvent> failures = new ArrayList<>();
    Instant deadline = Instant.now().plus(timeout);
    Duration interval = pollInterval;
    String status = "UNKNOWN";
    while (true) {
      try {
        for (StackEvent event : newEvents(stackId, seen)) {
          listener.stackEvent(event);
          if (event.resourceStatusAsString().endsWith("_FAILED")) {
            failures.add(event);
          }
          if (ECS_SERVICE.equals(event.resourceType()) && event.resourceStatusAsString().endsWith("_IN_PROGRESS")) {
            ecs.follow(event.physicalResourceId());
          }
        }
        if (ecs.following()) {
          ecs.look();
        }
        Optional<Stack> stack = aws.cloudFormation.describeStacks(b -> b.stackName(stackId)).stacks().stream().findFirst();
        status = stack.map(Stack::stackStatusAsString).orElse("DELETE_COMPLETE");
        if (settled(status)) {
          // The service's own reason beats CloudFormation's generic one for a deployment ECS gave up on.
          return new Result(status, ecs.failure().orElseGet(
              () -> explain(failures, stack.map(Stack::stackStatusReason).orElse(null))));
        }
        interval = pollInterval;
      } catch (SdkException e) {
        if (Errors.isMissingStack(e)) {
          return new Result("DELETE_COMPLETE", "");
        }
        if (!Errors.isThrottling(e)) {
          throw Errors.lostWhileFollowing(e, name, operation, status);
        }
        interval = backOff(interval);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new DeployException("stack " + name + " is still " + status + " after " + timeout.toMinutes()
            + " minutes" + ecs.lastStopped().map(t -> " (the last ECS task stopped: " + t.reason() + ")").orElse("")
            + "; the " + operation + " goes on in CloudFormation", name, status, NextStep.FOLLOW);
      }
      sleep(interval, name);
    }
  }

  /** Waits for a change set to be computed. */
  DescribeChangeSetResponse changeSet(String stackId, String changeSet, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Duration interval = pollInterval;
    while (true) {
      try {
        DescribeChangeSetResponse response = aws.cloudFormation.describeChangeSet(
            b -> b.stackName(stackId).changeSetName(changeSet));
        String status = response.statusAsString();
        if ("CREATE_COMPLETE".equals(status) || "FAILED".equals(status)) {
          return response;
        }
        interval = pollInterval;
      } catch (SdkException e) {
        if (!Errors.isThrottling(e)) {
          throw Errors.explain(e, "reading change set " + changeSet);
        }
        interval = backOff(interval);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new DeployException("change set " + changeSet + " was not ready after " + timeout.toMinutes() + " minutes");
      }
      sleep(interval, changeSet);
    }
  }

  List<StackEvent> recentEvents(String stackId, int count) {
    try {
      List<StackEvent> events = new ArrayList<>(aws.cloudFormation.describeStackEvents(b -> b.stackName(stackId))
          .stackEvents());
      List<StackEvent> recent = new ArrayList<>(events.subList(0, Math.min(count, events.size())));
      Collections.reverse(recent);
      return recent;
    } catch (SdkException e) {
      throw Errors.explain(e, "reading the events of the stack");
    }
  }

  /** The stack's events not shown yet, oldest first; the newest page is enough between two polls. */
  private List<StackEvent> newEvents(String stackId, Set<String> seen) {
    List<StackEvent> fresh = new ArrayList<>();
    for (StackEvent event : aws.cloudFormation.describeStackEvents(b -> b.stackName(stackId)).stackEvents()) {
      if (seen.add(event.eventId())) {
        fresh.add(event);
      }
    }
    Collections.reverse(fresh);
    return fresh;
  }

  /** Twice as long as last time, up to half a minute: AWS asks callers to slow down when it throttles. */
  static Duration backOff(Duration interval) {
    Duration doubled = interval.multipliedBy(2);
    return doubled.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : doubled;
  }

  /** Everything that does not end in _IN_PROGRESS is where a stack rests. */
  static boolean settled(String status) {
    return !status.endsWith("_IN_PROGRESS");
  }

  /** The first resource that failed for a reason of its own (later ones were merely cancelled). */
  static String explain(List<StackEvent> failures, String stackReason) {
    for (StackEvent event : failures) {
      String reason = String.valueOf(event.resourceStatusReason());
      if (!reason.contains("cancelled") && !event.resourceType().equals("AWS::CloudFormation::Stack")) {
        return event.logicalResourceId() + " (" + event.resourceType() + ") failed: " + reason;
      }
    }
    return stackReason == null ? "no reason given" : stackReason;
  }

  static void sleep(Duration interval, String what) {
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeployException("interrupted while waiting for " + what + "; CloudFormation goes on");
    }
  }
}
