// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::SageMaker::ClusterSchedulerConfig. Cluster policy configuration
 * used for task prioritization and fair-share allocation of idle compute.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::ClusterSchedulerConfig}.
 */
public final class ClusterSchedulerConfig extends Resource<ClusterSchedulerConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ClusterSchedulerConfig")
      .required("ClusterArn", "Name", "SchedulerConfig")
      .constrain("ClusterArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:cluster/[a-z0-9]{12}$").minLength(0).maxLength(256))
      .constrain("Description", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$").minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .refYields("ClusterSchedulerConfigArn")
      .attributes("ClusterSchedulerConfigArn", "ClusterSchedulerConfigId",
          "ClusterSchedulerConfigVersion", "CreationTime", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ClusterSchedulerConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * ARN of the cluster.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:cluster/[a-z0-9]{12}$}. CloudFormation
   * property {@code ClusterArn}.
   */
  public ClusterSchedulerConfig clusterArn(String value) {
    return set("ClusterArn", Value.of(value));
  }

  /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
  public ClusterSchedulerConfig clusterArn(Value<String> value) {
    return set("ClusterArn", value);
  }

  /**
   * Description of the cluster policy.
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{Z}&#92;p{S}&#92;p{N}&#92;p{P}]*$}. CloudFormation property {@code
   * Description}.
   */
  public ClusterSchedulerConfig description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ClusterSchedulerConfig description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Name for the cluster policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code Name}.
   */
  public ClusterSchedulerConfig name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ClusterSchedulerConfig name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Cluster policy configuration.
   *
   * <p>Required. CloudFormation property {@code SchedulerConfig}.
   */
  public ClusterSchedulerConfig schedulerConfig(Value<SchedulerConfig> value) {
    return set("SchedulerConfig", value);
  }

  /**
   * Tags of the cluster policy.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ClusterSchedulerConfig tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ClusterSchedulerConfig tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ClusterSchedulerConfig tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * ARN of the cluster policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterSchedulerConfigArn}.
   */
  public Value<String> clusterSchedulerConfigArn() {
    return getAtt("ClusterSchedulerConfigArn");
  }

  /**
   * ID of the cluster policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterSchedulerConfigId}.
   */
  public Value<String> clusterSchedulerConfigId() {
    return getAtt("ClusterSchedulerConfigId");
  }

  /**
   * Version of the cluster policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterSchedulerConfigVersion}.
   */
  public Value<Integer> clusterSchedulerConfigVersion() {
    return getAtt("ClusterSchedulerConfigVersion");
  }

  /**
   * Creation time of the cluster policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Status of the cluster policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Priority class configuration.
   *
   * <p>Property type {@code AWS::SageMaker::ClusterSchedulerConfig.PriorityClass}.
   */
  public static final class PriorityClass extends Struct<PriorityClass> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ClusterSchedulerConfig.PriorityClass")
        .required("Name", "Weight")
        .constrain("Name", Constraint.of().pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9]){0,39}?$"))
        .constrain("Weight", Constraint.of().minimum(0).maximum(100))
        .build();

    public PriorityClass() {
      super(SCHEMA);
    }

    /**
     * Name of the priority class.
     *
     * <p>Required. Pattern: {@code ^[a-z0-9]([-a-z0-9]*[a-z0-9]){0,39}?$}. CloudFormation property
     * {@code Name}.
     */
    public PriorityClass name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PriorityClass name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Weight of the priority class. Range 0-100, default 0.
     *
     * <p>Required. Range: 0 to 100. CloudFormation property {@code Weight}.
     */
    public PriorityClass weight(int value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(int)}. */
    public PriorityClass weight(Value<Integer> value) {
      return set("Weight", value);
    }
  }

  /**
   * Cluster policy configuration.
   *
   * <p>Property type {@code AWS::SageMaker::ClusterSchedulerConfig.SchedulerConfig}.
   */
  public static final class SchedulerConfig extends Struct<SchedulerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ClusterSchedulerConfig.SchedulerConfig")
        .allowed("FairShare", "Enabled", "Disabled")
        .allowed("IdleResourceSharing", "Enabled", "Disabled")
        .build();

    public SchedulerConfig() {
      super(SCHEMA);
    }

    /**
     * When enabled, entities borrow idle compute based on assigned FairShareWeight.
     *
     * <p>Allowed values: {@code Enabled}, {@code Disabled}. CloudFormation property {@code
     * FairShare}.
     */
    public SchedulerConfig fairShare(String value) {
      return set("FairShare", Value.of(value));
    }

    /** Sets {@code FairShare} to this value; see {@link #fairShare(String)}. */
    public SchedulerConfig fairShare(Value<String> value) {
      return set("FairShare", value);
    }

    /**
     * Configuration for sharing idle compute resources across entities.
     *
     * <p>Allowed values: {@code Enabled}, {@code Disabled}. CloudFormation property {@code
     * IdleResourceSharing}.
     */
    public SchedulerConfig idleResourceSharing(String value) {
      return set("IdleResourceSharing", Value.of(value));
    }

    /** Sets {@code IdleResourceSharing} to this value; see {@link #idleResourceSharing(String)}. */
    public SchedulerConfig idleResourceSharing(Value<String> value) {
      return set("IdleResourceSharing", value);
    }

    /**
     * List of priority class configurations.
     *
     * <p>CloudFormation property {@code PriorityClasses}.
     */
    public SchedulerConfig priorityClasses(List<PriorityClass> value) {
      return set("PriorityClasses", Value.listOf(value));
    }

    /** Sets {@code PriorityClasses} to this value; see {@link #priorityClasses(List)}. */
    public SchedulerConfig priorityClasses(Value<List<PriorityClass>> value) {
      return set("PriorityClasses", value);
    }

    /** Sets {@code PriorityClasses} to a list of these; see {@link #priorityClasses(List)}. */
    public SchedulerConfig priorityClasses(PriorityClass... values) {
      return set("PriorityClasses", Value.list(values));
    }
  }
}
