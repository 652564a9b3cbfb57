// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.deadline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates a limit with a particular queue. After the limit is associated, all workers for jobs
 * that specify the limit associated with the queue are subject to the limit. You can't associate
 * two limits with the same <code>amountRequirementName</code> to the same queue.
 *
 * <p>CloudFormation type {@code AWS::Deadline::QueueLimitAssociation}.
 */
public final class QueueLimitAssociation extends Resource<QueueLimitAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Deadline::QueueLimitAssociation")
      .required("FarmId", "LimitId", "QueueId")
      .constrain("FarmId", Constraint.of().pattern("^farm-[0-9a-f]{32}$"))
      .constrain("LimitId", Constraint.of().pattern("^limit-[0-9a-f]{32}$"))
      .constrain("QueueId", Constraint.of().pattern("^queue-[0-9a-f]{32}$"))
      .build();

  public QueueLimitAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the farm that contains the queue-limit association.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^farm-[0-9a-f]{32}$}.
   * CloudFormation property {@code FarmId}.
   */
  public QueueLimitAssociation farmId(String value) {
    return set("FarmId", Value.of(value));
  }

  /** Sets {@code FarmId} to this value; see {@link #farmId(String)}. */
  public QueueLimitAssociation farmId(Value<String> value) {
    return set("FarmId", value);
  }

  /**
   * The unique identifier of the limit in the association.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^limit-[0-9a-f]{32}$}.
   * CloudFormation property {@code LimitId}.
   */
  public QueueLimitAssociation limitId(String value) {
    return set("LimitId", Value.of(value));
  }

  /** Sets {@code LimitId} to this value; see {@link #limitId(String)}. */
  public QueueLimitAssociation limitId(Value<String> value) {
    return set("LimitId", value);
  }

  /**
   * The unique identifier of the queue in the association.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^queue-[0-9a-f]{32}$}.
   * CloudFormation property {@code QueueId}.
   */
  public QueueLimitAssociation queueId(String value) {
    return set("QueueId", Value.of(value));
  }

  /** Sets {@code QueueId} to this value; see {@link #queueId(String)}. */
  public QueueLimitAssociation queueId(Value<String> value) {
    return set("QueueId", value);
  }
}
