package io.tropo4j.deploy.cloudformation;

import io.tropo4j.deploy.DeployListener;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetSummary;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.ListChangeSetsResponse;

/**
 * Change sets: made and waited for (read with each property's values before and after, which
 * CloudFormation gives when asked), executed, or removed again; each named by its own ARN once
 * CloudFormation gave it one, as the AWS CLI does. Every step is written in the {@link Journal} before
 * its call, so a command stopped between two knows what it left. Internal.
 */
public final class ChangeSets {
  /** What the deployer names its change sets: a prefix, then what it is for, then the time. */
  public static final String PREFIX = "tropo4j-";
  /** The change sets of commands that only look (plan, diff), removed before they end. */
  public static final String LOOK_ONLY = PREFIX + "look-";

  /**
   * A change set ready to execute, with every change it lists.
   *
   * @param created when CloudFormation made it, by its clock: the operation's events come after it
   */
  public record ChangeSet(String stackName, String stackId, String name, String arn, ChangeSetType type,
      List<Change> changes, Instant created) {}

  private final CloudFormationClient cloudFormation;
  private final DeployListener listener;
  private final Duration pollInterval;
  private final Journal journal;

  public ChangeSets(CloudFormationClient cloudFormation, DeployListener listener, Duration pollInterval,
      Journal journal) {
    this.cloudFormation = cloudFormation;
    this.listener = listener;
    this.pollInterval = pollInterval;
    this.journal = journal;
  }

  /** A new name: for a deploy, or for a command that only looks. */
  public static String name(boolean lookOnly) {
    return (lookOnly ? LOOK_ONLY : PREFIX) + Instant.now().toEpochMilli();
  }

  /**
   * Makes the change set and waits until it is computed; empty when the stack has nothing to change
   * (CloudFormation then fails the change set, which is removed).
   */
  public Optional<ChangeSet> make(CreateChangeSetRequest request, Duration timeout) {
    String name = request.stackName();
    boolean creates = request.changeSetType() == ChangeSetType.CREATE;
    listener.creatingChangeSet(name, request.changeSetName(), creates);
    journal.doing("making change set " + request.changeSetName() + " for stack " + name);
    journal.changeSetAsked(name, request.changeSetName(), creates);
    CreateChangeSetResponse created;
    try {
      created = cloudFormation.createChangeSet(request);
    } catch (SdkException e) {
      if (!AwsCalls.isUnreachable(e) && !AwsCalls.isInterrupted(e)) {
        journal.changeSetForgotten(name, request.changeSetName()); // refused: nothing was made
      }
      throw AwsCalls.failure(e, "creating a change set for stack " + name);
    }
    journal.changeSetMade(name, request.changeSetName(), created.id(), created.stackId());
    DescribeChangeSetResponse described = await(created.id(), name, timeout);
    if ("FAILED".equals(described.statusAsString())) {
      if (isEmpty(described)) {
        remove(created.id(), name, request.changeSetName(), null);
        journal.changeSetForgotten(name, request.changeSetName());
        listener.upToDate(name);
        return Optional.empty();
      }
      throw new io.tropo4j.deploy.DeployException("the change set for stack " + name + " failed: "
          + described.statusReason(), name, null, io.tropo4j.deploy.NextStep.NONE);
    }
    return Optional.of(new ChangeSet(name, created.stackId(), request.changeSetName(), created.id(),
        request.changeSetType(), allChanges(created.id(), described), described.creationTime()));
  }

  /**
   * A change set CloudFormation failed because it changes nothing. AWS says so only in the reason,
   * in one of these two documented forms (the AWS CLI and the CDK read them the same way).
   */
  static boolean isEmpty(DescribeChangeSetResponse described) {
    String reason = described.statusReason();
    return described.changes().isEmpty() && reason != null
        && (reason.startsWith("The submitted information didn't contain changes")
            || reason.startsWith("No updates are to be performed"));
  }

  /** Starts the change set; the stack's operation then goes on in CloudFormation whatever becomes of us. */
  public void execute(ChangeSet changeSet) {
    String operation = changeSet.type() == ChangeSetType.CREATE ? "create" : "update";
    listener.executing(changeSet.stackName(), changeSet.name());
    journal.doing("executing change set " + changeSet.name() + " of stack " + changeSet.stackName());
    journal.operationAsked(changeSet.stackName(), operation);
    try {
      cloudFormation.executeChangeSet(b -> b.changeSetName(changeSet.arn()));
    } catch (SdkException e) {
      if (!AwsCalls.isUnreachable(e) && !AwsCalls.isInterrupted(e)) {
        // refused: the change set is still there, not executed
        journal.changeSetMade(changeSet.stackName(), changeSet.name(), changeSet.arn(), changeSet.stackId());
      }
      throw AwsCalls.failure(e, "executing change set " + changeSet.name() + " of stack " + changeSet.stackName());
    }
    journal.operationStarted(changeSet.stackName(), operation, null);
  }

  /**
   * Removes a change set that will not run; for one that would have created the stack, also the empty
   * stack in REVIEW_IN_PROGRESS that CloudFormation made to hold it.
   */
  public void remove(ChangeSet changeSet) {
    remove(changeSet.arn(), changeSet.stackName(), changeSet.name(), changeSet.type() == ChangeSetType.CREATE
        ? changeSet.stackId() : null);
  }

