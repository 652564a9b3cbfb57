// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wellarchitected;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::WellArchitected::Workload Resource Type
 *
 * <p>CloudFormation type {@code AWS::WellArchitected::Workload}.
 */
public final class Workload extends Resource<Workload> {
  private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::Workload")
      .required("Description", "Environment", "Lenses", "WorkloadName")
      .constrain("AccountIds", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("ArchitecturalDesign", Constraint.of().pattern("^(|(https?|ftp):\\/\\/[^\\s/$.?#].[^\\s]*)$").maxLength(2048))
      .constrain("AwsRegions", Constraint.of().maxLength(100))
      .constrain("Description", Constraint.of().minLength(3).maxLength(250))
      .allowed("Environment", "PRODUCTION", "PREPRODUCTION")
      .constrain("Industry", Constraint.of().maxLength(100))
      .constrain("IndustryType", Constraint.of().maxLength(100))
      .constrain("Lenses", Constraint.of().minLength(1).maxLength(128))
      .constrain("NonAwsRegions", Constraint.of().minLength(3).maxLength(25))
      .constrain("Notes", Constraint.of().maxLength(2084))
      .constrain("ReviewOwner", Constraint.of().minLength(3).maxLength(255))
      .constrain("WorkloadName", Constraint.of().minLength(3).maxLength(100))
      .refYields("WorkloadArn")
      .attributes("ImprovementStatus", "WorkloadArn", "WorkloadId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Workload(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of Amazon Web Services account IDs associated with the workload.
   *
   * <p>Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code
   * AccountIds}.
   */
  public Workload accountIds(List<String> value) {
    return set("AccountIds", Value.listOf(value));
  }

  /** Sets {@code AccountIds} to this value; see {@link #accountIds(List)}. */
  public Workload accountIds(Value<List<String>> value) {
    return set("AccountIds", value);
  }

  /**
   * The URL of the architectural design for the workload.
   *
   * <p>Length: at most 2048 characters. Pattern: {@code
   * ^(|(https?|ftp):&#92;/&#92;/[^&#92;s/$.?#].[^&#92;s]*)$}. CloudFormation property {@code
   * ArchitecturalDesign}.
   */
  public Workload architecturalDesign(String value) {
    return set("ArchitecturalDesign", Value.of(value));
  }

  /** Sets {@code ArchitecturalDesign} to this value; see {@link #architecturalDesign(String)}. */
  public Workload architecturalDesign(Value<String> value) {
    return set("ArchitecturalDesign", value);
  }

  /**
   * The list of Amazon Web Services Regions associated with the workload.
   *
   * <p>Length: at most 100 characters. CloudFormation property {@code AwsRegions}.
   */
  public Workload awsRegions(List<String> value) {
    return set("AwsRegions", Value.listOf(value));
  }

  /** Sets {@code AwsRegions} to this value; see {@link #awsRegions(List)}. */
  public Workload awsRegions(Value<List<String>> value) {
    return set("AwsRegions", value);
  }

  /**
   * The description for the workload.
   *
   * <p>Required. Length: 3 to 250 characters. CloudFormation property {@code Description}.
   */
  public Workload description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Workload description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Discovery configuration associated to the workload.
   *
   * <p>CloudFormation property {@code DiscoveryConfig}.
   */
  public Workload discoveryConfig(Value<DiscoveryConfig> value) {
    return set("DiscoveryConfig", value);
  }

  /**
   * The environment for the workload.
   *
   * <p>Required. Allowed values: {@code PRODUCTION}, {@code PREPRODUCTION}. CloudFormation property
   * {@code Environment}.
   */
  public Workload environment(String value) {
    return set("Environment", Value.of(value));
  }

  /** Sets {@code Environment} to this value; see {@link #environment(String)}. */
  public Workload environment(Value<String> value) {
    return set("Environment", value);
  }

  /**
   * The industry for the workload.
   *
   * <p>Length: at most 100 characters. CloudFormation property {@code Industry}.
   */
  public Workload industry(String value) {
    return set("Industry", Value.of(value));
  }

  /** Sets {@code Industry} to this value; see {@link #industry(String)}. */
  public Workload industry(Value<String> value) {
    return set("Industry", value);
  }

  /**
   * The industry type for the workload.
   *
   * <p>Length: at most 100 characters. CloudFormation property {@code IndustryType}.
   */
  public Workload industryType(String value) {
    return set("IndustryType", Value.of(value));
  }

  /** Sets {@code IndustryType} to this value; see {@link #industryType(String)}. */
  public Workload industryType(Value<String> value) {
    return set("IndustryType", value);
  }

  /**
   * The list of lenses associated with the workload.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation
   * property {@code Lenses}.
   */
  public Workload lenses(List<String> value) {
    return set("Lenses", Value.listOf(value));
  }

  /** Sets {@code Lenses} to this value; see {@link #lenses(List)}. */
  public Workload lenses(Value<List<String>> value) {
    return set("Lenses", value);
  }

  /**
   * The list of non-Amazon Web Services Regions associated with the workload.
   *
   * <p>Length: 3 to 25 characters. CloudFormation property {@code NonAwsRegions}.
   */
  public Workload nonAwsRegions(List<String> value) {
    return set("NonAwsRegions", Value.listOf(value));
  }

  /** Sets {@code NonAwsRegions} to this value; see {@link #nonAwsRegions(List)}. */
  public Workload nonAwsRegions(Value<List<String>> value) {
    return set("NonAwsRegions", value);
  }

  /**
   * The notes associated with the workload.
   *
   * <p>Length: at most 2084 characters. CloudFormation property {@code Notes}.
   */
  public Workload notes(String value) {
    return set("Notes", Value.of(value));
  }

  /** Sets {@code Notes} to this value; see {@link #notes(String)}. */
  public Workload notes(Value<String> value) {
    return set("Notes", value);
  }

  /**
   * The review owner of the workload.
   *
   * <p>Length: 3 to 255 characters. CloudFormation property {@code ReviewOwner}.
   */
  public Workload reviewOwner(String value) {
    return set("ReviewOwner", Value.of(value));
  }

  /** Sets {@code ReviewOwner} to this value; see {@link #reviewOwner(String)}. */
  public Workload reviewOwner(Value<String> value) {
    return set("ReviewOwner", value);
  }

  /**
   * The tags associated with the workload.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workload tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Workload tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Workload tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Workload tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the workload.
   *
   * <p>Required. Length: 3 to 100 characters. CloudFormation property {@code WorkloadName}.
   */
  public Workload workloadName(String value) {
    return set("WorkloadName", Value.of(value));
  }

  /** Sets {@code WorkloadName} to this value; see {@link #workloadName(String)}. */
  public Workload workloadName(Value<String> value) {
    return set("WorkloadName", value);
  }

  /**
   * The improvement status for a workload.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ImprovementStatus}.
   */
  public Value<String> improvementStatus() {
    return getAtt("ImprovementStatus");
  }

  /**
   * The ARN for the workload.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkloadArn}.
   */
  public Value<String> workloadArn() {
    return getAtt("WorkloadArn");
  }

  /**
   * The ID assigned to the workload.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkloadId}.
   */
  public Value<String> workloadId() {
    return getAtt("WorkloadId");
  }

  /**
   * Discovery configuration associated to the workload.
   *
   * <p>Property type {@code AWS::WellArchitected::Workload.DiscoveryConfig}.
   */
  public static final class DiscoveryConfig extends Struct<DiscoveryConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::Workload.DiscoveryConfig")
        .allowed("TrustedAdvisorIntegrationStatus", "ENABLED", "DISABLED")
        .allowed("WorkloadResourceDefinition", "WORKLOAD_METADATA", "APP_REGISTRY")
        .build();

    public DiscoveryConfig() {
      super(SCHEMA);
    }

    /**
     * Discovery integration status in respect to Trusted Advisor for the workload.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * TrustedAdvisorIntegrationStatus}.
     */
    public DiscoveryConfig trustedAdvisorIntegrationStatus(String value) {
      return set("TrustedAdvisorIntegrationStatus", Value.of(value));
    }

    /**
     * Sets {@code TrustedAdvisorIntegrationStatus} to this value; see {@link
     * #trustedAdvisorIntegrationStatus(String)}.
     */
    public DiscoveryConfig trustedAdvisorIntegrationStatus(Value<String> value) {
      return set("TrustedAdvisorIntegrationStatus", value);
    }

    /**
     * The mode to use for identifying resources associated with the workload.
     *
     * <p>Allowed values: {@code WORKLOAD_METADATA}, {@code APP_REGISTRY}. CloudFormation property
     * {@code WorkloadResourceDefinition}.
     */
    public DiscoveryConfig workloadResourceDefinition(List<String> value) {
      return set("WorkloadResourceDefinition", Value.listOf(value));
    }

    /**
     * Sets {@code WorkloadResourceDefinition} to this value; see {@link
     * #workloadResourceDefinition(List)}.
     */
    public DiscoveryConfig workloadResourceDefinition(Value<List<String>> value) {
      return set("WorkloadResourceDefinition", value);
    }
  }

  /** Property type {@code AWS::WellArchitected::Workload.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::Workload.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 128 characters. CloudFormation property {@code Key}. */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code Value}. */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
