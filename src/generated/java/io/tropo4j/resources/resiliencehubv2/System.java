// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resiliencehubv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a system that represents a logical grouping of services.
 *
 * <p>CloudFormation type {@code AWS::ResilienceHubV2::System}.
 */
public final class System extends Resource<System> {
  private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::System")
      .required("Name")
      .constrain("Description", Constraint.of().maxLength(500))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"))
      .refYields("SystemArn")
      .attributes("CreatedAt", "SystemArn", "SystemId", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public System(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the system.
   *
   * <p>Length: at most 500 characters. CloudFormation property {@code Description}.
   */
  public System description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public System description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The KMS key ID for encrypting system data.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public System kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public System kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The name of the system.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[A-Za-z0-9][A-Za-z0-9_&#92;-]{1,59}$}. CloudFormation property {@code Name}.
   */
  public System name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public System name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Whether the system is enabled to be shared with other members of the Organization. Only
   * applicable if the system owner is a management account or delegated admin.
   *
   * <p>Default: {@code false}. CloudFormation property {@code SharingEnabled}.
   */
  public System sharingEnabled(boolean value) {
    return set("SharingEnabled", Value.of(value));
  }

  /** Sets {@code SharingEnabled} to this value; see {@link #sharingEnabled(boolean)}. */
  public System sharingEnabled(Value<Boolean> value) {
    return set("SharingEnabled", value);
  }

  /**
   * Tags assigned to the system.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public System tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public System tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public System tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the system was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ARN of the system.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SystemArn}.
   */
  public Value<String> systemArn() {
    return getAtt("SystemArn");
  }

  /**
   * The system ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SystemId}.
   */
  public Value<String> systemId() {
    return getAtt("SystemId");
  }

  /**
   * The timestamp when the system was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
