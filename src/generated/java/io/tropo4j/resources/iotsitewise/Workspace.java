// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotsitewise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents an AWS IoT SiteWise workspace that provides logical isolation for tasks and pipelines.
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::Workspace}.
 */
public final class Workspace extends Resource<Workspace> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Workspace")
      .required("EncryptionConfiguration", "WorkspaceName")
      .constrain("WorkspaceDescription", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(0).maxLength(2048))
      .constrain("WorkspaceName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
      .refYields("WorkspaceArn")
      .attributes("CreatedAt", "Status", "UpdatedAt", "WorkspaceArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Workspace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The encryption configuration for the workspace.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * EncryptionConfiguration}.
   */
  public Workspace encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * The ARN of the AWS KMS key used for KMS_BASED_ENCRYPTION. Required when
   * EncryptionConfiguration.EncryptionType is KMS_BASED_ENCRYPTION.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Workspace kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Workspace kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workspace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Workspace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Workspace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A description of the workspace.
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code WorkspaceDescription}.
   */
  public Workspace workspaceDescription(String value) {
    return set("WorkspaceDescription", Value.of(value));
  }

  /** Sets {@code WorkspaceDescription} to this value; see {@link #workspaceDescription(String)}. */
  public Workspace workspaceDescription(Value<String> value) {
    return set("WorkspaceDescription", value);
  }

  /**
   * The name of the workspace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code WorkspaceName}.
   */
  public Workspace workspaceName(String value) {
    return set("WorkspaceName", Value.of(value));
  }

  /** Sets {@code WorkspaceName} to this value; see {@link #workspaceName(String)}. */
  public Workspace workspaceName(Value<String> value) {
    return set("WorkspaceName", value);
  }

  /**
   * The time the workspace was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The current state of the workspace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The time the workspace was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The ARN of the workspace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkspaceArn}.
   */
  public Value<String> workspaceArn() {
    return getAtt("WorkspaceArn");
  }

  /**
   * The encryption configuration for the workspace.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Workspace.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Workspace.EncryptionConfiguration")
        .required("EncryptionType")
        .allowed("EncryptionType", "SITEWISE_DEFAULT_ENCRYPTION", "KMS_BASED_ENCRYPTION")
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of encryption.
     *
     * <p>Required. Allowed values: {@code SITEWISE_DEFAULT_ENCRYPTION}, {@code
     * KMS_BASED_ENCRYPTION}. CloudFormation property {@code EncryptionType}.
     */
    public EncryptionConfiguration encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public EncryptionConfiguration encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }
  }
}
