// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lookoutmetrics;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * End of support notice: On Oct 9, 2025, AWS will end support for Amazon Lookout for Metrics. After
 * Oct 9, 2025, you will no longer be able to access the Amazon Lookout for Metrics console or
 * Amazon Lookout for Metrics resources. For more information, see <a
 * href="https://docs.aws.amazon.com//blogs/machine-learning/transitioning-off-amazon-lookout-for-metrics/">Amazon
 * Lookout for Metrics end of support</a> .
 *
 * <p>The <code>AWS::LookoutMetrics::AnomalyDetector</code> type creates an anomaly detector.
 *
 * <p>CloudFormation type {@code AWS::LookoutMetrics::AnomalyDetector}.
 */
public final class AnomalyDetector extends Resource<AnomalyDetector> {
  private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::AnomalyDetector")
      .required("AnomalyDetectorConfig", "MetricSetList")
      .references("KmsKeyArn", "AWS::KMS::Key.Arn")
      .attributes("Arn")
      .build();

  public AnomalyDetector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains information about the configuration of the anomaly detector.
   *
   * <p>Required. CloudFormation property {@code AnomalyDetectorConfig}.
   */
  public AnomalyDetector anomalyDetectorConfig(Value<AnomalyDetectorConfig> value) {
    return set("AnomalyDetectorConfig", value);
  }

  /**
   * A description of the detector.
   *
   * <p>CloudFormation property {@code AnomalyDetectorDescription}.
   */
  public AnomalyDetector anomalyDetectorDescription(String value) {
    return set("AnomalyDetectorDescription", Value.of(value));
  }

  /**
   * Sets {@code AnomalyDetectorDescription} to this value; see {@link
   * #anomalyDetectorDescription(String)}.
   */
  public AnomalyDetector anomalyDetectorDescription(Value<String> value) {
    return set("AnomalyDetectorDescription", value);
  }

  /**
   * The name of the detector.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AnomalyDetectorName}.
   */
  public AnomalyDetector anomalyDetectorName(String value) {
    return set("AnomalyDetectorName", Value.of(value));
  }

  /** Sets {@code AnomalyDetectorName} to this value; see {@link #anomalyDetectorName(String)}. */
  public AnomalyDetector anomalyDetectorName(Value<String> value) {
    return set("AnomalyDetectorName", value);
  }

  /**
   * The ARN of the KMS key to use to encrypt your data.
   *
   * <p>CloudFormation property {@code KmsKeyArn}.
   */
  public AnomalyDetector kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public AnomalyDetector kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /** Sets {@code KmsKeyArn} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyArn(String)}. */
  public AnomalyDetector kmsKeyArn(Key resource) {
    return set("KmsKeyArn", resource.arn());
  }

  /**
   * The detector's dataset.
   *
   * <p>Required. CloudFormation property {@code MetricSetList}.
   */
  public AnomalyDetector metricSetList(List<MetricSet> value) {
    return set("MetricSetList", Value.listOf(value));
  }

  /** Sets {@code MetricSetList} to this value; see {@link #metricSetList(List)}. */
  public AnomalyDetector metricSetList(Value<List<MetricSet>> value) {
    return set("MetricSetList", value);
  }

