package io.tropo4j.deploy;

import java.time.Instant;

/**
 * A create failed because a resource an earlier stack of the same name kept when it was deleted
 * (DeletionPolicy Retain) still holds the name the new one asks for.
 *
 * @see NextStep#DELETE_OR_ADOPT
 */
public final class NameTakenException extends DeployException {
  private static final long serialVersionUID = 1L;

  private final String logicalId;
  private final String type;
  private final String physicalId;
  private final Instant deletedAt;

  /** @param status where the failed create left the stack (ROLLBACK_COMPLETE, say) */
  public NameTakenException(String stackName, String status, String logicalId, String type, String physicalId,
      Instant deletedAt) {
    super("stack " + stackName + " is " + status + ": " + logicalId + " (" + type + ") could not be created, as "
        + physicalId + ", kept when an earlier stack " + stackName + " was deleted, still holds its name",
        stackName, status, NextStep.DELETE_OR_ADOPT);
    this.logicalId = logicalId;
    this.type = type;
    this.physicalId = physicalId;
    this.deletedAt = deletedAt;
  }

  public String logicalId() {
    return logicalId;
  }

  public String type() {
    return type;
  }

  /** The kept resource's physical ID: a bucket's name, a log group's, ... */
  public String physicalId() {
    return physicalId;
  }

  /** When the earlier stack was deleted, or null when CloudFormation did not say. */
  public Instant deletedAt() {
    return deletedAt;
  }
}
