// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * Create a new <code>FeatureGroup</code> . A <code>FeatureGroup</code> is a group of
 * <code>Features</code> defined in the <code>FeatureStore</code> to describe a <code>Record</code>
 * .
 *
 * <p>The <code>FeatureGroup</code> defines the schema and features contained in the FeatureGroup. A
 * <code>FeatureGroup</code> definition is composed of a list of <code>Features</code> , a
 * <code>RecordIdentifierFeatureName</code> , an <code>EventTimeFeatureName</code> and
 * configurations for its <code>OnlineStore</code> and <code>OfflineStore</code> . Check <a
 * href="https://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html">AWS service
 * quotas</a> to see the <code>FeatureGroup</code> s quota for your AWS account.
 *
 * <p>You must include at least one of <code>OnlineStoreConfig</code> and
 * <code>OfflineStoreConfig</code> to create a <code>FeatureGroup</code> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::FeatureGroup}.
 */
public final class FeatureGroup extends Resource<FeatureGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::FeatureGroup")
      .required("EventTimeFeatureName", "FeatureDefinitions", "FeatureGroupName",
          "RecordIdentifierFeatureName")
      .constrain("Description", Constraint.of().minLength(0).maxLength(128))
      .constrain("EventTimeFeatureName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}").minLength(1).maxLength(64))
      .constrain("FeatureGroupName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}").minLength(1).maxLength(64))
      .constrain("RecordIdentifierFeatureName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}").minLength(1).maxLength(64))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("FeatureGroupName")
      .attributes("CreationTime", "FeatureGroupStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FeatureGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A free form description of a <code>FeatureGroup</code> .
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. CloudFormation property
   * {@code Description}.
   */
  public FeatureGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FeatureGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the feature that stores the <code>EventTime</code> of a Record in a
   * <code>FeatureGroup</code> .
   *
   * <p>A <code>EventTime</code> is point in time when a new event occurs that corresponds to the
   * creation or update of a <code>Record</code> in <code>FeatureGroup</code> . All
   * <code>Records</code> in the <code>FeatureGroup</code> must have a corresponding
   * <code>EventTime</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}}. CloudFormation property {@code EventTimeFeatureName}.
   */
  public FeatureGroup eventTimeFeatureName(String value) {
    return set("EventTimeFeatureName", Value.of(value));
  }

  /** Sets {@code EventTimeFeatureName} to this value; see {@link #eventTimeFeatureName(String)}. */
  public FeatureGroup eventTimeFeatureName(Value<String> value) {
    return set("EventTimeFeatureName", value);
  }

  /**
   * A list of <code>Feature</code> s. Each <code>Feature</code> must include a
   * <code>FeatureName</code> and a <code>FeatureType</code> .
   *
   * <p>Valid <code>FeatureType</code> s are <code>Integral</code> , <code>Fractional</code> and
   * <code>String</code> .
   *
   * <p><code>FeatureName</code> s cannot be any of the following: <code>is_deleted</code> ,
   * <code>write_time</code> , <code>api_invocation_time</code> .
   *
   * <p>You can create up to 2,500 <code>FeatureDefinition</code> s per <code>FeatureGroup</code> .
   *
   * <p>Required. CloudFormation property {@code FeatureDefinitions}.
   */
  public FeatureGroup featureDefinitions(List<FeatureDefinition> value) {
    return set("FeatureDefinitions", Value.listOf(value));
  }

  /** Sets {@code FeatureDefinitions} to this value; see {@link #featureDefinitions(List)}. */
  public FeatureGroup featureDefinitions(Value<List<FeatureDefinition>> value) {
    return set("FeatureDefinitions", value);
  }

  /** Sets {@code FeatureDefinitions} to a list of these; see {@link #featureDefinitions(List)}. */
  public FeatureGroup featureDefinitions(FeatureDefinition... values) {
    return set("FeatureDefinitions", Value.list(values));
  }

  /**
   * The name of the <code>FeatureGroup</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}}. CloudFormation property {@code FeatureGroupName}.
   */
  public FeatureGroup featureGroupName(String value) {
    return set("FeatureGroupName", Value.of(value));
  }

  /** Sets {@code FeatureGroupName} to this value; see {@link #featureGroupName(String)}. */
  public FeatureGroup featureGroupName(Value<String> value) {
    return set("FeatureGroupName", value);
  }

  /**
   * The configuration of an <code>OfflineStore</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OfflineStoreConfig}.
   */
  public FeatureGroup offlineStoreConfig(Value<OfflineStoreConfig> value) {
    return set("OfflineStoreConfig", value);
  }

  /**
   * The configuration of an <code>OnlineStore</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OnlineStoreConfig}.
   */
  public FeatureGroup onlineStoreConfig(Value<OnlineStoreConfig> value) {
    return set("OnlineStoreConfig", value);
  }

  /**
   * The name of the <code>Feature</code> whose value uniquely identifies a <code>Record</code>
   * defined in the <code>FeatureGroup</code> <code>FeatureDefinitions</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}}. CloudFormation property {@code
   * RecordIdentifierFeatureName}.
   */
  public FeatureGroup recordIdentifierFeatureName(String value) {
    return set("RecordIdentifierFeatureName", Value.of(value));
  }

  /**
   * Sets {@code RecordIdentifierFeatureName} to this value; see {@link
   * #recordIdentifierFeatureName(String)}.
   */
  public FeatureGroup recordIdentifierFeatureName(Value<String> value) {
    return set("RecordIdentifierFeatureName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM execution role used to create the feature group.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public FeatureGroup roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public FeatureGroup roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public FeatureGroup roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * Tags used to define a <code>FeatureGroup</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public FeatureGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FeatureGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FeatureGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Used to set feature group throughput configuration. There are two modes: <code>ON_DEMAND</code>
   * and <code>PROVISIONED</code> . With on-demand mode, you are charged for data reads and writes
   * that your application performs on your feature group. You do not need to specify read and write
   * throughput because Feature Store accommodates your workloads as they ramp up and down. You can
   * switch a feature group to on-demand only once in a 24 hour period. With provisioned throughput
   * mode, you specify the read and write capacity per second that you expect your application to
   * require, and you are billed based on those limits. Exceeding provisioned throughput will result
   * in your requests being throttled.
   *
   * <p>Note: <code>PROVISIONED</code> throughput mode is supported only for feature groups that are
   * offline-only, or use the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OnlineStoreConfig.html#sagemaker-Type-OnlineStoreConfig-StorageType"><code>Standard</code></a>
   * tier online store.
   *
   * <p>CloudFormation property {@code ThroughputConfig}.
   */
  public FeatureGroup throughputConfig(Value<ThroughputConfig> value) {
    return set("ThroughputConfig", value);
  }

  /**
   * The time a <code>FeatureGroup</code> was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * A <code>FeatureGroup</code> status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FeatureGroupStatus}.
   */
  public Value<String> featureGroupStatus() {
    return getAtt("FeatureGroupStatus");
  }

  /**
   * The meta data of the Glue table which serves as data catalog for the <code>OfflineStore</code>
   * .
   *
   * <p>Property type {@code AWS::SageMaker::FeatureGroup.DataCatalogConfig}.
   */
  public static final class DataCatalogConfig extends Struct<DataCatalogConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::FeatureGroup.DataCatalogConfig")
        .required("Catalog", "Database", "TableName")
        .constrain("Catalog", Constraint.of().minLength(1).maxLength(255))
        .constrain("Database", Constraint.of().minLength(1).maxLength(255))
        .constrain("TableName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DataCatalogConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the Glue table catalog.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code Catalog}.
     */
    public DataCatalogConfig catalog(String value) {
      return set("Catalog", Value.of(value));
    }

    /** Sets {@code Catalog} to this value; see {@link #catalog(String)}. */
    public DataCatalogConfig catalog(Value<String> value) {
      return set("Catalog", value);
    }

    /**
     * The name of the Glue table database.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code Database}.
     */
    public DataCatalogConfig database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public DataCatalogConfig database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * The name of the Glue table.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code TableName}.
     */
    public DataCatalogConfig tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public DataCatalogConfig tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * A list of features. You must include <code>FeatureName</code> and <code>FeatureType</code> .
   * Valid feature <code>FeatureType</code> s are <code>Integral</code> , <code>Fractional</code>
   * and <code>String</code> .
   *
   * <p>Property type {@code AWS::SageMaker::FeatureGroup.FeatureDefinition}.
   */
  public static final class FeatureDefinition extends Struct<FeatureDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::FeatureGroup.FeatureDefinition")
        .required("FeatureName", "FeatureType")
        .constrain("FeatureName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}").minLength(1).maxLength(64))
        .allowed("FeatureType", "Integral", "Fractional", "String")
        .build();

    public FeatureDefinition() {
      super(SCHEMA);
    }

    /**
     * The name of a feature. The type must be a string. <code>FeatureName</code> cannot be any of
     * the following: <code>is_deleted</code> , <code>write_time</code> ,
     * <code>api_invocation_time</code> .
     *
     * <p>The name:
     *
     * <ul> <li>Must start with an alphanumeric character. <li>Can only include alphanumeric
     * characters, underscores, and hyphens. Spaces are not allowed. </ul>
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}}.
     * CloudFormation property {@code FeatureName}.
     */
    public FeatureDefinition featureName(String value) {
      return set("FeatureName", Value.of(value));
    }

    /** Sets {@code FeatureName} to this value; see {@link #featureName(String)}. */
    public FeatureDefinition featureName(Value<String> value) {
      return set("FeatureName", value);
    }

    /**
     * The value type of a feature. Valid values are Integral, Fractional, or String.
     *
     * <p>Required. Allowed values: {@code Integral}, {@code Fractional}, {@code String}.
     * CloudFormation property {@code FeatureType}.
     */
    public FeatureDefinition featureType(String value) {
      return set("FeatureType", Value.of(value));
    }

    /** Sets {@code FeatureType} to this value; see {@link #featureType(String)}. */
    public FeatureDefinition featureType(Value<String> value) {
      return set("FeatureType", value);
    }
  }

  /**
   * The configuration of an <code>OfflineStore</code> .
   *
   * <p>Provide an <code>OfflineStoreConfig</code> in a request to <code>CreateFeatureGroup</code>
   * to create an <code>OfflineStore</code> .
   *
   * <p>To encrypt an <code>OfflineStore</code> using at rest data encryption, specify AWS Key
   * Management Service (KMS) key ID, or <code>KMSKeyId</code> , in <code>S3StorageConfig</code> .
   *
   * <p>Property type {@code AWS::SageMaker::FeatureGroup.OfflineStoreConfig}.
   */
  public static final class OfflineStoreConfig extends Struct<OfflineStoreConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::FeatureGroup.OfflineStoreConfig")
        .required("S3StorageConfig")
        .allowed("TableFormat", "Iceberg", "Glue")
        .build();

    public OfflineStoreConfig() {
      super(SCHEMA);
    }

    /**
     * The meta data of the Glue table that is autogenerated when an <code>OfflineStore</code> is
     * created.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DataCatalogConfig}.
     */
    public OfflineStoreConfig dataCatalogConfig(Value<DataCatalogConfig> value) {
      return set("DataCatalogConfig", value);
    }

    /**
     * Set to <code>True</code> to disable the automatic creation of an AWS Glue table when
     * configuring an <code>OfflineStore</code> . If set to <code>False</code> , Feature Store will
     * name the <code>OfflineStore</code> Glue table following <a
     * href="https://docs.aws.amazon.com/athena/latest/ug/tables-databases-columns-names.html">Athena's
     * naming recommendations</a> .
     *
     * <p>The default value is <code>False</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * DisableGlueTableCreation}.
     */
    public OfflineStoreConfig disableGlueTableCreation(boolean value) {
      return set("DisableGlueTableCreation", Value.of(value));
    }

    /**
     * Sets {@code DisableGlueTableCreation} to this value; see {@link
     * #disableGlueTableCreation(boolean)}.
     */
    public OfflineStoreConfig disableGlueTableCreation(Value<Boolean> value) {
      return set("DisableGlueTableCreation", value);
    }

    /**
     * The Amazon Simple Storage (Amazon S3) location of <code>OfflineStore</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * S3StorageConfig}.
     */
    public OfflineStoreConfig s3StorageConfig(Value<S3StorageConfig> value) {
      return set("S3StorageConfig", value);
    }

    /**
     * Format for the offline store table. Supported formats are Glue (Default) and <a
     * href="https://docs.aws.amazon.com/https://iceberg.apache.org/">Apache Iceberg</a> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code Iceberg}, {@code Glue}.
     * CloudFormation property {@code TableFormat}.
     */
    public OfflineStoreConfig tableFormat(String value) {
      return set("TableFormat", Value.of(value));
    }

    /** Sets {@code TableFormat} to this value; see {@link #tableFormat(String)}. */
    public OfflineStoreConfig tableFormat(Value<String> value) {
      return set("TableFormat", value);
    }
  }

  /**
   * Use this to specify the AWS Key Management Service (KMS) Key ID, or <code>KMSKeyId</code> , for
   * at rest data encryption. You can turn <code>OnlineStore</code> on or off by specifying the
   * <code>EnableOnlineStore</code> flag at General Assembly.
   *
   * <p>The default value is <code>False</code> .
   *
   * <p>Property type {@code AWS::SageMaker::FeatureGroup.OnlineStoreConfig}.
   */
  public static final class OnlineStoreConfig extends Struct<OnlineStoreConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::FeatureGroup.OnlineStoreConfig")
        .allowed("StorageType", "Standard", "InMemory")
        .build();

    public OnlineStoreConfig() {
      super(SCHEMA);
    }

    /**
     * Turn <code>OnlineStore</code> off by specifying <code>False</code> for the
     * <code>EnableOnlineStore</code> flag. Turn <code>OnlineStore</code> on by specifying
     * <code>True</code> for the <code>EnableOnlineStore</code> flag.
     *
     * <p>The default value is <code>False</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EnableOnlineStore}.
     */
    public OnlineStoreConfig enableOnlineStore(boolean value) {
      return set("EnableOnlineStore", Value.of(value));
    }

    /** Sets {@code EnableOnlineStore} to this value; see {@link #enableOnlineStore(boolean)}. */
    public OnlineStoreConfig enableOnlineStore(Value<Boolean> value) {
      return set("EnableOnlineStore", value);
    }

    /**
     * Use to specify KMS Key ID ( <code>KMSKeyId</code> ) for at-rest encryption of your
     * <code>OnlineStore</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SecurityConfig}.
     */
    public OnlineStoreConfig securityConfig(Value<OnlineStoreSecurityConfig> value) {
      return set("SecurityConfig", value);
    }

    /**
     * Option for different tiers of low latency storage for real-time data retrieval.
     *
     * <ul> <li><code>Standard</code> : A managed low latency data store for feature groups.
     * <li><code>InMemory</code> : A managed data store for feature groups that supports very low
     * latency retrieval. </ul>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code Standard}, {@code InMemory}.
     * CloudFormation property {@code StorageType}.
     */
    public OnlineStoreConfig storageType(String value) {
      return set("StorageType", Value.of(value));
    }

    /** Sets {@code StorageType} to this value; see {@link #storageType(String)}. */
    public OnlineStoreConfig storageType(Value<String> value) {
      return set("StorageType", value);
    }

    /**
     * Time to live duration, where the record is hard deleted after the expiration time is reached;
     * <code>ExpiresAt</code> = <code>EventTime</code> + <code>TtlDuration</code> . For information
     * on HardDelete, see the <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_feature_store_DeleteRecord.html">DeleteRecord</a>
     * API in the Amazon SageMaker API Reference guide.
     *
     * <p>CloudFormation property {@code TtlDuration}.
     */
    public OnlineStoreConfig ttlDuration(Value<TtlDuration> value) {
      return set("TtlDuration", value);
    }
  }

  /**
   * The security configuration for <code>OnlineStore</code> .
   *
   * <p>Property type {@code AWS::SageMaker::FeatureGroup.OnlineStoreSecurityConfig}.
   */
  public static final class OnlineStoreSecurityConfig extends Struct<OnlineStoreSecurityConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::FeatureGroup.OnlineStoreSecurityConfig");

    public OnlineStoreSecurityConfig() {
      super(SCHEMA);
    }

    /**
     * The AWS Key Management Service (KMS) key ARN that SageMaker Feature Store uses to encrypt the
     * Amazon S3 objects at rest using Amazon S3 server-side encryption.
     *
     * <p>The caller (either user or IAM role) of <code>CreateFeatureGroup</code> must have below
     * permissions to the <code>OnlineStore</code> <code>KmsKeyId</code> :
     *
     * <ul> <li><code>"kms:Encrypt"</code> <li><code>"kms:Decrypt"</code>
     * <li><code>"kms:DescribeKey"</code> <li><code>"kms:CreateGrant"</code>
     * <li><code>"kms:RetireGrant"</code> <li><code>"kms:ReEncryptFrom"</code>
     * <li><code>"kms:ReEncryptTo"</code> <li><code>"kms:GenerateDataKey"</code>
     * <li><code>"kms:ListAliases"</code> <li><code>"kms:ListGrants"</code>
     * <li><code>"kms:RevokeGrant"</code> </ul>
     *
     * <p>The caller (either user or IAM role) to all DataPlane operations ( <code>PutRecord</code>
     * , <code>GetRecord</code> , <code>DeleteRecord</code> ) must have the following permissions to
     * the <code>KmsKeyId</code> :
     *
     * <ul> <li><code>"kms:Decrypt"</code> </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public OnlineStoreSecurityConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public OnlineStoreSecurityConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }

  /**
   * The Amazon Simple Storage (Amazon S3) location and security configuration for
   * <code>OfflineStore</code> .
   *
   * <p>Property type {@code AWS::SageMaker::FeatureGroup.S3StorageConfig}.
   */
  public static final class S3StorageConfig extends Struct<S3StorageConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::FeatureGroup.S3StorageConfig")
        .required("S3Uri")
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public S3StorageConfig() {
      super(SCHEMA);
    }

    /**
     * The AWS Key Management Service (KMS) key ARN of the key used to encrypt any objects written
     * into the <code>OfflineStore</code> S3 location.
     *
     * <p>The IAM <code>roleARN</code> that is passed as a parameter to
     * <code>CreateFeatureGroup</code> must have below permissions to the <code>KmsKeyId</code> :
     *
     * <ul> <li><code>"kms:GenerateDataKey"</code> </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public S3StorageConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public S3StorageConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The S3 URI, or location in Amazon S3, of <code>OfflineStore</code> .
     *
     * <p>S3 URIs have a format similar to the following: <code>s3://example-bucket/prefix/</code> .
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code S3Uri}.
     */
    public S3StorageConfig s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public S3StorageConfig s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * Used to set feature group throughput configuration. There are two modes: <code>ON_DEMAND</code>
   * and <code>PROVISIONED</code> . With on-demand mode, you are charged for data reads and writes
   * that your application performs on your feature group. You do not need to specify read and write
   * throughput because Feature Store accommodates your workloads as they ramp up and down. You can
   * switch a feature group to on-demand only once in a 24 hour period. With provisioned throughput
   * mode, you specify the read and write capacity per second that you expect your application to
   * require, and you are billed based on those limits. Exceeding provisioned throughput will result
   * in your requests being throttled.
   *
   * <p>Note: <code>PROVISIONED</code> throughput mode is supported only for feature groups that are
   * offline-only, or use the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OnlineStoreConfig.html#sagemaker-Type-OnlineStoreConfig-StorageType"><code>Standard</code></a>
   * tier online store.
   *
   * <p>Property type {@code AWS::SageMaker::FeatureGroup.ThroughputConfig}.
   */
  public static final class ThroughputConfig extends Struct<ThroughputConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::FeatureGroup.ThroughputConfig")
        .required("ThroughputMode")
        .constrain("ProvisionedReadCapacityUnits", Constraint.of().minimum(0).maximum(10000000))
        .constrain("ProvisionedWriteCapacityUnits", Constraint.of().minimum(0).maximum(10000000))
        .allowed("ThroughputMode", "OnDemand", "Provisioned")
        .build();

    public ThroughputConfig() {
      super(SCHEMA);
    }

    /**
     * For provisioned feature groups with online store enabled, this indicates the read throughput
     * you are billed for and can consume without throttling.
     *
     * <p>This field is not applicable for on-demand feature groups.
     *
     * <p>Range: 0 to 10000000. CloudFormation property {@code ProvisionedReadCapacityUnits}.
     */
    public ThroughputConfig provisionedReadCapacityUnits(int value) {
      return set("ProvisionedReadCapacityUnits", Value.of(value));
    }

    /**
     * Sets {@code ProvisionedReadCapacityUnits} to this value; see {@link
     * #provisionedReadCapacityUnits(int)}.
     */
    public ThroughputConfig provisionedReadCapacityUnits(Value<Integer> value) {
      return set("ProvisionedReadCapacityUnits", value);
    }

    /**
     * For provisioned feature groups, this indicates the write throughput you are billed for and
     * can consume without throttling.
     *
     * <p>This field is not applicable for on-demand feature groups.
     *
     * <p>Range: 0 to 10000000. CloudFormation property {@code ProvisionedWriteCapacityUnits}.
     */
    public ThroughputConfig provisionedWriteCapacityUnits(int value) {
      return set("ProvisionedWriteCapacityUnits", Value.of(value));
    }

    /**
     * Sets {@code ProvisionedWriteCapacityUnits} to this value; see {@link
     * #provisionedWriteCapacityUnits(int)}.
     */
    public ThroughputConfig provisionedWriteCapacityUnits(Value<Integer> value) {
      return set("ProvisionedWriteCapacityUnits", value);
    }

    /**
     * The mode used for your feature group throughput: <code>ON_DEMAND</code> or
     * <code>PROVISIONED</code> .
     *
     * <p>Required. Allowed values: {@code OnDemand}, {@code Provisioned}. CloudFormation property
     * {@code ThroughputMode}.
     */
    public ThroughputConfig throughputMode(String value) {
      return set("ThroughputMode", Value.of(value));
    }

    /** Sets {@code ThroughputMode} to this value; see {@link #throughputMode(String)}. */
    public ThroughputConfig throughputMode(Value<String> value) {
      return set("ThroughputMode", value);
    }
  }

  /**
   * Time to live duration, where the record is hard deleted after the expiration time is reached;
   * <code>ExpiresAt</code> = <code>EventTime</code> + <code>TtlDuration</code> . For information on
   * HardDelete, see the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_feature_store_DeleteRecord.html">DeleteRecord</a>
   * API in the Amazon SageMaker API Reference guide.
   *
   * <p>Property type {@code AWS::SageMaker::FeatureGroup.TtlDuration}.
   */
  public static final class TtlDuration extends Struct<TtlDuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::FeatureGroup.TtlDuration")
        .allowed("Unit", "Seconds", "Minutes", "Hours", "Days", "Weeks")
        .constrain("Value", Constraint.of().minimum(1))
        .build();

    public TtlDuration() {
      super(SCHEMA);
    }

    /**
     * <code>TtlDuration</code> time unit.
     *
     * <p>Allowed values: {@code Seconds}, {@code Minutes}, {@code Hours}, {@code Days}, {@code
     * Weeks}. CloudFormation property {@code Unit}.
     */
    public TtlDuration unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public TtlDuration unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * <code>TtlDuration</code> time value.
     *
     * <p>Range: at least 1. CloudFormation property {@code Value}.
     */
    public TtlDuration value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public TtlDuration value(Value<Integer> value) {
      return set("Value", value);
    }
  }
}
