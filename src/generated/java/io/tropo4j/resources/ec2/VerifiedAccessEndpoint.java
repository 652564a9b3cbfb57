// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An AWS Verified Access endpoint specifies the application that AWS Verified Access provides
 * access to. It must be attached to an AWS Verified Access group. An AWS Verified Access endpoint
 * must also have an attached access policy before you attached it to a group.
 *
 * <p>CloudFormation type {@code AWS::EC2::VerifiedAccessEndpoint}.
 */
public final class VerifiedAccessEndpoint extends Resource<VerifiedAccessEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessEndpoint")
      .required("AttachmentType", "EndpointType", "VerifiedAccessGroupId")
      .allowed("AttachmentType", "vpc")
      .allowed("EndpointType", "cidr", "load-balancer", "network-interface", "rds")
      .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .refYields("VerifiedAccessEndpointId")
      .attributes("CreationTime", "DeviceValidationDomain", "EndpointDomain", "LastUpdatedTime",
          "Status", "VerifiedAccessEndpointId", "VerifiedAccessInstanceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VerifiedAccessEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The DNS name for users to reach your application.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ApplicationDomain}.
   */
  public VerifiedAccessEndpoint applicationDomain(String value) {
    return set("ApplicationDomain", Value.of(value));
  }

  /** Sets {@code ApplicationDomain} to this value; see {@link #applicationDomain(String)}. */
  public VerifiedAccessEndpoint applicationDomain(Value<String> value) {
    return set("ApplicationDomain", value);
  }

  /**
   * The type of attachment used to provide connectivity between the AWS Verified Access endpoint
   * and the application.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code vpc}. CloudFormation
   * property {@code AttachmentType}.
   */
  public VerifiedAccessEndpoint attachmentType(String value) {
    return set("AttachmentType", Value.of(value));
  }

  /** Sets {@code AttachmentType} to this value; see {@link #attachmentType(String)}. */
  public VerifiedAccessEndpoint attachmentType(Value<String> value) {
    return set("AttachmentType", value);
  }

  /**
   * The options for a CIDR endpoint.
   *
   * <p>CloudFormation property {@code CidrOptions}.
   */
  public VerifiedAccessEndpoint cidrOptions(Value<CidrOptions> value) {
    return set("CidrOptions", value);
  }

  /**
   * A description for the AWS Verified Access endpoint.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public VerifiedAccessEndpoint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public VerifiedAccessEndpoint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ARN of a public TLS/SSL certificate imported into or created with ACM.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DomainCertificateArn}.
   */
  public VerifiedAccessEndpoint domainCertificateArn(String value) {
    return set("DomainCertificateArn", Value.of(value));
  }

  /** Sets {@code DomainCertificateArn} to this value; see {@link #domainCertificateArn(String)}. */
  public VerifiedAccessEndpoint domainCertificateArn(Value<String> value) {
    return set("DomainCertificateArn", value);
  }

  /**
   * A custom identifier that is prepended to the DNS name that is generated for the endpoint.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EndpointDomainPrefix}.
   */
  public VerifiedAccessEndpoint endpointDomainPrefix(String value) {
    return set("EndpointDomainPrefix", Value.of(value));
  }

  /** Sets {@code EndpointDomainPrefix} to this value; see {@link #endpointDomainPrefix(String)}. */
  public VerifiedAccessEndpoint endpointDomainPrefix(Value<String> value) {
    return set("EndpointDomainPrefix", value);
  }

  /**
   * The type of AWS Verified Access endpoint. Incoming application requests will be sent to an IP
   * address, load balancer or a network interface depending on the endpoint type specified.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code cidr}, {@code
   * load-balancer}, {@code network-interface}, {@code rds}. CloudFormation property {@code
   * EndpointType}.
   */
  public VerifiedAccessEndpoint endpointType(String value) {
    return set("EndpointType", Value.of(value));
  }

  /** Sets {@code EndpointType} to this value; see {@link #endpointType(String)}. */
  public VerifiedAccessEndpoint endpointType(Value<String> value) {
    return set("EndpointType", value);
  }

  /**
   * The load balancer details if creating the AWS Verified Access endpoint as
   * <code>load-balancer</code> type.
   *
   * <p>CloudFormation property {@code LoadBalancerOptions}.
   */
  public VerifiedAccessEndpoint loadBalancerOptions(Value<LoadBalancerOptions> value) {
    return set("LoadBalancerOptions", value);
  }

  /**
   * The options for network-interface type endpoint.
   *
   * <p>CloudFormation property {@code NetworkInterfaceOptions}.
   */
  public VerifiedAccessEndpoint networkInterfaceOptions(Value<NetworkInterfaceOptions> value) {
    return set("NetworkInterfaceOptions", value);
  }

  /**
   * The Verified Access policy document.
   *
   * <p>CloudFormation property {@code PolicyDocument}.
   */
  public VerifiedAccessEndpoint policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public VerifiedAccessEndpoint policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /**
   * The status of the Verified Access policy.
   *
   * <p>CloudFormation property {@code PolicyEnabled}.
   */
  public VerifiedAccessEndpoint policyEnabled(boolean value) {
    return set("PolicyEnabled", Value.of(value));
  }

  /** Sets {@code PolicyEnabled} to this value; see {@link #policyEnabled(boolean)}. */
  public VerifiedAccessEndpoint policyEnabled(Value<Boolean> value) {
    return set("PolicyEnabled", value);
  }

  /**
   * The options for an RDS endpoint.
   *
   * <p>CloudFormation property {@code RdsOptions}.
   */
  public VerifiedAccessEndpoint rdsOptions(Value<RdsOptions> value) {
    return set("RdsOptions", value);
  }

  /**
   * The IDs of the security groups for the endpoint.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
   * CloudFormation property {@code SecurityGroupIds}.
   */
  public VerifiedAccessEndpoint securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public VerifiedAccessEndpoint securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * The options for additional server side encryption.
   *
   * <p>CloudFormation property {@code SseSpecification}.
   */
  public VerifiedAccessEndpoint sseSpecification(Value<SseSpecification> value) {
    return set("SseSpecification", value);
  }

  /**
   * The tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VerifiedAccessEndpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VerifiedAccessEndpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VerifiedAccessEndpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the AWS Verified Access group.
   *
   * <p>Required. CloudFormation property {@code VerifiedAccessGroupId}.
   */
  public VerifiedAccessEndpoint verifiedAccessGroupId(String value) {
    return set("VerifiedAccessGroupId", Value.of(value));
  }

  /**
   * Sets {@code VerifiedAccessGroupId} to this value; see {@link #verifiedAccessGroupId(String)}.
   */
  public VerifiedAccessEndpoint verifiedAccessGroupId(Value<String> value) {
    return set("VerifiedAccessGroupId", value);
  }

  /**
   * The creation time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Use this to construct the redirect URI to add to your OIDC provider's allow list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeviceValidationDomain}.
   */
  public Value<String> deviceValidationDomain() {
    return getAtt("DeviceValidationDomain");
  }

  /**
   * The DNS name generated for the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointDomain}.
   */
  public Value<String> endpointDomain() {
    return getAtt("EndpointDomain");
  }

  /**
   * The last updated time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The endpoint status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The ID of the Verified Access endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VerifiedAccessEndpointId}.
   */
  public Value<String> verifiedAccessEndpointId() {
    return getAtt("VerifiedAccessEndpointId");
  }

  /**
   * The instance identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VerifiedAccessInstanceId}.
   */
  public Value<String> verifiedAccessInstanceId() {
    return getAtt("VerifiedAccessInstanceId");
  }

  /**
   * Describes the CIDR options for a Verified Access endpoint.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessEndpoint.CidrOptions}.
   */
  public static final class CidrOptions extends Struct<CidrOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessEndpoint.CidrOptions")
        .constrain("Cidr", Constraint.of().format("ipv4-network"))
        .allowed("Protocol", "http", "https", "tcp")
        .build();

    public CidrOptions() {
      super(SCHEMA);
    }

    /**
     * The CIDR.
     *
     * <p>Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation property
     * {@code Cidr}.
     */
    public CidrOptions cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public CidrOptions cidr(Value<String> value) {
      return set("Cidr", value);
    }

    /**
     * The port ranges.
     *
     * <p>CloudFormation property {@code PortRanges}.
     */
    public CidrOptions portRanges(List<PortRange> value) {
      return set("PortRanges", Value.listOf(value));
    }

    /** Sets {@code PortRanges} to this value; see {@link #portRanges(List)}. */
    public CidrOptions portRanges(Value<List<PortRange>> value) {
      return set("PortRanges", value);
    }

    /** Sets {@code PortRanges} to a list of these; see {@link #portRanges(List)}. */
    public CidrOptions portRanges(PortRange... values) {
      return set("PortRanges", Value.list(values));
    }

    /**
     * The protocol.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code http}, {@code https}, {@code
     * tcp}. CloudFormation property {@code Protocol}.
     */
    public CidrOptions protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public CidrOptions protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The IDs of the subnets.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SubnetIds}.
     */
    public CidrOptions subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public CidrOptions subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * Describes the load balancer options when creating an AWS Verified Access endpoint using the
   * <code>load-balancer</code> type.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessEndpoint.LoadBalancerOptions}.
   */
  public static final class LoadBalancerOptions extends Struct<LoadBalancerOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessEndpoint.LoadBalancerOptions")
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .allowed("Protocol", "http", "https", "tcp")
        .build();

    public LoadBalancerOptions() {
      super(SCHEMA);
    }

    /**
     * The ARN of the load balancer.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LoadBalancerArn}.
     */
    public LoadBalancerOptions loadBalancerArn(String value) {
      return set("LoadBalancerArn", Value.of(value));
    }

    /** Sets {@code LoadBalancerArn} to this value; see {@link #loadBalancerArn(String)}. */
    public LoadBalancerOptions loadBalancerArn(Value<String> value) {
      return set("LoadBalancerArn", value);
    }

    /**
     * The IP port number.
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code Port}.
     */
    public LoadBalancerOptions port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public LoadBalancerOptions port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The port ranges.
     *
     * <p>CloudFormation property {@code PortRanges}.
     */
    public LoadBalancerOptions portRanges(List<PortRange> value) {
      return set("PortRanges", Value.listOf(value));
    }

    /** Sets {@code PortRanges} to this value; see {@link #portRanges(List)}. */
    public LoadBalancerOptions portRanges(Value<List<PortRange>> value) {
      return set("PortRanges", value);
    }

    /** Sets {@code PortRanges} to a list of these; see {@link #portRanges(List)}. */
    public LoadBalancerOptions portRanges(PortRange... values) {
      return set("PortRanges", Value.list(values));
    }

    /**
     * The IP protocol.
     *
     * <p>Allowed values: {@code http}, {@code https}, {@code tcp}. CloudFormation property {@code
     * Protocol}.
     */
    public LoadBalancerOptions protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public LoadBalancerOptions protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The IDs of the subnets. You can specify only one subnet per Availability Zone.
     *
     * <p>CloudFormation property {@code SubnetIds}.
     */
    public LoadBalancerOptions subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public LoadBalancerOptions subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * Describes the network interface options when creating an AWS Verified Access endpoint using the
   * <code>network-interface</code> type.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessEndpoint.NetworkInterfaceOptions}.
   */
  public static final class NetworkInterfaceOptions extends Struct<NetworkInterfaceOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessEndpoint.NetworkInterfaceOptions")
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .allowed("Protocol", "http", "https", "tcp")
        .build();

    public NetworkInterfaceOptions() {
      super(SCHEMA);
    }

    /**
     * The ID of the network interface.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NetworkInterfaceId}.
     */
    public NetworkInterfaceOptions networkInterfaceId(String value) {
      return set("NetworkInterfaceId", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
    public NetworkInterfaceOptions networkInterfaceId(Value<String> value) {
      return set("NetworkInterfaceId", value);
    }

    /**
     * The IP port number.
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code Port}.
     */
    public NetworkInterfaceOptions port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public NetworkInterfaceOptions port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The port ranges.
     *
     * <p>CloudFormation property {@code PortRanges}.
     */
    public NetworkInterfaceOptions portRanges(List<PortRange> value) {
      return set("PortRanges", Value.listOf(value));
    }

    /** Sets {@code PortRanges} to this value; see {@link #portRanges(List)}. */
    public NetworkInterfaceOptions portRanges(Value<List<PortRange>> value) {
      return set("PortRanges", value);
    }

    /** Sets {@code PortRanges} to a list of these; see {@link #portRanges(List)}. */
    public NetworkInterfaceOptions portRanges(PortRange... values) {
      return set("PortRanges", Value.list(values));
    }

    /**
     * The IP protocol.
     *
     * <p>Allowed values: {@code http}, {@code https}, {@code tcp}. CloudFormation property {@code
     * Protocol}.
     */
    public NetworkInterfaceOptions protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public NetworkInterfaceOptions protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }

  /**
   * Describes the port range for a Verified Access endpoint.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessEndpoint.PortRange}.
   */
  public static final class PortRange extends Struct<PortRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessEndpoint.PortRange")
        .constrain("FromPort", Constraint.of().minimum(1).maximum(65535))
        .constrain("ToPort", Constraint.of().minimum(1).maximum(65535))
        .build();

    public PortRange() {
      super(SCHEMA);
    }

    /**
     * The start of the port range.
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code FromPort}.
     */
    public PortRange fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
    public PortRange fromPort(Value<Integer> value) {
      return set("FromPort", value);
    }

    /**
     * The end of the port range.
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code ToPort}.
     */
    public PortRange toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
    public PortRange toPort(Value<Integer> value) {
      return set("ToPort", value);
    }
  }

  /**
   * Describes the RDS options for a Verified Access endpoint.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessEndpoint.RdsOptions}.
   */
  public static final class RdsOptions extends Struct<RdsOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessEndpoint.RdsOptions")
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .allowed("Protocol", "http", "https", "tcp")
        .build();

    public RdsOptions() {
      super(SCHEMA);
    }

    /**
     * The port.
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code Port}.
     */
    public RdsOptions port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public RdsOptions port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The protocol.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code http}, {@code https}, {@code
     * tcp}. CloudFormation property {@code Protocol}.
     */
    public RdsOptions protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public RdsOptions protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The ARN of the DB cluster.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RdsDbClusterArn}.
     */
    public RdsOptions rdsDbClusterArn(String value) {
      return set("RdsDbClusterArn", Value.of(value));
    }

    /** Sets {@code RdsDbClusterArn} to this value; see {@link #rdsDbClusterArn(String)}. */
    public RdsOptions rdsDbClusterArn(Value<String> value) {
      return set("RdsDbClusterArn", value);
    }

    /**
     * The ARN of the RDS instance.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RdsDbInstanceArn}.
     */
    public RdsOptions rdsDbInstanceArn(String value) {
      return set("RdsDbInstanceArn", Value.of(value));
    }

    /** Sets {@code RdsDbInstanceArn} to this value; see {@link #rdsDbInstanceArn(String)}. */
    public RdsOptions rdsDbInstanceArn(Value<String> value) {
      return set("RdsDbInstanceArn", value);
    }

    /**
     * The ARN of the RDS proxy.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code RdsDbProxyArn}.
     */
    public RdsOptions rdsDbProxyArn(String value) {
      return set("RdsDbProxyArn", Value.of(value));
    }

    /** Sets {@code RdsDbProxyArn} to this value; see {@link #rdsDbProxyArn(String)}. */
    public RdsOptions rdsDbProxyArn(Value<String> value) {
      return set("RdsDbProxyArn", value);
    }

    /**
     * The RDS endpoint.
     *
     * <p>CloudFormation property {@code RdsEndpoint}.
     */
    public RdsOptions rdsEndpoint(String value) {
      return set("RdsEndpoint", Value.of(value));
    }

    /** Sets {@code RdsEndpoint} to this value; see {@link #rdsEndpoint(String)}. */
    public RdsOptions rdsEndpoint(Value<String> value) {
      return set("RdsEndpoint", value);
    }

    /**
     * The IDs of the subnets. You can specify only one subnet per Availability Zone.
     *
     * <p>CloudFormation property {@code SubnetIds}.
     */
    public RdsOptions subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public RdsOptions subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * AWS Verified Access provides server side encryption by default to data at rest using AWS -owned
   * KMS keys. You also have the option of using customer managed KMS keys, which can be specified
   * using the options below.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessEndpoint.SseSpecification}.
   */
  public static final class SseSpecification extends Struct<SseSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessEndpoint.SseSpecification")
        .constrain("KmsKeyArn", Constraint.of().format("AWS::KMS::Key.Arn"))
        .build();

    public SseSpecification() {
      super(SCHEMA);
    }

    /**
     * Enable or disable the use of customer managed KMS keys for server side encryption.
     *
     * <p>Valid values: <code>True</code> | <code>False</code>
     *
     * <p>CloudFormation property {@code CustomerManagedKeyEnabled}.
     */
    public SseSpecification customerManagedKeyEnabled(boolean value) {
      return set("CustomerManagedKeyEnabled", Value.of(value));
    }

    /**
     * Sets {@code CustomerManagedKeyEnabled} to this value; see {@link
     * #customerManagedKeyEnabled(boolean)}.
     */
    public SseSpecification customerManagedKeyEnabled(Value<Boolean> value) {
      return set("CustomerManagedKeyEnabled", value);
    }

    /**
     * The ARN of the KMS key.
     *
     * <p>Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public SseSpecification kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public SseSpecification kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }
}
