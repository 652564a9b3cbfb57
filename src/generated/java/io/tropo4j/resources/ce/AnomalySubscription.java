// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ce;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.sns.Topic;
import java.util.List;

/**
 * The <code>AWS::CE::AnomalySubscription</code> resource (also referred to as an alert
 * subscription) is a Cost Explorer resource type that sends notifications about specific anomalies
 * that meet an alerting criteria defined by you.
 *
 * <p>You can specify the frequency of the alerts and the subscribers to notify.
 *
 * <p>Anomaly subscriptions can be associated with one or more <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ce-anomalymonitor.html"><code>AWS::CE::AnomalyMonitor</code></a>
 * resources, and they only send notifications about anomalies detected by those associated
 * monitors. You can also configure a threshold to further control which anomalies are included in
 * the notifications.
 *
 * <p>Anomalies that don’t exceed the chosen threshold and therefore don’t trigger notifications
 * from an anomaly subscription will still be available on the console and from the <a
 * href="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetAnomalies.html"><code>GetAnomalies</code></a>
 * API.
 *
 * <p>CloudFormation type {@code AWS::CE::AnomalySubscription}.
 */
public final class AnomalySubscription extends Resource<AnomalySubscription> {
  private static final Schema SCHEMA = Schema.builder("AWS::CE::AnomalySubscription")
      .required("Frequency", "MonitorArnList", "Subscribers", "SubscriptionName")
      .allowed("Frequency", "DAILY", "IMMEDIATE", "WEEKLY")
      .constrain("MonitorArnList", Constraint.of().pattern("^arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:[-a-zA-Z0-9/:_]+$"))
      .references("MonitorArnList", "AWS::CE::AnomalyMonitor.Ref")
      .constrain("SubscriptionName", Constraint.of().pattern("[\\S\\s]*").minLength(0).maxLength(1024))
      .constrain("Threshold", Constraint.of().minimum(0))
      .refYields("SubscriptionArn")
      .attributes("AccountId", "SubscriptionArn")
      .tags("ResourceTags", Schema.TagForm.LIST)
      .build();

