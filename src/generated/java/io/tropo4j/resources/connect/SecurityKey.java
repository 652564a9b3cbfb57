// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The security key for the instance.
 *
 * <p>Only two security keys are allowed per Connect Customer instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::SecurityKey}.
 */
public final class SecurityKey extends Resource<SecurityKey> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::SecurityKey")
      .required("InstanceId", "Key")
      .constrain("InstanceId", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$").minLength(1).maxLength(100))
      .references("InstanceId", "AWS::Connect::Instance.Ref")
      .constrain("Key", Constraint.of().minLength(1).maxLength(1024))
      .attributes("AssociationId")
      .build();

  public SecurityKey(String logicalId) {
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
  public SecurityKey instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public SecurityKey instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * Sets {@code InstanceId} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceId(String)}.
   */
  public SecurityKey instanceId(Instance resource) {
    return set("InstanceId", resource.ref());
  }

  /**
   * A valid security key in PEM format. For example:
   *
   * <p><code>"-----BEGIN PUBLIC KEY-----&#92; [a lot of characters] ----END PUBLIC KEY-----"</code>
   *
   * <p><em>Minimum</em> : <code>1</code>
   *
   * <p><em>Maximum</em> : <code>1024</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation
   * property {@code Key}.
   */
  public SecurityKey key(String value) {
    return set("Key", Value.of(value));
  }

  /** Sets {@code Key} to this value; see {@link #key(String)}. */
  public SecurityKey key(Value<String> value) {
    return set("Key", value);
  }

  /**
   * An <code>AssociationId</code> is automatically generated when a storage config is associated
   * with an instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationId}.
   */
  public Value<String> associationId() {
    return getAtt("AssociationId");
  }
}
