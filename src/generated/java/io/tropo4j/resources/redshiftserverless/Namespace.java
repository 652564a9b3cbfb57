// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshiftserverless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * A collection of database objects and users.
 *
 * <p>CloudFormation type {@code AWS::RedshiftServerless::Namespace}.
 */
public final class Namespace extends Resource<Namespace> {
  private static final Schema SCHEMA = Schema.builder("AWS::RedshiftServerless::Namespace")
      .required("NamespaceName")
      .constrain("AdminUserPassword", Constraint.of().pattern("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[^\\x00-\\x20\\x22\\x27\\x2f\\x40\\x5c\\x7f-\\uffff]+").minLength(8).maxLength(64))
      .constrain("AdminUsername", Constraint.of().pattern("[a-zA-Z][a-zA-Z_0-9+.@-]*"))
      .constrain("DbName", Constraint.of().pattern("[a-zA-Z][a-zA-Z_0-9+.@-]*").maxLength(127))
      .constrain("DefaultIamRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .references("DefaultIamRoleArn", "AWS::IAM::Role.Arn")
      .constrain("FinalSnapshotName", Constraint.of().pattern("[a-z][a-z0-9]*(-[a-z0-9]+)*").maxLength(255))
      .constrain("IamRoles", Constraint.of().minLength(0).maxLength(512))
      .references("IamRoles", "AWS::IAM::Role.Arn")
      .references("KmsKeyId", "AWS::KMS::Key.Ref")
      .allowed("LogExports", "useractivitylog", "userlog", "connectionlog")
      .constrain("NamespaceName", Constraint.of().pattern("^[a-z0-9-]+$").minLength(3).maxLength(64))
      .constrain("NamespaceResourcePolicy", Constraint.of().format("json"))
      .constrain("RedshiftIdcApplicationArn", Constraint.of().minLength(1).maxLength(1024))
      .refYields("NamespaceName")
      .attributes("Namespace", "Namespace.AdminUsername", "Namespace.CreationDate",
          "Namespace.DbName", "Namespace.DefaultIamRoleArn", "Namespace.IamRoles",
          "Namespace.KmsKeyId", "Namespace.LogExports", "Namespace.NamespaceArn",
          "Namespace.NamespaceId", "Namespace.NamespaceName", "Namespace.Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Namespace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the AWS Key Management Service (KMS) key used to encrypt and store the namespace's
   * admin credentials secret. You can only use this parameter if <code>ManageAdminPassword</code>
   * is <code>true</code> .
   *
   * <p>CloudFormation property {@code AdminPasswordSecretKmsKeyId}.
   */
  public Namespace adminPasswordSecretKmsKeyId(String value) {
    return set("AdminPasswordSecretKmsKeyId", Value.of(value));
  }

  /**
   * Sets {@code AdminPasswordSecretKmsKeyId} to this value; see {@link
   * #adminPasswordSecretKmsKeyId(String)}.
   */
  public Namespace adminPasswordSecretKmsKeyId(Value<String> value) {
    return set("AdminPasswordSecretKmsKeyId", value);
  }

  /**
   * The password of the administrator for the primary database created in the namespace.
   *
   * <p>Length: 8 to 64 characters. Pattern: {@code
   * ^(?=.*[a-z])(?=.*[A-Z])(?=.*&#92;d)[^&#92;x00-&#92;x20&#92;x22&#92;x27&#92;x2f&#92;x40&#92;x5c&#92;x7f-&#92;uffff]+}.
   * CloudFormation property {@code AdminUserPassword}.
   */
  public Namespace adminUserPassword(String value) {
    return set("AdminUserPassword", Value.of(value));
  }

  /** Sets {@code AdminUserPassword} to this value; see {@link #adminUserPassword(String)}. */
  public Namespace adminUserPassword(Value<String> value) {
    return set("AdminUserPassword", value);
  }

  /**
   * The username of the administrator for the primary database created in the namespace.
   *
   * <p>Pattern: {@code [a-zA-Z][a-zA-Z_0-9+.&#64;-]*}. CloudFormation property {@code
   * AdminUsername}.
   */
  public Namespace adminUsername(String value) {
    return set("AdminUsername", Value.of(value));
  }

  /** Sets {@code AdminUsername} to this value; see {@link #adminUsername(String)}. */
  public Namespace adminUsername(Value<String> value) {
    return set("AdminUsername", value);
  }

  /**
   * The name of the primary database created in the namespace.
   *
   * <p>Length: at most 127 characters. Pattern: {@code [a-zA-Z][a-zA-Z_0-9+.&#64;-]*}.
   * CloudFormation property {@code DbName}.
   */
  public Namespace dbName(String value) {
    return set("DbName", Value.of(value));
  }

  /** Sets {@code DbName} to this value; see {@link #dbName(String)}. */
  public Namespace dbName(Value<String> value) {
    return set("DbName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role to set as a default in the namespace.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code DefaultIamRoleArn}.
   */
  public Namespace defaultIamRoleArn(String value) {
    return set("DefaultIamRoleArn", Value.of(value));
  }

  /** Sets {@code DefaultIamRoleArn} to this value; see {@link #defaultIamRoleArn(String)}. */
  public Namespace defaultIamRoleArn(Value<String> value) {
    return set("DefaultIamRoleArn", value);
  }

  /**
   * Sets {@code DefaultIamRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #defaultIamRoleArn(String)}.
   */
  public Namespace defaultIamRoleArn(Role resource) {
    return set("DefaultIamRoleArn", resource.arn());
  }

  /**
   * The name of the snapshot to be created before the namespace is deleted.
   *
   * <p>Length: at most 255 characters. Pattern: {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}. CloudFormation
   * property {@code FinalSnapshotName}.
   */
  public Namespace finalSnapshotName(String value) {
    return set("FinalSnapshotName", Value.of(value));
  }

  /** Sets {@code FinalSnapshotName} to this value; see {@link #finalSnapshotName(String)}. */
  public Namespace finalSnapshotName(Value<String> value) {
    return set("FinalSnapshotName", value);
  }

  /**
   * How long to retain the final snapshot.
   *
   * <p>CloudFormation property {@code FinalSnapshotRetentionPeriod}.
   */
  public Namespace finalSnapshotRetentionPeriod(int value) {
    return set("FinalSnapshotRetentionPeriod", Value.of(value));
  }

  /**
   * Sets {@code FinalSnapshotRetentionPeriod} to this value; see {@link
   * #finalSnapshotRetentionPeriod(int)}.
   */
  public Namespace finalSnapshotRetentionPeriod(Value<Integer> value) {
    return set("FinalSnapshotRetentionPeriod", value);
  }

  /**
   * A list of IAM roles to associate with the namespace.
   *
   * <p>Length: 0 to 512 characters. CloudFormation property {@code IamRoles}.
   */
  public Namespace iamRoles(List<String> value) {
    return set("IamRoles", Value.listOf(value));
  }

  /** Sets {@code IamRoles} to this value; see {@link #iamRoles(List)}. */
  public Namespace iamRoles(Value<List<String>> value) {
    return set("IamRoles", value);
  }

  /**
   * Sets {@code IamRoles} to the Arn of each {@code AWS::IAM::Role}; see {@link #iamRoles(List)}.
   */
  public Namespace iamRoles(Role... resources) {
    return set("IamRoles", Value.attributes("Arn", resources));
  }

  /**
   * The ID of the AWS Key Management Service key used to encrypt your data.
   *
   * <p>CloudFormation property {@code KmsKeyId}.
   */
  public Namespace kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Namespace kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /** Sets {@code KmsKeyId} to the Ref of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
  public Namespace kmsKeyId(Key resource) {
    return set("KmsKeyId", resource.ref());
  }

  /**
   * The types of logs the namespace can export. Available export types are <code>userlog</code> ,
   * <code>connectionlog</code> , and <code>useractivitylog</code> .
   *
   * <p>Allowed values: {@code useractivitylog}, {@code userlog}, {@code connectionlog}.
   * CloudFormation property {@code LogExports}.
   */
  public Namespace logExports(List<String> value) {
    return set("LogExports", Value.listOf(value));
  }

  /** Sets {@code LogExports} to this value; see {@link #logExports(List)}. */
  public Namespace logExports(Value<List<String>> value) {
    return set("LogExports", value);
  }

  /**
   * If true, Amazon Redshift uses AWS Secrets Manager to manage the namespace's admin credentials.
   * You can't use <code>AdminUserPassword</code> if <code>ManageAdminPassword</code> is true. If
   * <code>ManageAdminPassword</code> is <code>false</code> or not set, Amazon Redshift uses
   * <code>AdminUserPassword</code> for the admin user account's password.
   *
   * <p>CloudFormation property {@code ManageAdminPassword}.
   */
  public Namespace manageAdminPassword(boolean value) {
    return set("ManageAdminPassword", Value.of(value));
  }

  /** Sets {@code ManageAdminPassword} to this value; see {@link #manageAdminPassword(boolean)}. */
  public Namespace manageAdminPassword(Value<Boolean> value) {
    return set("ManageAdminPassword", value);
  }

  /**
   * The name of the namespace. Must be between 3-64 alphanumeric characters in lowercase, and it
   * cannot be a reserved word. A list of reserved words can be found in <a
   * href="https://docs.aws.amazon.com//redshift/latest/dg/r_pg_keywords.html">Reserved Words</a> in
   * the Amazon Redshift Database Developer Guide.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 64 characters. Pattern: {@code
   * ^[a-z0-9-]+$}. CloudFormation property {@code NamespaceName}.
   */
  public Namespace namespaceName(String value) {
    return set("NamespaceName", Value.of(value));
  }

  /** Sets {@code NamespaceName} to this value; see {@link #namespaceName(String)}. */
  public Namespace namespaceName(Value<String> value) {
    return set("NamespaceName", value);
  }

  /**
   * The resource policy that will be attached to the namespace.
   *
   * <p>Format: {@code json}. CloudFormation property {@code NamespaceResourcePolicy}.
   */
  public Namespace namespaceResourcePolicy(Value<Json> value) {
    return set("NamespaceResourcePolicy", value);
  }

  /**
   * The ARN for the Redshift application that integrates with IAM Identity Center.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code RedshiftIdcApplicationArn}.
   */
  public Namespace redshiftIdcApplicationArn(String value) {
    return set("RedshiftIdcApplicationArn", Value.of(value));
  }

  /**
   * Sets {@code RedshiftIdcApplicationArn} to this value; see {@link
   * #redshiftIdcApplicationArn(String)}.
   */
  public Namespace redshiftIdcApplicationArn(Value<String> value) {
    return set("RedshiftIdcApplicationArn", value);
  }

  /**
   * The snapshot copy configurations for the namespace.
   *
   * <p>CloudFormation property {@code SnapshotCopyConfigurations}.
   */
  public Namespace snapshotCopyConfigurations(List<SnapshotCopyConfiguration> value) {
    return set("SnapshotCopyConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code SnapshotCopyConfigurations} to this value; see {@link
   * #snapshotCopyConfigurations(List)}.
   */
  public Namespace snapshotCopyConfigurations(Value<List<SnapshotCopyConfiguration>> value) {
    return set("SnapshotCopyConfigurations", value);
  }

  /**
   * Sets {@code SnapshotCopyConfigurations} to a list of these; see {@link
   * #snapshotCopyConfigurations(List)}.
   */
  public Namespace snapshotCopyConfigurations(SnapshotCopyConfiguration... values) {
    return set("SnapshotCopyConfigurations", Value.list(values));
  }

  /**
   * The map of the key-value pairs used to tag the namespace.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Namespace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Namespace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Namespace tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Namespace}. */
  public Value<NamespaceProperty> namespace() {
    return getAtt("Namespace");
  }

  /**
   * The username of the administrator for the first database created in the namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace.AdminUsername}.
   */
  public Value<String> namespaceAdminUsername() {
    return getAtt("Namespace.AdminUsername");
  }

  /**
   * The date of when the namespace was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace.CreationDate}.
   */
  public Value<String> namespaceCreationDate() {
    return getAtt("Namespace.CreationDate");
  }

  /**
   * The name of the first database created in the namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace.DbName}.
   */
  public Value<String> namespaceDbName() {
    return getAtt("Namespace.DbName");
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role to set as a default in the namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace.DefaultIamRoleArn}.
   */
  public Value<String> namespaceDefaultIamRoleArn() {
    return getAtt("Namespace.DefaultIamRoleArn");
  }

  /**
   * A list of IAM roles to associate with the namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace.IamRoles}.
   */
  public Value<List<String>> namespaceIamRoles() {
    return getAtt("Namespace.IamRoles");
  }

  /**
   * The ID of the AWS Key Management Service key used to encrypt your data.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace.KmsKeyId}.
   */
  public Value<String> namespaceKmsKeyId() {
    return getAtt("Namespace.KmsKeyId");
  }

  /**
   * The types of logs the namespace can export. Available export types are <code>User log</code> ,
   * <code>Connection log</code> , and <code>User activity log</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace.LogExports}.
   */
  public Value<List<String>> namespaceLogExports() {
    return getAtt("Namespace.LogExports");
  }

  /**
   * The Amazon Resource Name (ARN) associated with a namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace.NamespaceArn}.
   */
  public Value<String> namespaceNamespaceArn() {
    return getAtt("Namespace.NamespaceArn");
  }

  /**
   * The unique identifier of a namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace.NamespaceId}.
   */
  public Value<String> namespaceNamespaceId() {
    return getAtt("Namespace.NamespaceId");
  }

  /**
   * The name of the namespace. Must be between 3-64 alphanumeric characters in lowercase, and it
   * cannot be a reserved word. A list of reserved words can be found in <a
   * href="https://docs.aws.amazon.com//redshift/latest/dg/r_pg_keywords.html">Reserved Words</a> in
   * the Amazon Redshift Database Developer Guide.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace.NamespaceName}.
   */
  public Value<String> namespaceNamespaceName() {
    return getAtt("Namespace.NamespaceName");
  }

  /**
   * The status of the namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace.Status}.
   */
  public Value<String> namespaceStatus() {
    return getAtt("Namespace.Status");
  }

  /**
   * A collection of database objects and users.
   *
   * <p>Property type {@code AWS::RedshiftServerless::Namespace.Namespace}.
   */
  public static final class NamespaceProperty extends Struct<NamespaceProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::RedshiftServerless::Namespace.Namespace")
        .allowed("Status", "AVAILABLE", "MODIFYING", "DELETING")
        .build();

    public NamespaceProperty() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the namespace's admin user credentials secret.
     *
     * <p>CloudFormation property {@code AdminPasswordSecretArn}.
     */
    public NamespaceProperty adminPasswordSecretArn(String value) {
      return set("AdminPasswordSecretArn", Value.of(value));
    }

    /**
     * Sets {@code AdminPasswordSecretArn} to this value; see {@link
     * #adminPasswordSecretArn(String)}.
     */
    public NamespaceProperty adminPasswordSecretArn(Value<String> value) {
      return set("AdminPasswordSecretArn", value);
    }

    /**
     * The ID of the AWS Key Management Service (KMS) key used to encrypt and store the namespace's
     * admin credentials secret.
     *
     * <p>CloudFormation property {@code AdminPasswordSecretKmsKeyId}.
     */
    public NamespaceProperty adminPasswordSecretKmsKeyId(String value) {
      return set("AdminPasswordSecretKmsKeyId", Value.of(value));
    }

    /**
     * Sets {@code AdminPasswordSecretKmsKeyId} to this value; see {@link
     * #adminPasswordSecretKmsKeyId(String)}.
     */
    public NamespaceProperty adminPasswordSecretKmsKeyId(Value<String> value) {
      return set("AdminPasswordSecretKmsKeyId", value);
    }

    /**
     * The username of the administrator for the first database created in the namespace.
     *
     * <p>CloudFormation property {@code AdminUsername}.
     */
    public NamespaceProperty adminUsername(String value) {
      return set("AdminUsername", Value.of(value));
    }

    /** Sets {@code AdminUsername} to this value; see {@link #adminUsername(String)}. */
    public NamespaceProperty adminUsername(Value<String> value) {
      return set("AdminUsername", value);
    }

    /**
     * The date of when the namespace was created.
     *
     * <p>CloudFormation property {@code CreationDate}.
     */
    public NamespaceProperty creationDate(String value) {
      return set("CreationDate", Value.of(value));
    }

    /** Sets {@code CreationDate} to this value; see {@link #creationDate(String)}. */
    public NamespaceProperty creationDate(Value<String> value) {
      return set("CreationDate", value);
    }

    /**
     * The name of the first database created in the namespace.
     *
     * <p>CloudFormation property {@code DbName}.
     */
    public NamespaceProperty dbName(String value) {
      return set("DbName", Value.of(value));
    }

    /** Sets {@code DbName} to this value; see {@link #dbName(String)}. */
    public NamespaceProperty dbName(Value<String> value) {
      return set("DbName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role to set as a default in the namespace.
     *
     * <p>CloudFormation property {@code DefaultIamRoleArn}.
     */
    public NamespaceProperty defaultIamRoleArn(String value) {
      return set("DefaultIamRoleArn", Value.of(value));
    }

    /** Sets {@code DefaultIamRoleArn} to this value; see {@link #defaultIamRoleArn(String)}. */
    public NamespaceProperty defaultIamRoleArn(Value<String> value) {
      return set("DefaultIamRoleArn", value);
    }

    /**
     * A list of IAM roles to associate with the namespace.
     *
     * <p>CloudFormation property {@code IamRoles}.
     */
    public NamespaceProperty iamRoles(List<String> value) {
      return set("IamRoles", Value.listOf(value));
    }

    /** Sets {@code IamRoles} to this value; see {@link #iamRoles(List)}. */
    public NamespaceProperty iamRoles(Value<List<String>> value) {
      return set("IamRoles", value);
    }

    /**
     * The ID of the AWS Key Management Service key used to encrypt your data.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public NamespaceProperty kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public NamespaceProperty kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The types of logs the namespace can export. Available export types are User log, Connection
     * log, and User activity log.
     *
     * <p>CloudFormation property {@code LogExports}.
     */
    public NamespaceProperty logExports(List<String> value) {
      return set("LogExports", Value.listOf(value));
    }

    /** Sets {@code LogExports} to this value; see {@link #logExports(List)}. */
    public NamespaceProperty logExports(Value<List<String>> value) {
      return set("LogExports", value);
    }

    /**
     * The Amazon Resource Name (ARN) associated with a namespace.
     *
     * <p>CloudFormation property {@code NamespaceArn}.
     */
    public NamespaceProperty namespaceArn(String value) {
      return set("NamespaceArn", Value.of(value));
    }

    /** Sets {@code NamespaceArn} to this value; see {@link #namespaceArn(String)}. */
    public NamespaceProperty namespaceArn(Value<String> value) {
      return set("NamespaceArn", value);
    }

    /**
     * The unique identifier of a namespace.
     *
     * <p>CloudFormation property {@code NamespaceId}.
     */
    public NamespaceProperty namespaceId(String value) {
      return set("NamespaceId", Value.of(value));
    }

    /** Sets {@code NamespaceId} to this value; see {@link #namespaceId(String)}. */
    public NamespaceProperty namespaceId(Value<String> value) {
      return set("NamespaceId", value);
    }

    /**
     * The name of the namespace. Must be between 3-64 alphanumeric characters in lowercase, and it
     * cannot be a reserved word. A list of reserved words can be found in <a
     * href="https://docs.aws.amazon.com//redshift/latest/dg/r_pg_keywords.html">Reserved Words</a>
     * in the Amazon Redshift Database Developer Guide.
     *
     * <p>CloudFormation property {@code NamespaceName}.
     */
    public NamespaceProperty namespaceName(String value) {
      return set("NamespaceName", Value.of(value));
    }

    /** Sets {@code NamespaceName} to this value; see {@link #namespaceName(String)}. */
    public NamespaceProperty namespaceName(Value<String> value) {
      return set("NamespaceName", value);
    }

    /**
     * The status of the namespace.
     *
     * <p>Allowed values: {@code AVAILABLE}, {@code MODIFYING}, {@code DELETING}. CloudFormation
     * property {@code Status}.
     */
    public NamespaceProperty status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public NamespaceProperty status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The object that you configure to copy snapshots from one namespace to a namespace in another
   * AWS Region .
   *
   * <p>Property type {@code AWS::RedshiftServerless::Namespace.SnapshotCopyConfiguration}.
   */
  public static final class SnapshotCopyConfiguration extends Struct<SnapshotCopyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::RedshiftServerless::Namespace.SnapshotCopyConfiguration")
        .required("DestinationRegion")
        .build();

    public SnapshotCopyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID of the KMS key to use to encrypt your snapshots in the destination AWS Region .
     *
     * <p>CloudFormation property {@code DestinationKmsKeyId}.
     */
    public SnapshotCopyConfiguration destinationKmsKeyId(String value) {
      return set("DestinationKmsKeyId", Value.of(value));
    }

    /** Sets {@code DestinationKmsKeyId} to this value; see {@link #destinationKmsKeyId(String)}. */
    public SnapshotCopyConfiguration destinationKmsKeyId(Value<String> value) {
      return set("DestinationKmsKeyId", value);
    }

    /**
     * The destination AWS Region to copy snapshots to.
     *
     * <p>Required. CloudFormation property {@code DestinationRegion}.
     */
    public SnapshotCopyConfiguration destinationRegion(String value) {
      return set("DestinationRegion", Value.of(value));
    }

    /** Sets {@code DestinationRegion} to this value; see {@link #destinationRegion(String)}. */
    public SnapshotCopyConfiguration destinationRegion(Value<String> value) {
      return set("DestinationRegion", value);
    }

    /**
     * The retention period of snapshots that are copied to the destination AWS Region .
     *
     * <p>CloudFormation property {@code SnapshotRetentionPeriod}.
     */
    public SnapshotCopyConfiguration snapshotRetentionPeriod(int value) {
      return set("SnapshotRetentionPeriod", Value.of(value));
    }

    /**
     * Sets {@code SnapshotRetentionPeriod} to this value; see {@link
     * #snapshotRetentionPeriod(int)}.
     */
    public SnapshotCopyConfiguration snapshotRetentionPeriod(Value<Integer> value) {
      return set("SnapshotRetentionPeriod", value);
    }
  }
}
