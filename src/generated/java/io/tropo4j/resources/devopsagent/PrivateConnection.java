// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devopsagent;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::DevOpsAgent::PrivateConnection
 *
 * <p>CloudFormation type {@code AWS::DevOpsAgent::PrivateConnection}.
 */
public final class PrivateConnection extends Resource<PrivateConnection> {
  private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::PrivateConnection")
      .required("ConnectionConfiguration", "Name")
      .constrain("Certificate", Constraint.of().minLength(1).maxLength(32768))
      .constrain("Name", Constraint.of().pattern("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$").minLength(3).maxLength(30))
      .refYields("Name")
      .attributes("Arn", "CertificateExpiryTime", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PrivateConnection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Certificate for the Private Connection.
   *
   * <p>Length: 1 to 32768 characters. CloudFormation property {@code Certificate}.
   */
  public PrivateConnection certificate(String value) {
    return set("Certificate", Value.of(value));
  }

  /** Sets {@code Certificate} to this value; see {@link #certificate(String)}. */
  public PrivateConnection certificate(Value<String> value) {
    return set("Certificate", value);
  }

  /**
   * The connection configuration, either SelfManaged or ServiceManaged.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ConnectionConfiguration}.
   */
  public PrivateConnection connectionConfiguration(Value<ConnectionConfiguration> value) {
    return set("ConnectionConfiguration", value);
  }

  /**
   * Unique name for this Private Connection within the account.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 30 characters. Pattern: {@code
   * ^[a-z0-9]([a-z0-9-]*[a-z0-9])?$}. CloudFormation property {@code Name}.
   */
  public PrivateConnection name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PrivateConnection name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PrivateConnection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PrivateConnection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PrivateConnection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Private Connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The expiry time of the certificate associated with the Private Connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CertificateExpiryTime}.
   */
  public Value<String> certificateExpiryTime() {
    return getAtt("CertificateExpiryTime");
  }

  /**
   * The status of the Private Connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** Property type {@code AWS::DevOpsAgent::PrivateConnection.ConnectionConfiguration}. */
  public static final class ConnectionConfiguration extends Struct<ConnectionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::DevOpsAgent::PrivateConnection.ConnectionConfiguration");

    public ConnectionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for a self-managed Private Connection.
     *
     * <p>CloudFormation property {@code SelfManaged}.
     */
    public ConnectionConfiguration selfManaged(Value<SelfManagedMode> value) {
      return set("SelfManaged", value);
    }

    /**
     * Configuration for a service-managed Private Connection.
     *
     * <p>CloudFormation property {@code ServiceManaged}.
     */
    public ConnectionConfiguration serviceManaged(Value<ServiceManagedMode> value) {
      return set("ServiceManaged", value);
    }
  }

  /**
   * Configuration for a self-managed Private Connection.
   *
   * <p>Property type {@code AWS::DevOpsAgent::PrivateConnection.SelfManagedMode}.
   */
  public static final class SelfManagedMode extends Struct<SelfManagedMode> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::PrivateConnection.SelfManagedMode")
        .required("ResourceConfigurationId")
        .build();

    public SelfManagedMode() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Resource Configuration.
     *
     * <p>Required. CloudFormation property {@code ResourceConfigurationId}.
     */
    public SelfManagedMode resourceConfigurationId(String value) {
      return set("ResourceConfigurationId", Value.of(value));
    }

    /**
     * Sets {@code ResourceConfigurationId} to this value; see {@link
     * #resourceConfigurationId(String)}.
     */
    public SelfManagedMode resourceConfigurationId(Value<String> value) {
      return set("ResourceConfigurationId", value);
    }
  }

  /**
   * Configuration for a service-managed Private Connection.
   *
   * <p>Property type {@code AWS::DevOpsAgent::PrivateConnection.ServiceManagedMode}.
   */
  public static final class ServiceManagedMode extends Struct<ServiceManagedMode> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::PrivateConnection.ServiceManagedMode")
        .required("HostAddress", "VpcId")
        .allowed("DnsResolution", "PUBLIC", "IN_VPC")
        .allowed("IpAddressType", "IPV4", "IPV6", "DUAL_STACK")
        .build();

    public ServiceManagedMode() {
      super(SCHEMA);
    }

    /**
     * DNS resolution mode for the resource gateway. Defaults to PUBLIC when not set.
     *
     * <p>Allowed values: {@code PUBLIC}, {@code IN_VPC}. CloudFormation property {@code
     * DnsResolution}.
     */
    public ServiceManagedMode dnsResolution(String value) {
      return set("DnsResolution", Value.of(value));
    }

    /** Sets {@code DnsResolution} to this value; see {@link #dnsResolution(String)}. */
    public ServiceManagedMode dnsResolution(Value<String> value) {
      return set("DnsResolution", value);
    }

    /**
     * IP address or DNS name of the target resource.
     *
     * <p>Required. CloudFormation property {@code HostAddress}.
     */
    public ServiceManagedMode hostAddress(String value) {
      return set("HostAddress", Value.of(value));
    }

    /** Sets {@code HostAddress} to this value; see {@link #hostAddress(String)}. */
    public ServiceManagedMode hostAddress(Value<String> value) {
      return set("HostAddress", value);
    }

    /**
     * IP address type of the service-managed Resource Gateway.
     *
     * <p>Allowed values: {@code IPV4}, {@code IPV6}, {@code DUAL_STACK}. CloudFormation property
     * {@code IpAddressType}.
     */
    public ServiceManagedMode ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public ServiceManagedMode ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }

    /**
     * Number of IPv4 addresses in each ENI for the service-managed Resource Gateway.
     *
     * <p>CloudFormation property {@code Ipv4AddressesPerEni}.
     */
    public ServiceManagedMode ipv4AddressesPerEni(int value) {
      return set("Ipv4AddressesPerEni", Value.of(value));
    }

    /** Sets {@code Ipv4AddressesPerEni} to this value; see {@link #ipv4AddressesPerEni(int)}. */
    public ServiceManagedMode ipv4AddressesPerEni(Value<Integer> value) {
      return set("Ipv4AddressesPerEni", value);
    }

    /**
     * TCP port ranges that a consumer can use to access the resource.
     *
     * <p>CloudFormation property {@code PortRanges}.
     */
    public ServiceManagedMode portRanges(List<String> value) {
      return set("PortRanges", Value.listOf(value));
    }

    /** Sets {@code PortRanges} to this value; see {@link #portRanges(List)}. */
    public ServiceManagedMode portRanges(Value<List<String>> value) {
      return set("PortRanges", value);
    }

    /**
     * Security groups to attach to the service-managed Resource Gateway.
     *
     * <p>CloudFormation property {@code SecurityGroupIds}.
     */
    public ServiceManagedMode securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public ServiceManagedMode securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * Subnets that the service-managed Resource Gateway will span.
     *
     * <p>CloudFormation property {@code SubnetIds}.
     */
    public ServiceManagedMode subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public ServiceManagedMode subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * VPC to create the service-managed Resource Gateway in.
     *
     * <p>Required. CloudFormation property {@code VpcId}.
     */
    public ServiceManagedMode vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public ServiceManagedMode vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