  public AnomalySubscription(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The frequency that anomaly notifications are sent. Notifications are sent either over email
   * (for DAILY and WEEKLY frequencies) or SNS (for IMMEDIATE frequency). For more information, see
   * <a href="https://docs.aws.amazon.com/cost-management/latest/userguide/ad-SNS.html">Creating an
   * Amazon SNS topic for anomaly notifications</a> .
   *
   * <p>Required. Allowed values: {@code DAILY}, {@code IMMEDIATE}, {@code WEEKLY}. CloudFormation
   * property {@code Frequency}.
   */
  public AnomalySubscription frequency(String value) {
    return set("Frequency", Value.of(value));
  }

  /** Sets {@code Frequency} to this value; see {@link #frequency(String)}. */
  public AnomalySubscription frequency(Value<String> value) {
    return set("Frequency", value);
  }

  /**
   * A list of cost anomaly monitors.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:[-a-zA-Z0-9/:_]+$}. CloudFormation property
   * {@code MonitorArnList}.
   */
  public AnomalySubscription monitorArnList(List<String> value) {
    return set("MonitorArnList", Value.listOf(value));
  }

  /** Sets {@code MonitorArnList} to this value; see {@link #monitorArnList(List)}. */
  public AnomalySubscription monitorArnList(Value<List<String>> value) {
    return set("MonitorArnList", value);
  }

  /**
   * Sets {@code MonitorArnList} to the Ref of each {@code AWS::CE::AnomalyMonitor}; see {@link
   * #monitorArnList(List)}.
   */
  public AnomalySubscription monitorArnList(AnomalyMonitor... resources) {
    return set("MonitorArnList", Value.refs(resources));
  }

  /**
   * Tags to assign to subscription.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ResourceTags}.
   */
  public AnomalySubscription resourceTags(List<ResourceTag> value) {
    return set("ResourceTags", Value.listOf(value));
  }

  /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
  public AnomalySubscription resourceTags(Value<List<ResourceTag>> value) {
    return set("ResourceTags", value);
  }

  /** Sets {@code ResourceTags} to a list of these; see {@link #resourceTags(List)}. */
  public AnomalySubscription resourceTags(ResourceTag... values) {
    return set("ResourceTags", Value.list(values));
  }

  /**
   * Sets {@code ResourceTags} to the tags, as a list of Key and Value; see {@link
   * #resourceTags(List)}.
   */
  public AnomalySubscription resourceTags(Tags tags) {
    return set("ResourceTags", tags);
  }

  /**
   * A list of subscribers to notify.
   *
   * <p>Required. CloudFormation property {@code Subscribers}.
   */
  public AnomalySubscription subscribers(List<Subscriber> value) {
    return set("Subscribers", Value.listOf(value));
  }

  /** Sets {@code Subscribers} to this value; see {@link #subscribers(List)}. */
  public AnomalySubscription subscribers(Value<List<Subscriber>> value) {
    return set("Subscribers", value);
  }

  /** Sets {@code Subscribers} to a list of these; see {@link #subscribers(List)}. */
  public AnomalySubscription subscribers(Subscriber... values) {
    return set("Subscribers", Value.list(values));
  }

  /**
   * The name for the subscription.
   *
   * <p>Required. Length: 0 to 1024 characters. Pattern: {@code [&#92;S&#92;s]*}. CloudFormation
   * property {@code SubscriptionName}.
   */
  public AnomalySubscription subscriptionName(String value) {
    return set("SubscriptionName", Value.of(value));
  }

  /** Sets {@code SubscriptionName} to this value; see {@link #subscriptionName(String)}. */
  public AnomalySubscription subscriptionName(Value<String> value) {
    return set("SubscriptionName", value);
  }

  /**
   * (deprecated)
   *
   * <p>An absolute dollar value that must be exceeded by the anomaly's total impact (see <a
   * href="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_Impact.html">Impact</a>
   * for more details) for an anomaly notification to be generated.
   *
   * <p>This field has been deprecated. To specify a threshold, use ThresholdExpression. Continued
   * use of Threshold will be treated as shorthand syntax for a ThresholdExpression.
   *
   * <p>One of Threshold or ThresholdExpression is required for
   * <code>AWS::CE::AnomalySubscription</code> . You cannot specify both.
   *
   * <p>Range: at least 0. CloudFormation property {@code Threshold}.
   */
  public AnomalySubscription threshold(double value) {
    return set("Threshold", Value.of(value));
  }

  /** Sets {@code Threshold} to this value; see {@link #threshold(double)}. */
  public AnomalySubscription threshold(Value<Double> value) {
    return set("Threshold", value);
  }

  /**
   * An <a
   * href="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_Expression.html">Expression</a>
   * object in JSON string format used to specify the anomalies that you want to generate alerts
   * for. This supports dimensions and nested expressions. The supported dimensions are
   * <code>ANOMALY_TOTAL_IMPACT_ABSOLUTE</code> and <code>ANOMALY_TOTAL_IMPACT_PERCENTAGE</code> ,
   * corresponding to an anomaly’s TotalImpact and TotalImpactPercentage, respectively (see <a
   * href="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_Impact.html">Impact</a>
   * for more details). The supported nested expression types are <code>AND</code> and
   * <code>OR</code> . The match option <code>GREATER_THAN_OR_EQUAL</code> is required. Values must
   * be numbers between 0 and 10,000,000,000 in string format.
   *
   * <p>One of Threshold or ThresholdExpression is required for
   * <code>AWS::CE::AnomalySubscription</code> . You cannot specify both.
   *
   * <p>For further information, see the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ce-anomalysubscription.html#aws-resource-ce-anomalysubscription--examples">Examples</a>
   * section of this page.
   *
   * <p>CloudFormation property {@code ThresholdExpression}.
   */
  public AnomalySubscription thresholdExpression(String value) {
    return set("ThresholdExpression", Value.of(value));
  }

  /** Sets {@code ThresholdExpression} to this value; see {@link #thresholdExpression(String)}. */
  public AnomalySubscription thresholdExpression(Value<String> value) {
    return set("ThresholdExpression", value);
  }

  /**
   * Your unique account identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * The <code>AnomalySubscription</code> Amazon Resource Name (ARN).
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubscriptionArn}.
   */
  public Value<String> subscriptionArn() {
    return getAtt("SubscriptionArn");
  }

  /**
   * The tag structure that contains a tag key and value.
   *
   * <p>Tagging is supported only for the following Cost Explorer resource types: <a
   * href="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AnomalyMonitor.html"><code>AnomalyMonitor</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AnomalySubscription.html"><code>AnomalySubscription</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_CostCategory.html"><code>CostCategory</code></a>
   * .
   *
   * <p>Property type {@code AWS::CE::AnomalySubscription.ResourceTag}.
   */
  public static final class ResourceTag extends Struct<ResourceTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::CE::AnomalySubscription.ResourceTag")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^(?!aws:).*$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public ResourceTag() {
      super(SCHEMA);
    }

