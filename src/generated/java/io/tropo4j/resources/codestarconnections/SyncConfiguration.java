// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codestarconnections;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Information, such as repository, branch, provider, and resource names for a specific sync
 * configuration.
 *
 * <p>CloudFormation type {@code AWS::CodeStarConnections::SyncConfiguration}.
 */
public final class SyncConfiguration extends Resource<SyncConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeStarConnections::SyncConfiguration")
      .required("Branch", "ConfigFile", "RepositoryLinkId", "ResourceName", "RoleArn", "SyncType")
      .constrain("Branch", Constraint.of().minLength(1).maxLength(255))
      .allowed("PublishDeploymentStatus", "ENABLED", "DISABLED")
      .constrain("RepositoryLinkId", Constraint.of().pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"))
      .constrain("ResourceName", Constraint.of().pattern("[a-za-z0-9_\\.-]+").minLength(1).maxLength(100))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws(-[\\w]+)*:iam::\\d{12}:role/[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(1).maxLength(1024).format("AWS::IAM::Role.Arn"))
      .allowed("SyncType", "CFN_STACK_SYNC")
      .allowed("TriggerResourceUpdateOn", "ANY_CHANGE", "FILE_CHANGE")
      .attributes("OwnerId", "ProviderType", "RepositoryName")
      .build();

  public SyncConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The branch associated with a specific sync configuration.
   *
   * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Branch}.
   */
  public SyncConfiguration branch(String value) {
    return set("Branch", Value.of(value));
  }

  /** Sets {@code Branch} to this value; see {@link #branch(String)}. */
  public SyncConfiguration branch(Value<String> value) {
    return set("Branch", value);
  }

  /**
   * The file path to the configuration file associated with a specific sync configuration. The path
   * should point to an actual file in the sync configurations linked repository.
   *
   * <p>Required. CloudFormation property {@code ConfigFile}.
   */
  public SyncConfiguration configFile(String value) {
    return set("ConfigFile", Value.of(value));
  }

  /** Sets {@code ConfigFile} to this value; see {@link #configFile(String)}. */
  public SyncConfiguration configFile(Value<String> value) {
    return set("ConfigFile", value);
  }

  /**
   * Whether to enable or disable publishing of deployment status to source providers.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * PublishDeploymentStatus}.
   */
  public SyncConfiguration publishDeploymentStatus(String value) {
    return set("PublishDeploymentStatus", Value.of(value));
  }

  /**
   * Sets {@code PublishDeploymentStatus} to this value; see {@link
   * #publishDeploymentStatus(String)}.
   */
  public SyncConfiguration publishDeploymentStatus(Value<String> value) {
    return set("PublishDeploymentStatus", value);
  }

  /**
   * The ID of the repository link associated with a specific sync configuration.
   *
   * <p>Required. Pattern: {@code
   * [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}. CloudFormation
   * property {@code RepositoryLinkId}.
   */
  public SyncConfiguration repositoryLinkId(String value) {
    return set("RepositoryLinkId", Value.of(value));
  }

  /** Sets {@code RepositoryLinkId} to this value; see {@link #repositoryLinkId(String)}. */
  public SyncConfiguration repositoryLinkId(Value<String> value) {
    return set("RepositoryLinkId", value);
  }

  /**
   * The name of the connection resource associated with a specific sync configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * [a-za-z0-9_&#92;.-]+}. CloudFormation property {@code ResourceName}.
   */
  public SyncConfiguration resourceName(String value) {
    return set("ResourceName", Value.of(value));
  }

  /** Sets {@code ResourceName} to this value; see {@link #resourceName(String)}. */
  public SyncConfiguration resourceName(Value<String> value) {
    return set("ResourceName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role associated with a specific sync configuration.
   *
   * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
   * ^arn:aws(-[&#92;w]+)*:iam::&#92;d{12}:role/[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public SyncConfiguration roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public SyncConfiguration roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The type of sync for a specific sync configuration.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CFN_STACK_SYNC}.
   * CloudFormation property {@code SyncType}.
   */
  public SyncConfiguration syncType(String value) {
    return set("SyncType", Value.of(value));
  }

  /** Sets {@code SyncType} to this value; see {@link #syncType(String)}. */
  public SyncConfiguration syncType(Value<String> value) {
    return set("SyncType", value);
  }

  /**
   * When to trigger Git sync to begin the stack update.
   *
   * <p>Allowed values: {@code ANY_CHANGE}, {@code FILE_CHANGE}. CloudFormation property {@code
   * TriggerResourceUpdateOn}.
   */
  public SyncConfiguration triggerResourceUpdateOn(String value) {
    return set("TriggerResourceUpdateOn", Value.of(value));
  }

  /**
   * Sets {@code TriggerResourceUpdateOn} to this value; see {@link
   * #triggerResourceUpdateOn(String)}.
   */
  public SyncConfiguration triggerResourceUpdateOn(Value<String> value) {
    return set("TriggerResourceUpdateOn", value);
  }

  /**
   * The owner ID for the repository associated with a specific sync configuration, such as the
   * owner ID in GitHub.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * The name of the external provider where your third-party code repository is configured.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProviderType}.
   */
  public Value<String> providerType() {
    return getAtt("ProviderType");
  }

  /**
   * The name of the repository that is being synced to.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RepositoryName}.
   */
  public Value<String> repositoryName() {
    return getAtt("RepositoryName");
  }
}
