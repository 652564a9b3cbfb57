// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * AWS IoT Greengrass seamlessly extends AWS to edge devices so they can act locally on the data
 * they generate, while still using the cloud for management, analytics, and durable storage. With
 * AWS IoT Greengrass , connected devices can run AWS Lambda functions, execute predictions based on
 * machine learning models, keep device data in sync, and communicate with other devices securely –
 * even when not connected to the internet. For more information, see the <a
 * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/what-is-gg.html">Developer
 * Guide</a> .
 *
 * <p>For AWS Region support, see <a
 * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/cloudformation-support.html">CloudFormation
 * Support for AWS IoT Greengrass</a> in the <em>Developer Guide</em> .
 *
 * <p>The <code>AWS::Greengrass::Group</code> resource represents a group in AWS IoT Greengrass . In
 * the AWS IoT Greengrass API, groups are used to organize your group versions.
 *
 * <p>Groups can reference multiple group versions. All group versions must be associated with a
 * group. A group version references a device definition version, subscription definition version,
 * and other version types that contain the components you want to deploy to a Greengrass core
 * device.
 *
 * <p>To deploy a group version, the group version must reference a core definition version that
 * contains one core. Other version types are optionally included, depending on your business need.
 *
 * <p>When you create a group, you can optionally include an initial group version. To associate a
 * group version later, create a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-groupversion.html"><code>AWS::Greengrass::GroupVersion</code></a>
 * resource and specify the ID of this group. To change group components (such as devices,
 * subscriptions, or functions), you must create new versions. This is because versions are
 * immutable. For example, to add a function, you create a function definition version that contains
 * the new function (and all other functions that you want to deploy). Then you create a group
 * version that references the new function definition version (and all other version types that you
 * want to deploy).
 *
 * <p><em>Deploying a Group Version</em>
 *
 * <p>After you create the group version in your CloudFormation template, you can deploy it using
 * the <a
 * href="https://docs.aws.amazon.com/greengrass/v1/apireference/createdeployment-post.html"><code>aws
 * greengrass create-deployment</code></a> command in the AWS CLI or from the <em>Greengrass</em>
 * node in the AWS IoT console. To deploy a group version, you must have a Greengrass service role
 * associated with your AWS account . For more information, see <a
 * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/cloudformation-support.html">CloudFormation
 * Support for AWS IoT Greengrass</a> in the <em>Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::Group}.
 */
public final class Group extends Resource<Group> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::Group")
      .required("Name")
      .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id", "LatestVersionArn", "Name", "RoleArn", "RoleAttachedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Group(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The group version to include when the group is created. A group version references the Amazon
   * Resource Name (ARN) of a core definition version, device definition version, subscription
   * definition version, and other version types. The group version must reference a core definition
   * version that contains one core. Other version types are optionally included, depending on your
   * business need.
   *
   * <p>To associate a group version after the group is created, create an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-groupversion.html"><code>AWS::Greengrass::GroupVersion</code></a>
   * resource and specify the ID of this group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InitialVersion}.
   */
  public Group initialVersion(Value<GroupVersion> value) {
    return set("InitialVersion", value);
  }

  /**
   * The name of the group.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public Group name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Group name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role attached to the group. This role contains the
   * permissions that Lambda functions and connectors use to interact with other AWS services.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Group roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Group roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Application-specific metadata to attach to the group. You can use tags in IAM policies to
   * control access to AWS IoT Greengrass resources. You can also use tags to categorize your
   * resources. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/tagging.html">Tagging Your AWS
   * IoT Greengrass Resources</a> in the <em>Developer Guide</em> .
   *
   * <p>This <code>Json</code> property type is processed as a map of key-value pairs. It uses the
   * following format, which is different from most <code>Tags</code> implementations in
   * CloudFormation templates.
   *
   * <p>```json "Tags": { "KeyName0": "value", "KeyName1": "value", "KeyName2": "value" } ```
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Group tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Group tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ARN of the <code>Group</code> , such as <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/groups/1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the <code>Group</code> , such as <code>1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ARN of the last <code>GroupVersion</code> that was added to the <code>Group</code> , such
   * as <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/groups/1234a5b6-78cd-901e-2fgh-3i45j6k178l9/versions/9876ac30-4bdb-4f9d-95af-b5fdb66be1a2</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersionArn}.
   */
  public Value<String> latestVersionArn() {
    return getAtt("LatestVersionArn");
  }

  /**
   * The name of the <code>Group</code> , such as <code>MyGroup</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The ARN of the IAM role that's attached to the <code>Group</code> , such as <code>arn:aws:iam::
   * :role/role-name</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoleArn}.
   */
  public Value<String> roleArn() {
    return getAtt("RoleArn");
  }

  /**
   * The time (in milliseconds since the epoch) when the group role was attached to the
   * <code>Group</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoleAttachedAt}.
   */
  public Value<String> roleAttachedAt() {
    return getAtt("RoleAttachedAt");
  }

  /**
   * A group version in AWS IoT Greengrass , which references of a core definition version, device
   * definition version, subscription definition version, and other version types that contain the
   * components you want to deploy to a Greengrass core device. The group version must reference a
   * core definition version that contains one core. Other version types are optionally included,
   * depending on your business need.
   *
   * <p>In an CloudFormation template, <code>GroupVersion</code> is the property type of the
   * <code>InitialVersion</code> property in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
   * resource.
   *
   * <p>Property type {@code AWS::Greengrass::Group.GroupVersion}.
   */
  public static final class GroupVersion extends Struct<GroupVersion> {
    private static final Schema SCHEMA = Schema.of("AWS::Greengrass::Group.GroupVersion");

    public GroupVersion() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the connector definition version that contains the
     * connectors you want to deploy with the group version.
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
     * The ARN of the core definition version that contains the core you want to deploy with the
     * group version. Currently, the core definition version can contain only one core.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * CoreDefinitionVersionArn}.
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
     * The ARN of the device definition version that contains the devices you want to deploy with
     * the group version.
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
     * The ARN of the function definition version that contains the functions you want to deploy
     * with the group version.
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
     * The ARN of the logger definition version that contains the loggers you want to deploy with
     * the group version.
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
     * The ARN of the resource definition version that contains the resources you want to deploy
     * with the group version.
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
  }
}
