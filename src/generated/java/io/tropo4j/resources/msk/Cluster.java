// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.msk;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.acmpca.CertificateAuthority;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.logs.LogGroup;
import java.util.List;
import java.util.Map;

/**
 * Creates a new MSK cluster.
 *
 * <p>CloudFormation type {@code AWS::MSK::Cluster}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster")
      .required("BrokerNodeGroupInfo", "ClusterName", "KafkaVersion", "NumberOfBrokerNodes")
      .constrain("ClusterName", Constraint.of().minLength(1).maxLength(64))
      .allowed("EnhancedMonitoring", "DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER",
          "PER_TOPIC_PER_PARTITION")
      .constrain("EnhancedMonitoring", Constraint.of().minLength(7).maxLength(23))
      .constrain("KafkaVersion", Constraint.of().minLength(1).maxLength(128))
      .constrain("NumberOfBrokerNodes", Constraint.of().minimum(1))
      .allowed("StorageMode", "LOCAL", "TIERED")
      .constrain("StorageMode", Constraint.of().minLength(5).maxLength(6))
      .refYields("Arn")
      .attributes("Arn", "CurrentVersion")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Information about the broker nodes in the cluster.
   *
   * <p>Required. CloudFormation property {@code BrokerNodeGroupInfo}.
   */
  public Cluster brokerNodeGroupInfo(Value<BrokerNodeGroupInfo> value) {
    return set("BrokerNodeGroupInfo", value);
  }

  /**
   * Includes all client authentication related information.
   *
   * <p>CloudFormation property {@code ClientAuthentication}.
   */
  public Cluster clientAuthentication(Value<ClientAuthentication> value) {
    return set("ClientAuthentication", value);
  }

  /**
   * The name of the cluster.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code ClusterName}.
   */
  public Cluster clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public Cluster clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * Represents the configuration that you want MSK to use for the cluster.
   *
   * <p>CloudFormation property {@code ConfigurationInfo}.
   */
  public Cluster configurationInfo(Value<ConfigurationInfo> value) {
    return set("ConfigurationInfo", value);
  }

  /** CloudFormation property {@code CurrentVersion}. */
  public Cluster currentVersion(String value) {
    return set("CurrentVersion", Value.of(value));
  }

  /** Sets {@code CurrentVersion} to this value; see {@link #currentVersion(String)}. */
  public Cluster currentVersion(Value<String> value) {
    return set("CurrentVersion", value);
  }

  /**
   * Includes all encryption-related information.
   *
   * <p>CloudFormation property {@code EncryptionInfo}.
   */
  public Cluster encryptionInfo(Value<EncryptionInfo> value) {
    return set("EncryptionInfo", value);
  }

  /**
   * Specifies the level of monitoring for the MSK cluster.
   *
   * <p>Allowed values: {@code DEFAULT}, {@code PER_BROKER}, {@code PER_TOPIC_PER_BROKER}, {@code
   * PER_TOPIC_PER_PARTITION}. Length: 7 to 23 characters. CloudFormation property {@code
   * EnhancedMonitoring}.
   */
  public Cluster enhancedMonitoring(String value) {
    return set("EnhancedMonitoring", Value.of(value));
  }

  /** Sets {@code EnhancedMonitoring} to this value; see {@link #enhancedMonitoring(String)}. */
  public Cluster enhancedMonitoring(Value<String> value) {
    return set("EnhancedMonitoring", value);
  }

  /**
   * The version of Apache Kafka. You can use Amazon MSK to create clusters that use <a
   * href="https://docs.aws.amazon.com/msk/latest/developerguide/supported-kafka-versions.html">supported
   * Apache Kafka versions</a> .
   *
   * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code KafkaVersion}.
   */
  public Cluster kafkaVersion(String value) {
    return set("KafkaVersion", Value.of(value));
  }

  /** Sets {@code KafkaVersion} to this value; see {@link #kafkaVersion(String)}. */
  public Cluster kafkaVersion(Value<String> value) {
    return set("KafkaVersion", value);
  }

  /**
   * Logging info details for the cluster.
   *
   * <p>CloudFormation property {@code LoggingInfo}.
   */
  public Cluster loggingInfo(Value<LoggingInfo> value) {
    return set("LoggingInfo", value);
  }

  /**
   * The number of broker nodes in the cluster.
   *
   * <p>Required. Range: at least 1. CloudFormation property {@code NumberOfBrokerNodes}.
   */
  public Cluster numberOfBrokerNodes(int value) {
    return set("NumberOfBrokerNodes", Value.of(value));
  }

  /** Sets {@code NumberOfBrokerNodes} to this value; see {@link #numberOfBrokerNodes(int)}. */
  public Cluster numberOfBrokerNodes(Value<Integer> value) {
    return set("NumberOfBrokerNodes", value);
  }

  /**
   * The settings for open monitoring.
   *
   * <p>CloudFormation property {@code OpenMonitoring}.
   */
  public Cluster openMonitoring(Value<OpenMonitoring> value) {
    return set("OpenMonitoring", value);
  }

  /** CloudFormation property {@code Rebalancing}. */
  public Cluster rebalancing(Value<Rebalancing> value) {
    return set("Rebalancing", value);
  }

  /**
   * This controls storage mode for supported storage tiers.
   *
   * <p>Allowed values: {@code LOCAL}, {@code TIERED}. Length: 5 to 6 characters. CloudFormation
   * property {@code StorageMode}.
   */
  public Cluster storageMode(String value) {
    return set("StorageMode", Value.of(value));
  }

  /** Sets {@code StorageMode} to this value; see {@link #storageMode(String)}. */
  public Cluster storageMode(Value<String> value) {
    return set("StorageMode", value);
  }

  /**
   * An arbitrary set of tags (key-value pairs) for the cluster.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Cluster tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Cluster tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Cluster tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** CloudFormation property {@code ZookeeperAccess}. */
  public Cluster zookeeperAccess(Value<ZookeeperAccess> value) {
    return set("ZookeeperAccess", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the MSK cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The current version of the MSK cluster
   *
   * <p>{@code Fn::GetAtt} attribute {@code CurrentVersion}.
   */
  public Value<String> currentVersion() {
    return getAtt("CurrentVersion");
  }

  /** Property type {@code AWS::MSK::Cluster.AuthorizerLogs}. */
  public static final class AuthorizerLogs extends Struct<AuthorizerLogs> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Cluster.AuthorizerLogs");

    public AuthorizerLogs() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CloudWatchLogs}. */
    public AuthorizerLogs cloudWatchLogs(Value<CloudWatchLogs> value) {
      return set("CloudWatchLogs", value);
    }

    /** CloudFormation property {@code Firehose}. */
    public AuthorizerLogs firehose(Value<Firehose> value) {
      return set("Firehose", value);
    }

    /** CloudFormation property {@code S3}. */
    public AuthorizerLogs s3(Value<S3> value) {
      return set("S3", value);
    }
  }

  /**
   * The broker logs configuration for this MSK cluster.
   *
   * <p>Property type {@code AWS::MSK::Cluster.BrokerLogs}.
   */
  public static final class BrokerLogs extends Struct<BrokerLogs> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Cluster.BrokerLogs");

    public BrokerLogs() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CloudWatchLogs}. */
    public BrokerLogs cloudWatchLogs(Value<CloudWatchLogs> value) {
      return set("CloudWatchLogs", value);
    }

    /**
     * Details of the Kinesis Data Firehose delivery stream that is the destination for broker logs.
     *
     * <p>CloudFormation property {@code Firehose}.
     */
    public BrokerLogs firehose(Value<Firehose> value) {
      return set("Firehose", value);
    }

    /**
     * Details of the Amazon S3 destination for broker logs.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public BrokerLogs s3(Value<S3> value) {
      return set("S3", value);
    }
  }

  /**
   * Describes the setup to be used for the broker nodes in the cluster.
   *
   * <p>Property type {@code AWS::MSK::Cluster.BrokerNodeGroupInfo}.
   */
  public static final class BrokerNodeGroupInfo extends Struct<BrokerNodeGroupInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.BrokerNodeGroupInfo")
        .required("ClientSubnets", "InstanceType")
        .allowed("BrokerAZDistribution", "DEFAULT")
        .constrain("BrokerAZDistribution", Constraint.of().minLength(6).maxLength(9))
        .references("ClientSubnets", "AWS::EC2::Subnet.Ref")
        .constrain("InstanceType", Constraint.of().minLength(5).maxLength(32))
        .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .references("SecurityGroups", "AWS::EC2::SecurityGroup.Ref")
        .build();

    public BrokerNodeGroupInfo() {
      super(SCHEMA);
    }

    /**
     * This parameter is currently not in use.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code DEFAULT}. Length: 6 to 9
     * characters. CloudFormation property {@code BrokerAZDistribution}.
     */
    public BrokerNodeGroupInfo brokerAZDistribution(String value) {
      return set("BrokerAZDistribution", Value.of(value));
    }

    /**
     * Sets {@code BrokerAZDistribution} to this value; see {@link #brokerAZDistribution(String)}.
     */
    public BrokerNodeGroupInfo brokerAZDistribution(Value<String> value) {
      return set("BrokerAZDistribution", value);
    }

    /**
     * The list of subnets to connect to in the client virtual private cloud (VPC). Amazon creates
     * elastic network interfaces (ENIs) inside these subnets. Client applications use ENIs to
     * produce and consume data.
     *
     * <p>If you use the US West (N. California) Region, specify exactly two subnets. For other
     * Regions where Amazon MSK is available, you can specify either two or three subnets. The
     * subnets that you specify must be in distinct Availability Zones. When you create a cluster,
     * Amazon MSK distributes the broker nodes evenly across the subnets that you specify.
     *
     * <p>Client subnets can't occupy the Availability Zone with ID <code>use1-az3</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ClientSubnets}.
     */
    public BrokerNodeGroupInfo clientSubnets(List<String> value) {
      return set("ClientSubnets", Value.listOf(value));
    }

    /** Sets {@code ClientSubnets} to this value; see {@link #clientSubnets(List)}. */
    public BrokerNodeGroupInfo clientSubnets(Value<List<String>> value) {
      return set("ClientSubnets", value);
    }

    /**
     * Sets {@code ClientSubnets} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
     * #clientSubnets(List)}.
     */
    public BrokerNodeGroupInfo clientSubnets(Subnet... resources) {
      return set("ClientSubnets", Value.refs(resources));
    }

    /**
     * Information about the cluster's connectivity setting.
     *
     * <p>CloudFormation property {@code ConnectivityInfo}.
     */
    public BrokerNodeGroupInfo connectivityInfo(Value<ConnectivityInfo> value) {
      return set("ConnectivityInfo", value);
    }

    /**
     * The type of Amazon EC2 instances to use for brokers. Depending on the <a
     * href="https://docs.aws.amazon.com/msk/latest/developerguide/broker-instance-types.html">broker
     * type</a> , Amazon MSK supports the following broker sizes:
     *
     * <p><em>Standard broker sizes</em>
     *
     * <ul> <li>kafka.t3.small </ul>
     *
     * <p>You can't select the kafka.t3.small instance type when the metadata mode is KRaft.
     *
     * <ul> <li>kafka.m5.large, kafka.m5.xlarge, kafka.m5.2xlarge, kafka.m5.4xlarge,
     * kafka.m5.8xlarge, kafka.m5.12xlarge, kafka.m5.16xlarge, kafka.m5.24xlarge
     * <li>kafka.m7g.large, kafka.m7g.xlarge, kafka.m7g.2xlarge, kafka.m7g.4xlarge,
     * kafka.m7g.8xlarge, kafka.m7g.12xlarge, kafka.m7g.16xlarge </ul>
     *
     * <p><em>Express broker sizes</em>
     *
     * <ul> <li>express.m7g.large, express.m7g.xlarge, express.m7g.2xlarge, express.m7g.4xlarge,
     * express.m7g.8xlarge, express.m7g.12xlarge, express.m7g.16xlarge </ul>
     *
     * <p>Some broker sizes might not be available in certian AWS Regions. See the updated <a
     * href="https://docs.aws.amazon.com/msk/pricing/">Pricing tools</a> section on the Amazon MSK
     * pricing page for the latest list of available instances by Region.
     *
     * <p>Required. Length: 5 to 32 characters. CloudFormation property {@code InstanceType}.
     */
    public BrokerNodeGroupInfo instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public BrokerNodeGroupInfo instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The security groups to associate with the ENIs in order to specify who can connect to and
     * communicate with the Amazon MSK cluster. If you don't specify a security group, Amazon MSK
     * uses the default security group associated with the VPC. If you specify security groups that
     * were shared with you, you must ensure that you have permissions to them. Specifically, you
     * need the <code>ec2:DescribeSecurityGroups</code> permission.
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
     * CloudFormation property {@code SecurityGroups}.
     */
    public BrokerNodeGroupInfo securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public BrokerNodeGroupInfo securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * Sets {@code SecurityGroups} to the Ref of each {@code AWS::EC2::SecurityGroup}; see {@link
     * #securityGroups(List)}.
     */
    public BrokerNodeGroupInfo securityGroups(SecurityGroup... resources) {
      return set("SecurityGroups", Value.refs(resources));
    }

    /**
     * Contains information about storage volumes attached to Amazon MSK broker nodes.
     *
     * <p>CloudFormation property {@code StorageInfo}.
     */
    public BrokerNodeGroupInfo storageInfo(Value<StorageInfo> value) {
      return set("StorageInfo", value);
    }
  }

  /** Property type {@code AWS::MSK::Cluster.ClientAuthentication}. */
  public static final class ClientAuthentication extends Struct<ClientAuthentication> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Cluster.ClientAuthentication");

    public ClientAuthentication() {
      super(SCHEMA);
    }

    /**
     * Details for client authentication using SASL. To turn on SASL, you must also turn on
     * <code>EncryptionInTransit</code> by setting <code>inCluster</code> to true. You must set
     * <code>clientBroker</code> to either <code>TLS</code> or <code>TLS_PLAINTEXT</code> . If you
     * choose <code>TLS_PLAINTEXT</code> , then you must also set <code>unauthenticated</code> to
     * true.
     *
     * <p>CloudFormation property {@code Sasl}.
     */
    public ClientAuthentication sasl(Value<Sasl> value) {
      return set("Sasl", value);
    }

    /**
     * Details for ClientAuthentication using TLS. To turn on TLS access control, you must also turn
     * on <code>EncryptionInTransit</code> by setting <code>inCluster</code> to true and
     * <code>clientBroker</code> to <code>TLS</code> .
     *
     * <p>CloudFormation property {@code Tls}.
     */
    public ClientAuthentication tls(Value<Tls> value) {
      return set("Tls", value);
    }

    /**
     * Details for ClientAuthentication using no authentication.
     *
     * <p>CloudFormation property {@code Unauthenticated}.
     */
    public ClientAuthentication unauthenticated(Value<Unauthenticated> value) {
      return set("Unauthenticated", value);
    }
  }

  /**
   * Details of the CloudWatch Logs destination for broker logs.
   *
   * <p>Property type {@code AWS::MSK::Cluster.CloudWatchLogs}.
   */
  public static final class CloudWatchLogs extends Struct<CloudWatchLogs> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.CloudWatchLogs")
        .required("Enabled")
        .references("LogGroup", "AWS::Logs::LogGroup.Ref")
        .build();

    public CloudWatchLogs() {
      super(SCHEMA);
    }

    /**
     * Specifies whether broker logs get sent to the specified CloudWatch Logs destination.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public CloudWatchLogs enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public CloudWatchLogs enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The CloudWatch log group that is the destination for broker logs.
     *
     * <p>CloudFormation property {@code LogGroup}.
     */
    public CloudWatchLogs logGroup(String value) {
      return set("LogGroup", Value.of(value));
    }

    /** Sets {@code LogGroup} to this value; see {@link #logGroup(String)}. */
    public CloudWatchLogs logGroup(Value<String> value) {
      return set("LogGroup", value);
    }

    /**
     * Sets {@code LogGroup} to the Ref of {@code AWS::Logs::LogGroup}; see {@link
     * #logGroup(String)}.
     */
    public CloudWatchLogs logGroup(LogGroup resource) {
      return set("LogGroup", resource.ref());
    }
  }

  /**
   * Specifies the configuration to use for the brokers.
   *
   * <p>Property type {@code AWS::MSK::Cluster.ConfigurationInfo}.
   */
  public static final class ConfigurationInfo extends Struct<ConfigurationInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.ConfigurationInfo")
        .required("Arn", "Revision")
        .references("Arn", "AWS::MSK::Configuration.Ref")
        .build();

    public ConfigurationInfo() {
      super(SCHEMA);
    }

    /**
     * ARN of the configuration to use.
     *
     * <p>Required. CloudFormation property {@code Arn}.
     */
    public ConfigurationInfo arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public ConfigurationInfo arn(Value<String> value) {
      return set("Arn", value);
    }

    /** Sets {@code Arn} to the Ref of {@code AWS::MSK::Configuration}; see {@link #arn(String)}. */
    public ConfigurationInfo arn(Configuration resource) {
      return set("Arn", resource.ref());
    }

    /**
     * The revision of the configuration to use.
     *
     * <p>Required. CloudFormation property {@code Revision}.
     */
    public ConfigurationInfo revision(int value) {
      return set("Revision", Value.of(value));
    }

    /** Sets {@code Revision} to this value; see {@link #revision(int)}. */
    public ConfigurationInfo revision(Value<Integer> value) {
      return set("Revision", value);
    }
  }

  /**
   * Broker access controls.
   *
   * <p>Property type {@code AWS::MSK::Cluster.ConnectivityInfo}.
   */
  public static final class ConnectivityInfo extends Struct<ConnectivityInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.ConnectivityInfo")
        .allowed("NetworkType", "IPV4", "DUAL")
        .build();

    public ConnectivityInfo() {
      super(SCHEMA);
    }

    /** Allowed values: {@code IPV4}, {@code DUAL}. CloudFormation property {@code NetworkType}. */
    public ConnectivityInfo networkType(String value) {
      return set("NetworkType", Value.of(value));
    }

    /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
    public ConnectivityInfo networkType(Value<String> value) {
      return set("NetworkType", value);
    }

    /**
     * Access control settings for the cluster's brokers.
     *
     * <p>CloudFormation property {@code PublicAccess}.
     */
    public ConnectivityInfo publicAccess(Value<PublicAccess> value) {
      return set("PublicAccess", value);
    }

    /**
     * VPC connection control settings for brokers.
     *
     * <p>CloudFormation property {@code VpcConnectivity}.
     */
    public ConnectivityInfo vpcConnectivity(Value<VpcConnectivity> value) {
      return set("VpcConnectivity", value);
    }
  }

  /**
   * Contains information about the EBS storage volumes attached to the broker nodes.
   *
   * <p>Property type {@code AWS::MSK::Cluster.EBSStorageInfo}.
   */
  public static final class EBSStorageInfo extends Struct<EBSStorageInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.EBSStorageInfo")
        .constrain("VolumeSize", Constraint.of().minimum(1).maximum(16384))
        .build();

    public EBSStorageInfo() {
      super(SCHEMA);
    }

    /**
     * EBS volume provisioned throughput information.
     *
     * <p>CloudFormation property {@code ProvisionedThroughput}.
     */
    public EBSStorageInfo provisionedThroughput(Value<ProvisionedThroughput> value) {
      return set("ProvisionedThroughput", value);
    }

    /**
     * The size in GiB of the EBS volume for the data drive on each broker node.
     *
     * <p>Range: 1 to 16384. CloudFormation property {@code VolumeSize}.
     */
    public EBSStorageInfo volumeSize(int value) {
      return set("VolumeSize", Value.of(value));
    }

    /** Sets {@code VolumeSize} to this value; see {@link #volumeSize(int)}. */
    public EBSStorageInfo volumeSize(Value<Integer> value) {
      return set("VolumeSize", value);
    }
  }

  /**
   * The data-volume encryption details. You can't update encryption at rest settings for existing
   * clusters.
   *
   * <p>Property type {@code AWS::MSK::Cluster.EncryptionAtRest}.
   */
  public static final class EncryptionAtRest extends Struct<EncryptionAtRest> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.EncryptionAtRest")
        .required("DataVolumeKMSKeyId")
        .references("DataVolumeKMSKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref")
        .build();

    public EncryptionAtRest() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Amazon KMS key for encrypting data at rest. If you don't specify a KMS key,
     * MSK creates one for you and uses it.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DataVolumeKMSKeyId}.
     */
    public EncryptionAtRest dataVolumeKMSKeyId(String value) {
      return set("DataVolumeKMSKeyId", Value.of(value));
    }

    /** Sets {@code DataVolumeKMSKeyId} to this value; see {@link #dataVolumeKMSKeyId(String)}. */
    public EncryptionAtRest dataVolumeKMSKeyId(Value<String> value) {
      return set("DataVolumeKMSKeyId", value);
    }

    /**
     * Sets {@code DataVolumeKMSKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link
     * #dataVolumeKMSKeyId(String)}.
     */
    public EncryptionAtRest dataVolumeKMSKeyId(Key resource) {
      return set("DataVolumeKMSKeyId", resource.arn());
    }
  }

  /**
   * The settings for encrypting data in transit.
   *
   * <p>Property type {@code AWS::MSK::Cluster.EncryptionInTransit}.
   */
  public static final class EncryptionInTransit extends Struct<EncryptionInTransit> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.EncryptionInTransit")
        .allowed("ClientBroker", "TLS", "TLS_PLAINTEXT", "PLAINTEXT")
        .build();

    public EncryptionInTransit() {
      super(SCHEMA);
    }

    /**
     * Indicates the encryption setting for data in transit between clients and brokers. You must
     * set it to one of the following values.
     *
     * <ul> <li><code>TLS</code> : Indicates that client-broker communication is enabled with TLS
     * only. <li><code>TLS_PLAINTEXT</code> : Indicates that client-broker communication is enabled
     * for both TLS-encrypted, as well as plaintext data. <li><code>PLAINTEXT</code> : Indicates
     * that client-broker communication is enabled in plaintext only. </ul>
     *
     * <p>The default value is <code>TLS</code> .
     *
     * <p>Allowed values: {@code TLS}, {@code TLS_PLAINTEXT}, {@code PLAINTEXT}. CloudFormation
     * property {@code ClientBroker}.
     */
    public EncryptionInTransit clientBroker(String value) {
      return set("ClientBroker", Value.of(value));
    }

    /** Sets {@code ClientBroker} to this value; see {@link #clientBroker(String)}. */
    public EncryptionInTransit clientBroker(Value<String> value) {
      return set("ClientBroker", value);
    }

    /**
     * When set to true, it indicates that data communication among the broker nodes of the cluster
     * is encrypted. When set to false, the communication happens in plaintext.
     *
     * <p>The default value is true.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InCluster}.
     */
    public EncryptionInTransit inCluster(boolean value) {
      return set("InCluster", Value.of(value));
    }

    /** Sets {@code InCluster} to this value; see {@link #inCluster(boolean)}. */
    public EncryptionInTransit inCluster(Value<Boolean> value) {
      return set("InCluster", value);
    }
  }

  /**
   * Includes encryption-related information, such as the Amazon KMS key used for encrypting data at
   * rest and whether you want MSK to encrypt your data in transit.
   *
   * <p>Property type {@code AWS::MSK::Cluster.EncryptionInfo}.
   */
  public static final class EncryptionInfo extends Struct<EncryptionInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Cluster.EncryptionInfo");

    public EncryptionInfo() {
      super(SCHEMA);
    }

    /**
     * The data-volume encryption details.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionAtRest}.
     */
    public EncryptionInfo encryptionAtRest(Value<EncryptionAtRest> value) {
      return set("EncryptionAtRest", value);
    }

    /**
     * The details for encryption in transit.
     *
     * <p>CloudFormation property {@code EncryptionInTransit}.
     */
    public EncryptionInfo encryptionInTransit(Value<EncryptionInTransit> value) {
      return set("EncryptionInTransit", value);
    }
  }

  /**
   * Firehose details for BrokerLogs.
   *
   * <p>Property type {@code AWS::MSK::Cluster.Firehose}.
   */
  public static final class Firehose extends Struct<Firehose> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.Firehose")
        .required("Enabled")
        .build();

    public Firehose() {
      super(SCHEMA);
    }

    /**
     * The Kinesis Data Firehose delivery stream that is the destination for broker logs.
     *
     * <p>CloudFormation property {@code DeliveryStream}.
     */
    public Firehose deliveryStream(String value) {
      return set("DeliveryStream", Value.of(value));
    }

    /** Sets {@code DeliveryStream} to this value; see {@link #deliveryStream(String)}. */
    public Firehose deliveryStream(Value<String> value) {
      return set("DeliveryStream", value);
    }

    /**
     * Specifies whether broker logs get send to the specified Kinesis Data Firehose delivery
     * stream.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public Firehose enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public Firehose enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Details for SASL/IAM client authentication.
   *
   * <p>Property type {@code AWS::MSK::Cluster.Iam}.
   */
  public static final class Iam extends Struct<Iam> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.Iam")
        .required("Enabled")
        .build();

    public Iam() {
      super(SCHEMA);
    }

    /**
     * SASL/IAM authentication is enabled or not.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public Iam enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public Iam enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Indicates whether you want to enable or disable the JMX Exporter.
   *
   * <p>Property type {@code AWS::MSK::Cluster.JmxExporter}.
   */
  public static final class JmxExporter extends Struct<JmxExporter> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.JmxExporter")
        .required("EnabledInBroker")
        .build();

    public JmxExporter() {
      super(SCHEMA);
    }

    /**
     * Indicates whether you want to enable or disable the JMX Exporter.
     *
     * <p>Required. CloudFormation property {@code EnabledInBroker}.
     */
    public JmxExporter enabledInBroker(boolean value) {
      return set("EnabledInBroker", Value.of(value));
    }

    /** Sets {@code EnabledInBroker} to this value; see {@link #enabledInBroker(boolean)}. */
    public JmxExporter enabledInBroker(Value<Boolean> value) {
      return set("EnabledInBroker", value);
    }
  }

  /**
   * You can configure your MSK cluster to send broker logs to different destination types. This is
   * a container for the configuration details related to broker logs.
   *
   * <p>Property type {@code AWS::MSK::Cluster.LoggingInfo}.
   */
  public static final class LoggingInfo extends Struct<LoggingInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.LoggingInfo")
        .required("BrokerLogs")
        .build();

    public LoggingInfo() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AuthorizerLogs}. */
    public LoggingInfo authorizerLogs(Value<AuthorizerLogs> value) {
      return set("AuthorizerLogs", value);
    }

    /**
     * You can configure your MSK cluster to send broker logs to different destination types. This
     * configuration specifies the details of these destinations.
     *
     * <p>Required. CloudFormation property {@code BrokerLogs}.
     */
    public LoggingInfo brokerLogs(Value<BrokerLogs> value) {
      return set("BrokerLogs", value);
    }
  }

  /**
   * Indicates whether you want to enable or disable the Node Exporter.
   *
   * <p>Property type {@code AWS::MSK::Cluster.NodeExporter}.
   */
  public static final class NodeExporter extends Struct<NodeExporter> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.NodeExporter")
        .required("EnabledInBroker")
        .build();

    public NodeExporter() {
      super(SCHEMA);
    }

    /**
     * Indicates whether you want to enable or disable the Node Exporter.
     *
     * <p>Required. CloudFormation property {@code EnabledInBroker}.
     */
    public NodeExporter enabledInBroker(boolean value) {
      return set("EnabledInBroker", Value.of(value));
    }

    /** Sets {@code EnabledInBroker} to this value; see {@link #enabledInBroker(boolean)}. */
    public NodeExporter enabledInBroker(Value<Boolean> value) {
      return set("EnabledInBroker", value);
    }
  }

  /**
   * JMX and Node monitoring for the MSK cluster.
   *
   * <p>Property type {@code AWS::MSK::Cluster.OpenMonitoring}.
   */
  public static final class OpenMonitoring extends Struct<OpenMonitoring> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.OpenMonitoring")
        .required("Prometheus")
        .build();

    public OpenMonitoring() {
      super(SCHEMA);
    }

    /**
     * Prometheus exporter settings.
     *
     * <p>Required. CloudFormation property {@code Prometheus}.
     */
    public OpenMonitoring prometheus(Value<Prometheus> value) {
      return set("Prometheus", value);
    }
  }

  /**
   * Prometheus settings for open monitoring.
   *
   * <p>Property type {@code AWS::MSK::Cluster.Prometheus}.
   */
  public static final class Prometheus extends Struct<Prometheus> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Cluster.Prometheus");

    public Prometheus() {
      super(SCHEMA);
    }

    /**
     * Indicates whether you want to enable or disable the JMX Exporter.
     *
     * <p>CloudFormation property {@code JmxExporter}.
     */
    public Prometheus jmxExporter(Value<JmxExporter> value) {
      return set("JmxExporter", value);
    }

    /**
     * Indicates whether you want to enable or disable the Node Exporter.
     *
     * <p>CloudFormation property {@code NodeExporter}.
     */
    public Prometheus nodeExporter(Value<NodeExporter> value) {
      return set("NodeExporter", value);
    }
  }

  /**
   * Contains information about provisioned throughput for EBS storage volumes attached to kafka
   * broker nodes.
   *
   * <p>Property type {@code AWS::MSK::Cluster.ProvisionedThroughput}.
   */
  public static final class ProvisionedThroughput extends Struct<ProvisionedThroughput> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Cluster.ProvisionedThroughput");

    public ProvisionedThroughput() {
      super(SCHEMA);
    }

    /**
     * Provisioned throughput is on or off.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public ProvisionedThroughput enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ProvisionedThroughput enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Throughput value of the EBS volumes for the data drive on each kafka broker node in MiB per
     * second.
     *
     * <p>CloudFormation property {@code VolumeThroughput}.
     */
    public ProvisionedThroughput volumeThroughput(int value) {
      return set("VolumeThroughput", Value.of(value));
    }

    /** Sets {@code VolumeThroughput} to this value; see {@link #volumeThroughput(int)}. */
    public ProvisionedThroughput volumeThroughput(Value<Integer> value) {
      return set("VolumeThroughput", value);
    }
  }

  /**
   * Broker access controls
   *
   * <p>Property type {@code AWS::MSK::Cluster.PublicAccess}.
   */
  public static final class PublicAccess extends Struct<PublicAccess> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.PublicAccess")
        .constrain("Type", Constraint.of().minLength(7).maxLength(23))
        .build();

    public PublicAccess() {
      super(SCHEMA);
    }

    /**
     * DISABLED means that public access is turned off. SERVICE_PROVIDED_EIPS means that public
     * access is turned on.
     *
     * <p>Length: 7 to 23 characters. CloudFormation property {@code Type}.
     */
    public PublicAccess type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PublicAccess type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::MSK::Cluster.Rebalancing}. */
  public static final class Rebalancing extends Struct<Rebalancing> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.Rebalancing")
        .required("Status")
        .allowed("Status", "PAUSED", "ACTIVE")
        .build();

    public Rebalancing() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code PAUSED}, {@code ACTIVE}. CloudFormation property {@code
     * Status}.
     */
    public Rebalancing status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public Rebalancing status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The details of the Amazon S3 destination for broker logs.
   *
   * <p>Property type {@code AWS::MSK::Cluster.S3}.
   */
  public static final class S3 extends Struct<S3> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.S3")
        .required("Enabled")
        .build();

    public S3() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket that is the destination for broker logs.
     *
     * <p>CloudFormation property {@code Bucket}.
     */
    public S3 bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3 bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * Specifies whether broker logs get sent to the specified Amazon S3 destination.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public S3 enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public S3 enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The S3 prefix that is the destination for broker logs.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public S3 prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3 prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * Details for client authentication using SASL. To turn on SASL, you must also turn on
   * <code>EncryptionInTransit</code> by setting <code>inCluster</code> to true. You must set
   * <code>clientBroker</code> to either <code>TLS</code> or <code>TLS_PLAINTEXT</code> . If you
   * choose <code>TLS_PLAINTEXT</code> , then you must also set <code>unauthenticated</code> to
   * true.
   *
   * <p>Property type {@code AWS::MSK::Cluster.Sasl}.
   */
  public static final class Sasl extends Struct<Sasl> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Cluster.Sasl");

    public Sasl() {
      super(SCHEMA);
    }

    /**
     * Details for ClientAuthentication using IAM.
     *
     * <p>CloudFormation property {@code Iam}.
     */
    public Sasl iam(Value<Iam> value) {
      return set("Iam", value);
    }

    /**
     * Details for SASL/SCRAM client authentication.
     *
     * <p>CloudFormation property {@code Scram}.
     */
    public Sasl scram(Value<Scram> value) {
      return set("Scram", value);
    }
  }

  /**
   * Details for SASL/SCRAM client authentication.
   *
   * <p>Property type {@code AWS::MSK::Cluster.Scram}.
   */
  public static final class Scram extends Struct<Scram> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.Scram")
        .required("Enabled")
        .build();

    public Scram() {
      super(SCHEMA);
    }

    /**
     * SASL/SCRAM authentication is enabled or not.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public Scram enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public Scram enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Contains information about storage volumes attached to Amazon MSK broker nodes.
   *
   * <p>Property type {@code AWS::MSK::Cluster.StorageInfo}.
   */
  public static final class StorageInfo extends Struct<StorageInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Cluster.StorageInfo");

    public StorageInfo() {
      super(SCHEMA);
    }

    /**
     * EBS volume information.
     *
     * <p>CloudFormation property {@code EBSStorageInfo}.
     */
    public StorageInfo ebsStorageInfo(Value<EBSStorageInfo> value) {
      return set("EBSStorageInfo", value);
    }
  }

  /**
   * Details for client authentication using TLS.
   *
   * <p>Property type {@code AWS::MSK::Cluster.Tls}.
   */
  public static final class Tls extends Struct<Tls> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.Tls")
        .references("CertificateAuthorityArnList", "AWS::ACMPCA::CertificateAuthority.Ref")
        .build();

    public Tls() {
      super(SCHEMA);
    }

    /**
     * List of AWS Private CA ARNs.
     *
     * <p>CloudFormation property {@code CertificateAuthorityArnList}.
     */
    public Tls certificateAuthorityArnList(List<String> value) {
      return set("CertificateAuthorityArnList", Value.listOf(value));
    }

    /**
     * Sets {@code CertificateAuthorityArnList} to this value; see {@link
     * #certificateAuthorityArnList(List)}.
     */
    public Tls certificateAuthorityArnList(Value<List<String>> value) {
      return set("CertificateAuthorityArnList", value);
    }

    /**
     * Sets {@code CertificateAuthorityArnList} to the Ref of each {@code
     * AWS::ACMPCA::CertificateAuthority}; see {@link #certificateAuthorityArnList(List)}.
     */
    public Tls certificateAuthorityArnList(CertificateAuthority... resources) {
      return set("CertificateAuthorityArnList", Value.refs(resources));
    }

    /**
     * TLS authentication is enabled or not.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public Tls enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public Tls enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Details for allowing no client authentication.
   *
   * <p>Property type {@code AWS::MSK::Cluster.Unauthenticated}.
   */
  public static final class Unauthenticated extends Struct<Unauthenticated> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.Unauthenticated")
        .required("Enabled")
        .build();

    public Unauthenticated() {
      super(SCHEMA);
    }

    /**
     * Unauthenticated is enabled or not.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public Unauthenticated enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public Unauthenticated enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * VPC connection control settings for brokers.
   *
   * <p>Property type {@code AWS::MSK::Cluster.VpcConnectivity}.
   */
  public static final class VpcConnectivity extends Struct<VpcConnectivity> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Cluster.VpcConnectivity");

    public VpcConnectivity() {
      super(SCHEMA);
    }

    /**
     * VPC connection control settings for brokers.
     *
     * <p>CloudFormation property {@code ClientAuthentication}.
     */
    public VpcConnectivity clientAuthentication(Value<VpcConnectivityClientAuthentication> value) {
      return set("ClientAuthentication", value);
    }
  }

  /**
   * Includes all client authentication information for VpcConnectivity.
   *
   * <p>Property type {@code AWS::MSK::Cluster.VpcConnectivityClientAuthentication}.
   */
  public static final class VpcConnectivityClientAuthentication extends Struct<VpcConnectivityClientAuthentication> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Cluster.VpcConnectivityClientAuthentication");

    public VpcConnectivityClientAuthentication() {
      super(SCHEMA);
    }

    /**
     * Details for VpcConnectivity ClientAuthentication using SASL.
     *
     * <p>CloudFormation property {@code Sasl}.
     */
    public VpcConnectivityClientAuthentication sasl(Value<VpcConnectivitySasl> value) {
      return set("Sasl", value);
    }

    /**
     * Details for VpcConnectivity ClientAuthentication using TLS.
     *
     * <p>CloudFormation property {@code Tls}.
     */
    public VpcConnectivityClientAuthentication tls(Value<VpcConnectivityTls> value) {
      return set("Tls", value);
    }
  }

  /**
   * Details for SASL/IAM client authentication for VpcConnectivity.
   *
   * <p>Property type {@code AWS::MSK::Cluster.VpcConnectivityIam}.
   */
  public static final class VpcConnectivityIam extends Struct<VpcConnectivityIam> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.VpcConnectivityIam")
        .required("Enabled")
        .build();

    public VpcConnectivityIam() {
      super(SCHEMA);
    }

    /**
     * SASL/IAM authentication is enabled or not.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public VpcConnectivityIam enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public VpcConnectivityIam enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Details for client authentication using SASL for VpcConnectivity.
   *
   * <p>Property type {@code AWS::MSK::Cluster.VpcConnectivitySasl}.
   */
  public static final class VpcConnectivitySasl extends Struct<VpcConnectivitySasl> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Cluster.VpcConnectivitySasl");

    public VpcConnectivitySasl() {
      super(SCHEMA);
    }

    /**
     * Details for ClientAuthentication using IAM for VpcConnectivity.
     *
     * <p>CloudFormation property {@code Iam}.
     */
    public VpcConnectivitySasl iam(Value<VpcConnectivityIam> value) {
      return set("Iam", value);
    }

    /**
     * Details for SASL/SCRAM client authentication for VpcConnectivity.
     *
     * <p>CloudFormation property {@code Scram}.
     */
    public VpcConnectivitySasl scram(Value<VpcConnectivityScram> value) {
      return set("Scram", value);
    }
  }

  /**
   * Details for SASL/SCRAM client authentication for VpcConnectivity.
   *
   * <p>Property type {@code AWS::MSK::Cluster.VpcConnectivityScram}.
   */
  public static final class VpcConnectivityScram extends Struct<VpcConnectivityScram> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.VpcConnectivityScram")
        .required("Enabled")
        .build();

    public VpcConnectivityScram() {
      super(SCHEMA);
    }

    /**
     * SASL/SCRAM authentication is enabled or not.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public VpcConnectivityScram enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public VpcConnectivityScram enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Details for client authentication using TLS for VpcConnectivity.
   *
   * <p>Property type {@code AWS::MSK::Cluster.VpcConnectivityTls}.
   */
  public static final class VpcConnectivityTls extends Struct<VpcConnectivityTls> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Cluster.VpcConnectivityTls")
        .required("Enabled")
        .build();

    public VpcConnectivityTls() {
      super(SCHEMA);
    }

    /**
     * TLS authentication is enabled or not.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public VpcConnectivityTls enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public VpcConnectivityTls enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /** Property type {@code AWS::MSK::Cluster.ZookeeperAccess}. */
  public static final class ZookeeperAccess extends Struct<ZookeeperAccess> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Cluster.ZookeeperAccess");

    public ZookeeperAccess() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Enabled}. */
    public ZookeeperAccess enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ZookeeperAccess enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }
}
