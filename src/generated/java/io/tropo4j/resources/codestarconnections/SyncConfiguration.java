// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codestarconnections;

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
      .allowed("PublishDeploymentStatus", "ENABLED", "DISABLED")
      .allowed("TriggerResourceUpdateOn", "ANY_CHANGE", "FILE_CHANGE")
      .attributes("OwnerId", "ProviderType", "RepositoryName")
      .build();

  public SyncConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The branch associated with a specific sync configuration.
   *
   * <p>Required. CloudFormation property {@code Branch}.
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
   * <p>Required. CloudFormation property {@code RepositoryLinkId}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceName}.
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
   * <p>Required. CloudFormation property {@code RoleArn}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code SyncType}.
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
