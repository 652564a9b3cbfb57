package io.tropo4j.deploy;

import io.tropo4j.core.TerminationProtection;
import io.tropo4j.deploy.cloudformation.ChangeSets;
import io.tropo4j.deploy.cloudformation.StackPolicy;
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
 * removing a resource that holds data, and its termination protection. A replacement the change set
 * shows is refused before it runs, unless the request allows that resource; the policy the update runs
 * under leaves out only what was allowed, and the whole policy is set again once it succeeded.
 */
final class Safeguards {
  /** The policy of a stack whose every data resource this update may replace. */
  private static final String UPDATES_ALLOWED = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"Update:*\","
      + "\"Principal\":\"*\",\"Resource\":\"*\"}]}";

  private final Session session;
  private final DeployRequest request;
  /** The resources that hold data, by logical ID, in the template the stack runs once the change set ran. */
  private final Map<String, String> data;
  private boolean lowered;

  Safeguards(Session session, DeployRequest request, Map<String, String> data) {
    this.session = session;
    this.request = request;
    this.data = data;
  }

  /**
   * Before the change set runs: a replacement of a protected resource that was not allowed is refused
   * (the session's guard then removes the change set); an update's policy is set for this update.
   */
  void beforeExecute(ChangeSets.ChangeSet changeSet, boolean update) {
    String name = request.stackName();
    List<String> refused = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (Change change : changeSet.changes()) {
      ResourceChange rc = change.resourceChange();
      if (rc != null && refused(rc.actionAsString(), rc.logicalResourceId(), rc.replacementAsString(), data.keySet(),
          request.allowReplace())) {
        refused.add(rc.logicalResourceId());
        described.add(rc.logicalResourceId() + " (" + rc.resourceType()
            + ("Conditional".equals(rc.replacementAsString()) ? ", maybe" : "") + ")");
      }
    }
    if (!refused.isEmpty()) {
      throw new ReplacementRefusedException(name, refused, described);
    }
    if (!update || data.isEmpty()) {
      return; // a create's policy is set once the stack is there
    }
    List<String> protectedIds = new ArrayList<>();
    List<String> allowed = new ArrayList<>();
    for (String id : data.keySet()) {
      (request.allowReplace().contains(id) ? allowed : protectedIds).add(id);
    }
    lowered = !allowed.isEmpty();
    if (lowered) {
      session.journal.safeguardLowered(name, "its stack policy letting " + String.join(", ", allowed)
          + " be replaced or removed");
    }
    session.journal.doing("setting the stack policy of stack " + name);
    StackPolicy.set(session.aws.cloudFormation(), name, StackPolicy.body(protectedIds).orElse(UPDATES_ALLOWED));
    session.listener.stackPolicySet(name, protectedIds, allowed);
  }

  /** The resources of a planned change set that an update would refuse to replace, as {@link #beforeExecute} does. */
  static List<String> refusedReplacements(List<ChangeSetPreview.PlannedChange> changes, Set<String> data,
      Set<String> allowed) {
    List<String> refused = new ArrayList<>();
    for (ChangeSetPreview.PlannedChange change : changes) {
      if (refused(change.action(), change.logicalId(), change.replacement(), data, allowed)) {
        refused.add(change.logicalId());
      }
    }
    return refused;
  }

  /** A Modify that replaces, or may replace, a resource holding data that was not allowed. */
  private static boolean refused(String action, String logicalId, String replacement, Set<String> data,
      Set<String> allowed) {
    return "Modify".equals(action) && data.contains(logicalId) && !allowed.contains(logicalId)
        && ("True".equals(replacement) || "Conditional".equals(replacement));
  }

  /** After the create or update succeeded: the whole policy again where it was set or lowered, and protection on. */
  void afterSuccess(Stack stack, boolean update) {
    if (!data.isEmpty() && (!update || lowered)) {
      setWholePolicy();
    }
    protect(stack);
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
    session.journal.safeguardRestored(name);
    session.listener.stackPolicySet(name, List.copyOf(data.keySet()), List.of());
  }

  /**
   * Turns termination protection on where the stack wants it and it is off; never turns it off (that
   * is for a forced delete, or a person).
   */
  private void protect(Stack stack) {
    TerminationProtection wanted = request.stack().terminationProtection();
    boolean on = wanted == TerminationProtection.ON
        || wanted == TerminationProtection.WHEN_IT_HOLDS_DATA && !data.isEmpty();
    if (!on || stack != null && Boolean.TRUE.equals(stack.enableTerminationProtection())) {
      return;
    }
    session.journal.doing("turning on termination protection of stack " + request.stackName());
    StackPolicy.protect(session.aws.cloudFormation(), request.stackName(), true);
    session.listener.terminationProtection(request.stackName(), true);
  }
}
