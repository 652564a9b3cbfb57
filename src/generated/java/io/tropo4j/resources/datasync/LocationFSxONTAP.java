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
 * The <code>AWS::DataSync::LocationFSxONTAP</code> resource creates an endpoint for an Amazon FSx
 * for NetApp ONTAP file system. AWS DataSync can access this endpoint as a source or destination
 * location.
 *
 * <p>CloudFormation type {@code AWS::DataSync::LocationFSxONTAP}.
 */
public final class LocationFSxONTAP extends Resource<LocationFSxONTAP> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxONTAP")
      .required("SecurityGroupArns", "StorageVirtualMachineArn")
      .constrain("SecurityGroupArns", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z\\-0-9]*:[0-9]{12}:security-group/sg-[a-f0-9]+$").minLength(0).maxLength(128))
      .constrain("StorageVirtualMachineArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):fsx:[a-z\\-0-9]+:[0-9]{12}:storage-virtual-machine/fs-[0-9a-f]+/svm-[0-9a-f]{17,}$").minLength(0).maxLength(162))
      .constrain("Subdirectory", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$").minLength(0).maxLength(4096))
      .refYields("LocationArn")
      .attributes("FsxFilesystemArn", "LocationArn", "LocationUri",
          "Protocol.SMB.CmkSecretConfig.SecretArn", "Protocol.SMB.ManagedSecretConfig")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocationFSxONTAP(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the data transfer protocol that DataSync uses to access your Amazon FSx file system.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Protocol}.
   */
  public LocationFSxONTAP protocol(Value<Protocol> value) {
    return set("Protocol", value);
  }

  /**
   * Specifies the Amazon Resource Names (ARNs) of the security groups that DataSync can use to
   * access your FSx for ONTAP file system. You must configure the security groups to allow outbound
   * traffic on the following ports (depending on the protocol that you're using):
   *
   * <ul> <li><em>Network File System (NFS)</em> : TCP ports 111, 635, and 2049 <li><em>Server
   * Message Block (SMB)</em> : TCP port 445 </ul>
   *
   * <p>Your file system's security groups must also allow inbound traffic on the same port.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z&#92;-0-9]*:[0-9]{12}:security-group/sg-[a-f0-9]+$}.
   * CloudFormation property {@code SecurityGroupArns}.
   */
  public LocationFSxONTAP securityGroupArns(List<String> value) {
    return set("SecurityGroupArns", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupArns} to this value; see {@link #securityGroupArns(List)}. */
  public LocationFSxONTAP securityGroupArns(Value<List<String>> value) {
    return set("SecurityGroupArns", value);
  }

  /**
   * Specifies the ARN of the storage virtual machine (SVM) in your file system where you want to
   * copy data to or from.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 162 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):fsx:[a-z&#92;-0-9]+:[0-9]{12}:storage-virtual-machine/fs-[0-9a-f]+/svm-[0-9a-f]{17,}$}.
   * CloudFormation property {@code StorageVirtualMachineArn}.
   */
  public LocationFSxONTAP storageVirtualMachineArn(String value) {
    return set("StorageVirtualMachineArn", Value.of(value));
  }

  /**
   * Sets {@code StorageVirtualMachineArn} to this value; see {@link
   * #storageVirtualMachineArn(String)}.
   */
  public LocationFSxONTAP storageVirtualMachineArn(Value<String> value) {
    return set("StorageVirtualMachineArn", value);
  }

  /**
   * Specifies a path to the file share in the SVM where you want to transfer data to or from.
   *
   * <p>You can specify a junction path (also known as a mount point), qtree path (for NFS file
   * shares), or share name (for SMB file shares). For example, your mount path might be
   * <code>/vol1</code> , <code>/vol1/tree1</code> , or <code>/share1</code> .
   *
   * <p>Don't specify a junction path in the SVM's root volume. For more information, see <a
   * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/managing-svms.html">Managing FSx for
   * ONTAP storage virtual machines</a> in the <em>Amazon FSx for NetApp ONTAP User Guide</em> .
   *
   * <p>Changing it replaces the resource. Length: 0 to 4096 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;+&#92;./&#92;(&#92;)&#92;$&#92;p{Zs}]+$}. CloudFormation property {@code
   * Subdirectory}.
   */
  public LocationFSxONTAP subdirectory(String value) {
    return set("Subdirectory", Value.of(value));
  }

  /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
  public LocationFSxONTAP subdirectory(Value<String> value) {
    return set("Subdirectory", value);
  }

  /**
   * Specifies labels that help you categorize, filter, and search for your AWS resources. We
   * recommend creating at least a name tag for your location.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocationFSxONTAP tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocationFSxONTAP tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocationFSxONTAP tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the FSx for ONTAP file system in the specified location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FsxFilesystemArn}.
   */
  public Value<String> fsxFilesystemArn() {
    return getAtt("FsxFilesystemArn");
  }

  /**
   * The ARN of the specified location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationArn}.
   */
  public Value<String> locationArn() {
    return getAtt("LocationArn");
  }

  /**
   * The URI of the specified location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationUri}.
   */
  public Value<String> locationUri() {
    return getAtt("LocationUri");
  }

  /**
   * Specifies the ARN for an AWS Secrets Manager secret, managed by DataSync.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Protocol.SMB.CmkSecretConfig.SecretArn}.
   */
  public Value<String> protocolSMBCmkSecretConfigSecretArn() {
    return getAtt("Protocol.SMB.CmkSecretConfig.SecretArn");
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location. DataSync
   * uses the default AWS-managed KMS key to encrypt this secret in AWS Secrets Manager.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Protocol.SMB.ManagedSecretConfig}.
   */
  public Value<ManagedSecretConfig> protocolSMBManagedSecretConfig() {
    return getAtt("Protocol.SMB.ManagedSecretConfig");
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location, and a
   * customer-managed AWS KMS key.
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxONTAP.CmkSecretConfig}.
   */
  public static final class CmkSecretConfig extends Struct<CmkSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxONTAP.CmkSecretConfig")
        .constrain("KmsKeyArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$").minLength(0).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$").minLength(0).maxLength(2048))
        .build();

    public CmkSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for the customer-managed AWS KMS key used to encrypt the secret specified
     * for SecretArn. DataSync provides this key to AWS Secrets Manager.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public CmkSecretConfig kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public CmkSecretConfig kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * Specifies the ARN for an AWS Secrets Manager secret, managed by DataSync.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$}.
     * CloudFormation property {@code SecretArn}.
     */
    public CmkSecretConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public CmkSecretConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Specifies configuration information for a customer-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location, and an
   * IAM role that DataSync can assume and access the customer-managed secret.
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxONTAP.CustomSecretConfig}.
   */
  public static final class CustomSecretConfig extends Struct<CustomSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxONTAP.CustomSecretConfig")
        .required("SecretAccessRoleArn", "SecretArn")
        .constrain("SecretAccessRoleArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$").minLength(0).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$").minLength(0).maxLength(2048))
        .build();

    public CustomSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for the AWS Identity and Access Management role that DataSync uses to
     * access the secret specified for SecretArn.
     *
     * <p>Required. Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$}. Format:
     * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code SecretAccessRoleArn}.
     */
    public CustomSecretConfig secretAccessRoleArn(String value) {
      return set("SecretAccessRoleArn", Value.of(value));
    }

    /** Sets {@code SecretAccessRoleArn} to this value; see {@link #secretAccessRoleArn(String)}. */
    public CustomSecretConfig secretAccessRoleArn(Value<String> value) {
      return set("SecretAccessRoleArn", value);
    }

    /**
     * Specifies the ARN for a customer created AWS Secrets Manager secret.
     *
     * <p>Required. Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$}.
     * CloudFormation property {@code SecretArn}.
     */
    public CustomSecretConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public CustomSecretConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location. DataSync
   * uses the default AWS-managed KMS key to encrypt this secret in AWS Secrets Manager.
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxONTAP.ManagedSecretConfig}.
   */
  public static final class ManagedSecretConfig extends Struct<ManagedSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxONTAP.ManagedSecretConfig")
        .required("SecretArn")
        .constrain("SecretArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$").minLength(0).maxLength(2048))
        .build();

    public ManagedSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for an AWS Secrets Manager secret.
     *
     * <p>Required. Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$}.
     * CloudFormation property {@code SecretArn}.
     */
    public ManagedSecretConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public ManagedSecretConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Specifies the Network File System (NFS) protocol configuration that AWS DataSync uses to access
   * a storage virtual machine (SVM) on your Amazon FSx for NetApp ONTAP file system. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-ontap-location.html#create-ontap-location-access">Accessing
   * FSx for ONTAP file systems</a> .
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxONTAP.NFS}.
   */
  public static final class NFS extends Struct<NFS> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxONTAP.NFS")
        .required("MountOptions")
        .build();

    public NFS() {
      super(SCHEMA);
    }

    /**
     * Specifies how DataSync can access a location using the NFS protocol.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code MountOptions}.
     */
    public NFS mountOptions(Value<NfsMountOptions> value) {
      return set("MountOptions", value);
    }
  }

  /**
   * Specifies how DataSync can access a location using the NFS protocol.
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxONTAP.NfsMountOptions}.
   */
  public static final class NfsMountOptions extends Struct<NfsMountOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxONTAP.NfsMountOptions")
        .allowed("Version", "AUTOMATIC", "NFS3", "NFS4_0", "NFS4_1")
        .build();

    public NfsMountOptions() {
      super(SCHEMA);
    }

    /**
     * Specifies the NFS version that you want DataSync to use when mounting your NFS share. If the
     * server refuses to use the version specified, the task fails.
     *
     * <p>You can specify the following options:
     *
     * <ul> <li><code>AUTOMATIC</code> (default): DataSync chooses NFS version 4.1.
     * <li><code>NFS3</code> : Stateless protocol version that allows for asynchronous writes on the
     * server. <li><code>NFSv4_0</code> : Stateful, firewall-friendly protocol version that supports
     * delegations and pseudo file systems. <li><code>NFSv4_1</code> : Stateful protocol version
     * that supports sessions, directory delegations, and parallel data processing. NFS version 4.1
     * also includes all features available in version 4.0. </ul>
     *
     * <p>DataSync currently only supports NFS version 3 with Amazon FSx for NetApp ONTAP locations.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code AUTOMATIC}, {@code NFS3}, {@code
     * NFS4_0}, {@code NFS4_1}. CloudFormation property {@code Version}.
     */
    public NfsMountOptions version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public NfsMountOptions version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Specifies the data transfer protocol that AWS DataSync uses to access your Amazon FSx file
   * system.
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxONTAP.Protocol}.
   */
  public static final class Protocol extends Struct<Protocol> {
    private static final Schema SCHEMA = Schema.of("AWS::DataSync::LocationFSxONTAP.Protocol");

    public Protocol() {
      super(SCHEMA);
    }

    /**
     * Specifies the Network File System (NFS) protocol configuration that DataSync uses to access
     * your FSx for ONTAP file system's storage virtual machine (SVM).
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NFS}.
     */
    public Protocol nfs(Value<NFS> value) {
      return set("NFS", value);
    }

    /**
     * Specifies the Server Message Block (SMB) protocol configuration that DataSync uses to access
     * your FSx for ONTAP file system's SVM.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SMB}.
     */
    public Protocol smb(Value<SMB> value) {
      return set("SMB", value);
    }
  }

  /**
   * Specifies the Server Message Block (SMB) protocol configuration that AWS DataSync uses to
   * access a storage virtual machine (SVM) on your Amazon FSx for NetApp ONTAP file system. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-ontap-location.html#create-ontap-location-access">Accessing
   * FSx for ONTAP file systems</a> .
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxONTAP.SMB}.
   */
  public static final class SMB extends Struct<SMB> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxONTAP.SMB")
        .required("MountOptions", "User")
        .constrain("Domain", Constraint.of().pattern("^([A-Za-z0-9]+[A-Za-z0-9-.]*)*[A-Za-z0-9-]*[A-Za-z0-9]$").minLength(0).maxLength(253))
        .constrain("Password", Constraint.of().pattern("^.{0,104}$").maxLength(104))
        .constrain("User", Constraint.of().pattern("^[^\\x5B\\x5D\\\\/:;|=,+*?]{1,104}$").maxLength(104))
        .build();

    public SMB() {
      super(SCHEMA);
    }

    /**
     * Specifies configuration information for a DataSync-managed secret, such as an authentication
     * token or set of credentials that DataSync uses to access a specific transfer location, and a
     * customer-managed AWS KMS key.
     *
     * <p>CloudFormation property {@code CmkSecretConfig}.
     */
    public SMB cmkSecretConfig(Value<CmkSecretConfig> value) {
      return set("CmkSecretConfig", value);
    }

    /**
     * Specifies configuration information for a customer-managed secret, such as an authentication
     * token or set of credentials that DataSync uses to access a specific transfer location, and an
     * IAM role that DataSync can assume and access the customer-managed secret.
     *
     * <p>CloudFormation property {@code CustomSecretConfig}.
     */
    public SMB customSecretConfig(Value<CustomSecretConfig> value) {
      return set("CustomSecretConfig", value);
    }

    /**
     * Specifies the name of the Windows domain that your storage virtual machine (SVM) belongs to.
     *
     * <p>If you have multiple domains in your environment, configuring this setting makes sure that
     * DataSync connects to the right SVM.
     *
     * <p>If you have multiple Active Directory domains in your environment, configuring this
     * parameter makes sure that DataSync connects to the right SVM.
     *
     * <p>Changing it replaces the resource. Length: 0 to 253 characters. Pattern: {@code
     * ^([A-Za-z0-9]+[A-Za-z0-9-.]*)*[A-Za-z0-9-]*[A-Za-z0-9]$}. CloudFormation property {@code
     * Domain}.
     */
    public SMB domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public SMB domain(Value<String> value) {
      return set("Domain", value);
    }

    /**
     * Specifies configuration information for a DataSync-managed secret, such as an authentication
     * token or set of credentials that DataSync uses to access a specific transfer location.
     * DataSync uses the default AWS-managed KMS key to encrypt this secret in AWS Secrets Manager.
     *
     * <p>CloudFormation property {@code ManagedSecretConfig}.
     */
    public SMB managedSecretConfig(Value<ManagedSecretConfig> value) {
      return set("ManagedSecretConfig", value);
    }

    /**
     * Specifies how DataSync can access a location using the SMB protocol.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code MountOptions}.
     */
    public SMB mountOptions(Value<SmbMountOptions> value) {
      return set("MountOptions", value);
    }

    /**
     * Specifies the password of a user who has permission to access your SVM.
     *
     * <p>Changing it replaces the resource. Length: at most 104 characters. Pattern: {@code
     * ^.{0,104}$}. CloudFormation property {@code Password}.
     */
    public SMB password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public SMB password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * Specifies a user name that can mount the location and access the files, folders, and metadata
     * that you need in the SVM.
     *
     * <p>If you provide a user in your Active Directory, note the following:
     *
     * <ul> <li>If you're using AWS Directory Service for Microsoft Active Directory , the user must
     * be a member of the AWS Delegated FSx Administrators group. <li>If you're using a self-managed
     * Active Directory, the user must be a member of either the Domain Admins group or a custom
     * group that you specified for file system administration when you created your file system.
     * </ul>
     *
     * <p>Make sure that the user has the permissions it needs to copy the data you want:
     *
     * <ul> <li><code>SE_TCB_NAME</code> : Required to set object ownership and file metadata. With
     * this privilege, you also can copy NTFS discretionary access lists (DACLs).
     * <li><code>SE_SECURITY_NAME</code> : May be needed to copy NTFS system access control lists
     * (SACLs). This operation specifically requires the Windows privilege, which is granted to
     * members of the Domain Admins group. If you configure your task to copy SACLs, make sure that
     * the user has the required privileges. For information about copying SACLs, see <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-task.html#configure-ownership-and-permissions">Ownership
     * and permissions-related options</a> . </ul>
     *
     * <p>Required. Changing it replaces the resource. Length: at most 104 characters. Pattern:
     * {@code ^[^&#92;x5B&#92;x5D&#92;&#92;/:;|=,+*?]{1,104}$}. CloudFormation property {@code
     * User}.
     */
    public SMB user(String value) {
      return set("User", Value.of(value));
    }

    /** Sets {@code User} to this value; see {@link #user(String)}. */
    public SMB user(Value<String> value) {
      return set("User", value);
    }
  }

  /**
   * Specifies the version of the Server Message Block (SMB) protocol that AWS DataSync uses to
   * access an SMB file server.
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxONTAP.SmbMountOptions}.
   */
  public static final class SmbMountOptions extends Struct<SmbMountOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxONTAP.SmbMountOptions")
        .allowed("Version", "AUTOMATIC", "SMB2", "SMB3")
        .build();

    public SmbMountOptions() {
      super(SCHEMA);
    }

    /**
     * By default, DataSync automatically chooses an SMB protocol version based on negotiation with
     * your SMB file server. You also can configure DataSync to use a specific SMB version, but we
     * recommend doing this only if DataSync has trouble negotiating with the SMB file server
     * automatically.
     *
     * <p>These are the following options for configuring the SMB version:
     *
     * <ul> <li><code>AUTOMATIC</code> (default): DataSync and the SMB file server negotiate the
     * highest version of SMB that they mutually support between 2.1 and 3.1.1. </ul>
     *
     * <p>This is the recommended option. If you instead choose a specific version that your file
     * server doesn't support, you may get an <code>Operation Not Supported</code> error.
     *
     * <ul> <li><code>SMB3</code> : Restricts the protocol negotiation to only SMB version 3.0.2.
     * <li><code>SMB2</code> : Restricts the protocol negotiation to only SMB version 2.1.
     * <li><code>SMB2_0</code> : Restricts the protocol negotiation to only SMB version 2.0.
     * <li><code>SMB1</code> : Restricts the protocol negotiation to only SMB version 1.0. </ul>
     *
     * <p>The <code>SMB1</code> option isn't available when <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationFsxOntap.html">creating
     * an Amazon FSx for NetApp ONTAP location</a> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code AUTOMATIC}, {@code SMB2}, {@code
     * SMB3}. CloudFormation property {@code Version}.
     */
    public SmbMountOptions version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public SmbMountOptions version(Value<String> value) {
      return set("Version", value);
    }
  }
}
