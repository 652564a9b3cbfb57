// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a snapshot copy grant that permits Amazon Redshift to use an encrypted symmetric key from
 * AWS Key Management Service (KMS) to encrypt copied snapshots in a destination region.
 *
 * <p>CloudFormation type {@code AWS::Redshift::SnapshotCopyGrant}.
 */
public final class SnapshotCopyGrant extends Resource<SnapshotCopyGrant> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::SnapshotCopyGrant")
      .required("SnapshotCopyGrantName")
      .constrain("SnapshotCopyGrantName", Constraint.of().pattern("^[a-z][a-z0-9]*(-[a-z0-9]+)*$").minLength(1).maxLength(63))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SnapshotCopyGrant(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the encrypted symmetric key to which to grant Amazon Redshift
   * permission. If no key is specified, the default key is used. Marked writeOnly because Create
   * accepts aliases/key-ids but Describe returns the resolved key ARN, which would fail drift
   * detection.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public SnapshotCopyGrant kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public SnapshotCopyGrant kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The name of the snapshot copy grant. This name must be unique in the region for the AWS
   * account.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-z][a-z0-9]*(-[a-z0-9]+)*$}. CloudFormation property {@code SnapshotCopyGrantName}.
   */
  public SnapshotCopyGrant snapshotCopyGrantName(String value) {
    return set("SnapshotCopyGrantName", Value.of(value));
  }

  /**
   * Sets {@code SnapshotCopyGrantName} to this value; see {@link #snapshotCopyGrantName(String)}.
   */
  public SnapshotCopyGrant snapshotCopyGrantName(Value<String> value) {
    return set("SnapshotCopyGrantName", value);
  }

  /**
   * A list of tag instances.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SnapshotCopyGrant tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SnapshotCopyGrant tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SnapshotCopyGrant tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the snapshot copy grant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
