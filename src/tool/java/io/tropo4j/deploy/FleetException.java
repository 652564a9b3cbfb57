package io.tropo4j.deploy;

import java.util.List;

/**
 * A fleet command that did not end as asked, with what CloudFormation holds now: the operation it left
 * running or that failed, and the StackSet's instances as they were last listed.
 */
public final class FleetException extends DeployException {
  private static final long serialVersionUID = 1L;

  public enum Kind {
    /** Another operation runs on the StackSet; nothing was started. */
    BUSY,
    /** The command was interrupted (Ctrl-C) while it followed an operation, which goes on. */
    INTERRUPTED,
    /** It followed the operation as long as it was told to; the operation goes on. */
    TIMED_OUT,
    /** The operation ended FAILED: some instance failed beyond the tolerance. */
    FAILED,
    /** CloudFormation refused a call partway through the command; what came before it stands. */
    REFUSED,
    /** The operation was stopped (by `stackset stop`, or someone else) before it finished. */
    STOPPED
  }

  private final Kind kind;
  private final String setName;
  private final String operationId;
  private final transient List<FleetInstance> instances;

  public FleetException(Kind kind, String setName, String operationId, String message) {
    this(kind, setName, operationId, message, List.of());
  }

  public FleetException(Kind kind, String setName, String operationId, String message,
      List<FleetInstance> instances) {
    super(message);
    this.kind = kind;
    this.setName = setName;
    this.operationId = operationId;
    this.instances = List.copyOf(instances);
  }

  public FleetException withInstances(List<FleetInstance> now) {
    return new FleetException(kind, setName, operationId, getMessage(), now);
  }

  public Kind kind() {
    return kind;
  }

  public String setName() {
    return setName;
  }

  /** The operation left running, failed or stopped; null for {@link Kind#BUSY}. */
  public String operationId() {
    return operationId;
  }

  /** The StackSet's instances when the command ended; empty when they could not be listed. */
  public List<FleetInstance> instances() {
    return instances;
  }
}
