// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.docdb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an Amazon DocumentDB event notification subscription. This action requires a topic Amazon
 * Resource Name (ARN) created by using the Amazon DocumentDB console, the Amazon SNS console, or
 * the Amazon SNS API. To obtain an ARN with Amazon SNS, you must create a topic in Amazon SNS and
 * subscribe to the topic. The ARN is displayed in the Amazon SNS console.
 *
 * <p>You can specify the type of source ( <code>SourceType</code> ) that you want to be notified
 * of. You can also provide a list of Amazon DocumentDB sources ( <code>SourceIds</code> ) that
 * trigger the events, and you can provide a list of event categories ( <code>EventCategories</code>
 * ) for events that you want to be notified of. For example, you can specify <code>SourceType =
 * db-instance</code> , <code>SourceIds = mydbinstance1, mydbinstance2</code> and
 * <code>EventCategories = Availability, Backup</code> .
 *
 * <p>If you specify both the <code>SourceType</code> and <code>SourceIds</code> (such as
 * <code>SourceType = db-instance</code> and <code>SourceIdentifier = myDBInstance1</code> ), you
 * are notified of all the <code>db-instance</code> events for the specified source. If you specify
 * a <code>SourceType</code> but do not specify a <code>SourceIdentifier</code> , you receive notice
 * of the events for that source type for all your Amazon DocumentDB sources. If you do not specify
 * either the <code>SourceType</code> or the <code>SourceIdentifier</code> , you are notified of
 * events generated from all Amazon DocumentDB sources belonging to your customer account.
 *
 * <p>CloudFormation type {@code AWS::DocDB::EventSubscription}.
 */
public final class EventSubscription extends Resource<EventSubscription> {
  private static final Schema SCHEMA = Schema.builder("AWS::DocDB::EventSubscription")
      .required("SnsTopicArn")
      .constrain("SnsTopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
      .constrain("SourceIds", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9-]*[a-zA-Z0-9]$|^[a-zA-Z]$"))
      .allowed("SourceType", "db-instance", "db-cluster", "db-parameter-group", "db-security-group",
          "db-cluster-snapshot")
      .constrain("SubscriptionName", Constraint.of().maxLength(255))
      .refYields("SubscriptionName")
      .build();

  public EventSubscription(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A Boolean value; set to <code>true</code> to activate the subscription, set to
   * <code>false</code> to create the subscription but not active it.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public EventSubscription enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public EventSubscription enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * A list of event categories for a <code>SourceType</code> that you want to subscribe to.
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
   * The Amazon Resource Name (ARN) of the SNS topic created for event notification. Amazon SNS
   * creates the ARN when you create a topic and subscribe to it.
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
   * The list of identifiers of the event sources for which events are returned. If not specified,
   * then all sources are included in the response. An identifier must begin with a letter and must
   * contain only ASCII letters, digits, and hyphens; it can't end with a hyphen or contain two
   * consecutive hyphens.
   *
   * <p>Constraints:
   *
   * <ul> <li>If <code>SourceIds</code> are provided, <code>SourceType</code> must also be provided.
   * <li>If the source type is an instance, a <code>DBInstanceIdentifier</code> must be provided.
   * <li>If the source type is a security group, a <code>DBSecurityGroupName</code> must be
   * provided. <li>If the source type is a parameter group, a <code>DBParameterGroupName</code> must
   * be provided. <li>If the source type is a snapshot, a <code>DBSnapshotIdentifier</code> must be
   * provided. </ul>
   *
   * <p>Pattern: {@code ^[a-zA-Z][a-zA-Z0-9-]*[a-zA-Z0-9]$|^[a-zA-Z]$}. CloudFormation property
   * {@code SourceIds}.
   */
  public EventSubscription sourceIds(List<String> value) {
    return set("SourceIds", Value.listOf(value));
  }

  /** Sets {@code SourceIds} to this value; see {@link #sourceIds(List)}. */
  public EventSubscription sourceIds(Value<List<String>> value) {
    return set("SourceIds", value);
  }

  /**
   * The type of source that is generating the events. For example, if you want to be notified of
   * events generated by an instance, you would set this parameter to <code>db-instance</code> . If
   * this value is not specified, all events are returned.
   *
   * <p>Valid values: <code>db-instance</code> , <code>db-cluster</code> ,
   * <code>db-parameter-group</code> , <code>db-security-group</code> ,
   * <code>db-cluster-snapshot</code>
   *
   * <p>Allowed values: {@code db-instance}, {@code db-cluster}, {@code db-parameter-group}, {@code
   * db-security-group}, {@code db-cluster-snapshot}. CloudFormation property {@code SourceType}.
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
   * <p>Constraints: The name must be fewer than 255 characters.
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
}
