// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transfer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Transfer::User</code> resource creates a user and associates them with an existing
 * server. You can only create and associate users with servers that have the
 * <code>IdentityProviderType</code> set to <code>SERVICE_MANAGED</code> . Using parameters for
 * <code>CreateUser</code> , you can specify the user name, set the home directory, store the user's
 * public key, and assign the user's AWS Identity and Access Management (IAM) role. You can also
 * optionally add a session policy, and assign metadata with tags that can be used to group and
 * search for users.
 *
 * <p>CloudFormation type {@code AWS::Transfer::User}.
 */
public final class User extends Resource<User> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transfer::User")
      .required("Role", "ServerId", "UserName")
      .constrain("HomeDirectory", Constraint.of().pattern("^(|/.*)$").minLength(0).maxLength(1024))
      .allowed("HomeDirectoryType", "PATH", "LOGICAL")
      .constrain("Policy", Constraint.of().minLength(0).maxLength(2048))
      .constrain("Role", Constraint.of().pattern("^arn:.*role/\\S+$").minLength(20).maxLength(2048))
      .constrain("ServerId", Constraint.of().pattern("^s-([0-9a-f]{17})$").minLength(19).maxLength(19))
      .constrain("SshPublicKeys", Constraint.of().pattern("^\\s*(ssh|ecdsa)-[a-z0-9-]+[ \\t]+(([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{1,3})?(={0,3})?)(\\s*|[ \\t]+[\\S \\t]*\\s*)$").minLength(0).maxLength(2048))
      .constrain("UserName", Constraint.of().pattern("^[\\w][\\w@.-]{2,99}$").minLength(3).maxLength(100))
      .refYields("Arn")
      .attributes("Arn", "ServerId", "UserName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public User(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The landing directory (folder) for a user when they log in to the server using the client.
   *
   * <p>A <code>HomeDirectory</code> example is <code>/bucket_name/home/mydirectory</code> .
   *
   * <p>You can use the <code>HomeDirectory</code> parameter for <code>HomeDirectoryType</code> when
   * it is set to either <code>PATH</code> or <code>LOGICAL</code> .
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code ^(|/.*)$}. CloudFormation property {@code
   * HomeDirectory}.
   */
  public User homeDirectory(String value) {
    return set("HomeDirectory", Value.of(value));
  }

  /** Sets {@code HomeDirectory} to this value; see {@link #homeDirectory(String)}. */
  public User homeDirectory(Value<String> value) {
    return set("HomeDirectory", value);
  }

  /**
   * Logical directory mappings that specify what Amazon S3 or Amazon EFS paths and keys should be
   * visible to your user and how you want to make them visible. You must specify the
   * <code>Entry</code> and <code>Target</code> pair, where <code>Entry</code> shows how the path is
   * made visible and <code>Target</code> is the actual Amazon S3 or Amazon EFS path. If you only
   * specify a target, it is displayed as is. You also must ensure that your AWS Identity and Access
   * Management (IAM) role provides access to paths in <code>Target</code> . This value can be set
   * only when <code>HomeDirectoryType</code> is set to <em>LOGICAL</em> .
   *
   * <p>The following is an <code>Entry</code> and <code>Target</code> pair example.
   *
   * <p><code>[ { "Entry": "/directory1", "Target": "/bucket_name/home/mydirectory" } ]</code>
   *
   * <p>In most cases, you can use this value instead of the session policy to lock your user down
   * to the designated home directory (" <code>chroot</code> "). To do this, you can set
   * <code>Entry</code> to <code>/</code> and set <code>Target</code> to the value the user should
   * see for their home directory when they log in.
   *
   * <p>The following is an <code>Entry</code> and <code>Target</code> pair example for
   * <code>chroot</code> .
   *
   * <p><code>[ { "Entry": "/", "Target": "/bucket_name/home/mydirectory" } ]</code>
   *
   * <p>CloudFormation property {@code HomeDirectoryMappings}.
   */
  public User homeDirectoryMappings(List<HomeDirectoryMapEntry> value) {
    return set("HomeDirectoryMappings", Value.listOf(value));
  }

  /** Sets {@code HomeDirectoryMappings} to this value; see {@link #homeDirectoryMappings(List)}. */
  public User homeDirectoryMappings(Value<List<HomeDirectoryMapEntry>> value) {
    return set("HomeDirectoryMappings", value);
  }

  /**
   * Sets {@code HomeDirectoryMappings} to a list of these; see {@link
   * #homeDirectoryMappings(List)}.
   */
  public User homeDirectoryMappings(HomeDirectoryMapEntry... values) {
    return set("HomeDirectoryMappings", Value.list(values));
  }

  /**
   * The type of landing directory (folder) that you want your users' home directory to be when they
   * log in to the server. If you set it to <code>PATH</code> , the user will see the absolute
   * Amazon S3 bucket or Amazon EFS path as is in their file transfer protocol clients. If you set
   * it to <code>LOGICAL</code> , you need to provide mappings in the
   * <code>HomeDirectoryMappings</code> for how you want to make Amazon S3 or Amazon EFS paths
   * visible to your users.
   *
   * <p>If <code>HomeDirectoryType</code> is <code>LOGICAL</code> , you must provide mappings, using
   * the <code>HomeDirectoryMappings</code> parameter. If, on the other hand,
   * <code>HomeDirectoryType</code> is <code>PATH</code> , you provide an absolute path using the
   * <code>HomeDirectory</code> parameter. You cannot have both <code>HomeDirectory</code> and
   * <code>HomeDirectoryMappings</code> in your template.
   *
   * <p>Allowed values: {@code PATH}, {@code LOGICAL}. CloudFormation property {@code
   * HomeDirectoryType}.
   */
  public User homeDirectoryType(String value) {
    return set("HomeDirectoryType", Value.of(value));
  }

  /** Sets {@code HomeDirectoryType} to this value; see {@link #homeDirectoryType(String)}. */
  public User homeDirectoryType(Value<String> value) {
    return set("HomeDirectoryType", value);
  }

  /**
   * A session policy for your user so you can use the same IAM role across multiple users. This
   * policy restricts user access to portions of their Amazon S3 bucket. Variables that you can use
   * inside this policy include <code>${Transfer:UserName}</code> ,
   * <code>${Transfer:HomeDirectory}</code> , and <code>${Transfer:HomeBucket}</code> .
   *
   * <p>For session policies, AWS Transfer Family stores the policy as a JSON blob, instead of the
   * Amazon Resource Name (ARN) of the policy. You save the policy as a JSON blob and pass it in the
   * <code>Policy</code> argument. For an example of a session policy, see <a
   * href="https://docs.aws.amazon.com/transfer/latest/userguide/session-policy.html">Example
   * session policy</a> . For more information, see <a
   * href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html">AssumeRole</a>
   * in the <em>AWS Security Token Service API Reference</em> .
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Policy}.
   */
  public User policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public User policy(Value<String> value) {
    return set("Policy", value);
  }

  /**
   * Specifies the full POSIX identity, including user ID ( <code>Uid</code> ), group ID (
   * <code>Gid</code> ), and any secondary groups IDs ( <code>SecondaryGids</code> ), that controls
   * your users' access to your Amazon Elastic File System (Amazon EFS) file systems. The POSIX
   * permissions that are set on files and directories in your file system determine the level of
   * access your users get when transferring files into and out of your Amazon EFS file systems.
   *
   * <p>CloudFormation property {@code PosixProfile}.
   */
  public User posixProfile(Value<PosixProfile> value) {
    return set("PosixProfile", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS Identity and Access Management (IAM) role that
   * controls your users' access to your Amazon S3 bucket or Amazon EFS file system. The policies
   * attached to this role determine the level of access that you want to provide your users when
   * transferring files into and out of your Amazon S3 bucket or Amazon EFS file system. The IAM
   * role should also contain a trust relationship that allows the server to access your resources
   * when servicing your users' transfer requests.
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code ^arn:.*role/&#92;S+$}.
   * CloudFormation property {@code Role}.
   */
  public User role(String value) {
    return set("Role", Value.of(value));
  }

  /** Sets {@code Role} to this value; see {@link #role(String)}. */
  public User role(Value<String> value) {
    return set("Role", value);
  }

  /**
   * A system-assigned unique identifier for a server instance. This is the specific server that you
   * added your user to.
   *
   * <p>Required. Changing it replaces the resource. Length: 19 to 19 characters. Pattern: {@code
   * ^s-([0-9a-f]{17})$}. CloudFormation property {@code ServerId}.
   */
  public User serverId(String value) {
    return set("ServerId", Value.of(value));
  }

  /** Sets {@code ServerId} to this value; see {@link #serverId(String)}. */
  public User serverId(Value<String> value) {
    return set("ServerId", value);
  }

  /**
   * Specifies the public key portion of the Secure Shell (SSH) keys stored for the described user.
   *
   * <p>To delete the public key body, set its value to zero keys, as shown here:
   * <code>SshPublicKeys: []</code>
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code ^&#92;s*(ssh|ecdsa)-[a-z0-9-]+[
   * &#92;t]+(([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{1,3})?(={0,3})?)(&#92;s*|[ &#92;t]+[&#92;S
   * &#92;t]*&#92;s*)$}. CloudFormation property {@code SshPublicKeys}.
   */
  public User sshPublicKeys(List<String> value) {
    return set("SshPublicKeys", Value.listOf(value));
  }

  /** Sets {@code SshPublicKeys} to this value; see {@link #sshPublicKeys(List)}. */
  public User sshPublicKeys(Value<List<String>> value) {
    return set("SshPublicKeys", value);
  }

  /**
   * Key-value pairs that can be used to group and search for users. Tags are metadata attached to
   * users for any purpose.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public User tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public User tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public User tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A unique string that identifies a user and is associated with a <code>ServerId</code> . This
   * user name must be a minimum of 3 and a maximum of 100 characters long. The following are valid
   * characters: a-z, A-Z, 0-9, underscore '_', hyphen '-', period '.', and at sign '&#64;'. The
   * user name can't start with a hyphen, period, or at sign.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 100 characters. Pattern: {@code
   * ^[&#92;w][&#92;w&#64;.-]{2,99}$}. CloudFormation property {@code UserName}.
   */
  public User userName(String value) {
    return set("UserName", Value.of(value));
  }

  /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
  public User userName(Value<String> value) {
    return set("UserName", value);
  }

  /**
   * The Amazon Resource Name associated with the user, in the form <code>arn:aws:transfer:region:
   * <em>account-id</em> :user/ <em>server-id</em> / <em>username</em></code> .
   *
   * <p>An example of a user ARN is: <code>arn:aws:transfer:us-east-1:123456789012:user/user1</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the server to which the user is attached.
   *
   * <p>An example <code>ServerId</code> is <code>s-01234567890abcdef</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServerId}.
   */
  public Value<String> serverId() {
    return getAtt("ServerId");
  }

  /**
   * A unique string that identifies a Transfer Family user account associated with a server.
   *
   * <p>An example <code>UserName</code> is <code>transfer-user-1</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code UserName}.
   */
  public Value<String> userName() {
    return getAtt("UserName");
  }

  /**
   * Represents an object that contains entries and targets for <code>HomeDirectoryMappings</code> .
   *
   * <p>Property type {@code AWS::Transfer::User.HomeDirectoryMapEntry}.
   */
  public static final class HomeDirectoryMapEntry extends Struct<HomeDirectoryMapEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::User.HomeDirectoryMapEntry")
        .required("Entry", "Target")
        .constrain("Entry", Constraint.of().pattern("^/.*$").minLength(0).maxLength(1024))
        .constrain("Target", Constraint.of().pattern("^/.*$").minLength(0).maxLength(1024))
        .allowed("Type", "FILE", "DIRECTORY")
        .build();

    public HomeDirectoryMapEntry() {
      super(SCHEMA);
    }

    /**
     * Represents an entry for <code>HomeDirectoryMappings</code> .
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code ^/.*$}. CloudFormation property
     * {@code Entry}.
     */
    public HomeDirectoryMapEntry entry(String value) {
      return set("Entry", Value.of(value));
    }

    /** Sets {@code Entry} to this value; see {@link #entry(String)}. */
    public HomeDirectoryMapEntry entry(Value<String> value) {
      return set("Entry", value);
    }

    /**
     * Represents the map target that is used in a <code>HomeDirectoryMapEntry</code> .
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code ^/.*$}. CloudFormation property
     * {@code Target}.
     */
    public HomeDirectoryMapEntry target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public HomeDirectoryMapEntry target(Value<String> value) {
      return set("Target", value);
    }

    /**
     * Specifies the type of mapping. Set the type to <code>FILE</code> if you want the mapping to
     * point to a file, or <code>DIRECTORY</code> for the directory to point to a directory.
     *
     * <p>By default, home directory mappings have a <code>Type</code> of <code>DIRECTORY</code>
     * when you create a Transfer Family server. You would need to explicitly set <code>Type</code>
     * to <code>FILE</code> if you want a mapping to have a file target.
     *
     * <p>Allowed values: {@code FILE}, {@code DIRECTORY}. CloudFormation property {@code Type}.
     */
    public HomeDirectoryMapEntry type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public HomeDirectoryMapEntry type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The full POSIX identity, including user ID ( <code>Uid</code> ), group ID ( <code>Gid</code> ),
   * and any secondary groups IDs ( <code>SecondaryGids</code> ), that controls your users' access
   * to your Amazon EFS file systems. The POSIX permissions that are set on files and directories in
   * your file system determine the level of access your users get when transferring files into and
   * out of your Amazon EFS file systems.
   *
   * <p>Property type {@code AWS::Transfer::User.PosixProfile}.
   */
  public static final class PosixProfile extends Struct<PosixProfile> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::User.PosixProfile")
        .required("Gid", "Uid")
        .constrain("Gid", Constraint.of().minimum(0).maximum(4294967295L))
        .constrain("SecondaryGids", Constraint.of().minimum(0).maximum(4294967295L))
        .constrain("Uid", Constraint.of().minimum(0).maximum(4294967295L))
        .build();

    public PosixProfile() {
      super(SCHEMA);
    }

    /**
     * The POSIX group ID used for all EFS operations by this user.
     *
     * <p>Required. Range: 0 to 4294967295L. CloudFormation property {@code Gid}.
     */
    public PosixProfile gid(double value) {
      return set("Gid", Value.of(value));
    }

    /** Sets {@code Gid} to this value; see {@link #gid(double)}. */
    public PosixProfile gid(Value<Double> value) {
      return set("Gid", value);
    }

    /**
     * The secondary POSIX group IDs used for all EFS operations by this user.
     *
     * <p>Range: 0 to 4294967295L. CloudFormation property {@code SecondaryGids}.
     */
    public PosixProfile secondaryGids(List<Double> value) {
      return set("SecondaryGids", Value.listOf(value));
    }

    /** Sets {@code SecondaryGids} to this value; see {@link #secondaryGids(List)}. */
    public PosixProfile secondaryGids(Value<List<Double>> value) {
      return set("SecondaryGids", value);
    }

    /**
     * The POSIX user ID used for all EFS operations by this user.
     *
     * <p>Required. Range: 0 to 4294967295L. CloudFormation property {@code Uid}.
     */
    public PosixProfile uid(double value) {
      return set("Uid", Value.of(value));
    }

    /** Sets {@code Uid} to this value; see {@link #uid(double)}. */
    public PosixProfile uid(Value<Double> value) {
      return set("Uid", value);
    }
  }
}
