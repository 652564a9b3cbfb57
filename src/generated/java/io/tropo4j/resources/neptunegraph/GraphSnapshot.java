// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.neptunegraph;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::NeptuneGraph::GraphSnapshot
 *
 * <p>CloudFormation type {@code AWS::NeptuneGraph::GraphSnapshot}.
 */
public final class GraphSnapshot extends Resource<GraphSnapshot> {
  private static final Schema SCHEMA = Schema.builder("AWS::NeptuneGraph::GraphSnapshot")
      .required("GraphIdentifier", "SnapshotName")
      .constrain("GraphIdentifier", Constraint.of().pattern("^g-[a-z0-9]{10}$"))
      .constrain("SnapshotName", Constraint.of().pattern("^(?!gs-)[a-z][a-z0-9]*(-[a-z0-9]+)*$").minLength(1).maxLength(63))
      .refYields("Arn")
      .attributes("Arn", "Id", "KmsKeyIdentifier", "SnapshotCreateTime", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public GraphSnapshot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the Neptune Analytics graph to create the snapshot from.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^g-[a-z0-9]{10}$}.
   * CloudFormation property {@code GraphIdentifier}.
   */
  public GraphSnapshot graphIdentifier(String value) {
    return set("GraphIdentifier", Value.of(value));
  }

  /** Sets {@code GraphIdentifier} to this value; see {@link #graphIdentifier(String)}. */
  public GraphSnapshot graphIdentifier(Value<String> value) {
    return set("GraphIdentifier", value);
  }

  /**
   * The snapshot name.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^(?!gs-)[a-z][a-z0-9]*(-[a-z0-9]+)*$}. CloudFormation property {@code SnapshotName}.
   */
  public GraphSnapshot snapshotName(String value) {
    return set("SnapshotName", Value.of(value));
  }

  /** Sets {@code SnapshotName} to this value; see {@link #snapshotName(String)}. */
  public GraphSnapshot snapshotName(Value<String> value) {
    return set("SnapshotName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public GraphSnapshot tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public GraphSnapshot tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public GraphSnapshot tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the graph snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the graph snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ID of the KMS key used to encrypt and decrypt the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KmsKeyIdentifier}.
   */
  public Value<String> kmsKeyIdentifier() {
    return getAtt("KmsKeyIdentifier");
  }

  /**
   * The time when the snapshot was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SnapshotCreateTime}.
   */
  public Value<String> snapshotCreateTime() {
    return getAtt("SnapshotCreateTime");
  }

  /**
   * The current status of the graph snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
