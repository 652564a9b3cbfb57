package io.tropo4j.deploy;

import io.tropo4j.core.TerminationProtection;
import io.tropo4j.deploy.cloudformation.ChangeSets;
import io.tropo4j.deploy.cloudformation.StackPolicy;
import io.tropo4j.deploy.diff.DataResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * What keeps a stack as written while a deploy changes it: its stack policy, which refuses replacing or
 * removing a resource that holds data, and its termination protection. A replacement or removal the
 * change set shows is refused before it runs, unless the request allows that resource; the policy the
 * update runs under leaves out only what was allowed and is replaced or removed, and the whole policy is
 * set again once the stack rests, whether the update succeeded or not.
 */
final class Safeguards {
  /** The policy of a stack none of whose resources is protected any more. */
  private static final String UPDATES_ALLOWED = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"Update:*\","
      + "\"Principal\":\"*\",\"Resource\":\"*\"}]}";

  private final Session session;
  private final DeployRequest request;
  /** The resources that hold data, by logical ID, in the template the stack runs once the change set ran. */
  private final Map<String, String> data;
  /** The resources this update replaces or removes as allowed, left out of the policy it runs under. */
  private final List<String> allowed = new ArrayList<>();
  /** Those of them the template keeps: the policy is set whole again for them once the stack rests. */
  private List<String> lowered = List.of();

  Safeguards(Session session, DeployRequest request, Map<String, String> data) {
    this.session = session;
    this.request = request;
    this.data = data;
  }

  /**
   * Before the change set runs: a replacement or removal of a resource holding data that was not
   * allowed is refused (the session's guard then removes the change set); an update's policy is set
   * for this update.
   */
  void beforeExecute(ChangeSets.ChangeSet changeSet, boolean update) {
    String name = request.stackName();
    List<String> refused = new ArrayList<>();
    List<String> described = new ArrayList<>();
    boolean removesData = false;
    for (Change change : changeSet.changes()) {
      ResourceChange rc = change.resourceChange();
      if (rc == null || !endangers(rc.actionAsString(), rc.logicalResourceId(), rc.resourceType(),
          rc.replacementAsString(), data.keySet())) {
        continue;
      }
      removesData |= "Remove".equals(rc.actionAsString());
      if (request.allowReplace().contains(rc.logicalResourceId())) {
        allowed.add(rc.logicalResourceId());
      } else {
        refused.add(rc.logicalResourceId());
        described.add(rc.logicalResourceId() + " (" + rc.resourceType() + ("Remove".equals(rc.actionAsString())
            ? ", removed" : "Conditional".equals(rc.replacementAsString()) ? ", maybe" : "") + ")");
      }
    }
    if (!refused.isEmpty()) {
      throw new ReplacementRefusedException(name, refused, described);
    }
    if (!update || data.isEmpty() && !removesData) {
      return; // a create's policy is set once the stack is there; a stack without data needs none
    }
    List<String> protectedIds = new ArrayList<>(data.keySet());
    protectedIds.removeAll(allowed);
    lowered = allowed.stream().filter(data::containsKey).toList(); // a removed one is in no policy from now on
    if (!lowered.isEmpty()) {
      session.journal.safeguardLowered(name, "its stack policy lets " + String.join(", ", lowered) + " be replaced or "
          + "removed; the next create or update of the stack sets the whole policy again");
    }
    session.journal.doing("setting the stack policy of stack " + name);
    StackPolicy.set(session.aws.cloudFormation(), name, StackPolicy.body(protectedIds).orElse(UPDATES_ALLOWED));
    session.listener.stackPolicySet(name, protectedIds, lowered);
  }

  /** The operation started: a create's stack has no policy or protection until it is done. */
  void executing(boolean update) {
    if (!update && (!data.isEmpty() || wantsProtection())) {
      session.journal.safeguardLowered(request.stackName(), "its stack policy and termination protection are set "
          + "once its create is done; the next create or update of the stack sets them");
    }
  }

  /** The resources of a planned change set an update would refuse to replace or remove, as {@link #beforeExecute} does. */
  static List<String> refusedReplacements(List<ChangeSetPreview.PlannedChange> changes, Set<String> data,
      Set<String> allowed) {
    List<String> refused = new ArrayList<>();
    for (ChangeSetPreview.PlannedChange change : changes) {
      if (endangers(change.action(), change.logicalId(), change.type(), change.replacement(), data)
          && !allowed.contains(change.logicalId())) {
        refused.add(change.logicalId());
      }
    }
    return refused;
  }

  /**
   * A Modify that replaces, or may replace, a resource holding data, or the Remove of one: what the
   * policy's Update:Replace and Update:Delete refuse.
   */
  private static boolean endangers(String action, String logicalId, String type, String replacement,
      Set<String> data) {
    return "Modify".equals(action) && data.contains(logicalId)
            && ("True".equals(replacement) || "Conditional".equals(replacement))
        || "Remove".equals(action) && type != null && DataResources.holdsData(type);
  }

  /** After the create or update succeeded: the whole policy again where it was set or lowered, and protection on. */
  void afterSuccess(Stack stack, boolean update) {
    if (!data.isEmpty() && (!update || !lowered.isEmpty())) {
      setWholePolicy();
    }
    protect(stack);
    session.journal.safeguardRestored(request.stackName());
  }

  /**
   * After the update failed (the stack rolled back, or rests failed): a policy lowered for it is set
   * whole again; empty when that worked or nothing was lowered, else why the policy stays lowered.
   */
  Optional<String> afterFailure() {
    if (lowered.isEmpty()) {
      return Optional.empty();
    }
    try {
      setWholePolicy();
      session.journal.safeguardRestored(request.stackName());
      return Optional.empty();
    } catch (AwsCallException e) {
      return Optional.of("its stack policy still lets " + String.join(", ", lowered) + " be replaced or removed ("
          + e.getMessage() + "); the next create or update of the stack sets the whole policy again");
    }
  }

  /** An update with nothing to change: the policy and protection made as they should be, if they are not. */
  void upToDate(Stack stack) {
    Optional<String> whole = StackPolicy.body(data.keySet());
    if (whole.isPresent() && !whole.equals(StackPolicy.get(session.aws.cloudFormation(), request.stackName()))) {
      setWholePolicy();
    }
    protect(stack);
  }

  private void setWholePolicy() {
    String name = request.stackName();
    session.journal.doing("setting the stack policy of stack " + name);
    StackPolicy.set(session.aws.cloudFormation(), name, StackPolicy.body(data.keySet()).orElseThrow());
    session.listener.stackPolicySet(name, List.copyOf(data.keySet()), List.of());
  }

  private boolean wantsProtection() {
    TerminationProtection wanted = request.stack().terminationProtection();
    return wanted == TerminationProtection.ON || wanted == TerminationProtection.WHEN_IT_HOLDS_DATA && !data.isEmpty();
  }

  /**
   * Turns termination protection on where the stack wants it and it is off; never turns it off (that
   * is for a forced delete, or a person).
   */
  private void protect(Stack stack) {
    if (!wantsProtection() || stack != null && Boolean.TRUE.equals(stack.enableTerminationProtection())) {
      return;
    }
    session.journal.doing("turning on termination protection of stack " + request.stackName());
    StackPolicy.protect(session.aws.cloudFormation(), request.stackName(), true);
    session.listener.terminationProtection(request.stackName(), true);
  }
}