    /**
     * The key that's associated with the tag.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
     * ^(?!aws:).*$}. CloudFormation property {@code Key}.
     */
    public ResourceTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ResourceTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value that's associated with the tag.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation
     * property {@code Value}.
     */
    public ResourceTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ResourceTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The recipient of <code>AnomalySubscription</code> notifications.
   *
   * <p>Property type {@code AWS::CE::AnomalySubscription.Subscriber}.
   */
  public static final class Subscriber extends Struct<Subscriber> {
    private static final Schema SCHEMA = Schema.builder("AWS::CE::AnomalySubscription.Subscriber")
        .required("Address", "Type")
        .constrain("Address", Constraint.of().pattern("(^[a-zA-Z0-9.!#$%&'*+=?^_\u2018{|}~-]+@[a-zA-Z0-9_-]+(\\.[a-zA-Z0-9_-]+)+$)|(^arn:(aws[a-zA-Z-]*):sns:[a-zA-Z0-9-]+:[0-9]{12}:[a-zA-Z0-9_-]+(\\.fifo)?$)"))
        .references("Address", "AWS::SNS::Topic.Ref")
        .allowed("Status", "CONFIRMED", "DECLINED")
        .allowed("Type", "EMAIL", "SNS")
        .build();

    public Subscriber() {
      super(SCHEMA);
    }

    /**
     * The email address or SNS Topic Amazon Resource Name (ARN), depending on the <code>Type</code>
     * .
     *
     * <p>Required. Pattern: {@code
     * (^[a-zA-Z0-9.!#$%&amp;'*+=?^_‘{|}~-]+&#64;[a-zA-Z0-9_-]+(&#92;.[a-zA-Z0-9_-]+)+$)|(^arn:(aws[a-zA-Z-]*):sns:[a-zA-Z0-9-]+:[0-9]{12}:[a-zA-Z0-9_-]+(&#92;.fifo)?$)}.
     * CloudFormation property {@code Address}.
     */
    public Subscriber address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public Subscriber address(Value<String> value) {
      return set("Address", value);
    }

    /** Sets {@code Address} to the Ref of {@code AWS::SNS::Topic}; see {@link #address(String)}. */
    public Subscriber address(Topic resource) {
      return set("Address", resource.ref());
    }

    /**
     * Indicates if the subscriber accepts the notifications.
     *
     * <p>Allowed values: {@code CONFIRMED}, {@code DECLINED}. CloudFormation property {@code
     * Status}.
     */
    public Subscriber status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public Subscriber status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The notification delivery channel.
     *
     * <p>Required. Allowed values: {@code EMAIL}, {@code SNS}. CloudFormation property {@code
     * Type}.
     */
    public Subscriber type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Subscriber type(Value<String> value) {
      return set("Type", value);
    }
  }
}
