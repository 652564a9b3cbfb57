// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ce;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::CE::AnomalyMonitor</code> resource is a Cost Explorer resource type that
 * continuously inspects your account's cost data for anomalies, based on <code>MonitorType</code>
 * and <code>MonitorSpecification</code> . The content consists of detailed metadata and the current
 * status of the monitor object.
 *
 * <p>CloudFormation type {@code AWS::CE::AnomalyMonitor}.
 */
public final class AnomalyMonitor extends Resource<AnomalyMonitor> {
  private static final Schema SCHEMA = Schema.builder("AWS::CE::AnomalyMonitor")
      .required("MonitorName", "MonitorType")
      .allowed("MonitorDimension", "SERVICE", "LINKED_ACCOUNT", "TAG", "COST_CATEGORY")
      .constrain("MonitorName", Constraint.of().pattern("[\\S\\s]*").minLength(0).maxLength(1024))
      .allowed("MonitorType", "DIMENSIONAL", "CUSTOM")
      .refYields("MonitorArn")
      .attributes("CreationDate", "DimensionalValueCount", "LastEvaluatedDate", "LastUpdatedDate",
          "MonitorArn")
      .tags("ResourceTags", Schema.TagForm.LIST)
      .build();

  public AnomalyMonitor(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * For customer managed monitors, do not specify this field.
   *
   * <p>For AWS managed monitors, this field controls which cost dimension is automatically analyzed
   * by the monitor. For <code>TAG</code> and <code>COST_CATEGORY</code> dimensions, you must also
   * specify MonitorSpecification to configure the specific tag or cost category key to analyze.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code SERVICE}, {@code LINKED_ACCOUNT},
   * {@code TAG}, {@code COST_CATEGORY}. CloudFormation property {@code MonitorDimension}.
   */
  public AnomalyMonitor monitorDimension(String value) {
    return set("MonitorDimension", Value.of(value));
  }

  /** Sets {@code MonitorDimension} to this value; see {@link #monitorDimension(String)}. */
  public AnomalyMonitor monitorDimension(Value<String> value) {
    return set("MonitorDimension", value);
  }

  /**
   * The name of the monitor.
   *
   * <p>Required. Length: 0 to 1024 characters. Pattern: {@code [&#92;S&#92;s]*}. CloudFormation
   * property {@code MonitorName}.
   */
  public AnomalyMonitor monitorName(String value) {
    return set("MonitorName", Value.of(value));
  }

  /** Sets {@code MonitorName} to this value; see {@link #monitorName(String)}. */
  public AnomalyMonitor monitorName(Value<String> value) {
    return set("MonitorName", value);
  }

  /**
   * The array of <code>MonitorSpecification</code> in JSON array format. For instance, you can use
   * <code>MonitorSpecification</code> to specify a tag, Cost Category, or linked account for your
   * custom anomaly monitor. For further information, see the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ce-anomalymonitor.html#aws-resource-ce-anomalymonitor--examples">Examples</a>
   * section of this page.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MonitorSpecification}.
   */
  public AnomalyMonitor monitorSpecification(String value) {
    return set("MonitorSpecification", Value.of(value));
  }

  /** Sets {@code MonitorSpecification} to this value; see {@link #monitorSpecification(String)}. */
  public AnomalyMonitor monitorSpecification(Value<String> value) {
    return set("MonitorSpecification", value);
  }

  /**
   * The type of the monitor.
   *
   * <p>Set this to <code>DIMENSIONAL</code> for an AWS managed monitor. AWS managed monitors
   * automatically track up to the top 5,000 values by cost within a dimension of your choosing.
   * Each dimension value is evaluated independently. If you start incurring cost in a new value of
   * your chosen dimension, it will automatically be analyzed by an AWS managed monitor.
   *
   * <p>Set this to <code>CUSTOM</code> for a customer managed monitor. Customer managed monitors
   * let you select specific dimension values that get monitored in aggregate.
   *
   * <p>For more information about monitor types, see <a
   * href="https://docs.aws.amazon.com/cost-management/latest/userguide/getting-started-ad.html#monitor-type-def">Monitor
   * types</a> in the <em>Billing and Cost Management User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code DIMENSIONAL}, {@code
   * CUSTOM}. CloudFormation property {@code MonitorType}.
   */
  public AnomalyMonitor monitorType(String value) {
    return set("MonitorType", Value.of(value));
  }

  /** Sets {@code MonitorType} to this value; see {@link #monitorType(String)}. */
  public AnomalyMonitor monitorType(Value<String> value) {
    return set("MonitorType", value);
  }

  /**
   * Tags to assign to monitor.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ResourceTags}.
   */
  public AnomalyMonitor resourceTags(List<ResourceTag> value) {
    return set("ResourceTags", Value.listOf(value));
  }

  /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
  public AnomalyMonitor resourceTags(Value<List<ResourceTag>> value) {
    return set("ResourceTags", value);
  }

  /** Sets {@code ResourceTags} to a list of these; see {@link #resourceTags(List)}. */
  public AnomalyMonitor resourceTags(ResourceTag... values) {
    return set("ResourceTags", Value.list(values));
  }

  /**
   * Sets {@code ResourceTags} to the tags, as a list of Key and Value; see {@link
   * #resourceTags(List)}.
   */
  public AnomalyMonitor resourceTags(Tags tags) {
    return set("ResourceTags", tags);
  }

  /**
   * The date when the monitor was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDate}.
   */
  public Value<String> creationDate() {
    return getAtt("CreationDate");
  }

  /**
   * The value for evaluated dimensions.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DimensionalValueCount}.
   */
  public Value<Integer> dimensionalValueCount() {
    return getAtt("DimensionalValueCount");
  }

  /**
   * The date when the monitor last evaluated for anomalies.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastEvaluatedDate}.
   */
  public Value<String> lastEvaluatedDate() {
    return getAtt("LastEvaluatedDate");
  }

  /**
   * The date when the monitor was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedDate}.
   */
  public Value<String> lastUpdatedDate() {
    return getAtt("LastUpdatedDate");
  }

  /**
   * The Amazon Resource Name (ARN) value for the monitor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MonitorArn}.
   */
  public Value<String> monitorArn() {
    return getAtt("MonitorArn");
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
   * <p>Property type {@code AWS::CE::AnomalyMonitor.ResourceTag}.
   */
  public static final class ResourceTag extends Struct<ResourceTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::CE::AnomalyMonitor.ResourceTag")
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
}
