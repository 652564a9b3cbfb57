// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fsx;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An S3 access point attached to an Amazon FSx volume.
 *
 * <p>CloudFormation type {@code AWS::FSx::S3AccessPointAttachment}.
 */
public final class S3AccessPointAttachment extends Resource<S3AccessPointAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::FSx::S3AccessPointAttachment")
      .required("Name", "Type")
      .constrain("Name", Constraint.of().pattern("^(?=[a-z0-9])[a-z0-9-]{1,48}[a-z0-9]$").minLength(3).maxLength(50))
      .allowed("Type", "OPENZFS", "ONTAP")
      .refYields("Name")
      .attributes("Lifecycle", "S3AccessPoint.Alias", "S3AccessPoint.ResourceARN")
      .build();

  public S3AccessPointAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the S3 access point attachment; also used for the name of the S3 access point.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 50 characters. Pattern: {@code
   * ^(?=[a-z0-9])[a-z0-9-]{1,48}[a-z0-9]$}. CloudFormation property {@code Name}.
   */
  public S3AccessPointAttachment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public S3AccessPointAttachment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ONTAP configuration of the S3 access point attachment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OntapConfiguration}.
   */
  public S3AccessPointAttachment ontapConfiguration(Value<S3AccessPointOntapConfiguration> value) {
    return set("OntapConfiguration", value);
  }

  /**
   * The OpenZFSConfiguration of the S3 access point attachment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OpenZFSConfiguration}.
   */
  public S3AccessPointAttachment openZFSConfiguration(Value<S3AccessPointOpenZFSConfiguration> value) {
    return set("OpenZFSConfiguration", value);
  }

  /**
   * The S3 access point configuration of the S3 access point attachment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code S3AccessPoint}.
   */
  public S3AccessPointAttachment s3AccessPoint(Value<S3AccessPoint> value) {
    return set("S3AccessPoint", value);
  }

  /**
   * The type of Amazon FSx volume that the S3 access point is attached to.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code OPENZFS}, {@code ONTAP}.
   * CloudFormation property {@code Type}.
   */
  public S3AccessPointAttachment typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public S3AccessPointAttachment typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The lifecycle status of the S3 access point attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Lifecycle}.
   */
  public Value<String> lifecycle() {
    return getAtt("Lifecycle");
  }

  /**
   * The S3 access point's alias.
   *
   * <p>{@code Fn::GetAtt} attribute {@code S3AccessPoint.Alias}.
   */
  public Value<String> s3AccessPointAlias() {
    return getAtt("S3AccessPoint.Alias");
  }

  /**
   * The S3 access point's ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code S3AccessPoint.ResourceARN}.
   */
  public Value<String> s3AccessPointResourceARN() {
    return getAtt("S3AccessPoint.ResourceARN");
  }

  /**
   * The GID of the file system user.
   *
   * <p>Property type {@code AWS::FSx::S3AccessPointAttachment.FileSystemGID}.
   */
  public static final class FileSystemGID extends Struct<FileSystemGID> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::S3AccessPointAttachment.FileSystemGID")
        .required("Gid")
        .constrain("Gid", Constraint.of().minimum(0).maximum(4294967295L))
        .build();

    public FileSystemGID() {
      super(SCHEMA);
    }

    /**
     * The GID of the file system user.
     *
     * <p>Required. Range: 0 to 4294967295L. CloudFormation property {@code Gid}.
     */
    public FileSystemGID gid(double value) {
      return set("Gid", Value.of(value));
    }

    /** Sets {@code Gid} to this value; see {@link #gid(double)}. */
    public FileSystemGID gid(Value<Double> value) {
      return set("Gid", value);
    }
  }

  /**
   * Specifies the file system user identity that will be used for authorizing all file access
   * requests that are made using the S3 access point. The identity can be either a UNIX user or a
   * Windows user.
   *
   * <p>Property type {@code AWS::FSx::S3AccessPointAttachment.OntapFileSystemIdentity}.
   */
  public static final class OntapFileSystemIdentity extends Struct<OntapFileSystemIdentity> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::S3AccessPointAttachment.OntapFileSystemIdentity")
        .required("Type")
        .allowed("Type", "UNIX", "WINDOWS")
        .build();

    public OntapFileSystemIdentity() {
      super(SCHEMA);
    }

    /**
     * Specifies the FSx for ONTAP user identity type. Valid values are <code>UNIX</code> and
     * <code>WINDOWS</code> .
     *
     * <p>Required. Allowed values: {@code UNIX}, {@code WINDOWS}. CloudFormation property {@code
     * Type}.
     */
    public OntapFileSystemIdentity type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public OntapFileSystemIdentity type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Specifies the UNIX user identity for file system operations.
     *
     * <p>CloudFormation property {@code UnixUser}.
     */
    public OntapFileSystemIdentity unixUser(Value<OntapUnixFileSystemUser> value) {
      return set("UnixUser", value);
    }

    /**
     * Specifies the Windows user identity for file system operations.
     *
     * <p>CloudFormation property {@code WindowsUser}.
     */
    public OntapFileSystemIdentity windowsUser(Value<OntapWindowsFileSystemUser> value) {
      return set("WindowsUser", value);
    }
  }

  /**
   * The FSx for ONTAP UNIX file system user that is used for authorizing all file access requests
   * that are made using the S3 access point.
   *
   * <p>Property type {@code AWS::FSx::S3AccessPointAttachment.OntapUnixFileSystemUser}.
   */
  public static final class OntapUnixFileSystemUser extends Struct<OntapUnixFileSystemUser> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::S3AccessPointAttachment.OntapUnixFileSystemUser")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,256}$").minLength(1).maxLength(256))
        .build();

    public OntapUnixFileSystemUser() {
      super(SCHEMA);
    }

    /**
     * The name of the UNIX user. The name can be up to 256 characters long.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{1,256}$}. CloudFormation property
     * {@code Name}.
     */
    public OntapUnixFileSystemUser name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public OntapUnixFileSystemUser name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The FSx for ONTAP Windows file system user that is used for authorizing all file access
   * requests that are made using the S3 access point.
   *
   * <p>Property type {@code AWS::FSx::S3AccessPointAttachment.OntapWindowsFileSystemUser}.
   */
  public static final class OntapWindowsFileSystemUser extends Struct<OntapWindowsFileSystemUser> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::S3AccessPointAttachment.OntapWindowsFileSystemUser")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,256}$").minLength(1).maxLength(256))
        .build();

    public OntapWindowsFileSystemUser() {
      super(SCHEMA);
    }

    /**
     * The name of the Windows user. The name can be up to 256 characters long and supports Active
     * Directory users.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{1,256}$}. CloudFormation property
     * {@code Name}.
     */
    public OntapWindowsFileSystemUser name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public OntapWindowsFileSystemUser name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Specifies the file system user identity that will be used for authorizing all file access
   * requests that are made using the S3 access point.
   *
   * <p>Property type {@code AWS::FSx::S3AccessPointAttachment.OpenZFSFileSystemIdentity}.
   */
  public static final class OpenZFSFileSystemIdentity extends Struct<OpenZFSFileSystemIdentity> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::S3AccessPointAttachment.OpenZFSFileSystemIdentity")
        .required("PosixUser", "Type")
        .allowed("Type", "POSIX")
        .build();

    public OpenZFSFileSystemIdentity() {
      super(SCHEMA);
    }

    /**
     * Specifies the UID and GIDs of the file system POSIX user.
     *
     * <p>Required. CloudFormation property {@code PosixUser}.
     */
    public OpenZFSFileSystemIdentity posixUser(Value<OpenZFSPosixFileSystemUser> value) {
      return set("PosixUser", value);
    }

    /**
     * Specifies the FSx for OpenZFS user identity type, accepts only <code>POSIX</code> .
     *
     * <p>Required. Allowed values: {@code POSIX}. CloudFormation property {@code Type}.
     */
    public OpenZFSFileSystemIdentity type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public OpenZFSFileSystemIdentity type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The FSx for OpenZFS file system user that is used for authorizing all file access requests that
   * are made using the S3 access point.
   *
   * <p>Property type {@code AWS::FSx::S3AccessPointAttachment.OpenZFSPosixFileSystemUser}.
   */
  public static final class OpenZFSPosixFileSystemUser extends Struct<OpenZFSPosixFileSystemUser> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::S3AccessPointAttachment.OpenZFSPosixFileSystemUser")
        .required("Gid", "Uid")
        .constrain("Gid", Constraint.of().minimum(0).maximum(4294967295L))
        .constrain("SecondaryGids", Constraint.of().minimum(0).maximum(4294967295L))
        .constrain("Uid", Constraint.of().minimum(0).maximum(4294967295L))
        .build();

    public OpenZFSPosixFileSystemUser() {
      super(SCHEMA);
    }

    /**
     * The GID of the file system user.
     *
     * <p>Required. Range: 0 to 4294967295L. CloudFormation property {@code Gid}.
     */
    public OpenZFSPosixFileSystemUser gid(double value) {
      return set("Gid", Value.of(value));
    }

    /** Sets {@code Gid} to this value; see {@link #gid(double)}. */
    public OpenZFSPosixFileSystemUser gid(Value<Double> value) {
      return set("Gid", value);
    }

    /**
     * The list of secondary GIDs for the file system user.
     *
     * <p>Range: 0 to 4294967295L. CloudFormation property {@code SecondaryGids}.
     */
    public OpenZFSPosixFileSystemUser secondaryGids(List<FileSystemGID> value) {
      return set("SecondaryGids", Value.listOf(value));
    }

    /** Sets {@code SecondaryGids} to this value; see {@link #secondaryGids(List)}. */
    public OpenZFSPosixFileSystemUser secondaryGids(Value<List<FileSystemGID>> value) {
      return set("SecondaryGids", value);
    }

    /** Sets {@code SecondaryGids} to a list of these; see {@link #secondaryGids(List)}. */
    public OpenZFSPosixFileSystemUser secondaryGids(FileSystemGID... values) {
      return set("SecondaryGids", Value.list(values));
    }

    /**
     * The UID of the file system user.
     *
     * <p>Required. Range: 0 to 4294967295L. CloudFormation property {@code Uid}.
     */
    public OpenZFSPosixFileSystemUser uid(double value) {
      return set("Uid", Value.of(value));
    }

    /** Sets {@code Uid} to this value; see {@link #uid(double)}. */
    public OpenZFSPosixFileSystemUser uid(Value<Double> value) {
      return set("Uid", value);
    }
  }

  /**
   * Describes the S3 access point configuration of the S3 access point attachment.
   *
   * <p>Property type {@code AWS::FSx::S3AccessPointAttachment.S3AccessPoint}.
   */
  public static final class S3AccessPoint extends Struct<S3AccessPoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::S3AccessPointAttachment.S3AccessPoint")
        .constrain("Alias", Constraint.of().pattern("^[0-9a-z\\\\-]{1,63}").minLength(1).maxLength(63))
        .constrain("Policy", Constraint.of().minLength(1).maxLength(200000))
        .constrain("ResourceARN", Constraint.of().pattern("^arn:[^:]{1,63}:[^:]{0,63}:[^:]{0,63}:(?:|\\d{12}):[^/].{0,1023}$").minLength(8).maxLength(1024))
        .build();

    public S3AccessPoint() {
      super(SCHEMA);
    }

    /**
     * The S3 access point's alias.
     *
     * <p>Length: 1 to 63 characters. Pattern: {@code ^[0-9a-z&#92;&#92;-]{1,63}}. CloudFormation
     * property {@code Alias}.
     */
    public S3AccessPoint alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public S3AccessPoint alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The S3 access point's policy.
     *
     * <p>Length: 1 to 200000 characters. CloudFormation property {@code Policy}.
     */
    public S3AccessPoint policy(String value) {
      return set("Policy", Value.of(value));
    }

    /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
    public S3AccessPoint policy(Value<String> value) {
      return set("Policy", value);
    }

    /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
    public S3AccessPoint policy(Json value) {
      return set("Policy", value);
    }

    /**
     * The S3 access point's ARN.
     *
     * <p>Length: 8 to 1024 characters. Pattern: {@code
     * ^arn:[^:]{1,63}:[^:]{0,63}:[^:]{0,63}:(?:|&#92;d{12}):[^/].{0,1023}$}. CloudFormation
     * property {@code ResourceARN}.
     */
    public S3AccessPoint resourceARN(String value) {
      return set("ResourceARN", Value.of(value));
    }

    /** Sets {@code ResourceARN} to this value; see {@link #resourceARN(String)}. */
    public S3AccessPoint resourceARN(Value<String> value) {
      return set("ResourceARN", value);
    }

    /**
     * The S3 access point's virtual private cloud (VPC) configuration.
     *
     * <p>CloudFormation property {@code VpcConfiguration}.
     */
    public S3AccessPoint vpcConfiguration(Value<S3AccessPointVpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * Describes the FSx for ONTAP attachment configuration of an S3 access point attachment.
   *
   * <p>Property type {@code AWS::FSx::S3AccessPointAttachment.S3AccessPointOntapConfiguration}.
   */
  public static final class S3AccessPointOntapConfiguration extends Struct<S3AccessPointOntapConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::S3AccessPointAttachment.S3AccessPointOntapConfiguration")
        .required("FileSystemIdentity", "VolumeId")
        .constrain("VolumeId", Constraint.of().pattern("^(fsvol-[0-9a-f]{17,})$").minLength(23).maxLength(23))
        .build();

    public S3AccessPointOntapConfiguration() {
      super(SCHEMA);
    }

    /**
     * The file system identity used to authorize file access requests made using the S3 access
     * point.
     *
     * <p>Required. CloudFormation property {@code FileSystemIdentity}.
     */
    public S3AccessPointOntapConfiguration fileSystemIdentity(Value<OntapFileSystemIdentity> value) {
      return set("FileSystemIdentity", value);
    }

    /**
     * The ID of the FSx for ONTAP volume that the S3 access point is attached to.
     *
     * <p>Required. Length: 23 to 23 characters. Pattern: {@code ^(fsvol-[0-9a-f]{17,})$}.
     * CloudFormation property {@code VolumeId}.
     */
    public S3AccessPointOntapConfiguration volumeId(String value) {
      return set("VolumeId", Value.of(value));
    }

    /** Sets {@code VolumeId} to this value; see {@link #volumeId(String)}. */
    public S3AccessPointOntapConfiguration volumeId(Value<String> value) {
      return set("VolumeId", value);
    }
  }

  /**
   * Describes the FSx for OpenZFS attachment configuration of an S3 access point attachment.
   *
   * <p>Property type {@code AWS::FSx::S3AccessPointAttachment.S3AccessPointOpenZFSConfiguration}.
   */
  public static final class S3AccessPointOpenZFSConfiguration extends Struct<S3AccessPointOpenZFSConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::S3AccessPointAttachment.S3AccessPointOpenZFSConfiguration")
        .required("FileSystemIdentity", "VolumeId")
        .constrain("VolumeId", Constraint.of().pattern("^(fsvol-[0-9a-f]{17,})$").minLength(23).maxLength(23))
        .build();

    public S3AccessPointOpenZFSConfiguration() {
      super(SCHEMA);
    }

    /**
     * The file system identity used to authorize file access requests made using the S3 access
     * point.
     *
     * <p>Required. CloudFormation property {@code FileSystemIdentity}.
     */
    public S3AccessPointOpenZFSConfiguration fileSystemIdentity(Value<OpenZFSFileSystemIdentity> value) {
      return set("FileSystemIdentity", value);
    }

    /**
     * The ID of the FSx for OpenZFS volume that the S3 access point is attached to.
     *
     * <p>Required. Length: 23 to 23 characters. Pattern: {@code ^(fsvol-[0-9a-f]{17,})$}.
     * CloudFormation property {@code VolumeId}.
     */
    public S3AccessPointOpenZFSConfiguration volumeId(String value) {
      return set("VolumeId", Value.of(value));
    }

    /** Sets {@code VolumeId} to this value; see {@link #volumeId(String)}. */
    public S3AccessPointOpenZFSConfiguration volumeId(Value<String> value) {
      return set("VolumeId", value);
    }
  }

  /**
   * If included, Amazon S3 restricts access to this access point to requests from the specified
   * virtual private cloud (VPC).
   *
   * <p>Property type {@code AWS::FSx::S3AccessPointAttachment.S3AccessPointVpcConfiguration}.
   */
  public static final class S3AccessPointVpcConfiguration extends Struct<S3AccessPointVpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::S3AccessPointAttachment.S3AccessPointVpcConfiguration")
        .required("VpcId")
        .constrain("VpcId", Constraint.of().pattern("^(vpc-[0-9a-f]{8,})$").minLength(12).maxLength(21).format("AWS::EC2::VPC.Id"))
        .build();

    public S3AccessPointVpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the virtual private cloud (VPC) for the S3 access point VPC configuration, if one
     * exists.
     *
     * <p>Required. Length: 12 to 21 characters. Pattern: {@code ^(vpc-[0-9a-f]{8,})$}. Format:
     * {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
     */
    public S3AccessPointVpcConfiguration vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public S3AccessPointVpcConfiguration vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
