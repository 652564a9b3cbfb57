// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.awsexternalanthropic;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::AWSExternalAnthropic::Workspace
 *
 * <p>CloudFormation type {@code AWS::AWSExternalAnthropic::Workspace}.
 */
public final class Workspace extends Resource<Workspace> {
  private static final Schema SCHEMA = Schema.builder("AWS::AWSExternalAnthropic::Workspace")
      .required("Name")
      .constrain("Name", Constraint.of().minLength(1).maxLength(40))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Workspace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Data residency configuration for the workspace. WorkspaceGeo is immutable after creation.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataResidency}.
   */
  public Workspace dataResidency(Value<DataResidency> value) {
    return set("DataResidency", value);
  }

  /**
   * The name of the workspace.
   *
   * <p>Required. Length: 1 to 40 characters. CloudFormation property {@code Name}.
   */
  public Workspace name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Workspace name(Value<String> value) {
    return set("Name", value);
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
   * The ARN of the workspace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the workspace was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier of the workspace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Data residency configuration for the workspace. WorkspaceGeo is immutable after creation.
   *
   * <p>Property type {@code AWS::AWSExternalAnthropic::Workspace.DataResidency}.
   */
  public static final class DataResidency extends Struct<DataResidency> {
    private static final Schema SCHEMA = Schema.of("AWS::AWSExternalAnthropic::Workspace.DataResidency");

    public DataResidency() {
      super(SCHEMA);
    }

    /**
     * Permitted inference geo values. Omit to allow all geos (the service default of
     * 'unrestricted'); otherwise list specific geos.
     *
     * <p>CloudFormation property {@code AllowedInferenceGeos}.
     */
    public DataResidency allowedInferenceGeos(List<String> value) {
      return set("AllowedInferenceGeos", Value.listOf(value));
    }

    /** Sets {@code AllowedInferenceGeos} to this value; see {@link #allowedInferenceGeos(List)}. */
    public DataResidency allowedInferenceGeos(Value<List<String>> value) {
      return set("AllowedInferenceGeos", value);
    }

    /**
     * Default inference geo applied when requests omit the parameter. Defaults to 'global' if
     * omitted. Must be a member of AllowedInferenceGeos unless AllowedInferenceGeos is omitted.
     *
     * <p>CloudFormation property {@code DefaultInferenceGeo}.
     */
    public DataResidency defaultInferenceGeo(String value) {
      return set("DefaultInferenceGeo", Value.of(value));
    }

    /** Sets {@code DefaultInferenceGeo} to this value; see {@link #defaultInferenceGeo(String)}. */
    public DataResidency defaultInferenceGeo(Value<String> value) {
      return set("DefaultInferenceGeo", value);
    }

    /**
     * Geographic region for workspace data storage. Immutable after creation. Defaults to 'us' if
     * omitted.
     *
     * <p>CloudFormation property {@code WorkspaceGeo}.
     */
    public DataResidency workspaceGeo(String value) {
      return set("WorkspaceGeo", Value.of(value));
    }

    /** Sets {@code WorkspaceGeo} to this value; see {@link #workspaceGeo(String)}. */
    public DataResidency workspaceGeo(Value<String> value) {
      return set("WorkspaceGeo", value);
    }
  }
}
