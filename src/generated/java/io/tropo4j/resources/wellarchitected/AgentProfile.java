// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wellarchitected;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::WellArchitected::AgentProfile. An Agent Profile defines the
 * execution role, account/region scope (via aggregation configuration access roles), and
 * Well-Architected pillar focus used to generate Well-Architected Agent recommendations.
 *
 * <p>CloudFormation type {@code AWS::WellArchitected::AgentProfile}.
 */
public final class AgentProfile extends Resource<AgentProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::AgentProfile")
      .required("AggregationConfiguration", "ExecutionRoleArn", "Name", "Pillars")
      .constrain("BusinessOverview", Constraint.of().maxLength(512))
      .constrain("Description", Constraint.of().maxLength(512))
      .constrain("DisplayName", Constraint.of().minLength(3).maxLength(128))
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:([a-z\\-]+):iam::[0-9]{12}:role/(service-role/)?[a-zA-Z0-9+=,.@\\-_]+$").minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(3).maxLength(128))
      .allowed("Pillars", "COST_OPTIMIZATION", "SECURITY", "RESILIENCE", "PERFORMANCE")
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "CreatedBy", "LastModifiedAt", "LastModifiedBy")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AgentProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The aggregation configuration entries (account, regions, access role) associated with this
   * profile.
   *
   * <p>Required. CloudFormation property {@code AggregationConfiguration}.
   */
  public AgentProfile aggregationConfiguration(List<AggregationConfiguration> value) {
    return set("AggregationConfiguration", Value.listOf(value));
  }

  /**
   * Sets {@code AggregationConfiguration} to this value; see {@link
   * #aggregationConfiguration(List)}.
   */
  public AgentProfile aggregationConfiguration(Value<List<AggregationConfiguration>> value) {
    return set("AggregationConfiguration", value);
  }

  /**
   * Sets {@code AggregationConfiguration} to a list of these; see {@link
   * #aggregationConfiguration(List)}.
   */
  public AgentProfile aggregationConfiguration(AggregationConfiguration... values) {
    return set("AggregationConfiguration", Value.list(values));
  }

  /**
   * A business overview for the profile used to improve recommendation quality.
   *
   * <p>Length: at most 512 characters. CloudFormation property {@code BusinessOverview}.
   */
  public AgentProfile businessOverview(String value) {
    return set("BusinessOverview", Value.of(value));
  }

  /** Sets {@code BusinessOverview} to this value; see {@link #businessOverview(String)}. */
  public AgentProfile businessOverview(Value<String> value) {
    return set("BusinessOverview", value);
  }

  /**
   * Whether deletion protection is enabled for the profile. When enabled, the profile cannot be
   * deleted until deletion protection is disabled.
   *
   * <p>CloudFormation property {@code DeletionProtection}.
   */
  public AgentProfile deletionProtection(boolean value) {
    return set("DeletionProtection", Value.of(value));
  }

  /** Sets {@code DeletionProtection} to this value; see {@link #deletionProtection(boolean)}. */
  public AgentProfile deletionProtection(Value<Boolean> value) {
    return set("DeletionProtection", value);
  }

  /**
   * A description of the profile.
   *
   * <p>Length: at most 512 characters. CloudFormation property {@code Description}.
   */
  public AgentProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AgentProfile description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The human-readable display name of the profile.
   *
   * <p>Length: 3 to 128 characters. CloudFormation property {@code DisplayName}.
   */
  public AgentProfile displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public AgentProfile displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The ARN of the IAM role assumed to execute recommendation actions.
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:([a-z&#92;-]+):iam::[0-9]{12}:role/(service-role/)?[a-zA-Z0-9+=,.&#64;&#92;-_]+$}. Format:
   * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public AgentProfile executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public AgentProfile executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * The name of the profile. Unique within the account and used as the last component of the ARN.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code Name}.
   */
  public AgentProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AgentProfile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The list of Well-Architected pillars to focus on.
   *
   * <p>Required. Allowed values: {@code COST_OPTIMIZATION}, {@code SECURITY}, {@code RESILIENCE},
   * {@code PERFORMANCE}. CloudFormation property {@code Pillars}.
   */
  public AgentProfile pillars(List<String> value) {
    return set("Pillars", Value.listOf(value));
  }

  /** Sets {@code Pillars} to this value; see {@link #pillars(List)}. */
  public AgentProfile pillars(Value<List<String>> value) {
    return set("Pillars", value);
  }

  /**
   * Key-value pairs to associate with the Agent Profile.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AgentProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AgentProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AgentProfile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Agent Profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the profile was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The identifier of the system or user that created this profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The timestamp when the profile was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedAt}.
   */
  public Value<String> lastModifiedAt() {
    return getAtt("LastModifiedAt");
  }

  /**
   * The identifier of the system or user that last modified this profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedBy}.
   */
  public Value<String> lastModifiedBy() {
    return getAtt("LastModifiedBy");
  }

  /**
   * Defines an account, its in-scope regions, and the access role used to reach resources in that
   * account.
   *
   * <p>Property type {@code AWS::WellArchitected::AgentProfile.AggregationConfiguration}.
   */
  public static final class AggregationConfiguration extends Struct<AggregationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::AgentProfile.AggregationConfiguration")
        .required("AccessRoleArn", "AccountId", "Regions")
        .constrain("AccessRoleArn", Constraint.of().pattern("^arn:([a-z\\-]+):iam::[0-9]{12}:role/(service-role/)?[a-zA-Z0-9+=,.@\\-_]+$").minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("AccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .constrain("Regions", Constraint.of().pattern("^[a-z]{2}-[a-z]+-[0-9]{1}$").maxLength(64))
        .build();

    public AggregationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role used to access resources in this account.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:([a-z&#92;-]+):iam::[0-9]{12}:role/(service-role/)?[a-zA-Z0-9+=,.&#64;&#92;-_]+$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code AccessRoleArn}.
     */
    public AggregationConfiguration accessRoleArn(String value) {
      return set("AccessRoleArn", Value.of(value));
    }

    /** Sets {@code AccessRoleArn} to this value; see {@link #accessRoleArn(String)}. */
    public AggregationConfiguration accessRoleArn(Value<String> value) {
      return set("AccessRoleArn", value);
    }

    /**
     * The target AWS account ID.
     *
     * <p>Required. Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation
     * property {@code AccountId}.
     */
    public AggregationConfiguration accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public AggregationConfiguration accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * The target regions in the account.
     *
     * <p>Required. Length: at most 64 characters. Pattern: {@code ^[a-z]{2}-[a-z]+-[0-9]{1}$}.
     * CloudFormation property {@code Regions}.
     */
    public AggregationConfiguration regions(List<String> value) {
      return set("Regions", Value.listOf(value));
    }

    /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
    public AggregationConfiguration regions(Value<List<String>> value) {
      return set("Regions", value);
    }
  }
}
