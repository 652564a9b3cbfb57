// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fsx;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a storage virtual machine (SVM) for an Amazon FSx for ONTAP file system.
 *
 * <p>CloudFormation type {@code AWS::FSx::StorageVirtualMachine}.
 */
public final class StorageVirtualMachine extends Resource<StorageVirtualMachine> {
  private static final Schema SCHEMA = Schema.builder("AWS::FSx::StorageVirtualMachine")
      .required("FileSystemId", "Name")
      .constrain("FileSystemId", Constraint.of().pattern("^(fs-[0-9a-f]{8,})$").minLength(11).maxLength(21))
      .constrain("Name", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,47}$").minLength(1).maxLength(47))
      .allowed("RootVolumeSecurityStyle", "MIXED", "NTFS", "UNIX")
      .constrain("SvmAdminPassword", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{8,50}$").minLength(8).maxLength(50))
      .refYields("StorageVirtualMachineId")
      .attributes("ResourceARN", "StorageVirtualMachineId", "UUID")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StorageVirtualMachine(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Describes the Microsoft Active Directory configuration to which the SVM is joined, if
   * applicable.
   *
   * <p>CloudFormation property {@code ActiveDirectoryConfiguration}.
   */
  public StorageVirtualMachine activeDirectoryConfiguration(Value<ActiveDirectoryConfiguration> value) {
    return set("ActiveDirectoryConfiguration", value);
  }

  /**
   * Specifies the FSx for ONTAP file system on which to create the SVM.
   *
   * <p>Required. Changing it replaces the resource. Length: 11 to 21 characters. Pattern: {@code
   * ^(fs-[0-9a-f]{8,})$}. CloudFormation property {@code FileSystemId}.
   */
  public StorageVirtualMachine fileSystemId(String value) {
    return set("FileSystemId", Value.of(value));
  }

  /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
  public StorageVirtualMachine fileSystemId(Value<String> value) {
    return set("FileSystemId", value);
  }

  /**
   * The name of the SVM.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 47 characters. Pattern: {@code
   * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{1,47}$}. CloudFormation property
   * {@code Name}.
   */
  public StorageVirtualMachine name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public StorageVirtualMachine name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The security style of the root volume of the SVM. Specify one of the following values:
   *
   * <ul> <li><code>UNIX</code> if the file system is managed by a UNIX administrator, the majority
   * of users are NFS clients, and an application accessing the data uses a UNIX user as the service
   * account. <li><code>NTFS</code> if the file system is managed by a Microsoft Windows
   * administrator, the majority of users are SMB clients, and an application accessing the data
   * uses a Microsoft Windows user as the service account. <li><code>MIXED</code> This is an
   * advanced setting. For more information, see <a
   * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/volume-security-style.html">Volume
   * security style</a> in the Amazon FSx for NetApp ONTAP User Guide. </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code MIXED}, {@code NTFS}, {@code
   * UNIX}. CloudFormation property {@code RootVolumeSecurityStyle}.
   */
  public StorageVirtualMachine rootVolumeSecurityStyle(String value) {
    return set("RootVolumeSecurityStyle", Value.of(value));
  }

  /**
   * Sets {@code RootVolumeSecurityStyle} to this value; see {@link
   * #rootVolumeSecurityStyle(String)}.
   */
  public StorageVirtualMachine rootVolumeSecurityStyle(Value<String> value) {
    return set("RootVolumeSecurityStyle", value);
  }

  /**
   * Specifies the password to use when logging on to the SVM using a secure shell (SSH) connection
   * to the SVM's management endpoint. Doing so enables you to manage the SVM using the NetApp ONTAP
   * CLI or REST API. If you do not specify a password, you can still use the file system's
   * <code>fsxadmin</code> user to manage the SVM. For more information, see <a
   * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/managing-resources-ontap-apps.html#vsadmin-ontap-cli">Managing
   * SVMs using the NetApp ONTAP CLI</a> in the <em>FSx for ONTAP User Guide</em> .
   *
   * <p>Length: 8 to 50 characters. Pattern: {@code
   * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{8,50}$}. CloudFormation property
   * {@code SvmAdminPassword}.
   */
  public StorageVirtualMachine svmAdminPassword(String value) {
    return set("SvmAdminPassword", Value.of(value));
  }

  /** Sets {@code SvmAdminPassword} to this value; see {@link #svmAdminPassword(String)}. */
  public StorageVirtualMachine svmAdminPassword(Value<String> value) {
    return set("SvmAdminPassword", value);
  }

  /**
   * A list of <code>Tag</code> values, with a maximum of 50 elements.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public StorageVirtualMachine tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StorageVirtualMachine tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StorageVirtualMachine tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the storage virtual machine's Amazon Resource Name (ARN).
   *
   * <p>Example:
   * <code>arn:aws:fsx:us-east-2:111111111111:storage-virtual-machine/fs-0123456789abcdef1/svm-01234567890123456</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceARN}.
   */
  public Value<String> resourceARN() {
    return getAtt("ResourceARN");
  }

  /**
   * Returns the storgage virtual machine's system generated ID.
   *
   * <p>Example: <code>svm-0123456789abcedf1</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageVirtualMachineId}.
   */
  public Value<String> storageVirtualMachineId() {
    return getAtt("StorageVirtualMachineId");
  }

  /**
   * Returns the storage virtual machine's system generated unique identifier (UUID).
   *
   * <p>Example: <code>abcd0123-cd45-ef67-11aa-1111aaaa23bc</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code UUID}.
   */
  public Value<String> uuid() {
    return getAtt("UUID");
  }

  /**
   * Describes the self-managed Microsoft Active Directory to which you want to join the SVM.
   * Joining an Active Directory provides user authentication and access control for SMB clients,
   * including Microsoft Windows and macOS clients accessing the file system.
   *
   * <p>Property type {@code AWS::FSx::StorageVirtualMachine.ActiveDirectoryConfiguration}.
   */
  public static final class ActiveDirectoryConfiguration extends Struct<ActiveDirectoryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::StorageVirtualMachine.ActiveDirectoryConfiguration")
        .constrain("NetBiosName", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,255}$").minLength(1).maxLength(15))
        .build();

    public ActiveDirectoryConfiguration() {
      super(SCHEMA);
    }

    /**
     * The NetBIOS name of the Active Directory computer object that will be created for your SVM.
     *
     * <p>Length: 1 to 15 characters. Pattern: {@code
     * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{1,255}$}. CloudFormation property
     * {@code NetBiosName}.
     */
    public ActiveDirectoryConfiguration netBiosName(String value) {
      return set("NetBiosName", Value.of(value));
    }

    /** Sets {@code NetBiosName} to this value; see {@link #netBiosName(String)}. */
    public ActiveDirectoryConfiguration netBiosName(Value<String> value) {
      return set("NetBiosName", value);
    }

    /**
     * The configuration that Amazon FSx uses to join the ONTAP storage virtual machine (SVM) to
     * your self-managed (including on-premises) Microsoft Active Directory directory.
     *
     * <p>CloudFormation property {@code SelfManagedActiveDirectoryConfiguration}.
     */
    public ActiveDirectoryConfiguration selfManagedActiveDirectoryConfiguration(Value<SelfManagedActiveDirectoryConfiguration> value) {
      return set("SelfManagedActiveDirectoryConfiguration", value);
    }
  }

