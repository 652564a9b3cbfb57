package io.tropo4j.cli;

import io.tropo4j.deploy.DeployException;

/** A failed deploy in words: the deployer's sentence, then what to do next, spelled by the {@link Hints}. */
final class DeployFailure {
  private DeployFailure() {}

  /**
   * @param stack the catalog's stack the command was given, or null
   * @param stackName the stack's name in CloudFormation the command was given
   */
  static String text(DeployException e, String stack, String stackName, Hints hints) {
    String name = e.stackName().orElse(stackName);
    return e.getMessage() + switch (e.next()) {
      case NONE -> "";
      case CREATE -> "; create it first (" + hints.create(stack, name) + ")";
      case CREATE_AGAIN -> "; create it again (" + hints.create(stack, name) + "), which replaces it";
      case UPDATE -> "; update it instead (" + hints.update(stack, name) + ")";
      case WAIT -> "; wait until it settles (" + hints.status(name) + ")";
      case FOLLOW -> "; follow it with: " + hints.status(name);
      case COMMIT_OR_ALLOW_DIRTY -> "; commit them, or pass " + hints.allowDirty() + " to deploy HEAD anyway";
      case GIVE_VALUES -> "; pass " + hints.values(e.parameters().get(0));
    };
  }
}
