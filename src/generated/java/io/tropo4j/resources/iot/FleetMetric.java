// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Use the <code>AWS::IoT::FleetMetric</code> resource to declare a fleet metric.
 *
 * <p>CloudFormation type {@code AWS::IoT::FleetMetric}.
 */
public final class FleetMetric extends Resource<FleetMetric> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::FleetMetric")
      .required("MetricName")
      .constrain("AggregationField", Constraint.of().minLength(1))
      .constrain("Description", Constraint.of().pattern("^[\\p{Graph}\\x20]*$").minLength(0).maxLength(1024))
      .constrain("IndexName", Constraint.of().pattern("^[a-zA-Z0-9:_-]+$").minLength(1).maxLength(128))
      .constrain("MetricName", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\.]+$").minLength(1).maxLength(128))
      .constrain("Period", Constraint.of().minimum(60).maximum(86400))
      .constrain("QueryString", Constraint.of().minLength(1))
      .allowed("Unit", "Bits", "Bits/Second", "Bytes", "Bytes/Second", "Count", "Count/Second",
          "Gigabits", "Gigabits/Second", "Gigabytes", "Gigabytes/Second", "Kilobits",
          "Kilobits/Second", "Kilobytes", "Kilobytes/Second", "Megabits", "Megabits/Second",
          "Megabytes", "Megabytes/Second", "Microseconds", "Milliseconds", "None", "Percent",
          "Seconds", "Terabits", "Terabits/Second", "Terabytes", "Terabytes/Second")
      .refYields("MetricName")
      .attributes("CreationDate", "LastModifiedDate", "MetricArn", "Version")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FleetMetric(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The field to aggregate.
   *
   * <p>Length: at least 1 characters. CloudFormation property {@code AggregationField}.
   */
  public FleetMetric aggregationField(String value) {
    return set("AggregationField", Value.of(value));
  }

  /** Sets {@code AggregationField} to this value; see {@link #aggregationField(String)}. */
  public FleetMetric aggregationField(Value<String> value) {
    return set("AggregationField", value);
  }

  /**
   * The type of the aggregation query.
   *
   * <p>CloudFormation property {@code AggregationType}.
   */
  public FleetMetric aggregationType(Value<AggregationType> value) {
    return set("AggregationType", value);
  }

  /**
   * The fleet metric description.
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code ^[&#92;p{Graph}&#92;x20]*$}. CloudFormation
   * property {@code Description}.
   */
  public FleetMetric description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FleetMetric description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the index to search.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9:_-]+$}. CloudFormation property
   * {@code IndexName}.
   */
  public FleetMetric indexName(String value) {
    return set("IndexName", Value.of(value));
  }

  /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
  public FleetMetric indexName(Value<String> value) {
    return set("IndexName", value);
  }

  /**
   * The name of the fleet metric to create.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;.]+$}. CloudFormation property {@code MetricName}.
   */
  public FleetMetric metricName(String value) {
    return set("MetricName", Value.of(value));
  }

  /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
  public FleetMetric metricName(Value<String> value) {
    return set("MetricName", value);
  }

  /**
   * The time in seconds between fleet metric emissions. Range [60(1 min), 86400(1 day)] and must be
   * multiple of 60.
   *
   * <p>Range: 60 to 86400. CloudFormation property {@code Period}.
   */
  public FleetMetric period(int value) {
    return set("Period", Value.of(value));
  }

  /** Sets {@code Period} to this value; see {@link #period(int)}. */
  public FleetMetric period(Value<Integer> value) {
    return set("Period", value);
  }

  /**
   * The search query string.
   *
   * <p>Length: at least 1 characters. CloudFormation property {@code QueryString}.
   */
  public FleetMetric queryString(String value) {
    return set("QueryString", Value.of(value));
  }

  /** Sets {@code QueryString} to this value; see {@link #queryString(String)}. */
  public FleetMetric queryString(Value<String> value) {
    return set("QueryString", value);
  }

  /**
   * The query version.
   *
   * <p>CloudFormation property {@code QueryVersion}.
   */
  public FleetMetric queryVersion(String value) {
    return set("QueryVersion", Value.of(value));
  }

  /** Sets {@code QueryVersion} to this value; see {@link #queryVersion(String)}. */
  public FleetMetric queryVersion(Value<String> value) {
    return set("QueryVersion", value);
  }

  /**
   * Metadata which can be used to manage the fleet metric.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FleetMetric tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FleetMetric tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FleetMetric tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Used to support unit transformation such as milliseconds to seconds. Must be a unit supported
   * by CW metric. Default to null.
   *
   * <p>Allowed values: {@code Bits}, {@code Bits/Second}, {@code Bytes}, {@code Bytes/Second},
   * {@code Count}, {@code Count/Second}, {@code Gigabits}, {@code Gigabits/Second}, {@code
   * Gigabytes}, {@code Gigabytes/Second}, {@code Kilobits}, {@code Kilobits/Second}, {@code
   * Kilobytes}, {@code Kilobytes/Second}, {@code Megabits}, {@code Megabits/Second}, {@code
   * Megabytes}, {@code Megabytes/Second}, {@code Microseconds}, {@code Milliseconds}, {@code None},
   * {@code Percent}, {@code Seconds}, {@code Terabits}, {@code Terabits/Second}, {@code Terabytes},
   * {@code Terabytes/Second}. CloudFormation property {@code Unit}.
   */
  public FleetMetric unit(String value) {
    return set("Unit", Value.of(value));
  }

  /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
  public FleetMetric unit(Value<String> value) {
    return set("Unit", value);
  }

  /**
   * The time the fleet metric was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDate}.
   */
  public Value<String> creationDate() {
    return getAtt("CreationDate");
  }

  /**
   * The time the fleet metric was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedDate}.
   */
  public Value<String> lastModifiedDate() {
    return getAtt("LastModifiedDate");
  }

  /**
   * The Amazon Resource Name (ARN) of the fleet metric.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MetricArn}.
   */
  public Value<String> metricArn() {
    return getAtt("MetricArn");
  }

  /**
   * The fleet metric version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<Double> version() {
    return getAtt("Version");
  }

  /**
   * The type of aggregation queries.
   *
   * <p>Property type {@code AWS::IoT::FleetMetric.AggregationType}.
   */
  public static final class AggregationType extends Struct<AggregationType> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::FleetMetric.AggregationType")
        .required("Name", "Values")
        .allowed("Name", "Cardinality", "Percentiles", "Statistics")
        .constrain("Values", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(1).maxLength(12))
        .build();

    public AggregationType() {
      super(SCHEMA);
    }

    /**
     * The name of the aggregation type.
     *
     * <p>Required. Allowed values: {@code Cardinality}, {@code Percentiles}, {@code Statistics}.
     * CloudFormation property {@code Name}.
     */
    public AggregationType name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AggregationType name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A list of the values of aggregation types.
     *
     * <p>Required. Length: 1 to 12 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation
     * property {@code Values}.
     */
    public AggregationType values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public AggregationType values(Value<List<String>> value) {
      return set("Values", value);
    }
  }
}
