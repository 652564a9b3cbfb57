// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appstream;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::AppStream::StackFleetAssociation</code> resource associates the specified fleet
 * with the specified stack for Amazon AppStream 2.0.
 *
 * <p>CloudFormation type {@code AWS::AppStream::StackFleetAssociation}.
 */
public final class StackFleetAssociation extends Resource<StackFleetAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::StackFleetAssociation")
      .required("FleetName", "StackName")
      .refYields("Id")
      .attributes("Id")
      .build();

  public StackFleetAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the fleet.
   *
   * <p>To associate a fleet with a stack, you must specify a dependency on the fleet resource. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
   * Attribute</a> .
   *
   * <p>Required. CloudFormation property {@code FleetName}.
   */
  public StackFleetAssociation fleetName(String value) {
    return set("FleetName", Value.of(value));
  }

  /** Sets {@code FleetName} to this value; see {@link #fleetName(String)}. */
  public StackFleetAssociation fleetName(Value<String> value) {
    return set("FleetName", value);
  }

  /**
   * The name of the stack.
   *
   * <p>To associate a fleet with a stack, you must specify a dependency on the stack resource. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
   * Attribute</a> .
   *
   * <p>Required. CloudFormation property {@code StackName}.
   */
  public StackFleetAssociation stackName(String value) {
    return set("StackName", Value.of(value));
  }

  /** Sets {@code StackName} to this value; see {@link #stackName(String)}. */
  public StackFleetAssociation stackName(Value<String> value) {
    return set("StackName", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