  /** Sets {@code MetricSetList} to a list of these; see {@link #metricSetList(List)}. */
  public AnomalyDetector metricSetList(MetricSet... values) {
    return set("MetricSetList", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the detector. For example,
   * <code>arn:aws:lookoutmetrics:us-east-2:123456789012:AnomalyDetector:my-detector</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains information about a detector's configuration.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.AnomalyDetectorConfig}.
   */
  public static final class AnomalyDetectorConfig extends Struct<AnomalyDetectorConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::AnomalyDetector.AnomalyDetectorConfig")
        .required("AnomalyDetectorFrequency")
        .build();

    public AnomalyDetectorConfig() {
      super(SCHEMA);
    }

    /**
     * The frequency at which the detector analyzes its source data.
     *
     * <p>Required. CloudFormation property {@code AnomalyDetectorFrequency}.
     */
    public AnomalyDetectorConfig anomalyDetectorFrequency(String value) {
      return set("AnomalyDetectorFrequency", Value.of(value));
    }

    /**
     * Sets {@code AnomalyDetectorFrequency} to this value; see {@link
     * #anomalyDetectorFrequency(String)}.
     */
    public AnomalyDetectorConfig anomalyDetectorFrequency(Value<String> value) {
      return set("AnomalyDetectorFrequency", value);
    }
  }

  /**
   * Details about an Amazon AppFlow flow datasource.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.AppFlowConfig}.
   */
  public static final class AppFlowConfig extends Struct<AppFlowConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::AnomalyDetector.AppFlowConfig")
        .required("FlowName", "RoleArn")
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public AppFlowConfig() {
      super(SCHEMA);
    }

    /**
     * name of the flow.
     *
     * <p>Required. CloudFormation property {@code FlowName}.
     */
    public AppFlowConfig flowName(String value) {
      return set("FlowName", Value.of(value));
    }

    /** Sets {@code FlowName} to this value; see {@link #flowName(String)}. */
    public AppFlowConfig flowName(Value<String> value) {
      return set("FlowName", value);
    }

    /**
     * An IAM role that gives Amazon Lookout for Metrics permission to access the flow.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public AppFlowConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public AppFlowConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public AppFlowConfig roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }
  }

  /**
   * Details about an Amazon CloudWatch datasource.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.CloudwatchConfig}.
   */
  public static final class CloudwatchConfig extends Struct<CloudwatchConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::AnomalyDetector.CloudwatchConfig")
        .required("RoleArn")
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public CloudwatchConfig() {
      super(SCHEMA);
    }

    /**
     * An IAM role that gives Amazon Lookout for Metrics permission to access data in Amazon
     * CloudWatch.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public CloudwatchConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public CloudwatchConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public CloudwatchConfig roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }
  }

  /**
   * Contains information about how a source CSV data file should be analyzed.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.CsvFormatDescriptor}.
   */
  public static final class CsvFormatDescriptor extends Struct<CsvFormatDescriptor> {
    private static final Schema SCHEMA = Schema.of("AWS::LookoutMetrics::AnomalyDetector.CsvFormatDescriptor");

    public CsvFormatDescriptor() {
      super(SCHEMA);
    }

    /**
     * The character set in which the source CSV file is written.
     *
     * <p>CloudFormation property {@code Charset}.
     */
    public CsvFormatDescriptor charset(String value) {
      return set("Charset", Value.of(value));
    }

    /** Sets {@code Charset} to this value; see {@link #charset(String)}. */
    public CsvFormatDescriptor charset(Value<String> value) {
      return set("Charset", value);
    }

    /**
     * Whether or not the source CSV file contains a header.
     *
     * <p>CloudFormation property {@code ContainsHeader}.
     */
    public CsvFormatDescriptor containsHeader(boolean value) {
      return set("ContainsHeader", Value.of(value));
    }

    /** Sets {@code ContainsHeader} to this value; see {@link #containsHeader(boolean)}. */
    public CsvFormatDescriptor containsHeader(Value<Boolean> value) {
      return set("ContainsHeader", value);
    }

    /**
     * The character used to delimit the source CSV file.
     *
     * <p>CloudFormation property {@code Delimiter}.
     */
    public CsvFormatDescriptor delimiter(String value) {
      return set("Delimiter", Value.of(value));
    }

    /** Sets {@code Delimiter} to this value; see {@link #delimiter(String)}. */
    public CsvFormatDescriptor delimiter(Value<String> value) {
      return set("Delimiter", value);
    }

    /**
     * The level of compression of the source CSV file.
     *
     * <p>CloudFormation property {@code FileCompression}.
     */
    public CsvFormatDescriptor fileCompression(String value) {
      return set("FileCompression", Value.of(value));
    }

    /** Sets {@code FileCompression} to this value; see {@link #fileCompression(String)}. */
    public CsvFormatDescriptor fileCompression(Value<String> value) {
      return set("FileCompression", value);
    }

    /**
     * A list of the source CSV file's headers, if any.
     *
     * <p>CloudFormation property {@code HeaderList}.
     */
    public CsvFormatDescriptor headerList(List<String> value) {
      return set("HeaderList", Value.listOf(value));
    }

    /** Sets {@code HeaderList} to this value; see {@link #headerList(List)}. */
    public CsvFormatDescriptor headerList(Value<List<String>> value) {
      return set("HeaderList", value);
    }

    /**
     * The character used as a quote character.
     *
     * <p>CloudFormation property {@code QuoteSymbol}.
     */
    public CsvFormatDescriptor quoteSymbol(String value) {
      return set("QuoteSymbol", Value.of(value));
    }

    /** Sets {@code QuoteSymbol} to this value; see {@link #quoteSymbol(String)}. */
    public CsvFormatDescriptor quoteSymbol(Value<String> value) {
      return set("QuoteSymbol", value);
    }
  }

  /**
   * Contains information about a source file's formatting.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.FileFormatDescriptor}.
   */
  public static final class FileFormatDescriptor extends Struct<FileFormatDescriptor> {
    private static final Schema SCHEMA = Schema.of("AWS::LookoutMetrics::AnomalyDetector.FileFormatDescriptor");

    public FileFormatDescriptor() {
      super(SCHEMA);
    }

    /**
     * Contains information about how a source CSV data file should be analyzed.
     *
     * <p>CloudFormation property {@code CsvFormatDescriptor}.
     */
    public FileFormatDescriptor csvFormatDescriptor(Value<CsvFormatDescriptor> value) {
      return set("CsvFormatDescriptor", value);
    }

    /**
     * Contains information about how a source JSON data file should be analyzed.
     *
     * <p>CloudFormation property {@code JsonFormatDescriptor}.
     */
    public FileFormatDescriptor jsonFormatDescriptor(Value<JsonFormatDescriptor> value) {
      return set("JsonFormatDescriptor", value);
    }
  }

  /**
   * Contains information about how a source JSON data file should be analyzed.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.JsonFormatDescriptor}.
   */
  public static final class JsonFormatDescriptor extends Struct<JsonFormatDescriptor> {
    private static final Schema SCHEMA = Schema.of("AWS::LookoutMetrics::AnomalyDetector.JsonFormatDescriptor");

    public JsonFormatDescriptor() {
      super(SCHEMA);
    }

    /**
     * The character set in which the source JSON file is written.
     *
     * <p>CloudFormation property {@code Charset}.
     */
    public JsonFormatDescriptor charset(String value) {
      return set("Charset", Value.of(value));
    }

    /** Sets {@code Charset} to this value; see {@link #charset(String)}. */
    public JsonFormatDescriptor charset(Value<String> value) {
      return set("Charset", value);
    }

    /**
     * The level of compression of the source CSV file.
     *
     * <p>CloudFormation property {@code FileCompression}.
     */
    public JsonFormatDescriptor fileCompression(String value) {
      return set("FileCompression", Value.of(value));
    }

    /** Sets {@code FileCompression} to this value; see {@link #fileCompression(String)}. */
    public JsonFormatDescriptor fileCompression(Value<String> value) {
      return set("FileCompression", value);
    }
  }

  /**
   * A calculation made by contrasting a measure and a dimension from your source data.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.Metric}.
   */
  public static final class Metric extends Struct<Metric> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::AnomalyDetector.Metric")
        .required("AggregationFunction", "MetricName")
        .build();

    public Metric() {
      super(SCHEMA);
    }

    /**
     * The function with which the metric is calculated.
     *
     * <p>Required. CloudFormation property {@code AggregationFunction}.
     */
    public Metric aggregationFunction(String value) {
      return set("AggregationFunction", Value.of(value));
    }

    /** Sets {@code AggregationFunction} to this value; see {@link #aggregationFunction(String)}. */
    public Metric aggregationFunction(Value<String> value) {
      return set("AggregationFunction", value);
    }

    /**
     * The name of the metric.
     *
     * <p>Required. CloudFormation property {@code MetricName}.
     */
    public Metric metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public Metric metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace for the metric.
     *
     * <p>CloudFormation property {@code Namespace}.
     */
    public Metric namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public Metric namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /**
   * Contains information about a dataset.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.MetricSet}.
   */
  public static final class MetricSet extends Struct<MetricSet> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::AnomalyDetector.MetricSet")
        .required("MetricList", "MetricSetName", "MetricSource")
        .build();

    public MetricSet() {
      super(SCHEMA);
    }

    /**
     * A list of the fields you want to treat as dimensions.
     *
     * <p>CloudFormation property {@code DimensionList}.
     */
    public MetricSet dimensionList(List<String> value) {
      return set("DimensionList", Value.listOf(value));
    }

    /** Sets {@code DimensionList} to this value; see {@link #dimensionList(List)}. */
    public MetricSet dimensionList(Value<List<String>> value) {
      return set("DimensionList", value);
    }

    /**
     * A list of metrics that the dataset will contain.
     *
     * <p>Required. CloudFormation property {@code MetricList}.
     */
    public MetricSet metricList(List<Metric> value) {
      return set("MetricList", Value.listOf(value));
    }

    /** Sets {@code MetricList} to this value; see {@link #metricList(List)}. */
    public MetricSet metricList(Value<List<Metric>> value) {
      return set("MetricList", value);
    }

    /** Sets {@code MetricList} to a list of these; see {@link #metricList(List)}. */
    public MetricSet metricList(Metric... values) {
      return set("MetricList", Value.list(values));
    }

    /**
     * A description of the dataset you are creating.
     *
     * <p>CloudFormation property {@code MetricSetDescription}.
     */
    public MetricSet metricSetDescription(String value) {
      return set("MetricSetDescription", Value.of(value));
    }

    /**
     * Sets {@code MetricSetDescription} to this value; see {@link #metricSetDescription(String)}.
     */
    public MetricSet metricSetDescription(Value<String> value) {
      return set("MetricSetDescription", value);
    }

    /**
     * The frequency with which the source data will be analyzed for anomalies.
     *
     * <p>CloudFormation property {@code MetricSetFrequency}.
     */
    public MetricSet metricSetFrequency(String value) {
      return set("MetricSetFrequency", Value.of(value));
    }

    /** Sets {@code MetricSetFrequency} to this value; see {@link #metricSetFrequency(String)}. */
    public MetricSet metricSetFrequency(Value<String> value) {
      return set("MetricSetFrequency", value);
    }

    /**
     * The name of the dataset.
     *
     * <p>Required. CloudFormation property {@code MetricSetName}.
     */
    public MetricSet metricSetName(String value) {
      return set("MetricSetName", Value.of(value));
    }

    /** Sets {@code MetricSetName} to this value; see {@link #metricSetName(String)}. */
    public MetricSet metricSetName(Value<String> value) {
      return set("MetricSetName", value);
    }

    /**
     * Contains information about how the source data should be interpreted.
     *
     * <p>Required. CloudFormation property {@code MetricSource}.
     */
    public MetricSet metricSource(Value<MetricSource> value) {
      return set("MetricSource", value);
    }

    /**
     * After an interval ends, the amount of seconds that the detector waits before importing data.
     * Offset is only supported for S3, Redshift, Athena and datasources.
     *
     * <p>CloudFormation property {@code Offset}.
     */
    public MetricSet offset(int value) {
      return set("Offset", Value.of(value));
    }

    /** Sets {@code Offset} to this value; see {@link #offset(int)}. */
    public MetricSet offset(Value<Integer> value) {
      return set("Offset", value);
    }

    /**
     * Contains information about the column used for tracking time in your source data.
     *
     * <p>CloudFormation property {@code TimestampColumn}.
     */
    public MetricSet timestampColumn(Value<TimestampColumn> value) {
      return set("TimestampColumn", value);
    }

    /**
     * The time zone in which your source data was recorded.
     *
     * <p>CloudFormation property {@code Timezone}.
     */
    public MetricSet timezone(String value) {
      return set("Timezone", Value.of(value));
    }

    /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
    public MetricSet timezone(Value<String> value) {
      return set("Timezone", value);
    }
  }

