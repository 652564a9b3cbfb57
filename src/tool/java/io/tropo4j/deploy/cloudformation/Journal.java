package io.tropo4j.deploy.cloudformation;

import io.tropo4j.deploy.Holding;
import io.tropo4j.deploy.Holding.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one command has done to AWS so far, step by step: written down before each call that changes
 * something and when its answer comes, so that a command stopped anywhere can say what AWS holds.
 * Internal.
 */
public final class Journal {
  /** A change set this command asked for; {@code stackId} null until CloudFormation answered. */
  public record ChangeSetEntry(String stackName, String changeSetName, String arn, String stackId,
      boolean createsStack) {}

  private final Map<String, ChangeSetEntry> changeSets = new LinkedHashMap<>();
  private final Map<String, Holding> holdings = new LinkedHashMap<>();
  private String doing = "checking";

  /** What the command does now, for the message should it stop here. */
  public void doing(String step) {
    doing = step;
  }

  public String doing() {
    return doing;
  }

  /** CreateChangeSet is about to be sent. */
  public void changeSetAsked(String stackName, String changeSetName, boolean createsStack) {
    changeSets.put(key(stackName, changeSetName), new ChangeSetEntry(stackName, changeSetName, null, null,
        createsStack));
    holdings.put(key(stackName, changeSetName), new Holding(Kind.CHANGE_SET_MAYBE_LEFT, stackName, changeSetName,
        null));
  }

  /** CloudFormation took the change set. */
  public void changeSetMade(String stackName, String changeSetName, String arn, String stackId) {
    ChangeSetEntry asked = changeSets.get(key(stackName, changeSetName));
    changeSets.put(key(stackName, changeSetName), new ChangeSetEntry(stackName, changeSetName, arn, stackId,
        asked != null && asked.createsStack()));
    holdings.put(key(stackName, changeSetName), new Holding(Kind.CHANGE_SET_LEFT, stackName, changeSetName, null));
  }

  /** The change set is gone: removed by us, or emptied and removed. */
  public void changeSetRemoved(String stackName, String changeSetName) {
    changeSets.remove(key(stackName, changeSetName));
    holdings.put(key(stackName, changeSetName), new Holding(Kind.CHANGE_SET_REMOVED, stackName, changeSetName, null));
  }

  /** A change set that CloudFormation found empty and that is no concern of the user's. */
  public void changeSetForgotten(String stackName, String changeSetName) {
    changeSets.remove(key(stackName, changeSetName));
    holdings.remove(key(stackName, changeSetName));
  }

  /** ExecuteChangeSet or DeleteStack is about to be sent. */
  public void operationAsked(String stackName, String operation) {
    changeSets.values().removeIf(c -> c.stackName().equals(stackName));
    holdings.values().removeIf(h -> stackName.equals(h.stackName()) && h.kind() != Kind.UPLOADED
        && h.kind() != Kind.SAFEGUARD_LOWERED);
    holdings.put(key(stackName, "operation"), new Holding(Kind.OPERATION_MAYBE_STARTED, stackName, operation, null));
  }

  /** CloudFormation took the operation; it goes on whatever becomes of this command. */
  public void operationStarted(String stackName, String operation, String status) {
    holdings.put(key(stackName, "operation"), new Holding(Kind.OPERATION_GOES_ON, stackName, operation, status));
  }

  /** The stack rests again. */
  public void settled(String stackName, String operation, String status) {
    holdings.put(key(stackName, "operation"), new Holding(Kind.STACK_SETTLED, stackName, operation, status));
  }

  /** An upload is about to be sent: it may be there from now on, whatever becomes of the answer. */
  public void uploading(String location) {
    holdings.put(location, new Holding(Kind.UPLOADED, null, location, null));
  }

  /** A safeguard of the stack is about to be lowered (see {@link Kind#SAFEGUARD_LOWERED}). */
  public void safeguardLowered(String stackName, String what) {
    holdings.put(key(stackName, "safeguard"), new Holding(Kind.SAFEGUARD_LOWERED, stackName, what, null));
  }

  /** The stack's safeguards are whole again. */
  public void safeguardRestored(String stackName) {
    holdings.remove(key(stackName, "safeguard"));
  }

  public void invalidationPending(String distributionId) {
    holdings.put("invalidation " + distributionId, new Holding(Kind.INVALIDATION_PENDING, null, distributionId, null));
  }

  public void invalidationStarted(String distributionId, String invalidationId) {
    holdings.put("invalidation " + distributionId, new Holding(Kind.INVALIDATION_GOES_ON, null, invalidationId, null));
  }

  public void invalidationDone(String distributionId) {
    holdings.remove("invalidation " + distributionId);
  }

  /** The change sets this command made (or may have) and did not run: to remove when it stops. */
  public List<ChangeSetEntry> unexecutedChangeSets() {
    return new ArrayList<>(changeSets.values());
  }

  /** The operation this command started on a stack that has not settled yet, if any. */
  public List<Holding> runningOperations() {
    List<Holding> running = new ArrayList<>();
    for (Holding holding : holdings.values()) {
      if (holding.kind() == Kind.OPERATION_GOES_ON || holding.kind() == Kind.OPERATION_MAYBE_STARTED) {
        running.add(holding);
      }
    }
    return running;
  }

  /** Replaces what is known of a stack's operation, once it has been looked at again. */
  public void operationSeen(String stackName, String operation, String status, boolean settled) {
    if (settled) {
      settled(stackName, operation, status);
    } else {
      operationStarted(stackName, operation, status);
    }
  }

  /** What AWS holds of this command, in the order it happened. */
  public List<Holding> holdings() {
    return new ArrayList<>(holdings.values());
  }

  private static String key(String stackName, String name) {
    return stackName + "/" + name;
  }
}
