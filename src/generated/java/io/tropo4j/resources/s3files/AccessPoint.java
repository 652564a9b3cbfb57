// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3files;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::S3Files::AccessPoint
 *
 * <p>CloudFormation type {@code AWS::S3Files::AccessPoint}.
 */
public final class AccessPoint extends Resource<AccessPoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Files::AccessPoint")
      .required("FileSystemId")
      .constrain("ClientToken", Constraint.of().pattern("^(.+)$").minLength(1).maxLength(64))
      .constrain("FileSystemId", Constraint.of().pattern("^(arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}|fs-[0-9a-f]{17,40})$").maxLength(128))
      .refYields("AccessPointId")
      .attributes("AccessPointArn", "AccessPointId", "OwnerId", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AccessPoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * (optional) A string of up to 64 ASCII characters that Amazon EFS uses to ensure idempotent
   * creation.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code ^(.+)$}.
   * CloudFormation property {@code ClientToken}.
   */
  public AccessPoint clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public AccessPoint clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /**
   * The ID of the S3 Files file system that the access point provides access to.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 128 characters. Pattern: {@code
   * ^(arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}|fs-[0-9a-f]{17,40})$}.
   * CloudFormation property {@code FileSystemId}.
   */
  public AccessPoint fileSystemId(String value) {
    return set("FileSystemId", Value.of(value));
  }

  /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
  public AccessPoint fileSystemId(Value<String> value) {
    return set("FileSystemId", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code PosixUser}. */
  public AccessPoint posixUser(Value<PosixUser> value) {
    return set("PosixUser", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code RootDirectory}. */
  public AccessPoint rootDirectory(Value<RootDirectory> value) {
    return set("RootDirectory", value);
  }

  /** CloudFormation property {@code Tags}. */
  public AccessPoint tags(List<AccessPointTag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AccessPoint tags(Value<List<AccessPointTag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public AccessPoint tags(AccessPointTag... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AccessPoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code AccessPointArn}. */
  public Value<String> accessPointArn() {
    return getAtt("AccessPointArn");
  }

  /** {@code Fn::GetAtt} attribute {@code AccessPointId}. */
  public Value<String> accessPointId() {
    return getAtt("AccessPointId");
  }

  /** {@code Fn::GetAtt} attribute {@code OwnerId}. */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** Property type {@code AWS::S3Files::AccessPoint.AccessPointTag}. */
  public static final class AccessPointTag extends Struct<AccessPointTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Files::AccessPoint.AccessPointTag")
        .constrain("Key", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").maxLength(256))
        .build();

    public AccessPointTag() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 128 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]+)$}. CloudFormation property {@code Key}.
     */
    public AccessPointTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public AccessPointTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Length: at most 256 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Value}.
     */
    public AccessPointTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public AccessPointTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::S3Files::AccessPoint.CreationPermissions}. */
  public static final class CreationPermissions extends Struct<CreationPermissions> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Files::AccessPoint.CreationPermissions")
        .required("OwnerGid", "OwnerUid", "Permissions")
        .constrain("OwnerGid", Constraint.of().pattern("^[0-9]+$").minimum(0).maximum(4294967295L))
        .constrain("OwnerUid", Constraint.of().pattern("^[0-9]+$").minimum(0).maximum(4294967295L))
        .constrain("Permissions", Constraint.of().pattern("^[0-7]{3,4}$"))
        .build();

    public CreationPermissions() {
      super(SCHEMA);
    }

    /**
     * Specifies the POSIX group ID to apply to the RootDirectory. Accepts values from 0 to 2^32
     * (4294967295).
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 4294967295L. Pattern: {@code
     * ^[0-9]+$}. CloudFormation property {@code OwnerGid}.
     */
    public CreationPermissions ownerGid(String value) {
      return set("OwnerGid", Value.of(value));
    }

    /** Sets {@code OwnerGid} to this value; see {@link #ownerGid(String)}. */
    public CreationPermissions ownerGid(Value<String> value) {
      return set("OwnerGid", value);
    }

    /**
     * Specifies the POSIX user ID to apply to the RootDirectory. Accepts values from 0 to 2^32
     * (4294967295).
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 4294967295L. Pattern: {@code
     * ^[0-9]+$}. CloudFormation property {@code OwnerUid}.
     */
    public CreationPermissions ownerUid(String value) {
      return set("OwnerUid", Value.of(value));
    }

    /** Sets {@code OwnerUid} to this value; see {@link #ownerUid(String)}. */
    public CreationPermissions ownerUid(Value<String> value) {
      return set("OwnerUid", value);
    }

    /**
     * Specifies the POSIX permissions to apply to the RootDirectory, in the format of an octal
     * number representing the file's mode bits.
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code ^[0-7]{3,4}$}. CloudFormation
     * property {@code Permissions}.
     */
    public CreationPermissions permissions(String value) {
      return set("Permissions", Value.of(value));
    }

    /** Sets {@code Permissions} to this value; see {@link #permissions(String)}. */
    public CreationPermissions permissions(Value<String> value) {
      return set("Permissions", value);
    }
  }

  /** Property type {@code AWS::S3Files::AccessPoint.PosixUser}. */
  public static final class PosixUser extends Struct<PosixUser> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Files::AccessPoint.PosixUser")
        .required("Gid", "Uid")
        .constrain("Gid", Constraint.of().pattern("^[0-9]+$").minimum(0).maximum(4294967295L))
        .constrain("SecondaryGids", Constraint.of().pattern("^[0-9]+$").minimum(0).maximum(4294967295L))
        .constrain("Uid", Constraint.of().pattern("^[0-9]+$").minimum(0).maximum(4294967295L))
        .build();

    public PosixUser() {
      super(SCHEMA);
    }

    /**
     * The POSIX group ID used for all file system operations using this access point.
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 4294967295L. Pattern: {@code
     * ^[0-9]+$}. CloudFormation property {@code Gid}.
     */
    public PosixUser gid(String value) {
      return set("Gid", Value.of(value));
    }

    /** Sets {@code Gid} to this value; see {@link #gid(String)}. */
    public PosixUser gid(Value<String> value) {
      return set("Gid", value);
    }

    /**
     * Secondary POSIX group IDs used for all file system operations using this access point.
     *
     * <p>Changing it replaces the resource. Range: 0 to 4294967295L. Pattern: {@code ^[0-9]+$}.
     * CloudFormation property {@code SecondaryGids}.
     */
    public PosixUser secondaryGids(List<String> value) {
      return set("SecondaryGids", Value.listOf(value));
    }

    /** Sets {@code SecondaryGids} to this value; see {@link #secondaryGids(List)}. */
    public PosixUser secondaryGids(Value<List<String>> value) {
      return set("SecondaryGids", value);
    }

    /**
     * The POSIX user ID used for all file system operations using this access point.
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 4294967295L. Pattern: {@code
     * ^[0-9]+$}. CloudFormation property {@code Uid}.
     */
    public PosixUser uid(String value) {
      return set("Uid", Value.of(value));
    }

    /** Sets {@code Uid} to this value; see {@link #uid(String)}. */
    public PosixUser uid(Value<String> value) {
      return set("Uid", value);
    }
  }

  /** Property type {@code AWS::S3Files::AccessPoint.RootDirectory}. */
  public static final class RootDirectory extends Struct<RootDirectory> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Files::AccessPoint.RootDirectory")
        .constrain("Path", Constraint.of().pattern("^(\\/|(\\/(?!\\.)+[^$#<>;;`|&?{}^*/\\n]+){1,4})$").minLength(1).maxLength(100))
        .build();

    public RootDirectory() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code CreationPermissions}. */
    public RootDirectory creationPermissions(Value<CreationPermissions> value) {
      return set("CreationPermissions", value);
    }

    /**
     * Specifies the path on the EFS file system to expose as the root directory to NFS clients
     * using the access point to access the EFS file system. A path can have up to four
     * subdirectories. If the specified path does not exist, you are required to provide the
     * CreationPermissions.
     *
     * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
     * ^(&#92;/|(&#92;/(?!&#92;.)+[^$#&lt;&gt;;;`|&amp;?{}^*&#47;&#92;n]+){1,4})$}. CloudFormation
     * property {@code Path}.
     */
    public RootDirectory path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public RootDirectory path(Value<String> value) {
      return set("Path", value);
    }
  }
}