  /**
   * Contains information about how the source data should be interpreted.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.MetricSource}.
   */
  public static final class MetricSource extends Struct<MetricSource> {
    private static final Schema SCHEMA = Schema.of("AWS::LookoutMetrics::AnomalyDetector.MetricSource");

    public MetricSource() {
      super(SCHEMA);
    }

    /**
     * Details about an AppFlow datasource.
     *
     * <p>CloudFormation property {@code AppFlowConfig}.
     */
    public MetricSource appFlowConfig(Value<AppFlowConfig> value) {
      return set("AppFlowConfig", value);
    }

    /**
     * Details about an Amazon CloudWatch monitoring datasource.
     *
     * <p>CloudFormation property {@code CloudwatchConfig}.
     */
    public MetricSource cloudwatchConfig(Value<CloudwatchConfig> value) {
      return set("CloudwatchConfig", value);
    }

    /**
     * Details about an Amazon Relational Database Service (RDS) datasource.
     *
     * <p>CloudFormation property {@code RDSSourceConfig}.
     */
    public MetricSource rdsSourceConfig(Value<RDSSourceConfig> value) {
      return set("RDSSourceConfig", value);
    }

    /**
     * Details about an Amazon Redshift database datasource.
     *
     * <p>CloudFormation property {@code RedshiftSourceConfig}.
     */
    public MetricSource redshiftSourceConfig(Value<RedshiftSourceConfig> value) {
      return set("RedshiftSourceConfig", value);
    }

