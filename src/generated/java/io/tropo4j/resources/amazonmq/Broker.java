// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.amazonmq;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a broker. Note: This API is asynchronous.
 *
 * <p>To create a broker, you must either use the <code>AmazonMQFullAccess</code> IAM policy or
 * include the following EC2 permissions in your IAM policy.
 *
 * <ul> <li><code>ec2:CreateNetworkInterface</code> </ul>
 *
 * <p>This permission is required to allow Amazon MQ to create an elastic network interface (ENI) on
 * behalf of your account.
 *
 * <ul> <li><code>ec2:CreateNetworkInterfacePermission</code> </ul>
 *
 * <p>This permission is required to attach the ENI to the broker instance.
 *
 * <ul> <li><code>ec2:DeleteNetworkInterface</code>
 * <li><code>ec2:DeleteNetworkInterfacePermission</code> <li><code>ec2:DetachNetworkInterface</code>
 * <li><code>ec2:DescribeInternetGateways</code> <li><code>ec2:DescribeNetworkInterfaces</code>
 * <li><code>ec2:DescribeNetworkInterfacePermissions</code> <li><code>ec2:DescribeRouteTables</code>
 * <li><code>ec2:DescribeSecurityGroups</code> <li><code>ec2:DescribeSubnets</code>
 * <li><code>ec2:DescribeVpcs</code> </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com//amazon-mq/latest/developer-guide/amazon-mq-setting-up.html#create-iam-user">Create
 * an IAM User and Get Your AWS Credentials</a> and <a
 * href="https://docs.aws.amazon.com//amazon-mq/latest/developer-guide/connecting-to-amazon-mq.html#never-modify-delete-elastic-network-interface">Never
 * Modify or Delete the Amazon MQ Elastic Network Interface</a> in the <em>Amazon MQ Developer
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AmazonMQ::Broker}.
 */
public final class Broker extends Resource<Broker> {
  private static final Schema SCHEMA = Schema.builder("AWS::AmazonMQ::Broker")
      .required("BrokerName", "DeploymentMode", "EngineType", "HostInstanceType",
          "PubliclyAccessible")
      .constrain("BrokerName", Constraint.of().pattern("^[0-9A-Za-z_-]{1,50}$"))
      .constrain("DataReplicationPrimaryBrokerArn", Constraint.of().pattern("^arn:.*"))
      .constrain("ResourceShareArns", Constraint.of().pattern("^arn:.*"))
      .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .refYields("Id")
      .attributes("AmqpEndpoints", "Arn", "ConfigurationId", "ConfigurationRevision", "ConsoleURLs",
          "EngineVersionCurrent", "Id", "IpAddresses", "MqttEndpoints", "OpenWireEndpoints",
          "StompEndpoints", "WssEndpoints")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Broker(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Optional. The authentication strategy used to secure the broker. The default is
   * <code>SIMPLE</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AuthenticationStrategy}.
   */
  public Broker authenticationStrategy(String value) {
    return set("AuthenticationStrategy", Value.of(value));
  }

  /**
   * Sets {@code AuthenticationStrategy} to this value; see {@link #authenticationStrategy(String)}.
   */
  public Broker authenticationStrategy(Value<String> value) {
    return set("AuthenticationStrategy", value);
  }

