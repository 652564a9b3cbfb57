// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kafkaconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a connector using the specified properties.
 *
 * <p>CloudFormation type {@code AWS::KafkaConnect::Connector}.
 */
public final class Connector extends Resource<Connector> {
  private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector")
      .required("Capacity", "ConnectorConfiguration", "ConnectorName", "KafkaCluster",
          "KafkaClusterClientAuthentication", "KafkaClusterEncryptionInTransit",
          "KafkaConnectVersion", "Plugins", "ServiceExecutionRoleArn")
      .constrain("ConnectorDescription", Constraint.of().minLength(0).maxLength(1024))
      .constrain("ConnectorName", Constraint.of().minLength(1).maxLength(128))
      .allowed("NetworkType", "IPV4", "DUAL")
      .constrain("ServiceExecutionRoleArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn):iam:.*").format("AWS::IAM::Role.Arn"))
      .refYields("ConnectorArn")
      .attributes("ConnectorArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Connector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The connector's compute capacity settings.
   *
   * <p>Required. CloudFormation property {@code Capacity}.
   */
  public Connector capacity(Value<Capacity> value) {
    return set("Capacity", value);
  }

  /**
   * The configuration of the connector.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ConnectorConfiguration}.
   */
  public Connector connectorConfiguration(Map<String, String> value) {
    return set("ConnectorConfiguration", Value.mapOf(value));
  }

  /**
   * Sets {@code ConnectorConfiguration} to this value; see {@link #connectorConfiguration(Map)}.
   */
  public Connector connectorConfiguration(Value<Map<String, String>> value) {
    return set("ConnectorConfiguration", value);
  }

  /**
   * The description of the connector.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. CloudFormation property
   * {@code ConnectorDescription}.
   */
  public Connector connectorDescription(String value) {
    return set("ConnectorDescription", Value.of(value));
  }

  /** Sets {@code ConnectorDescription} to this value; see {@link #connectorDescription(String)}. */
  public Connector connectorDescription(Value<String> value) {
    return set("ConnectorDescription", value);
  }

  /**
   * The name of the connector.
   *
   * <p>The connector name must be unique and can include up to 128 characters. Valid characters you
   * can include in a connector name are: a-z, A-Z, 0-9, and -.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation
   * property {@code ConnectorName}.
   */
  public Connector connectorName(String value) {
    return set("ConnectorName", Value.of(value));
  }

  /** Sets {@code ConnectorName} to this value; see {@link #connectorName(String)}. */
  public Connector connectorName(Value<String> value) {
    return set("ConnectorName", value);
  }

  /**
   * The details of the Apache Kafka cluster to which the connector is connected.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code KafkaCluster}.
   */
  public Connector kafkaCluster(Value<KafkaCluster> value) {
    return set("KafkaCluster", value);
  }

  /**
   * The type of client authentication used to connect to the Apache Kafka cluster. The value is
   * NONE when no client authentication is used.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * KafkaClusterClientAuthentication}.
   */
  public Connector kafkaClusterClientAuthentication(Value<KafkaClusterClientAuthentication> value) {
    return set("KafkaClusterClientAuthentication", value);
  }

  /**
   * Details of encryption in transit to the Apache Kafka cluster.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * KafkaClusterEncryptionInTransit}.
   */
  public Connector kafkaClusterEncryptionInTransit(Value<KafkaClusterEncryptionInTransit> value) {
    return set("KafkaClusterEncryptionInTransit", value);
  }

  /**
   * The version of Kafka Connect. It has to be compatible with both the Apache Kafka cluster's
   * version and the plugins.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * KafkaConnectVersion}.
   */
  public Connector kafkaConnectVersion(String value) {
    return set("KafkaConnectVersion", Value.of(value));
  }

  /** Sets {@code KafkaConnectVersion} to this value; see {@link #kafkaConnectVersion(String)}. */
  public Connector kafkaConnectVersion(Value<String> value) {
    return set("KafkaConnectVersion", value);
  }

  /**
   * The settings for delivering connector logs to Amazon CloudWatch Logs.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LogDelivery}.
   */
  public Connector logDelivery(Value<LogDelivery> value) {
    return set("LogDelivery", value);
  }

  /**
   * The network type of the connector. It gives connectors connectivity to either IPv4 (IPV4) or
   * IPv4 and IPv6 (DUAL) destinations. Defaults to IPV4.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code IPV4}, {@code DUAL}.
   * CloudFormation property {@code NetworkType}.
   */
  public Connector networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public Connector networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * Specifies which plugin to use for the connector. You must specify a single-element list. Amazon
   * MSK Connect does not currently support specifying multiple plugins.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Plugins}.
   */
  public Connector plugins(List<Plugin> value) {
    return set("Plugins", Value.listOf(value));
  }

  /** Sets {@code Plugins} to this value; see {@link #plugins(List)}. */
  public Connector plugins(Value<List<Plugin>> value) {
    return set("Plugins", value);
  }

  /** Sets {@code Plugins} to a list of these; see {@link #plugins(List)}. */
  public Connector plugins(Plugin... values) {
    return set("Plugins", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role used by the connector to access Amazon Web
   * Services resources.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * arn:(aws|aws-us-gov|aws-cn):iam:.*}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code ServiceExecutionRoleArn}.
   */
  public Connector serviceExecutionRoleArn(String value) {
    return set("ServiceExecutionRoleArn", Value.of(value));
  }

  /**
   * Sets {@code ServiceExecutionRoleArn} to this value; see {@link
   * #serviceExecutionRoleArn(String)}.
   */
  public Connector serviceExecutionRoleArn(Value<String> value) {
    return set("ServiceExecutionRoleArn", value);
  }

  /**
   * A collection of tags associated with a resource
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Connector tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Connector tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Connector tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The worker configurations that are in use with the connector.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code WorkerConfiguration}.
   */
  public Connector workerConfiguration(Value<WorkerConfiguration> value) {
    return set("WorkerConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the newly created connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorArn}.
   */
  public Value<String> connectorArn() {
    return getAtt("ConnectorArn");
  }

  /**
   * The details of the Apache Kafka cluster to which the connector is connected.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.ApacheKafkaCluster}.
   */
  public static final class ApacheKafkaCluster extends Struct<ApacheKafkaCluster> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.ApacheKafkaCluster")
        .required("BootstrapServers", "Vpc")
        .build();

    public ApacheKafkaCluster() {
      super(SCHEMA);
    }

    /**
     * The bootstrap servers of the cluster.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * BootstrapServers}.
     */
    public ApacheKafkaCluster bootstrapServers(String value) {
      return set("BootstrapServers", Value.of(value));
    }

    /** Sets {@code BootstrapServers} to this value; see {@link #bootstrapServers(String)}. */
    public ApacheKafkaCluster bootstrapServers(Value<String> value) {
      return set("BootstrapServers", value);
    }

    /**
     * Details of an Amazon VPC which has network connectivity to the Apache Kafka cluster.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Vpc}.
     */
    public ApacheKafkaCluster vpc(Value<Vpc> value) {
      return set("Vpc", value);
    }
  }

  /**
   * Specifies how the connector scales.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.AutoScaling}.
   */
  public static final class AutoScaling extends Struct<AutoScaling> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.AutoScaling")
        .required("MaxWorkerCount", "McuCount", "MinWorkerCount", "ScaleInPolicy", "ScaleOutPolicy")
        .allowed("McuCount", "1", "2", "4", "8")
        .constrain("McuCount", Constraint.of().minimum(1).maximum(8))
        .build();

    public AutoScaling() {
      super(SCHEMA);
    }

    /**
     * The maximum number of tasks allocated to the connector during autoscaling operations.
     *
     * <p>CloudFormation property {@code MaxAutoscalingTaskCount}.
     */
    public AutoScaling maxAutoscalingTaskCount(int value) {
      return set("MaxAutoscalingTaskCount", Value.of(value));
    }

    /**
     * Sets {@code MaxAutoscalingTaskCount} to this value; see {@link
     * #maxAutoscalingTaskCount(int)}.
     */
    public AutoScaling maxAutoscalingTaskCount(Value<Integer> value) {
      return set("MaxAutoscalingTaskCount", value);
    }

    /**
     * The maximum number of workers allocated to the connector.
     *
     * <p>Required. CloudFormation property {@code MaxWorkerCount}.
     */
    public AutoScaling maxWorkerCount(int value) {
      return set("MaxWorkerCount", Value.of(value));
    }

    /** Sets {@code MaxWorkerCount} to this value; see {@link #maxWorkerCount(int)}. */
    public AutoScaling maxWorkerCount(Value<Integer> value) {
      return set("MaxWorkerCount", value);
    }

    /**
     * The number of microcontroller units (MCUs) allocated to each connector worker. The valid
     * values are 1,2,4,8.
     *
     * <p>Required. Allowed values: {@code 1}, {@code 2}, {@code 4}, {@code 8}. Range: 1 to 8.
     * CloudFormation property {@code McuCount}.
     */
    public AutoScaling mcuCount(int value) {
      return set("McuCount", Value.of(value));
    }

    /** Sets {@code McuCount} to this value; see {@link #mcuCount(int)}. */
    public AutoScaling mcuCount(Value<Integer> value) {
      return set("McuCount", value);
    }

    /**
     * The minimum number of workers allocated to the connector.
     *
     * <p>Required. CloudFormation property {@code MinWorkerCount}.
     */
    public AutoScaling minWorkerCount(int value) {
      return set("MinWorkerCount", Value.of(value));
    }

    /** Sets {@code MinWorkerCount} to this value; see {@link #minWorkerCount(int)}. */
    public AutoScaling minWorkerCount(Value<Integer> value) {
      return set("MinWorkerCount", value);
    }

    /**
     * The sacle-in policy for the connector.
     *
     * <p>Required. CloudFormation property {@code ScaleInPolicy}.
     */
    public AutoScaling scaleInPolicy(Value<ScaleInPolicy> value) {
      return set("ScaleInPolicy", value);
    }

    /**
     * The sacle-out policy for the connector.
     *
     * <p>Required. CloudFormation property {@code ScaleOutPolicy}.
     */
    public AutoScaling scaleOutPolicy(Value<ScaleOutPolicy> value) {
      return set("ScaleOutPolicy", value);
    }
  }

  /**
   * Information about the capacity of the connector, whether it is auto scaled or provisioned.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.Capacity}.
   */
  public static final class Capacity extends Struct<Capacity> {
    private static final Schema SCHEMA = Schema.of("AWS::KafkaConnect::Connector.Capacity");

    public Capacity() {
      super(SCHEMA);
    }

    /**
     * Information about the auto scaling parameters for the connector.
     *
     * <p>CloudFormation property {@code AutoScaling}.
     */
    public Capacity autoScaling(Value<AutoScaling> value) {
      return set("AutoScaling", value);
    }

    /**
     * Details about a fixed capacity allocated to a connector.
     *
     * <p>CloudFormation property {@code ProvisionedCapacity}.
     */
    public Capacity provisionedCapacity(Value<ProvisionedCapacity> value) {
      return set("ProvisionedCapacity", value);
    }
  }

  /**
   * The settings for delivering connector logs to Amazon CloudWatch Logs.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.CloudWatchLogsLogDelivery}.
   */
  public static final class CloudWatchLogsLogDelivery extends Struct<CloudWatchLogsLogDelivery> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.CloudWatchLogsLogDelivery")
        .required("Enabled")
        .build();

    public CloudWatchLogsLogDelivery() {
      super(SCHEMA);
    }

    /**
     * Whether log delivery to Amazon CloudWatch Logs is enabled.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Enabled}.
     */
    public CloudWatchLogsLogDelivery enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public CloudWatchLogsLogDelivery enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The name of the CloudWatch log group that is the destination for log delivery.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LogGroup}.
     */
    public CloudWatchLogsLogDelivery logGroup(String value) {
      return set("LogGroup", Value.of(value));
    }

    /** Sets {@code LogGroup} to this value; see {@link #logGroup(String)}. */
    public CloudWatchLogsLogDelivery logGroup(Value<String> value) {
      return set("LogGroup", value);
    }
  }

  /**
   * A plugin is an AWS resource that contains the code that defines a connector's logic.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.CustomPlugin}.
   */
  public static final class CustomPlugin extends Struct<CustomPlugin> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.CustomPlugin")
        .required("CustomPluginArn", "Revision")
        .constrain("CustomPluginArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn):kafkaconnect:.*"))
        .constrain("Revision", Constraint.of().minimum(1).maximum(9.223372036854776E18).format("int64"))
        .build();

    public CustomPlugin() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the custom plugin.
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code
     * arn:(aws|aws-us-gov|aws-cn):kafkaconnect:.*}. CloudFormation property {@code
     * CustomPluginArn}.
     */
    public CustomPlugin customPluginArn(String value) {
      return set("CustomPluginArn", Value.of(value));
    }

    /** Sets {@code CustomPluginArn} to this value; see {@link #customPluginArn(String)}. */
    public CustomPlugin customPluginArn(Value<String> value) {
      return set("CustomPluginArn", value);
    }

    /**
     * The revision of the custom plugin.
     *
     * <p>Required. Changing it replaces the resource. Range: 1 to 9.223372036854776E18. Format:
     * {@code int64}. CloudFormation property {@code Revision}.
     */
    public CustomPlugin revision(int value) {
      return set("Revision", Value.of(value));
    }

    /** Sets {@code Revision} to this value; see {@link #revision(int)}. */
    public CustomPlugin revision(Value<Integer> value) {
      return set("Revision", value);
    }
  }

  /**
   * The settings for delivering logs to Amazon Kinesis Data Firehose.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.FirehoseLogDelivery}.
   */
  public static final class FirehoseLogDelivery extends Struct<FirehoseLogDelivery> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.FirehoseLogDelivery")
        .required("Enabled")
        .build();

    public FirehoseLogDelivery() {
      super(SCHEMA);
    }

    /**
     * The name of the Kinesis Data Firehose delivery stream that is the destination for log
     * delivery.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DeliveryStream}.
     */
    public FirehoseLogDelivery deliveryStream(String value) {
      return set("DeliveryStream", Value.of(value));
    }

    /** Sets {@code DeliveryStream} to this value; see {@link #deliveryStream(String)}. */
    public FirehoseLogDelivery deliveryStream(Value<String> value) {
      return set("DeliveryStream", value);
    }

    /**
     * Specifies whether connector logs get delivered to Amazon Kinesis Data Firehose.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Enabled}.
     */
    public FirehoseLogDelivery enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public FirehoseLogDelivery enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * The details of the Apache Kafka cluster to which the connector is connected.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.KafkaCluster}.
   */
  public static final class KafkaCluster extends Struct<KafkaCluster> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.KafkaCluster")
        .required("ApacheKafkaCluster")
        .build();

    public KafkaCluster() {
      super(SCHEMA);
    }

    /**
     * The Apache Kafka cluster to which the connector is connected.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ApacheKafkaCluster}.
     */
    public KafkaCluster apacheKafkaCluster(Value<ApacheKafkaCluster> value) {
      return set("ApacheKafkaCluster", value);
    }
  }

  /**
   * The client authentication information used in order to authenticate with the Apache Kafka
   * cluster.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.KafkaClusterClientAuthentication}.
   */
  public static final class KafkaClusterClientAuthentication extends Struct<KafkaClusterClientAuthentication> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.KafkaClusterClientAuthentication")
        .required("AuthenticationType")
        .allowed("AuthenticationType", "NONE", "IAM")
        .build();

    public KafkaClusterClientAuthentication() {
      super(SCHEMA);
    }

    /**
     * The type of client authentication used to connect to the Apache Kafka cluster. Value NONE
     * means that no client authentication is used.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code NONE}, {@code IAM}.
     * CloudFormation property {@code AuthenticationType}.
     */
    public KafkaClusterClientAuthentication authenticationType(String value) {
      return set("AuthenticationType", Value.of(value));
    }

    /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
    public KafkaClusterClientAuthentication authenticationType(Value<String> value) {
      return set("AuthenticationType", value);
    }
  }

  /**
   * Details of encryption in transit to the Apache Kafka cluster.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.KafkaClusterEncryptionInTransit}.
   */
  public static final class KafkaClusterEncryptionInTransit extends Struct<KafkaClusterEncryptionInTransit> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.KafkaClusterEncryptionInTransit")
        .required("EncryptionType")
        .allowed("EncryptionType", "PLAINTEXT", "TLS")
        .build();

    public KafkaClusterEncryptionInTransit() {
      super(SCHEMA);
    }

    /**
     * The type of encryption in transit to the Apache Kafka cluster.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code PLAINTEXT}, {@code
     * TLS}. CloudFormation property {@code EncryptionType}.
     */
    public KafkaClusterEncryptionInTransit encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public KafkaClusterEncryptionInTransit encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }
  }

  /**
   * Details about log delivery.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.LogDelivery}.
   */
  public static final class LogDelivery extends Struct<LogDelivery> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.LogDelivery")
        .required("WorkerLogDelivery")
        .build();

    public LogDelivery() {
      super(SCHEMA);
    }

    /**
     * The workers can send worker logs to different destination types. This configuration specifies
     * the details of these destinations.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * WorkerLogDelivery}.
     */
    public LogDelivery workerLogDelivery(Value<WorkerLogDelivery> value) {
      return set("WorkerLogDelivery", value);
    }
  }

  /**
   * A plugin is an AWS resource that contains the code that defines your connector logic.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.Plugin}.
   */
  public static final class Plugin extends Struct<Plugin> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.Plugin")
        .required("CustomPlugin")
        .build();

    public Plugin() {
      super(SCHEMA);
    }

    /**
     * Details about a custom plugin.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code CustomPlugin}.
     */
    public Plugin customPlugin(Value<CustomPlugin> value) {
      return set("CustomPlugin", value);
    }
  }

  /**
   * Details about a connector's provisioned capacity.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.ProvisionedCapacity}.
   */
  public static final class ProvisionedCapacity extends Struct<ProvisionedCapacity> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.ProvisionedCapacity")
        .required("McuCount", "WorkerCount")
        .allowed("McuCount", "1", "2", "4", "8")
        .constrain("McuCount", Constraint.of().minimum(1).maximum(8))
        .build();

    public ProvisionedCapacity() {
      super(SCHEMA);
    }

    /**
     * The number of microcontroller units (MCUs) allocated to each connector worker. The valid
     * values are 1,2,4,8.
     *
     * <p>Required. Allowed values: {@code 1}, {@code 2}, {@code 4}, {@code 8}. Range: 1 to 8.
     * CloudFormation property {@code McuCount}.
     */
    public ProvisionedCapacity mcuCount(int value) {
      return set("McuCount", Value.of(value));
    }

    /** Sets {@code McuCount} to this value; see {@link #mcuCount(int)}. */
    public ProvisionedCapacity mcuCount(Value<Integer> value) {
      return set("McuCount", value);
    }

    /**
     * The number of workers that are allocated to the connector.
     *
     * <p>Required. CloudFormation property {@code WorkerCount}.
     */
    public ProvisionedCapacity workerCount(int value) {
      return set("WorkerCount", Value.of(value));
    }

    /** Sets {@code WorkerCount} to this value; see {@link #workerCount(int)}. */
    public ProvisionedCapacity workerCount(Value<Integer> value) {
      return set("WorkerCount", value);
    }
  }

  /**
   * Details about delivering logs to Amazon S3.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.S3LogDelivery}.
   */
  public static final class S3LogDelivery extends Struct<S3LogDelivery> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.S3LogDelivery")
        .required("Enabled")
        .build();

    public S3LogDelivery() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket that is the destination for log delivery.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Bucket}.
     */
    public S3LogDelivery bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3LogDelivery bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * Specifies whether connector logs get sent to the specified Amazon S3 destination.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Enabled}.
     */
    public S3LogDelivery enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public S3LogDelivery enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The S3 prefix that is the destination for log delivery.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Prefix}.
     */
    public S3LogDelivery prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3LogDelivery prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * The scale-in policy for the connector.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.ScaleInPolicy}.
   */
  public static final class ScaleInPolicy extends Struct<ScaleInPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.ScaleInPolicy")
        .required("CpuUtilizationPercentage")
        .constrain("CpuUtilizationPercentage", Constraint.of().minimum(1).maximum(100))
        .build();

    public ScaleInPolicy() {
      super(SCHEMA);
    }

    /**
     * Specifies the CPU utilization percentage threshold at which you want connector scale in to be
     * triggered.
     *
     * <p>Required. Range: 1 to 100. CloudFormation property {@code CpuUtilizationPercentage}.
     */
    public ScaleInPolicy cpuUtilizationPercentage(int value) {
      return set("CpuUtilizationPercentage", Value.of(value));
    }

    /**
     * Sets {@code CpuUtilizationPercentage} to this value; see {@link
     * #cpuUtilizationPercentage(int)}.
     */
    public ScaleInPolicy cpuUtilizationPercentage(Value<Integer> value) {
      return set("CpuUtilizationPercentage", value);
    }
  }

  /**
   * The scale-out policy for the connector.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.ScaleOutPolicy}.
   */
  public static final class ScaleOutPolicy extends Struct<ScaleOutPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.ScaleOutPolicy")
        .required("CpuUtilizationPercentage")
        .constrain("CpuUtilizationPercentage", Constraint.of().minimum(1).maximum(100))
        .build();

    public ScaleOutPolicy() {
      super(SCHEMA);
    }

    /**
     * The CPU utilization percentage threshold at which you want connector scale out to be
     * triggered.
     *
     * <p>Required. Range: 1 to 100. CloudFormation property {@code CpuUtilizationPercentage}.
     */
    public ScaleOutPolicy cpuUtilizationPercentage(int value) {
      return set("CpuUtilizationPercentage", Value.of(value));
    }

    /**
     * Sets {@code CpuUtilizationPercentage} to this value; see {@link
     * #cpuUtilizationPercentage(int)}.
     */
    public ScaleOutPolicy cpuUtilizationPercentage(Value<Integer> value) {
      return set("CpuUtilizationPercentage", value);
    }
  }

  /**
   * Information about the VPC in which the connector resides.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.Vpc}.
   */
  public static final class Vpc extends Struct<Vpc> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.Vpc")
        .required("SecurityGroups", "Subnets")
        .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public Vpc() {
      super(SCHEMA);
    }

    /**
     * The security group IDs for the connector.
     *
     * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
     * CloudFormation property {@code SecurityGroups}.
     */
    public Vpc securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public Vpc securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * The subnets for the connector.
     *
     * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}.
     * CloudFormation property {@code Subnets}.
     */
    public Vpc subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public Vpc subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }

  /**
   * The configuration of the workers, which are the processes that run the connector logic.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.WorkerConfiguration}.
   */
  public static final class WorkerConfiguration extends Struct<WorkerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KafkaConnect::Connector.WorkerConfiguration")
        .required("Revision", "WorkerConfigurationArn")
        .constrain("Revision", Constraint.of().minimum(1).maximum(9.223372036854776E18).format("int64"))
        .constrain("WorkerConfigurationArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn):kafkaconnect:.*"))
        .build();

    public WorkerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The revision of the worker configuration.
     *
     * <p>Required. Changing it replaces the resource. Range: 1 to 9.223372036854776E18. Format:
     * {@code int64}. CloudFormation property {@code Revision}.
     */
    public WorkerConfiguration revision(int value) {
      return set("Revision", Value.of(value));
    }

    /** Sets {@code Revision} to this value; see {@link #revision(int)}. */
    public WorkerConfiguration revision(Value<Integer> value) {
      return set("Revision", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the worker configuration.
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code
     * arn:(aws|aws-us-gov|aws-cn):kafkaconnect:.*}. CloudFormation property {@code
     * WorkerConfigurationArn}.
     */
    public WorkerConfiguration workerConfigurationArn(String value) {
      return set("WorkerConfigurationArn", Value.of(value));
    }

    /**
     * Sets {@code WorkerConfigurationArn} to this value; see {@link
     * #workerConfigurationArn(String)}.
     */
    public WorkerConfiguration workerConfigurationArn(Value<String> value) {
      return set("WorkerConfigurationArn", value);
    }
  }

  /**
   * Workers can send worker logs to different destination types. This configuration specifies the
   * details of these destinations.
   *
   * <p>Property type {@code AWS::KafkaConnect::Connector.WorkerLogDelivery}.
   */
  public static final class WorkerLogDelivery extends Struct<WorkerLogDelivery> {
    private static final Schema SCHEMA = Schema.of("AWS::KafkaConnect::Connector.WorkerLogDelivery");

    public WorkerLogDelivery() {
      super(SCHEMA);
    }

    /**
     * Details about delivering logs to Amazon CloudWatch Logs.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CloudWatchLogs}.
     */
    public WorkerLogDelivery cloudWatchLogs(Value<CloudWatchLogsLogDelivery> value) {
      return set("CloudWatchLogs", value);
    }

    /**
     * Details about delivering logs to Amazon Kinesis Data Firehose.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Firehose}.
     */
    public WorkerLogDelivery firehose(Value<FirehoseLogDelivery> value) {
      return set("Firehose", value);
    }

    /**
     * Details about delivering logs to Amazon S3.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code S3}.
     */
    public WorkerLogDelivery s3(Value<S3LogDelivery> value) {
      return set("S3", value);
    }
  }
}
