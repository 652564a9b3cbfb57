// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::QuickSight::Space
 *
 * <p>CloudFormation type {@code AWS::QuickSight::Space}.
 */
public final class Space extends Resource<Space> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Space")
      .required("AwsAccountId", "Name", "SpaceId")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("Description", Constraint.of().pattern("^[\\P{C}\\n\\r\\t\\f\\v\\p{Cf}]*$").minLength(0).maxLength(512))
      .constrain("Name", Constraint.of().pattern("^[\\P{C}\\n\\r\\t\\f\\v\\p{Cf}]*$").minLength(1).maxLength(128))
      .constrain("SpaceId", Constraint.of().pattern("^[0-9a-zA-Z-_=.+]+$").minLength(1).maxLength(256))
      .attributes("Arn", "CreatedAt", "CreatedBy", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Space(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the Amazon Web Services account where the space is being created.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public Space awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public Space awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * A description of the space.
   *
   * <p>Length: 0 to 512 characters. Pattern: {@code
   * ^[&#92;P{C}&#92;n&#92;r&#92;t&#92;f&#92;v&#92;p{Cf}]*$}. CloudFormation property {@code
   * Description}.
   */
  public Space description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Space description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the space.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;P{C}&#92;n&#92;r&#92;t&#92;f&#92;v&#92;p{Cf}]*$}. CloudFormation property {@code Name}.
   */
  public Space name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Space name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of permissions granted on the space.
   *
   * <p>CloudFormation property {@code Permissions}.
   */
  public Space permissions(List<ResourcePermission> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public Space permissions(Value<List<ResourcePermission>> value) {
    return set("Permissions", value);
  }

  /** Sets {@code Permissions} to a list of these; see {@link #permissions(List)}. */
  public Space permissions(ResourcePermission... values) {
    return set("Permissions", Value.list(values));
  }

  /**
   * A list of QuickSight resources attached to the space.
   *
   * <p>CloudFormation property {@code Resources}.
   */
  public Space resources(List<SpaceResource> value) {
    return set("Resources", Value.listOf(value));
  }

  /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
  public Space resources(Value<List<SpaceResource>> value) {
    return set("Resources", value);
  }

  /** Sets {@code Resources} to a list of these; see {@link #resources(List)}. */
  public Space resources(SpaceResource... values) {
    return set("Resources", Value.list(values));
  }

  /**
   * The unique identifier for the space.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[0-9a-zA-Z-_=.+]+$}. CloudFormation property {@code SpaceId}.
   */
  public Space spaceId(String value) {
    return set("SpaceId", Value.of(value));
  }

  /** Sets {@code SpaceId} to this value; see {@link #spaceId(String)}. */
  public Space spaceId(Value<String> value) {
    return set("SpaceId", value);
  }

  /**
   * A list of key-value pairs to associate with the space resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Space tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Space tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Space tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the space.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time the space was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The user name of the principal who created the space.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The date and time the space was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * A permission granted to a principal on a QuickSight resource.
   *
   * <p>Property type {@code AWS::QuickSight::Space.ResourcePermission}.
   */
  public static final class ResourcePermission extends Struct<ResourcePermission> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Space.ResourcePermission")
        .required("Actions", "Principal")
        .constrain("Principal", Constraint.of().minLength(1).maxLength(256))
        .build();

    public ResourcePermission() {
      super(SCHEMA);
    }

    /**
     * The list of actions granted to the principal.
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public ResourcePermission actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public ResourcePermission actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /**
     * The ARN of the principal (user or group) receiving the permission.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Principal}.
     */
    public ResourcePermission principal(String value) {
      return set("Principal", Value.of(value));
    }

    /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
    public ResourcePermission principal(Value<String> value) {
      return set("Principal", value);
    }
  }

  /**
   * A QuickSight resource attached to the space.
   *
   * <p>Property type {@code AWS::QuickSight::Space.SpaceResource}.
   */
  public static final class SpaceResource extends Struct<SpaceResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Space.SpaceResource")
        .required("ResourceArn", "ResourceType")
        .allowed("ResourceType", "TOPIC", "DASHBOARD", "KNOWLEDGE_BASE", "ACTION_CONNECTOR",
            "DATA_SET")
        .build();

    public SpaceResource() {
      super(SCHEMA);
    }

    /**
     * The ARN of the QuickSight resource.
     *
     * <p>Required. CloudFormation property {@code ResourceArn}.
     */
    public SpaceResource resourceArn(String value) {
      return set("ResourceArn", Value.of(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
    public SpaceResource resourceArn(Value<String> value) {
      return set("ResourceArn", value);
    }

    /**
     * The type of QuickSight resource.
     *
     * <p>Required. Allowed values: {@code TOPIC}, {@code DASHBOARD}, {@code KNOWLEDGE_BASE}, {@code
     * ACTION_CONNECTOR}, {@code DATA_SET}. CloudFormation property {@code ResourceType}.
     */
    public SpaceResource resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public SpaceResource resourceType(Value<String> value) {
      return set("ResourceType", value);
    }
  }
}