    /**
     * Contains information about the configuration of the S3 bucket that contains source files.
     *
     * <p>CloudFormation property {@code S3SourceConfig}.
     */
    public MetricSource s3SourceConfig(Value<S3SourceConfig> value) {
      return set("S3SourceConfig", value);
    }
  }

  /**
   * Contains information about the Amazon Relational Database Service (RDS) configuration.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.RDSSourceConfig}.
   */
  public static final class RDSSourceConfig extends Struct<RDSSourceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::AnomalyDetector.RDSSourceConfig")
        .required("DBInstanceIdentifier", "DatabaseHost", "DatabaseName", "DatabasePort", "RoleArn",
            "SecretManagerArn", "TableName", "VpcConfiguration")
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public RDSSourceConfig() {
      super(SCHEMA);
    }

    /**
     * A string identifying the database instance.
     *
     * <p>Required. CloudFormation property {@code DBInstanceIdentifier}.
     */
    public RDSSourceConfig dbInstanceIdentifier(String value) {
      return set("DBInstanceIdentifier", Value.of(value));
    }

    /**
     * Sets {@code DBInstanceIdentifier} to this value; see {@link #dbInstanceIdentifier(String)}.
     */
    public RDSSourceConfig dbInstanceIdentifier(Value<String> value) {
      return set("DBInstanceIdentifier", value);
    }

