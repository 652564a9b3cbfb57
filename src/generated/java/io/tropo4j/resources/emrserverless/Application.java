// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emrserverless;

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
 * The <code>AWS::EMRServerless::Application</code> resource specifies an EMR Serverless
 * application. An application uses open source analytics frameworks to run jobs that process data.
 * To create an application, you must specify the release version for the open source framework
 * version you want to use and the type of application you want, such as Apache Spark or Apache
 * Hive. After you create an application, you can submit data processing jobs or interactive
 * requests to it.
 *
 * <p>CloudFormation type {@code AWS::EMRServerless::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application")
      .required("ReleaseLabel", "Type")
      .allowed("Architecture", "ARM64", "X86_64")
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9._\\/#-]+$").minLength(1).maxLength(64))
      .constrain("ReleaseLabel", Constraint.of().pattern("^[A-Za-z0-9._/-]+$").minLength(1).maxLength(64))
      .constrain("Type", Constraint.of().minLength(1).maxLength(64))
      .refYields("ApplicationId")
      .attributes("ApplicationId", "Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The CPU architecture of an application.
   *
   * <p>Changing it may replace the resource. Allowed values: {@code ARM64}, {@code X86_64}.
   * CloudFormation property {@code Architecture}.
   */
  public Application architecture(String value) {
    return set("Architecture", Value.of(value));
  }

  /** Sets {@code Architecture} to this value; see {@link #architecture(String)}. */
  public Application architecture(Value<String> value) {
    return set("Architecture", value);
  }

  /**
   * The configuration for an application to automatically start on job submission.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * AutoStartConfiguration}.
   */
  public Application autoStartConfiguration(Value<AutoStartConfiguration> value) {
    return set("AutoStartConfiguration", value);
  }

  /**
   * The configuration for an application to automatically stop after a certain amount of time being
   * idle.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code AutoStopConfiguration}.
   */
  public Application autoStopConfiguration(Value<AutoStopConfiguration> value) {
    return set("AutoStopConfiguration", value);
  }

  /**
   * The IAM Identity Center configuration applied to enable trusted identity propagation.
   *
   * <p>CloudFormation property {@code IdentityCenterConfiguration}.
   */
  public Application identityCenterConfiguration(Value<IdentityCenterConfiguration> value) {
    return set("IdentityCenterConfiguration", value);
  }

  /**
   * The image configuration applied to all worker types.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code ImageConfiguration}.
   */
  public Application imageConfiguration(Value<ImageConfigurationInput> value) {
    return set("ImageConfiguration", value);
  }

  /**
   * The initial capacity of the application.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code InitialCapacity}.
   */
  public Application initialCapacity(List<InitialCapacityConfigKeyValuePair> value) {
    return set("InitialCapacity", Value.listOf(value));
  }

  /** Sets {@code InitialCapacity} to this value; see {@link #initialCapacity(List)}. */
  public Application initialCapacity(Value<List<InitialCapacityConfigKeyValuePair>> value) {
    return set("InitialCapacity", value);
  }

  /** Sets {@code InitialCapacity} to a list of these; see {@link #initialCapacity(List)}. */
  public Application initialCapacity(InitialCapacityConfigKeyValuePair... values) {
    return set("InitialCapacity", Value.list(values));
  }

  /**
   * The interactive configuration object that enables the interactive use cases for an application.
   *
   * <p>CloudFormation property {@code InteractiveConfiguration}.
   */
  public Application interactiveConfiguration(Value<InteractiveConfiguration> value) {
    return set("InteractiveConfiguration", value);
  }

  /**
   * The maximum capacity of the application. This is cumulative across all workers at any given
   * point in time during the lifespan of the application is created. No new resources will be
   * created once any one of the defined limits is hit.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code MaximumCapacity}.
   */
  public Application maximumCapacity(Value<MaximumAllowedResources> value) {
    return set("MaximumCapacity", value);
  }

  /**
   * A configuration specification to be used when provisioning an application. A configuration
   * consists of a classification, properties, and optional nested configurations. A classification
   * refers to an application-specific configuration file. Properties are the settings you want to
   * change in that file.
   *
   * <p>CloudFormation property {@code MonitoringConfiguration}.
   */
  public Application monitoringConfiguration(Value<MonitoringConfiguration> value) {
    return set("MonitoringConfiguration", value);
  }

  /**
   * The name of the application.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[A-Za-z0-9._&#92;/#-]+$}. CloudFormation property {@code Name}.
   */
  public Application name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Application name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The network configuration for customer VPC connectivity for the application.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code NetworkConfiguration}.
   */
  public Application networkConfiguration(Value<NetworkConfiguration> value) {
    return set("NetworkConfiguration", value);
  }

  /**
   * The EMR release associated with the application.
   *
   * <p>Required. Changing it may replace the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[A-Za-z0-9._/-]+$}. CloudFormation property {@code ReleaseLabel}.
   */
  public Application releaseLabel(String value) {
    return set("ReleaseLabel", Value.of(value));
  }

  /** Sets {@code ReleaseLabel} to this value; see {@link #releaseLabel(String)}. */
  public Application releaseLabel(Value<String> value) {
    return set("ReleaseLabel", value);
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_Configuration.html">Configuration</a>
   * specifications of an application. Each configuration consists of a classification and
   * properties. You use this parameter when creating or updating an application. To see the
   * runtimeConfiguration object of an application, run the <a
   * href="https://docs.aws.amazon.com/emr-serverless/latest/APIReference/API_GetApplication.html">GetApplication</a>
   * API operation.
   *
   * <p>CloudFormation property {@code RuntimeConfiguration}.
   */
  public Application runtimeConfiguration(List<ConfigurationObject> value) {
    return set("RuntimeConfiguration", Value.listOf(value));
  }

  /** Sets {@code RuntimeConfiguration} to this value; see {@link #runtimeConfiguration(List)}. */
  public Application runtimeConfiguration(Value<List<ConfigurationObject>> value) {
    return set("RuntimeConfiguration", value);
  }

  /**
   * Sets {@code RuntimeConfiguration} to a list of these; see {@link #runtimeConfiguration(List)}.
   */
  public Application runtimeConfiguration(ConfigurationObject... values) {
    return set("RuntimeConfiguration", Value.list(values));
  }

  /**
   * The scheduler configuration for batch and streaming jobs running on this application. Supported
   * with release labels emr-7.0.0 and above.
   *
   * <p>CloudFormation property {@code SchedulerConfiguration}.
   */
  public Application schedulerConfiguration(Value<SchedulerConfiguration> value) {
    return set("SchedulerConfiguration", value);
  }

  /**
   * The tags assigned to the application.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Application tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of application, such as Spark or Hive.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code Type}.
   */
  public Application typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Application typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The specification applied to each worker type.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * WorkerTypeSpecifications}.
   */
  public Application workerTypeSpecifications(Map<String, WorkerTypeSpecificationInput> value) {
    return set("WorkerTypeSpecifications", Value.mapOf(value));
  }

  /**
   * Sets {@code WorkerTypeSpecifications} to this value; see {@link
   * #workerTypeSpecifications(Map)}.
   */
  public Application workerTypeSpecifications(Value<Map<String, WorkerTypeSpecificationInput>> value) {
    return set("WorkerTypeSpecifications", value);
  }

  /**
   * The ID of the application, such as <code>ab4rp1abcs8xz47n3x0example</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationId}.
   */
  public Value<String> applicationId() {
    return getAtt("ApplicationId");
  }

  /**
   * The Amazon Resource Name (ARN) of the EMR Serverless Application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The configuration for an application to automatically start on job submission.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.AutoStartConfiguration}.
   */
  public static final class AutoStartConfiguration extends Struct<AutoStartConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRServerless::Application.AutoStartConfiguration");

    public AutoStartConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables the application to automatically start on job submission.
     *
     * <p>Changing it may replace the resource. Default: {@code true}. CloudFormation property
     * {@code Enabled}.
     */
    public AutoStartConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AutoStartConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * The configuration for an application to automatically stop after a certain amount of time being
   * idle.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.AutoStopConfiguration}.
   */
  public static final class AutoStopConfiguration extends Struct<AutoStopConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRServerless::Application.AutoStopConfiguration");

    public AutoStopConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables the application to automatically stop after a certain amount of time being idle.
     * Defaults to true.
     *
     * <p>Changing it may replace the resource. Default: {@code true}. CloudFormation property
     * {@code Enabled}.
     */
    public AutoStopConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AutoStopConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The amount of idle time in minutes after which your application will automatically stop.
     * Defaults to 15 minutes.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code IdleTimeoutMinutes}.
     */
    public AutoStopConfiguration idleTimeoutMinutes(int value) {
      return set("IdleTimeoutMinutes", Value.of(value));
    }

    /** Sets {@code IdleTimeoutMinutes} to this value; see {@link #idleTimeoutMinutes(int)}. */
    public AutoStopConfiguration idleTimeoutMinutes(Value<Integer> value) {
      return set("IdleTimeoutMinutes", value);
    }
  }

  /**
   * The Amazon CloudWatch configuration for monitoring logs. You can configure your jobs to send
   * log information to CloudWatch.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.CloudWatchLoggingConfiguration}.
   */
  public static final class CloudWatchLoggingConfiguration extends Struct<CloudWatchLoggingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.CloudWatchLoggingConfiguration")
        .constrain("EncryptionKeyArn", Constraint.of().pattern("^arn:(aws[a-zA-Z0-9-]*):kms:[a-zA-Z0-9\\-]*:(\\d{12})?:key\\/[a-zA-Z0-9-]+$").minLength(20).maxLength(2048))
        .constrain("LogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .constrain("LogStreamNamePrefix", Constraint.of().pattern("^[^:*]*$").minLength(1).maxLength(512))
        .build();

    public CloudWatchLoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables CloudWatch logging.
     *
     * <p>Default: {@code false}. CloudFormation property {@code Enabled}.
     */
    public CloudWatchLoggingConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public CloudWatchLoggingConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The AWS Key Management Service (KMS) key ARN to encrypt the logs that you store in CloudWatch
     * Logs.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z0-9-]*):kms:[a-zA-Z0-9&#92;-]*:(&#92;d{12})?:key&#92;/[a-zA-Z0-9-]+$}.
     * CloudFormation property {@code EncryptionKeyArn}.
     */
    public CloudWatchLoggingConfiguration encryptionKeyArn(String value) {
      return set("EncryptionKeyArn", Value.of(value));
    }

    /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
    public CloudWatchLoggingConfiguration encryptionKeyArn(Value<String> value) {
      return set("EncryptionKeyArn", value);
    }

    /**
     * The name of the log group in Amazon CloudWatch Logs where you want to publish your logs.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^[&#92;.&#92;-_/#A-Za-z0-9]+$}. Format:
     * {@code AWS::Logs::LogGroup.Name}. CloudFormation property {@code LogGroupName}.
     */
    public CloudWatchLoggingConfiguration logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public CloudWatchLoggingConfiguration logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }

    /**
     * Prefix for the CloudWatch log stream name.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^[^:*]*$}. CloudFormation property {@code
     * LogStreamNamePrefix}.
     */
    public CloudWatchLoggingConfiguration logStreamNamePrefix(String value) {
      return set("LogStreamNamePrefix", Value.of(value));
    }

    /** Sets {@code LogStreamNamePrefix} to this value; see {@link #logStreamNamePrefix(String)}. */
    public CloudWatchLoggingConfiguration logStreamNamePrefix(Value<String> value) {
      return set("LogStreamNamePrefix", value);
    }

    /**
     * The specific log-streams which need to be uploaded to CloudWatch.
     *
     * <p>CloudFormation property {@code LogTypeMap}.
     */
    public CloudWatchLoggingConfiguration logTypeMap(List<LogTypeMapKeyValuePair> value) {
      return set("LogTypeMap", Value.listOf(value));
    }

    /** Sets {@code LogTypeMap} to this value; see {@link #logTypeMap(List)}. */
    public CloudWatchLoggingConfiguration logTypeMap(Value<List<LogTypeMapKeyValuePair>> value) {
      return set("LogTypeMap", value);
    }

    /** Sets {@code LogTypeMap} to a list of these; see {@link #logTypeMap(List)}. */
    public CloudWatchLoggingConfiguration logTypeMap(LogTypeMapKeyValuePair... values) {
      return set("LogTypeMap", Value.list(values));
    }
  }

  /**
   * A configuration specification to be used when provisioning an application. A configuration
   * consists of a classification, properties, and optional nested configurations. A classification
   * refers to an application-specific configuration file. Properties are the settings you want to
   * change in that file.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.ConfigurationObject}.
   */
  public static final class ConfigurationObject extends Struct<ConfigurationObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.ConfigurationObject")
        .required("Classification")
        .constrain("Classification", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(1024))
        .build();

    public ConfigurationObject() {
      super(SCHEMA);
    }

    /**
     * The classification within a configuration.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code .*&#92;S.*}. CloudFormation
     * property {@code Classification}.
     */
    public ConfigurationObject classification(String value) {
      return set("Classification", Value.of(value));
    }

    /** Sets {@code Classification} to this value; see {@link #classification(String)}. */
    public ConfigurationObject classification(Value<String> value) {
      return set("Classification", value);
    }

    /**
     * A list of additional configurations to apply within a configuration object.
     *
     * <p>CloudFormation property {@code Configurations}.
     */
    public ConfigurationObject configurations(List<ConfigurationObject> value) {
      return set("Configurations", Value.listOf(value));
    }

    /** Sets {@code Configurations} to this value; see {@link #configurations(List)}. */
    public ConfigurationObject configurations(Value<List<ConfigurationObject>> value) {
      return set("Configurations", value);
    }

    /** Sets {@code Configurations} to a list of these; see {@link #configurations(List)}. */
    public ConfigurationObject configurations(ConfigurationObject... values) {
      return set("Configurations", Value.list(values));
    }

    /**
     * A set of properties specified within a configuration classification.
     *
     * <p>CloudFormation property {@code Properties}.
     */
    public ConfigurationObject propertiesProperty(Map<String, String> value) {
      return set("Properties", Value.mapOf(value));
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
    public ConfigurationObject propertiesProperty(Value<Map<String, String>> value) {
      return set("Properties", value);
    }
  }

  /**
   * The IAM Identity Center Configuration accepts the Identity Center instance parameter required
   * to enable trusted identity propagation. This configuration allows identity propagation between
   * integrated services and the Identity Center instance.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.IdentityCenterConfiguration}.
   */
  public static final class IdentityCenterConfiguration extends Struct<IdentityCenterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.IdentityCenterConfiguration")
        .constrain("IdentityCenterInstanceArn", Constraint.of().pattern("^arn:(aws[a-zA-Z0-9-]*):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$").minLength(1).maxLength(1024))
        .build();

    public IdentityCenterConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM Identity Center instance.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z0-9-]*):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$}. CloudFormation property
     * {@code IdentityCenterInstanceArn}.
     */
    public IdentityCenterConfiguration identityCenterInstanceArn(String value) {
      return set("IdentityCenterInstanceArn", Value.of(value));
    }

    /**
     * Sets {@code IdentityCenterInstanceArn} to this value; see {@link
     * #identityCenterInstanceArn(String)}.
     */
    public IdentityCenterConfiguration identityCenterInstanceArn(Value<String> value) {
      return set("IdentityCenterInstanceArn", value);
    }
  }

  /**
   * The image configuration.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.ImageConfigurationInput}.
   */
  public static final class ImageConfigurationInput extends Struct<ImageConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.ImageConfigurationInput")
        .constrain("ImageUri", Constraint.of().pattern("^([a-z0-9]+[a-z0-9-.]*)\\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?:\\:([a-zA-Z0-9_][a-zA-Z0-9-._]{0,299})|@(sha256:[0-9a-f]{64}))$").minLength(1).maxLength(1024))
        .build();

    public ImageConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The URI of an image in the Amazon ECR registry. This field is required when you create a new
     * application. If you leave this field blank in an update, Amazon EMR will remove the image
     * configuration.
     *
     * <p>Changing it may replace the resource. Length: 1 to 1024 characters. Pattern: {@code
     * ^([a-z0-9]+[a-z0-9-.]*)&#92;/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*&#92;/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?:&#92;:([a-zA-Z0-9_][a-zA-Z0-9-._]{0,299})|&#64;(sha256:[0-9a-f]{64}))$}.
     * CloudFormation property {@code ImageUri}.
     */
    public ImageConfigurationInput imageUri(String value) {
      return set("ImageUri", Value.of(value));
    }

    /** Sets {@code ImageUri} to this value; see {@link #imageUri(String)}. */
    public ImageConfigurationInput imageUri(Value<String> value) {
      return set("ImageUri", value);
    }
  }

  /**
   * The initial capacity configuration per worker.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.InitialCapacityConfig}.
   */
  public static final class InitialCapacityConfig extends Struct<InitialCapacityConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.InitialCapacityConfig")
        .required("WorkerConfiguration", "WorkerCount")
        .constrain("WorkerCount", Constraint.of().minimum(1).maximum(1000000).format("int64"))
        .build();

    public InitialCapacityConfig() {
      super(SCHEMA);
    }

    /**
     * The resource configuration of the initial capacity configuration.
     *
     * <p>Required. Changing it may replace the resource. CloudFormation property {@code
     * WorkerConfiguration}.
     */
    public InitialCapacityConfig workerConfiguration(Value<WorkerConfiguration> value) {
      return set("WorkerConfiguration", value);
    }

    /**
     * The number of workers in the initial capacity configuration.
     *
     * <p>Required. Changing it may replace the resource. Range: 1 to 1000000. Format: {@code
     * int64}. CloudFormation property {@code WorkerCount}.
     */
    public InitialCapacityConfig workerCount(int value) {
      return set("WorkerCount", Value.of(value));
    }

    /** Sets {@code WorkerCount} to this value; see {@link #workerCount(int)}. */
    public InitialCapacityConfig workerCount(Value<Integer> value) {
      return set("WorkerCount", value);
    }
  }

  /** Property type {@code AWS::EMRServerless::Application.InitialCapacityConfigKeyValuePair}. */
  public static final class InitialCapacityConfigKeyValuePair extends Struct<InitialCapacityConfigKeyValuePair> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.InitialCapacityConfigKeyValuePair")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^[a-zA-Z]+[-_]*[a-zA-Z]+$").minLength(1).maxLength(50))
        .build();

    public InitialCapacityConfigKeyValuePair() {
      super(SCHEMA);
    }

    /**
     * Worker type for an analytics framework.
     *
     * <p>Required. Changing it may replace the resource. Length: 1 to 50 characters. Pattern:
     * {@code ^[a-zA-Z]+[-_]*[a-zA-Z]+$}. CloudFormation property {@code Key}.
     */
    public InitialCapacityConfigKeyValuePair key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public InitialCapacityConfigKeyValuePair key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Changing it may replace the resource. CloudFormation property {@code Value}. */
    public InitialCapacityConfigKeyValuePair value(Value<InitialCapacityConfig> value) {
      return set("Value", value);
    }
  }

  /**
   * The configuration to use to enable the different types of interactive use cases in an
   * application.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.InteractiveConfiguration}.
   */
  public static final class InteractiveConfiguration extends Struct<InteractiveConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRServerless::Application.InteractiveConfiguration");

    public InteractiveConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables an Apache Livy endpoint that you can connect to and run interactive jobs.
     *
     * <p>Default: {@code false}. CloudFormation property {@code LivyEndpointEnabled}.
     */
    public InteractiveConfiguration livyEndpointEnabled(boolean value) {
      return set("LivyEndpointEnabled", Value.of(value));
    }

    /**
     * Sets {@code LivyEndpointEnabled} to this value; see {@link #livyEndpointEnabled(boolean)}.
     */
    public InteractiveConfiguration livyEndpointEnabled(Value<Boolean> value) {
      return set("LivyEndpointEnabled", value);
    }

    /**
     * Enables interactive sessions on the application
     *
     * <p>Default: {@code false}. CloudFormation property {@code SessionEnabled}.
     */
    public InteractiveConfiguration sessionEnabled(boolean value) {
      return set("SessionEnabled", Value.of(value));
    }

    /** Sets {@code SessionEnabled} to this value; see {@link #sessionEnabled(boolean)}. */
    public InteractiveConfiguration sessionEnabled(Value<Boolean> value) {
      return set("SessionEnabled", value);
    }

    /**
     * Enables you to connect an application to Amazon EMR Studio to run interactive workloads in a
     * notebook.
     *
     * <p>Default: {@code false}. CloudFormation property {@code StudioEnabled}.
     */
    public InteractiveConfiguration studioEnabled(boolean value) {
      return set("StudioEnabled", Value.of(value));
    }

    /** Sets {@code StudioEnabled} to this value; see {@link #studioEnabled(boolean)}. */
    public InteractiveConfiguration studioEnabled(Value<Boolean> value) {
      return set("StudioEnabled", value);
    }
  }

  /** Property type {@code AWS::EMRServerless::Application.LogTypeMapKeyValuePair}. */
  public static final class LogTypeMapKeyValuePair extends Struct<LogTypeMapKeyValuePair> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.LogTypeMapKeyValuePair")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^[a-zA-Z]+[-_]*[a-zA-Z]+$").minLength(1).maxLength(50))
        .constrain("Value", Constraint.of().pattern("^[a-zA-Z]+[-_]*[a-zA-Z]+$").minLength(1).maxLength(50))
        .build();

    public LogTypeMapKeyValuePair() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 50 characters. Pattern: {@code ^[a-zA-Z]+[-_]*[a-zA-Z]+$}.
     * CloudFormation property {@code Key}.
     */
    public LogTypeMapKeyValuePair key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public LogTypeMapKeyValuePair key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * List of Applicable values: [STDOUT, STDERR, HIVE_LOG, TEZ_AM, SYSTEM_LOGS]
     *
     * <p>Required. Length: 1 to 50 characters. Pattern: {@code ^[a-zA-Z]+[-_]*[a-zA-Z]+$}.
     * CloudFormation property {@code Value}.
     */
    public LogTypeMapKeyValuePair value(List<String> value) {
      return set("Value", Value.listOf(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(List)}. */
    public LogTypeMapKeyValuePair value(Value<List<String>> value) {
      return set("Value", value);
    }
  }

  /**
   * The managed log persistence configuration for a job run.
   *
   * <p>Property type {@code
   * AWS::EMRServerless::Application.ManagedPersistenceMonitoringConfiguration}.
   */
  public static final class ManagedPersistenceMonitoringConfiguration extends Struct<ManagedPersistenceMonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.ManagedPersistenceMonitoringConfiguration")
        .constrain("EncryptionKeyArn", Constraint.of().pattern("^arn:(aws[a-zA-Z0-9-]*):kms:[a-zA-Z0-9\\-]*:(\\d{12})?:key\\/[a-zA-Z0-9-]+$").minLength(20).maxLength(2048))
        .build();

    public ManagedPersistenceMonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables managed logging and defaults to true. If set to false, managed logging will be turned
     * off.
     *
     * <p>Default: {@code true}. CloudFormation property {@code Enabled}.
     */
    public ManagedPersistenceMonitoringConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ManagedPersistenceMonitoringConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The KMS key ARN to encrypt the logs stored in managed log persistence.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z0-9-]*):kms:[a-zA-Z0-9&#92;-]*:(&#92;d{12})?:key&#92;/[a-zA-Z0-9-]+$}.
     * CloudFormation property {@code EncryptionKeyArn}.
     */
    public ManagedPersistenceMonitoringConfiguration encryptionKeyArn(String value) {
      return set("EncryptionKeyArn", Value.of(value));
    }

    /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
    public ManagedPersistenceMonitoringConfiguration encryptionKeyArn(Value<String> value) {
      return set("EncryptionKeyArn", value);
    }
  }

  /**
   * The maximum allowed cumulative resources for an application. No new resources will be created
   * once the limit is hit.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.MaximumAllowedResources}.
   */
  public static final class MaximumAllowedResources extends Struct<MaximumAllowedResources> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.MaximumAllowedResources")
        .required("Cpu", "Memory")
        .constrain("Cpu", Constraint.of().pattern("^[1-9][0-9]*(\\s)?(vCPU|vcpu|VCPU)?$").minLength(1).maxLength(15))
        .constrain("Disk", Constraint.of().pattern("^[1-9][0-9]*(\\s)?(GB|gb|gB|Gb)$").minLength(1).maxLength(15))
        .constrain("Memory", Constraint.of().pattern("^[1-9][0-9]*(\\s)?(GB|gb|gB|Gb)?$").minLength(1).maxLength(15))
        .build();

    public MaximumAllowedResources() {
      super(SCHEMA);
    }

    /**
     * The maximum allowed CPU for an application.
     *
     * <p>Required. Changing it may replace the resource. Length: 1 to 15 characters. Pattern:
     * {@code ^[1-9][0-9]*(&#92;s)?(vCPU|vcpu|VCPU)?$}. CloudFormation property {@code Cpu}.
     */
    public MaximumAllowedResources cpu(String value) {
      return set("Cpu", Value.of(value));
    }

    /** Sets {@code Cpu} to this value; see {@link #cpu(String)}. */
    public MaximumAllowedResources cpu(Value<String> value) {
      return set("Cpu", value);
    }

    /**
     * The maximum allowed disk for an application.
     *
     * <p>Changing it may replace the resource. Length: 1 to 15 characters. Pattern: {@code
     * ^[1-9][0-9]*(&#92;s)?(GB|gb|gB|Gb)$}. CloudFormation property {@code Disk}.
     */
    public MaximumAllowedResources disk(String value) {
      return set("Disk", Value.of(value));
    }

    /** Sets {@code Disk} to this value; see {@link #disk(String)}. */
    public MaximumAllowedResources disk(Value<String> value) {
      return set("Disk", value);
    }

    /**
     * The maximum allowed resources for an application.
     *
     * <p>Required. Changing it may replace the resource. Length: 1 to 15 characters. Pattern:
     * {@code ^[1-9][0-9]*(&#92;s)?(GB|gb|gB|Gb)?$}. CloudFormation property {@code Memory}.
     */
    public MaximumAllowedResources memory(String value) {
      return set("Memory", Value.of(value));
    }

    /** Sets {@code Memory} to this value; see {@link #memory(String)}. */
    public MaximumAllowedResources memory(Value<String> value) {
      return set("Memory", value);
    }
  }

  /**
   * The configuration setting for monitoring logs.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.MonitoringConfiguration}.
   */
  public static final class MonitoringConfiguration extends Struct<MonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRServerless::Application.MonitoringConfiguration");

    public MonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon CloudWatch configuration for monitoring logs. You can configure your jobs to send
     * log information to CloudWatch.
     *
     * <p>CloudFormation property {@code CloudWatchLoggingConfiguration}.
     */
    public MonitoringConfiguration cloudWatchLoggingConfiguration(Value<CloudWatchLoggingConfiguration> value) {
      return set("CloudWatchLoggingConfiguration", value);
    }

    /**
     * The managed log persistence configuration for a job run.
     *
     * <p>CloudFormation property {@code ManagedPersistenceMonitoringConfiguration}.
     */
    public MonitoringConfiguration managedPersistenceMonitoringConfiguration(Value<ManagedPersistenceMonitoringConfiguration> value) {
      return set("ManagedPersistenceMonitoringConfiguration", value);
    }

    /**
     * The monitoring configuration object you can configure to send metrics to Amazon Managed
     * Service for Prometheus for a job run.
     *
     * <p>CloudFormation property {@code PrometheusMonitoringConfiguration}.
     */
    public MonitoringConfiguration prometheusMonitoringConfiguration(Value<PrometheusMonitoringConfiguration> value) {
      return set("PrometheusMonitoringConfiguration", value);
    }

    /**
     * The Amazon S3 configuration for monitoring log publishing.
     *
     * <p>CloudFormation property {@code S3MonitoringConfiguration}.
     */
    public MonitoringConfiguration s3MonitoringConfiguration(Value<S3MonitoringConfiguration> value) {
      return set("S3MonitoringConfiguration", value);
    }
  }

  /**
   * The network configuration for customer VPC connectivity.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.NetworkConfiguration}.
   */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.NetworkConfiguration")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^[-0-9a-zA-Z]+").minLength(1).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("^[-0-9a-zA-Z]+").minLength(1).maxLength(32))
        .build();

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * The array of security group Ids for customer VPC connectivity.
     *
     * <p>Changing it may replace the resource. Length: 1 to 32 characters. Pattern: {@code
     * ^[-0-9a-zA-Z]+}. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public NetworkConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public NetworkConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The array of subnet Ids for customer VPC connectivity.
     *
     * <p>Changing it may replace the resource. Length: 1 to 32 characters. Pattern: {@code
     * ^[-0-9a-zA-Z]+}. CloudFormation property {@code SubnetIds}.
     */
    public NetworkConfiguration subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public NetworkConfiguration subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * The monitoring configuration object you can configure to send metrics to Amazon Managed Service
   * for Prometheus for a job run.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.PrometheusMonitoringConfiguration}.
   */
  public static final class PrometheusMonitoringConfiguration extends Struct<PrometheusMonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.PrometheusMonitoringConfiguration")
        .constrain("RemoteWriteUrl", Constraint.of().pattern("^https://aps-workspaces.([a-z]{2}-[a-z-]{1,20}-[1-9]).amazonaws(.[0-9A-Za-z]{2,4})+/workspaces/[-_.0-9A-Za-z]{1,100}/api/v1/remote_write$").minLength(1).maxLength(10280))
        .build();

    public PrometheusMonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * The remote write URL in the Amazon Managed Service for Prometheus workspace to send metrics
     * to.
     *
     * <p>Length: 1 to 10280 characters. Pattern: {@code
     * ^https://aps-workspaces.([a-z]{2}-[a-z-]{1,20}-[1-9]).amazonaws(.[0-9A-Za-z]{2,4})+/workspaces/[-_.0-9A-Za-z]{1,100}/api/v1/remote_write$}.
     * CloudFormation property {@code RemoteWriteUrl}.
     */
    public PrometheusMonitoringConfiguration remoteWriteUrl(String value) {
      return set("RemoteWriteUrl", Value.of(value));
    }

    /** Sets {@code RemoteWriteUrl} to this value; see {@link #remoteWriteUrl(String)}. */
    public PrometheusMonitoringConfiguration remoteWriteUrl(Value<String> value) {
      return set("RemoteWriteUrl", value);
    }
  }

  /**
   * The Amazon S3 configuration for monitoring log publishing. You can configure your jobs to send
   * log information to Amazon S3.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.S3MonitoringConfiguration}.
   */
  public static final class S3MonitoringConfiguration extends Struct<S3MonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.S3MonitoringConfiguration")
        .constrain("EncryptionKeyArn", Constraint.of().pattern("^arn:(aws[a-zA-Z0-9-]*):kms:[a-zA-Z0-9\\-]*:(\\d{12})?:key\\/[a-zA-Z0-9-]+$").minLength(20).maxLength(2048))
        .constrain("LogUri", Constraint.of().pattern("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\r\\n\\t]*").minLength(1).maxLength(10280))
        .build();

    public S3MonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * The KMS key ARN to encrypt the logs published to the given Amazon S3 destination.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z0-9-]*):kms:[a-zA-Z0-9&#92;-]*:(&#92;d{12})?:key&#92;/[a-zA-Z0-9-]+$}.
     * CloudFormation property {@code EncryptionKeyArn}.
     */
    public S3MonitoringConfiguration encryptionKeyArn(String value) {
      return set("EncryptionKeyArn", Value.of(value));
    }

    /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
    public S3MonitoringConfiguration encryptionKeyArn(Value<String> value) {
      return set("EncryptionKeyArn", value);
    }

    /**
     * The Amazon S3 destination URI for log publishing.
     *
     * <p>Length: 1 to 10280 characters. Pattern: {@code
     * [&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;r&#92;n&#92;t]*}.
     * CloudFormation property {@code LogUri}.
     */
    public S3MonitoringConfiguration logUri(String value) {
      return set("LogUri", Value.of(value));
    }

    /** Sets {@code LogUri} to this value; see {@link #logUri(String)}. */
    public S3MonitoringConfiguration logUri(Value<String> value) {
      return set("LogUri", value);
    }
  }

  /**
   * The scheduler configuration for batch and streaming jobs running on this application. Supported
   * with release labels emr-7.0.0 and above.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.SchedulerConfiguration}.
   */
  public static final class SchedulerConfiguration extends Struct<SchedulerConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRServerless::Application.SchedulerConfiguration");

    public SchedulerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum concurrent job runs on this application. If scheduler configuration is enabled on
     * your application, the default value is 15. The valid range is 1 to 1000.
     *
     * <p>CloudFormation property {@code MaxConcurrentRuns}.
     */
    public SchedulerConfiguration maxConcurrentRuns(int value) {
      return set("MaxConcurrentRuns", Value.of(value));
    }

    /** Sets {@code MaxConcurrentRuns} to this value; see {@link #maxConcurrentRuns(int)}. */
    public SchedulerConfiguration maxConcurrentRuns(Value<Integer> value) {
      return set("MaxConcurrentRuns", value);
    }

    /**
     * The maximum duration in minutes for the job in QUEUED state. If scheduler configuration is
     * enabled on your application, the default value is 360 minutes (6 hours). The valid range is
     * from 15 to 720.
     *
     * <p>CloudFormation property {@code QueueTimeoutMinutes}.
     */
    public SchedulerConfiguration queueTimeoutMinutes(int value) {
      return set("QueueTimeoutMinutes", Value.of(value));
    }

    /** Sets {@code QueueTimeoutMinutes} to this value; see {@link #queueTimeoutMinutes(int)}. */
    public SchedulerConfiguration queueTimeoutMinutes(Value<Integer> value) {
      return set("QueueTimeoutMinutes", value);
    }
  }

  /**
   * The configuration of a worker. For more information, see <a
   * href="https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/app-behavior.html#worker-configs">Supported
   * worker configurations</a> .
   *
   * <p>Property type {@code AWS::EMRServerless::Application.WorkerConfiguration}.
   */
  public static final class WorkerConfiguration extends Struct<WorkerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRServerless::Application.WorkerConfiguration")
        .required("Cpu", "Memory")
        .constrain("Cpu", Constraint.of().pattern("^[1-9][0-9]*(\\s)?(vCPU|vcpu|VCPU)?$").minLength(1).maxLength(15))
        .constrain("Disk", Constraint.of().pattern("^[1-9][0-9]*(\\s)?(GB|gb|gB|Gb)$").minLength(1).maxLength(15))
        .constrain("DiskType", Constraint.of().pattern("^(SHUFFLE_OPTIMIZED|[Ss]huffle_[Oo]ptimized|STANDARD|[Ss]tandard)$"))
        .constrain("Memory", Constraint.of().pattern("^[1-9][0-9]*(\\s)?(GB|gb|gB|Gb)?$").minLength(1).maxLength(15))
        .build();

    public WorkerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The CPU requirements of the worker configuration. Each worker can have 1, 2, 4, 8, or 16
     * vCPUs.
     *
     * <p>Required. Changing it may replace the resource. Length: 1 to 15 characters. Pattern:
     * {@code ^[1-9][0-9]*(&#92;s)?(vCPU|vcpu|VCPU)?$}. CloudFormation property {@code Cpu}.
     */
    public WorkerConfiguration cpu(String value) {
      return set("Cpu", Value.of(value));
    }

    /** Sets {@code Cpu} to this value; see {@link #cpu(String)}. */
    public WorkerConfiguration cpu(Value<String> value) {
      return set("Cpu", value);
    }

    /**
     * The disk requirements of the worker configuration.
     *
     * <p>Changing it may replace the resource. Length: 1 to 15 characters. Pattern: {@code
     * ^[1-9][0-9]*(&#92;s)?(GB|gb|gB|Gb)$}. CloudFormation property {@code Disk}.
     */
    public WorkerConfiguration disk(String value) {
      return set("Disk", Value.of(value));
    }

    /** Sets {@code Disk} to this value; see {@link #disk(String)}. */
    public WorkerConfiguration disk(Value<String> value) {
      return set("Disk", value);
    }

    /**
     * The disk type for every worker instance of the work type. Shuffle optimized disks have higher
     * performance characteristics and are better for shuffle heavy workloads. Default is
     * <code>STANDARD</code> .
     *
     * <p>Pattern: {@code ^(SHUFFLE_OPTIMIZED|[Ss]huffle_[Oo]ptimized|STANDARD|[Ss]tandard)$}.
     * CloudFormation property {@code DiskType}.
     */
    public WorkerConfiguration diskType(String value) {
      return set("DiskType", Value.of(value));
    }

    /** Sets {@code DiskType} to this value; see {@link #diskType(String)}. */
    public WorkerConfiguration diskType(Value<String> value) {
      return set("DiskType", value);
    }

    /**
     * The memory requirements of the worker configuration.
     *
     * <p>Required. Changing it may replace the resource. Length: 1 to 15 characters. Pattern:
     * {@code ^[1-9][0-9]*(&#92;s)?(GB|gb|gB|Gb)?$}. CloudFormation property {@code Memory}.
     */
    public WorkerConfiguration memory(String value) {
      return set("Memory", Value.of(value));
    }

    /** Sets {@code Memory} to this value; see {@link #memory(String)}. */
    public WorkerConfiguration memory(Value<String> value) {
      return set("Memory", value);
    }
  }

  /**
   * The specifications for a worker type.
   *
   * <p>Property type {@code AWS::EMRServerless::Application.WorkerTypeSpecificationInput}.
   */
  public static final class WorkerTypeSpecificationInput extends Struct<WorkerTypeSpecificationInput> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRServerless::Application.WorkerTypeSpecificationInput");

    public WorkerTypeSpecificationInput() {
      super(SCHEMA);
    }

    /**
     * The image configuration for a worker type.
     *
     * <p>Changing it may replace the resource. CloudFormation property {@code ImageConfiguration}.
     */
    public WorkerTypeSpecificationInput imageConfiguration(Value<ImageConfigurationInput> value) {
      return set("ImageConfiguration", value);
    }
  }
}
