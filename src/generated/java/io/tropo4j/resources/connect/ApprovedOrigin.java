// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The approved origin for the instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::ApprovedOrigin}.
 */
public final class ApprovedOrigin extends Resource<ApprovedOrigin> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::ApprovedOrigin")
      .required("InstanceId", "Origin")
      .constrain("InstanceId", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$").minLength(1).maxLength(100))
      .references("InstanceId", "AWS::Connect::Instance.Ref")
      .constrain("Origin", Constraint.of().maxLength(267))
      .build();

  public ApprovedOrigin(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p><em>Minimum</em> : <code>1</code>
   *
   * <p><em>Maximum</em> : <code>100</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceId}.
   */
  public ApprovedOrigin instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public ApprovedOrigin instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * Sets {@code InstanceId} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceId(String)}.
   */
  public ApprovedOrigin instanceId(Instance resource) {
    return set("InstanceId", resource.ref());
  }

  /**
   * Domain name to be added to the allow-list of the instance.
   *
   * <p><em>Maximum</em> : <code>267</code>
   *
   * <p>Required. Changing it replaces the resource. Length: at most 267 characters. CloudFormation
   * property {@code Origin}.
   */
  public ApprovedOrigin origin(String value) {
    return set("Origin", Value.of(value));
  }

  /** Sets {@code Origin} to this value; see {@link #origin(String)}. */
  public ApprovedOrigin origin(Value<String> value) {
    return set("Origin", value);
  }
}
