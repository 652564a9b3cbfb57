package io.tropo4j.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;

/** Change sets: made and waited for, executed, or removed again. */
final class ChangeSets {
  /** A change set ready to execute, with every change it lists. */
  record ChangeSet(String stackName, String stackId, String name, ChangeSetType type, List<Change> changes) {}

  private final CloudFormationClient cloudFormation;
  private final StackWatcher watcher;
  private final DeployListener listener;

  ChangeSets(CloudFormationClient cloudFormation, StackWatcher watcher, DeployListener listener) {
    this.cloudFormation = cloudFormation;
    this.watcher = watcher;
    this.listener = listener;
  }

  /** Makes the change set and waits until it is computed; empty when the stack has nothing to change. */
  Optional<ChangeSet> make(CreateChangeSetRequest request, Duration timeout) {
    String name = request.stackName();
    listener.creatingChangeSet(name, request.changeSetName(), request.changeSetType() == ChangeSetType.CREATE);
    String stackId;
    try {
      stackId = cloudFormation.createChangeSet(request).stackId();
    } catch (AwsServiceException e) {
      if (Errors.isServerError(e)) {
        throw Errors.explain(e, "creating a change set for stack " + name);
      }
      if (Errors.isNoChange(Errors.message(e))) {
        listener.upToDate(name);
        return Optional.empty();
      }
      throw new DeployException("CloudFormation refused the change set for stack " + name + ": "
          + Errors.message(e), e);
    } catch (SdkException e) {
      throw Errors.explain(e, "creating a change set for stack " + name);
    }
    DescribeChangeSetResponse described = watcher.changeSet(stackId, request.changeSetName(), timeout);
    if ("FAILED".equals(described.statusAsString())) {
      if (Errors.isNoChange(described.statusReason())) {
        removeEmpty(stackId, request.changeSetName());
        listener.upToDate(name);
        return Optional.empty();
      }
      throw new DeployException("the change set for stack " + name + " failed: " + described.statusReason());
    }
    return Optional.of(new ChangeSet(name, stackId, request.changeSetName(), request.changeSetType(),
        allChanges(stackId, request.changeSetName(), described)));
  }

  void execute(ChangeSet changeSet) {
    listener.executing(changeSet.stackName(), changeSet.name());
    try {
      cloudFormation.executeChangeSet(b -> b.stackName(changeSet.stackId()).changeSetName(changeSet.name()));
    } catch (AwsServiceException e) {
      if (Errors.isServerError(e)) {
        throw Errors.explain(e, "executing the change set of stack " + changeSet.stackName());
      }
      throw new DeployException((changeSet.type() == ChangeSetType.CREATE ? "creating" : "updating") + " stack "
          + changeSet.stackName() + " failed: " + Errors.message(e), e);
    } catch (SdkException e) {
      throw Errors.explain(e, "executing the change set of stack " + changeSet.stackName());
    }
  }

  /**
   * Removes a change set that will not run; for one that would have created the stack, also the
   * empty stack in REVIEW_IN_PROGRESS that CloudFormation made to hold it.
   */
  void remove(ChangeSet changeSet, boolean stackExisted) {
    try {
      cloudFormation.deleteChangeSet(b -> b.stackName(changeSet.stackId()).changeSetName(changeSet.name()));
      if (!stackExisted) {
        cloudFormation.deleteStack(b -> b.stackName(changeSet.stackId()));
      }
    } catch (SdkException e) {
      throw Errors.explain(e, "removing the planned change set of stack " + changeSet.stackName());
    }
  }

  /**
   * Removes a change set by its name, whether or not it was made: for a command that only looks, when
   * it fails or is interrupted while the change set may exist. Returns whether it was removed.
   */
  boolean removeQuietly(String stackName, String changeSet) {
    try {
      cloudFormation.deleteChangeSet(b -> b.stackName(stackName).changeSetName(changeSet));
      return true;
    } catch (SdkException | IllegalStateException e) {
      return false; // not made, already removed, or the client is closing: nothing more can be done
    }
  }

  private void removeEmpty(String stackId, String changeSet) {
    try {
      cloudFormation.deleteChangeSet(b -> b.stackName(stackId).changeSetName(changeSet));
    } catch (SdkException e) {
      listener.changeSetLeftBehind(changeSet, e.getMessage());
    }
  }

  private List<Change> allChanges(String stackId, String changeSet, DescribeChangeSetResponse first) {
    List<Change> changes = new ArrayList<>(first.changes());
    String token = first.nextToken();
    while (token != null) {
      String page = token;
      DescribeChangeSetResponse next = cloudFormation.describeChangeSet(
          b -> b.stackName(stackId).changeSetName(changeSet).nextToken(page));
      changes.addAll(next.changes());
      token = next.nextToken();
    }
    return changes;
  }
}
