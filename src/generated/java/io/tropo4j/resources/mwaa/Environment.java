// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mwaa;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The <code>AWS::MWAA::Environment</code> resource creates an Amazon Managed Workflows for Apache
 * Airflow (MWAA) environment.
 *
 * <p>CloudFormation type {@code AWS::MWAA::Environment}.
 */
public final class Environment extends Resource<Environment> {
  private static final Schema SCHEMA = Schema.builder("AWS::MWAA::Environment")
      .required("Name")
      .constrain("AirflowConfigurationOptions", Constraint.of().format("json"))
      .constrain("AirflowVersion", Constraint.of().pattern("^[0-9a-z.]+$").minLength(1).maxLength(32))
      .constrain("DagS3Path", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
      .allowed("EndpointManagement", "CUSTOMER", "SERVICE")
      .constrain("EnvironmentClass", Constraint.of().minLength(1).maxLength(1024))
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b)(-[a-z]+)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(1).maxLength(1224).format("AWS::IAM::Role.Arn"))
      .references("ExecutionRoleArn", "AWS::IAM::Role.Arn")
      .constrain("KmsKey", Constraint.of().pattern("^(((arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b)(-[a-z]+)?:kms:[a-z]{2}-[a-z]+-\\d:\\d+:)?key\\/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|(arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):kms:[a-z]{2}-[a-z]+-\\d:\\d+:)?alias/.+)$").minLength(1).maxLength(1224))
      .references("KmsKey", "AWS::KMS::Key.Arn")
      .constrain("MaxWebservers", Constraint.of().minimum(1))
      .constrain("MaxWorkers", Constraint.of().minimum(1))
      .constrain("MinWebservers", Constraint.of().minimum(1))
      .constrain("MinWorkers", Constraint.of().minimum(1))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z][0-9a-zA-Z\\-_]*$").minLength(1).maxLength(80))
      .constrain("PluginsS3ObjectVersion", Constraint.of().minLength(0).maxLength(1024))
      .constrain("PluginsS3Path", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
      .constrain("RequirementsS3ObjectVersion", Constraint.of().minLength(0).maxLength(1024))
      .constrain("RequirementsS3Path", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
      .constrain("Schedulers", Constraint.of().minimum(1).maximum(5))
      .constrain("SourceBucketArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b)(-[a-z]+)?:s3:::[a-z0-9.\\-]+$").minLength(1).maxLength(1224))
      .references("SourceBucketArn", "AWS::S3::Bucket.Arn")
      .constrain("StartupScriptS3ObjectVersion", Constraint.of().minLength(0).maxLength(1024))
      .constrain("StartupScriptS3Path", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
      .constrain("Tags", Constraint.of().format("json"))
      .allowed("WebserverAccessMode", "PRIVATE_ONLY", "PUBLIC_ONLY", "PUBLIC_AND_PRIVATE")
      .constrain("WeeklyMaintenanceWindowStart", Constraint.of().pattern("(MON|TUE|WED|THU|FRI|SAT|SUN):([01]\\d|2[0-3]):(00|30)").minLength(1).maxLength(9))
      .allowed("WorkerReplacementStrategy", "FORCED", "GRACEFUL")
      .refYields("Name")
      .attributes("Arn", "CeleryExecutorQueue", "DatabaseVpcEndpointService",
          "LoggingConfiguration.DagProcessingLogs.CloudWatchLogGroupArn",
          "LoggingConfiguration.SchedulerLogs.CloudWatchLogGroupArn",
          "LoggingConfiguration.TaskLogs.CloudWatchLogGroupArn",
          "LoggingConfiguration.WebserverLogs.CloudWatchLogGroupArn",
          "LoggingConfiguration.WorkerLogs.CloudWatchLogGroupArn", "WebserverUrl",
          "WebserverVpcEndpointService")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Environment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of key-value pairs containing the Airflow configuration options for your environment.
   * For example, <code>core.default_timezone: utc</code> . To learn more, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/configuring-env-variables.html">Apache
   * Airflow configuration options</a> .
   *
   * <p>Format: {@code json}. CloudFormation property {@code AirflowConfigurationOptions}.
   */
  public Environment airflowConfigurationOptions(Value<Json> value) {
    return set("AirflowConfigurationOptions", value);
  }

  /**
   * The version of Apache Airflow to use for the environment. If no value is specified, defaults to
   * the latest version.
   *
   * <p>If you specify a newer version number for an existing environment, the version update
   * requires some service interruption before taking effect.
   *
   * <p><em>Allowed Values</em> : <code>2.7.2</code> | <code>2.8.1</code> | <code>2.9.2</code> |
   * <code>2.10.1</code> | <code>2.10.3</code> | <code>3.0.6</code> (latest)
   *
   * <p>Length: 1 to 32 characters. Pattern: {@code ^[0-9a-z.]+$}. CloudFormation property {@code
   * AirflowVersion}.
   */
  public Environment airflowVersion(String value) {
    return set("AirflowVersion", Value.of(value));
  }

  /** Sets {@code AirflowVersion} to this value; see {@link #airflowVersion(String)}. */
  public Environment airflowVersion(Value<String> value) {
    return set("AirflowVersion", value);
  }

  /**
   * The relative path to the DAGs folder on your Amazon S3 bucket. For example, <code>dags</code> .
   * To learn more, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/configuring-dag-folder.html">Adding or
   * updating DAGs</a> .
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code .*}. CloudFormation property {@code
   * DagS3Path}.
   */
  public Environment dagS3Path(String value) {
    return set("DagS3Path", Value.of(value));
  }

  /** Sets {@code DagS3Path} to this value; see {@link #dagS3Path(String)}. */
  public Environment dagS3Path(Value<String> value) {
    return set("DagS3Path", value);
  }

  /**
   * Defines whether the VPC endpoints configured for the environment are created, and managed, by
   * the customer or by Amazon MWAA. If set to <code>SERVICE</code> , Amazon MWAA will create and
   * manage the required VPC endpoints in your VPC. If set to <code>CUSTOMER</code> , you must
   * create, and manage, the VPC endpoints in your VPC.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CUSTOMER}, {@code SERVICE}.
   * CloudFormation property {@code EndpointManagement}.
   */
  public Environment endpointManagement(String value) {
    return set("EndpointManagement", Value.of(value));
  }

  /** Sets {@code EndpointManagement} to this value; see {@link #endpointManagement(String)}. */
  public Environment endpointManagement(Value<String> value) {
    return set("EndpointManagement", value);
  }

  /**
   * The environment class type. Valid values: <code>mw1.micro</code> , <code>mw1.small</code> ,
   * <code>mw1.medium</code> , <code>mw1.large</code> , <code>mw1.1large</code> , and
   * <code>mw1.2large</code> . To learn more, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/environment-class.html">Amazon MWAA
   * environment class</a> .
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code EnvironmentClass}.
   */
  public Environment environmentClass(String value) {
    return set("EnvironmentClass", Value.of(value));
  }

  /** Sets {@code EnvironmentClass} to this value; see {@link #environmentClass(String)}. */
  public Environment environmentClass(Value<String> value) {
    return set("EnvironmentClass", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the execution role in IAM that allows MWAA to access AWS
   * resources in your environment. For example,
   * <code>arn:aws:iam::123456789:role/my-execution-role</code> . To learn more, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/mwaa-create-role.html">Amazon MWAA
   * Execution role</a> .
   *
   * <p>Length: 1 to 1224 characters. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b)(-[a-z]+)?:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public Environment executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public Environment executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * Sets {@code ExecutionRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #executionRoleArn(String)}.
   */
  public Environment executionRoleArn(Role resource) {
    return set("ExecutionRoleArn", resource.arn());
  }

  /**
   * The AWS Key Management Service (KMS) key to encrypt and decrypt the data in your environment.
   * You can use an AWS KMS key managed by MWAA, or a customer-managed KMS key (advanced).
   *
   * <p>Changing it replaces the resource. Length: 1 to 1224 characters. Pattern: {@code
   * ^(((arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b)(-[a-z]+)?:kms:[a-z]{2}-[a-z]+-&#92;d:&#92;d+:)?key&#92;/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|(arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):kms:[a-z]{2}-[a-z]+-&#92;d:&#92;d+:)?alias/.+)$}.
   * CloudFormation property {@code KmsKey}.
   */
  public Environment kmsKey(String value) {
    return set("KmsKey", Value.of(value));
  }

  /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
  public Environment kmsKey(Value<String> value) {
    return set("KmsKey", value);
  }

  /** Sets {@code KmsKey} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKey(String)}. */
  public Environment kmsKey(Key resource) {
    return set("KmsKey", resource.arn());
  }

  /**
   * The Apache Airflow logs being sent to CloudWatch Logs: <code>DagProcessingLogs</code> ,
   * <code>SchedulerLogs</code> , <code>TaskLogs</code> , <code>WebserverLogs</code> ,
   * <code>WorkerLogs</code> .
   *
   * <p>CloudFormation property {@code LoggingConfiguration}.
   */
  public Environment loggingConfiguration(Value<LoggingConfiguration> value) {
    return set("LoggingConfiguration", value);
  }

  /**
   * The maximum number of web servers that you want to run in your environment. Amazon MWAA scales
   * the number of Apache Airflow web servers up to the number you specify for
   * <code>MaxWebservers</code> when you interact with your Apache Airflow environment using Apache
   * Airflow REST API, or the Apache Airflow CLI. For example, in scenarios where your workload
   * requires network calls to the Apache Airflow REST API with a high transaction-per-second (TPS)
   * rate, Amazon MWAA will increase the number of web servers up to the number set in
   * <code>MaxWebserers</code> . As TPS rates decrease Amazon MWAA disposes of the additional web
   * servers, and scales down to the number set in <code>MinxWebserers</code> .
   *
   * <p>Valid values: For environments larger than mw1.micro, accepts values from <code>2</code> to
   * <code>5</code> . Defaults to <code>2</code> for all environment sizes except mw1.micro, which
   * defaults to <code>1</code> .
   *
   * <p>Range: at least 1. CloudFormation property {@code MaxWebservers}.
   */
  public Environment maxWebservers(int value) {
    return set("MaxWebservers", Value.of(value));
  }

  /** Sets {@code MaxWebservers} to this value; see {@link #maxWebservers(int)}. */
  public Environment maxWebservers(Value<Integer> value) {
    return set("MaxWebservers", value);
  }

  /**
   * The maximum number of workers that you want to run in your environment. MWAA scales the number
   * of Apache Airflow workers up to the number you specify in the <code>MaxWorkers</code> field.
   * For example, <code>20</code> . When there are no more tasks running, and no more in the queue,
   * MWAA disposes of the extra workers leaving the one worker that is included with your
   * environment, or the number you specify in <code>MinWorkers</code> .
   *
   * <p>Range: at least 1. CloudFormation property {@code MaxWorkers}.
   */
  public Environment maxWorkers(int value) {
    return set("MaxWorkers", Value.of(value));
  }

  /** Sets {@code MaxWorkers} to this value; see {@link #maxWorkers(int)}. */
  public Environment maxWorkers(Value<Integer> value) {
    return set("MaxWorkers", value);
  }

  /**
   * The minimum number of web servers that you want to run in your environment. Amazon MWAA scales
   * the number of Apache Airflow web servers up to the number you specify for
   * <code>MaxWebservers</code> when you interact with your Apache Airflow environment using Apache
   * Airflow REST API, or the Apache Airflow CLI. As the transaction-per-second rate, and the
   * network load, decrease, Amazon MWAA disposes of the additional web servers, and scales down to
   * the number set in <code>MinxWebserers</code> .
   *
   * <p>Valid values: For environments larger than mw1.micro, accepts values from <code>2</code> to
   * <code>5</code> . Defaults to <code>2</code> for all environment sizes except mw1.micro, which
   * defaults to <code>1</code> .
   *
   * <p>Range: at least 1. CloudFormation property {@code MinWebservers}.
   */
  public Environment minWebservers(int value) {
    return set("MinWebservers", Value.of(value));
  }

  /** Sets {@code MinWebservers} to this value; see {@link #minWebservers(int)}. */
  public Environment minWebservers(Value<Integer> value) {
    return set("MinWebservers", value);
  }

  /**
   * The minimum number of workers that you want to run in your environment. MWAA scales the number
   * of Apache Airflow workers up to the number you specify in the <code>MaxWorkers</code> field.
   * When there are no more tasks running, and no more in the queue, MWAA disposes of the extra
   * workers leaving the worker count you specify in the <code>MinWorkers</code> field. For example,
   * <code>2</code> .
   *
   * <p>Range: at least 1. CloudFormation property {@code MinWorkers}.
   */
  public Environment minWorkers(int value) {
    return set("MinWorkers", Value.of(value));
  }

  /** Sets {@code MinWorkers} to this value; see {@link #minWorkers(int)}. */
  public Environment minWorkers(Value<Integer> value) {
    return set("MinWorkers", value);
  }

  /**
   * The name of your Amazon MWAA environment.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 80 characters. Pattern: {@code
   * ^[a-zA-Z][0-9a-zA-Z&#92;-_]*$}. CloudFormation property {@code Name}.
   */
  public Environment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Environment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The VPC networking components used to secure and enable network traffic between the AWS
   * resources for your environment. To learn more, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/networking-about.html">About networking
   * on Amazon MWAA</a> .
   *
   * <p>CloudFormation property {@code NetworkConfiguration}.
   */
  public Environment networkConfiguration(Value<NetworkConfiguration> value) {
    return set("NetworkConfiguration", value);
  }

  /**
   * The version of the plugins.zip file on your Amazon S3 bucket. To learn more, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/configuring-dag-import-plugins.html">Installing
   * custom plugins</a> .
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code PluginsS3ObjectVersion}.
   */
  public Environment pluginsS3ObjectVersion(String value) {
    return set("PluginsS3ObjectVersion", Value.of(value));
  }

  /**
   * Sets {@code PluginsS3ObjectVersion} to this value; see {@link #pluginsS3ObjectVersion(String)}.
   */
  public Environment pluginsS3ObjectVersion(Value<String> value) {
    return set("PluginsS3ObjectVersion", value);
  }

  /**
   * The relative path to the <code>plugins.zip</code> file on your Amazon S3 bucket. For example,
   * <code>plugins.zip</code> . To learn more, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/configuring-dag-import-plugins.html">Installing
   * custom plugins</a> .
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code .*}. CloudFormation property {@code
   * PluginsS3Path}.
   */
  public Environment pluginsS3Path(String value) {
    return set("PluginsS3Path", Value.of(value));
  }

  /** Sets {@code PluginsS3Path} to this value; see {@link #pluginsS3Path(String)}. */
  public Environment pluginsS3Path(Value<String> value) {
    return set("PluginsS3Path", value);
  }

  /**
   * The version of the requirements.txt file on your Amazon S3 bucket. To learn more, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/working-dags-dependencies.html">Installing
   * Python dependencies</a> .
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code RequirementsS3ObjectVersion}.
   */
  public Environment requirementsS3ObjectVersion(String value) {
    return set("RequirementsS3ObjectVersion", Value.of(value));
  }

  /**
   * Sets {@code RequirementsS3ObjectVersion} to this value; see {@link
   * #requirementsS3ObjectVersion(String)}.
   */
  public Environment requirementsS3ObjectVersion(Value<String> value) {
    return set("RequirementsS3ObjectVersion", value);
  }

  /**
   * The relative path to the <code>requirements.txt</code> file on your Amazon S3 bucket. For
   * example, <code>requirements.txt</code> . To learn more, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/working-dags-dependencies.html">Installing
   * Python dependencies</a> .
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code .*}. CloudFormation property {@code
   * RequirementsS3Path}.
   */
  public Environment requirementsS3Path(String value) {
    return set("RequirementsS3Path", Value.of(value));
  }

  /** Sets {@code RequirementsS3Path} to this value; see {@link #requirementsS3Path(String)}. */
  public Environment requirementsS3Path(Value<String> value) {
    return set("RequirementsS3Path", value);
  }

  /**
   * The number of schedulers that you want to run in your environment. Valid values:
   *
   * <ul> <li><em>v2</em> - For environments larger than mw1.micro, accepts values from 2 to 5.
   * Defaults to 2 for all environment sizes except mw1.micro, which defaults to 1. <li><em>v1</em>
   * - Accepts 1. </ul>
   *
   * <p>Range: 1 to 5. CloudFormation property {@code Schedulers}.
   */
  public Environment schedulers(int value) {
    return set("Schedulers", Value.of(value));
  }

  /** Sets {@code Schedulers} to this value; see {@link #schedulers(int)}. */
  public Environment schedulers(Value<Integer> value) {
    return set("Schedulers", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon S3 bucket where your DAG code and supporting files
   * are stored. For example, <code>arn:aws:s3:::my-airflow-bucket-unique-name</code> . To learn
   * more, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/mwaa-s3-bucket.html">Create an Amazon
   * S3 bucket for Amazon MWAA</a> .
   *
   * <p>Length: 1 to 1224 characters. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b)(-[a-z]+)?:s3:::[a-z0-9.&#92;-]+$}.
   * CloudFormation property {@code SourceBucketArn}.
   */
  public Environment sourceBucketArn(String value) {
    return set("SourceBucketArn", Value.of(value));
  }

  /** Sets {@code SourceBucketArn} to this value; see {@link #sourceBucketArn(String)}. */
  public Environment sourceBucketArn(Value<String> value) {
    return set("SourceBucketArn", value);
  }

  /**
   * Sets {@code SourceBucketArn} to the Arn of {@code AWS::S3::Bucket}; see {@link
   * #sourceBucketArn(String)}.
   */
  public Environment sourceBucketArn(Bucket resource) {
    return set("SourceBucketArn", resource.arn());
  }

  /**
   * The version of the startup shell script in your Amazon S3 bucket. You must specify the <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/versioning-workflows.html">version
   * ID</a> that Amazon S3 assigns to the file every time you update the script.
   *
   * <p>Version IDs are Unicode, UTF-8 encoded, URL-ready, opaque strings that are no more than
   * 1,024 bytes long. The following is an example:
   *
   * <p><code>3sL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo</code>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/using-startup-script.html">Using a
   * startup script</a> .
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code StartupScriptS3ObjectVersion}.
   */
  public Environment startupScriptS3ObjectVersion(String value) {
    return set("StartupScriptS3ObjectVersion", Value.of(value));
  }

  /**
   * Sets {@code StartupScriptS3ObjectVersion} to this value; see {@link
   * #startupScriptS3ObjectVersion(String)}.
   */
  public Environment startupScriptS3ObjectVersion(Value<String> value) {
    return set("StartupScriptS3ObjectVersion", value);
  }

  /**
   * The relative path to the startup shell script in your Amazon S3 bucket. For example,
   * <code>s3://mwaa-environment/startup.sh</code> .
   *
   * <p>Amazon MWAA runs the script as your environment starts, and before running the Apache
   * Airflow process. You can use this script to install dependencies, modify Apache Airflow
   * configuration options, and set environment variables. For more information, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/using-startup-script.html">Using a
   * startup script</a> .
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code .*}. CloudFormation property {@code
   * StartupScriptS3Path}.
   */
  public Environment startupScriptS3Path(String value) {
    return set("StartupScriptS3Path", Value.of(value));
  }

  /** Sets {@code StartupScriptS3Path} to this value; see {@link #startupScriptS3Path(String)}. */
  public Environment startupScriptS3Path(Value<String> value) {
    return set("StartupScriptS3Path", value);
  }

  /**
   * The key-value tag pairs associated to your environment. For example, <code>"Environment":
   * "Staging"</code> . To learn more, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging</a> .
   *
   * <p>If you specify new tags for an existing environment, the update requires service
   * interruption before taking effect.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Environment tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Environment tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Apache Airflow <em>Web server</em> access mode. To learn more, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/configuring-networking.html">Apache
   * Airflow access modes</a> . Valid values: <code>PRIVATE_ONLY</code> or <code>PUBLIC_ONLY</code>
   * .
   *
   * <p>Allowed values: {@code PRIVATE_ONLY}, {@code PUBLIC_ONLY}, {@code PUBLIC_AND_PRIVATE}.
   * CloudFormation property {@code WebserverAccessMode}.
   */
  public Environment webserverAccessMode(String value) {
    return set("WebserverAccessMode", Value.of(value));
  }

  /** Sets {@code WebserverAccessMode} to this value; see {@link #webserverAccessMode(String)}. */
  public Environment webserverAccessMode(Value<String> value) {
    return set("WebserverAccessMode", value);
  }

  /**
   * The day and time of the week to start weekly maintenance updates of your environment in the
   * following format: <code>DAY:HH:MM</code> . For example: <code>TUE:03:30</code> . You can
   * specify a start time in 30 minute increments only. Supported input includes the following:
   *
   * <ul> <li>MON|TUE|WED|THU|FRI|SAT|SUN:([01]&#92;&#92;d|2[0-3]):(00|30) </ul>
   *
   * <p>Length: 1 to 9 characters. Pattern: {@code
   * (MON|TUE|WED|THU|FRI|SAT|SUN):([01]&#92;d|2[0-3]):(00|30)}. CloudFormation property {@code
   * WeeklyMaintenanceWindowStart}.
   */
  public Environment weeklyMaintenanceWindowStart(String value) {
    return set("WeeklyMaintenanceWindowStart", Value.of(value));
  }

  /**
   * Sets {@code WeeklyMaintenanceWindowStart} to this value; see {@link
   * #weeklyMaintenanceWindowStart(String)}.
   */
  public Environment weeklyMaintenanceWindowStart(Value<String> value) {
    return set("WeeklyMaintenanceWindowStart", value);
  }

  /**
   * The worker replacement strategy to use when updating the environment. Valid values:
   * <code>FORCED</code>, <code>GRACEFUL</code>. FORCED means Apache Airflow workers will be stopped
   * and replaced without waiting for tasks to complete before an update. GRACEFUL means Apache
   * Airflow workers will be able to complete running tasks for up to 12 hours during an update
   * before being stopped and replaced.
   *
   * <p>Allowed values: {@code FORCED}, {@code GRACEFUL}. CloudFormation property {@code
   * WorkerReplacementStrategy}.
   */
  public Environment workerReplacementStrategy(String value) {
    return set("WorkerReplacementStrategy", Value.of(value));
  }

  /**
   * Sets {@code WorkerReplacementStrategy} to this value; see {@link
   * #workerReplacementStrategy(String)}.
   */
  public Environment workerReplacementStrategy(Value<String> value) {
    return set("WorkerReplacementStrategy", value);
  }

  /**
   * The ARN for the Amazon MWAA environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The queue ARN for the environment's <a
   * href="https://docs.aws.amazon.com/https://airflow.apache.org/docs/apache-airflow/stable/core-concepts/executor/celery.html">Celery
   * Executor</a> . Amazon MWAA uses a Celery Executor to distribute tasks across multiple workers.
   * When you create an environment in a shared VPC, you must provide access to the Celery Executor
   * queue from your VPC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CeleryExecutorQueue}.
   */
  public Value<String> celeryExecutorQueue() {
    return getAtt("CeleryExecutorQueue");
  }

  /**
   * The VPC endpoint for the environment's Amazon RDS database.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatabaseVpcEndpointService}.
   */
  public Value<String> databaseVpcEndpointService() {
    return getAtt("DatabaseVpcEndpointService");
  }

  /**
   * The ARN for the CloudWatch Logs group where the Apache Airflow DAG processing logs are
   * published.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * LoggingConfiguration.DagProcessingLogs.CloudWatchLogGroupArn}.
   */
  public Value<String> loggingConfigurationDagProcessingLogsCloudWatchLogGroupArn() {
    return getAtt("LoggingConfiguration.DagProcessingLogs.CloudWatchLogGroupArn");
  }

  /**
   * The ARN for the CloudWatch Logs group where the Apache Airflow Scheduler logs are published.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * LoggingConfiguration.SchedulerLogs.CloudWatchLogGroupArn}.
   */
  public Value<String> loggingConfigurationSchedulerLogsCloudWatchLogGroupArn() {
    return getAtt("LoggingConfiguration.SchedulerLogs.CloudWatchLogGroupArn");
  }

  /**
   * The ARN for the CloudWatch Logs group where the Apache Airflow task logs are published.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoggingConfiguration.TaskLogs.CloudWatchLogGroupArn}.
   */
  public Value<String> loggingConfigurationTaskLogsCloudWatchLogGroupArn() {
    return getAtt("LoggingConfiguration.TaskLogs.CloudWatchLogGroupArn");
  }

  /**
   * The ARN for the CloudWatch Logs group where the Apache Airflow Web server logs are published.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * LoggingConfiguration.WebserverLogs.CloudWatchLogGroupArn}.
   */
  public Value<String> loggingConfigurationWebserverLogsCloudWatchLogGroupArn() {
    return getAtt("LoggingConfiguration.WebserverLogs.CloudWatchLogGroupArn");
  }

  /**
   * The ARN for the CloudWatch Logs group where the Apache Airflow Worker logs are published.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoggingConfiguration.WorkerLogs.CloudWatchLogGroupArn}.
   */
  public Value<String> loggingConfigurationWorkerLogsCloudWatchLogGroupArn() {
    return getAtt("LoggingConfiguration.WorkerLogs.CloudWatchLogGroupArn");
  }

  /**
   * The URL of your Apache Airflow UI.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WebserverUrl}.
   */
  public Value<String> webserverUrl() {
    return getAtt("WebserverUrl");
  }

  /**
   * The VPC endpoint for the environment's web server.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WebserverVpcEndpointService}.
   */
  public Value<String> webserverVpcEndpointService() {
    return getAtt("WebserverVpcEndpointService");
  }

  /**
   * The type of Apache Airflow logs to send to CloudWatch Logs.
   *
   * <p>Property type {@code AWS::MWAA::Environment.LoggingConfiguration}.
   */
  public static final class LoggingConfiguration extends Struct<LoggingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MWAA::Environment.LoggingConfiguration");

    public LoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Defines the processing logs sent to CloudWatch Logs and the logging level to send.
     *
     * <p>CloudFormation property {@code DagProcessingLogs}.
     */
    public LoggingConfiguration dagProcessingLogs(Value<ModuleLoggingConfiguration> value) {
      return set("DagProcessingLogs", value);
    }

    /**
     * Defines the scheduler logs sent to CloudWatch Logs and the logging level to send.
     *
     * <p>CloudFormation property {@code SchedulerLogs}.
     */
    public LoggingConfiguration schedulerLogs(Value<ModuleLoggingConfiguration> value) {
      return set("SchedulerLogs", value);
    }

    /**
     * Defines the task logs sent to CloudWatch Logs and the logging level to send.
     *
     * <p>CloudFormation property {@code TaskLogs}.
     */
    public LoggingConfiguration taskLogs(Value<ModuleLoggingConfiguration> value) {
      return set("TaskLogs", value);
    }

    /**
     * Defines the web server logs sent to CloudWatch Logs and the logging level to send.
     *
     * <p>CloudFormation property {@code WebserverLogs}.
     */
    public LoggingConfiguration webserverLogs(Value<ModuleLoggingConfiguration> value) {
      return set("WebserverLogs", value);
    }

    /**
     * Defines the worker logs sent to CloudWatch Logs and the logging level to send.
     *
     * <p>CloudFormation property {@code WorkerLogs}.
     */
    public LoggingConfiguration workerLogs(Value<ModuleLoggingConfiguration> value) {
      return set("WorkerLogs", value);
    }
  }

  /**
   * Defines the type of logs to send for the Apache Airflow log type (e.g.
   * <code>DagProcessingLogs</code> ).
   *
   * <p>Property type {@code AWS::MWAA::Environment.ModuleLoggingConfiguration}.
   */
  public static final class ModuleLoggingConfiguration extends Struct<ModuleLoggingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MWAA::Environment.ModuleLoggingConfiguration")
        .constrain("CloudWatchLogGroupArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b)(-[a-z]+)?:logs:[a-z0-9\\-]+:\\d{12}:log-group:\\w+").maxLength(1224))
        .allowed("LogLevel", "CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")
        .build();

    public ModuleLoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the CloudWatch Logs log group for each type of Apache Airflow log type that you
     * have enabled.
     *
     * <p><code>CloudWatchLogGroupArn</code> is available only as a return value, accessible when
     * specified as an attribute in the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-mwaa-environment.html#aws-resource-mwaa-environment-return-values"><code>Fn:GetAtt</code></a>
     * intrinsic function. Any value you provide for <code>CloudWatchLogGroupArn</code> is discarded
     * by Amazon MWAA.
     *
     * <p>Length: at most 1224 characters. Pattern: {@code
     * ^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b)(-[a-z]+)?:logs:[a-z0-9&#92;-]+:&#92;d{12}:log-group:&#92;w+}.
     * CloudFormation property {@code CloudWatchLogGroupArn}.
     */
    public ModuleLoggingConfiguration cloudWatchLogGroupArn(String value) {
      return set("CloudWatchLogGroupArn", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchLogGroupArn} to this value; see {@link #cloudWatchLogGroupArn(String)}.
     */
    public ModuleLoggingConfiguration cloudWatchLogGroupArn(Value<String> value) {
      return set("CloudWatchLogGroupArn", value);
    }

    /**
     * Indicates whether to enable the Apache Airflow log type (e.g. <code>DagProcessingLogs</code>
     * ) in CloudWatch Logs.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public ModuleLoggingConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ModuleLoggingConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Defines the Apache Airflow logs to send for the log type (e.g. <code>DagProcessingLogs</code>
     * ) to CloudWatch Logs.
     *
     * <p>Allowed values: {@code CRITICAL}, {@code ERROR}, {@code WARNING}, {@code INFO}, {@code
     * DEBUG}. CloudFormation property {@code LogLevel}.
     */
    public ModuleLoggingConfiguration logLevel(String value) {
      return set("LogLevel", Value.of(value));
    }

    /** Sets {@code LogLevel} to this value; see {@link #logLevel(String)}. */
    public ModuleLoggingConfiguration logLevel(Value<String> value) {
      return set("LogLevel", value);
    }
  }

  /**
   * The VPC networking components used to secure and enable network traffic between the AWS
   * resources for your environment. To learn more, see <a
   * href="https://docs.aws.amazon.com/mwaa/latest/userguide/networking-about.html">About networking
   * on Amazon MWAA</a> .
   *
   * <p>Property type {@code AWS::MWAA::Environment.NetworkConfiguration}.
   */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MWAA::Environment.NetworkConfiguration")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[a-zA-Z0-9\\-._]+$").minLength(1).maxLength(1024).format("AWS::EC2::SecurityGroup.Id"))
        .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-[a-zA-Z0-9\\-._]+$").minLength(1).maxLength(1024))
        .references("SubnetIds", "AWS::EC2::Subnet.Ref")
        .build();

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of one or more security group IDs. Accepts up to 5 security group IDs. A security
     * group must be attached to the same VPC as the subnets. To learn more, see <a
     * href="https://docs.aws.amazon.com/mwaa/latest/userguide/vpc-security.html">Security in your
     * VPC on Amazon MWAA</a> .
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^sg-[a-zA-Z0-9&#92;-._]+$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public NetworkConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public NetworkConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
     * {@link #securityGroupIds(List)}.
     */
    public NetworkConfiguration securityGroupIds(SecurityGroup... resources) {
      return set("SecurityGroupIds", Value.attributes("GroupId", resources));
    }

    /**
     * A list of subnet IDs. <em>Required</em> to create an environment. Must be private subnets in
     * two different availability zones. A subnet must be attached to the same VPC as the security
     * group. To learn more, see <a
     * href="https://docs.aws.amazon.com/mwaa/latest/userguide/networking-about.html">About
     * networking on Amazon MWAA</a> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
     * ^subnet-[a-zA-Z0-9&#92;-._]+$}. CloudFormation property {@code SubnetIds}.
     */
    public NetworkConfiguration subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public NetworkConfiguration subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
     * #subnetIds(List)}.
     */
    public NetworkConfiguration subnetIds(Subnet... resources) {
      return set("SubnetIds", Value.refs(resources));
    }
  }
}
