package io.tropo4j.deploy;

import java.time.Instant;

/**
 * One of a stack's events, as CloudFormation records it: a resource (or the stack itself) entering a
 * status, with CloudFormation's reason.
 *
 * @param physicalId the resource's physical ID, or null before it has one
 * @param reason CloudFormation's words for the status, or null
 */
public record ResourceEvent(String eventId, Instant timestamp, String logicalId, String physicalId, String type,
    String status, String reason) {
  /** Whether this status is a failure (CREATE_FAILED, UPDATE_FAILED, DELETE_FAILED, ...). */
  public boolean failed() {
    return status.endsWith("_FAILED");
  }

  /** Whether the event is the stack's own rather than one of its resources'. */
  public boolean isStack() {
    return "AWS::CloudFormation::Stack".equals(type);
  }
}