    /**
     * The host name of the database.
     *
     * <p>Required. CloudFormation property {@code DatabaseHost}.
     */
    public RDSSourceConfig databaseHost(String value) {
      return set("DatabaseHost", Value.of(value));
    }

    /** Sets {@code DatabaseHost} to this value; see {@link #databaseHost(String)}. */
    public RDSSourceConfig databaseHost(Value<String> value) {
      return set("DatabaseHost", value);
    }

    /**
     * The name of the RDS database.
     *
     * <p>Required. CloudFormation property {@code DatabaseName}.
     */
    public RDSSourceConfig databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public RDSSourceConfig databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The port number where the database can be accessed.
     *
     * <p>Required. CloudFormation property {@code DatabasePort}.
     */
    public RDSSourceConfig databasePort(int value) {
      return set("DatabasePort", Value.of(value));
    }

    /** Sets {@code DatabasePort} to this value; see {@link #databasePort(int)}. */
    public RDSSourceConfig databasePort(Value<Integer> value) {
      return set("DatabasePort", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the role.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public RDSSourceConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public RDSSourceConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public RDSSourceConfig roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Secrets Manager role.
     *
     * <p>Required. CloudFormation property {@code SecretManagerArn}.
     */
    public RDSSourceConfig secretManagerArn(String value) {
      return set("SecretManagerArn", Value.of(value));
    }

    /** Sets {@code SecretManagerArn} to this value; see {@link #secretManagerArn(String)}. */
    public RDSSourceConfig secretManagerArn(Value<String> value) {
      return set("SecretManagerArn", value);
    }

    /**
     * The name of the table in the database.
     *
     * <p>Required. CloudFormation property {@code TableName}.
     */
    public RDSSourceConfig tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public RDSSourceConfig tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * An object containing information about the Amazon Virtual Private Cloud (VPC) configuration.
     *
     * <p>Required. CloudFormation property {@code VpcConfiguration}.
     */
    public RDSSourceConfig vpcConfiguration(Value<VpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * Provides information about the Amazon Redshift database configuration.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.RedshiftSourceConfig}.
   */
  public static final class RedshiftSourceConfig extends Struct<RedshiftSourceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::AnomalyDetector.RedshiftSourceConfig")
        .required("ClusterIdentifier", "DatabaseHost", "DatabaseName", "DatabasePort", "RoleArn",
            "SecretManagerArn", "TableName", "VpcConfiguration")
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public RedshiftSourceConfig() {
      super(SCHEMA);
    }

    /**
     * A string identifying the Redshift cluster.
     *
     * <p>Required. CloudFormation property {@code ClusterIdentifier}.
     */
    public RedshiftSourceConfig clusterIdentifier(String value) {
      return set("ClusterIdentifier", Value.of(value));
    }

    /** Sets {@code ClusterIdentifier} to this value; see {@link #clusterIdentifier(String)}. */
    public RedshiftSourceConfig clusterIdentifier(Value<String> value) {
      return set("ClusterIdentifier", value);
    }

    /**
     * The name of the database host.
     *
     * <p>Required. CloudFormation property {@code DatabaseHost}.
     */
    public RedshiftSourceConfig databaseHost(String value) {
      return set("DatabaseHost", Value.of(value));
    }

    /** Sets {@code DatabaseHost} to this value; see {@link #databaseHost(String)}. */
    public RedshiftSourceConfig databaseHost(Value<String> value) {
      return set("DatabaseHost", value);
    }

    /**
     * The Redshift database name.
     *
     * <p>Required. CloudFormation property {@code DatabaseName}.
     */
    public RedshiftSourceConfig databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public RedshiftSourceConfig databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The port number where the database can be accessed.
     *
     * <p>Required. CloudFormation property {@code DatabasePort}.
     */
    public RedshiftSourceConfig databasePort(int value) {
      return set("DatabasePort", Value.of(value));
    }

    /** Sets {@code DatabasePort} to this value; see {@link #databasePort(int)}. */
    public RedshiftSourceConfig databasePort(Value<Integer> value) {
      return set("DatabasePort", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the role providing access to the database.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public RedshiftSourceConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public RedshiftSourceConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public RedshiftSourceConfig roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Secrets Manager role.
     *
     * <p>Required. CloudFormation property {@code SecretManagerArn}.
     */
    public RedshiftSourceConfig secretManagerArn(String value) {
      return set("SecretManagerArn", Value.of(value));
    }

    /** Sets {@code SecretManagerArn} to this value; see {@link #secretManagerArn(String)}. */
    public RedshiftSourceConfig secretManagerArn(Value<String> value) {
      return set("SecretManagerArn", value);
    }

    /**
     * The table name of the Redshift database.
     *
     * <p>Required. CloudFormation property {@code TableName}.
     */
    public RedshiftSourceConfig tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public RedshiftSourceConfig tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * Contains information about the Amazon Virtual Private Cloud (VPC) configuration.
     *
     * <p>Required. CloudFormation property {@code VpcConfiguration}.
     */
    public RedshiftSourceConfig vpcConfiguration(Value<VpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * Contains information about the configuration of the S3 bucket that contains source files.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.S3SourceConfig}.
   */
  public static final class S3SourceConfig extends Struct<S3SourceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::AnomalyDetector.S3SourceConfig")
        .required("FileFormatDescriptor", "RoleArn")
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public S3SourceConfig() {
      super(SCHEMA);
    }

    /**
     * Contains information about a source file's formatting.
     *
     * <p>Required. CloudFormation property {@code FileFormatDescriptor}.
     */
    public S3SourceConfig fileFormatDescriptor(Value<FileFormatDescriptor> value) {
      return set("FileFormatDescriptor", value);
    }

    /**
     * A list of paths to the historical data files.
     *
     * <p>CloudFormation property {@code HistoricalDataPathList}.
     */
    public S3SourceConfig historicalDataPathList(List<String> value) {
      return set("HistoricalDataPathList", Value.listOf(value));
    }

    /**
     * Sets {@code HistoricalDataPathList} to this value; see {@link #historicalDataPathList(List)}.
     */
    public S3SourceConfig historicalDataPathList(Value<List<String>> value) {
      return set("HistoricalDataPathList", value);
    }

    /**
     * The ARN of an IAM role that has read and write access permissions to the source S3 bucket.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public S3SourceConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public S3SourceConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public S3SourceConfig roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * A list of templated paths to the source files.
     *
     * <p>CloudFormation property {@code TemplatedPathList}.
     */
    public S3SourceConfig templatedPathList(List<String> value) {
      return set("TemplatedPathList", Value.listOf(value));
    }

    /** Sets {@code TemplatedPathList} to this value; see {@link #templatedPathList(List)}. */
    public S3SourceConfig templatedPathList(Value<List<String>> value) {
      return set("TemplatedPathList", value);
    }
  }

  /**
   * Contains information about the column used to track time in a source data file.
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.TimestampColumn}.
   */
  public static final class TimestampColumn extends Struct<TimestampColumn> {
    private static final Schema SCHEMA = Schema.of("AWS::LookoutMetrics::AnomalyDetector.TimestampColumn");

    public TimestampColumn() {
      super(SCHEMA);
    }

    /**
     * The format of the timestamp column.
     *
     * <p>CloudFormation property {@code ColumnFormat}.
     */
    public TimestampColumn columnFormat(String value) {
      return set("ColumnFormat", Value.of(value));
    }

    /** Sets {@code ColumnFormat} to this value; see {@link #columnFormat(String)}. */
    public TimestampColumn columnFormat(Value<String> value) {
      return set("ColumnFormat", value);
    }

    /**
     * The name of the timestamp column.
     *
     * <p>CloudFormation property {@code ColumnName}.
     */
    public TimestampColumn columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public TimestampColumn columnName(Value<String> value) {
      return set("ColumnName", value);
    }
  }

  /**
   * Contains configuration information about the Amazon Virtual Private Cloud (VPC).
   *
   * <p>Property type {@code AWS::LookoutMetrics::AnomalyDetector.VpcConfiguration}.
   */
  public static final class VpcConfiguration extends Struct<VpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::AnomalyDetector.VpcConfiguration")
        .required("SecurityGroupIdList", "SubnetIdList")
        .build();

    public VpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * An array of strings containing the list of security groups.
     *
     * <p>Required. CloudFormation property {@code SecurityGroupIdList}.
     */
    public VpcConfiguration securityGroupIdList(List<String> value) {
      return set("SecurityGroupIdList", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIdList} to this value; see {@link #securityGroupIdList(List)}. */
    public VpcConfiguration securityGroupIdList(Value<List<String>> value) {
      return set("SecurityGroupIdList", value);
    }

    /**
     * An array of strings containing the Amazon VPC subnet IDs (e.g.,
     * <code>subnet-0bb1c79de3EXAMPLE</code> .
     *
     * <p>Required. CloudFormation property {@code SubnetIdList}.
     */
    public VpcConfiguration subnetIdList(List<String> value) {
      return set("SubnetIdList", Value.listOf(value));
    }

    /** Sets {@code SubnetIdList} to this value; see {@link #subnetIdList(List)}. */
    public VpcConfiguration subnetIdList(Value<List<String>> value) {
      return set("SubnetIdList", value);
    }
  }
}
