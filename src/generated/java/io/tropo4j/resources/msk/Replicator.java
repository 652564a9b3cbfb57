// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.msk;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates the replicator.
 *
 * <p>CloudFormation type {@code AWS::MSK::Replicator}.
 */
public final class Replicator extends Resource<Replicator> {
  private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator")
      .required("KafkaClusters", "ReplicationInfoList", "ReplicatorName", "ServiceExecutionRoleArn")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("ReplicatorName", Constraint.of().pattern("^[0-9A-Za-z][0-9A-Za-z-]{0,}$").minLength(1).maxLength(128))
      .constrain("ServiceExecutionRoleArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn):iam:.*").format("AWS::IAM::Role.Arn"))
      .refYields("ReplicatorArn")
      .attributes("CurrentVersion", "ReplicatorArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Replicator(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A summary description of the replicator.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public Replicator description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Replicator description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Kafka Clusters to use in setting up sources / targets for replication.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code KafkaClusters}.
   */
  public Replicator kafkaClusters(List<KafkaCluster> value) {
    return set("KafkaClusters", Value.listOf(value));
  }

  /** Sets {@code KafkaClusters} to this value; see {@link #kafkaClusters(List)}. */
  public Replicator kafkaClusters(Value<List<KafkaCluster>> value) {
    return set("KafkaClusters", value);
  }

  /** Sets {@code KafkaClusters} to a list of these; see {@link #kafkaClusters(List)}. */
  public Replicator kafkaClusters(KafkaCluster... values) {
    return set("KafkaClusters", Value.list(values));
  }

  /**
   * Configuration for log delivery for the replicator.
   *
   * <p>CloudFormation property {@code LogDelivery}.
   */
  public Replicator logDelivery(Value<LogDelivery> value) {
    return set("LogDelivery", value);
  }

  /**
   * A list of replication configurations, where each configuration targets a given source cluster
   * to target cluster replication flow.
   *
   * <p>Required. CloudFormation property {@code ReplicationInfoList}.
   */
  public Replicator replicationInfoList(List<ReplicationInfo> value) {
    return set("ReplicationInfoList", Value.listOf(value));
  }

  /** Sets {@code ReplicationInfoList} to this value; see {@link #replicationInfoList(List)}. */
  public Replicator replicationInfoList(Value<List<ReplicationInfo>> value) {
    return set("ReplicationInfoList", value);
  }

  /**
   * Sets {@code ReplicationInfoList} to a list of these; see {@link #replicationInfoList(List)}.
   */
  public Replicator replicationInfoList(ReplicationInfo... values) {
    return set("ReplicationInfoList", Value.list(values));
  }

  /**
   * The name of the replicator. Alpha-numeric characters with '-' are allowed.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[0-9A-Za-z][0-9A-Za-z-]{0,}$}. CloudFormation property {@code ReplicatorName}.
   */
  public Replicator replicatorName(String value) {
    return set("ReplicatorName", Value.of(value));
  }

  /** Sets {@code ReplicatorName} to this value; see {@link #replicatorName(String)}. */
  public Replicator replicatorName(Value<String> value) {
    return set("ReplicatorName", value);
  }

  /**
   * The ARN of the IAM role used by the replicator to access resources in the customer's account
   * (e.g source and target clusters)
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * arn:(aws|aws-us-gov|aws-cn):iam:.*}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code ServiceExecutionRoleArn}.
   */
  public Replicator serviceExecutionRoleArn(String value) {
    return set("ServiceExecutionRoleArn", Value.of(value));
  }

  /**
   * Sets {@code ServiceExecutionRoleArn} to this value; see {@link
   * #serviceExecutionRoleArn(String)}.
   */
  public Replicator serviceExecutionRoleArn(Value<String> value) {
    return set("ServiceExecutionRoleArn", value);
  }

  /**
   * List of tags to attach to created Replicator.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Replicator tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Replicator tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Replicator tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The current version number of the replicator.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CurrentVersion}.
   */
  public Value<String> currentVersion() {
    return getAtt("CurrentVersion");
  }

  /**
   * Amazon Resource Name (ARN) for the created replicator.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReplicatorArn}.
   */
  public Value<String> replicatorArn() {
    return getAtt("ReplicatorArn");
  }

  /**
   * Details of an Amazon MSK Cluster.
   *
   * <p>Property type {@code AWS::MSK::Replicator.AmazonMskCluster}.
   */
  public static final class AmazonMskCluster extends Struct<AmazonMskCluster> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.AmazonMskCluster")
        .required("MskClusterArn")
        .constrain("MskClusterArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn):kafka:.*"))
        .build();

    public AmazonMskCluster() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an Amazon MSK cluster.
     *
     * <p>Required. Pattern: {@code arn:(aws|aws-us-gov|aws-cn):kafka:.*}. CloudFormation property
     * {@code MskClusterArn}.
     */
    public AmazonMskCluster mskClusterArn(String value) {
      return set("MskClusterArn", Value.of(value));
    }

    /** Sets {@code MskClusterArn} to this value; see {@link #mskClusterArn(String)}. */
    public AmazonMskCluster mskClusterArn(Value<String> value) {
      return set("MskClusterArn", value);
    }
  }

  /**
   * Details of an Apache Kafka cluster.
   *
   * <p>Property type {@code AWS::MSK::Replicator.ApacheKafkaCluster}.
   */
  public static final class ApacheKafkaCluster extends Struct<ApacheKafkaCluster> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.ApacheKafkaCluster")
        .required("ApacheKafkaClusterId", "BootstrapBrokerString")
        .build();

    public ApacheKafkaCluster() {
      super(SCHEMA);
    }

    /**
     * The ID of the Apache Kafka cluster.
     *
     * <p>Required. CloudFormation property {@code ApacheKafkaClusterId}.
     */
    public ApacheKafkaCluster apacheKafkaClusterId(String value) {
      return set("ApacheKafkaClusterId", Value.of(value));
    }

    /**
     * Sets {@code ApacheKafkaClusterId} to this value; see {@link #apacheKafkaClusterId(String)}.
     */
    public ApacheKafkaCluster apacheKafkaClusterId(Value<String> value) {
      return set("ApacheKafkaClusterId", value);
    }

    /**
     * The bootstrap broker string of the Apache Kafka cluster.
     *
     * <p>Required. CloudFormation property {@code BootstrapBrokerString}.
     */
    public ApacheKafkaCluster bootstrapBrokerString(String value) {
      return set("BootstrapBrokerString", Value.of(value));
    }

    /**
     * Sets {@code BootstrapBrokerString} to this value; see {@link #bootstrapBrokerString(String)}.
     */
    public ApacheKafkaCluster bootstrapBrokerString(Value<String> value) {
      return set("BootstrapBrokerString", value);
    }
  }

  /**
   * Details about delivering logs to CloudWatch Logs.
   *
   * <p>Property type {@code AWS::MSK::Replicator.CloudWatchLogs}.
   */
  public static final class CloudWatchLogs extends Struct<CloudWatchLogs> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.CloudWatchLogs")
        .required("Enabled")
        .build();

    public CloudWatchLogs() {
      super(SCHEMA);
    }

    /**
     * Whether log delivery to CloudWatch Logs is enabled.
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
     * The CloudWatch log group that is the destination for log delivery.
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
  }

  /**
   * Details about consumer group replication.
   *
   * <p>Property type {@code AWS::MSK::Replicator.ConsumerGroupReplication}.
   */
  public static final class ConsumerGroupReplication extends Struct<ConsumerGroupReplication> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.ConsumerGroupReplication")
        .required("ConsumerGroupsToReplicate")
        .allowed("ConsumerGroupOffsetSyncMode", "LEGACY", "ENHANCED")
        .constrain("ConsumerGroupsToExclude", Constraint.of().minLength(0).maxLength(256))
        .constrain("ConsumerGroupsToReplicate", Constraint.of().minLength(0).maxLength(256))
        .build();

    public ConsumerGroupReplication() {
      super(SCHEMA);
    }

    /**
     * The consumer group offset synchronization mode.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code LEGACY}, {@code ENHANCED}.
     * CloudFormation property {@code ConsumerGroupOffsetSyncMode}.
     */
    public ConsumerGroupReplication consumerGroupOffsetSyncMode(String value) {
      return set("ConsumerGroupOffsetSyncMode", Value.of(value));
    }

    /**
     * Sets {@code ConsumerGroupOffsetSyncMode} to this value; see {@link
     * #consumerGroupOffsetSyncMode(String)}.
     */
    public ConsumerGroupReplication consumerGroupOffsetSyncMode(Value<String> value) {
      return set("ConsumerGroupOffsetSyncMode", value);
    }

    /**
     * List of regular expression patterns indicating the consumer groups that should not be
     * replicated.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code ConsumerGroupsToExclude}.
     */
    public ConsumerGroupReplication consumerGroupsToExclude(List<String> value) {
      return set("ConsumerGroupsToExclude", Value.listOf(value));
    }

    /**
     * Sets {@code ConsumerGroupsToExclude} to this value; see {@link
     * #consumerGroupsToExclude(List)}.
     */
    public ConsumerGroupReplication consumerGroupsToExclude(Value<List<String>> value) {
      return set("ConsumerGroupsToExclude", value);
    }

    /**
     * List of regular expression patterns indicating the consumer groups to copy.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code
     * ConsumerGroupsToReplicate}.
     */
    public ConsumerGroupReplication consumerGroupsToReplicate(List<String> value) {
      return set("ConsumerGroupsToReplicate", Value.listOf(value));
    }

    /**
     * Sets {@code ConsumerGroupsToReplicate} to this value; see {@link
     * #consumerGroupsToReplicate(List)}.
     */
    public ConsumerGroupReplication consumerGroupsToReplicate(Value<List<String>> value) {
      return set("ConsumerGroupsToReplicate", value);
    }

    /**
     * Enables synchronization of consumer groups to target cluster.
     *
     * <p>CloudFormation property {@code DetectAndCopyNewConsumerGroups}.
     */
    public ConsumerGroupReplication detectAndCopyNewConsumerGroups(boolean value) {
      return set("DetectAndCopyNewConsumerGroups", Value.of(value));
    }

    /**
     * Sets {@code DetectAndCopyNewConsumerGroups} to this value; see {@link
     * #detectAndCopyNewConsumerGroups(boolean)}.
     */
    public ConsumerGroupReplication detectAndCopyNewConsumerGroups(Value<Boolean> value) {
      return set("DetectAndCopyNewConsumerGroups", value);
    }

    /**
     * Enables synchronization of consumer group offsets to target cluster. The translated offsets
     * will be written to topic __consumer_offsets.
     *
     * <p>CloudFormation property {@code SynchroniseConsumerGroupOffsets}.
     */
    public ConsumerGroupReplication synchroniseConsumerGroupOffsets(boolean value) {
      return set("SynchroniseConsumerGroupOffsets", Value.of(value));
    }

    /**
     * Sets {@code SynchroniseConsumerGroupOffsets} to this value; see {@link
     * #synchroniseConsumerGroupOffsets(boolean)}.
     */
    public ConsumerGroupReplication synchroniseConsumerGroupOffsets(Value<Boolean> value) {
      return set("SynchroniseConsumerGroupOffsets", value);
    }
  }

  /**
   * Details about delivering logs to Firehose.
   *
   * <p>Property type {@code AWS::MSK::Replicator.Firehose}.
   */
  public static final class Firehose extends Struct<Firehose> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.Firehose")
        .required("Enabled")
        .build();

    public Firehose() {
      super(SCHEMA);
    }

    /**
     * The Firehose delivery stream that is the destination for log delivery.
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
     * Whether log delivery to Firehose is enabled.
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
   * Information about Kafka Cluster to be used as source / target for replication.
   *
   * <p>Property type {@code AWS::MSK::Replicator.KafkaCluster}.
   */
  public static final class KafkaCluster extends Struct<KafkaCluster> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Replicator.KafkaCluster");

    public KafkaCluster() {
      super(SCHEMA);
    }

    /**
     * Details of an Amazon MSK Cluster.
     *
     * <p>CloudFormation property {@code AmazonMskCluster}.
     */
    public KafkaCluster amazonMskCluster(Value<AmazonMskCluster> value) {
      return set("AmazonMskCluster", value);
    }

    /**
     * Details of an Apache Kafka cluster.
     *
     * <p>CloudFormation property {@code ApacheKafkaCluster}.
     */
    public KafkaCluster apacheKafkaCluster(Value<ApacheKafkaCluster> value) {
      return set("ApacheKafkaCluster", value);
    }

    /**
     * Details of the client authentication used by the Apache Kafka cluster.
     *
     * <p>CloudFormation property {@code ClientAuthentication}.
     */
    public KafkaCluster clientAuthentication(Value<KafkaClusterClientAuthentication> value) {
      return set("ClientAuthentication", value);
    }

    /**
     * Details of encryption in transit to the Apache Kafka cluster.
     *
     * <p>CloudFormation property {@code EncryptionInTransit}.
     */
    public KafkaCluster encryptionInTransit(Value<KafkaClusterEncryptionInTransit> value) {
      return set("EncryptionInTransit", value);
    }

    /**
     * Details of an Amazon VPC which has network connectivity to the Apache Kafka cluster.
     *
     * <p>CloudFormation property {@code VpcConfig}.
     */
    public KafkaCluster vpcConfig(Value<KafkaClusterClientVpcConfig> value) {
      return set("VpcConfig", value);
    }
  }

  /**
   * Details of the client authentication used by the Apache Kafka cluster.
   *
   * <p>Property type {@code AWS::MSK::Replicator.KafkaClusterClientAuthentication}.
   */
  public static final class KafkaClusterClientAuthentication extends Struct<KafkaClusterClientAuthentication> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Replicator.KafkaClusterClientAuthentication");

    public KafkaClusterClientAuthentication() {
      super(SCHEMA);
    }

    /**
     * Details for mTLS client authentication.
     *
     * <p>CloudFormation property {@code MTLS}.
     */
    public KafkaClusterClientAuthentication mtls(Value<KafkaClusterMtlsAuthentication> value) {
      return set("MTLS", value);
    }

    /**
     * Details for client authentication using SASL/OAUTHBEARER.
     *
     * <p>CloudFormation property {@code SaslOAuthBearer}.
     */
    public KafkaClusterClientAuthentication saslOAuthBearer(Value<KafkaClusterSaslOAuthBearerAuthentication> value) {
      return set("SaslOAuthBearer", value);
    }

    /**
     * Details for SASL/SCRAM client authentication.
     *
     * <p>CloudFormation property {@code SaslScram}.
     */
    public KafkaClusterClientAuthentication saslScram(Value<KafkaClusterSaslScramAuthentication> value) {
      return set("SaslScram", value);
    }
  }

  /**
   * Details of an Amazon VPC which has network connectivity to the Apache Kafka cluster.
   *
   * <p>Property type {@code AWS::MSK::Replicator.KafkaClusterClientVpcConfig}.
   */
  public static final class KafkaClusterClientVpcConfig extends Struct<KafkaClusterClientVpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.KafkaClusterClientVpcConfig")
        .required("SubnetIds")
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .build();

    public KafkaClusterClientVpcConfig() {
      super(SCHEMA);
    }

    /**
     * The security groups to attach to the ENIs for the broker nodes.
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public KafkaClusterClientVpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public KafkaClusterClientVpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The list of subnets in the client VPC to connect to.
     *
     * <p>Required. CloudFormation property {@code SubnetIds}.
     */
    public KafkaClusterClientVpcConfig subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public KafkaClusterClientVpcConfig subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * Details of encryption in transit to the Apache Kafka cluster.
   *
   * <p>Property type {@code AWS::MSK::Replicator.KafkaClusterEncryptionInTransit}.
   */
  public static final class KafkaClusterEncryptionInTransit extends Struct<KafkaClusterEncryptionInTransit> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.KafkaClusterEncryptionInTransit")
        .required("EncryptionType")
        .allowed("EncryptionType", "TLS")
        .build();

    public KafkaClusterEncryptionInTransit() {
      super(SCHEMA);
    }

    /**
     * The type of encryption in transit to the Apache Kafka cluster.
     *
     * <p>Required. Allowed values: {@code TLS}. CloudFormation property {@code EncryptionType}.
     */
    public KafkaClusterEncryptionInTransit encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public KafkaClusterEncryptionInTransit encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }

    /**
     * The root CA certificate.
     *
     * <p>CloudFormation property {@code RootCaCertificate}.
     */
    public KafkaClusterEncryptionInTransit rootCaCertificate(String value) {
      return set("RootCaCertificate", Value.of(value));
    }

    /** Sets {@code RootCaCertificate} to this value; see {@link #rootCaCertificate(String)}. */
    public KafkaClusterEncryptionInTransit rootCaCertificate(Value<String> value) {
      return set("RootCaCertificate", value);
    }
  }

  /**
   * Details for mTLS client authentication.
   *
   * <p>Property type {@code AWS::MSK::Replicator.KafkaClusterMtlsAuthentication}.
   */
  public static final class KafkaClusterMtlsAuthentication extends Struct<KafkaClusterMtlsAuthentication> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.KafkaClusterMtlsAuthentication")
        .required("SecretArn")
        .build();

    public KafkaClusterMtlsAuthentication() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Secrets Manager secret.
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public KafkaClusterMtlsAuthentication secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public KafkaClusterMtlsAuthentication secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Details for SASL/OAUTHBEARER using the standard client_credentials grant. The referenced secret
   * must contain client_id and client_secret.
   *
   * <p>Property type {@code AWS::MSK::Replicator.KafkaClusterOAuthClientCredentials}.
   */
  public static final class KafkaClusterOAuthClientCredentials extends Struct<KafkaClusterOAuthClientCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.KafkaClusterOAuthClientCredentials")
        .required("TokenRequestSecretArn")
        .build();

    public KafkaClusterOAuthClientCredentials() {
      super(SCHEMA);
    }

    /**
     * Secrets Manager ARN of the secret containing the client_id and client_secret used to obtain
     * an OAuth Bearer token via the client_credentials grant.
     *
     * <p>Required. CloudFormation property {@code TokenRequestSecretArn}.
     */
    public KafkaClusterOAuthClientCredentials tokenRequestSecretArn(String value) {
      return set("TokenRequestSecretArn", Value.of(value));
    }

    /**
     * Sets {@code TokenRequestSecretArn} to this value; see {@link #tokenRequestSecretArn(String)}.
     */
    public KafkaClusterOAuthClientCredentials tokenRequestSecretArn(Value<String> value) {
      return set("TokenRequestSecretArn", value);
    }
  }

  /**
   * Details for SASL/OAUTHBEARER using the client credentials grant with a JWT client assertion
   * (RFC 7521/7523 Section 2.2). An STS-vended JWT is used as the client_assertion.
   *
   * <p>Property type {@code AWS::MSK::Replicator.KafkaClusterOAuthClientCredentialsAssertion}.
   */
  public static final class KafkaClusterOAuthClientCredentialsAssertion extends Struct<KafkaClusterOAuthClientCredentialsAssertion> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.KafkaClusterOAuthClientCredentialsAssertion")
        .required("Audience", "SigningAlgorithm")
        .allowed("SigningAlgorithm", "RS256", "ES384")
        .build();

    public KafkaClusterOAuthClientCredentialsAssertion() {
      super(SCHEMA);
    }

    /**
     * The audience (aud claim) set in the STS JWT client assertion.
     *
     * <p>Required. CloudFormation property {@code Audience}.
     */
    public KafkaClusterOAuthClientCredentialsAssertion audience(String value) {
      return set("Audience", Value.of(value));
    }

    /** Sets {@code Audience} to this value; see {@link #audience(String)}. */
    public KafkaClusterOAuthClientCredentialsAssertion audience(Value<String> value) {
      return set("Audience", value);
    }

    /**
     * The algorithm used to sign the STS JWT assertion.
     *
     * <p>Required. Allowed values: {@code RS256}, {@code ES384}. CloudFormation property {@code
     * SigningAlgorithm}.
     */
    public KafkaClusterOAuthClientCredentialsAssertion signingAlgorithm(String value) {
      return set("SigningAlgorithm", Value.of(value));
    }

    /** Sets {@code SigningAlgorithm} to this value; see {@link #signingAlgorithm(String)}. */
    public KafkaClusterOAuthClientCredentialsAssertion signingAlgorithm(Value<String> value) {
      return set("SigningAlgorithm", value);
    }

    /**
     * Optional Secrets Manager ARN for identity providers that require client_id as a form
     * parameter alongside the JWT client assertion.
     *
     * <p>CloudFormation property {@code TokenRequestSecretArn}.
     */
    public KafkaClusterOAuthClientCredentialsAssertion tokenRequestSecretArn(String value) {
      return set("TokenRequestSecretArn", Value.of(value));
    }

    /**
     * Sets {@code TokenRequestSecretArn} to this value; see {@link #tokenRequestSecretArn(String)}.
     */
    public KafkaClusterOAuthClientCredentialsAssertion tokenRequestSecretArn(Value<String> value) {
      return set("TokenRequestSecretArn", value);
    }
  }

  /**
   * Details for SASL/OAUTHBEARER using the JWT Bearer assertion grant (RFC 7523). An STS-vended JWT
   * is used as the assertion.
   *
   * <p>Property type {@code AWS::MSK::Replicator.KafkaClusterOAuthIamJwtBearer}.
   */
  public static final class KafkaClusterOAuthIamJwtBearer extends Struct<KafkaClusterOAuthIamJwtBearer> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.KafkaClusterOAuthIamJwtBearer")
        .required("Audience", "SigningAlgorithm")
        .allowed("SigningAlgorithm", "RS256", "ES384")
        .build();

    public KafkaClusterOAuthIamJwtBearer() {
      super(SCHEMA);
    }

    /**
     * The audience (aud claim) set in the STS JWT assertion.
     *
     * <p>Required. CloudFormation property {@code Audience}.
     */
    public KafkaClusterOAuthIamJwtBearer audience(String value) {
      return set("Audience", Value.of(value));
    }

    /** Sets {@code Audience} to this value; see {@link #audience(String)}. */
    public KafkaClusterOAuthIamJwtBearer audience(Value<String> value) {
      return set("Audience", value);
    }

    /**
     * The algorithm used to sign the STS JWT assertion.
     *
     * <p>Required. Allowed values: {@code RS256}, {@code ES384}. CloudFormation property {@code
     * SigningAlgorithm}.
     */
    public KafkaClusterOAuthIamJwtBearer signingAlgorithm(String value) {
      return set("SigningAlgorithm", Value.of(value));
    }

    /** Sets {@code SigningAlgorithm} to this value; see {@link #signingAlgorithm(String)}. */
    public KafkaClusterOAuthIamJwtBearer signingAlgorithm(Value<String> value) {
      return set("SigningAlgorithm", value);
    }

    /**
     * Optional Secrets Manager ARN for identity providers that require client authentication
     * alongside the JWT Bearer assertion.
     *
     * <p>CloudFormation property {@code TokenRequestSecretArn}.
     */
    public KafkaClusterOAuthIamJwtBearer tokenRequestSecretArn(String value) {
      return set("TokenRequestSecretArn", Value.of(value));
    }

    /**
     * Sets {@code TokenRequestSecretArn} to this value; see {@link #tokenRequestSecretArn(String)}.
     */
    public KafkaClusterOAuthIamJwtBearer tokenRequestSecretArn(Value<String> value) {
      return set("TokenRequestSecretArn", value);
    }
  }

  /**
   * Details for client authentication using SASL/OAUTHBEARER.
   *
   * <p>Property type {@code AWS::MSK::Replicator.KafkaClusterSaslOAuthBearerAuthentication}.
   */
  public static final class KafkaClusterSaslOAuthBearerAuthentication extends Struct<KafkaClusterSaslOAuthBearerAuthentication> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.KafkaClusterSaslOAuthBearerAuthentication")
        .required("TokenEndpointAuthenticationMethod", "TokenEndpointUrl")
        .allowed("TokenEndpointAuthenticationMethod", "POST", "BASIC", "NONE")
        .build();

    public KafkaClusterSaslOAuthBearerAuthentication() {
      super(SCHEMA);
    }

    /**
     * Details for SASL/OAUTHBEARER using the standard client_credentials grant. The referenced
     * secret must contain client_id and client_secret.
     *
     * <p>CloudFormation property {@code ClientCredentials}.
     */
    public KafkaClusterSaslOAuthBearerAuthentication clientCredentials(Value<KafkaClusterOAuthClientCredentials> value) {
      return set("ClientCredentials", value);
    }

    /**
     * Details for SASL/OAUTHBEARER using the client credentials grant with a JWT client assertion
     * (RFC 7521/7523 Section 2.2). An STS-vended JWT is used as the client_assertion.
     *
     * <p>CloudFormation property {@code ClientCredentialsAssertion}.
     */
    public KafkaClusterSaslOAuthBearerAuthentication clientCredentialsAssertion(Value<KafkaClusterOAuthClientCredentialsAssertion> value) {
      return set("ClientCredentialsAssertion", value);
    }

    /**
     * Details for SASL/OAUTHBEARER using the JWT Bearer assertion grant (RFC 7523). An STS-vended
     * JWT is used as the assertion.
     *
     * <p>CloudFormation property {@code IamJwtBearer}.
     */
    public KafkaClusterSaslOAuthBearerAuthentication iamJwtBearer(Value<KafkaClusterOAuthIamJwtBearer> value) {
      return set("IamJwtBearer", value);
    }

    /**
     * OAuth scope to request. Included in the token request if provided.
     *
     * <p>CloudFormation property {@code Scope}.
     */
    public KafkaClusterSaslOAuthBearerAuthentication scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public KafkaClusterSaslOAuthBearerAuthentication scope(Value<String> value) {
      return set("Scope", value);
    }

    /**
     * How client credentials are sent to the identity provider's token endpoint.
     *
     * <p>Required. Allowed values: {@code POST}, {@code BASIC}, {@code NONE}. CloudFormation
     * property {@code TokenEndpointAuthenticationMethod}.
     */
    public KafkaClusterSaslOAuthBearerAuthentication tokenEndpointAuthenticationMethod(String value) {
      return set("TokenEndpointAuthenticationMethod", Value.of(value));
    }

    /**
     * Sets {@code TokenEndpointAuthenticationMethod} to this value; see {@link
     * #tokenEndpointAuthenticationMethod(String)}.
     */
    public KafkaClusterSaslOAuthBearerAuthentication tokenEndpointAuthenticationMethod(Value<String> value) {
      return set("TokenEndpointAuthenticationMethod", value);
    }

    /**
     * Secrets Manager ARN containing a custom CA certificate for the identity provider. Required
     * only if the identity provider uses a private CA.
     *
     * <p>CloudFormation property {@code TokenEndpointTlsCertificateArn}.
     */
    public KafkaClusterSaslOAuthBearerAuthentication tokenEndpointTlsCertificateArn(String value) {
      return set("TokenEndpointTlsCertificateArn", Value.of(value));
    }

    /**
     * Sets {@code TokenEndpointTlsCertificateArn} to this value; see {@link
     * #tokenEndpointTlsCertificateArn(String)}.
     */
    public KafkaClusterSaslOAuthBearerAuthentication tokenEndpointTlsCertificateArn(Value<String> value) {
      return set("TokenEndpointTlsCertificateArn", value);
    }

    /**
     * The HTTPS URL of the OAuth token endpoint that vends OAuth Bearer tokens per RFC 6749.
     *
     * <p>Required. CloudFormation property {@code TokenEndpointUrl}.
     */
    public KafkaClusterSaslOAuthBearerAuthentication tokenEndpointUrl(String value) {
      return set("TokenEndpointUrl", Value.of(value));
    }

    /** Sets {@code TokenEndpointUrl} to this value; see {@link #tokenEndpointUrl(String)}. */
    public KafkaClusterSaslOAuthBearerAuthentication tokenEndpointUrl(Value<String> value) {
      return set("TokenEndpointUrl", value);
    }
  }

  /**
   * Details for SASL/SCRAM client authentication.
   *
   * <p>Property type {@code AWS::MSK::Replicator.KafkaClusterSaslScramAuthentication}.
   */
  public static final class KafkaClusterSaslScramAuthentication extends Struct<KafkaClusterSaslScramAuthentication> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.KafkaClusterSaslScramAuthentication")
        .required("Mechanism", "SecretArn")
        .allowed("Mechanism", "SHA256", "SHA512")
        .build();

    public KafkaClusterSaslScramAuthentication() {
      super(SCHEMA);
    }

    /**
     * The SASL/SCRAM authentication mechanism.
     *
     * <p>Required. Allowed values: {@code SHA256}, {@code SHA512}. CloudFormation property {@code
     * Mechanism}.
     */
    public KafkaClusterSaslScramAuthentication mechanism(String value) {
      return set("Mechanism", Value.of(value));
    }

    /** Sets {@code Mechanism} to this value; see {@link #mechanism(String)}. */
    public KafkaClusterSaslScramAuthentication mechanism(Value<String> value) {
      return set("Mechanism", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Secrets Manager secret.
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public KafkaClusterSaslScramAuthentication secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public KafkaClusterSaslScramAuthentication secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Configuration for log delivery for the replicator.
   *
   * <p>Property type {@code AWS::MSK::Replicator.LogDelivery}.
   */
  public static final class LogDelivery extends Struct<LogDelivery> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Replicator.LogDelivery");

    public LogDelivery() {
      super(SCHEMA);
    }

    /**
     * Details of the log delivery for the replicator.
     *
     * <p>CloudFormation property {@code ReplicatorLogDelivery}.
     */
    public LogDelivery replicatorLogDelivery(Value<ReplicatorLogDelivery> value) {
      return set("ReplicatorLogDelivery", value);
    }
  }

  /**
   * Specifies configuration for replication between a source and target Kafka cluster.
   *
   * <p>Property type {@code AWS::MSK::Replicator.ReplicationInfo}.
   */
  public static final class ReplicationInfo extends Struct<ReplicationInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.ReplicationInfo")
        .required("ConsumerGroupReplication", "TargetCompressionType", "TopicReplication")
        .constrain("SourceKafkaClusterArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn):kafka:.*"))
        .allowed("TargetCompressionType", "NONE", "GZIP", "SNAPPY", "LZ4", "ZSTD")
        .constrain("TargetKafkaClusterArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn):kafka:.*"))
        .build();

    public ReplicationInfo() {
      super(SCHEMA);
    }

    /**
     * Configuration relating to consumer group replication.
     *
     * <p>Required. CloudFormation property {@code ConsumerGroupReplication}.
     */
    public ReplicationInfo consumerGroupReplication(Value<ConsumerGroupReplication> value) {
      return set("ConsumerGroupReplication", value);
    }

    /**
     * The ARN of the source Kafka cluster.
     *
     * <p>Changing it replaces the resource. Pattern: {@code arn:(aws|aws-us-gov|aws-cn):kafka:.*}.
     * CloudFormation property {@code SourceKafkaClusterArn}.
     */
    public ReplicationInfo sourceKafkaClusterArn(String value) {
      return set("SourceKafkaClusterArn", Value.of(value));
    }

    /**
     * Sets {@code SourceKafkaClusterArn} to this value; see {@link #sourceKafkaClusterArn(String)}.
     */
    public ReplicationInfo sourceKafkaClusterArn(Value<String> value) {
      return set("SourceKafkaClusterArn", value);
    }

    /**
     * The ID of the source Kafka cluster.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SourceKafkaClusterId}.
     */
    public ReplicationInfo sourceKafkaClusterId(String value) {
      return set("SourceKafkaClusterId", Value.of(value));
    }

    /**
     * Sets {@code SourceKafkaClusterId} to this value; see {@link #sourceKafkaClusterId(String)}.
     */
    public ReplicationInfo sourceKafkaClusterId(Value<String> value) {
      return set("SourceKafkaClusterId", value);
    }

    /**
     * The compression type to use when producing records to target cluster.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code NONE}, {@code GZIP},
     * {@code SNAPPY}, {@code LZ4}, {@code ZSTD}. CloudFormation property {@code
     * TargetCompressionType}.
     */
    public ReplicationInfo targetCompressionType(String value) {
      return set("TargetCompressionType", Value.of(value));
    }

    /**
     * Sets {@code TargetCompressionType} to this value; see {@link #targetCompressionType(String)}.
     */
    public ReplicationInfo targetCompressionType(Value<String> value) {
      return set("TargetCompressionType", value);
    }

    /**
     * The ARN of the target Kafka cluster.
     *
     * <p>Changing it replaces the resource. Pattern: {@code arn:(aws|aws-us-gov|aws-cn):kafka:.*}.
     * CloudFormation property {@code TargetKafkaClusterArn}.
     */
    public ReplicationInfo targetKafkaClusterArn(String value) {
      return set("TargetKafkaClusterArn", Value.of(value));
    }

    /**
     * Sets {@code TargetKafkaClusterArn} to this value; see {@link #targetKafkaClusterArn(String)}.
     */
    public ReplicationInfo targetKafkaClusterArn(Value<String> value) {
      return set("TargetKafkaClusterArn", value);
    }

    /**
     * The ID of the target Kafka cluster.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TargetKafkaClusterId}.
     */
    public ReplicationInfo targetKafkaClusterId(String value) {
      return set("TargetKafkaClusterId", Value.of(value));
    }

    /**
     * Sets {@code TargetKafkaClusterId} to this value; see {@link #targetKafkaClusterId(String)}.
     */
    public ReplicationInfo targetKafkaClusterId(Value<String> value) {
      return set("TargetKafkaClusterId", value);
    }

    /**
     * Configuration relating to topic replication.
     *
     * <p>Required. CloudFormation property {@code TopicReplication}.
     */
    public ReplicationInfo topicReplication(Value<TopicReplication> value) {
      return set("TopicReplication", value);
    }
  }

  /**
   * Specifies the position in the topics to start replicating from.
   *
   * <p>Property type {@code AWS::MSK::Replicator.ReplicationStartingPosition}.
   */
  public static final class ReplicationStartingPosition extends Struct<ReplicationStartingPosition> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.ReplicationStartingPosition")
        .allowed("Type", "LATEST", "EARLIEST")
        .build();

    public ReplicationStartingPosition() {
      super(SCHEMA);
    }

    /**
     * The type of replication starting position.
     *
     * <p>Allowed values: {@code LATEST}, {@code EARLIEST}. CloudFormation property {@code Type}.
     */
    public ReplicationStartingPosition type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ReplicationStartingPosition type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Configuration for specifying replicated topic names will be the same as their corresponding
   * upstream topics or prefixed with source cluster alias.
   *
   * <p>Property type {@code AWS::MSK::Replicator.ReplicationTopicNameConfiguration}.
   */
  public static final class ReplicationTopicNameConfiguration extends Struct<ReplicationTopicNameConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.ReplicationTopicNameConfiguration")
        .allowed("Type", "PREFIXED_WITH_SOURCE_CLUSTER_ALIAS", "IDENTICAL")
        .build();

    public ReplicationTopicNameConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of replication topic name configuration, identical to upstream topic name or
     * prefixed with source cluster alias.
     *
     * <p>Allowed values: {@code PREFIXED_WITH_SOURCE_CLUSTER_ALIAS}, {@code IDENTICAL}.
     * CloudFormation property {@code Type}.
     */
    public ReplicationTopicNameConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ReplicationTopicNameConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Details of the log delivery for the replicator.
   *
   * <p>Property type {@code AWS::MSK::Replicator.ReplicatorLogDelivery}.
   */
  public static final class ReplicatorLogDelivery extends Struct<ReplicatorLogDelivery> {
    private static final Schema SCHEMA = Schema.of("AWS::MSK::Replicator.ReplicatorLogDelivery");

    public ReplicatorLogDelivery() {
      super(SCHEMA);
    }

    /**
     * Details about delivering logs to CloudWatch Logs.
     *
     * <p>CloudFormation property {@code CloudWatchLogs}.
     */
    public ReplicatorLogDelivery cloudWatchLogs(Value<CloudWatchLogs> value) {
      return set("CloudWatchLogs", value);
    }

    /**
     * Details about delivering logs to Firehose.
     *
     * <p>CloudFormation property {@code Firehose}.
     */
    public ReplicatorLogDelivery firehose(Value<Firehose> value) {
      return set("Firehose", value);
    }

    /**
     * Details about delivering logs to S3.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public ReplicatorLogDelivery s3(Value<S3> value) {
      return set("S3", value);
    }
  }

  /**
   * Details about delivering logs to S3.
   *
   * <p>Property type {@code AWS::MSK::Replicator.S3}.
   */
  public static final class S3 extends Struct<S3> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.S3")
        .required("Enabled")
        .build();

    public S3() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket that is the destination for log delivery.
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
     * Whether log delivery to S3 is enabled.
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
     * The S3 prefix that is the destination for log delivery.
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
   * Details about topic replication.
   *
   * <p>Property type {@code AWS::MSK::Replicator.TopicReplication}.
   */
  public static final class TopicReplication extends Struct<TopicReplication> {
    private static final Schema SCHEMA = Schema.builder("AWS::MSK::Replicator.TopicReplication")
        .required("TopicsToReplicate")
        .constrain("TopicsToExclude", Constraint.of().minLength(0).maxLength(249))
        .constrain("TopicsToReplicate", Constraint.of().minLength(0).maxLength(249))
        .build();

    public TopicReplication() {
      super(SCHEMA);
    }

    /**
     * Whether to periodically configure remote topic ACLs to match their corresponding upstream
     * topics.
     *
     * <p>CloudFormation property {@code CopyAccessControlListsForTopics}.
     */
    public TopicReplication copyAccessControlListsForTopics(boolean value) {
      return set("CopyAccessControlListsForTopics", Value.of(value));
    }

    /**
     * Sets {@code CopyAccessControlListsForTopics} to this value; see {@link
     * #copyAccessControlListsForTopics(boolean)}.
     */
    public TopicReplication copyAccessControlListsForTopics(Value<Boolean> value) {
      return set("CopyAccessControlListsForTopics", value);
    }

    /**
     * Whether to periodically configure remote topics to match their corresponding upstream topics.
     *
     * <p>CloudFormation property {@code CopyTopicConfigurations}.
     */
    public TopicReplication copyTopicConfigurations(boolean value) {
      return set("CopyTopicConfigurations", Value.of(value));
    }

    /**
     * Sets {@code CopyTopicConfigurations} to this value; see {@link
     * #copyTopicConfigurations(boolean)}.
     */
    public TopicReplication copyTopicConfigurations(Value<Boolean> value) {
      return set("CopyTopicConfigurations", value);
    }

    /**
     * Whether to periodically check for new topics and partitions.
     *
     * <p>CloudFormation property {@code DetectAndCopyNewTopics}.
     */
    public TopicReplication detectAndCopyNewTopics(boolean value) {
      return set("DetectAndCopyNewTopics", Value.of(value));
    }

    /**
     * Sets {@code DetectAndCopyNewTopics} to this value; see {@link
     * #detectAndCopyNewTopics(boolean)}.
     */
    public TopicReplication detectAndCopyNewTopics(Value<Boolean> value) {
      return set("DetectAndCopyNewTopics", value);
    }

    /**
     * Specifies the position in the topics to start replicating from.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StartingPosition}.
     */
    public TopicReplication startingPosition(Value<ReplicationStartingPosition> value) {
      return set("StartingPosition", value);
    }

    /**
     * Configuration for specifying replicated topic names will be the same as their corresponding
     * upstream topics or prefixed with source cluster alias.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TopicNameConfiguration}.
     */
    public TopicReplication topicNameConfiguration(Value<ReplicationTopicNameConfiguration> value) {
      return set("TopicNameConfiguration", value);
    }

    /**
     * List of regular expression patterns indicating the topics that should not be replicated.
     *
     * <p>Length: 0 to 249 characters. CloudFormation property {@code TopicsToExclude}.
     */
    public TopicReplication topicsToExclude(List<String> value) {
      return set("TopicsToExclude", Value.listOf(value));
    }

    /** Sets {@code TopicsToExclude} to this value; see {@link #topicsToExclude(List)}. */
    public TopicReplication topicsToExclude(Value<List<String>> value) {
      return set("TopicsToExclude", value);
    }

    /**
     * List of regular expression patterns indicating the topics to copy.
     *
     * <p>Required. Length: 0 to 249 characters. CloudFormation property {@code TopicsToReplicate}.
     */
    public TopicReplication topicsToReplicate(List<String> value) {
      return set("TopicsToReplicate", Value.listOf(value));
    }

    /** Sets {@code TopicsToReplicate} to this value; see {@link #topicsToReplicate(List)}. */
    public TopicReplication topicsToReplicate(Value<List<String>> value) {
      return set("TopicsToReplicate", value);
    }
  }
}
