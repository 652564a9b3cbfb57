// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.personalize;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a metric attribution for reporting on recommendation impact in Amazon Personalize.
 *
 * <p>CloudFormation type {@code AWS::Personalize::MetricAttribution}.
 */
public final class MetricAttribution extends Resource<MetricAttribution> {
  private static final Schema SCHEMA = Schema.builder("AWS::Personalize::MetricAttribution")
      .required("DatasetGroupArn", "Metrics", "MetricsOutputConfig", "Name")
      .constrain("DatasetGroupArn", Constraint.of().pattern("^arn:([a-z\\d-]+):personalize:.*:.*:.+$").minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$").minLength(1).maxLength(63))
      .refYields("MetricAttributionArn")
      .attributes("MetricAttributionArn", "Status")
      .build();

  public MetricAttribution(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the destination dataset group.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^arn:([a-z&#92;d-]+):personalize:.*:.*:.+$}. CloudFormation property {@code DatasetGroupArn}.
   */
  public MetricAttribution datasetGroupArn(String value) {
    return set("DatasetGroupArn", Value.of(value));
  }

  /** Sets {@code DatasetGroupArn} to this value; see {@link #datasetGroupArn(String)}. */
  public MetricAttribution datasetGroupArn(Value<String> value) {
    return set("DatasetGroupArn", value);
  }

  /**
   * A list of metric attributes for the metric attribution.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Metrics}.
   */
  public MetricAttribution metrics(List<MetricAttribute> value) {
    return set("Metrics", Value.listOf(value));
  }

  /** Sets {@code Metrics} to this value; see {@link #metrics(List)}. */
  public MetricAttribution metrics(Value<List<MetricAttribute>> value) {
    return set("Metrics", value);
  }

  /** Sets {@code Metrics} to a list of these; see {@link #metrics(List)}. */
  public MetricAttribution metrics(MetricAttribute... values) {
    return set("Metrics", Value.list(values));
  }

  /**
   * The output configuration details for the metric attribution.
   *
   * <p>Required. CloudFormation property {@code MetricsOutputConfig}.
   */
  public MetricAttribution metricsOutputConfig(Value<MetricsOutputConfig> value) {
    return set("MetricsOutputConfig", value);
  }

  /**
   * The name of the metric attribution.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9&#92;-_]*$}. CloudFormation property {@code Name}.
   */
  public MetricAttribution name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MetricAttribution name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the metric attribution.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MetricAttributionArn}.
   */
  public Value<String> metricAttributionArn() {
    return getAtt("MetricAttributionArn");
  }

  /**
   * The status of the metric attribution.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A metric attribute for the metric attribution.
   *
   * <p>Property type {@code AWS::Personalize::MetricAttribution.MetricAttribute}.
   */
  public static final class MetricAttribute extends Struct<MetricAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::Personalize::MetricAttribution.MetricAttribute")
        .required("EventType", "Expression", "MetricName")
        .constrain("EventType", Constraint.of().minLength(0).maxLength(256))
        .constrain("Expression", Constraint.of().minLength(0).maxLength(256))
        .constrain("MetricName", Constraint.of().minLength(0).maxLength(256))
        .build();

    public MetricAttribute() {
      super(SCHEMA);
    }

    /**
     * The metric's event type.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code EventType}.
     */
    public MetricAttribute eventType(String value) {
      return set("EventType", Value.of(value));
    }

    /** Sets {@code EventType} to this value; see {@link #eventType(String)}. */
    public MetricAttribute eventType(Value<String> value) {
      return set("EventType", value);
    }

    /**
     * The attribute's expression.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Expression}.
     */
    public MetricAttribute expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public MetricAttribute expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The metric's name.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code MetricName}.
     */
    public MetricAttribute metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public MetricAttribute metricName(Value<String> value) {
      return set("MetricName", value);
    }
  }

  /**
   * The output configuration details for the metric attribution.
   *
   * <p>Property type {@code AWS::Personalize::MetricAttribution.MetricsOutputConfig}.
   */
  public static final class MetricsOutputConfig extends Struct<MetricsOutputConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Personalize::MetricAttribution.MetricsOutputConfig")
        .required("RoleArn")
        .constrain("RoleArn", Constraint.of().pattern("^arn:([a-z\\d-]+):iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(0).maxLength(256).format("AWS::IAM::Role.Arn"))
        .build();

    public MetricsOutputConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role for the metric attribution.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code
     * ^arn:([a-z&#92;d-]+):iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public MetricsOutputConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public MetricsOutputConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The configuration details of an Amazon S3 output bucket.
     *
     * <p>CloudFormation property {@code S3DataDestination}.
     */
    public MetricsOutputConfig s3DataDestination(Value<S3DataDestination> value) {
      return set("S3DataDestination", value);
    }
  }

  /**
   * The configuration details of an Amazon S3 output bucket.
   *
   * <p>Property type {@code AWS::Personalize::MetricAttribution.S3DataDestination}.
   */
  public static final class S3DataDestination extends Struct<S3DataDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Personalize::MetricAttribution.S3DataDestination")
        .required("Path")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws.*:kms:.*:[0-9]{12}:key/").minLength(0).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .constrain("Path", Constraint.of().pattern("^(s3|http|https)://.+$").minLength(0).maxLength(256))
        .build();

    public S3DataDestination() {
      super(SCHEMA);
    }

    /**
     * The ARN of the KMS key.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code ^arn:aws.*:kms:.*:[0-9]{12}:key/}. Format:
     * {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public S3DataDestination kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public S3DataDestination kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * The file path of the Amazon S3 bucket.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code ^(s3|http|https)://.+$}.
     * CloudFormation property {@code Path}.
     */
    public S3DataDestination path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public S3DataDestination path(Value<String> value) {
      return set("Path", value);
    }
  }
}
