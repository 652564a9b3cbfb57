// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datasync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DataSync::LocationFSxOpenZFS</code> resource specifies an endpoint for an Amazon
 * FSx for OpenZFS file system.
 *
 * <p>CloudFormation type {@code AWS::DataSync::LocationFSxOpenZFS}.
 */
public final class LocationFSxOpenZFS extends Resource<LocationFSxOpenZFS> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxOpenZFS")
      .required("Protocol", "SecurityGroupArns")
      .constrain("FsxFilesystemArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):fsx:[a-z\\-0-9]+:[0-9]{12}:file-system/fs-[0-9a-f]+$").minLength(0).maxLength(128))
      .constrain("SecurityGroupArns", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z\\-0-9]*:[0-9]{12}:security-group/sg-[a-f0-9]+$").minLength(0).maxLength(128))
      .constrain("Subdirectory", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$").minLength(0).maxLength(4096))
      .refYields("LocationArn")
      .attributes("LocationArn", "LocationUri")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocationFSxOpenZFS(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the FSx for OpenZFS file system.
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):fsx:[a-z&#92;-0-9]+:[0-9]{12}:file-system/fs-[0-9a-f]+$}.
   * CloudFormation property {@code FsxFilesystemArn}.
   */
  public LocationFSxOpenZFS fsxFilesystemArn(String value) {
    return set("FsxFilesystemArn", Value.of(value));
  }

  /** Sets {@code FsxFilesystemArn} to this value; see {@link #fsxFilesystemArn(String)}. */
  public LocationFSxOpenZFS fsxFilesystemArn(Value<String> value) {
    return set("FsxFilesystemArn", value);
  }

  /**
   * The type of protocol that AWS DataSync uses to access your file system.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Protocol}.
   */
  public LocationFSxOpenZFS protocol(Value<Protocol> value) {
    return set("Protocol", value);
  }

  /**
   * The ARNs of the security groups that are used to configure the FSx for OpenZFS file system.
   *
   * <p><em>Pattern</em> :
   * <code>^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):ec2:[a-z&#92;-0-9]<em>:[0-9]{12}:security-group/.</em>$</code>
   *
   * <p><em>Length constraints</em> : Maximum length of 128.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z&#92;-0-9]*:[0-9]{12}:security-group/sg-[a-f0-9]+$}.
   * CloudFormation property {@code SecurityGroupArns}.
   */
  public LocationFSxOpenZFS securityGroupArns(List<String> value) {
    return set("SecurityGroupArns", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupArns} to this value; see {@link #securityGroupArns(List)}. */
  public LocationFSxOpenZFS securityGroupArns(Value<List<String>> value) {
    return set("SecurityGroupArns", value);
  }

  /**
   * A subdirectory in the location's path that must begin with <code>/fsx</code> . DataSync uses
   * this subdirectory to read or write data (depending on whether the file system is a source or
   * destination location).
   *
   * <p>Changing it replaces the resource. Length: 0 to 4096 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;+&#92;./&#92;(&#92;)&#92;$&#92;p{Zs}]+$}. CloudFormation property {@code
   * Subdirectory}.
   */
  public LocationFSxOpenZFS subdirectory(String value) {
    return set("Subdirectory", Value.of(value));
  }

  /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
  public LocationFSxOpenZFS subdirectory(Value<String> value) {
    return set("Subdirectory", value);
  }

  /**
   * The key-value pair that represents a tag that you want to add to the resource. The value can be
   * an empty string. This value helps you manage, filter, and search for your resources. We
   * recommend that you create a name tag for your location.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocationFSxOpenZFS tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocationFSxOpenZFS tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocationFSxOpenZFS tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the specified FSx for OpenZFS file system location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationArn}.
   */
  public Value<String> locationArn() {
    return getAtt("LocationArn");
  }

  /**
   * The URI of the specified FSx for OpenZFS file system location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationUri}.
   */
  public Value<String> locationUri() {
    return getAtt("LocationUri");
  }

  /**
   * Represents the mount options that are available for DataSync to access a Network File System
   * (NFS) location.
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxOpenZFS.MountOptions}.
   */
  public static final class MountOptions extends Struct<MountOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxOpenZFS.MountOptions")
        .allowed("Version", "AUTOMATIC", "NFS3", "NFS4_0", "NFS4_1", "NFS4_2")
        .build();

    public MountOptions() {
      super(SCHEMA);
    }

    /**
     * The specific NFS version that you want DataSync to use to mount your NFS share. If the server
     * refuses to use the version specified, the sync will fail. If you don't specify a version,
     * DataSync defaults to <code>AUTOMATIC</code> . That is, DataSync automatically selects a
     * version based on negotiation with the NFS server.
     *
     * <p>You can specify the following NFS versions:
     *
     * <ul> <li><em><a
     * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc1813">NFSv3</a></em> :
     * Stateless protocol version that allows for asynchronous writes on the server. <li><em><a
     * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc3530">NFSv4.0</a></em> :
     * Stateful, firewall-friendly protocol version that supports delegations and pseudo file
     * systems. <li><em><a
     * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc5661">NFSv4.1</a></em> :
     * Stateful protocol version that supports sessions, directory delegations, and parallel data
     * processing. Version 4.1 also includes all features available in version 4.0. </ul>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code AUTOMATIC}, {@code NFS3}, {@code
     * NFS4_0}, {@code NFS4_1}, {@code NFS4_2}. CloudFormation property {@code Version}.
     */
    public MountOptions version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public MountOptions version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Represents the Network File System (NFS) protocol that AWS DataSync uses to access your Amazon
   * FSx for OpenZFS file system.
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxOpenZFS.NFS}.
   */
  public static final class NFS extends Struct<NFS> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxOpenZFS.NFS")
        .required("MountOptions")
        .build();

    public NFS() {
      super(SCHEMA);
    }

    /**
     * Represents the mount options that are available for DataSync to access an NFS location.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code MountOptions}.
     */
    public NFS mountOptions(Value<MountOptions> value) {
      return set("MountOptions", value);
    }
  }

  /**
   * Represents the protocol that AWS DataSync uses to access your Amazon FSx for OpenZFS file
   * system.
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxOpenZFS.Protocol}.
   */
  public static final class Protocol extends Struct<Protocol> {
    private static final Schema SCHEMA = Schema.of("AWS::DataSync::LocationFSxOpenZFS.Protocol");

    public Protocol() {
      super(SCHEMA);
    }

    /**
     * Represents the Network File System (NFS) protocol that DataSync uses to access your FSx for
     * OpenZFS file system.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NFS}.
     */
    public Protocol nfs(Value<NFS> value) {
      return set("NFS", value);
    }
  }
}
