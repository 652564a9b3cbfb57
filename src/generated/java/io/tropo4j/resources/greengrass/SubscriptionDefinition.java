// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Greengrass::SubscriptionDefinition</code> resource represents a subscription
 * definition for AWS IoT Greengrass . Subscription definitions are used to organize your
 * subscription definition versions.
 *
 * <p>Subscription definitions can reference multiple subscription definition versions. All
 * subscription definition versions must be associated with a subscription definition. Each
 * subscription definition version can contain one or more subscriptions.
 *
 * <p>When you create a subscription definition, you can optionally include an initial subscription
 * definition version. To associate a subscription definition version later, create an <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-subscriptiondefinitionversion.html"><code>AWS::Greengrass::SubscriptionDefinitionVersion</code></a>
 * resource and specify the ID of this subscription definition. After you create the subscription
 * definition version that contains the subscriptions you want to deploy, you must add it to your
 * group version. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::SubscriptionDefinition}.
 */
public final class SubscriptionDefinition extends Resource<SubscriptionDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::SubscriptionDefinition")
      .required("Name")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id", "LatestVersionArn", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public SubscriptionDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The subscription definition version to include when the subscription definition is created. A
   * subscription definition version contains a list of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-subscriptiondefinition-subscription.html"><code>subscription</code></a>
   * property types.
   *
   * <p>To associate a subscription definition version after the subscription definition is created,
   * create an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-subscriptiondefinitionversion.html"><code>AWS::Greengrass::SubscriptionDefinitionVersion</code></a>
   * resource and specify the ID of this subscription definition.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InitialVersion}.
   */
  public SubscriptionDefinition initialVersion(Value<SubscriptionDefinitionVersion> value) {
    return set("InitialVersion", value);
  }

  /**
   * The name of the subscription definition.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public SubscriptionDefinition name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SubscriptionDefinition name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Application-specific metadata to attach to the subscription definition. You can use tags in IAM
   * policies to control access to AWS IoT Greengrass resources. You can also use tags to categorize
   * your resources. For more information, see <a
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
  public SubscriptionDefinition tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public SubscriptionDefinition tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>SubscriptionDefinition</code> , such as
   * <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/subscriptions/1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the <code>SubscriptionDefinition</code> , such as
   * <code>1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ARN of the last <code>SubscriptionDefinitionVersion</code> that was added to the
   * <code>SubscriptionDefinition</code> , such as <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/subscriptions/1234a5b6-78cd-901e-2fgh-3i45j6k178l9/versions/9876ac30-4bdb-4f9d-95af-b5fdb66be1a2</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersionArn}.
   */
  public Value<String> latestVersionArn() {
    return getAtt("LatestVersionArn");
  }

  /**
   * The name of the <code>SubscriptionDefinition</code> , such as
   * <code>MySubscriptionDefinition</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Subscriptions define how MQTT messages can be exchanged between devices, functions, and
   * connectors in the group, and with AWS IoT or the local shadow service. A subscription defines a
   * message source, message target, and a topic (or subject) that's used to route messages from the
   * source to the target. A subscription defines the message flow in one direction, from the source
   * to the target. For two-way communication, you must set up two subscriptions, one for each
   * direction.
   *
   * <p>In an CloudFormation template, the <code>Subscriptions</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-subscriptiondefinition-subscriptiondefinitionversion.html"><code>SubscriptionDefinitionVersion</code></a>
   * property type contains a list of <code>Subscription</code> property types.
   *
   * <p>Property type {@code AWS::Greengrass::SubscriptionDefinition.Subscription}.
   */
  public static final class Subscription extends Struct<Subscription> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::SubscriptionDefinition.Subscription")
        .required("Id", "Source", "Subject", "Target")
        .build();

    public Subscription() {
      super(SCHEMA);
    }

    /**
     * A descriptive or arbitrary ID for the subscription. This value must be unique within the
     * subscription definition version. Maximum length is 128 characters with pattern
     * <code>[a-zA-Z0-9:_-]+</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Id}.
     */
    public Subscription id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public Subscription id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The originator of the message. The value can be a thing ARN, the ARN of a Lambda function
     * alias (recommended) or version, a connector ARN, <code>cloud</code> (which represents the AWS
     * IoT cloud), or <code>GGShadowService</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Source}.
     */
    public Subscription source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public Subscription source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The MQTT topic used to route the message.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Subject}.
     */
    public Subscription subject(String value) {
      return set("Subject", Value.of(value));
    }

    /** Sets {@code Subject} to this value; see {@link #subject(String)}. */
    public Subscription subject(Value<String> value) {
      return set("Subject", value);
    }

    /**
     * The destination of the message. The value can be a thing ARN, the ARN of a Lambda function
     * alias (recommended) or version, a connector ARN, <code>cloud</code> (which represents the AWS
     * IoT cloud), or <code>GGShadowService</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Target}.
     */
    public Subscription target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public Subscription target(Value<String> value) {
      return set("Target", value);
    }
  }

  /**
   * A subscription definition version contains a list of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-subscriptiondefinition-subscription.html">subscriptions</a>
   * .
   *
   * <p>After you create a subscription definition version that contains the subscriptions you want
   * to deploy, you must add it to your group version. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
   * .
   *
   * <p>In an CloudFormation template, <code>SubscriptionDefinitionVersion</code> is the property
   * type of the <code>InitialVersion</code> property in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-subscriptiondefinition.html"><code>AWS::Greengrass::SubscriptionDefinition</code></a>
   * resource.
   *
   * <p>Property type {@code AWS::Greengrass::SubscriptionDefinition.SubscriptionDefinitionVersion}.
   */
  public static final class SubscriptionDefinitionVersion extends Struct<SubscriptionDefinitionVersion> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::SubscriptionDefinition.SubscriptionDefinitionVersion")
        .required("Subscriptions")
        .build();

    public SubscriptionDefinitionVersion() {
      super(SCHEMA);
    }

    /**
     * The subscriptions in this version.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * Subscriptions}.
     */
    public SubscriptionDefinitionVersion subscriptions(List<Subscription> value) {
      return set("Subscriptions", Value.listOf(value));
    }

    /** Sets {@code Subscriptions} to this value; see {@link #subscriptions(List)}. */
    public SubscriptionDefinitionVersion subscriptions(Value<List<Subscription>> value) {
      return set("Subscriptions", value);
    }

    /** Sets {@code Subscriptions} to a list of these; see {@link #subscriptions(List)}. */
    public SubscriptionDefinitionVersion subscriptions(Subscription... values) {
      return set("Subscriptions", Value.list(values));
    }
  }
}