  /**
   * The configuration that Amazon FSx uses to join the ONTAP storage virtual machine (SVM) to your
   * self-managed (including on-premises) Microsoft Active Directory directory.
   *
   * <p>Property type {@code
   * AWS::FSx::StorageVirtualMachine.SelfManagedActiveDirectoryConfiguration}.
   */
  public static final class SelfManagedActiveDirectoryConfiguration extends Struct<SelfManagedActiveDirectoryConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::StorageVirtualMachine.SelfManagedActiveDirectoryConfiguration")
        .constrain("DnsIps", Constraint.of().pattern("^(^((([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))$|^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))$)$").minLength(1).maxLength(45))
        .constrain("DomainJoinServiceAccountSecret", Constraint.of().pattern("^arn:[^:]{1,63}:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[a-zA-Z0-9/_+=.@-]+-[a-zA-Z0-9]{6}$").minLength(64).maxLength(1024))
        .constrain("DomainName", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,255}$").minLength(1).maxLength(255))
        .constrain("FileSystemAdministratorsGroup", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,256}$").minLength(1).maxLength(256))
        .constrain("OrganizationalUnitDistinguishedName", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,2000}$").minLength(1).maxLength(2000))
        .constrain("Password", Constraint.of().pattern("^.{1,256}$").minLength(1).maxLength(256))
        .constrain("UserName", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,256}$").minLength(1).maxLength(256))
        .build();

    public SelfManagedActiveDirectoryConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of up to three IP addresses of DNS servers or domain controllers in the self-managed
     * AD directory.
     *
     * <p>Length: 1 to 45 characters. Pattern: {@code
     * ^(^((([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])&#92;.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))$|^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])&#92;.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])&#92;.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))$)$}.
     * CloudFormation property {@code DnsIps}.
     */
    public SelfManagedActiveDirectoryConfiguration dnsIps(List<String> value) {
      return set("DnsIps", Value.listOf(value));
    }

    /** Sets {@code DnsIps} to this value; see {@link #dnsIps(List)}. */
    public SelfManagedActiveDirectoryConfiguration dnsIps(Value<List<String>> value) {
      return set("DnsIps", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Secrets Manager secret containing the self-managed
     * Active Directory domain join service account credentials. When provided, Amazon FSx uses the
     * credentials stored in this secret to join the file system to your self-managed Active
     * Directory domain.
     *
     * <p>The secret must contain two key-value pairs:
     *
     * <ul> <li><code>CUSTOMER_MANAGED_ACTIVE_DIRECTORY_USERNAME</code> - The username for the
     * service account <li><code>CUSTOMER_MANAGED_ACTIVE_DIRECTORY_PASSWORD</code> - The password
     * for the service account </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/fsx/latest/WindowsGuide/self-manage-prereqs.html">Using
     * Amazon FSx for Windows with your self-managed Microsoft Active Directory</a> or <a
     * href="https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/self-manage-prereqs.html">Using
     * Amazon FSx for ONTAP with your self-managed Microsoft Active Directory</a> .
     *
     * <p>Length: 64 to 1024 characters. Pattern: {@code
     * ^arn:[^:]{1,63}:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[a-zA-Z0-9/_+=.&#64;-]+-[a-zA-Z0-9]{6}$}.
     * CloudFormation property {@code DomainJoinServiceAccountSecret}.
     */
    public SelfManagedActiveDirectoryConfiguration domainJoinServiceAccountSecret(String value) {
      return set("DomainJoinServiceAccountSecret", Value.of(value));
    }

    /**
     * Sets {@code DomainJoinServiceAccountSecret} to this value; see {@link
     * #domainJoinServiceAccountSecret(String)}.
     */
    public SelfManagedActiveDirectoryConfiguration domainJoinServiceAccountSecret(Value<String> value) {
      return set("DomainJoinServiceAccountSecret", value);
    }

    /**
     * The fully qualified domain name of the self-managed AD directory, such as
     * <code>corp.example.com</code> .
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code
     * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{1,255}$}. CloudFormation property
     * {@code DomainName}.
     */
    public SelfManagedActiveDirectoryConfiguration domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public SelfManagedActiveDirectoryConfiguration domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * (Optional) The name of the domain group whose members are granted administrative privileges
     * for the file system. Administrative privileges include taking ownership of files and folders,
     * setting audit controls (audit ACLs) on files and folders, and administering the file system
     * remotely by using the FSx Remote PowerShell. The group that you specify must already exist in
     * your domain. If you don't provide one, your AD domain's Domain Admins group is used.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code
     * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{1,256}$}. CloudFormation property
     * {@code FileSystemAdministratorsGroup}.
     */
    public SelfManagedActiveDirectoryConfiguration fileSystemAdministratorsGroup(String value) {
      return set("FileSystemAdministratorsGroup", Value.of(value));
    }

    /**
     * Sets {@code FileSystemAdministratorsGroup} to this value; see {@link
     * #fileSystemAdministratorsGroup(String)}.
     */
    public SelfManagedActiveDirectoryConfiguration fileSystemAdministratorsGroup(Value<String> value) {
      return set("FileSystemAdministratorsGroup", value);
    }

    /**
     * (Optional) The fully qualified distinguished name of the organizational unit within your
     * self-managed AD directory. Amazon FSx only accepts OU as the direct parent of the file
     * system. An example is <code>OU=FSx,DC=yourdomain,DC=corp,DC=com</code> . To learn more, see
     * <a href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc2253">RFC 2253</a> . If
     * none is provided, the FSx file system is created in the default location of your self-managed
     * AD directory.
     *
     * <p>Only Organizational Unit (OU) objects can be the direct parent of the file system that
     * you're creating.
     *
     * <p>Length: 1 to 2000 characters. Pattern: {@code
     * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{1,2000}$}. CloudFormation property
     * {@code OrganizationalUnitDistinguishedName}.
     */
    public SelfManagedActiveDirectoryConfiguration organizationalUnitDistinguishedName(String value) {
      return set("OrganizationalUnitDistinguishedName", Value.of(value));
    }

    /**
     * Sets {@code OrganizationalUnitDistinguishedName} to this value; see {@link
     * #organizationalUnitDistinguishedName(String)}.
     */
    public SelfManagedActiveDirectoryConfiguration organizationalUnitDistinguishedName(Value<String> value) {
      return set("OrganizationalUnitDistinguishedName", value);
    }

    /**
     * The password for the service account on your self-managed AD domain that Amazon FSx will use
     * to join to your AD domain.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^.{1,256}$}. CloudFormation property {@code
     * Password}.
     */
    public SelfManagedActiveDirectoryConfiguration password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public SelfManagedActiveDirectoryConfiguration password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The user name for the service account on your self-managed AD domain that Amazon FSx will use
     * to join to your AD domain. This account must have the permission to join computers to the
     * domain in the organizational unit provided in
     * <code>OrganizationalUnitDistinguishedName</code> , or in the default location of your AD
     * domain.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code
     * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{1,256}$}. CloudFormation property
     * {@code UserName}.
     */
    public SelfManagedActiveDirectoryConfiguration userName(String value) {
      return set("UserName", Value.of(value));
    }

    /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
    public SelfManagedActiveDirectoryConfiguration userName(Value<String> value) {
      return set("UserName", value);
    }
  }
}
