// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicediscovery;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a private namespace based on DNS, which is visible only inside a specified Amazon VPC.
 * The namespace defines your service naming scheme. For example, if you name your namespace
 * <code>example.com</code> and name your service <code>backend</code> , the resulting DNS name for
 * the service is <code>backend.example.com</code> . Service instances that are registered using a
 * private DNS namespace can be discovered using either a <code>DiscoverInstances</code> request or
 * using DNS. For the current quota on the number of namespaces that you can create using the same
 * AWS account , see <a
 * href="https://docs.aws.amazon.com/cloud-map/latest/dg/cloud-map-limits.html">AWS Cloud Map
 * quotas</a> in the <em>AWS Cloud Map Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ServiceDiscovery::PrivateDnsNamespace}.
 */
public final class PrivateDnsNamespace extends Resource<PrivateDnsNamespace> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceDiscovery::PrivateDnsNamespace")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^(?!arn:)[!-~]{1,253}$").minLength(1).maxLength(1024))
      .constrain("Vpc", Constraint.of().minLength(0).maxLength(64))
      .refYields("Id")
      .attributes("Arn", "HostedZoneId", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PrivateDnsNamespace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the namespace.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public PrivateDnsNamespace description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PrivateDnsNamespace description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name that you want to assign to this namespace. When you create a private DNS namespace,
   * AWS Cloud Map automatically creates an Amazon Route 53 private hosted zone that has the same
   * name as the namespace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * ^(?!arn:)[!-~]{1,253}$}. CloudFormation property {@code Name}.
   */
  public PrivateDnsNamespace name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PrivateDnsNamespace name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Properties for the private DNS namespace.
   *
   * <p>CloudFormation property {@code Properties}.
   */
  public PrivateDnsNamespace propertiesProperty(Value<Properties> value) {
    return set("Properties", value);
  }

  /**
   * The tags for the namespace. Each tag consists of a key and an optional value, both of which you
   * define. Tag keys can have a maximum character length of 128 characters, and tag values can have
   * a maximum length of 256 characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PrivateDnsNamespace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PrivateDnsNamespace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PrivateDnsNamespace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the Amazon VPC that you want to associate the namespace with.
   *
   * <p>Changing it replaces the resource. Length: 0 to 64 characters. CloudFormation property
   * {@code Vpc}.
   */
  public PrivateDnsNamespace vpc(String value) {
    return set("Vpc", Value.of(value));
  }

  /** Sets {@code Vpc} to this value; see {@link #vpc(String)}. */
  public PrivateDnsNamespace vpc(Value<String> value) {
    return set("Vpc", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the private namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID for the Route 53 hosted zone that AWS Cloud Map creates when you create a namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HostedZoneId}.
   */
  public Value<String> hostedZoneId() {
    return getAtt("HostedZoneId");
  }

  /**
   * The ID of the private namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * DNS properties for the private DNS namespace.
   *
   * <p>Property type {@code
   * AWS::ServiceDiscovery::PrivateDnsNamespace.PrivateDnsPropertiesMutable}.
   */
  public static final class PrivateDnsPropertiesMutable extends Struct<PrivateDnsPropertiesMutable> {
    private static final Schema SCHEMA = Schema.of("AWS::ServiceDiscovery::PrivateDnsNamespace.PrivateDnsPropertiesMutable");

    public PrivateDnsPropertiesMutable() {
      super(SCHEMA);
    }

    /**
     * Fields for the Start of Authority (SOA) record for the hosted zone for the private DNS
     * namespace.
     *
     * <p>CloudFormation property {@code SOA}.
     */
    public PrivateDnsPropertiesMutable soa(Value<SOA> value) {
      return set("SOA", value);
    }
  }

  /**
   * Properties for the private DNS namespace.
   *
   * <p>Property type {@code AWS::ServiceDiscovery::PrivateDnsNamespace.Properties}.
   */
  public static final class Properties extends Struct<Properties> {
    private static final Schema SCHEMA = Schema.of("AWS::ServiceDiscovery::PrivateDnsNamespace.Properties");

    public Properties() {
      super(SCHEMA);
    }

    /**
     * DNS properties for the private DNS namespace.
     *
     * <p>CloudFormation property {@code DnsProperties}.
     */
    public Properties dnsProperties(Value<PrivateDnsPropertiesMutable> value) {
      return set("DnsProperties", value);
    }
  }

  /**
   * Start of Authority (SOA) properties for a public or private DNS namespace.
   *
   * <p>Property type {@code AWS::ServiceDiscovery::PrivateDnsNamespace.SOA}.
   */
  public static final class SOA extends Struct<SOA> {
    private static final Schema SCHEMA = Schema.builder("AWS::ServiceDiscovery::PrivateDnsNamespace.SOA")
        .constrain("TTL", Constraint.of().minimum(0).maximum(2147483647))
        .build();

    public SOA() {
      super(SCHEMA);
    }

    /**
     * The time to live (TTL) for purposes of negative caching.
     *
     * <p>Range: 0 to 2147483647. CloudFormation property {@code TTL}.
     */
    public SOA ttl(double value) {
      return set("TTL", Value.of(value));
    }

    /** Sets {@code TTL} to this value; see {@link #ttl(double)}. */
    public SOA ttl(Value<Double> value) {
      return set("TTL", value);
    }
  }
}
