// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Definition of AWS::BedrockAgentCore::ConfigurationBundle Resource Type
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::ConfigurationBundle}.
 */
public final class ConfigurationBundle extends Resource<ConfigurationBundle> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::ConfigurationBundle")
      .required("BundleName", "Components")
      .constrain("BranchName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_/-]{0,127}$").minLength(1).maxLength(128))
      .constrain("BundleName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,99}$"))
      .constrain("CommitMessage", Constraint.of().minLength(1).maxLength(500))
      .constrain("Description", Constraint.of().pattern("^.+$").minLength(1).maxLength(500))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .refYields("BundleArn")
      .attributes("BundleArn", "BundleId", "CreatedAt", "LineageMetadata", "UpdatedAt", "VersionId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConfigurationBundle(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The branch name for version tracking.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_/-]{0,127}$}.
   * CloudFormation property {@code BranchName}.
   */
  public ConfigurationBundle branchName(String value) {
    return set("BranchName", Value.of(value));
  }

  /** Sets {@code BranchName} to this value; see {@link #branchName(String)}. */
  public ConfigurationBundle branchName(Value<String> value) {
    return set("BranchName", value);
  }

  /**
   * The name for the configuration bundle. Names must be unique within your account.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,99}$}.
   * CloudFormation property {@code BundleName}.
   */
  public ConfigurationBundle bundleName(String value) {
    return set("BundleName", Value.of(value));
  }

  /** Sets {@code BundleName} to this value; see {@link #bundleName(String)}. */
  public ConfigurationBundle bundleName(Value<String> value) {
    return set("BundleName", value);
  }

  /**
   * A commit message describing the version of the configuration bundle.
   *
   * <p>Length: 1 to 500 characters. CloudFormation property {@code CommitMessage}.
   */
  public ConfigurationBundle commitMessage(String value) {
    return set("CommitMessage", Value.of(value));
  }

  /** Sets {@code CommitMessage} to this value; see {@link #commitMessage(String)}. */
  public ConfigurationBundle commitMessage(Value<String> value) {
    return set("CommitMessage", value);
  }

  /**
   * A map of component identifiers to their configurations.
   *
   * <p>Required. CloudFormation property {@code Components}.
   */
  public ConfigurationBundle components(Map<String, ComponentConfiguration> value) {
    return set("Components", Value.mapOf(value));
  }

  /** Sets {@code Components} to this value; see {@link #components(Map)}. */
  public ConfigurationBundle components(Value<Map<String, ComponentConfiguration>> value) {
    return set("Components", value);
  }

  /**
   * The source that created a configuration bundle version.
   *
   * <p>CloudFormation property {@code CreatedBy}.
   */
  public ConfigurationBundle createdBy(Value<VersionCreatedBySource> value) {
    return set("CreatedBy", value);
  }

  /**
   * The description for the configuration bundle.
   *
   * <p>Length: 1 to 500 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
   * Description}.
   */
  public ConfigurationBundle description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ConfigurationBundle description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ARN of the KMS key used to encrypt component configurations.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$}. Format: {@code
   * AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public ConfigurationBundle kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public ConfigurationBundle kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * Tags to assign to the configuration bundle.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConfigurationBundle tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConfigurationBundle tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConfigurationBundle tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the configuration bundle.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BundleArn}.
   */
  public Value<String> bundleArn() {
    return getAtt("BundleArn");
  }

  /**
   * The unique identifier of the configuration bundle.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BundleId}.
   */
  public Value<String> bundleId() {
    return getAtt("BundleId");
  }

  /**
   * The timestamp when the configuration bundle was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The version lineage metadata that tracks parent versions and creation source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LineageMetadata}.
   */
  public Value<VersionLineageMetadata> lineageMetadata() {
    return getAtt("LineageMetadata");
  }

  /**
   * The timestamp when the configuration bundle was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The version identifier of the configuration bundle.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionId}.
   */
  public Value<String> versionId() {
    return getAtt("VersionId");
  }

  /**
   * The configuration for a component within a configuration bundle.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::ConfigurationBundle.ComponentConfiguration}.
   */
  public static final class ComponentConfiguration extends Struct<ComponentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::ConfigurationBundle.ComponentConfiguration")
        .required("Configuration")
        .build();

    public ComponentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration values as a flexible JSON document.
     *
     * <p>Required. CloudFormation property {@code Configuration}.
     */
    public ComponentConfiguration configuration(Value<Json> value) {
      return set("Configuration", value);
    }
  }

  /**
   * The source that created a configuration bundle version.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::ConfigurationBundle.VersionCreatedBySource}.
   */
  public static final class VersionCreatedBySource extends Struct<VersionCreatedBySource> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::ConfigurationBundle.VersionCreatedBySource")
        .required("Name")
        .build();

    public VersionCreatedBySource() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the source, if applicable.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public VersionCreatedBySource arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public VersionCreatedBySource arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The name of the source (for example, user, optimization-job, or system).
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public VersionCreatedBySource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public VersionCreatedBySource name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The version lineage metadata that tracks parent versions and creation source.
   *
   * <p>Property type {@code AWS::BedrockAgentCore::ConfigurationBundle.VersionLineageMetadata}.
   */
  public static final class VersionLineageMetadata extends Struct<VersionLineageMetadata> {
    private static final Schema SCHEMA = Schema.of("AWS::BedrockAgentCore::ConfigurationBundle.VersionLineageMetadata");

    public VersionLineageMetadata() {
      super(SCHEMA);
    }

    /**
     * The branch name for this version.
     *
     * <p>CloudFormation property {@code BranchName}.
     */
    public VersionLineageMetadata branchName(String value) {
      return set("BranchName", Value.of(value));
    }

    /** Sets {@code BranchName} to this value; see {@link #branchName(String)}. */
    public VersionLineageMetadata branchName(Value<String> value) {
      return set("BranchName", value);
    }

    /**
     * A commit message describing the changes in this version.
     *
     * <p>CloudFormation property {@code CommitMessage}.
     */
    public VersionLineageMetadata commitMessage(String value) {
      return set("CommitMessage", Value.of(value));
    }

    /** Sets {@code CommitMessage} to this value; see {@link #commitMessage(String)}. */
    public VersionLineageMetadata commitMessage(Value<String> value) {
      return set("CommitMessage", value);
    }

    /**
     * The source that created a configuration bundle version.
     *
     * <p>CloudFormation property {@code CreatedBy}.
     */
    public VersionLineageMetadata createdBy(Value<VersionCreatedBySource> value) {
      return set("CreatedBy", value);
    }

    /**
     * A list of parent version identifiers.
     *
     * <p>CloudFormation property {@code ParentVersionIds}.
     */
    public VersionLineageMetadata parentVersionIds(List<String> value) {
      return set("ParentVersionIds", Value.listOf(value));
    }

    /** Sets {@code ParentVersionIds} to this value; see {@link #parentVersionIds(List)}. */
    public VersionLineageMetadata parentVersionIds(Value<List<String>> value) {
      return set("ParentVersionIds", value);
    }
  }
}
