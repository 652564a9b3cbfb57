// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.stepfunctions;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Represents a state machine <a
 * href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html">version</a>
 * . A published version uses the latest state machine <a
 * href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html"><em>revision</em></a>
 * . A revision is an immutable, read-only snapshot of a state machine’s definition and
 * configuration.
 *
 * <p>You can publish up to 1000 versions for each state machine.
 *
 * <p>Before you delete a version, make sure that version's ARN isn't being referenced in any
 * long-running workflows or application code outside of the stack.
 *
 * <p>CloudFormation type {@code AWS::StepFunctions::StateMachineVersion}.
 */
public final class StateMachineVersion extends Resource<StateMachineVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::StateMachineVersion")
      .required("StateMachineArn")
      .constrain("Description", Constraint.of().minLength(1).maxLength(2048))
      .constrain("StateMachineArn", Constraint.of().minLength(1).maxLength(2048))
      .constrain("StateMachineRevisionId", Constraint.of().minLength(1).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public StateMachineVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional description of the state machine version.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation property
   * {@code Description}.
   */
  public StateMachineVersion description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public StateMachineVersion description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the state machine.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation
   * property {@code StateMachineArn}.
   */
  public StateMachineVersion stateMachineArn(String value) {
    return set("StateMachineArn", Value.of(value));
  }

  /** Sets {@code StateMachineArn} to this value; see {@link #stateMachineArn(String)}. */
  public StateMachineVersion stateMachineArn(Value<String> value) {
    return set("StateMachineArn", value);
  }

  /**
   * Identifier for a state machine revision, which is an immutable, read-only snapshot of a state
   * machine’s definition and configuration.
   *
   * <p>Only publish the state machine version if the current state machine's revision ID matches
   * the specified ID. Use this option to avoid publishing a version if the state machine has
   * changed since you last updated it.
   *
   * <p>To specify the initial state machine revision, set the value as <code>INITIAL</code> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation property
   * {@code StateMachineRevisionId}.
   */
  public StateMachineVersion stateMachineRevisionId(String value) {
    return set("StateMachineRevisionId", Value.of(value));
  }

  /**
   * Sets {@code StateMachineRevisionId} to this value; see {@link #stateMachineRevisionId(String)}.
   */
  public StateMachineVersion stateMachineRevisionId(Value<String> value) {
    return set("StateMachineRevisionId", value);
  }

  /**
   * Returns the ARN of the state machine version. For example,
   * <code>arn:aws:states:us-east-1:123456789012:stateMachine:myStateMachine:1</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
