// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearchserverless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::OpenSearchServerless::CollectionGroup
 *
 * <p>CloudFormation type {@code AWS::OpenSearchServerless::CollectionGroup}.
 */
public final class CollectionGroup extends Resource<CollectionGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::CollectionGroup")
      .required("Name", "StandbyReplicas")
      .constrain("Description", Constraint.of().maxLength(1000))
      .allowed("Generation", "CLASSIC", "NEXTGEN")
      .constrain("Name", Constraint.of().pattern("^[a-z][a-z0-9-]{2,31}$").minLength(3).maxLength(32))
      .allowed("StandbyReplicas", "ENABLED", "DISABLED")
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CollectionGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code CapacityLimits}. */
  public CollectionGroup capacityLimits(Value<CapacityLimits> value) {
    return set("CapacityLimits", value);
  }

  /**
   * The description of the collection group.
   *
   * <p>Length: at most 1000 characters. CloudFormation property {@code Description}.
   */
  public CollectionGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CollectionGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The generation of Amazon OpenSearch Serverless for the collection group. Valid values are
   * CLASSIC and NEXTGEN.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CLASSIC}, {@code NEXTGEN}.
   * CloudFormation property {@code Generation}.
   */
  public CollectionGroup generation(String value) {
    return set("Generation", Value.of(value));
  }

  /** Sets {@code Generation} to this value; see {@link #generation(String)}. */
  public CollectionGroup generation(Value<String> value) {
    return set("Generation", value);
  }

  /**
   * The name of the collection group.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 32 characters. Pattern: {@code
   * ^[a-z][a-z0-9-]{2,31}$}. CloudFormation property {@code Name}.
   */
  public CollectionGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CollectionGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Indicates whether standby replicas are used for the collection group.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ENABLED}, {@code
   * DISABLED}. CloudFormation property {@code StandbyReplicas}.
   */
  public CollectionGroup standbyReplicas(String value) {
    return set("StandbyReplicas", Value.of(value));
  }

  /** Sets {@code StandbyReplicas} to this value; see {@link #standbyReplicas(String)}. */
  public CollectionGroup standbyReplicas(Value<String> value) {
    return set("StandbyReplicas", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CollectionGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CollectionGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CollectionGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the collection group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the collection group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** Property type {@code AWS::OpenSearchServerless::CollectionGroup.CapacityLimits}. */
  public static final class CapacityLimits extends Struct<CapacityLimits> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::CollectionGroup.CapacityLimits")
        .constrain("MaxIndexingCapacityInOcu", Constraint.of().minimum(1))
        .constrain("MaxSearchCapacityInOcu", Constraint.of().minimum(1))
        .constrain("MinIndexingCapacityInOcu", Constraint.of().minimum(0))
        .constrain("MinSearchCapacityInOcu", Constraint.of().minimum(0))
        .build();

    public CapacityLimits() {
      super(SCHEMA);
    }

    /**
     * The maximum indexing capacity for collections in the group.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxIndexingCapacityInOcu}.
     */
    public CapacityLimits maxIndexingCapacityInOcu(double value) {
      return set("MaxIndexingCapacityInOcu", Value.of(value));
    }

    /**
     * Sets {@code MaxIndexingCapacityInOcu} to this value; see {@link
     * #maxIndexingCapacityInOcu(double)}.
     */
    public CapacityLimits maxIndexingCapacityInOcu(Value<Double> value) {
      return set("MaxIndexingCapacityInOcu", value);
    }

    /**
     * The maximum search capacity for collections in the group.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxSearchCapacityInOcu}.
     */
    public CapacityLimits maxSearchCapacityInOcu(double value) {
      return set("MaxSearchCapacityInOcu", Value.of(value));
    }

    /**
     * Sets {@code MaxSearchCapacityInOcu} to this value; see {@link
     * #maxSearchCapacityInOcu(double)}.
     */
    public CapacityLimits maxSearchCapacityInOcu(Value<Double> value) {
      return set("MaxSearchCapacityInOcu", value);
    }

    /**
     * The minimum indexing capacity for collections in the group.
     *
     * <p>Range: at least 0. CloudFormation property {@code MinIndexingCapacityInOcu}.
     */
    public CapacityLimits minIndexingCapacityInOcu(double value) {
      return set("MinIndexingCapacityInOcu", Value.of(value));
    }

    /**
     * Sets {@code MinIndexingCapacityInOcu} to this value; see {@link
     * #minIndexingCapacityInOcu(double)}.
     */
    public CapacityLimits minIndexingCapacityInOcu(Value<Double> value) {
      return set("MinIndexingCapacityInOcu", value);
    }

    /**
     * The minimum search capacity for collections in the group.
     *
     * <p>Range: at least 0. CloudFormation property {@code MinSearchCapacityInOcu}.
     */
    public CapacityLimits minSearchCapacityInOcu(double value) {
      return set("MinSearchCapacityInOcu", Value.of(value));
    }

    /**
     * Sets {@code MinSearchCapacityInOcu} to this value; see {@link
     * #minSearchCapacityInOcu(double)}.
     */
    public CapacityLimits minSearchCapacityInOcu(Value<Double> value) {
      return set("MinSearchCapacityInOcu", value);
    }
  }
}
