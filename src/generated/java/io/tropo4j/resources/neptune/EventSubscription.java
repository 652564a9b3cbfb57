// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.neptune;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an event notification subscription. This action requires a topic ARN (Amazon Resource
 * Name) created by either the Neptune console, the SNS console, or the SNS API. To obtain an ARN
 * with SNS, you must create a topic in Amazon SNS and subscribe to the topic. The ARN is displayed
 * in the SNS console.
 *
 * <p>You can specify the type of source (SourceType) you want to be notified of, provide a list of
 * Neptune sources (SourceIds) that triggers the events, and provide a list of event categories
 * (EventCategories) for events you want to be notified of. For example, you can specify SourceType
 * = db-instance, SourceIds = mydbinstance1, mydbinstance2 and EventCategories = Availability,
 * Backup.
 *
 * <p>If you specify both the SourceType and SourceIds, such as SourceType = db-instance and
 * SourceIdentifier = myDBInstance1, you are notified of all the db-instance events for the
 * specified source. If you specify a SourceType but do not specify a SourceIdentifier, you receive
 * notice of the events for that source type for all your Neptune sources. If you do not specify
 * either the SourceType nor the SourceIdentifier, you are notified of events generated from all
 * Neptune sources belonging to your customer account.
 *
 * <p>CloudFormation type {@code AWS::Neptune::EventSubscription}.
 */
public final class EventSubscription extends Resource<EventSubscription> {
  private static final Schema SCHEMA = Schema.builder("AWS::Neptune::EventSubscription")
      .required("SnsTopicArn")
      .constrain("SnsTopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
      .constrain("SubscriptionName", Constraint.of().maxLength(255))
      .refYields("SubscriptionName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EventSubscription(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A Boolean value indicating if the subscription is enabled. True indicates the subscription is
   * enabled.
   *
   * <p>Default: {@code true}. CloudFormation property {@code Enabled}.
   */
  public EventSubscription enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public EventSubscription enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * A list of event categories for a SourceType that you want to subscribe to. You can see a list
   * of the categories for a given SourceType in the Events topic in the Amazon Neptune User Guide
   * or by using the DescribeEventCategories action.
   *
   * <p>CloudFormation property {@code EventCategories}.
   */
  public EventSubscription eventCategories(List<String> value) {
    return set("EventCategories", Value.listOf(value));
  }

  /** Sets {@code EventCategories} to this value; see {@link #eventCategories(List)}. */
  public EventSubscription eventCategories(Value<List<String>> value) {
    return set("EventCategories", value);
  }

  /**
   * The topic ARN of the event notification subscription.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::SNS::Topic.Arn}.
   * CloudFormation property {@code SnsTopicArn}.
   */
  public EventSubscription snsTopicArn(String value) {
    return set("SnsTopicArn", Value.of(value));
  }

  /** Sets {@code SnsTopicArn} to this value; see {@link #snsTopicArn(String)}. */
  public EventSubscription snsTopicArn(Value<String> value) {
    return set("SnsTopicArn", value);
  }

  /**
   * The list of identifiers of the event sources for which events will be returned. If not
   * specified, then all sources are included in the response. An identifier must begin with a
   * letter and must contain only ASCII letters, digits, and hyphens; it cannot end with a hyphen or
   * contain two consecutive hyphens.
   *
   * <p>CloudFormation property {@code SourceIds}.
   */
  public EventSubscription sourceIds(List<String> value) {
    return set("SourceIds", Value.listOf(value));
  }

  /** Sets {@code SourceIds} to this value; see {@link #sourceIds(List)}. */
  public EventSubscription sourceIds(Value<List<String>> value) {
    return set("SourceIds", value);
  }

  /**
   * The source type for the event notification subscription.
   *
   * <p>CloudFormation property {@code SourceType}.
   */
  public EventSubscription sourceType(String value) {
    return set("SourceType", Value.of(value));
  }

  /** Sets {@code SourceType} to this value; see {@link #sourceType(String)}. */
  public EventSubscription sourceType(Value<String> value) {
    return set("SourceType", value);
  }

  /**
   * The name of the subscription.
   *
   * <p>Changing it replaces the resource. Length: at most 255 characters. CloudFormation property
   * {@code SubscriptionName}.
   */
  public EventSubscription subscriptionName(String value) {
    return set("SubscriptionName", Value.of(value));
  }

  /** Sets {@code SubscriptionName} to this value; see {@link #subscriptionName(String)}. */
  public EventSubscription subscriptionName(Value<String> value) {
    return set("SubscriptionName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EventSubscription tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EventSubscription tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EventSubscription tags(Tags tags) {
    return set("Tags", tags);
  }
}
