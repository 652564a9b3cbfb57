// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.efs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::EFS::AccessPoint</code> resource creates an EFS access point. An access point is
 * an application-specific view into an EFS file system that applies an operating system user and
 * group, and a file system path, to any file system request made through the access point. The
 * operating system user and group override any identity information provided by the NFS client. The
 * file system path is exposed as the access point's root directory. Applications using the access
 * point can only access data in its own directory and below. To learn more, see <a
 * href="https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html">Mounting a file system
 * using EFS access points</a> .
 *
 * <p>This operation requires permissions for the <code>elasticfilesystem:CreateAccessPoint</code>
 * action.
 *
 * <p>CloudFormation type {@code AWS::EFS::AccessPoint}.
 */
public final class AccessPoint extends Resource<AccessPoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::EFS::AccessPoint")
      .required("FileSystemId")
      .constrain("ClientToken", Constraint.of().pattern("^.+$").minLength(1).maxLength(64))
      .constrain("FileSystemId", Constraint.of().pattern("^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$").minLength(0).maxLength(128))
      .references("FileSystemId", "AWS::EFS::FileSystem.Ref")
      .refYields("AccessPointId")
      .attributes("AccessPointId", "Arn")
      .tags("AccessPointTags", Schema.TagForm.LIST)
      .build();

  public AccessPoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code AccessPointTags}.
   */
  public AccessPoint accessPointTags(List<AccessPointTag> value) {
    return set("AccessPointTags", Value.listOf(value));
  }

  /** Sets {@code AccessPointTags} to this value; see {@link #accessPointTags(List)}. */
  public AccessPoint accessPointTags(Value<List<AccessPointTag>> value) {
    return set("AccessPointTags", value);
  }

  /** Sets {@code AccessPointTags} to a list of these; see {@link #accessPointTags(List)}. */
  public AccessPoint accessPointTags(AccessPointTag... values) {
    return set("AccessPointTags", Value.list(values));
  }

  /**
   * Sets {@code AccessPointTags} to the tags, as a list of Key and Value; see {@link
   * #accessPointTags(List)}.
   */
  public AccessPoint accessPointTags(Tags tags) {
    return set("AccessPointTags", tags);
  }

  /**
   * The opaque string specified in the request to ensure idempotent creation.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code ^.+$}.
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
   * The ID of the EFS file system that the access point applies to. Accepts only the ID format for
   * input when specifying a file system, for example <code>fs-0123456789abcedf2</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$}.
   * CloudFormation property {@code FileSystemId}.
   */
  public AccessPoint fileSystemId(String value) {
    return set("FileSystemId", Value.of(value));
  }

  /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
  public AccessPoint fileSystemId(Value<String> value) {
    return set("FileSystemId", value);
  }

  /**
   * Sets {@code FileSystemId} to the Ref of {@code AWS::EFS::FileSystem}; see {@link
   * #fileSystemId(String)}.
   */
  public AccessPoint fileSystemId(FileSystem resource) {
    return set("FileSystemId", resource.ref());
  }

  /**
   * The full POSIX identity, including the user ID, group ID, and secondary group IDs on the access
   * point that is used for all file operations by NFS clients using the access point.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PosixUser}.
   */
  public AccessPoint posixUser(Value<PosixUser> value) {
    return set("PosixUser", value);
  }

  /**
   * The directory on the EFS file system that the access point exposes as the root directory to NFS
   * clients using the access point.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RootDirectory}.
   */
  public AccessPoint rootDirectory(Value<RootDirectory> value) {
    return set("RootDirectory", value);
  }

  /**
   * The ID of the EFS access point.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccessPointId}.
   */
  public Value<String> accessPointId() {
    return getAtt("AccessPointId");
  }

  /**
   * The Amazon Resource Name (ARN) of the access point.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A tag is a key-value pair attached to a file system. Allowed characters in the <code>Key</code>
   * and <code>Value</code> properties are letters, white space, and numbers that can be represented
   * in UTF-8, and the following characters: <code>+ - = . _ : /</code>
   *
   * <p>Property type {@code AWS::EFS::AccessPoint.AccessPointTag}.
   */
  public static final class AccessPointTag extends Struct<AccessPointTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::EFS::AccessPoint.AccessPointTag")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(1).maxLength(256))
        .build();

    public AccessPointTag() {
      super(SCHEMA);
    }

    /**
     * The tag key (String). The key can't start with <code>aws:</code> .
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public AccessPointTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public AccessPointTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the tag key.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Value}.
     */
    public AccessPointTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public AccessPointTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Required if the <code>RootDirectory</code> &gt; <code>Path</code> specified does not exist.
   * Specifies the POSIX IDs and permissions to apply to the access point's
   * <code>RootDirectory</code> &gt; <code>Path</code> . If the access point root directory does not
   * exist, EFS creates it with these settings when a client connects to the access point. When
   * specifying <code>CreationInfo</code> , you must include values for all properties.
   *
   * <p>Amazon EFS creates a root directory only if you have provided the CreationInfo: OwnUid,
   * OwnGID, and permissions for the directory. If you do not provide this information, Amazon EFS
   * does not create the root directory. If the root directory does not exist, attempts to mount
   * using the access point will fail.
   *
   * <p>If you do not provide <code>CreationInfo</code> and the specified <code>RootDirectory</code>
   * does not exist, attempts to mount the file system using the access point will fail.
   *
   * <p>Property type {@code AWS::EFS::AccessPoint.CreationInfo}.
   */
  public static final class CreationInfo extends Struct<CreationInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::EFS::AccessPoint.CreationInfo")
        .required("OwnerGid", "OwnerUid", "Permissions")
        .constrain("OwnerGid", Constraint.of().minimum(0).maximum(4294967295L))
        .constrain("OwnerUid", Constraint.of().minimum(0).maximum(4294967295L))
        .constrain("Permissions", Constraint.of().pattern("^[0-7]{3,4}$"))
        .build();

    public CreationInfo() {
      super(SCHEMA);
    }

    /**
     * Specifies the POSIX group ID to apply to the <code>RootDirectory</code> . Accepts values from
     * 0 to 2^32 (4294967295).
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 4294967295L. CloudFormation
     * property {@code OwnerGid}.
     */
    public CreationInfo ownerGid(String value) {
      return set("OwnerGid", Value.of(value));
    }

    /** Sets {@code OwnerGid} to this value; see {@link #ownerGid(String)}. */
    public CreationInfo ownerGid(Value<String> value) {
      return set("OwnerGid", value);
    }

    /**
     * Specifies the POSIX user ID to apply to the <code>RootDirectory</code> . Accepts values from
     * 0 to 2^32 (4294967295).
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 4294967295L. CloudFormation
     * property {@code OwnerUid}.
     */
    public CreationInfo ownerUid(String value) {
      return set("OwnerUid", Value.of(value));
    }

    /** Sets {@code OwnerUid} to this value; see {@link #ownerUid(String)}. */
    public CreationInfo ownerUid(Value<String> value) {
      return set("OwnerUid", value);
    }

    /**
     * Specifies the POSIX permissions to apply to the <code>RootDirectory</code> , in the format of
     * an octal number representing the file's mode bits.
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code ^[0-7]{3,4}$}. CloudFormation
     * property {@code Permissions}.
     */
    public CreationInfo permissions(String value) {
      return set("Permissions", Value.of(value));
    }

    /** Sets {@code Permissions} to this value; see {@link #permissions(String)}. */
    public CreationInfo permissions(Value<String> value) {
      return set("Permissions", value);
    }
  }

  /**
   * The full POSIX identity, including the user ID, group ID, and any secondary group IDs, on the
   * access point that is used for all file system operations performed by NFS clients using the
   * access point.
   *
   * <p>Property type {@code AWS::EFS::AccessPoint.PosixUser}.
   */
  public static final class PosixUser extends Struct<PosixUser> {
    private static final Schema SCHEMA = Schema.builder("AWS::EFS::AccessPoint.PosixUser")
        .required("Gid", "Uid")
        .constrain("Gid", Constraint.of().minimum(0).maximum(4294967295L))
        .constrain("SecondaryGids", Constraint.of().minimum(0).maximum(4294967295L))
        .constrain("Uid", Constraint.of().minimum(0).maximum(4294967295L))
        .build();

    public PosixUser() {
      super(SCHEMA);
    }

    /**
     * The POSIX group ID used for all file system operations using this access point.
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 4294967295L. CloudFormation
     * property {@code Gid}.
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
     * <p>Changing it replaces the resource. Range: 0 to 4294967295L. CloudFormation property {@code
     * SecondaryGids}.
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
     * <p>Required. Changing it replaces the resource. Range: 0 to 4294967295L. CloudFormation
     * property {@code Uid}.
     */
    public PosixUser uid(String value) {
      return set("Uid", Value.of(value));
    }

    /** Sets {@code Uid} to this value; see {@link #uid(String)}. */
    public PosixUser uid(Value<String> value) {
      return set("Uid", value);
    }
  }

  /**
   * Specifies the directory on the Amazon EFS file system that the access point provides access to.
   * The access point exposes the specified file system path as the root directory of your file
   * system to applications using the access point. NFS clients using the access point can only
   * access data in the access point's <code>RootDirectory</code> and its subdirectories.
   *
   * <p>Property type {@code AWS::EFS::AccessPoint.RootDirectory}.
   */
  public static final class RootDirectory extends Struct<RootDirectory> {
    private static final Schema SCHEMA = Schema.builder("AWS::EFS::AccessPoint.RootDirectory")
        .constrain("Path", Constraint.of().pattern("^(\\/|(\\/(?!\\.)+[^$#<>;`|&?{}^*/\\n]+){1,4})$").minLength(1).maxLength(100))
        .build();

    public RootDirectory() {
      super(SCHEMA);
    }

    /**
     * (Optional) Specifies the POSIX IDs and permissions to apply to the access point's
     * <code>RootDirectory</code> . If the <code>RootDirectory</code> &gt; <code>Path</code>
     * specified does not exist, EFS creates the root directory using the <code>CreationInfo</code>
     * settings when a client connects to an access point. When specifying the
     * <code>CreationInfo</code> , you must provide values for all properties.
     *
     * <p>If you do not provide <code>CreationInfo</code> and the specified
     * <code>RootDirectory</code> &gt; <code>Path</code> does not exist, attempts to mount the file
     * system using the access point will fail.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CreationInfo}.
     */
    public RootDirectory creationInfo(Value<CreationInfo> value) {
      return set("CreationInfo", value);
    }

    /**
     * Specifies the path on the EFS file system to expose as the root directory to NFS clients
     * using the access point to access the EFS file system. A path can have up to four
     * subdirectories. If the specified path does not exist, you are required to provide the
     * <code>CreationInfo</code> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
     * ^(&#92;/|(&#92;/(?!&#92;.)+[^$#&lt;&gt;;`|&amp;?{}^*&#47;&#92;n]+){1,4})$}. CloudFormation
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
