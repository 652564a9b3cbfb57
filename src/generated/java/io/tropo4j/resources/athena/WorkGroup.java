// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.athena;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import java.util.List;
import java.util.Map;

/**
 * The AWS::Athena::WorkGroup resource specifies an Amazon Athena workgroup, which contains a name,
 * description, creation time, state, and other configuration, listed under
 * <code>WorkGroupConfiguration</code> . Each workgroup enables you to isolate queries for you or
 * your group from other queries in the same account. For more information, see <a
 * href="https://docs.aws.amazon.com/athena/latest/APIReference/API_CreateWorkGroup.html">CreateWorkGroup</a>
 * in the <em>Amazon Athena API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::Athena::WorkGroup}.
 */
public final class WorkGroup extends Resource<WorkGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Athena::WorkGroup")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9._-]{1,128}"))
      .allowed("State", "ENABLED", "DISABLED")
      .refYields("Name")
      .attributes("CreationTime", "WorkGroupConfiguration.EngineVersion.EffectiveEngineVersion",
          "WorkGroupConfigurationUpdates.EngineVersion.EffectiveEngineVersion")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WorkGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The workgroup description.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public WorkGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public WorkGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The workgroup name.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [a-zA-Z0-9._-]{1,128}}.
   * CloudFormation property {@code Name}.
   */
  public WorkGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public WorkGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The option to delete a workgroup and its contents even if the workgroup contains any named
   * queries. The default is false.
   *
   * <p>CloudFormation property {@code RecursiveDeleteOption}.
   */
  public WorkGroup recursiveDeleteOption(boolean value) {
    return set("RecursiveDeleteOption", Value.of(value));
  }

  /**
   * Sets {@code RecursiveDeleteOption} to this value; see {@link #recursiveDeleteOption(boolean)}.
   */
  public WorkGroup recursiveDeleteOption(Value<Boolean> value) {
    return set("RecursiveDeleteOption", value);
  }

  /**
   * The state of the workgroup: ENABLED or DISABLED.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code State}.
   */
  public WorkGroup state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public WorkGroup state(Value<String> value) {
    return set("State", value);
  }

  /**
   * The tags (key-value pairs) to associate with this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public WorkGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public WorkGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public WorkGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The configuration of the workgroup, which includes the location in Amazon S3 where query
   * results are stored, the encryption option, if any, used for query results, whether Amazon
   * CloudWatch Metrics are enabled for the workgroup, and the limit for the amount of bytes scanned
   * (cutoff) per query, if it is specified. The <code>EnforceWorkGroupConfiguration</code> option
   * determines whether workgroup settings override client-side query settings.
   *
   * <p>CloudFormation property {@code WorkGroupConfiguration}.
   */
  public WorkGroup workGroupConfiguration(Value<WorkGroupConfiguration> value) {
    return set("WorkGroupConfiguration", value);
  }

  /**
   * The configuration information that will be updated for this workgroup, which includes the
   * location in Amazon S3 where query results are stored, the encryption option, if any, used for
   * query results, whether the Amazon CloudWatch Metrics are enabled for the workgroup, whether the
   * workgroup settings override the client-side settings, and the data usage limit for the amount
   * of bytes scanned per query, if it is specified.
   *
   * <p>CloudFormation property {@code WorkGroupConfigurationUpdates}.
   *
   * @deprecated The specification marks {@code WorkGroupConfigurationUpdates} deprecated.
   */
  @Deprecated
  public WorkGroup workGroupConfigurationUpdates(Value<WorkGroupConfigurationUpdates> value) {
    return set("WorkGroupConfigurationUpdates", value);
  }

  /**
   * The date and time the workgroup was created, as a UNIX timestamp in seconds. For example:
   * <code>1582761016</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Read only. The engine version on which the query runs. If the user requests a valid engine
   * version other than Auto, the effective engine version is the same as the engine version that
   * the user requested. If the user requests Auto, the effective engine version is chosen by
   * Athena. When a request to update the engine version is made by a CreateWorkGroup or
   * UpdateWorkGroup operation, the EffectiveEngineVersion field is ignored.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * WorkGroupConfiguration.EngineVersion.EffectiveEngineVersion}.
   */
  public Value<String> workGroupConfigurationEngineVersionEffectiveEngineVersion() {
    return getAtt("WorkGroupConfiguration.EngineVersion.EffectiveEngineVersion");
  }

  /**
   * Read only. The engine version on which the query runs. If the user requests a valid engine
   * version other than Auto, the effective engine version is the same as the engine version that
   * the user requested. If the user requests Auto, the effective engine version is chosen by
   * Athena. When a request to update the engine version is made by a <code>CreateWorkGroup</code>
   * or <code>UpdateWorkGroup</code> operation, the <code>EffectiveEngineVersion</code> field is
   * ignored.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * WorkGroupConfigurationUpdates.EngineVersion.EffectiveEngineVersion}.
   */
  public Value<String> workGroupConfigurationUpdatesEngineVersionEffectiveEngineVersion() {
    return getAtt("WorkGroupConfigurationUpdates.EngineVersion.EffectiveEngineVersion");
  }

  /**
   * Indicates that an Amazon S3 canned ACL should be set to control ownership of stored query
   * results, including data files inserted by Athena as the result of statements like CTAS or
   * INSERT INTO. When Athena stores query results in Amazon S3, the canned ACL is set with the
   * <code>x-amz-acl</code> request header. For more information about S3 Object Ownership, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html#object-ownership-overview">Object
   * Ownership settings</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.AclConfiguration}.
   */
  public static final class AclConfiguration extends Struct<AclConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Athena::WorkGroup.AclConfiguration")
        .required("S3AclOption")
        .allowed("S3AclOption", "BUCKET_OWNER_FULL_CONTROL")
        .build();

    public AclConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 canned ACL that Athena should specify when storing query results, including
     * data files inserted by Athena as the result of statements like CTAS or INSERT INTO. Currently
     * the only supported canned ACL is <code>BUCKET_OWNER_FULL_CONTROL</code> . If a query runs in
     * a workgroup and the workgroup overrides client-side settings, then the Amazon S3 canned ACL
     * specified in the workgroup's settings is used for all queries that run in the workgroup. For
     * more information about Amazon S3 canned ACLs, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl">Canned
     * ACL</a> in the <em>Amazon S3 User Guide</em> .
     *
     * <p>Required. Allowed values: {@code BUCKET_OWNER_FULL_CONTROL}. CloudFormation property
     * {@code S3AclOption}.
     */
    public AclConfiguration s3AclOption(String value) {
      return set("S3AclOption", Value.of(value));
    }

    /** Sets {@code S3AclOption} to this value; see {@link #s3AclOption(String)}. */
    public AclConfiguration s3AclOption(Value<String> value) {
      return set("S3AclOption", value);
    }
  }

  /**
   * A classification refers to a set of specific configurations.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.Classification}.
   */
  public static final class Classification extends Struct<Classification> {
    private static final Schema SCHEMA = Schema.of("AWS::Athena::WorkGroup.Classification");

    public Classification() {
      super(SCHEMA);
    }

    /**
     * The name of the configuration classification.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public Classification name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Classification name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A set of properties specified within a configuration classification.
     *
     * <p>CloudFormation property {@code Properties}.
     */
    public Classification propertiesProperty(Map<String, String> value) {
      return set("Properties", Value.mapOf(value));
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
    public Classification propertiesProperty(Value<Map<String, String>> value) {
      return set("Properties", value);
    }
  }

  /**
   * Configuration settings for delivering logs to Amazon CloudWatch log groups.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.CloudWatchLoggingConfiguration}.
   */
  public static final class CloudWatchLoggingConfiguration extends Struct<CloudWatchLoggingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Athena::WorkGroup.CloudWatchLoggingConfiguration");

    public CloudWatchLoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables CloudWatch logging.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public CloudWatchLoggingConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public CloudWatchLoggingConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The name of the log group in Amazon CloudWatch Logs where you want to publish your logs.
     *
     * <p>CloudFormation property {@code LogGroup}.
     */
    public CloudWatchLoggingConfiguration logGroup(String value) {
      return set("LogGroup", Value.of(value));
    }

    /** Sets {@code LogGroup} to this value; see {@link #logGroup(String)}. */
    public CloudWatchLoggingConfiguration logGroup(Value<String> value) {
      return set("LogGroup", value);
    }

    /**
     * Prefix for the CloudWatch log stream name.
     *
     * <p>CloudFormation property {@code LogStreamNamePrefix}.
     */
    public CloudWatchLoggingConfiguration logStreamNamePrefix(String value) {
      return set("LogStreamNamePrefix", Value.of(value));
    }

    /** Sets {@code LogStreamNamePrefix} to this value; see {@link #logStreamNamePrefix(String)}. */
    public CloudWatchLoggingConfiguration logStreamNamePrefix(Value<String> value) {
      return set("LogStreamNamePrefix", value);
    }

    /**
     * The types of logs that you want to publish to CloudWatch.
     *
     * <p>CloudFormation property {@code LogTypes}.
     */
    public CloudWatchLoggingConfiguration logTypes(Map<String, List<String>> value) {
      return set("LogTypes", Value.mapOf(value));
    }

    /** Sets {@code LogTypes} to this value; see {@link #logTypes(Map)}. */
    public CloudWatchLoggingConfiguration logTypes(Value<Map<String, List<String>>> value) {
      return set("LogTypes", value);
    }
  }

  /**
   * Specifies the customer managed KMS key that is used to encrypt the user's data stores in
   * Athena. When an AWS managed key is used, this value is null. This setting does not apply to
   * Athena SQL workgroups.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.CustomerContentEncryptionConfiguration}.
   */
  public static final class CustomerContentEncryptionConfiguration extends Struct<CustomerContentEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Athena::WorkGroup.CustomerContentEncryptionConfiguration")
        .required("KmsKey")
        .references("KmsKey", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref")
        .build();

    public CustomerContentEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The customer managed KMS key that is used to encrypt the user's data stores in Athena.
     *
     * <p>Required. CloudFormation property {@code KmsKey}.
     */
    public CustomerContentEncryptionConfiguration kmsKey(String value) {
      return set("KmsKey", Value.of(value));
    }

    /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
    public CustomerContentEncryptionConfiguration kmsKey(Value<String> value) {
      return set("KmsKey", value);
    }

    /** Sets {@code KmsKey} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKey(String)}. */
    public CustomerContentEncryptionConfiguration kmsKey(Key resource) {
      return set("KmsKey", resource.arn());
    }
  }

  /**
   * If query results are encrypted in Amazon S3, indicates the encryption option used (for example,
   * <code>SSE_KMS</code> or <code>CSE_KMS</code> ) and key information.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Athena::WorkGroup.EncryptionConfiguration")
        .required("EncryptionOption")
        .allowed("EncryptionOption", "SSE_S3", "SSE_KMS", "CSE_KMS")
        .references("KmsKey", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref")
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether Amazon S3 server-side encryption with Amazon S3-managed keys (
     * <code>SSE_S3</code> ), server-side encryption with KMS-managed keys ( <code>SSE_KMS</code> ),
     * or client-side encryption with KMS-managed keys ( <code>CSE_KMS</code> ) is used.
     *
     * <p>If a query runs in a workgroup and the workgroup overrides client-side settings, then the
     * workgroup's setting for encryption is used. It specifies whether query results must be
     * encrypted, for all queries that run in this workgroup.
     *
     * <p>Required. Allowed values: {@code SSE_S3}, {@code SSE_KMS}, {@code CSE_KMS}. CloudFormation
     * property {@code EncryptionOption}.
     */
    public EncryptionConfiguration encryptionOption(String value) {
      return set("EncryptionOption", Value.of(value));
    }

    /** Sets {@code EncryptionOption} to this value; see {@link #encryptionOption(String)}. */
    public EncryptionConfiguration encryptionOption(Value<String> value) {
      return set("EncryptionOption", value);
    }

    /**
     * For <code>SSE_KMS</code> and <code>CSE_KMS</code> , this is the KMS key ARN or ID.
     *
     * <p>CloudFormation property {@code KmsKey}.
     */
    public EncryptionConfiguration kmsKey(String value) {
      return set("KmsKey", Value.of(value));
    }

    /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
    public EncryptionConfiguration kmsKey(Value<String> value) {
      return set("KmsKey", value);
    }

    /** Sets {@code KmsKey} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKey(String)}. */
    public EncryptionConfiguration kmsKey(Key resource) {
      return set("KmsKey", resource.arn());
    }
  }

  /**
   * The engine configuration for the workgroup, which includes the minimum/maximum number of Data
   * Processing Units (DPU) that queries should use when running in provisioned capacity. If not
   * specified, Athena uses default values (Default value for min is 4 and for max is Minimum of 124
   * and allocated DPUs).
   *
   * <p>To specify DPU values for PC queries the WG containing EngineConfiguration should have the
   * following values: The name of the Classifications should be
   * <code>athena-query-engine-properties</code> , with the only allowed properties as
   * <code>max-dpu-count</code> and <code>min-dpu-count</code> .
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.EngineConfiguration}.
   */
  public static final class EngineConfiguration extends Struct<EngineConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Athena::WorkGroup.EngineConfiguration");

    public EngineConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains additional notebook engine <code>MAP&lt;string, string&gt;</code> parameter mappings
     * in the form of key-value pairs. To specify an Athena notebook that the Jupyter server will
     * download and serve, specify a value for the <code>StartSessionRequest$NotebookVersion</code>
     * field, and then add a key named <code>NotebookId</code> to <code>AdditionalConfigs</code>
     * that has the value of the Athena notebook ID.
     *
     * <p>CloudFormation property {@code AdditionalConfigs}.
     */
    public EngineConfiguration additionalConfigs(Map<String, String> value) {
      return set("AdditionalConfigs", Value.mapOf(value));
    }

    /** Sets {@code AdditionalConfigs} to this value; see {@link #additionalConfigs(Map)}. */
    public EngineConfiguration additionalConfigs(Value<Map<String, String>> value) {
      return set("AdditionalConfigs", value);
    }

    /**
     * The configuration classifications that can be specified for the engine.
     *
     * <p>CloudFormation property {@code Classifications}.
     */
    public EngineConfiguration classifications(List<Classification> value) {
      return set("Classifications", Value.listOf(value));
    }

    /** Sets {@code Classifications} to this value; see {@link #classifications(List)}. */
    public EngineConfiguration classifications(Value<List<Classification>> value) {
      return set("Classifications", value);
    }

    /** Sets {@code Classifications} to a list of these; see {@link #classifications(List)}. */
    public EngineConfiguration classifications(Classification... values) {
      return set("Classifications", Value.list(values));
    }

    /**
     * The number of DPUs to use for the coordinator. A coordinator is a special executor that
     * orchestrates processing work and manages other executors in a notebook session. The default
     * is 1.
     *
     * <p>CloudFormation property {@code CoordinatorDpuSize}.
     */
    public EngineConfiguration coordinatorDpuSize(int value) {
      return set("CoordinatorDpuSize", Value.of(value));
    }

    /** Sets {@code CoordinatorDpuSize} to this value; see {@link #coordinatorDpuSize(int)}. */
    public EngineConfiguration coordinatorDpuSize(Value<Integer> value) {
      return set("CoordinatorDpuSize", value);
    }

    /**
     * The default number of DPUs to use for executors. An executor is the smallest unit of compute
     * that a notebook session can request from Athena. The default is 1.
     *
     * <p>CloudFormation property {@code DefaultExecutorDpuSize}.
     */
    public EngineConfiguration defaultExecutorDpuSize(int value) {
      return set("DefaultExecutorDpuSize", Value.of(value));
    }

    /**
     * Sets {@code DefaultExecutorDpuSize} to this value; see {@link #defaultExecutorDpuSize(int)}.
     */
    public EngineConfiguration defaultExecutorDpuSize(Value<Integer> value) {
      return set("DefaultExecutorDpuSize", value);
    }

    /**
     * The maximum number of DPUs that can run concurrently.
     *
     * <p>CloudFormation property {@code MaxConcurrentDpus}.
     */
    public EngineConfiguration maxConcurrentDpus(int value) {
      return set("MaxConcurrentDpus", Value.of(value));
    }

    /** Sets {@code MaxConcurrentDpus} to this value; see {@link #maxConcurrentDpus(int)}. */
    public EngineConfiguration maxConcurrentDpus(Value<Integer> value) {
      return set("MaxConcurrentDpus", value);
    }

    /**
     * Specifies custom jar files and Spark properties for use cases like cluster encryption, table
     * formats, and general Spark tuning.
     *
     * <p>CloudFormation property {@code SparkProperties}.
     */
    public EngineConfiguration sparkProperties(Map<String, String> value) {
      return set("SparkProperties", Value.mapOf(value));
    }

    /** Sets {@code SparkProperties} to this value; see {@link #sparkProperties(Map)}. */
    public EngineConfiguration sparkProperties(Value<Map<String, String>> value) {
      return set("SparkProperties", value);
    }
  }

  /**
   * The Athena engine version for running queries, or the PySpark engine version for running
   * sessions.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.EngineVersion}.
   */
  public static final class EngineVersion extends Struct<EngineVersion> {
    private static final Schema SCHEMA = Schema.of("AWS::Athena::WorkGroup.EngineVersion");

    public EngineVersion() {
      super(SCHEMA);
    }

    /**
     * Read only. The engine version on which the query runs. If the user requests a valid engine
     * version other than Auto, the effective engine version is the same as the engine version that
     * the user requested. If the user requests Auto, the effective engine version is chosen by
     * Athena. When a request to update the engine version is made by a <code>CreateWorkGroup</code>
     * or <code>UpdateWorkGroup</code> operation, the <code>EffectiveEngineVersion</code> field is
     * ignored.
     *
     * <p>CloudFormation property {@code EffectiveEngineVersion}.
     */
    public EngineVersion effectiveEngineVersion(String value) {
      return set("EffectiveEngineVersion", Value.of(value));
    }

    /**
     * Sets {@code EffectiveEngineVersion} to this value; see {@link
     * #effectiveEngineVersion(String)}.
     */
    public EngineVersion effectiveEngineVersion(Value<String> value) {
      return set("EffectiveEngineVersion", value);
    }

    /**
     * The engine version requested by the user. Possible values are determined by the output of
     * <code>ListEngineVersions</code> , including AUTO. The default is AUTO.
     *
     * <p>CloudFormation property {@code SelectedEngineVersion}.
     */
    public EngineVersion selectedEngineVersion(String value) {
      return set("SelectedEngineVersion", Value.of(value));
    }

    /**
     * Sets {@code SelectedEngineVersion} to this value; see {@link #selectedEngineVersion(String)}.
     */
    public EngineVersion selectedEngineVersion(Value<String> value) {
      return set("SelectedEngineVersion", value);
    }
  }

  /**
   * Configuration settings for delivering logs to Amazon S3 buckets.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.ManagedLoggingConfiguration}.
   */
  public static final class ManagedLoggingConfiguration extends Struct<ManagedLoggingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Athena::WorkGroup.ManagedLoggingConfiguration");

    public ManagedLoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables mamanged log persistence.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public ManagedLoggingConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ManagedLoggingConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The KMS key ARN to encrypt the logs stored in managed log persistence.
     *
     * <p>CloudFormation property {@code KmsKey}.
     */
    public ManagedLoggingConfiguration kmsKey(String value) {
      return set("KmsKey", Value.of(value));
    }

    /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
    public ManagedLoggingConfiguration kmsKey(Value<String> value) {
      return set("KmsKey", value);
    }
  }

  /**
   * The configuration for storing results in Athena owned storage, which includes whether this
   * feature is enabled; whether encryption configuration, if any, is used for encrypting query
   * results.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.ManagedQueryResultsConfiguration}.
   */
  public static final class ManagedQueryResultsConfiguration extends Struct<ManagedQueryResultsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Athena::WorkGroup.ManagedQueryResultsConfiguration");

    public ManagedQueryResultsConfiguration() {
      super(SCHEMA);
    }

    /**
     * If set to true, allows you to store query results in Athena owned storage. If set to false,
     * workgroup member stores query results in location specified under
     * <code>ResultConfiguration$OutputLocation</code> . The default is false. A workgroup cannot
     * have the <code>ResultConfiguration$OutputLocation</code> parameter when you set this field to
     * true.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public ManagedQueryResultsConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ManagedQueryResultsConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * If you encrypt query and calculation results in Athena owned storage, this field indicates
     * the encryption option (for example, SSE_KMS or CSE_KMS) and key information.
     *
     * <p>CloudFormation property {@code EncryptionConfiguration}.
     */
    public ManagedQueryResultsConfiguration encryptionConfiguration(Value<ManagedStorageEncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }
  }

  /**
   * Indicates the encryption configuration for Athena Managed Storage. If not setting this field,
   * Managed Storage will encrypt the query results with Athena's encryption key
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.ManagedStorageEncryptionConfiguration}.
   */
  public static final class ManagedStorageEncryptionConfiguration extends Struct<ManagedStorageEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Athena::WorkGroup.ManagedStorageEncryptionConfiguration");

    public ManagedStorageEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * For SSE-KMS and CSE-KMS, this is the KMS key ARN or ID.
     *
     * <p>CloudFormation property {@code KmsKey}.
     */
    public ManagedStorageEncryptionConfiguration kmsKey(String value) {
      return set("KmsKey", Value.of(value));
    }

    /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
    public ManagedStorageEncryptionConfiguration kmsKey(Value<String> value) {
      return set("KmsKey", value);
    }
  }

  /**
   * Contains the configuration settings for managed log persistence, delivering logs to Amazon S3
   * buckets, Amazon CloudWatch log groups etc.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.MonitoringConfiguration}.
   */
  public static final class MonitoringConfiguration extends Struct<MonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Athena::WorkGroup.MonitoringConfiguration");

    public MonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for delivering logs to Amazon CloudWatch log groups.
     *
     * <p>CloudFormation property {@code CloudWatchLoggingConfiguration}.
     */
    public MonitoringConfiguration cloudWatchLoggingConfiguration(Value<CloudWatchLoggingConfiguration> value) {
      return set("CloudWatchLoggingConfiguration", value);
    }

    /**
     * Configuration settings for managed log persistence.
     *
     * <p>CloudFormation property {@code ManagedLoggingConfiguration}.
     */
    public MonitoringConfiguration managedLoggingConfiguration(Value<ManagedLoggingConfiguration> value) {
      return set("ManagedLoggingConfiguration", value);
    }

    /**
     * Configuration settings for delivering logs to Amazon S3 buckets.
     *
     * <p>CloudFormation property {@code S3LoggingConfiguration}.
     */
    public MonitoringConfiguration s3LoggingConfiguration(Value<S3LoggingConfiguration> value) {
      return set("S3LoggingConfiguration", value);
    }
  }

  /**
   * The location in Amazon S3 where query and calculation results are stored and the encryption
   * option, if any, used for query and calculation results. These are known as "client-side
   * settings". If workgroup settings override client-side settings, then the query uses the
   * workgroup settings.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.ResultConfiguration}.
   */
  public static final class ResultConfiguration extends Struct<ResultConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Athena::WorkGroup.ResultConfiguration");

    public ResultConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates that an Amazon S3 canned ACL should be set to control ownership of stored query
     * results. Currently the only supported canned ACL is <code>BUCKET_OWNER_FULL_CONTROL</code> .
     * This is a client-side setting. If workgroup settings override client-side settings, then the
     * query uses the ACL configuration that is specified for the workgroup, and also uses the
     * location for storing query results specified in the workgroup. See
     * <code>EnforceWorkGroupConfiguration</code> .
     *
     * <p>CloudFormation property {@code AclConfiguration}.
     */
    public ResultConfiguration aclConfiguration(Value<AclConfiguration> value) {
      return set("AclConfiguration", value);
    }

    /**
     * If query results are encrypted in Amazon S3, indicates the encryption option used (for
     * example, <code>SSE_KMS</code> or <code>CSE_KMS</code> ) and key information. This is a
     * client-side setting. If workgroup settings override client-side settings, then the query uses
     * the encryption configuration that is specified for the workgroup, and also uses the location
     * for storing query results specified in the workgroup. See
     * <code>EnforceWorkGroupConfiguration</code> and <a
     * href="https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html">Override
     * client-side settings</a> .
     *
     * <p>CloudFormation property {@code EncryptionConfiguration}.
     */
    public ResultConfiguration encryptionConfiguration(Value<EncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }

    /**
     * The account ID that you expect to be the owner of the Amazon S3 bucket specified by
     * <code>ResultConfiguration:OutputLocation</code> . If set, Athena uses the value for
     * <code>ExpectedBucketOwner</code> when it makes Amazon S3 calls to your specified output
     * location. If the <code>ExpectedBucketOwner</code> account ID does not match the actual owner
     * of the Amazon S3 bucket, the call fails with a permissions error.
     *
     * <p>This is a client-side setting. If workgroup settings override client-side settings, then
     * the query uses the <code>ExpectedBucketOwner</code> setting that is specified for the
     * workgroup, and also uses the location for storing query results specified in the workgroup.
     * See <code>EnforceWorkGroupConfiguration</code> .
     *
     * <p>CloudFormation property {@code ExpectedBucketOwner}.
     */
    public ResultConfiguration expectedBucketOwner(String value) {
      return set("ExpectedBucketOwner", Value.of(value));
    }

    /** Sets {@code ExpectedBucketOwner} to this value; see {@link #expectedBucketOwner(String)}. */
    public ResultConfiguration expectedBucketOwner(Value<String> value) {
      return set("ExpectedBucketOwner", value);
    }

    /**
     * The location in Amazon S3 where your query results are stored, such as
     * <code>s3://path/to/query/bucket/</code> . To run a query, you must specify the query results
     * location using either a client-side setting for individual queries or a location specified by
     * the workgroup. If workgroup settings override client-side settings, then the query uses the
     * location specified for the workgroup. If no query location is set, Athena issues an error.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/athena/latest/ug/querying.html">Work with query results and
     * recent queries</a> and <code>EnforceWorkGroupConfiguration</code> .
     *
     * <p>CloudFormation property {@code OutputLocation}.
     */
    public ResultConfiguration outputLocation(String value) {
      return set("OutputLocation", Value.of(value));
    }

    /** Sets {@code OutputLocation} to this value; see {@link #outputLocation(String)}. */
    public ResultConfiguration outputLocation(Value<String> value) {
      return set("OutputLocation", value);
    }
  }

  /**
   * The information about the updates in the query results, such as output location and encryption
   * configuration for the query results.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.ResultConfigurationUpdates}.
   */
  public static final class ResultConfigurationUpdates extends Struct<ResultConfigurationUpdates> {
    private static final Schema SCHEMA = Schema.of("AWS::Athena::WorkGroup.ResultConfigurationUpdates");

    public ResultConfigurationUpdates() {
      super(SCHEMA);
    }

    /**
     * The ACL configuration for the query results.
     *
     * <p>CloudFormation property {@code AclConfiguration}.
     */
    public ResultConfigurationUpdates aclConfiguration(Value<AclConfiguration> value) {
      return set("AclConfiguration", value);
    }

    /**
     * The encryption configuration for the query results.
     *
     * <p>CloudFormation property {@code EncryptionConfiguration}.
     */
    public ResultConfigurationUpdates encryptionConfiguration(Value<EncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }

    /**
     * The AWS account ID that you expect to be the owner of the Amazon S3 bucket specified by <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-athena-workgroup-resultconfiguration.html#cfn-athena-workgroup-resultconfiguration-outputlocation"></a>
     * . If set, Athena uses the value for <code>ExpectedBucketOwner</code> when it makes Amazon S3
     * calls to your specified output location. If the <code>ExpectedBucketOwner</code> AWS account
     * ID does not match the actual owner of the Amazon S3 bucket, the call fails with a permissions
     * error.
     *
     * <p>If workgroup settings override client-side settings, then the query uses the
     * <code>ExpectedBucketOwner</code> setting that is specified for the workgroup, and also uses
     * the location for storing query results specified in the workgroup. See <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-athena-workgroup-workgroupconfiguration.html#cfn-athena-workgroup-workgroupconfiguration-enforceworkgroupconfiguration"></a>
     * and <a
     * href="https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html">Workgroup
     * Settings Override Client-Side Settings</a> .
     *
     * <p>CloudFormation property {@code ExpectedBucketOwner}.
     */
    public ResultConfigurationUpdates expectedBucketOwner(String value) {
      return set("ExpectedBucketOwner", Value.of(value));
    }

    /** Sets {@code ExpectedBucketOwner} to this value; see {@link #expectedBucketOwner(String)}. */
    public ResultConfigurationUpdates expectedBucketOwner(Value<String> value) {
      return set("ExpectedBucketOwner", value);
    }

    /**
     * The location in Amazon S3 where your query results are stored, such as
     * <code>s3://path/to/query/bucket/</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/athena/latest/ug/querying.html">Query Results</a> If
     * workgroup settings override client-side settings, then the query uses the location for the
     * query results and the encryption configuration that are specified for the workgroup. The
     * "workgroup settings override" is specified in EnforceWorkGroupConfiguration (true/false) in
     * the WorkGroupConfiguration. See <code>EnforceWorkGroupConfiguration</code> .
     *
     * <p>CloudFormation property {@code OutputLocation}.
     */
    public ResultConfigurationUpdates outputLocation(String value) {
      return set("OutputLocation", Value.of(value));
    }

    /** Sets {@code OutputLocation} to this value; see {@link #outputLocation(String)}. */
    public ResultConfigurationUpdates outputLocation(Value<String> value) {
      return set("OutputLocation", value);
    }

    /**
     * If set to <code>true</code> , indicates that the previously-specified ACL configuration for
     * queries in this workgroup should be ignored and set to null. If set to <code>false</code> or
     * not set, and a value is present in the <code>AclConfiguration</code> of
     * <code>ResultConfigurationUpdates</code> , the <code>AclConfiguration</code> in the
     * workgroup's <code>ResultConfiguration</code> is updated with the new value. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html">Workgroup
     * Settings Override Client-Side Settings</a> .
     *
     * <p>CloudFormation property {@code RemoveAclConfiguration}.
     */
    public ResultConfigurationUpdates removeAclConfiguration(boolean value) {
      return set("RemoveAclConfiguration", Value.of(value));
    }

    /**
     * Sets {@code RemoveAclConfiguration} to this value; see {@link
     * #removeAclConfiguration(boolean)}.
     */
    public ResultConfigurationUpdates removeAclConfiguration(Value<Boolean> value) {
      return set("RemoveAclConfiguration", value);
    }

    /**
     * If set to "true", indicates that the previously-specified encryption configuration (also
     * known as the client-side setting) for queries in this workgroup should be ignored and set to
     * null. If set to "false" or not set, and a value is present in the EncryptionConfiguration in
     * ResultConfigurationUpdates (the client-side setting), the EncryptionConfiguration in the
     * workgroup's ResultConfiguration will be updated with the new value. For more information, see
     * <a
     * href="https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html">Override
     * Client-Side Settings</a> .
     *
     * <p>CloudFormation property {@code RemoveEncryptionConfiguration}.
     */
    public ResultConfigurationUpdates removeEncryptionConfiguration(boolean value) {
      return set("RemoveEncryptionConfiguration", Value.of(value));
    }

    /**
     * Sets {@code RemoveEncryptionConfiguration} to this value; see {@link
     * #removeEncryptionConfiguration(boolean)}.
     */
    public ResultConfigurationUpdates removeEncryptionConfiguration(Value<Boolean> value) {
      return set("RemoveEncryptionConfiguration", value);
    }

    /**
     * If set to "true", removes the AWS account ID previously specified for <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-athena-workgroup-resultconfiguration.html#cfn-athena-workgroup-resultconfiguration-expectedbucketowner"></a>
     * . If set to "false" or not set, and a value is present in the
     * <code>ExpectedBucketOwner</code> in <code>ResultConfigurationUpdates</code> (the client-side
     * setting), the <code>ExpectedBucketOwner</code> in the workgroup's
     * <code>ResultConfiguration</code> is updated with the new value. For more information, see <a
     * href="https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html">Workgroup
     * Settings Override Client-Side Settings</a> .
     *
     * <p>CloudFormation property {@code RemoveExpectedBucketOwner}.
     */
    public ResultConfigurationUpdates removeExpectedBucketOwner(boolean value) {
      return set("RemoveExpectedBucketOwner", Value.of(value));
    }

    /**
     * Sets {@code RemoveExpectedBucketOwner} to this value; see {@link
     * #removeExpectedBucketOwner(boolean)}.
     */
    public ResultConfigurationUpdates removeExpectedBucketOwner(Value<Boolean> value) {
      return set("RemoveExpectedBucketOwner", value);
    }

    /**
     * If set to "true", indicates that the previously-specified query results location (also known
     * as a client-side setting) for queries in this workgroup should be ignored and set to null. If
     * set to "false" or not set, and a value is present in the OutputLocation in
     * ResultConfigurationUpdates (the client-side setting), the OutputLocation in the workgroup's
     * ResultConfiguration will be updated with the new value. For more information, see <a
     * href="https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html">Override
     * Client-Side Settings</a> .
     *
     * <p>CloudFormation property {@code RemoveOutputLocation}.
     */
    public ResultConfigurationUpdates removeOutputLocation(boolean value) {
      return set("RemoveOutputLocation", Value.of(value));
    }

    /**
     * Sets {@code RemoveOutputLocation} to this value; see {@link #removeOutputLocation(boolean)}.
     */
    public ResultConfigurationUpdates removeOutputLocation(Value<Boolean> value) {
      return set("RemoveOutputLocation", value);
    }
  }

  /**
   * Configuration settings for delivering logs to Amazon S3 buckets.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.S3LoggingConfiguration}.
   */
  public static final class S3LoggingConfiguration extends Struct<S3LoggingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Athena::WorkGroup.S3LoggingConfiguration");

    public S3LoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables S3 log delivery.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public S3LoggingConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public S3LoggingConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The KMS key ARN to encrypt the logs published to the given Amazon S3 destination.
     *
     * <p>CloudFormation property {@code KmsKey}.
     */
    public S3LoggingConfiguration kmsKey(String value) {
      return set("KmsKey", Value.of(value));
    }

    /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
    public S3LoggingConfiguration kmsKey(Value<String> value) {
      return set("KmsKey", value);
    }

    /**
     * The Amazon S3 destination URI for log publishing.
     *
     * <p>CloudFormation property {@code LogLocation}.
     */
    public S3LoggingConfiguration logLocation(String value) {
      return set("LogLocation", Value.of(value));
    }

    /** Sets {@code LogLocation} to this value; see {@link #logLocation(String)}. */
    public S3LoggingConfiguration logLocation(Value<String> value) {
      return set("LogLocation", value);
    }
  }

  /**
   * The configuration of the workgroup, which includes the location in Amazon S3 where query
   * results are stored, the encryption option, if any, used for query results, whether Amazon
   * CloudWatch Metrics are enabled for the workgroup, and the limit for the amount of bytes scanned
   * (cutoff) per query, if it is specified. The <code>EnforceWorkGroupConfiguration</code> option
   * determines whether workgroup settings override client-side query settings.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.WorkGroupConfiguration}.
   */
  public static final class WorkGroupConfiguration extends Struct<WorkGroupConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Athena::WorkGroup.WorkGroupConfiguration")
        .constrain("BytesScannedCutoffPerQuery", Constraint.of().minimum(10000000).format("int64"))
        .references("ExecutionRole", "AWS::IAM::Role.Arn")
        .build();

    public WorkGroupConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies a user defined JSON string that is passed to the session engine.
     *
     * <p>CloudFormation property {@code AdditionalConfiguration}.
     */
    public WorkGroupConfiguration additionalConfiguration(String value) {
      return set("AdditionalConfiguration", Value.of(value));
    }

    /**
     * Sets {@code AdditionalConfiguration} to this value; see {@link
     * #additionalConfiguration(String)}.
     */
    public WorkGroupConfiguration additionalConfiguration(Value<String> value) {
      return set("AdditionalConfiguration", value);
    }

    /**
     * The upper limit (cutoff) for the amount of bytes a single query in a workgroup is allowed to
     * scan. No default is defined.
     *
     * <p>This property currently supports integer types. Support for long values is planned.
     *
     * <p>Range: at least 10000000. Format: {@code int64}. CloudFormation property {@code
     * BytesScannedCutoffPerQuery}.
     */
    public WorkGroupConfiguration bytesScannedCutoffPerQuery(int value) {
      return set("BytesScannedCutoffPerQuery", Value.of(value));
    }

    /**
     * Sets {@code BytesScannedCutoffPerQuery} to this value; see {@link
     * #bytesScannedCutoffPerQuery(int)}.
     */
    public WorkGroupConfiguration bytesScannedCutoffPerQuery(Value<Integer> value) {
      return set("BytesScannedCutoffPerQuery", value);
    }

    /**
     * Specifies the KMS key that is used to encrypt the user's data stores in Athena. This setting
     * does not apply to Athena SQL workgroups.
     *
     * <p>CloudFormation property {@code CustomerContentEncryptionConfiguration}.
     */
    public WorkGroupConfiguration customerContentEncryptionConfiguration(Value<CustomerContentEncryptionConfiguration> value) {
      return set("CustomerContentEncryptionConfiguration", value);
    }

    /**
     * If set to "true", the settings for the workgroup override client-side settings. If set to
     * "false", client-side settings are used. For more information, see <a
     * href="https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html">Override
     * client-side settings</a> .
     *
     * <p>CloudFormation property {@code EnforceWorkGroupConfiguration}.
     */
    public WorkGroupConfiguration enforceWorkGroupConfiguration(boolean value) {
      return set("EnforceWorkGroupConfiguration", Value.of(value));
    }

    /**
     * Sets {@code EnforceWorkGroupConfiguration} to this value; see {@link
     * #enforceWorkGroupConfiguration(boolean)}.
     */
    public WorkGroupConfiguration enforceWorkGroupConfiguration(Value<Boolean> value) {
      return set("EnforceWorkGroupConfiguration", value);
    }

    /**
     * The engine configuration for running queries.
     *
     * <p>CloudFormation property {@code EngineConfiguration}.
     */
    public WorkGroupConfiguration engineConfiguration(Value<EngineConfiguration> value) {
      return set("EngineConfiguration", value);
    }

    /**
     * The engine version that all queries running on the workgroup use.
     *
     * <p>CloudFormation property {@code EngineVersion}.
     */
    public WorkGroupConfiguration engineVersion(Value<EngineVersion> value) {
      return set("EngineVersion", value);
    }

    /**
     * Role used to access user resources in an Athena for Apache Spark session. This property
     * applies only to Spark-enabled workgroups in Athena.
     *
     * <p>CloudFormation property {@code ExecutionRole}.
     */
    public WorkGroupConfiguration executionRole(String value) {
      return set("ExecutionRole", Value.of(value));
    }

    /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
    public WorkGroupConfiguration executionRole(Value<String> value) {
      return set("ExecutionRole", value);
    }

    /**
     * Sets {@code ExecutionRole} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #executionRole(String)}.
     */
    public WorkGroupConfiguration executionRole(Role resource) {
      return set("ExecutionRole", resource.arn());
    }

    /**
     * The configuration for storing results in Athena owned storage, which includes whether this
     * feature is enabled; whether encryption configuration, if any, is used for encrypting query
     * results.
     *
     * <p>CloudFormation property {@code ManagedQueryResultsConfiguration}.
     */
    public WorkGroupConfiguration managedQueryResultsConfiguration(Value<ManagedQueryResultsConfiguration> value) {
      return set("ManagedQueryResultsConfiguration", value);
    }

    /**
     * Contains the configuration settings for managed log persistence, delivering logs to Amazon S3
     * buckets, Amazon CloudWatch log groups etc.
     *
     * <p>CloudFormation property {@code MonitoringConfiguration}.
     */
    public WorkGroupConfiguration monitoringConfiguration(Value<MonitoringConfiguration> value) {
      return set("MonitoringConfiguration", value);
    }

    /**
     * Indicates that the Amazon CloudWatch metrics are enabled for the workgroup.
     *
     * <p>CloudFormation property {@code PublishCloudWatchMetricsEnabled}.
     */
    public WorkGroupConfiguration publishCloudWatchMetricsEnabled(boolean value) {
      return set("PublishCloudWatchMetricsEnabled", Value.of(value));
    }

    /**
     * Sets {@code PublishCloudWatchMetricsEnabled} to this value; see {@link
     * #publishCloudWatchMetricsEnabled(boolean)}.
     */
    public WorkGroupConfiguration publishCloudWatchMetricsEnabled(Value<Boolean> value) {
      return set("PublishCloudWatchMetricsEnabled", value);
    }

    /**
     * If set to <code>true</code> , allows members assigned to a workgroup to reference Amazon S3
     * Requester Pays buckets in queries. If set to <code>false</code> , workgroup members cannot
     * query data from Requester Pays buckets, and queries that retrieve data from Requester Pays
     * buckets cause an error. The default is <code>false</code> . For more information about
     * Requester Pays buckets, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/RequesterPaysBuckets.html">Requester
     * Pays Buckets</a> in the <em>Amazon Simple Storage Service Developer Guide</em> .
     *
     * <p>CloudFormation property {@code RequesterPaysEnabled}.
     */
    public WorkGroupConfiguration requesterPaysEnabled(boolean value) {
      return set("RequesterPaysEnabled", Value.of(value));
    }

    /**
     * Sets {@code RequesterPaysEnabled} to this value; see {@link #requesterPaysEnabled(boolean)}.
     */
    public WorkGroupConfiguration requesterPaysEnabled(Value<Boolean> value) {
      return set("RequesterPaysEnabled", value);
    }

    /**
     * Specifies the location in Amazon S3 where query results are stored and the encryption option,
     * if any, used for query results. For more information, see <a
     * href="https://docs.aws.amazon.com/athena/latest/ug/querying.html">Work with query results and
     * recent queries</a> .
     *
     * <p>CloudFormation property {@code ResultConfiguration}.
     */
    public WorkGroupConfiguration resultConfiguration(Value<ResultConfiguration> value) {
      return set("ResultConfiguration", value);
    }
  }

  /**
   * The configuration information that will be updated for this workgroup, which includes the
   * location in Amazon S3 where query results are stored, the encryption option, if any, used for
   * query results, whether the Amazon CloudWatch Metrics are enabled for the workgroup, whether the
   * workgroup settings override the client-side settings, and the data usage limit for the amount
   * of bytes scanned per query, if it is specified.
   *
   * <p>Property type {@code AWS::Athena::WorkGroup.WorkGroupConfigurationUpdates}.
   */
  public static final class WorkGroupConfigurationUpdates extends Struct<WorkGroupConfigurationUpdates> {
    private static final Schema SCHEMA = Schema.builder("AWS::Athena::WorkGroup.WorkGroupConfigurationUpdates")
        .constrain("BytesScannedCutoffPerQuery", Constraint.of().minimum(10000000).format("int64"))
        .references("ExecutionRole", "AWS::IAM::Role.Arn")
        .build();

    public WorkGroupConfigurationUpdates() {
      super(SCHEMA);
    }

    /**
     * Additional Configuration that are passed to Athena Spark Calculations running in this
     * workgroup
     *
     * <p>CloudFormation property {@code AdditionalConfiguration}.
     */
    public WorkGroupConfigurationUpdates additionalConfiguration(String value) {
      return set("AdditionalConfiguration", Value.of(value));
    }

    /**
     * Sets {@code AdditionalConfiguration} to this value; see {@link
     * #additionalConfiguration(String)}.
     */
    public WorkGroupConfigurationUpdates additionalConfiguration(Value<String> value) {
      return set("AdditionalConfiguration", value);
    }

    /**
     * The upper data usage limit (cutoff) for the amount of bytes a single query in a workgroup is
     * allowed to scan.
     *
     * <p>Range: at least 10000000. Format: {@code int64}. CloudFormation property {@code
     * BytesScannedCutoffPerQuery}.
     */
    public WorkGroupConfigurationUpdates bytesScannedCutoffPerQuery(int value) {
      return set("BytesScannedCutoffPerQuery", Value.of(value));
    }

    /**
     * Sets {@code BytesScannedCutoffPerQuery} to this value; see {@link
     * #bytesScannedCutoffPerQuery(int)}.
     */
    public WorkGroupConfigurationUpdates bytesScannedCutoffPerQuery(Value<Integer> value) {
      return set("BytesScannedCutoffPerQuery", value);
    }

    /**
     * Indicates the KMS key for encrypting notebook content.
     *
     * <p>CloudFormation property {@code CustomerContentEncryptionConfiguration}.
     */
    public WorkGroupConfigurationUpdates customerContentEncryptionConfiguration(Value<CustomerContentEncryptionConfiguration> value) {
      return set("CustomerContentEncryptionConfiguration", value);
    }

    /**
     * If set to "true", the settings for the workgroup override client-side settings. If set to
     * "false", client-side settings are used
     *
     * <p>CloudFormation property {@code EnforceWorkGroupConfiguration}.
     */
    public WorkGroupConfigurationUpdates enforceWorkGroupConfiguration(boolean value) {
      return set("EnforceWorkGroupConfiguration", Value.of(value));
    }

    /**
     * Sets {@code EnforceWorkGroupConfiguration} to this value; see {@link
     * #enforceWorkGroupConfiguration(boolean)}.
     */
    public WorkGroupConfigurationUpdates enforceWorkGroupConfiguration(Value<Boolean> value) {
      return set("EnforceWorkGroupConfiguration", value);
    }

    /**
     * The engine configuration for running queries.
     *
     * <p>CloudFormation property {@code EngineConfiguration}.
     */
    public WorkGroupConfigurationUpdates engineConfiguration(Value<EngineConfiguration> value) {
      return set("EngineConfiguration", value);
    }

    /**
     * The Athena engine version for running queries.
     *
     * <p>CloudFormation property {@code EngineVersion}.
     */
    public WorkGroupConfigurationUpdates engineVersion(Value<EngineVersion> value) {
      return set("EngineVersion", value);
    }

    /**
     * The ARN of the execution role used to access user resources for Spark sessions and Identity
     * Center enabled workgroups. This property applies only to Spark enabled workgroups and
     * Identity Center enabled workgroups.
     *
     * <p>CloudFormation property {@code ExecutionRole}.
     */
    public WorkGroupConfigurationUpdates executionRole(String value) {
      return set("ExecutionRole", Value.of(value));
    }

    /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
    public WorkGroupConfigurationUpdates executionRole(Value<String> value) {
      return set("ExecutionRole", value);
    }

    /**
     * Sets {@code ExecutionRole} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #executionRole(String)}.
     */
    public WorkGroupConfigurationUpdates executionRole(Role resource) {
      return set("ExecutionRole", resource.arn());
    }

    /**
     * The configuration for the managed query results and encryption option. ResultConfiguration
     * and ManagedQueryResultsConfiguration cannot be set at the same time
     *
     * <p>CloudFormation property {@code ManagedQueryResultsConfiguration}.
     */
    public WorkGroupConfigurationUpdates managedQueryResultsConfiguration(Value<ManagedQueryResultsConfiguration> value) {
      return set("ManagedQueryResultsConfiguration", value);
    }

    /**
     * Contains the configuration settings for managed log persistence, delivering logs to Amazon S3
     * buckets, Amazon CloudWatch log groups etc.
     *
     * <p>CloudFormation property {@code MonitoringConfiguration}.
     */
    public WorkGroupConfigurationUpdates monitoringConfiguration(Value<MonitoringConfiguration> value) {
      return set("MonitoringConfiguration", value);
    }

    /**
     * Indicates that the Amazon CloudWatch metrics are enabled for the workgroup.
     *
     * <p>CloudFormation property {@code PublishCloudWatchMetricsEnabled}.
     */
    public WorkGroupConfigurationUpdates publishCloudWatchMetricsEnabled(boolean value) {
      return set("PublishCloudWatchMetricsEnabled", Value.of(value));
    }

    /**
     * Sets {@code PublishCloudWatchMetricsEnabled} to this value; see {@link
     * #publishCloudWatchMetricsEnabled(boolean)}.
     */
    public WorkGroupConfigurationUpdates publishCloudWatchMetricsEnabled(Value<Boolean> value) {
      return set("PublishCloudWatchMetricsEnabled", value);
    }

    /**
     * Indicates that the data usage control limit per query is removed.
     *
     * <p>CloudFormation property {@code RemoveBytesScannedCutoffPerQuery}.
     */
    public WorkGroupConfigurationUpdates removeBytesScannedCutoffPerQuery(boolean value) {
      return set("RemoveBytesScannedCutoffPerQuery", Value.of(value));
    }

    /**
     * Sets {@code RemoveBytesScannedCutoffPerQuery} to this value; see {@link
     * #removeBytesScannedCutoffPerQuery(boolean)}.
     */
    public WorkGroupConfigurationUpdates removeBytesScannedCutoffPerQuery(Value<Boolean> value) {
      return set("RemoveBytesScannedCutoffPerQuery", value);
    }

    /** CloudFormation property {@code RemoveCustomerContentEncryptionConfiguration}. */
    public WorkGroupConfigurationUpdates removeCustomerContentEncryptionConfiguration(boolean value) {
      return set("RemoveCustomerContentEncryptionConfiguration", Value.of(value));
    }

    /**
     * Sets {@code RemoveCustomerContentEncryptionConfiguration} to this value; see {@link
     * #removeCustomerContentEncryptionConfiguration(boolean)}.
     */
    public WorkGroupConfigurationUpdates removeCustomerContentEncryptionConfiguration(Value<Boolean> value) {
      return set("RemoveCustomerContentEncryptionConfiguration", value);
    }

    /**
     * If set to true, allows members assigned to a workgroup to reference Amazon S3 Requester Pays
     * buckets in queries. If set to false, workgroup members cannot query data from Requester Pays
     * buckets, and queries that retrieve data from Requester Pays buckets cause an error.
     *
     * <p>CloudFormation property {@code RequesterPaysEnabled}.
     */
    public WorkGroupConfigurationUpdates requesterPaysEnabled(boolean value) {
      return set("RequesterPaysEnabled", Value.of(value));
    }

    /**
     * Sets {@code RequesterPaysEnabled} to this value; see {@link #requesterPaysEnabled(boolean)}.
     */
    public WorkGroupConfigurationUpdates requesterPaysEnabled(Value<Boolean> value) {
      return set("RequesterPaysEnabled", value);
    }

    /**
     * The result configuration information about the queries in this workgroup that will be
     * updated. Includes the updated results location and an updated option for encrypting query
     * results.
     *
     * <p>CloudFormation property {@code ResultConfigurationUpdates}.
     */
    public WorkGroupConfigurationUpdates resultConfigurationUpdates(Value<ResultConfigurationUpdates> value) {
      return set("ResultConfigurationUpdates", value);
    }
  }
}
