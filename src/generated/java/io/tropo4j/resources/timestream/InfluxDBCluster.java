// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.timestream;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::Timestream::InfluxDBCluster resource creates an InfluxDB cluster.
 *
 * <p>CloudFormation type {@code AWS::Timestream::InfluxDBCluster}.
 */
public final class InfluxDBCluster extends Resource<InfluxDBCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::Timestream::InfluxDBCluster")
      .constrain("AllocatedStorage", Constraint.of().minimum(20).maximum(15360))
      .constrain("Bucket", Constraint.of().pattern("^[^_][^\"]*$").minLength(2).maxLength(64))
      .allowed("DbInstanceType", "db.influx.medium", "db.influx.large", "db.influx.xlarge",
          "db.influx.2xlarge", "db.influx.4xlarge", "db.influx.8xlarge", "db.influx.12xlarge",
          "db.influx.16xlarge", "db.influx.24xlarge")
      .constrain("DbParameterGroupIdentifier", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(3).maxLength(64))
      .allowed("DbStorageType", "InfluxIOIncludedT1", "InfluxIOIncludedT2", "InfluxIOIncludedT3")
      .allowed("DeploymentType", "MULTI_NODE_READ_REPLICAS")
      .allowed("FailoverMode", "AUTOMATIC", "NO_FAILOVER")
      .constrain("Name", Constraint.of().pattern("^[a-zA-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$").minLength(3).maxLength(40))
      .allowed("NetworkType", "IPV4", "DUAL")
      .constrain("Organization", Constraint.of().minLength(1).maxLength(64))
      .constrain("Password", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(8).maxLength(64))
      .constrain("Port", Constraint.of().minimum(1024).maximum(65535))
      .constrain("Username", Constraint.of().minLength(1).maxLength(64))
      .constrain("VpcSecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .refYields("Id")
      .attributes("Arn", "Endpoint", "EngineType", "Id", "InfluxAuthParametersSecretArn",
          "NextMaintenanceTime", "ReaderEndpoint", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InfluxDBCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The allocated storage for the InfluxDB cluster.
   *
   * <p>Changing it replaces the resource. Range: 20 to 15360. CloudFormation property {@code
   * AllocatedStorage}.
   */
  public InfluxDBCluster allocatedStorage(int value) {
    return set("AllocatedStorage", Value.of(value));
  }

  /** Sets {@code AllocatedStorage} to this value; see {@link #allocatedStorage(int)}. */
  public InfluxDBCluster allocatedStorage(Value<Integer> value) {
    return set("AllocatedStorage", value);
  }

  /**
   * The bucket for the InfluxDB cluster.
   *
   * <p>Changing it replaces the resource. Length: 2 to 64 characters. Pattern: {@code ^[^_][^"]*$}.
   * CloudFormation property {@code Bucket}.
   */
  public InfluxDBCluster bucket(String value) {
    return set("Bucket", Value.of(value));
  }

  /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
  public InfluxDBCluster bucket(Value<String> value) {
    return set("Bucket", value);
  }

  /**
   * The compute instance of the InfluxDB cluster.
   *
   * <p>Allowed values: {@code db.influx.medium}, {@code db.influx.large}, {@code db.influx.xlarge},
   * {@code db.influx.2xlarge}, {@code db.influx.4xlarge}, {@code db.influx.8xlarge}, {@code
   * db.influx.12xlarge}, {@code db.influx.16xlarge}, {@code db.influx.24xlarge}. CloudFormation
   * property {@code DbInstanceType}.
   */
  public InfluxDBCluster dbInstanceType(String value) {
    return set("DbInstanceType", Value.of(value));
  }

  /** Sets {@code DbInstanceType} to this value; see {@link #dbInstanceType(String)}. */
  public InfluxDBCluster dbInstanceType(Value<String> value) {
    return set("DbInstanceType", value);
  }

  /**
   * The name of an existing InfluxDB parameter group.
   *
   * <p>Length: 3 to 64 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation property {@code
   * DbParameterGroupIdentifier}.
   */
  public InfluxDBCluster dbParameterGroupIdentifier(String value) {
    return set("DbParameterGroupIdentifier", Value.of(value));
  }

  /**
   * Sets {@code DbParameterGroupIdentifier} to this value; see {@link
   * #dbParameterGroupIdentifier(String)}.
   */
  public InfluxDBCluster dbParameterGroupIdentifier(Value<String> value) {
    return set("DbParameterGroupIdentifier", value);
  }

  /**
   * The storage type of the InfluxDB cluster.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code InfluxIOIncludedT1}, {@code
   * InfluxIOIncludedT2}, {@code InfluxIOIncludedT3}. CloudFormation property {@code DbStorageType}.
   */
  public InfluxDBCluster dbStorageType(String value) {
    return set("DbStorageType", Value.of(value));
  }

  /** Sets {@code DbStorageType} to this value; see {@link #dbStorageType(String)}. */
  public InfluxDBCluster dbStorageType(Value<String> value) {
    return set("DbStorageType", value);
  }

  /**
   * Deployment type of the InfluxDB cluster.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code MULTI_NODE_READ_REPLICAS}.
   * CloudFormation property {@code DeploymentType}.
   */
  public InfluxDBCluster deploymentType(String value) {
    return set("DeploymentType", Value.of(value));
  }

  /** Sets {@code DeploymentType} to this value; see {@link #deploymentType(String)}. */
  public InfluxDBCluster deploymentType(Value<String> value) {
    return set("DeploymentType", value);
  }

  /**
   * Failover mode of the InfluxDB cluster.
   *
   * <p>Allowed values: {@code AUTOMATIC}, {@code NO_FAILOVER}. CloudFormation property {@code
   * FailoverMode}.
   */
  public InfluxDBCluster failoverMode(String value) {
    return set("FailoverMode", Value.of(value));
  }

  /** Sets {@code FailoverMode} to this value; see {@link #failoverMode(String)}. */
  public InfluxDBCluster failoverMode(Value<String> value) {
    return set("FailoverMode", value);
  }

  /**
   * Configuration for sending logs to customer account from the InfluxDB cluster.
   *
   * <p>CloudFormation property {@code LogDeliveryConfiguration}.
   */
  public InfluxDBCluster logDeliveryConfiguration(Value<LogDeliveryConfiguration> value) {
    return set("LogDeliveryConfiguration", value);
  }

  /**
   * The maintenance schedule for the InfluxDB cluster.
   *
   * <p>CloudFormation property {@code MaintenanceSchedule}.
   */
  public InfluxDBCluster maintenanceSchedule(Value<MaintenanceSchedule> value) {
    return set("MaintenanceSchedule", value);
  }

  /**
   * The unique name that is associated with the InfluxDB cluster.
   *
   * <p>Changing it replaces the resource. Length: 3 to 40 characters. Pattern: {@code
   * ^[a-zA-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$}. CloudFormation property {@code Name}.
   */
  public InfluxDBCluster name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public InfluxDBCluster name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Network type of the InfluxDB cluster.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code IPV4}, {@code DUAL}.
   * CloudFormation property {@code NetworkType}.
   */
  public InfluxDBCluster networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public InfluxDBCluster networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * The organization for the InfluxDB cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
   * {@code Organization}.
   */
  public InfluxDBCluster organization(String value) {
    return set("Organization", Value.of(value));
  }

  /** Sets {@code Organization} to this value; see {@link #organization(String)}. */
  public InfluxDBCluster organization(Value<String> value) {
    return set("Organization", value);
  }

  /**
   * The password for the InfluxDB cluster.
   *
   * <p>Changing it replaces the resource. Length: 8 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9]+$}. CloudFormation property {@code Password}.
   */
  public InfluxDBCluster password(String value) {
    return set("Password", Value.of(value));
  }

  /** Sets {@code Password} to this value; see {@link #password(String)}. */
  public InfluxDBCluster password(Value<String> value) {
    return set("Password", value);
  }

  /**
   * The port number on which InfluxDB accepts connections.
   *
   * <p>Range: 1024 to 65535. CloudFormation property {@code Port}.
   */
  public InfluxDBCluster port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public InfluxDBCluster port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * Attach a public IP to the customer ENI.
   *
   * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
   * PubliclyAccessible}.
   */
  public InfluxDBCluster publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public InfluxDBCluster publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * An arbitrary set of tags (key-value pairs) for this DB cluster.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public InfluxDBCluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public InfluxDBCluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public InfluxDBCluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The username for the InfluxDB cluster.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
   * {@code Username}.
   */
  public InfluxDBCluster username(String value) {
    return set("Username", Value.of(value));
  }

  /** Sets {@code Username} to this value; see {@link #username(String)}. */
  public InfluxDBCluster username(Value<String> value) {
    return set("Username", value);
  }

  /**
   * A list of Amazon EC2 VPC security groups to associate with this InfluxDB cluster.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
   * CloudFormation property {@code VpcSecurityGroupIds}.
   */
  public InfluxDBCluster vpcSecurityGroupIds(List<String> value) {
    return set("VpcSecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code VpcSecurityGroupIds} to this value; see {@link #vpcSecurityGroupIds(List)}. */
  public InfluxDBCluster vpcSecurityGroupIds(Value<List<String>> value) {
    return set("VpcSecurityGroupIds", value);
  }

  /**
   * A list of EC2 subnet IDs for this InfluxDB cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpcSubnetIds}.
   */
  public InfluxDBCluster vpcSubnetIds(List<String> value) {
    return set("VpcSubnetIds", Value.listOf(value));
  }

  /** Sets {@code VpcSubnetIds} to this value; see {@link #vpcSubnetIds(List)}. */
  public InfluxDBCluster vpcSubnetIds(Value<List<String>> value) {
    return set("VpcSubnetIds", value);
  }

  /**
   * The Amazon Resource Name (ARN) that is associated with the InfluxDB cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The connection endpoint for the InfluxDB cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The engine type for the InfluxDB cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EngineType}.
   */
  public Value<String> engineType() {
    return getAtt("EngineType");
  }

  /**
   * The service generated unique identifier for InfluxDB cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The Auth parameters secret Amazon Resource name (ARN) that is associated with the InfluxDB
   * cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InfluxAuthParametersSecretArn}.
   */
  public Value<String> influxAuthParametersSecretArn() {
    return getAtt("InfluxAuthParametersSecretArn");
  }

  /**
   * The timestamp of the next scheduled maintenance event.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NextMaintenanceTime}.
   */
  public Value<String> nextMaintenanceTime() {
    return getAtt("NextMaintenanceTime");
  }

  /**
   * The reader endpoint for the InfluxDB cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReaderEndpoint}.
   */
  public Value<String> readerEndpoint() {
    return getAtt("ReaderEndpoint");
  }

  /**
   * Status of the InfluxDB cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Configuration for sending logs to customer account from the InfluxDB cluster.
   *
   * <p>Property type {@code AWS::Timestream::InfluxDBCluster.LogDeliveryConfiguration}.
   */
  public static final class LogDeliveryConfiguration extends Struct<LogDeliveryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::InfluxDBCluster.LogDeliveryConfiguration")
        .required("S3Configuration")
        .build();

    public LogDeliveryConfiguration() {
      super(SCHEMA);
    }

    /**
     * S3 configuration for sending logs to customer account from the InfluxDB cluster.
     *
     * <p>Required. CloudFormation property {@code S3Configuration}.
     */
    public LogDeliveryConfiguration s3Configuration(Value<S3Configuration> value) {
      return set("S3Configuration", value);
    }
  }

  /**
   * The maintenance schedule for the InfluxDB cluster.
   *
   * <p>Property type {@code AWS::Timestream::InfluxDBCluster.MaintenanceSchedule}.
   */
  public static final class MaintenanceSchedule extends Struct<MaintenanceSchedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::InfluxDBCluster.MaintenanceSchedule")
        .required("PreferredMaintenanceWindow", "Timezone")
        .constrain("PreferredMaintenanceWindow", Constraint.of().pattern("^$|^(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\\d|2[0-3]):[0-5]\\d-(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\\d|2[0-3]):[0-5]\\d$").minLength(0).maxLength(19))
        .constrain("Timezone", Constraint.of().pattern("^(UTC|[A-Za-z_]+/[A-Za-z0-9_]+(/[A-Za-z0-9_]+)?)$").minLength(1).maxLength(64))
        .build();

    public MaintenanceSchedule() {
      super(SCHEMA);
    }

    /**
     * The preferred maintenance window in format ddd:HH:MM-ddd:HH:MM.
     *
     * <p>Required. Length: 0 to 19 characters. Pattern: {@code
     * ^$|^(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]&#92;d|2[0-3]):[0-5]&#92;d-(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]&#92;d|2[0-3]):[0-5]&#92;d$}.
     * CloudFormation property {@code PreferredMaintenanceWindow}.
     */
    public MaintenanceSchedule preferredMaintenanceWindow(String value) {
      return set("PreferredMaintenanceWindow", Value.of(value));
    }

    /**
     * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
     * #preferredMaintenanceWindow(String)}.
     */
    public MaintenanceSchedule preferredMaintenanceWindow(Value<String> value) {
      return set("PreferredMaintenanceWindow", value);
    }

    /**
     * The IANA timezone identifier for the maintenance schedule.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code
     * ^(UTC|[A-Za-z_]+/[A-Za-z0-9_]+(/[A-Za-z0-9_]+)?)$}. CloudFormation property {@code Timezone}.
     */
    public MaintenanceSchedule timezone(String value) {
      return set("Timezone", Value.of(value));
    }

    /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
    public MaintenanceSchedule timezone(Value<String> value) {
      return set("Timezone", value);
    }
  }

  /**
   * S3 configuration for sending logs to customer account from the InfluxDB cluster.
   *
   * <p>Property type {@code AWS::Timestream::InfluxDBCluster.S3Configuration}.
   */
  public static final class S3Configuration extends Struct<S3Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::InfluxDBCluster.S3Configuration")
        .required("BucketName", "Enabled")
        .constrain("BucketName", Constraint.of().pattern("^[0-9a-z]+[0-9a-z\\.\\-]*[0-9a-z]+$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .build();

    public S3Configuration() {
      super(SCHEMA);
    }

    /**
     * The bucket name for logs to be sent from the InfluxDB cluster
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code
     * ^[0-9a-z]+[0-9a-z&#92;.&#92;-]*[0-9a-z]+$}. Format: {@code AWS::S3::Bucket.Name}.
     * CloudFormation property {@code BucketName}.
     */
    public S3Configuration bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Configuration bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Specifies whether logging to customer specified bucket is enabled.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public S3Configuration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public S3Configuration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }
}
