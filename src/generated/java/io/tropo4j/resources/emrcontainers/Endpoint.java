// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emrcontainers;

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
 * Resource Schema of AWS::EMRContainers::Endpoint Type
 *
 * <p>CloudFormation type {@code AWS::EMRContainers::Endpoint}.
 */
public final class Endpoint extends Resource<Endpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::Endpoint")
      .required("ExecutionRoleArn", "ReleaseLabel", "Type", "VirtualClusterId")
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z0-9-]*):iam::(\\d{12})?:(role((\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F))[\\w+=,.@-]+)$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("Name", Constraint.of().pattern("[0-9A-Za-z][A-Za-z0-9\\-_]*").minLength(1).maxLength(64))
      .constrain("ReleaseLabel", Constraint.of().pattern("[A-Za-z0-9._/-]+").minLength(1).maxLength(64))
      .constrain("SessionIdleTimeoutInMinutes", Constraint.of().minimum(1).maximum(1440))
      .constrain("Type", Constraint.of().pattern("\\S").minLength(1).maxLength(64))
      .constrain("VirtualClusterId", Constraint.of().pattern("^[0-9a-z]+$").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "AuthProxyUrl", "CertificateAuthority", "CreatedAt", "FailureReason", "Id",
          "SecurityGroup", "ServerUrl", "State", "StateDetails")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Endpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code ConfigurationOverrides}. */
  public Endpoint configurationOverrides(Value<ConfigurationOverrides> value) {
    return set("ConfigurationOverrides", value);
  }

  /**
   * The execution role ARN for the managed endpoint.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:(aws[a-zA-Z0-9-]*):iam::(&#92;d{12})?:(role((&#92;u002F)|(&#92;u002F[&#92;u0021-&#92;u007F]+&#92;u002F))[&#92;w+=,.&#64;-]+)$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public Endpoint executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public Endpoint executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * The name of the managed endpoint.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [0-9A-Za-z][A-Za-z0-9&#92;-_]*}. CloudFormation property {@code Name}.
   */
  public Endpoint name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Endpoint name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon EMR release label.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [A-Za-z0-9._/-]+}. CloudFormation property {@code ReleaseLabel}.
   */
  public Endpoint releaseLabel(String value) {
    return set("ReleaseLabel", Value.of(value));
  }

  /** Sets {@code ReleaseLabel} to this value; see {@link #releaseLabel(String)}. */
  public Endpoint releaseLabel(Value<String> value) {
    return set("ReleaseLabel", value);
  }

  /**
   * The idle timeout in minutes for sessions on the managed endpoint.
   *
   * <p>Changing it replaces the resource. Range: 1 to 1440. CloudFormation property {@code
   * SessionIdleTimeoutInMinutes}.
   */
  public Endpoint sessionIdleTimeoutInMinutes(int value) {
    return set("SessionIdleTimeoutInMinutes", Value.of(value));
  }

  /**
   * Sets {@code SessionIdleTimeoutInMinutes} to this value; see {@link
   * #sessionIdleTimeoutInMinutes(int)}.
   */
  public Endpoint sessionIdleTimeoutInMinutes(Value<Integer> value) {
    return set("SessionIdleTimeoutInMinutes", value);
  }

  /**
   * An array of key-value pairs to apply to this managed endpoint.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Endpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Endpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Endpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of the managed endpoint.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * &#92;S}. CloudFormation property {@code Type}.
   */
  public Endpoint typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Endpoint typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ID of the virtual cluster for which the managed endpoint is created.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[0-9a-z]+$}. CloudFormation property {@code VirtualClusterId}.
   */
  public Endpoint virtualClusterId(String value) {
    return set("VirtualClusterId", Value.of(value));
  }

  /** Sets {@code VirtualClusterId} to this value; see {@link #virtualClusterId(String)}. */
  public Endpoint virtualClusterId(Value<String> value) {
    return set("VirtualClusterId", value);
  }

  /**
   * The ARN of the managed endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The auth proxy URL for Spark Connect connections.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AuthProxyUrl}.
   */
  public Value<String> authProxyUrl() {
    return getAtt("AuthProxyUrl");
  }

  /** {@code Fn::GetAtt} attribute {@code CertificateAuthority}. */
  public Value<Certificate> certificateAuthority() {
    return getAtt("CertificateAuthority");
  }

  /**
   * The date and time when the managed endpoint was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The reason for a failed managed endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureReason}.
   */
  public Value<String> failureReason() {
    return getAtt("FailureReason");
  }

  /**
   * The ID of the managed endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The security group associated with the managed endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SecurityGroup}.
   */
  public Value<String> securityGroup() {
    return getAtt("SecurityGroup");
  }

  /**
   * The server URL of the managed endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServerUrl}.
   */
  public Value<String> serverUrl() {
    return getAtt("ServerUrl");
  }

  /**
   * The state of the managed endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Additional details about the state of the managed endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StateDetails}.
   */
  public Value<String> stateDetails() {
    return getAtt("StateDetails");
  }

  /** Property type {@code AWS::EMRContainers::Endpoint.Certificate}. */
  public static final class Certificate extends Struct<Certificate> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRContainers::Endpoint.Certificate");

    public Certificate() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CertificateArn}. */
    public Certificate certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public Certificate certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /** CloudFormation property {@code CertificateData}. */
    public Certificate certificateData(String value) {
      return set("CertificateData", Value.of(value));
    }

    /** Sets {@code CertificateData} to this value; see {@link #certificateData(String)}. */
    public Certificate certificateData(Value<String> value) {
      return set("CertificateData", value);
    }
  }

  /** Property type {@code AWS::EMRContainers::Endpoint.CloudWatchMonitoringConfiguration}. */
  public static final class CloudWatchMonitoringConfiguration extends Struct<CloudWatchMonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::Endpoint.CloudWatchMonitoringConfiguration")
        .required("LogGroupName")
        .constrain("LogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .constrain("LogStreamNamePrefix", Constraint.of().pattern("\\S").minLength(1).maxLength(256))
        .build();

    public CloudWatchMonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 512 characters. Pattern: {@code ^[&#92;.&#92;-_/#A-Za-z0-9]+$}.
     * Format: {@code AWS::Logs::LogGroup.Name}. CloudFormation property {@code LogGroupName}.
     */
    public CloudWatchMonitoringConfiguration logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public CloudWatchMonitoringConfiguration logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }

    /**
     * Length: 1 to 256 characters. Pattern: {@code &#92;S}. CloudFormation property {@code
     * LogStreamNamePrefix}.
     */
    public CloudWatchMonitoringConfiguration logStreamNamePrefix(String value) {
      return set("LogStreamNamePrefix", Value.of(value));
    }

    /** Sets {@code LogStreamNamePrefix} to this value; see {@link #logStreamNamePrefix(String)}. */
    public CloudWatchMonitoringConfiguration logStreamNamePrefix(Value<String> value) {
      return set("LogStreamNamePrefix", value);
    }
  }

  /** Property type {@code AWS::EMRContainers::Endpoint.ConfigurationOverrides}. */
  public static final class ConfigurationOverrides extends Struct<ConfigurationOverrides> {
    private static final Schema SCHEMA = Schema.of("AWS::EMRContainers::Endpoint.ConfigurationOverrides");

    public ConfigurationOverrides() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ApplicationConfiguration}. */
    public ConfigurationOverrides applicationConfiguration(List<EMREKSConfiguration> value) {
      return set("ApplicationConfiguration", Value.listOf(value));
    }

    /**
     * Sets {@code ApplicationConfiguration} to this value; see {@link
     * #applicationConfiguration(List)}.
     */
    public ConfigurationOverrides applicationConfiguration(Value<List<EMREKSConfiguration>> value) {
      return set("ApplicationConfiguration", value);
    }

    /**
     * Sets {@code ApplicationConfiguration} to a list of these; see {@link
     * #applicationConfiguration(List)}.
     */
    public ConfigurationOverrides applicationConfiguration(EMREKSConfiguration... values) {
      return set("ApplicationConfiguration", Value.list(values));
    }

    /** CloudFormation property {@code MonitoringConfiguration}. */
    public ConfigurationOverrides monitoringConfiguration(Value<MonitoringConfiguration> value) {
      return set("MonitoringConfiguration", value);
    }
  }

  /** Property type {@code AWS::EMRContainers::Endpoint.ContainerLogRotationConfiguration}. */
  public static final class ContainerLogRotationConfiguration extends Struct<ContainerLogRotationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::Endpoint.ContainerLogRotationConfiguration")
        .required("MaxFilesToKeep", "RotationSize")
        .constrain("MaxFilesToKeep", Constraint.of().minimum(1).maximum(50))
        .constrain("RotationSize", Constraint.of().pattern("^\\d+(\\.\\d+)?[KMG][Bb]?$").minLength(3).maxLength(12))
        .build();

    public ContainerLogRotationConfiguration() {
      super(SCHEMA);
    }

    /** Required. Range: 1 to 50. CloudFormation property {@code MaxFilesToKeep}. */
    public ContainerLogRotationConfiguration maxFilesToKeep(int value) {
      return set("MaxFilesToKeep", Value.of(value));
    }

    /** Sets {@code MaxFilesToKeep} to this value; see {@link #maxFilesToKeep(int)}. */
    public ContainerLogRotationConfiguration maxFilesToKeep(Value<Integer> value) {
      return set("MaxFilesToKeep", value);
    }

    /**
     * Required. Length: 3 to 12 characters. Pattern: {@code ^&#92;d+(&#92;.&#92;d+)?[KMG][Bb]?$}.
     * CloudFormation property {@code RotationSize}.
     */
    public ContainerLogRotationConfiguration rotationSize(String value) {
      return set("RotationSize", Value.of(value));
    }

    /** Sets {@code RotationSize} to this value; see {@link #rotationSize(String)}. */
    public ContainerLogRotationConfiguration rotationSize(Value<String> value) {
      return set("RotationSize", value);
    }
  }

  /** Property type {@code AWS::EMRContainers::Endpoint.EMREKSConfiguration}. */
  public static final class EMREKSConfiguration extends Struct<EMREKSConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::Endpoint.EMREKSConfiguration")
        .required("Classification")
        .constrain("Classification", Constraint.of().pattern("\\S").minLength(1).maxLength(1024))
        .build();

    public EMREKSConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 1024 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code Classification}.
     */
    public EMREKSConfiguration classification(String value) {
      return set("Classification", Value.of(value));
    }

    /** Sets {@code Classification} to this value; see {@link #classification(String)}. */
    public EMREKSConfiguration classification(Value<String> value) {
      return set("Classification", value);
    }

    /** CloudFormation property {@code Configurations}. */
    public EMREKSConfiguration configurations(List<EMREKSConfiguration> value) {
      return set("Configurations", Value.listOf(value));
    }

    /** Sets {@code Configurations} to this value; see {@link #configurations(List)}. */
    public EMREKSConfiguration configurations(Value<List<EMREKSConfiguration>> value) {
      return set("Configurations", value);
    }

    /** Sets {@code Configurations} to a list of these; see {@link #configurations(List)}. */
    public EMREKSConfiguration configurations(EMREKSConfiguration... values) {
      return set("Configurations", Value.list(values));
    }

    /** CloudFormation property {@code Properties}. */
    public EMREKSConfiguration propertiesProperty(Map<String, String> value) {
      return set("Properties", Value.mapOf(value));
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
    public EMREKSConfiguration propertiesProperty(Value<Map<String, String>> value) {
      return set("Properties", value);
    }
  }

  /** Property type {@code AWS::EMRContainers::Endpoint.MonitoringConfiguration}. */
  public static final class MonitoringConfiguration extends Struct<MonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::Endpoint.MonitoringConfiguration")
        .allowed("PersistentAppUI", "ENABLED", "DISABLED")
        .build();

    public MonitoringConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CloudWatchMonitoringConfiguration}. */
    public MonitoringConfiguration cloudWatchMonitoringConfiguration(Value<CloudWatchMonitoringConfiguration> value) {
      return set("CloudWatchMonitoringConfiguration", value);
    }

    /** CloudFormation property {@code ContainerLogRotationConfiguration}. */
    public MonitoringConfiguration containerLogRotationConfiguration(Value<ContainerLogRotationConfiguration> value) {
      return set("ContainerLogRotationConfiguration", value);
    }

    /**
     * Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * PersistentAppUI}.
     */
    public MonitoringConfiguration persistentAppUI(String value) {
      return set("PersistentAppUI", Value.of(value));
    }

    /** Sets {@code PersistentAppUI} to this value; see {@link #persistentAppUI(String)}. */
    public MonitoringConfiguration persistentAppUI(Value<String> value) {
      return set("PersistentAppUI", value);
    }

    /** CloudFormation property {@code S3MonitoringConfiguration}. */
    public MonitoringConfiguration s3MonitoringConfiguration(Value<S3MonitoringConfiguration> value) {
      return set("S3MonitoringConfiguration", value);
    }
  }

  /** Property type {@code AWS::EMRContainers::Endpoint.S3MonitoringConfiguration}. */
  public static final class S3MonitoringConfiguration extends Struct<S3MonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMRContainers::Endpoint.S3MonitoringConfiguration")
        .required("LogUri")
        .constrain("LogUri", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\r\\n\\t]*$").minLength(1).maxLength(10280))
        .build();

    public S3MonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 10280 characters. Pattern: {@code
     * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;r&#92;n&#92;t]*$}.
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
}
