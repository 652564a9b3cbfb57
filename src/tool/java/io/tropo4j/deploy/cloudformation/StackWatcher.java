package io.tropo4j.deploy.cloudformation;

import io.tropo4j.deploy.DeployListener;
import io.tropo4j.deploy.ResourceEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Follows a stack until it rests: each new event to the listener, the stack's status each poll, and
 * where it settled with the first failure on the way. Internal.
 */
public final class StackWatcher {
  /** Where the stack settled, and the first failure on the way, if any. */
  /**
   * @param stack the stack as last described, or null once deleted
   * @param failure the first resource that failed for a reason of its own, or null
   */
  public record Result(String status, String explanation, Stack stack, ResourceEvent failure) {
    public boolean succeeded() {
      return status.equals("CREATE_COMPLETE") || status.equals("UPDATE_COMPLETE") || status.equals("IMPORT_COMPLETE");
    }
  }

  private final CloudFormationClient cloudFormation;
  private final DeployListener listener;
  private final Duration pollInterval;

  public StackWatcher(CloudFormationClient cloudFormation, DeployListener listener, Duration pollInterval) {
    this.cloudFormation = cloudFormation;
    this.listener = listener;
    this.pollInterval = pollInterval;
  }

  /**
   * Reports each new event, and where the stack settles.
   *
   * @param events the stack's events, past the ones before this operation
   * @param journal told of the status on each look, for a command that stops while it follows
   * @param operation what runs: create, update, delete, for the journal and the messages
   */
  public Result follow(String name, String stackId, StackEvents events, String operation, Duration timeout,
      OperationObserver observer, Journal journal) {
    List<ResourceEvent> failures = new ArrayList<>();
    Instant deadline = Instant.now().plus(timeout);
    Polling polling = new Polling(pollInterval);
    journal.doing("waiting for the " + operation + " of stack " + name);
    while (true) {
      try {
        for (ResourceEvent event : events.fresh()) {
          listener.stackEvent(event);
          if (event.failed()) {
            failures.add(event);
          }
          observer.event(event);
        }
        observer.look();
        Optional<Stack> stack = cloudFormation.describeStacks(b -> b.stackName(stackId)).stacks().stream().findFirst();
        String status = stack.map(Stack::stackStatusAsString).orElse("DELETE_COMPLETE");
        boolean settled = settled(status);
        journal.operationSeen(name, operation, status, settled);
        if (settled) {
          listener.settled(name, status);
          // The service's own reason beats CloudFormation's generic one for a deployment ECS gave up on.
          String explanation = observer.failure().orElseGet(
              () -> explain(failures, stack.map(Stack::stackStatusReason).orElse(null)));
          return new Result(status, explanation, stack.orElse(null), firstOwnFailure(failures));
        }
      } catch (SdkException e) {
        if (AwsCalls.isMissingStack(e)) {
          journal.operationSeen(name, operation, "DELETE_COMPLETE", true);
          listener.settled(name, "DELETE_COMPLETE");
          return new Result("DELETE_COMPLETE", "", null, null);
        }
        if (!AwsCalls.isThrottling(e)) {
          throw AwsCalls.failure(e, "following the " + operation + " of stack " + name);
        }
        polling.throttled();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new WaitTimedOut("waiting " + timeout.toMinutes() + " minutes for the " + operation + " of stack " + name
            + observer.lastWords().map(w -> " (" + w + ")").orElse(""));
      }
      polling.pause("waiting for the " + operation + " of stack " + name);
    }
  }

  /** Everything that does not end in _IN_PROGRESS is where a stack rests. */
  public static boolean settled(String status) {
    return !status.endsWith("_IN_PROGRESS");
  }

  /** The first resource that failed for a reason of its own (later ones were merely cancelled). */
  public static String explain(List<ResourceEvent> failures, String stackReason) {
    ResourceEvent event = firstOwnFailure(failures);
    if (event != null) {
      return event.logicalId() + " (" + event.type() + ") failed: " + (event.reason() == null ? "no reason given"
          : event.reason());
    }
    return stackReason == null ? "no reason given" : stackReason;
  }

  private static ResourceEvent firstOwnFailure(List<ResourceEvent> failures) {
    for (ResourceEvent event : failures) {
      if (!event.isStack() && !cancelled(event)) {
        return event;
      }
    }
    return null;
  }

  /**
   * A resource CloudFormation stopped because another failed: its own reason is only that. AWS words
   * it "Resource creation cancelled" (update and delete alike), with no code to tell it by.
   */
  private static boolean cancelled(ResourceEvent event) {
    return event.reason() != null && event.reason().endsWith(" cancelled");
  }
}