  /**
   * Enables automatic upgrades to new patch versions for brokers as new versions are released and
   * supported by Amazon MQ. Automatic upgrades occur during the scheduled maintenance window or
   * after a manual broker reboot. Set to <code>true</code> by default, if no value is specified.
   *
   * <p>Must be set to <code>true</code> for ActiveMQ brokers version 5.18 and above and for
   * RabbitMQ brokers version 3.13 and above.
   *
   * <p>CloudFormation property {@code AutoMinorVersionUpgrade}.
   */
  public Broker autoMinorVersionUpgrade(boolean value) {
    return set("AutoMinorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code AutoMinorVersionUpgrade} to this value; see {@link
   * #autoMinorVersionUpgrade(boolean)}.
   */
  public Broker autoMinorVersionUpgrade(Value<Boolean> value) {
    return set("AutoMinorVersionUpgrade", value);
  }

  /**
   * Required. The broker's name. This value must be unique in your AWS account , 1-50 characters
   * long, must contain only letters, numbers, dashes, and underscores, and must not contain white
   * spaces, brackets, wildcard characters, or special characters.
   *
   * <p>Do not add personally identifiable information (PII) or other confidential or sensitive
   * information in broker names. Broker names are accessible to other AWS services, including
   * CloudWatch Logs . Broker names are not intended to be used for private or sensitive data.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[0-9A-Za-z_-]{1,50}$}.
   * CloudFormation property {@code BrokerName}.
   */
  public Broker brokerName(String value) {
    return set("BrokerName", Value.of(value));
  }

  /** Sets {@code BrokerName} to this value; see {@link #brokerName(String)}. */
  public Broker brokerName(Value<String> value) {
    return set("BrokerName", value);
  }

  /**
   * A list of information about the configuration.
   *
   * <p>CloudFormation property {@code Configuration}.
   */
  public Broker configuration(Value<ConfigurationId> value) {
    return set("Configuration", value);
  }

  /**
   * Defines whether this broker is a part of a data replication pair.
   *
   * <p>CloudFormation property {@code DataReplicationMode}.
   */
  public Broker dataReplicationMode(String value) {
    return set("DataReplicationMode", Value.of(value));
  }

  /** Sets {@code DataReplicationMode} to this value; see {@link #dataReplicationMode(String)}. */
  public Broker dataReplicationMode(Value<String> value) {
    return set("DataReplicationMode", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the primary broker that is used to replicate data from in a
   * data replication pair, and is applied to the replica broker. Must be set when
   * dataReplicationMode is set to CRDR.
   *
   * <p>Pattern: {@code ^arn:.*}. CloudFormation property {@code DataReplicationPrimaryBrokerArn}.
   */
  public Broker dataReplicationPrimaryBrokerArn(String value) {
    return set("DataReplicationPrimaryBrokerArn", Value.of(value));
  }

  /**
   * Sets {@code DataReplicationPrimaryBrokerArn} to this value; see {@link
   * #dataReplicationPrimaryBrokerArn(String)}.
   */
  public Broker dataReplicationPrimaryBrokerArn(Value<String> value) {
    return set("DataReplicationPrimaryBrokerArn", value);
  }

  /**
   * Required. The broker's deployment mode.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DeploymentMode}.
   */
  public Broker deploymentMode(String value) {
    return set("DeploymentMode", Value.of(value));
  }

  /** Sets {@code DeploymentMode} to this value; see {@link #deploymentMode(String)}. */
  public Broker deploymentMode(Value<String> value) {
    return set("DeploymentMode", value);
  }

  /**
   * Encryption options for the broker.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionOptions}.
   */
  public Broker encryptionOptions(Value<EncryptionOptions> value) {
    return set("EncryptionOptions", value);
  }

  /**
   * Required. The type of broker engine. Currently, Amazon MQ supports <code>ACTIVEMQ</code> and
   * <code>RABBITMQ</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code EngineType}.
   */
  public Broker engineType(String value) {
    return set("EngineType", Value.of(value));
  }

  /** Sets {@code EngineType} to this value; see {@link #engineType(String)}. */
  public Broker engineType(Value<String> value) {
    return set("EngineType", value);
  }

  /**
   * The broker engine version. Defaults to the latest available version for the specified broker
   * engine type. For more information, see the <a
   * href="https://docs.aws.amazon.com//amazon-mq/latest/developer-guide/activemq-version-management.html">ActiveMQ
   * version management</a> and the <a
   * href="https://docs.aws.amazon.com//amazon-mq/latest/developer-guide/rabbitmq-version-management.html">RabbitMQ
   * version management</a> sections in the Amazon MQ Developer Guide.
   *
   * <p>CloudFormation property {@code EngineVersion}.
   */
  public Broker engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public Broker engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * Required. The broker's instance type.
   *
   * <p>Required. CloudFormation property {@code HostInstanceType}.
   */
  public Broker hostInstanceType(String value) {
    return set("HostInstanceType", Value.of(value));
  }

  /** Sets {@code HostInstanceType} to this value; see {@link #hostInstanceType(String)}. */
  public Broker hostInstanceType(Value<String> value) {
    return set("HostInstanceType", value);
  }

  /**
   * Optional. The metadata of the LDAP server used to authenticate and authorize connections to the
   * broker. Does not apply to RabbitMQ brokers.
   *
   * <p>CloudFormation property {@code LdapServerMetadata}.
   */
  public Broker ldapServerMetadata(Value<LdapServerMetadata> value) {
    return set("LdapServerMetadata", value);
  }

  /**
   * Enables Amazon CloudWatch logging for brokers.
   *
   * <p>CloudFormation property {@code Logs}.
   */
  public Broker logs(Value<LogList> value) {
    return set("Logs", value);
  }

  /**
   * The parameters that determine the WeeklyStartTime.
   *
   * <p>CloudFormation property {@code MaintenanceWindowStartTime}.
   */
  public Broker maintenanceWindowStartTime(Value<MaintenanceWindow> value) {
    return set("MaintenanceWindowStartTime", value);
  }

  /**
   * Enables connections from applications outside of the VPC that hosts the broker's subnets. Set
   * to <code>false</code> by default, if no value is provided.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * PubliclyAccessible}.
   */
  public Broker publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public Broker publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * The ARNs of the resource shares to be associated with the broker.
   *
   * <p>Pattern: {@code ^arn:.*}. CloudFormation property {@code ResourceShareArns}.
   */
  public Broker resourceShareArns(List<String> value) {
    return set("ResourceShareArns", Value.listOf(value));
  }

  /** Sets {@code ResourceShareArns} to this value; see {@link #resourceShareArns(List)}. */
  public Broker resourceShareArns(Value<List<String>> value) {
    return set("ResourceShareArns", value);
  }

  /**
   * The list of rules (1 minimum, 125 maximum) that authorize connections to brokers.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroups}.
   */
  public Broker securityGroups(List<String> value) {
    return set("SecurityGroups", Value.listOf(value));
  }

  /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
  public Broker securityGroups(Value<List<String>> value) {
    return set("SecurityGroups", value);
  }

  /**
   * The broker's storage size in GB.
   *
   * <p>CloudFormation property {@code StorageSize}.
   */
  public Broker storageSize(int value) {
    return set("StorageSize", Value.of(value));
  }

  /** Sets {@code StorageSize} to this value; see {@link #storageSize(int)}. */
  public Broker storageSize(Value<Integer> value) {
    return set("StorageSize", value);
  }

  /**
   * The broker's storage type.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StorageType}.
   */
  public Broker storageType(String value) {
    return set("StorageType", Value.of(value));
  }

  /** Sets {@code StorageType} to this value; see {@link #storageType(String)}. */
  public Broker storageType(Value<String> value) {
    return set("StorageType", value);
  }

  /**
   * The list of groups that define which subnets and IP ranges the broker can use from different
   * Availability Zones. If you specify more than one subnet, the subnets must be in different
   * Availability Zones. Amazon MQ will not be able to create VPC endpoints for your broker with
   * multiple subnets in the same Availability Zone. A SINGLE_INSTANCE deployment requires one
   * subnet (for example, the default subnet). An ACTIVE_STANDBY_MULTI_AZ Amazon MQ for ActiveMQ
   * deployment requires two subnets. A CLUSTER_MULTI_AZ Amazon MQ for RabbitMQ deployment has no
   * subnet requirements when deployed with public accessibility. Deployment without public
   * accessibility requires at least one subnet.
   *
   * <p>If you specify subnets in a <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-sharing.html">shared VPC</a> for a
   * RabbitMQ broker, the associated VPC to which the specified subnets belong must be owned by your
   * AWS account . Amazon MQ will not be able to create VPC endpoints in VPCs that are not owned by
   * your AWS account .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SubnetIds}.
   */
  public Broker subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public Broker subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Create tags when creating the broker.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Broker tags(List<TagsEntry> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Broker tags(Value<List<TagsEntry>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Broker tags(TagsEntry... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Broker tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The list of broker users (persons or applications) who can access queues and topics. For Amazon
   * MQ for RabbitMQ brokers, one and only one administrative user is accepted and created when a
   * broker is first provisioned. All subsequent broker users are created by making RabbitMQ API
   * calls directly to brokers or via the RabbitMQ web console.
   *
   * <p>When OAuth 2.0 is enabled, the broker accepts one or no users.
   *
   * <p>CloudFormation property {@code Users}.
   */
  public Broker users(List<User> value) {
    return set("Users", Value.listOf(value));
  }

  /** Sets {@code Users} to this value; see {@link #users(List)}. */
  public Broker users(Value<List<User>> value) {
    return set("Users", value);
  }

  /** Sets {@code Users} to a list of these; see {@link #users(List)}. */
  public Broker users(User... values) {
    return set("Users", Value.list(values));
  }

  /**
   * The AMQP endpoints of each broker instance as a list of strings.
   *
   * <p><code>amqp+ssl://b-4aada85d-a80c-4be0-9d30-e344a01b921e-1.mq.eu-central-amazonaws.com:5671</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code AmqpEndpoints}.
   */
  public Value<List<String>> amqpEndpoints() {
    return getAtt("AmqpEndpoints");
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon MQ broker.
   *
   * <p><code>arn:aws:mq:us-east-2:123456789012:broker:MyBroker:b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique ID that Amazon MQ generates for the configuration.
   *
   * <p><code>c-1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfigurationId}.
   */
  public Value<String> configurationId() {
    return getAtt("ConfigurationId");
  }

  /**
   * The revision number of the configuration.
   *
   * <p><code>1</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfigurationRevision}.
   */
  public Value<String> configurationRevision() {
    return getAtt("ConfigurationRevision");
  }

  /** {@code Fn::GetAtt} attribute {@code ConsoleURLs}. */
  public Value<List<String>> consoleURLs() {
    return getAtt("ConsoleURLs");
  }

  /**
   * The version in use. This may have more precision than the specified EngineVersion.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EngineVersionCurrent}.
   */
  public Value<String> engineVersionCurrent() {
    return getAtt("EngineVersionCurrent");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The IP addresses of each broker instance as a list of strings. Does not apply to RabbitMQ
   * brokers.
   *
   * <p><code>['198.51.100.2', '203.0.113.9']</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpAddresses}.
   */
  public Value<List<String>> ipAddresses() {
    return getAtt("IpAddresses");
  }

  /**
   * The MQTT endpoints of each broker instance as a list of strings.
   *
   * <p><code>mqtt+ssl://b-4aada85d-a80c-4be0-9d30-e344a01b921e-1.mq.eu-central-amazonaws.com:8883</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code MqttEndpoints}.
   */
  public Value<List<String>> mqttEndpoints() {
    return getAtt("MqttEndpoints");
  }

  /**
   * The OpenWire endpoints of each broker instance as a list of strings.
   *
   * <p><code>ssl://b-4aada85d-a80c-4be0-9d30-e344a01b921e-1.mq.eu-central-amazonaws.com:61617</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code OpenWireEndpoints}.
   */
  public Value<List<String>> openWireEndpoints() {
    return getAtt("OpenWireEndpoints");
  }

  /**
   * The STOMP endpoints of each broker instance as a list of strings.
   *
   * <p><code>stomp+ssl://b-4aada85d-a80c-4be0-9d30-e344a01b921e-1.mq.eu-central-amazonaws.com:61614</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code StompEndpoints}.
   */
  public Value<List<String>> stompEndpoints() {
    return getAtt("StompEndpoints");
  }

  /**
   * The WSS endpoints of each broker instance as a list of strings.
   *
   * <p><code>wss://b-4aada85d-a80c-4be0-9d30-e344a01b921e-1.mq.eu-central-amazonaws.com:61619</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code WssEndpoints}.
   */
  public Value<List<String>> wssEndpoints() {
    return getAtt("WssEndpoints");
  }

  /**
   * A list of information about the configuration.
   *
   * <p>Property type {@code AWS::AmazonMQ::Broker.ConfigurationId}.
   */
  public static final class ConfigurationId extends Struct<ConfigurationId> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmazonMQ::Broker.ConfigurationId")
        .required("Id", "Revision")
        .build();

    public ConfigurationId() {
      super(SCHEMA);
    }

    /**
     * Required. The unique ID that Amazon MQ generates for the configuration.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public ConfigurationId id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public ConfigurationId id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The revision number of the configuration.
     *
     * <p>Required. CloudFormation property {@code Revision}.
     */
    public ConfigurationId revision(int value) {
      return set("Revision", Value.of(value));
    }

    /** Sets {@code Revision} to this value; see {@link #revision(int)}. */
    public ConfigurationId revision(Value<Integer> value) {
      return set("Revision", value);
    }
  }

  /**
   * Encryption options for the broker.
   *
   * <p>Property type {@code AWS::AmazonMQ::Broker.EncryptionOptions}.
   */
  public static final class EncryptionOptions extends Struct<EncryptionOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmazonMQ::Broker.EncryptionOptions")
        .required("UseAwsOwnedKey")
        .build();

    public EncryptionOptions() {
      super(SCHEMA);
    }

    /**
     * The customer master key (CMK) to use for the A AWS (KMS). This key is used to encrypt your
     * data at rest. If not provided, Amazon MQ will use a default CMK to encrypt your data.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public EncryptionOptions kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EncryptionOptions kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * Enables the use of an AWS owned CMK using AWS (KMS). Set to <code>true</code> by default, if
     * no value is provided, for example, for RabbitMQ brokers.
     *
     * <p>Required. CloudFormation property {@code UseAwsOwnedKey}.
     */
    public EncryptionOptions useAwsOwnedKey(boolean value) {
      return set("UseAwsOwnedKey", Value.of(value));
    }

    /** Sets {@code UseAwsOwnedKey} to this value; see {@link #useAwsOwnedKey(boolean)}. */
    public EncryptionOptions useAwsOwnedKey(Value<Boolean> value) {
      return set("UseAwsOwnedKey", value);
    }
  }

  /**
   * Optional. The metadata of the LDAP server used to authenticate and authorize connections to the
   * broker. Does not apply to RabbitMQ brokers.
   *
   * <p>Property type {@code AWS::AmazonMQ::Broker.LdapServerMetadata}.
   */
  public static final class LdapServerMetadata extends Struct<LdapServerMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmazonMQ::Broker.LdapServerMetadata")
        .required("Hosts", "RoleBase", "RoleSearchMatching", "ServiceAccountUsername", "UserBase",
            "UserSearchMatching")
        .build();

    public LdapServerMetadata() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Hosts}. */
    public LdapServerMetadata hosts(List<String> value) {
      return set("Hosts", Value.listOf(value));
    }

    /** Sets {@code Hosts} to this value; see {@link #hosts(List)}. */
    public LdapServerMetadata hosts(Value<List<String>> value) {
      return set("Hosts", value);
    }

    /** Required. CloudFormation property {@code RoleBase}. */
    public LdapServerMetadata roleBase(String value) {
      return set("RoleBase", Value.of(value));
    }

    /** Sets {@code RoleBase} to this value; see {@link #roleBase(String)}. */
    public LdapServerMetadata roleBase(Value<String> value) {
      return set("RoleBase", value);
    }

    /** CloudFormation property {@code RoleName}. */
    public LdapServerMetadata roleName(String value) {
      return set("RoleName", Value.of(value));
    }

    /** Sets {@code RoleName} to this value; see {@link #roleName(String)}. */
    public LdapServerMetadata roleName(Value<String> value) {
      return set("RoleName", value);
    }

    /** Required. CloudFormation property {@code RoleSearchMatching}. */
    public LdapServerMetadata roleSearchMatching(String value) {
      return set("RoleSearchMatching", Value.of(value));
    }

    /** Sets {@code RoleSearchMatching} to this value; see {@link #roleSearchMatching(String)}. */
    public LdapServerMetadata roleSearchMatching(Value<String> value) {
      return set("RoleSearchMatching", value);
    }

    /** CloudFormation property {@code RoleSearchSubtree}. */
    public LdapServerMetadata roleSearchSubtree(boolean value) {
      return set("RoleSearchSubtree", Value.of(value));
    }

    /** Sets {@code RoleSearchSubtree} to this value; see {@link #roleSearchSubtree(boolean)}. */
    public LdapServerMetadata roleSearchSubtree(Value<Boolean> value) {
      return set("RoleSearchSubtree", value);
    }

    /** CloudFormation property {@code ServiceAccountPassword}. */
    public LdapServerMetadata serviceAccountPassword(String value) {
      return set("ServiceAccountPassword", Value.of(value));
    }

    /**
     * Sets {@code ServiceAccountPassword} to this value; see {@link
     * #serviceAccountPassword(String)}.
     */
    public LdapServerMetadata serviceAccountPassword(Value<String> value) {
      return set("ServiceAccountPassword", value);
    }

    /** Required. CloudFormation property {@code ServiceAccountUsername}. */
    public LdapServerMetadata serviceAccountUsername(String value) {
      return set("ServiceAccountUsername", Value.of(value));
    }

    /**
     * Sets {@code ServiceAccountUsername} to this value; see {@link
     * #serviceAccountUsername(String)}.
     */
    public LdapServerMetadata serviceAccountUsername(Value<String> value) {
      return set("ServiceAccountUsername", value);
    }

    /** Required. CloudFormation property {@code UserBase}. */
    public LdapServerMetadata userBase(String value) {
      return set("UserBase", Value.of(value));
    }

    /** Sets {@code UserBase} to this value; see {@link #userBase(String)}. */
    public LdapServerMetadata userBase(Value<String> value) {
      return set("UserBase", value);
    }

    /** CloudFormation property {@code UserRoleName}. */
    public LdapServerMetadata userRoleName(String value) {
      return set("UserRoleName", Value.of(value));
    }

    /** Sets {@code UserRoleName} to this value; see {@link #userRoleName(String)}. */
    public LdapServerMetadata userRoleName(Value<String> value) {
      return set("UserRoleName", value);
    }

    /** Required. CloudFormation property {@code UserSearchMatching}. */
    public LdapServerMetadata userSearchMatching(String value) {
      return set("UserSearchMatching", Value.of(value));
    }

    /** Sets {@code UserSearchMatching} to this value; see {@link #userSearchMatching(String)}. */
    public LdapServerMetadata userSearchMatching(Value<String> value) {
      return set("UserSearchMatching", value);
    }

    /** CloudFormation property {@code UserSearchSubtree}. */
    public LdapServerMetadata userSearchSubtree(boolean value) {
      return set("UserSearchSubtree", Value.of(value));
    }

    /** Sets {@code UserSearchSubtree} to this value; see {@link #userSearchSubtree(boolean)}. */
    public LdapServerMetadata userSearchSubtree(Value<Boolean> value) {
      return set("UserSearchSubtree", value);
    }
  }

  /**
   * The list of information about logs to be enabled for the specified broker.
   *
   * <p>Property type {@code AWS::AmazonMQ::Broker.LogList}.
   */
  public static final class LogList extends Struct<LogList> {
    private static final Schema SCHEMA = Schema.of("AWS::AmazonMQ::Broker.LogList");

    public LogList() {
      super(SCHEMA);
    }

    /**
     * Enables audit logging. Every user management action made using JMX or the ActiveMQ Web
     * Console is logged. Does not apply to RabbitMQ brokers.
     *
     * <p>CloudFormation property {@code Audit}.
     */
    public LogList audit(boolean value) {
      return set("Audit", Value.of(value));
    }

    /** Sets {@code Audit} to this value; see {@link #audit(boolean)}. */
    public LogList audit(Value<Boolean> value) {
      return set("Audit", value);
    }

    /**
     * Enables general logging.
     *
     * <p>CloudFormation property {@code General}.
     */
    public LogList general(boolean value) {
      return set("General", Value.of(value));
    }

    /** Sets {@code General} to this value; see {@link #general(boolean)}. */
    public LogList general(Value<Boolean> value) {
      return set("General", value);
    }
  }

  /**
   * The parameters that determine the WeeklyStartTime.
   *
   * <p>Property type {@code AWS::AmazonMQ::Broker.MaintenanceWindow}.
   */
  public static final class MaintenanceWindow extends Struct<MaintenanceWindow> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmazonMQ::Broker.MaintenanceWindow")
        .required("DayOfWeek", "TimeOfDay", "TimeZone")
        .constrain("TimeOfDay", Constraint.of().pattern("^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$"))
        .build();

    public MaintenanceWindow() {
      super(SCHEMA);
    }

    /**
     * Required. The day of the week.
     *
     * <p>Required. CloudFormation property {@code DayOfWeek}.
     */
    public MaintenanceWindow dayOfWeek(String value) {
      return set("DayOfWeek", Value.of(value));
    }

    /** Sets {@code DayOfWeek} to this value; see {@link #dayOfWeek(String)}. */
    public MaintenanceWindow dayOfWeek(Value<String> value) {
      return set("DayOfWeek", value);
    }

    /**
     * Required. The time, in 24-hour format.
     *
     * <p>Required. Pattern: {@code ^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$}. CloudFormation property
     * {@code TimeOfDay}.
     */
    public MaintenanceWindow timeOfDay(String value) {
      return set("TimeOfDay", Value.of(value));
    }

    /** Sets {@code TimeOfDay} to this value; see {@link #timeOfDay(String)}. */
    public MaintenanceWindow timeOfDay(Value<String> value) {
      return set("TimeOfDay", value);
    }

    /**
     * The time zone, UTC by default, in either the Country/City format, or the UTC offset format.
     *
     * <p>Required. CloudFormation property {@code TimeZone}.
     */
    public MaintenanceWindow timeZone(String value) {
      return set("TimeZone", Value.of(value));
    }

    /** Sets {@code TimeZone} to this value; see {@link #timeZone(String)}. */
    public MaintenanceWindow timeZone(Value<String> value) {
      return set("TimeZone", value);
    }
  }

  /**
   * Create tags when creating the broker.
   *
   * <p>Property type {@code AWS::AmazonMQ::Broker.TagsEntry}.
   */
  public static final class TagsEntry extends Struct<TagsEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmazonMQ::Broker.TagsEntry")
        .required("Key", "Value")
        .build();

    public TagsEntry() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Key}. */
    public TagsEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsEntry key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. CloudFormation property {@code Value}. */
    public TagsEntry value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsEntry value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The list of broker users (persons or applications) who can access queues and topics. For Amazon
   * MQ for RabbitMQ brokers, one and only one administrative user is accepted and created when a
   * broker is first provisioned. All subsequent broker users are created by making RabbitMQ API
   * calls directly to brokers or via the RabbitMQ web console.
   *
   * <p>When OAuth 2.0 is enabled, the broker accepts one or no users.
   *
   * <p>Property type {@code AWS::AmazonMQ::Broker.User}.
   */
  public static final class User extends Struct<User> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmazonMQ::Broker.User")
        .required("Password", "Username")
        .constrain("Groups", Constraint.of().pattern("^[A-Za-z0-9._~-]{2,100}$"))
        .constrain("Password", Constraint.of().pattern("^[^,:=]+$").minLength(12))
        .constrain("Username", Constraint.of().pattern("^[A-Za-z0-9_.~-]{2,100}$"))
        .build();

    public User() {
      super(SCHEMA);
    }

    /**
     * Enables access to the ActiveMQ Web Console for the ActiveMQ user. Does not apply to RabbitMQ
     * brokers.
     *
     * <p>CloudFormation property {@code ConsoleAccess}.
     */
    public User consoleAccess(boolean value) {
      return set("ConsoleAccess", Value.of(value));
    }

    /** Sets {@code ConsoleAccess} to this value; see {@link #consoleAccess(boolean)}. */
    public User consoleAccess(Value<Boolean> value) {
      return set("ConsoleAccess", value);
    }

    /**
     * The list of groups (20 maximum) to which the ActiveMQ user belongs. This value can contain
     * only alphanumeric characters, dashes, periods, underscores, and tildes (- . _ ~). This value
     * must be 2-100 characters long. Does not apply to RabbitMQ brokers.
     *
     * <p>Pattern: {@code ^[A-Za-z0-9._~-]{2,100}$}. CloudFormation property {@code Groups}.
     */
    public User groups(List<String> value) {
      return set("Groups", Value.listOf(value));
    }

    /** Sets {@code Groups} to this value; see {@link #groups(List)}. */
    public User groups(Value<List<String>> value) {
      return set("Groups", value);
    }

    /**
     * Required. The password of the user. This value must be at least 12 characters long, must
     * contain at least 4 unique characters, and must not contain commas, colons, or equal signs
     * (,:=).
     *
     * <p>Required. Length: at least 12 characters. Pattern: {@code ^[^,:=]+$}. CloudFormation
     * property {@code Password}.
     */
    public User password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public User password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * Defines if this user is intended for CRDR replication purposes.
     *
     * <p>CloudFormation property {@code ReplicationUser}.
     */
    public User replicationUser(boolean value) {
      return set("ReplicationUser", Value.of(value));
    }

    /** Sets {@code ReplicationUser} to this value; see {@link #replicationUser(boolean)}. */
    public User replicationUser(Value<Boolean> value) {
      return set("ReplicationUser", value);
    }

    /**
     * The username of the broker user. The following restrictions apply to broker usernames:
     *
     * <ul> <li>For Amazon MQ for ActiveMQ brokers, this value can contain only alphanumeric
     * characters, dashes, periods, underscores, and tildes (- . _ ~). This value must be 2-100
     * characters long. <li>For Amazon MQ for RabbitMQ brokers, this value can contain only
     * alphanumeric characters, dashes, periods, underscores (- . _). This value must not contain a
     * tilde (~) character. Amazon MQ prohibts using <code>guest</code> as a valid usename. This
     * value must be 2-100 characters long. </ul>
     *
     * <p>Do not add personally identifiable information (PII) or other confidential or sensitive
     * information in broker usernames. Broker usernames are accessible to other AWS services,
     * including CloudWatch Logs . Broker usernames are not intended to be used for private or
     * sensitive data.
     *
     * <p>Required. Pattern: {@code ^[A-Za-z0-9_.~-]{2,100}$}. CloudFormation property {@code
     * Username}.
     */
    public User username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public User username(Value<String> value) {
      return set("Username", value);
    }
  }
}
