// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fsx;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A snapshot of an Amazon FSx for OpenZFS volume.
 *
 * <p>CloudFormation type {@code AWS::FSx::Snapshot}.
 */
public final class Snapshot extends Resource<Snapshot> {
  private static final Schema SCHEMA = Schema.builder("AWS::FSx::Snapshot")
      .required("Name", "VolumeId")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_:.-]{1,203}$").minLength(1).maxLength(203))
      .constrain("VolumeId", Constraint.of().pattern("^(fsvol-[0-9a-f]{17,})$").minLength(23).maxLength(23))
      .refYields("Id")
      .attributes("Id", "ResourceARN")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Snapshot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the snapshot.
   *
   * <p>Required. Length: 1 to 203 characters. Pattern: {@code ^[a-zA-Z0-9_:.-]{1,203}$}.
   * CloudFormation property {@code Name}.
   */
  public Snapshot name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Snapshot name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of <code>Tag</code> values, with a maximum of 50 elements.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Snapshot tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Snapshot tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Snapshot tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the volume that the snapshot is of.
   *
   * <p>Required. Changing it replaces the resource. Length: 23 to 23 characters. Pattern: {@code
   * ^(fsvol-[0-9a-f]{17,})$}. CloudFormation property {@code VolumeId}.
   */
  public Snapshot volumeId(String value) {
    return set("VolumeId", Value.of(value));
  }

  /** Sets {@code VolumeId} to this value; see {@link #volumeId(String)}. */
  public Snapshot volumeId(Value<String> value) {
    return set("VolumeId", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Returns the snapshot's Amazon Resource Name (ARN).
   *
   * <p>Example:
   * <code>arn:aws:fsx:us-east-2:111133334444:snapshot/fsvol-01234567890123456/fsvolsnap-0123456789abcedf5</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceARN}.
   */
  public Value<String> resourceARN() {
    return getAtt("ResourceARN");
  }
}
