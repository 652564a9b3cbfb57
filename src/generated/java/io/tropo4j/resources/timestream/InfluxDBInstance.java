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
 * A DB instance is an isolated database environment running in the cloud. It is the basic building
 * block of Amazon Timestream for InfluxDB. A DB instance can contain multiple user-created
 * databases (or organizations and buckets for the case of InfluxDb 2.x databases), and can be
 * accessed using the same client tools and applications you might use to access a standalone
 * self-managed InfluxDB instance.
 *
 * <p>CloudFormation type {@code AWS::Timestream::InfluxDBInstance}.
 */
public final class InfluxDBInstance extends Resource<InfluxDBInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::Timestream::InfluxDBInstance")
      .constrain("AllocatedStorage", Constraint.of().minimum(20).maximum(16384))
      .constrain("Bucket", Constraint.of().pattern("^[^_][^\"]*$").minLength(2).maxLength(64))
      .allowed("DbInstanceType", "db.influx.medium", "db.influx.large", "db.influx.xlarge",
          "db.influx.2xlarge", "db.influx.4xlarge", "db.influx.8xlarge", "db.influx.12xlarge",
          "db.influx.16xlarge", "db.influx.24xlarge")
      .constrain("DbParameterGroupIdentifier", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(3).maxLength(64))
      .allowed("DbStorageType", "InfluxIOIncludedT1", "InfluxIOIncludedT2", "InfluxIOIncludedT3")
      .allowed("DeploymentType", "SINGLE_AZ", "WITH_MULTIAZ_STANDBY")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$").minLength(3).maxLength(40))
      .allowed("NetworkType", "IPV4", "DUAL")
      .constrain("Organization", Constraint.of().minLength(1).maxLength(64))
      .constrain("Password", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(8).maxLength(64))
      .constrain("Port", Constraint.of().minimum(1024).maximum(65535))
      .constrain("Username", Constraint.of().minLength(1).maxLength(64))
      .constrain("VpcSecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .refYields("Id")
      .attributes("Arn", "AvailabilityZone", "Endpoint", "Id", "InfluxAuthParametersSecretArn",
          "NextMaintenanceTime", "SecondaryAvailabilityZone", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InfluxDBInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The amount of storage to allocate for your DB storage type in GiB (gibibytes).
   *
   * <p>Range: 20 to 16384. CloudFormation property {@code AllocatedStorage}.
   */
  public InfluxDBInstance allocatedStorage(int value) {
    return set("AllocatedStorage", Value.of(value));
  }

  /** Sets {@code AllocatedStorage} to this value; see {@link #allocatedStorage(int)}. */
  public InfluxDBInstance allocatedStorage(Value<Integer> value) {
    return set("AllocatedStorage", value);
  }

  /**
   * The name of the initial InfluxDB bucket. All InfluxDB data is stored in a bucket. A bucket
   * combines the concept of a database and a retention period (the duration of time that each data
   * point persists). A bucket belongs to an organization.
   *
   * <p>Changing it replaces the resource. Length: 2 to 64 characters. Pattern: {@code ^[^_][^"]*$}.
   * CloudFormation property {@code Bucket}.
   */
  public InfluxDBInstance bucket(String value) {
    return set("Bucket", Value.of(value));
  }

  /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
  public InfluxDBInstance bucket(Value<String> value) {
    return set("Bucket", value);
  }

  /**
   * The Timestream for InfluxDB DB instance type to run on.
   *
   * <p>Allowed values: {@code db.influx.medium}, {@code db.influx.large}, {@code db.influx.xlarge},
   * {@code db.influx.2xlarge}, {@code db.influx.4xlarge}, {@code db.influx.8xlarge}, {@code
   * db.influx.12xlarge}, {@code db.influx.16xlarge}, {@code db.influx.24xlarge}. CloudFormation
   * property {@code DbInstanceType}.
   */
  public InfluxDBInstance dbInstanceType(String value) {
    return set("DbInstanceType", Value.of(value));
  }

  /** Sets {@code DbInstanceType} to this value; see {@link #dbInstanceType(String)}. */
  public InfluxDBInstance dbInstanceType(Value<String> value) {
    return set("DbInstanceType", value);
  }

  /**
   * The name or id of the DB parameter group to assign to your DB instance. DB parameter groups
   * specify how the database is configured. For example, DB parameter groups can specify the limit
   * for query concurrency.
   *
   * <p>Length: 3 to 64 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation property {@code
   * DbParameterGroupIdentifier}.
   */
  public InfluxDBInstance dbParameterGroupIdentifier(String value) {
    return set("DbParameterGroupIdentifier", Value.of(value));
  }

  /**
   * Sets {@code DbParameterGroupIdentifier} to this value; see {@link
   * #dbParameterGroupIdentifier(String)}.
   */
  public InfluxDBInstance dbParameterGroupIdentifier(Value<String> value) {
    return set("DbParameterGroupIdentifier", value);
  }

  /**
   * The Timestream for InfluxDB DB storage type to read and write InfluxDB data.
   *
   * <p>You can choose between 3 different types of provisioned Influx IOPS included storage
   * according to your workloads requirements:
   *
   * <ul> <li>Influx IO Included 3000 IOPS <li>Influx IO Included 12000 IOPS <li>Influx IO Included
   * 16000 IOPS </ul>
   *
   * <p>Allowed values: {@code InfluxIOIncludedT1}, {@code InfluxIOIncludedT2}, {@code
   * InfluxIOIncludedT3}. CloudFormation property {@code DbStorageType}.
   */
  public InfluxDBInstance dbStorageType(String value) {
    return set("DbStorageType", Value.of(value));
  }

  /** Sets {@code DbStorageType} to this value; see {@link #dbStorageType(String)}. */
  public InfluxDBInstance dbStorageType(Value<String> value) {
    return set("DbStorageType", value);
  }

  /**
   * Specifies whether the Timestream for InfluxDB is deployed as Single-AZ or with a MultiAZ
   * Standby for High availability.
   *
   * <p>Allowed values: {@code SINGLE_AZ}, {@code WITH_MULTIAZ_STANDBY}. CloudFormation property
   * {@code DeploymentType}.
   */
  public InfluxDBInstance deploymentType(String value) {
    return set("DeploymentType", Value.of(value));
  }

  /** Sets {@code DeploymentType} to this value; see {@link #deploymentType(String)}. */
  public InfluxDBInstance deploymentType(Value<String> value) {
    return set("DeploymentType", value);
  }

  /**
   * Configuration for sending InfluxDB engine logs to a specified S3 bucket.
   *
   * <p>CloudFormation property {@code LogDeliveryConfiguration}.
   */
  public InfluxDBInstance logDeliveryConfiguration(Value<LogDeliveryConfiguration> value) {
    return set("LogDeliveryConfiguration", value);
  }

  /**
   * The maintenance schedule for the InfluxDB instance.
   *
   * <p>CloudFormation property {@code MaintenanceSchedule}.
   */
  public InfluxDBInstance maintenanceSchedule(Value<MaintenanceSchedule> value) {
    return set("MaintenanceSchedule", value);
  }

  /**
   * The name that uniquely identifies the DB instance when interacting with the Amazon Timestream
   * for InfluxDB API and CLI commands. This name will also be a prefix included in the endpoint. DB
   * instance names must be unique per customer and per region.
   *
   * <p>Changing it replaces the resource. Length: 3 to 40 characters. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$}. CloudFormation property {@code Name}.
   */
  public InfluxDBInstance name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public InfluxDBInstance name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Network type of the InfluxDB Instance.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code IPV4}, {@code DUAL}.
   * CloudFormation property {@code NetworkType}.
   */
  public InfluxDBInstance networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public InfluxDBInstance networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * The name of the initial organization for the initial admin user in InfluxDB. An InfluxDB
   * organization is a workspace for a group of users.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
   * {@code Organization}.
   */
  public InfluxDBInstance organization(String value) {
    return set("Organization", Value.of(value));
  }

  /** Sets {@code Organization} to this value; see {@link #organization(String)}. */
  public InfluxDBInstance organization(Value<String> value) {
    return set("Organization", value);
  }

  /**
   * The password of the initial admin user created in InfluxDB. This password will allow you to
   * access the InfluxDB UI to perform various administrative tasks and also use the InfluxDB CLI to
   * create an operator token. These attributes will be stored in a Secret created in Amazon
   * SecretManager in your account.
   *
   * <p>Changing it replaces the resource. Length: 8 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9]+$}. CloudFormation property {@code Password}.
   */
  public InfluxDBInstance password(String value) {
    return set("Password", Value.of(value));
  }

  /** Sets {@code Password} to this value; see {@link #password(String)}. */
  public InfluxDBInstance password(Value<String> value) {
    return set("Password", value);
  }

  /**
   * The port number on which InfluxDB accepts connections.
   *
   * <p>Range: 1024 to 65535. CloudFormation property {@code Port}.
   */
  public InfluxDBInstance port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public InfluxDBInstance port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * Configures the DB instance with a public IP to facilitate access.
   *
   * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
   * PubliclyAccessible}.
   */
  public InfluxDBInstance publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public InfluxDBInstance publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * A list of key-value pairs to associate with the DB instance.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public InfluxDBInstance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public InfluxDBInstance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public InfluxDBInstance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The username of the initial admin user created in InfluxDB. Must start with a letter and can't
   * end with a hyphen or contain two consecutive hyphens. For example, my-user1. This username will
   * allow you to access the InfluxDB UI to perform various administrative tasks and also use the
   * InfluxDB CLI to create an operator token. These attributes will be stored in a Secret created
   * in Amazon Secrets Manager in your account.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
   * {@code Username}.
   */
  public InfluxDBInstance username(String value) {
    return set("Username", Value.of(value));
  }

  /** Sets {@code Username} to this value; see {@link #username(String)}. */
  public InfluxDBInstance username(Value<String> value) {
    return set("Username", value);
  }

  /**
   * A list of VPC security group IDs to associate with the DB instance.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
   * CloudFormation property {@code VpcSecurityGroupIds}.
   */
  public InfluxDBInstance vpcSecurityGroupIds(List<String> value) {
    return set("VpcSecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code VpcSecurityGroupIds} to this value; see {@link #vpcSecurityGroupIds(List)}. */
  public InfluxDBInstance vpcSecurityGroupIds(Value<List<String>> value) {
    return set("VpcSecurityGroupIds", value);
  }

  /**
   * A list of VPC subnet IDs to associate with the DB instance. Provide at least two VPC subnet IDs
   * in different availability zones when deploying with a Multi-AZ standby.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpcSubnetIds}.
   */
  public InfluxDBInstance vpcSubnetIds(List<String> value) {
    return set("VpcSubnetIds", Value.listOf(value));
  }

  /** Sets {@code VpcSubnetIds} to this value; see {@link #vpcSubnetIds(List)}. */
  public InfluxDBInstance vpcSubnetIds(Value<List<String>> value) {
    return set("VpcSubnetIds", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the DB instance
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Availability Zone in which the DB instance resides.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailabilityZone}.
   */
  public Value<String> availabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /**
   * The endpoint used to connect to InfluxDB. The default InfluxDB port is 8086.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * A service-generated unique identifier
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon Secrets Manager secret containing the initial
   * InfluxDB authorization parameters. The secret value is a JSON formatted key-value pair holding
   * InfluxDB authorization values: organization, bucket, username, and password.
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
   * Describes an Availability Zone in which the InfluxDB instance is located
   *
   * <p>{@code Fn::GetAtt} attribute {@code SecondaryAvailabilityZone}.
   */
  public Value<String> secondaryAvailabilityZone() {
    return getAtt("SecondaryAvailabilityZone");
  }

  /**
   * The status of the DB instance.
   *
   * <p>Valid Values: <code>CREATING</code> | <code>AVAILABLE</code> | <code>DELETING</code> |
   * <code>MODIFYING</code> | <code>UPDATING</code> | <code>DELETED</code> | <code>FAILED</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Configuration for sending InfluxDB engine logs to a specified S3 bucket.
   *
   * <p>Property type {@code AWS::Timestream::InfluxDBInstance.LogDeliveryConfiguration}.
   */
  public static final class LogDeliveryConfiguration extends Struct<LogDeliveryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::InfluxDBInstance.LogDeliveryConfiguration")
        .required("S3Configuration")
        .build();

    public LogDeliveryConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for S3 bucket log delivery
     *
     * <p>Required. CloudFormation property {@code S3Configuration}.
     */
    public LogDeliveryConfiguration s3Configuration(Value<S3Configuration> value) {
      return set("S3Configuration", value);
    }
  }

  /**
   * The maintenance schedule for the InfluxDB instance.
   *
   * <p>Property type {@code AWS::Timestream::InfluxDBInstance.MaintenanceSchedule}.
   */
  public static final class MaintenanceSchedule extends Struct<MaintenanceSchedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::InfluxDBInstance.MaintenanceSchedule")
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
   * Configuration for S3 bucket log delivery.
   *
   * <p>Property type {@code AWS::Timestream::InfluxDBInstance.S3Configuration}.
   */
  public static final class S3Configuration extends Struct<S3Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Timestream::InfluxDBInstance.S3Configuration")
        .required("BucketName", "Enabled")
        .constrain("BucketName", Constraint.of().pattern("^[0-9a-z]+[0-9a-z\\.\\-]*[0-9a-z]+$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .build();

    public S3Configuration() {
      super(SCHEMA);
    }

    /**
     * The bucket name of the customer S3 bucket.
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
     * Indicates whether log delivery to the S3 bucket is enabled.
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
