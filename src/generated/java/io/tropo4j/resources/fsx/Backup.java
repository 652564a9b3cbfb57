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
 * Creates a backup of an existing Amazon FSx for Windows File Server file system, Amazon FSx for
 * Lustre file system, Amazon FSx for NetApp ONTAP volume, or Amazon FSx for OpenZFS file system.
 *
 * <p>CloudFormation type {@code AWS::FSx::Backup}.
 */
public final class Backup extends Resource<Backup> {
  private static final Schema SCHEMA = Schema.builder("AWS::FSx::Backup")
      .required("FileSystemId")
      .constrain("FileSystemId", Constraint.of().pattern("^(fs-[0-9a-f]{8,})$").minLength(11).maxLength(21))
      .refYields("ResourceARN")
      .attributes("BackupId", "CreationTime", "Lifecycle", "ResourceARN", "Type")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Backup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the file system to back up.
   *
   * <p>Required. Changing it replaces the resource. Length: 11 to 21 characters. Pattern: {@code
   * ^(fs-[0-9a-f]{8,})$}. CloudFormation property {@code FileSystemId}.
   */
  public Backup fileSystemId(String value) {
    return set("FileSystemId", Value.of(value));
  }

  /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
  public Backup fileSystemId(Value<String> value) {
    return set("FileSystemId", value);
  }

  /**
   * The tags to apply to the backup at backup creation.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Backup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Backup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Backup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the backup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BackupId}.
   */
  public Value<String> backupId() {
    return getAtt("BackupId");
  }

  /**
   * The time when the backup was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The lifecycle status of the backup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Lifecycle}.
   */
  public Value<String> lifecycle() {
    return getAtt("Lifecycle");
  }

  /**
   * The Amazon Resource Name (ARN) of the backup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceARN}.
   */
  public Value<String> resourceARN() {
    return getAtt("ResourceARN");
  }

  /**
   * The type of the backup.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }
}
