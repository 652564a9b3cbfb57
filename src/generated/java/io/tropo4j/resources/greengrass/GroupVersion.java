// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Greengrass::GroupVersion</code> resource represents a group version in AWS IoT
 * Greengrass . A group version references a core definition version, device definition version,
 * subscription definition version, and other version types that contain the components you want to
 * deploy to a Greengrass core device. The group version must reference a core definition version
 * that contains one core. Other version types are optionally included, depending on your business
 * need.
 *
 * <p>To create a group version, you must specify the ID of the group that you want to associate
 * with the version. For information about creating a group, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::GroupVersion}.
 */
public final class GroupVersion extends Resource<GroupVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::GroupVersion")
      .required("GroupId")
      .refYields("Id")
      .attributes("Id")
      .build();

  public GroupVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the connector definition version that contains the connectors
   * you want to deploy with the group version.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ConnectorDefinitionVersionArn}.
   */
  public GroupVersion connectorDefinitionVersionArn(String value) {
    return set("ConnectorDefinitionVersionArn", Value.of(value));
  }

  /**
   * Sets {@code ConnectorDefinitionVersionArn} to this value; see {@link
   * #connectorDefinitionVersionArn(String)}.
   */
  public GroupVersion connectorDefinitionVersionArn(Value<String> value) {
    return set("ConnectorDefinitionVersionArn", value);
  }

  /**
   * The ARN of the core definition version that contains the core you want to deploy with the group
   * version. Currently, the core definition version can contain only one core.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CoreDefinitionVersionArn}.
   */
  public GroupVersion coreDefinitionVersionArn(String value) {
    return set("CoreDefinitionVersionArn", Value.of(value));
  }

  /**
   * Sets {@code CoreDefinitionVersionArn} to this value; see {@link
   * #coreDefinitionVersionArn(String)}.
   */
  public GroupVersion coreDefinitionVersionArn(Value<String> value) {
    return set("CoreDefinitionVersionArn", value);
  }

  /**
   * The ARN of the device definition version that contains the devices you want to deploy with the
   * group version.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * DeviceDefinitionVersionArn}.
   */
  public GroupVersion deviceDefinitionVersionArn(String value) {
    return set("DeviceDefinitionVersionArn", Value.of(value));
  }

  /**
   * Sets {@code DeviceDefinitionVersionArn} to this value; see {@link
   * #deviceDefinitionVersionArn(String)}.
   */
  public GroupVersion deviceDefinitionVersionArn(Value<String> value) {
    return set("DeviceDefinitionVersionArn", value);
  }

  /**
   * The ARN of the function definition version that contains the functions you want to deploy with
   * the group version.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * FunctionDefinitionVersionArn}.
   */
  public GroupVersion functionDefinitionVersionArn(String value) {
    return set("FunctionDefinitionVersionArn", Value.of(value));
  }

  /**
   * Sets {@code FunctionDefinitionVersionArn} to this value; see {@link
   * #functionDefinitionVersionArn(String)}.
   */
  public GroupVersion functionDefinitionVersionArn(Value<String> value) {
    return set("FunctionDefinitionVersionArn", value);
  }

  /**
   * The ID of the group associated with this version. This value is a GUID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code GroupId}.
   */
  public GroupVersion groupId(String value) {
    return set("GroupId", Value.of(value));
  }

  /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
  public GroupVersion groupId(Value<String> value) {
    return set("GroupId", value);
  }

  /**
   * The ARN of the logger definition version that contains the loggers you want to deploy with the
   * group version.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * LoggerDefinitionVersionArn}.
   */
  public GroupVersion loggerDefinitionVersionArn(String value) {
    return set("LoggerDefinitionVersionArn", Value.of(value));
  }

  /**
   * Sets {@code LoggerDefinitionVersionArn} to this value; see {@link
   * #loggerDefinitionVersionArn(String)}.
   */
  public GroupVersion loggerDefinitionVersionArn(Value<String> value) {
    return set("LoggerDefinitionVersionArn", value);
  }

  /**
   * The ARN of the resource definition version that contains the resources you want to deploy with
   * the group version.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ResourceDefinitionVersionArn}.
   */
  public GroupVersion resourceDefinitionVersionArn(String value) {
    return set("ResourceDefinitionVersionArn", Value.of(value));
  }

  /**
   * Sets {@code ResourceDefinitionVersionArn} to this value; see {@link
   * #resourceDefinitionVersionArn(String)}.
   */
  public GroupVersion resourceDefinitionVersionArn(Value<String> value) {
    return set("ResourceDefinitionVersionArn", value);
  }

  /**
   * The ARN of the subscription definition version that contains the subscriptions you want to
   * deploy with the group version.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * SubscriptionDefinitionVersionArn}.
   */
  public GroupVersion subscriptionDefinitionVersionArn(String value) {
    return set("SubscriptionDefinitionVersionArn", Value.of(value));
  }

  /**
   * Sets {@code SubscriptionDefinitionVersionArn} to this value; see {@link
   * #subscriptionDefinitionVersionArn(String)}.
   */
  public GroupVersion subscriptionDefinitionVersionArn(Value<String> value) {
    return set("SubscriptionDefinitionVersionArn", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
