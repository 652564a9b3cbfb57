// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.sns.Topic;
import java.util.List;

/**
 * The <code>AWS::RDS::EventSubscription</code> resource allows you to receive notifications for
 * Amazon Relational Database Service events through the Amazon Simple Notification Service (Amazon
 * SNS). For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.html">Using Amazon RDS
 * Event Notification</a> in the <em>Amazon RDS User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::RDS::EventSubscription}.
 */
public final class EventSubscription extends Resource<EventSubscription> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::EventSubscription")
      .required("SnsTopicArn")
      .constrain("SnsTopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
      .references("SnsTopicArn", "AWS::SNS::Topic.Ref")
      .references("SourceIds", "AWS::RDS::DBCluster.Ref", "AWS::RDS::DBInstance.Ref")
      .constrain("SubscriptionName", Constraint.of().maxLength(255))
      .refYields("SubscriptionName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EventSubscription(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether to activate the subscription. If the event notification subscription isn't
   * activated, the subscription is created but not active.
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
   * A list of event categories for a particular source type ( <code>SourceType</code> ) that you
   * want to subscribe to. You can see a list of the categories for a given source type in the
   * "Amazon RDS event categories and event messages" section of the <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Messages.html"><em>Amazon
   * RDS User Guide</em></a> or the <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Events.Messages.html"><em>Amazon
   * Aurora User Guide</em></a> . You can also see this list by using the
   * <code>DescribeEventCategories</code> operation.
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
   * The Amazon Resource Name (ARN) of the SNS topic created for event notification. SNS
   * automatically creates the ARN when you create a topic and subscribe to it.
   *
   * <p>RDS doesn't support FIFO (first in, first out) topics. For more information, see <a
   * href="https://docs.aws.amazon.com/sns/latest/dg/sns-fifo-topics.html">Message ordering and
   * deduplication (FIFO topics)</a> in the <em>Amazon Simple Notification Service Developer
   * Guide</em> .
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
   * Sets {@code SnsTopicArn} to the Ref of {@code AWS::SNS::Topic}; see {@link
   * #snsTopicArn(String)}.
   */
  public EventSubscription snsTopicArn(Topic resource) {
    return set("SnsTopicArn", resource.ref());
  }

  /**
   * The list of identifiers of the event sources for which events are returned. If not specified,
   * then all sources are included in the response. An identifier must begin with a letter and must
   * contain only ASCII letters, digits, and hyphens. It can't end with a hyphen or contain two
   * consecutive hyphens.
   *
   * <p>Constraints:
   *
   * <ul> <li>If <code>SourceIds</code> are supplied, <code>SourceType</code> must also be provided.
   * <li>If the source type is a DB instance, a <code>DBInstanceIdentifier</code> value must be
   * supplied. <li>If the source type is a DB cluster, a <code>DBClusterIdentifier</code> value must
   * be supplied. <li>If the source type is a DB parameter group, a
   * <code>DBParameterGroupName</code> value must be supplied. <li>If the source type is a DB
   * security group, a <code>DBSecurityGroupName</code> value must be supplied. <li>If the source
   * type is a DB snapshot, a <code>DBSnapshotIdentifier</code> value must be supplied. <li>If the
   * source type is a DB cluster snapshot, a <code>DBClusterSnapshotIdentifier</code> value must be
   * supplied. <li>If the source type is an RDS Proxy, a <code>DBProxyName</code> value must be
   * supplied. </ul>
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
   * Sets {@code SourceIds} to the Ref of each {@code AWS::RDS::DBCluster}; see {@link
   * #sourceIds(List)}.
   */
  public EventSubscription sourceIds(DBCluster... resources) {
    return set("SourceIds", Value.refs(resources));
  }

  /**
   * The type of source that is generating the events. For example, if you want to be notified of
   * events generated by a DB instance, you set this parameter to <code>db-instance</code> . For RDS
   * Proxy events, specify <code>db-proxy</code> . If this value isn't specified, all events are
   * returned.
   *
   * <p>Valid Values: <code>db-instance | db-cluster | db-parameter-group | db-security-group |
   * db-snapshot | db-cluster-snapshot | db-proxy | zero-etl | custom-engine-version |
   * blue-green-deployment</code>
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
   * <p>Constraints: The name must be less than 255 characters.
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
   * An optional array of key-value pairs to apply to this subscription.
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
