// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.imagebuilder;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Create a lifecycle policy resource.
 *
 * <p>CloudFormation type {@code AWS::ImageBuilder::LifecyclePolicy}.
 */
public final class LifecyclePolicy extends Resource<LifecyclePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::LifecyclePolicy")
      .required("ExecutionRole", "Name", "PolicyDetails", "ResourceSelection", "ResourceType")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("ExecutionRole", Constraint.of().pattern("^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(1).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"))
      .allowed("ResourceType", "AMI_IMAGE", "CONTAINER_IMAGE")
      .allowed("Status", "DISABLED", "ENABLED")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public LifecyclePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Optional description for the lifecycle policy.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
   */
  public LifecyclePolicy description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LifecyclePolicy description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name or Amazon Resource Name (ARN) for the IAM role you create that grants Image Builder
   * access to run lifecycle actions.
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. CloudFormation
   * property {@code ExecutionRole}.
   */
  public LifecyclePolicy executionRole(String value) {
    return set("ExecutionRole", Value.of(value));
  }

  /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
  public LifecyclePolicy executionRole(Value<String> value) {
    return set("ExecutionRole", value);
  }

  /**
   * The name of the lifecycle policy to create.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[-_A-Za-z-0-9][-_A-Za-z0-9
   * ]{1,126}[-_A-Za-z-0-9]$}. CloudFormation property {@code Name}.
   */
  public LifecyclePolicy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public LifecyclePolicy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Configuration details for the lifecycle policy rules.
   *
   * <p>Required. CloudFormation property {@code PolicyDetails}.
   */
  public LifecyclePolicy policyDetails(List<PolicyDetail> value) {
    return set("PolicyDetails", Value.listOf(value));
  }

  /** Sets {@code PolicyDetails} to this value; see {@link #policyDetails(List)}. */
  public LifecyclePolicy policyDetails(Value<List<PolicyDetail>> value) {
    return set("PolicyDetails", value);
  }

  /** Sets {@code PolicyDetails} to a list of these; see {@link #policyDetails(List)}. */
  public LifecyclePolicy policyDetails(PolicyDetail... values) {
    return set("PolicyDetails", Value.list(values));
  }

  /**
   * Selection criteria for the resources that the lifecycle policy applies to.
   *
   * <p>Required. CloudFormation property {@code ResourceSelection}.
   */
  public LifecyclePolicy resourceSelection(Value<ResourceSelection> value) {
    return set("ResourceSelection", value);
  }

  /**
   * The type of Image Builder resource that the lifecycle policy applies to.
   *
   * <p>Required. Allowed values: {@code AMI_IMAGE}, {@code CONTAINER_IMAGE}. CloudFormation
   * property {@code ResourceType}.
   */
  public LifecyclePolicy resourceType(String value) {
    return set("ResourceType", Value.of(value));
  }

  /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
  public LifecyclePolicy resourceType(Value<String> value) {
    return set("ResourceType", value);
  }

  /**
   * Indicates whether the lifecycle policy resource is enabled.
   *
   * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code Status}.
   */
  public LifecyclePolicy status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public LifecyclePolicy status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * Tags to apply to the lifecycle policy resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LifecyclePolicy tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public LifecyclePolicy tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public LifecyclePolicy tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the lifecycle policy resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains selection criteria for the lifecycle policy.
   *
   * <p>Property type {@code AWS::ImageBuilder::LifecyclePolicy.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::LifecyclePolicy.Action")
        .required("Type")
        .allowed("Type", "DELETE", "DEPRECATE", "DISABLE")
        .build();

    public Action() {
      super(SCHEMA);
    }

    /**
     * Specifies the resources that the lifecycle policy applies to.
     *
     * <p>CloudFormation property {@code IncludeResources}.
     */
    public Action includeResources(Value<IncludeResources> value) {
      return set("IncludeResources", value);
    }

    /**
     * Specifies the lifecycle action to take.
     *
     * <p>Required. Allowed values: {@code DELETE}, {@code DEPRECATE}, {@code DISABLE}.
     * CloudFormation property {@code Type}.
     */
    public Action type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Action type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Defines criteria for AMIs that are excluded from lifecycle actions.
   *
   * <p>Property type {@code AWS::ImageBuilder::LifecyclePolicy.AmiExclusionRules}.
   */
  public static final class AmiExclusionRules extends Struct<AmiExclusionRules> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::LifecyclePolicy.AmiExclusionRules")
        .constrain("Regions", Constraint.of().minLength(1).maxLength(1024))
        .constrain("SharedAccounts", Constraint.of().pattern("^[0-9]{12}$"))
        .build();

    public AmiExclusionRules() {
      super(SCHEMA);
    }

    /**
     * Configures whether public AMIs are excluded from the lifecycle action.
     *
     * <p>CloudFormation property {@code IsPublic}.
     */
    public AmiExclusionRules isPublic(boolean value) {
      return set("IsPublic", Value.of(value));
    }

    /** Sets {@code IsPublic} to this value; see {@link #isPublic(boolean)}. */
    public AmiExclusionRules isPublic(Value<Boolean> value) {
      return set("IsPublic", value);
    }

    /**
     * Specifies configuration details for Image Builder to exclude the most recent resources from
     * lifecycle actions.
     *
     * <p>CloudFormation property {@code LastLaunched}.
     */
    public AmiExclusionRules lastLaunched(Value<LastLaunched> value) {
      return set("LastLaunched", value);
    }

    /**
     * Configures AWS Region s that are excluded from the lifecycle action.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code Regions}.
     */
    public AmiExclusionRules regions(List<String> value) {
      return set("Regions", Value.listOf(value));
    }

    /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
    public AmiExclusionRules regions(Value<List<String>> value) {
      return set("Regions", value);
    }

    /**
     * Specifies AWS account s whose resources are excluded from the lifecycle action.
     *
     * <p>Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code SharedAccounts}.
     */
    public AmiExclusionRules sharedAccounts(List<String> value) {
      return set("SharedAccounts", Value.listOf(value));
    }

    /** Sets {@code SharedAccounts} to this value; see {@link #sharedAccounts(List)}. */
    public AmiExclusionRules sharedAccounts(Value<List<String>> value) {
      return set("SharedAccounts", value);
    }

    /**
     * Lists tags that should be excluded from lifecycle actions for the AMIs that have them.
     *
     * <p>CloudFormation property {@code TagMap}.
     */
    public AmiExclusionRules tagMap(Map<String, String> value) {
      return set("TagMap", Value.mapOf(value));
    }

    /** Sets {@code TagMap} to this value; see {@link #tagMap(Map)}. */
    public AmiExclusionRules tagMap(Value<Map<String, String>> value) {
      return set("TagMap", value);
    }
  }

  /**
   * Specifies resources that lifecycle policy actions should not apply to.
   *
   * <p>Property type {@code AWS::ImageBuilder::LifecyclePolicy.ExclusionRules}.
   */
  public static final class ExclusionRules extends Struct<ExclusionRules> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::LifecyclePolicy.ExclusionRules");

    public ExclusionRules() {
      super(SCHEMA);
    }

    /**
     * Lists configuration values that apply to AMIs that Image Builder should exclude from the
     * lifecycle action.
     *
     * <p>CloudFormation property {@code Amis}.
     */
    public ExclusionRules amis(Value<AmiExclusionRules> value) {
      return set("Amis", value);
    }

    /**
     * Contains a list of tags that Image Builder uses to skip lifecycle actions for Image Builder
     * image resources that have them.
     *
     * <p>CloudFormation property {@code TagMap}.
     */
    public ExclusionRules tagMap(Map<String, String> value) {
      return set("TagMap", Value.mapOf(value));
    }

    /** Sets {@code TagMap} to this value; see {@link #tagMap(Map)}. */
    public ExclusionRules tagMap(Value<Map<String, String>> value) {
      return set("TagMap", value);
    }
  }

  /**
   * Defines filters that the lifecycle policy uses to determine impacted resource.
   *
   * <p>Property type {@code AWS::ImageBuilder::LifecyclePolicy.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::LifecyclePolicy.Filter")
        .required("Type", "Value")
        .constrain("RetainAtLeast", Constraint.of().minimum(1).maximum(10))
        .allowed("Type", "AGE", "COUNT")
        .allowed("Unit", "DAYS", "WEEKS", "MONTHS", "YEARS")
        .constrain("Value", Constraint.of().minimum(1).maximum(1000))
        .build();

    public Filter() {
      super(SCHEMA);
    }

    /**
     * For age-based filters, this is the number of resources to keep on hand after the lifecycle
     * <code>DELETE</code> action is applied. Impacted resources are only deleted if you have more
     * than this number of resources. If you have fewer resources than this number, the impacted
     * resource is not deleted.
     *
     * <p>Range: 1 to 10. CloudFormation property {@code RetainAtLeast}.
     */
    public Filter retainAtLeast(int value) {
      return set("RetainAtLeast", Value.of(value));
    }

    /** Sets {@code RetainAtLeast} to this value; see {@link #retainAtLeast(int)}. */
    public Filter retainAtLeast(Value<Integer> value) {
      return set("RetainAtLeast", value);
    }

    /**
     * Filter resources based on either <code>age</code> or <code>count</code> .
     *
     * <p>Required. Allowed values: {@code AGE}, {@code COUNT}. CloudFormation property {@code
     * Type}.
     */
    public Filter type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Filter type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Defines the unit of time that the lifecycle policy uses to determine impacted resources. This
     * is required for age-based rules.
     *
     * <p>Allowed values: {@code DAYS}, {@code WEEKS}, {@code MONTHS}, {@code YEARS}. CloudFormation
     * property {@code Unit}.
     */
    public Filter unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Filter unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * The number of units for the time period or for the count. For example, a value of
     * <code>6</code> might refer to six months or six AMIs.
     *
     * <p>For count-based filters, this value represents the minimum number of resources to keep on
     * hand. If you have fewer resources than this number, the resource is excluded from lifecycle
     * actions.
     *
     * <p>Required. Range: 1 to 1000. CloudFormation property {@code Value}.
     */
    public Filter value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public Filter value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies how the lifecycle policy should apply actions to selected resources.
   *
   * <p>Property type {@code AWS::ImageBuilder::LifecyclePolicy.IncludeResources}.
   */
  public static final class IncludeResources extends Struct<IncludeResources> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::LifecyclePolicy.IncludeResources");

    public IncludeResources() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the lifecycle action should apply to distributed AMIs.
     *
     * <p>CloudFormation property {@code Amis}.
     */
    public IncludeResources amis(boolean value) {
      return set("Amis", Value.of(value));
    }

    /** Sets {@code Amis} to this value; see {@link #amis(boolean)}. */
    public IncludeResources amis(Value<Boolean> value) {
      return set("Amis", value);
    }

    /**
     * Specifies whether the lifecycle action should apply to distributed containers.
     *
     * <p>CloudFormation property {@code Containers}.
     */
    public IncludeResources containers(boolean value) {
      return set("Containers", Value.of(value));
    }

    /** Sets {@code Containers} to this value; see {@link #containers(boolean)}. */
    public IncludeResources containers(Value<Boolean> value) {
      return set("Containers", value);
    }

    /**
     * Specifies whether the lifecycle action should apply to snapshots associated with distributed
     * AMIs.
     *
     * <p>CloudFormation property {@code Snapshots}.
     */
    public IncludeResources snapshots(boolean value) {
      return set("Snapshots", Value.of(value));
    }

    /** Sets {@code Snapshots} to this value; see {@link #snapshots(boolean)}. */
    public IncludeResources snapshots(Value<Boolean> value) {
      return set("Snapshots", value);
    }
  }

  /**
   * Defines criteria to exclude AMIs from lifecycle actions based on the last time they were used
   * to launch an instance.
   *
   * <p>Property type {@code AWS::ImageBuilder::LifecyclePolicy.LastLaunched}.
   */
  public static final class LastLaunched extends Struct<LastLaunched> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::LifecyclePolicy.LastLaunched")
        .required("Unit", "Value")
        .allowed("Unit", "DAYS", "WEEKS", "MONTHS", "YEARS")
        .constrain("Value", Constraint.of().minimum(1).maximum(365))
        .build();

    public LastLaunched() {
      super(SCHEMA);
    }

    /**
     * Defines the unit of time that the lifecycle policy uses to calculate elapsed time since the
     * last instance launched from the AMI. For example: days, weeks, months, or years.
     *
     * <p>Required. Allowed values: {@code DAYS}, {@code WEEKS}, {@code MONTHS}, {@code YEARS}.
     * CloudFormation property {@code Unit}.
     */
    public LastLaunched unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public LastLaunched unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * The integer number of units for the time period. For example <code>6</code> (months).
     *
     * <p>Required. Range: 1 to 365. CloudFormation property {@code Value}.
     */
    public LastLaunched value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public LastLaunched value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * The configuration details for a lifecycle policy resource.
   *
   * <p>Property type {@code AWS::ImageBuilder::LifecyclePolicy.PolicyDetail}.
   */
  public static final class PolicyDetail extends Struct<PolicyDetail> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::LifecyclePolicy.PolicyDetail")
        .required("Action", "Filter")
        .build();

    public PolicyDetail() {
      super(SCHEMA);
    }

    /**
     * Configuration details for the policy action.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public PolicyDetail action(Value<Action> value) {
      return set("Action", value);
    }

    /**
     * Additional rules to specify resources that should be exempt from policy actions.
     *
     * <p>CloudFormation property {@code ExclusionRules}.
     */
    public PolicyDetail exclusionRules(Value<ExclusionRules> value) {
      return set("ExclusionRules", value);
    }

    /**
     * Specifies the resources that the lifecycle policy applies to.
     *
     * <p>Required. CloudFormation property {@code Filter}.
     */
    public PolicyDetail filter(Value<Filter> value) {
      return set("Filter", value);
    }
  }

  /**
   * Specifies an Image Builder recipe that the lifecycle policy uses for resource selection.
   *
   * <p>Property type {@code AWS::ImageBuilder::LifecyclePolicy.RecipeSelection}.
   */
  public static final class RecipeSelection extends Struct<RecipeSelection> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::LifecyclePolicy.RecipeSelection")
        .required("Name", "SemanticVersion")
        .constrain("Name", Constraint.of().pattern("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"))
        .constrain("SemanticVersion", Constraint.of().pattern("^(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"))
        .build();

    public RecipeSelection() {
      super(SCHEMA);
    }

    /**
     * The name of an Image Builder recipe that the lifecycle policy uses for resource selection.
     *
     * <p>Required. Pattern: {@code ^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$}.
     * CloudFormation property {@code Name}.
     */
    public RecipeSelection name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RecipeSelection name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The version of the Image Builder recipe specified by the <code>name</code> field.
     *
     * <p>Required. Pattern: {@code ^(?:[0-9]+|x)&#92;.(?:[0-9]+|x)&#92;.(?:[0-9]+|x)$}.
     * CloudFormation property {@code SemanticVersion}.
     */
    public RecipeSelection semanticVersion(String value) {
      return set("SemanticVersion", Value.of(value));
    }

    /** Sets {@code SemanticVersion} to this value; see {@link #semanticVersion(String)}. */
    public RecipeSelection semanticVersion(Value<String> value) {
      return set("SemanticVersion", value);
    }
  }

  /**
   * Resource selection criteria for the lifecycle policy.
   *
   * <p>Property type {@code AWS::ImageBuilder::LifecyclePolicy.ResourceSelection}.
   */
  public static final class ResourceSelection extends Struct<ResourceSelection> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::LifecyclePolicy.ResourceSelection");

    public ResourceSelection() {
      super(SCHEMA);
    }

    /**
     * A list of recipes that are used as selection criteria for the output images that the
     * lifecycle policy applies to.
     *
     * <p>CloudFormation property {@code Recipes}.
     */
    public ResourceSelection recipes(List<RecipeSelection> value) {
      return set("Recipes", Value.listOf(value));
    }

    /** Sets {@code Recipes} to this value; see {@link #recipes(List)}. */
    public ResourceSelection recipes(Value<List<RecipeSelection>> value) {
      return set("Recipes", value);
    }

    /** Sets {@code Recipes} to a list of these; see {@link #recipes(List)}. */
    public ResourceSelection recipes(RecipeSelection... values) {
      return set("Recipes", Value.list(values));
    }

    /**
     * A list of tags that are used as selection criteria for the Image Builder image resources that
     * the lifecycle policy applies to.
     *
     * <p>CloudFormation property {@code TagMap}.
     */
    public ResourceSelection tagMap(Map<String, String> value) {
      return set("TagMap", Value.mapOf(value));
    }

    /** Sets {@code TagMap} to this value; see {@link #tagMap(Map)}. */
    public ResourceSelection tagMap(Value<Map<String, String>> value) {
      return set("TagMap", value);
    }
  }
}
