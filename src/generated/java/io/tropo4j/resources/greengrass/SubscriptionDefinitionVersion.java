// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Greengrass::SubscriptionDefinitionVersion</code> resource represents a
 * subscription definition version for AWS IoT Greengrass . A subscription definition version
 * contains a list of subscriptions.
 *
 * <p>To create a subscription definition version, you must specify the ID of the subscription
 * definition that you want to associate with the version. For information about creating a
 * subscription definition, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-subscriptiondefinition.html"><code>AWS::Greengrass::SubscriptionDefinition</code></a>
 * . After you create a subscription definition version that contains the subscriptions you want to
 * deploy, you must add it to your group version. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::SubscriptionDefinitionVersion}.
 */
public final class SubscriptionDefinitionVersion extends Resource<SubscriptionDefinitionVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::SubscriptionDefinitionVersion")
      .required("SubscriptionDefinitionId", "Subscriptions")
      .refYields("Id")
      .attributes("Id")
      .build();

  public SubscriptionDefinitionVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the subscription definition associated with this version. This value is a GUID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SubscriptionDefinitionId}.
   */
  public SubscriptionDefinitionVersion subscriptionDefinitionId(String value) {
    return set("SubscriptionDefinitionId", Value.of(value));
  }

  /**
   * Sets {@code SubscriptionDefinitionId} to this value; see {@link
   * #subscriptionDefinitionId(String)}.
   */
  public SubscriptionDefinitionVersion subscriptionDefinitionId(Value<String> value) {
    return set("SubscriptionDefinitionId", value);
  }

  /**
   * The subscriptions in this version.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Subscriptions}.
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

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
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
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-subscriptiondefinitionversion.html"><code>AWS::Greengrass::SubscriptionDefinitionVersion</code></a>
   * resource contains a list of <code>Subscription</code> property types.
   *
   * <p>Property type {@code AWS::Greengrass::SubscriptionDefinitionVersion.Subscription}.
   */
  public static final class Subscription extends Struct<Subscription> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::SubscriptionDefinitionVersion.Subscription")
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
}
