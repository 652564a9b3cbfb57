// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.logs.LogGroup;
import java.util.List;

/**
 * The <code>AWS::ECS::Cluster</code> resource creates an Amazon Elastic Container Service (Amazon
 * ECS) cluster.
 *
 * <p>CloudFormation type {@code AWS::ECS::Cluster}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECS::Cluster")
      .references("CapacityProviders", "AWS::ECS::CapacityProvider.Ref")
      .refYields("ClusterName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The short name of one or more capacity providers to associate with the cluster. A capacity
   * provider must be associated with a cluster before it can be included as part of the default
   * capacity provider strategy of the cluster or used in a capacity provider strategy when calling
   * the <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html">CreateService</a>
   * or <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html">RunTask</a>
   * actions.
   *
   * <p>If specifying a capacity provider that uses an Auto Scaling group, the capacity provider
   * must be created but not associated with another cluster. New Auto Scaling group capacity
   * providers can be created with the <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCapacityProvider.html">CreateCapacityProvider</a>
   * API operation.
   *
   * <p>To use a AWS Fargate capacity provider, specify either the <code>FARGATE</code> or
   * <code>FARGATE_SPOT</code> capacity providers. The AWS Fargate capacity providers are available
   * to all accounts and only need to be associated with a cluster to be used.
   *
   * <p>The <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutCapacityProvider.html">PutCapacityProvider</a>
   * API operation is used to update the list of available capacity providers for a cluster after
   * the cluster is created.
   *
   * <p>CloudFormation property {@code CapacityProviders}.
   */
  public Cluster capacityProviders(List<String> value) {
    return set("CapacityProviders", Value.listOf(value));
  }

  /** Sets {@code CapacityProviders} to this value; see {@link #capacityProviders(List)}. */
  public Cluster capacityProviders(Value<List<String>> value) {
    return set("CapacityProviders", value);
  }

  /**
   * Sets {@code CapacityProviders} to the Ref of each {@code AWS::ECS::CapacityProvider}; see
   * {@link #capacityProviders(List)}.
   */
  public Cluster capacityProviders(CapacityProvider... resources) {
    return set("CapacityProviders", Value.refs(resources));
  }

  /**
   * A user-generated string that you use to identify your cluster. If you don't specify a name, AWS
   * CloudFormation generates a unique physical ID for the name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ClusterName}.
   */
  public Cluster clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public Cluster clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The settings to use when creating a cluster. This parameter is used to turn on CloudWatch
   * Container Insights with enhanced observability or CloudWatch Container Insights for a cluster.
   *
   * <p>Container Insights with enhanced observability provides all the Container Insights metrics,
   * plus additional task and container metrics. This version supports enhanced observability for
   * Amazon ECS clusters using the Amazon EC2 and Fargate launch types. After you configure
   * Container Insights with enhanced observability on Amazon ECS, Container Insights auto-collects
   * detailed infrastructure telemetry from the cluster level down to the container level in your
   * environment and displays these critical performance data in curated dashboards removing the
   * heavy lifting in observability set-up.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cloudwatch-container-insights.html">Monitor
   * Amazon ECS containers using Container Insights with enhanced observability</a> in the
   * <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>CloudFormation property {@code ClusterSettings}.
   */
  public Cluster clusterSettings(List<ClusterSettings> value) {
    return set("ClusterSettings", Value.listOf(value));
  }

  /** Sets {@code ClusterSettings} to this value; see {@link #clusterSettings(List)}. */
  public Cluster clusterSettings(Value<List<ClusterSettings>> value) {
    return set("ClusterSettings", value);
  }

  /** Sets {@code ClusterSettings} to a list of these; see {@link #clusterSettings(List)}. */
  public Cluster clusterSettings(ClusterSettings... values) {
    return set("ClusterSettings", Value.list(values));
  }

  /**
   * The execute command and managed storage configuration for the cluster.
   *
   * <p>CloudFormation property {@code Configuration}.
   */
  public Cluster configuration(Value<ClusterConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * The default capacity provider strategy for the cluster. When services or tasks are run in the
   * cluster with no launch type or capacity provider strategy specified, the default capacity
   * provider strategy is used.
   *
   * <p>CloudFormation property {@code DefaultCapacityProviderStrategy}.
   */
  public Cluster defaultCapacityProviderStrategy(List<CapacityProviderStrategyItem> value) {
    return set("DefaultCapacityProviderStrategy", Value.listOf(value));
  }

  /**
   * Sets {@code DefaultCapacityProviderStrategy} to this value; see {@link
   * #defaultCapacityProviderStrategy(List)}.
   */
  public Cluster defaultCapacityProviderStrategy(Value<List<CapacityProviderStrategyItem>> value) {
    return set("DefaultCapacityProviderStrategy", value);
  }

  /**
   * Sets {@code DefaultCapacityProviderStrategy} to a list of these; see {@link
   * #defaultCapacityProviderStrategy(List)}.
   */
  public Cluster defaultCapacityProviderStrategy(CapacityProviderStrategyItem... values) {
    return set("DefaultCapacityProviderStrategy", Value.list(values));
  }

  /**
   * Use this parameter to set a default Service Connect namespace. After you set a default Service
   * Connect namespace, any new services with Service Connect turned on that are created in the
   * cluster are added as client services in the namespace. This setting only applies to new
   * services that set the <code>enabled</code> parameter to <code>true</code> in the
   * <code>ServiceConnectConfiguration</code> . You can set the namespace of each service
   * individually in the <code>ServiceConnectConfiguration</code> to override this default
   * parameter.
   *
   * <p>Tasks that run in a namespace can use short names to connect to services in the namespace.
   * Tasks can connect to services across all of the clusters in the namespace. Tasks connect
   * through a managed proxy container that collects logs and metrics for increased visibility. Only
   * the tasks that Amazon ECS services create are supported with Service Connect. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html">Service
   * Connect</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>CloudFormation property {@code ServiceConnectDefaults}.
   */
  public Cluster serviceConnectDefaults(Value<ServiceConnectDefaults> value) {
    return set("ServiceConnectDefaults", value);
  }

  /**
   * The metadata that you apply to the cluster to help you categorize and organize them. Each tag
   * consists of a key and an optional value. You define both.
   *
   * <p>The following basic restrictions apply to tags:
   *
   * <ul> <li>Maximum number of tags per resource - 50 <li>For each resource, each tag key must be
   * unique, and each tag key can have only one value. <li>Maximum key length - 128 Unicode
   * characters in UTF-8 <li>Maximum value length - 256 Unicode characters in UTF-8 <li>If your
   * tagging schema is used across multiple services and resources, remember that other services may
   * have restrictions on allowed characters. Generally allowed characters are: letters, numbers,
   * and spaces representable in UTF-8, and the following characters: + - = . _ : / &#64;. <li>Tag
   * keys and values are case-sensitive. <li>Do not use <code>aws:</code> , <code>AWS:</code> , or
   * any upper or lowercase combination of such as a prefix for either keys or values as it is
   * reserved for AWS use. You cannot edit or delete tag keys or values with this prefix. Tags with
   * this prefix do not count against your tags per resource limit. </ul>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Cluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Cluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Cluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon ECS cluster, such as
   * <code>arn:aws:ecs:us-east-2:123456789012:cluster/MyECSCluster</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The <code>CapacityProviderStrategyItem</code> property specifies the details of the default
   * capacity provider strategy for the cluster. When services or tasks are run in the cluster with
   * no launch type or capacity provider strategy specified, the default capacity provider strategy
   * is used.
   *
   * <p>Property type {@code AWS::ECS::Cluster.CapacityProviderStrategyItem}.
   */
  public static final class CapacityProviderStrategyItem extends Struct<CapacityProviderStrategyItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Cluster.CapacityProviderStrategyItem")
        .constrain("Base", Constraint.of().minimum(0).maximum(100000))
        .constrain("Weight", Constraint.of().minimum(0).maximum(1000))
        .build();

    public CapacityProviderStrategyItem() {
      super(SCHEMA);
    }

    /**
     * The <em>base</em> value designates how many tasks, at a minimum, to run on the specified
     * capacity provider for each service. Only one capacity provider in a capacity provider
     * strategy can have a <em>base</em> defined. If no value is specified, the default value of
     * <code>0</code> is used.
     *
     * <p>Base value characteristics:
     *
     * <ul> <li>Only one capacity provider in a strategy can have a base defined <li>The default
     * value is <code>0</code> if not specified <li>The valid range is 0 to 100,000 <li>Base
     * requirements are satisfied first before weight distribution </ul>
     *
     * <p>Range: 0 to 100000. CloudFormation property {@code Base}.
     */
    public CapacityProviderStrategyItem base(int value) {
      return set("Base", Value.of(value));
    }

    /** Sets {@code Base} to this value; see {@link #base(int)}. */
    public CapacityProviderStrategyItem base(Value<Integer> value) {
      return set("Base", value);
    }

    /**
     * The short name of the capacity provider. This can be either an AWS managed capacity provider
     * ( <code>FARGATE</code> or <code>FARGATE_SPOT</code> ) or the name of a custom capacity
     * provider that you created.
     *
     * <p>CloudFormation property {@code CapacityProvider}.
     */
    public CapacityProviderStrategyItem capacityProvider(String value) {
      return set("CapacityProvider", Value.of(value));
    }

    /** Sets {@code CapacityProvider} to this value; see {@link #capacityProvider(String)}. */
    public CapacityProviderStrategyItem capacityProvider(Value<String> value) {
      return set("CapacityProvider", value);
    }

    /**
     * The <em>weight</em> value designates the relative percentage of the total number of tasks
     * launched that should use the specified capacity provider. The <code>weight</code> value is
     * taken into consideration after the <code>base</code> value, if defined, is satisfied.
     *
     * <p>If no <code>weight</code> value is specified, the default value of <code>0</code> is used.
     * When multiple capacity providers are specified within a capacity provider strategy, at least
     * one of the capacity providers must have a weight value greater than zero and any capacity
     * providers with a weight of <code>0</code> can't be used to place tasks. If you specify
     * multiple capacity providers in a strategy that all have a weight of <code>0</code> , any
     * <code>RunTask</code> or <code>CreateService</code> actions using the capacity provider
     * strategy will fail.
     *
     * <p>Weight value characteristics:
     *
     * <ul> <li>Weight is considered after the base value is satisfied <li>The default value is
     * <code>0</code> if not specified <li>The valid range is 0 to 1,000 <li>At least one capacity
     * provider must have a weight greater than zero <li>Capacity providers with weight of
     * <code>0</code> cannot place tasks </ul>
     *
     * <p>Task distribution logic:
     *
     * <ul> <li>Base satisfaction: The minimum number of tasks specified by the base value are
     * placed on that capacity provider <li>Weight distribution: After base requirements are met,
     * additional tasks are distributed according to weight ratios </ul>
     *
     * <p>Examples:
     *
     * <p>Equal Distribution: Two capacity providers both with weight <code>1</code> will split
     * tasks evenly after base requirements are met.
     *
     * <p>Weighted Distribution: If capacityProviderA has weight <code>1</code> and
     * capacityProviderB has weight <code>4</code> , then for every 1 task on A, 4 tasks will run on
     * B.
     *
     * <p>Range: 0 to 1000. CloudFormation property {@code Weight}.
     */
    public CapacityProviderStrategyItem weight(int value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(int)}. */
    public CapacityProviderStrategyItem weight(Value<Integer> value) {
      return set("Weight", value);
    }
  }

  /**
   * The execute command and managed storage configuration for the cluster.
   *
   * <p>Property type {@code AWS::ECS::Cluster.ClusterConfiguration}.
   */
  public static final class ClusterConfiguration extends Struct<ClusterConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::Cluster.ClusterConfiguration");

    public ClusterConfiguration() {
      super(SCHEMA);
    }

    /**
     * The details of the execute command configuration.
     *
     * <p>CloudFormation property {@code ExecuteCommandConfiguration}.
     */
    public ClusterConfiguration executeCommandConfiguration(Value<ExecuteCommandConfiguration> value) {
      return set("ExecuteCommandConfiguration", value);
    }

    /**
     * The details of the managed storage configuration.
     *
     * <p>CloudFormation property {@code ManagedStorageConfiguration}.
     */
    public ClusterConfiguration managedStorageConfiguration(Value<ManagedStorageConfiguration> value) {
      return set("ManagedStorageConfiguration", value);
    }
  }

  /**
   * The settings to use when creating a cluster. This parameter is used to turn on CloudWatch
   * Container Insights with enhanced observability or CloudWatch Container Insights for a cluster.
   *
   * <p>Container Insights with enhanced observability provides all the Container Insights metrics,
   * plus additional task and container metrics. This version supports enhanced observability for
   * Amazon ECS clusters using the Amazon EC2 and Fargate launch types. After you configure
   * Container Insights with enhanced observability on Amazon ECS, Container Insights auto-collects
   * detailed infrastructure telemetry from the cluster level down to the container level in your
   * environment and displays these critical performance data in curated dashboards removing the
   * heavy lifting in observability set-up.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cloudwatch-container-insights.html">Monitor
   * Amazon ECS containers using Container Insights with enhanced observability</a> in the
   * <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::Cluster.ClusterSettings}.
   */
  public static final class ClusterSettings extends Struct<ClusterSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::Cluster.ClusterSettings");

    public ClusterSettings() {
      super(SCHEMA);
    }

    /**
     * The name of the cluster setting. The value is <code>containerInsights</code> .
     *
     * <p>CloudFormation property {@code Name}.
     */
    public ClusterSettings name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ClusterSettings name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value to set for the cluster setting. The supported values are <code>enhanced</code> ,
     * <code>enabled</code> , and <code>disabled</code> .
     *
     * <p>To use Container Insights with enhanced observability, set the
     * <code>containerInsights</code> account setting to <code>enhanced</code> .
     *
     * <p>To use Container Insights, set the <code>containerInsights</code> account setting to
     * <code>enabled</code> .
     *
     * <p>If a cluster value is specified, it will override the <code>containerInsights</code> value
     * set with <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutAccountSetting.html">PutAccountSetting</a>
     * or <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutAccountSettingDefault.html">PutAccountSettingDefault</a>
     * .
     *
     * <p>CloudFormation property {@code Value}.
     */
    public ClusterSettings value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ClusterSettings value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The details of the execute command configuration.
   *
   * <p>Property type {@code AWS::ECS::Cluster.ExecuteCommandConfiguration}.
   */
  public static final class ExecuteCommandConfiguration extends Struct<ExecuteCommandConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Cluster.ExecuteCommandConfiguration")
        .references("KmsKeyId", "AWS::KMS::Key.Arn")
        .allowed("Logging", "DEFAULT", "NONE", "OVERRIDE")
        .build();

    public ExecuteCommandConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specify an AWS Key Management Service key ID to encrypt the data between the local client and
     * the container.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public ExecuteCommandConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public ExecuteCommandConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /** Sets {@code KmsKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
    public ExecuteCommandConfiguration kmsKeyId(Key resource) {
      return set("KmsKeyId", resource.arn());
    }

    /**
     * The log configuration for the results of the execute command actions. The logs can be sent to
     * CloudWatch Logs or an Amazon S3 bucket. When <code>logging=OVERRIDE</code> is specified, a
     * <code>logConfiguration</code> must be provided.
     *
     * <p>CloudFormation property {@code LogConfiguration}.
     */
    public ExecuteCommandConfiguration logConfiguration(Value<ExecuteCommandLogConfiguration> value) {
      return set("LogConfiguration", value);
    }

    /**
     * The log setting to use for redirecting logs for your execute command results. The following
     * log settings are available.
     *
     * <ul> <li><code>NONE</code> : The execute command session is not logged.
     * <li><code>DEFAULT</code> : The <code>awslogs</code> configuration in the task definition is
     * used. If no logging parameter is specified, it defaults to this value. If no
     * <code>awslogs</code> log driver is configured in the task definition, the output won't be
     * logged. <li><code>OVERRIDE</code> : Specify the logging details as a part of
     * <code>logConfiguration</code> . If the <code>OVERRIDE</code> logging option is specified, the
     * <code>logConfiguration</code> is required. </ul>
     *
     * <p>Allowed values: {@code DEFAULT}, {@code NONE}, {@code OVERRIDE}. CloudFormation property
     * {@code Logging}.
     */
    public ExecuteCommandConfiguration logging(String value) {
      return set("Logging", Value.of(value));
    }

    /** Sets {@code Logging} to this value; see {@link #logging(String)}. */
    public ExecuteCommandConfiguration logging(Value<String> value) {
      return set("Logging", value);
    }
  }

  /**
   * The log configuration for the results of the execute command actions. The logs can be sent to
   * CloudWatch Logs or an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::ECS::Cluster.ExecuteCommandLogConfiguration}.
   */
  public static final class ExecuteCommandLogConfiguration extends Struct<ExecuteCommandLogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::Cluster.ExecuteCommandLogConfiguration")
        .references("CloudWatchLogGroupName", "AWS::Logs::LogGroup.Ref")
        .constrain("S3BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
        .build();

    public ExecuteCommandLogConfiguration() {
      super(SCHEMA);
    }

    /**
     * Determines whether to use encryption on the CloudWatch logs. If not specified, encryption
     * will be off.
     *
     * <p>CloudFormation property {@code CloudWatchEncryptionEnabled}.
     */
    public ExecuteCommandLogConfiguration cloudWatchEncryptionEnabled(boolean value) {
      return set("CloudWatchEncryptionEnabled", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchEncryptionEnabled} to this value; see {@link
     * #cloudWatchEncryptionEnabled(boolean)}.
     */
    public ExecuteCommandLogConfiguration cloudWatchEncryptionEnabled(Value<Boolean> value) {
      return set("CloudWatchEncryptionEnabled", value);
    }

    /**
     * The name of the CloudWatch log group to send logs to.
     *
     * <p>The CloudWatch log group must already be created.
     *
     * <p>CloudFormation property {@code CloudWatchLogGroupName}.
     */
    public ExecuteCommandLogConfiguration cloudWatchLogGroupName(String value) {
      return set("CloudWatchLogGroupName", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchLogGroupName} to this value; see {@link
     * #cloudWatchLogGroupName(String)}.
     */
    public ExecuteCommandLogConfiguration cloudWatchLogGroupName(Value<String> value) {
      return set("CloudWatchLogGroupName", value);
    }

    /**
     * Sets {@code CloudWatchLogGroupName} to the Ref of {@code AWS::Logs::LogGroup}; see {@link
     * #cloudWatchLogGroupName(String)}.
     */
    public ExecuteCommandLogConfiguration cloudWatchLogGroupName(LogGroup resource) {
      return set("CloudWatchLogGroupName", resource.ref());
    }

    /**
     * The name of the S3 bucket to send logs to.
     *
     * <p>The S3 bucket must already be created.
     *
     * <p>Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code S3BucketName}.
     */
    public ExecuteCommandLogConfiguration s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public ExecuteCommandLogConfiguration s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }

    /**
     * Determines whether to use encryption on the S3 logs. If not specified, encryption is not
     * used.
     *
     * <p>CloudFormation property {@code S3EncryptionEnabled}.
     */
    public ExecuteCommandLogConfiguration s3EncryptionEnabled(boolean value) {
      return set("S3EncryptionEnabled", Value.of(value));
    }

    /**
     * Sets {@code S3EncryptionEnabled} to this value; see {@link #s3EncryptionEnabled(boolean)}.
     */
    public ExecuteCommandLogConfiguration s3EncryptionEnabled(Value<Boolean> value) {
      return set("S3EncryptionEnabled", value);
    }

    /**
     * An optional folder in the S3 bucket to place logs in.
     *
     * <p>CloudFormation property {@code S3KeyPrefix}.
     */
    public ExecuteCommandLogConfiguration s3KeyPrefix(String value) {
      return set("S3KeyPrefix", Value.of(value));
    }

    /** Sets {@code S3KeyPrefix} to this value; see {@link #s3KeyPrefix(String)}. */
    public ExecuteCommandLogConfiguration s3KeyPrefix(Value<String> value) {
      return set("S3KeyPrefix", value);
    }
  }

  /**
   * The managed storage configuration for the cluster.
   *
   * <p>Property type {@code AWS::ECS::Cluster.ManagedStorageConfiguration}.
   */
  public static final class ManagedStorageConfiguration extends Struct<ManagedStorageConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::Cluster.ManagedStorageConfiguration");

    public ManagedStorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specify the AWS Key Management Service key ID for Fargate ephemeral storage.
     *
     * <p>When you specify a <code>fargateEphemeralStorageKmsKeyId</code> , AWS Fargate uses the key
     * to encrypt data at rest in ephemeral storage. For more information about Fargate ephemeral
     * storage encryption, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-storage-encryption.html">Customer
     * managed keys for AWS Fargate ephemeral storage for Amazon ECS</a> in the <em>Amazon Elastic
     * Container Service Developer Guide</em> .
     *
     * <p>The key must be a single Region key.
     *
     * <p>CloudFormation property {@code FargateEphemeralStorageKmsKeyId}.
     */
    public ManagedStorageConfiguration fargateEphemeralStorageKmsKeyId(String value) {
      return set("FargateEphemeralStorageKmsKeyId", Value.of(value));
    }

    /**
     * Sets {@code FargateEphemeralStorageKmsKeyId} to this value; see {@link
     * #fargateEphemeralStorageKmsKeyId(String)}.
     */
    public ManagedStorageConfiguration fargateEphemeralStorageKmsKeyId(Value<String> value) {
      return set("FargateEphemeralStorageKmsKeyId", value);
    }

    /**
     * Specify a AWS Key Management Service key ID to encrypt Amazon ECS managed storage.
     *
     * <p>When you specify a <code>kmsKeyId</code> , Amazon ECS uses the key to encrypt data volumes
     * managed by Amazon ECS that are attached to tasks in the cluster. The following data volumes
     * are managed by Amazon ECS: Amazon EBS. For more information about encryption of Amazon EBS
     * volumes attached to Amazon ECS tasks, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-kms-encryption.html">Encrypt
     * data stored in Amazon EBS volumes for Amazon ECS</a> in the <em>Amazon Elastic Container
     * Service Developer Guide</em> .
     *
     * <p>The key must be a single Region key.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public ManagedStorageConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public ManagedStorageConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }

  /**
   * Use this parameter to set a default Service Connect namespace. After you set a default Service
   * Connect namespace, any new services with Service Connect turned on that are created in the
   * cluster are added as client services in the namespace. This setting only applies to new
   * services that set the <code>enabled</code> parameter to <code>true</code> in the
   * <code>ServiceConnectConfiguration</code> . You can set the namespace of each service
   * individually in the <code>ServiceConnectConfiguration</code> to override this default
   * parameter.
   *
   * <p>Tasks that run in a namespace can use short names to connect to services in the namespace.
   * Tasks can connect to services across all of the clusters in the namespace. Tasks connect
   * through a managed proxy container that collects logs and metrics for increased visibility. Only
   * the tasks that Amazon ECS services create are supported with Service Connect. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html">Service
   * Connect</a> in the <em>Amazon Elastic Container Service Developer Guide</em> .
   *
   * <p>Property type {@code AWS::ECS::Cluster.ServiceConnectDefaults}.
   */
  public static final class ServiceConnectDefaults extends Struct<ServiceConnectDefaults> {
    private static final Schema SCHEMA = Schema.of("AWS::ECS::Cluster.ServiceConnectDefaults");

    public ServiceConnectDefaults() {
      super(SCHEMA);
    }

    /**
     * The namespace name or full Amazon Resource Name (ARN) of the AWS Cloud Map namespace that's
     * used when you create a service and don't specify a Service Connect configuration. The
     * namespace name can include up to 1024 characters. The name is case-sensitive. The name can't
     * include greater than (&gt;), less than (&lt;), double quotation marks ("), or slash (/).
     *
     * <p>If you enter an existing namespace name or ARN, then that namespace will be used. Any
     * namespace type is supported. The namespace must be in this account and this AWS Region.
     *
     * <p>If you enter a new name, a AWS Cloud Map namespace will be created. Amazon ECS creates a
     * AWS Cloud Map namespace with the "API calls" method of instance discovery only. This instance
     * discovery method is the "HTTP" namespace type in the AWS Command Line Interface . Other types
     * of instance discovery aren't used by Service Connect.
     *
     * <p>If you update the cluster with an empty string <code>""</code> for the namespace name, the
     * cluster configuration for Service Connect is removed. Note that the namespace will remain in
     * AWS Cloud Map and must be deleted separately.
     *
     * <p>For more information about AWS Cloud Map , see <a
     * href="https://docs.aws.amazon.com/cloud-map/latest/dg/working-with-services.html">Working
     * with Services</a> in the <em>AWS Cloud Map Developer Guide</em> .
     *
     * <p>CloudFormation property {@code Namespace}.
     */
    public ServiceConnectDefaults namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public ServiceConnectDefaults namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }
}