  /** @param emptyStackId the REVIEW_IN_PROGRESS stack to delete with it, or null */
  public void remove(String arn, String stackName, String changeSetName, String emptyStackId) {
    journal.doing("removing change set " + changeSetName + " of stack " + stackName);
    try {
      cloudFormation.deleteChangeSet(b -> b.changeSetName(arn));
    } catch (SdkException e) {
      if (!AwsCalls.hasCode(e, "ChangeSetNotFound")) {
        throw AwsCalls.failure(e, "removing change set " + changeSetName + " of stack " + stackName);
      }
    }
    // Also when the change set was gone already: the empty stack made to hold it may still be there.
    if (emptyStackId != null) {
      try {
        cloudFormation.deleteStack(b -> b.stackName(emptyStackId));
      } catch (SdkException e) {
        if (!AwsCalls.isMissingStack(e)) {
          throw AwsCalls.failure(e, "removing the empty stack " + stackName + " made for change set "
              + changeSetName);
        }
      }
    }
    journal.changeSetRemoved(stackName, changeSetName);
  }

  /**
   * Removes the change sets of ours that earlier commands left on the stack without running them
   * (interrupted, or cut off from the endpoint), as the CDK removes its diff change set before each
   * run: those that only looked always, a deploy's only when {@code deploysToo}.
   */
  public void sweep(String stackName, boolean deploysToo) {
    remove(stackName, leftovers(stackName, deploysToo));
  }

  /** The change sets of ours that earlier commands left on the stack without running them; only looks. */
  public List<ChangeSetSummary> leftovers(String stackName, boolean deploysToo) {
    List<ChangeSetSummary> leftovers = new ArrayList<>();
    try {
      String token = null;
      do {
        String page = token;
        ListChangeSetsResponse response = cloudFormation.listChangeSets(b -> b.stackName(stackName).nextToken(page));
        for (ChangeSetSummary summary : response.summaries()) {
          if (isLeftover(summary, deploysToo)) {
            leftovers.add(summary);
          }
        }
        token = response.nextToken();
      } while (token != null);
    } catch (SdkException e) {
      if (AwsCalls.isMissingStack(e)) {
        return List.of();
      }
      throw AwsCalls.failure(e, "listing the change sets of stack " + stackName);
    }
    return leftovers;
  }

  /** Removes change sets {@link #leftovers} found; one removed meanwhile is no matter. */
  public void remove(String stackName, List<ChangeSetSummary> leftovers) {
    for (ChangeSetSummary leftover : leftovers) {
      try {
        cloudFormation.deleteChangeSet(b -> b.changeSetName(leftover.changeSetId()));
        listener.changeSetRemoved(stackName, leftover.changeSetName());
      } catch (SdkException e) {
        if (!AwsCalls.hasCode(e, "ChangeSetNotFound")) {
          throw AwsCalls.failure(e, "removing change set " + leftover.changeSetName() + " of stack " + stackName);
        }
      }
    }
  }

  private static boolean isLeftover(ChangeSetSummary summary, boolean deploysToo) {
    String name = summary.changeSetName();
    if (name == null || !name.startsWith(PREFIX) || (!deploysToo && !name.startsWith(LOOK_ONLY))) {
      return false;
    }
    String execution = summary.executionStatusAsString();
    return "FAILED".equals(summary.statusAsString()) || "AVAILABLE".equals(execution)
        || "UNAVAILABLE".equals(execution) && "CREATE_COMPLETE".equals(summary.statusAsString())
        || "OBSOLETE".equals(execution);
  }

  /** Waits for a change set to be computed. */
  private DescribeChangeSetResponse await(String arn, String stackName, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Polling polling = new Polling(pollInterval);
    while (true) {
      try {
        DescribeChangeSetResponse response = cloudFormation.describeChangeSet(b -> b.changeSetName(arn)
            .includePropertyValues(true));
        String status = response.statusAsString();
        if ("CREATE_COMPLETE".equals(status) || "FAILED".equals(status)) {
          return response;
        }
      } catch (SdkException e) {
        if (!AwsCalls.isThrottling(e)) {
          throw AwsCalls.failure(e, "reading the change set for stack " + stackName);
        }
        polling.throttled();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new WaitTimedOut("waiting " + timeout.toMinutes() + " minutes for the change set of stack "
            + stackName);
      }
      polling.pause("waiting for the change set of stack " + stackName);
    }
  }

  private List<Change> allChanges(String arn, DescribeChangeSetResponse first) {
    List<Change> changes = new ArrayList<>(first.changes());
    String token = first.nextToken();
    while (token != null) {
      String page = token;
      DescribeChangeSetResponse next;
      try {
        next = cloudFormation.describeChangeSet(b -> b.changeSetName(arn).nextToken(page).includePropertyValues(true));
      } catch (SdkException e) {
        throw AwsCalls.failure(e, "reading the change set " + arn);
      }
      changes.addAll(next.changes());
      token = next.nextToken();
    }
    return changes;
  }
}
