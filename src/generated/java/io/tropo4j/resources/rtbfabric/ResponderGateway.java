// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rtbfabric;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.certificatemanager.Certificate;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.ec2.VPC;
import java.util.List;

/**
 * Creates a responder gateway.
 *
 * <p>A domain name or managed endpoint is required.
 *
 * <p>CloudFormation type {@code AWS::RTBFabric::ResponderGateway}.
 */
public final class ResponderGateway extends Resource<ResponderGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::ResponderGateway")
      .required("Port", "Protocol", "SecurityGroupIds", "SubnetIds", "VpcId")
      .constrain("AcmCertificateArn", Constraint.of().pattern("arn:(aws|aws-cn|aws-us-gov):acm:([a-z0-9-]+):[0-9]{12}:certificate/.{1,2048}").format("AWS::ACM::Certificate.Arn"))
      .references("AcmCertificateArn", "AWS::CertificateManager::Certificate.Ref")
      .constrain("Description", Constraint.of().pattern("^[A-Za-z0-9 ]+$"))
      .constrain("DomainName", Constraint.of().pattern("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\\.(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?))+$").minLength(1).maxLength(255))
      .allowed("GatewayType", "EXTERNAL", "INTERNAL")
      .constrain("Port", Constraint.of().minimum(1).maximum(65535))
      .allowed("Protocol", "HTTP", "HTTPS")
      .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("SubnetIds", Constraint.of().pattern("^subnet-\\w{8,17}$").minLength(15).maxLength(24))
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .constrain("VpcId", Constraint.of().pattern("^vpc-[a-f0-9]{8,17}$").minLength(5).maxLength(50).format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("Arn")
      .attributes("Arn", "CertificateAssociationStatus", "CreatedTimestamp",
          "ExternalInboundEndpoint", "GatewayId", "ResponderGatewayStatus", "UpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ResponderGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Pattern: {@code arn:(aws|aws-cn|aws-us-gov):acm:([a-z0-9-]+):[0-9]{12}:certificate/.{1,2048}}.
   * Format: {@code AWS::ACM::Certificate.Arn}. CloudFormation property {@code AcmCertificateArn}.
   */
  public ResponderGateway acmCertificateArn(String value) {
    return set("AcmCertificateArn", Value.of(value));
  }

  /** Sets {@code AcmCertificateArn} to this value; see {@link #acmCertificateArn(String)}. */
  public ResponderGateway acmCertificateArn(Value<String> value) {
    return set("AcmCertificateArn", value);
  }

  /**
   * Sets {@code AcmCertificateArn} to the Ref of {@code AWS::CertificateManager::Certificate}; see
   * {@link #acmCertificateArn(String)}.
   */
  public ResponderGateway acmCertificateArn(Certificate resource) {
    return set("AcmCertificateArn", resource.ref());
  }

  /**
   * An optional description for the responder gateway.
   *
   * <p>Pattern: {@code ^[A-Za-z0-9 ]+$}. CloudFormation property {@code Description}.
   */
  public ResponderGateway description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ResponderGateway description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The domain name for the responder gateway.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code
   * ^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:&#92;.(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?))+$}.
   * CloudFormation property {@code DomainName}.
   */
  public ResponderGateway domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public ResponderGateway domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * Allowed values: {@code EXTERNAL}, {@code INTERNAL}. CloudFormation property {@code
   * GatewayType}.
   */
  public ResponderGateway gatewayType(String value) {
    return set("GatewayType", Value.of(value));
  }

  /** Sets {@code GatewayType} to this value; see {@link #gatewayType(String)}. */
  public ResponderGateway gatewayType(Value<String> value) {
    return set("GatewayType", value);
  }

  /** CloudFormation property {@code ListenerConfig}. */
  public ResponderGateway listenerConfig(Value<ListenerConfig> value) {
    return set("ListenerConfig", value);
  }

  /**
   * The configuration for the managed endpoint.
   *
   * <p>CloudFormation property {@code ManagedEndpointConfiguration}.
   */
  public ResponderGateway managedEndpointConfiguration(Value<ManagedEndpointConfiguration> value) {
    return set("ManagedEndpointConfiguration", value);
  }

  /**
   * The networking port to use.
   *
   * <p>Required. Range: 1 to 65535. CloudFormation property {@code Port}.
   */
  public ResponderGateway port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public ResponderGateway port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * The networking protocol to use.
   *
   * <p>Required. Allowed values: {@code HTTP}, {@code HTTPS}. CloudFormation property {@code
   * Protocol}.
   */
  public ResponderGateway protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public ResponderGateway protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /**
   * The unique identifiers of the security groups.
   *
   * <p>Required. CloudFormation property {@code SecurityGroupIds}.
   */
  public ResponderGateway securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public ResponderGateway securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #securityGroupIds(List)}.
   */
  public ResponderGateway securityGroupIds(SecurityGroup... resources) {
    return set("SecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * The unique identifiers of the subnets.
   *
   * <p>Required. Length: 15 to 24 characters. Pattern: {@code ^subnet-&#92;w{8,17}$}.
   * CloudFormation property {@code SubnetIds}.
   */
  public ResponderGateway subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public ResponderGateway subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public ResponderGateway subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * A map of the key-value pairs of the tag or tags to assign to the resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ResponderGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ResponderGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ResponderGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The configuration of the trust store.
   *
   * <p>CloudFormation property {@code TrustStoreConfiguration}.
   */
  public ResponderGateway trustStoreConfiguration(Value<TrustStoreConfiguration> value) {
    return set("TrustStoreConfiguration", value);
  }

  /**
   * The unique identifier of the Virtual Private Cloud (VPC).
   *
   * <p>Required. Length: 5 to 50 characters. Pattern: {@code ^vpc-[a-f0-9]{8,17}$}. Format: {@code
   * AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
   */
  public ResponderGateway vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public ResponderGateway vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public ResponderGateway vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CertificateAssociationStatus}. */
  public Value<String> certificateAssociationStatus() {
    return getAtt("CertificateAssociationStatus");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedTimestamp}. */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /** {@code Fn::GetAtt} attribute {@code ExternalInboundEndpoint}. */
  public Value<String> externalInboundEndpoint() {
    return getAtt("ExternalInboundEndpoint");
  }

  /** {@code Fn::GetAtt} attribute {@code GatewayId}. */
  public Value<String> gatewayId() {
    return getAtt("GatewayId");
  }

  /** {@code Fn::GetAtt} attribute {@code ResponderGatewayStatus}. */
  public Value<String> responderGatewayStatus() {
    return getAtt("ResponderGatewayStatus");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedTimestamp}. */
  public Value<String> updatedTimestamp() {
    return getAtt("UpdatedTimestamp");
  }

  /**
   * Describes the configuration of an auto scaling group.
   *
   * <p>Property type {@code AWS::RTBFabric::ResponderGateway.AutoScalingGroupsConfiguration}.
   */
  public static final class AutoScalingGroupsConfiguration extends Struct<AutoScalingGroupsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::ResponderGateway.AutoScalingGroupsConfiguration")
        .required("AutoScalingGroupNameList", "RoleArn")
        .build();

    public AutoScalingGroupsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The names of the auto scaling group.
     *
     * <p>Required. CloudFormation property {@code AutoScalingGroupNameList}.
     */
    public AutoScalingGroupsConfiguration autoScalingGroupNameList(List<String> value) {
      return set("AutoScalingGroupNameList", Value.listOf(value));
    }

    /**
     * Sets {@code AutoScalingGroupNameList} to this value; see {@link
     * #autoScalingGroupNameList(List)}.
     */
    public AutoScalingGroupsConfiguration autoScalingGroupNameList(Value<List<String>> value) {
      return set("AutoScalingGroupNameList", value);
    }

    /** CloudFormation property {@code HealthCheckConfig}. */
    public AutoScalingGroupsConfiguration healthCheckConfig(Value<HealthCheckConfig> value) {
      return set("HealthCheckConfig", value);
    }

    /**
     * The role ARN of the auto scaling group.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public AutoScalingGroupsConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public AutoScalingGroupsConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * Describes the configuration of an Amazon Elastic Kubernetes Service endpoint.
   *
   * <p>Property type {@code AWS::RTBFabric::ResponderGateway.EksEndpointsConfiguration}.
   */
  public static final class EksEndpointsConfiguration extends Struct<EksEndpointsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::ResponderGateway.EksEndpointsConfiguration")
        .required("ClusterApiServerCaCertificateChain", "ClusterApiServerEndpointUri",
            "ClusterName", "EndpointsResourceName", "EndpointsResourceNamespace", "RoleArn")
        .build();

    public EksEndpointsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The CA certificate chain of the cluster API server.
     *
     * <p>Required. CloudFormation property {@code ClusterApiServerCaCertificateChain}.
     */
    public EksEndpointsConfiguration clusterApiServerCaCertificateChain(String value) {
      return set("ClusterApiServerCaCertificateChain", Value.of(value));
    }

    /**
     * Sets {@code ClusterApiServerCaCertificateChain} to this value; see {@link
     * #clusterApiServerCaCertificateChain(String)}.
     */
    public EksEndpointsConfiguration clusterApiServerCaCertificateChain(Value<String> value) {
      return set("ClusterApiServerCaCertificateChain", value);
    }

    /**
     * The URI of the cluster API server endpoint.
     *
     * <p>Required. CloudFormation property {@code ClusterApiServerEndpointUri}.
     */
    public EksEndpointsConfiguration clusterApiServerEndpointUri(String value) {
      return set("ClusterApiServerEndpointUri", Value.of(value));
    }

    /**
     * Sets {@code ClusterApiServerEndpointUri} to this value; see {@link
     * #clusterApiServerEndpointUri(String)}.
     */
    public EksEndpointsConfiguration clusterApiServerEndpointUri(Value<String> value) {
      return set("ClusterApiServerEndpointUri", value);
    }

    /**
     * The name of the cluster.
     *
     * <p>Required. CloudFormation property {@code ClusterName}.
     */
    public EksEndpointsConfiguration clusterName(String value) {
      return set("ClusterName", Value.of(value));
    }

    /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
    public EksEndpointsConfiguration clusterName(Value<String> value) {
      return set("ClusterName", value);
    }

    /**
     * The name of the endpoint resource.
     *
     * <p>Required. CloudFormation property {@code EndpointsResourceName}.
     */
    public EksEndpointsConfiguration endpointsResourceName(String value) {
      return set("EndpointsResourceName", Value.of(value));
    }

    /**
     * Sets {@code EndpointsResourceName} to this value; see {@link #endpointsResourceName(String)}.
     */
    public EksEndpointsConfiguration endpointsResourceName(Value<String> value) {
      return set("EndpointsResourceName", value);
    }

    /**
     * The namespace of the endpoint resource.
     *
     * <p>Required. CloudFormation property {@code EndpointsResourceNamespace}.
     */
    public EksEndpointsConfiguration endpointsResourceNamespace(String value) {
      return set("EndpointsResourceNamespace", Value.of(value));
    }

    /**
     * Sets {@code EndpointsResourceNamespace} to this value; see {@link
     * #endpointsResourceNamespace(String)}.
     */
    public EksEndpointsConfiguration endpointsResourceNamespace(Value<String> value) {
      return set("EndpointsResourceNamespace", value);
    }

    /**
     * The role ARN for the cluster.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public EksEndpointsConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public EksEndpointsConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /** Property type {@code AWS::RTBFabric::ResponderGateway.HealthCheckConfig}. */
  public static final class HealthCheckConfig extends Struct<HealthCheckConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::ResponderGateway.HealthCheckConfig")
        .required("Path", "Port")
        .allowed("Protocol", "HTTP", "HTTPS")
        .build();

    public HealthCheckConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code HealthyThresholdCount}. */
    public HealthCheckConfig healthyThresholdCount(int value) {
      return set("HealthyThresholdCount", Value.of(value));
    }

    /**
     * Sets {@code HealthyThresholdCount} to this value; see {@link #healthyThresholdCount(int)}.
     */
    public HealthCheckConfig healthyThresholdCount(Value<Integer> value) {
      return set("HealthyThresholdCount", value);
    }

    /** CloudFormation property {@code IntervalSeconds}. */
    public HealthCheckConfig intervalSeconds(int value) {
      return set("IntervalSeconds", Value.of(value));
    }

    /** Sets {@code IntervalSeconds} to this value; see {@link #intervalSeconds(int)}. */
    public HealthCheckConfig intervalSeconds(Value<Integer> value) {
      return set("IntervalSeconds", value);
    }

    /** Required. CloudFormation property {@code Path}. */
    public HealthCheckConfig path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public HealthCheckConfig path(Value<String> value) {
      return set("Path", value);
    }

    /** Required. CloudFormation property {@code Port}. */
    public HealthCheckConfig port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public HealthCheckConfig port(Value<Integer> value) {
      return set("Port", value);
    }

    /** Allowed values: {@code HTTP}, {@code HTTPS}. CloudFormation property {@code Protocol}. */
    public HealthCheckConfig protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public HealthCheckConfig protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /** CloudFormation property {@code StatusCodeMatcher}. */
    public HealthCheckConfig statusCodeMatcher(String value) {
      return set("StatusCodeMatcher", Value.of(value));
    }

    /** Sets {@code StatusCodeMatcher} to this value; see {@link #statusCodeMatcher(String)}. */
    public HealthCheckConfig statusCodeMatcher(Value<String> value) {
      return set("StatusCodeMatcher", value);
    }

    /** CloudFormation property {@code TimeoutMs}. */
    public HealthCheckConfig timeoutMs(int value) {
      return set("TimeoutMs", Value.of(value));
    }

    /** Sets {@code TimeoutMs} to this value; see {@link #timeoutMs(int)}. */
    public HealthCheckConfig timeoutMs(Value<Integer> value) {
      return set("TimeoutMs", value);
    }

    /** CloudFormation property {@code UnhealthyThresholdCount}. */
    public HealthCheckConfig unhealthyThresholdCount(int value) {
      return set("UnhealthyThresholdCount", Value.of(value));
    }

    /**
     * Sets {@code UnhealthyThresholdCount} to this value; see {@link
     * #unhealthyThresholdCount(int)}.
     */
    public HealthCheckConfig unhealthyThresholdCount(Value<Integer> value) {
      return set("UnhealthyThresholdCount", value);
    }
  }

  /** Property type {@code AWS::RTBFabric::ResponderGateway.ListenerConfig}. */
  public static final class ListenerConfig extends Struct<ListenerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::ResponderGateway.ListenerConfig")
        .required("Protocols")
        .allowed("Protocols", "HTTP", "HTTPS")
        .build();

    public ListenerConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code HTTP}, {@code HTTPS}. CloudFormation property {@code
     * Protocols}.
     */
    public ListenerConfig protocols(List<String> value) {
      return set("Protocols", Value.listOf(value));
    }

    /** Sets {@code Protocols} to this value; see {@link #protocols(List)}. */
    public ListenerConfig protocols(Value<List<String>> value) {
      return set("Protocols", value);
    }
  }

  /**
   * Describes the configuration of a managed endpoint.
   *
   * <p>Property type {@code AWS::RTBFabric::ResponderGateway.ManagedEndpointConfiguration}.
   */
  public static final class ManagedEndpointConfiguration extends Struct<ManagedEndpointConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::RTBFabric::ResponderGateway.ManagedEndpointConfiguration");

    public ManagedEndpointConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes the configuration of an auto scaling group.
     *
     * <p>CloudFormation property {@code AutoScalingGroupsConfiguration}.
     */
    public ManagedEndpointConfiguration autoScalingGroupsConfiguration(Value<AutoScalingGroupsConfiguration> value) {
      return set("AutoScalingGroupsConfiguration", value);
    }

    /**
     * Describes the configuration of an Amazon Elastic Kubernetes Service endpoint.
     *
     * <p>CloudFormation property {@code EksEndpointsConfiguration}.
     */
    public ManagedEndpointConfiguration eksEndpointsConfiguration(Value<EksEndpointsConfiguration> value) {
      return set("EksEndpointsConfiguration", value);
    }
  }

  /**
   * Describes the configuration of a trust store.
   *
   * <p>Property type {@code AWS::RTBFabric::ResponderGateway.TrustStoreConfiguration}.
   */
  public static final class TrustStoreConfiguration extends Struct<TrustStoreConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::RTBFabric::ResponderGateway.TrustStoreConfiguration")
        .required("CertificateAuthorityCertificates")
        .constrain("CertificateAuthorityCertificates", Constraint.of().minLength(1).maxLength(2097152))
        .build();

    public TrustStoreConfiguration() {
      super(SCHEMA);
    }

    /**
     * The certificate authority certificate.
     *
     * <p>Required. Length: 1 to 2097152 characters. CloudFormation property {@code
     * CertificateAuthorityCertificates}.
     */
    public TrustStoreConfiguration certificateAuthorityCertificates(List<String> value) {
      return set("CertificateAuthorityCertificates", Value.listOf(value));
    }

    /**
     * Sets {@code CertificateAuthorityCertificates} to this value; see {@link
     * #certificateAuthorityCertificates(List)}.
     */
    public TrustStoreConfiguration certificateAuthorityCertificates(Value<List<String>> value) {
      return set("CertificateAuthorityCertificates", value);
    }
  }
}
