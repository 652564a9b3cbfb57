// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iottwinmaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * The SyncJob.
 *
 * <p>CloudFormation type {@code AWS::IoTTwinMaker::SyncJob}.
 */
public final class SyncJob extends Resource<SyncJob> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTTwinMaker::SyncJob")
      .required("SyncRole", "SyncSource", "WorkspaceId")
      .constrain("SyncRole", Constraint.of().pattern("arn:((aws)|(aws-cn)|(aws-us-gov)):iam::[0-9]{12}:role/.*").minLength(20).maxLength(2048))
      .constrain("SyncSource", Constraint.of().pattern("^[a-zA-Z_0-9]+$").minLength(1).maxLength(128))
      .constrain("WorkspaceId", Constraint.of().pattern("[a-zA-Z_0-9][a-zA-Z_\\-0-9]*[a-zA-Z0-9]+").minLength(1).maxLength(128))
      .attributes("Arn", "CreationDateTime", "State", "UpdateDateTime")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public SyncJob(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The SyncJob IAM role. This IAM role is used by the sync job to read from the syncSource, and
   * create, update or delete the corresponding resources.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * arn:((aws)|(aws-cn)|(aws-us-gov)):iam::[0-9]{12}:role/.*}. CloudFormation property {@code
   * SyncRole}.
   */
  public SyncJob syncRole(String value) {
    return set("SyncRole", Value.of(value));
  }

  /** Sets {@code SyncRole} to this value; see {@link #syncRole(String)}. */
  public SyncJob syncRole(Value<String> value) {
    return set("SyncRole", value);
  }

  /**
   * The sync source.
   *
   * <p>Currently the only supported syncSoucre is <code>SITEWISE</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z_0-9]+$}. CloudFormation property {@code SyncSource}.
   */
  public SyncJob syncSource(String value) {
    return set("SyncSource", Value.of(value));
  }

  /** Sets {@code SyncSource} to this value; see {@link #syncSource(String)}. */
  public SyncJob syncSource(Value<String> value) {
    return set("SyncSource", value);
  }

  /**
   * Metadata you can use to manage the SyncJob.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public SyncJob tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public SyncJob tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public SyncJob tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ID of the workspace that contains the sync job.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z_0-9][a-zA-Z_&#92;-0-9]*[a-zA-Z0-9]+}. CloudFormation property {@code WorkspaceId}.
   */
  public SyncJob workspaceId(String value) {
    return set("WorkspaceId", Value.of(value));
  }

  /** Sets {@code WorkspaceId} to this value; see {@link #workspaceId(String)}. */
  public SyncJob workspaceId(Value<String> value) {
    return set("WorkspaceId", value);
  }

  /**
   * The SyncJob ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The creation date and time of the SyncJob.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDateTime}.
   */
  public Value<String> creationDateTime() {
    return getAtt("CreationDateTime");
  }

  /**
   * The SyncJob's state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The update date and time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateDateTime}.
   */
  public Value<String> updateDateTime() {
    return getAtt("UpdateDateTime");
  }
}
