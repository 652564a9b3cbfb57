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
import java.util.Map;

/**
 * A complex type that contains information about the specified service.
 *
 * <p>CloudFormation type {@code AWS::ServiceDiscovery::Service}.
 */
public final class Service extends Resource<Service> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceDiscovery::Service")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^((?=^.{1,127}$)^([a-zA-Z0-9_][a-zA-Z0-9-_]{0,61}[a-zA-Z0-9_]|[a-zA-Z0-9])(\\.([a-zA-Z0-9_][a-zA-Z0-9-_]{0,61}[a-zA-Z0-9_]|[a-zA-Z0-9]))*$)|(^\\.$)$"))
      .constrain("NamespaceId", Constraint.of().minLength(0).maxLength(255))
      .allowed("Type", "HTTP")
      .refYields("Id")
      .attributes("Arn", "Id", "Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Service(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the service.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public Service description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Service description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A complex type that contains information about the Route 53 DNS records that you want AWS Cloud
   * Map to create when you register an instance.
   *
   * <p>The record types of a service can only be changed by deleting the service and recreating it
   * with a new <code>Dnsconfig</code> .
   *
   * <p>CloudFormation property {@code DnsConfig}.
   */
  public Service dnsConfig(Value<DnsConfig> value) {
    return set("DnsConfig", value);
  }

  /**
   * <em>Public DNS and HTTP namespaces only.</em> A complex type that contains settings for an
   * optional health check. If you specify settings for a health check, AWS Cloud Map associates the
   * health check with the records that you specify in <code>DnsConfig</code> .
   *
   * <p>For information about the charges for health checks, see <a
   * href="https://docs.aws.amazon.com/route53/pricing/">Amazon Route 53 Pricing</a> .
   *
   * <p>CloudFormation property {@code HealthCheckConfig}.
   */
  public Service healthCheckConfig(Value<HealthCheckConfig> value) {
    return set("HealthCheckConfig", value);
  }

  /**
   * A complex type that contains information about an optional custom health check.
   *
   * <p>If you specify a health check configuration, you can specify either
   * <code>HealthCheckCustomConfig</code> or <code>HealthCheckConfig</code> but not both.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code HealthCheckCustomConfig}.
   */
  public Service healthCheckCustomConfig(Value<HealthCheckCustomConfig> value) {
    return set("HealthCheckCustomConfig", value);
  }

  /**
   * The name of the service.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^((?=^.{1,127}$)^([a-zA-Z0-9_][a-zA-Z0-9-_]{0,61}[a-zA-Z0-9_]|[a-zA-Z0-9])(&#92;.([a-zA-Z0-9_][a-zA-Z0-9-_]{0,61}[a-zA-Z0-9_]|[a-zA-Z0-9]))*$)|(^&#92;.$)$}.
   * CloudFormation property {@code Name}.
   */
  public Service name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Service name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ID or Amazon Resource Name (ARN) of the namespace that you want to use to create the
   * service. For namespaces shared with your AWS account, specify the namespace ARN. For more
   * information about shared namespaces, see <a
   * href="https://docs.aws.amazon.com/cloud-map/latest/dg/sharing-namespaces.html">Cross-account
   * AWS Cloud Map namespace sharing</a> in the <em>AWS Cloud Map Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. Length: 0 to 255 characters. CloudFormation property
   * {@code NamespaceId}.
   */
  public Service namespaceId(String value) {
    return set("NamespaceId", Value.of(value));
  }

  /** Sets {@code NamespaceId} to this value; see {@link #namespaceId(String)}. */
  public Service namespaceId(Value<String> value) {
    return set("NamespaceId", value);
  }

  /**
   * A complex type that contains information about attributes associated with a specific service.
   *
   * <p>CloudFormation property {@code ServiceAttributes}.
   */
  public Service serviceAttributes(Map<String, String> value) {
    return set("ServiceAttributes", Value.mapOf(value));
  }

  /** Sets {@code ServiceAttributes} to this value; see {@link #serviceAttributes(Map)}. */
  public Service serviceAttributes(Value<Map<String, String>> value) {
    return set("ServiceAttributes", value);
  }

  /**
   * The tags for the service. Each tag consists of a key and an optional value, both of which you
   * define. Tag keys can have a maximum character length of 128 characters, and tag values can have
   * a maximum length of 256 characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Service tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Service tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Service tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * If present, specifies that the service instances are only discoverable using the
   * <code>DiscoverInstances</code> API operation. No DNS records is registered for the service
   * instances. The only valid value is <code>HTTP</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code HTTP}. CloudFormation property
   * {@code Type}.
   */
  public Service typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Service typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The name that you assigned to the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * A complex type that contains information about the Amazon Route 53 DNS records that you want
   * AWS Cloud Map to create when you register an instance.
   *
   * <p>Property type {@code AWS::ServiceDiscovery::Service.DnsConfig}.
   */
  public static final class DnsConfig extends Struct<DnsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ServiceDiscovery::Service.DnsConfig")
        .required("DnsRecords")
        .constrain("NamespaceId", Constraint.of().minLength(0).maxLength(64))
        .allowed("RoutingPolicy", "MULTIVALUE", "WEIGHTED")
        .build();

    public DnsConfig() {
      super(SCHEMA);
    }

    /**
     * An array that contains one <code>DnsRecord</code> object for each Route 53 DNS record that
     * you want AWS Cloud Map to create when you register an instance.
     *
     * <p>The record type of a service can't be updated directly and can only be changed by deleting
     * the service and recreating it with a new <code>DnsConfig</code> .
     *
     * <p>Required. CloudFormation property {@code DnsRecords}.
     */
    public DnsConfig dnsRecords(List<DnsRecord> value) {
      return set("DnsRecords", Value.listOf(value));
    }

    /** Sets {@code DnsRecords} to this value; see {@link #dnsRecords(List)}. */
    public DnsConfig dnsRecords(Value<List<DnsRecord>> value) {
      return set("DnsRecords", value);
    }

    /** Sets {@code DnsRecords} to a list of these; see {@link #dnsRecords(List)}. */
    public DnsConfig dnsRecords(DnsRecord... values) {
      return set("DnsRecords", Value.list(values));
    }

    /**
     * <em>Use NamespaceId in <a
     * href="https://docs.aws.amazon.com/cloud-map/latest/api/API_Service.html">Service</a>
     * instead.</em>
     *
     * <p>The ID of the namespace to use for DNS configuration.
     *
     * <p>Changing it replaces the resource. Length: 0 to 64 characters. CloudFormation property
     * {@code NamespaceId}.
     */
    public DnsConfig namespaceId(String value) {
      return set("NamespaceId", Value.of(value));
    }

    /** Sets {@code NamespaceId} to this value; see {@link #namespaceId(String)}. */
    public DnsConfig namespaceId(Value<String> value) {
      return set("NamespaceId", value);
    }

    /**
     * The routing policy that you want to apply to all Route 53 DNS records that AWS Cloud Map
     * creates when you register an instance and specify this service.
     *
     * <p>If you want to use this service to register instances that create alias records, specify
     * <code>WEIGHTED</code> for the routing policy.
     *
     * <p>You can specify the following values:
     *
     * <ul> <li><b>MULTIVALUE</b> - If you define a health check for the service and the health
     * check is healthy, Route 53 returns the applicable value for up to eight instances. </ul>
     *
     * <p>For example, suppose that the service includes configurations for one <code>A</code>
     * record and a health check. You use the service to register 10 instances. Route 53 responds to
     * DNS queries with IP addresses for up to eight healthy instances. If fewer than eight
     * instances are healthy, Route 53 responds to every DNS query with the IP addresses for all of
     * the healthy instances.
     *
     * <p>If you don't define a health check for the service, Route 53 assumes that all instances
     * are healthy and returns the values for up to eight instances.
     *
     * <p>For more information about the multivalue routing policy, see <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy.html#routing-policy-multivalue">Multivalue
     * Answer Routing</a> in the <em>Route 53 Developer Guide</em> .
     *
     * <ul> <li><b>WEIGHTED</b> - Route 53 returns the applicable value from one randomly selected
     * instance from among the instances that you registered using the same service. Currently, all
     * records have the same weight, so you can't route more or less traffic to any instances. </ul>
     *
     * <p>For example, suppose that the service includes configurations for one <code>A</code>
     * record and a health check. You use the service to register 10 instances. Route 53 responds to
     * DNS queries with the IP address for one randomly selected instance from among the healthy
     * instances. If no instances are healthy, Route 53 responds to DNS queries as if all of the
     * instances were healthy.
     *
     * <p>If you don't define a health check for the service, Route 53 assumes that all instances
     * are healthy and returns the applicable value for one randomly selected instance.
     *
     * <p>For more information about the weighted routing policy, see <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy.html#routing-policy-weighted">Weighted
     * Routing</a> in the <em>Route 53 Developer Guide</em> .
     *
     * <p>Allowed values: {@code MULTIVALUE}, {@code WEIGHTED}. CloudFormation property {@code
     * RoutingPolicy}.
     */
    public DnsConfig routingPolicy(String value) {
      return set("RoutingPolicy", Value.of(value));
    }

    /** Sets {@code RoutingPolicy} to this value; see {@link #routingPolicy(String)}. */
    public DnsConfig routingPolicy(Value<String> value) {
      return set("RoutingPolicy", value);
    }
  }

  /**
   * A complex type that contains information about the Route 53 DNS records that you want AWS Cloud
   * Map to create when you register an instance.
   *
   * <p>Property type {@code AWS::ServiceDiscovery::Service.DnsRecord}.
   */
  public static final class DnsRecord extends Struct<DnsRecord> {
    private static final Schema SCHEMA = Schema.builder("AWS::ServiceDiscovery::Service.DnsRecord")
        .required("TTL", "Type")
        .constrain("TTL", Constraint.of().minimum(0).maximum(2147483647))
        .allowed("Type", "A", "AAAA", "CNAME", "SRV")
        .build();

    public DnsRecord() {
      super(SCHEMA);
    }

    /**
     * The amount of time, in seconds, that you want DNS resolvers to cache the settings for this
     * record.
     *
     * <p>Alias records don't include a TTL because Route 53 uses the TTL for the AWS resource that
     * an alias record routes traffic to. If you include the <code>AWS_ALIAS_DNS_NAME</code>
     * attribute when you submit a <a
     * href="https://docs.aws.amazon.com/cloud-map/latest/api/API_RegisterInstance.html">RegisterInstance</a>
     * request, the <code>TTL</code> value is ignored. Always specify a TTL for the service; you can
     * use a service to register instances that create either alias or non-alias records.
     *
     * <p>Required. Range: 0 to 2147483647. CloudFormation property {@code TTL}.
     */
    public DnsRecord ttl(double value) {
      return set("TTL", Value.of(value));
    }

    /** Sets {@code TTL} to this value; see {@link #ttl(double)}. */
    public DnsRecord ttl(Value<Double> value) {
      return set("TTL", value);
    }

    /**
     * The type of the resource, which indicates the type of value that Route 53 returns in response
     * to DNS queries. You can specify values for <code>Type</code> in the following combinations:
     *
     * <ul> <li><code>A</code> <li><code>AAAA</code> <li><code>A</code> and <code>AAAA</code>
     * <li><code>SRV</code> <li><code>CNAME</code> </ul>
     *
     * <p>If you want AWS Cloud Map to create a Route 53 alias record when you register an instance,
     * specify <code>A</code> or <code>AAAA</code> for <code>Type</code> .
     *
     * <p>You specify other settings, such as the IP address for <code>A</code> and
     * <code>AAAA</code> records, when you register an instance. For more information, see <a
     * href="https://docs.aws.amazon.com/cloud-map/latest/api/API_RegisterInstance.html">RegisterInstance</a>
     * .
     *
     * <p>The following values are supported:
     *
     * <ul> <li><b>A</b> - Route 53 returns the IP address of the resource in IPv4 format, such as
     * 192.0.2.44. <li><b>AAAA</b> - Route 53 returns the IP address of the resource in IPv6 format,
     * such as 2001:0db8:85a3:0000:0000:abcd:0001:2345. <li><b>CNAME</b> - Route 53 returns the
     * domain name of the resource, such as www.example.com. Note the following: </ul>
     *
     * <ul> <li>You specify the domain name that you want to route traffic to when you register an
     * instance. For more information, see <a
     * href="https://docs.aws.amazon.com/cloud-map/latest/api/API_RegisterInstance.html#cloudmap-RegisterInstance-request-Attributes">Attributes</a>
     * in the topic <a
     * href="https://docs.aws.amazon.com/cloud-map/latest/api/API_RegisterInstance.html">RegisterInstance</a>
     * . <li>You must specify <code>WEIGHTED</code> for the value of <code>RoutingPolicy</code> .
     * <li>You can't specify both <code>CNAME</code> for <code>Type</code> and settings for
     * <code>HealthCheckConfig</code> . If you do, the request will fail with an
     * <code>InvalidInput</code> error. <li><b>SRV</b> - Route 53 returns the value for an
     * <code>SRV</code> record. The value for an <code>SRV</code> record uses the following values:
     * </ul>
     *
     * <p><code>priority weight port service-hostname</code>
     *
     * <p>Note the following about the values:
     *
     * <ul> <li>The values of <code>priority</code> and <code>weight</code> are both set to
     * <code>1</code> and can't be changed. <li>The value of <code>port</code> comes from the value
     * that you specify for the <code>AWS_INSTANCE_PORT</code> attribute when you submit a <a
     * href="https://docs.aws.amazon.com/cloud-map/latest/api/API_RegisterInstance.html">RegisterInstance</a>
     * request. <li>The value of <code>service-hostname</code> is a concatenation of the following
     * values: </ul>
     *
     * <ul> <li>The value that you specify for <code>InstanceId</code> when you register an
     * instance. <li>The name of the service. <li>The name of the namespace. </ul>
     *
     * <p>For example, if the value of <code>InstanceId</code> is <code>test</code> , the name of
     * the service is <code>backend</code> , and the name of the namespace is
     * <code>example.com</code> , the value of <code>service-hostname</code> is:
     *
     * <p><code>test.backend.example.com</code>
     *
     * <p>If you specify settings for an <code>SRV</code> record and if you specify values for
     * <code>AWS_INSTANCE_IPV4</code> , <code>AWS_INSTANCE_IPV6</code> , or both in the
     * <code>RegisterInstance</code> request, AWS Cloud Map automatically creates <code>A</code>
     * and/or <code>AAAA</code> records that have the same name as the value of
     * <code>service-hostname</code> in the <code>SRV</code> record. You can ignore these records.
     *
     * <p>Required. Allowed values: {@code A}, {@code AAAA}, {@code CNAME}, {@code SRV}.
     * CloudFormation property {@code Type}.
     */
    public DnsRecord type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DnsRecord type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * <em>Public DNS and HTTP namespaces only.</em> A complex type that contains settings for an
   * optional health check. If you specify settings for a health check, AWS Cloud Map associates the
   * health check with the records that you specify in <code>DnsConfig</code> .
   *
   * <p>If you specify a health check configuration, you can specify either
   * <code>HealthCheckCustomConfig</code> or <code>HealthCheckConfig</code> but not both.
   *
   * <p>Health checks are basic Route 53 health checks that monitor an AWS endpoint. For information
   * about pricing for health checks, see <a
   * href="https://docs.aws.amazon.com/route53/pricing/">Amazon Route 53 Pricing</a> .
   *
   * <p>Note the following about configuring health checks.
   *
   * <ul> <li><b>A and AAAA records</b> - If <code>DnsConfig</code> includes configurations for both
   * <code>A</code> and <code>AAAA</code> records, AWS Cloud Map creates a health check that uses
   * the IPv4 address to check the health of the resource. If the endpoint tthat's specified by the
   * IPv4 address is unhealthy, Route 53 considers both the <code>A</code> and <code>AAAA</code>
   * records to be unhealthy. <li><b>CNAME records</b> - You can't specify settings for
   * <code>HealthCheckConfig</code> when the <code>DNSConfig</code> includes <code>CNAME</code> for
   * the value of <code>Type</code> . If you do, the <code>CreateService</code> request will fail
   * with an <code>InvalidInput</code> error. <li><b>Request interval</b> - A Route 53 health
   * checker in each health-checking AWS Region sends a health check request to an endpoint every 30
   * seconds. On average, your endpoint receives a health check request about every two seconds.
   * However, health checkers don't coordinate with one another. Therefore, you might sometimes see
   * several requests in one second that's followed by a few seconds with no health checks at all.
   * <li><b>Health checking regions</b> - Health checkers perform checks from all Route 53
   * health-checking Regions. For a list of the current Regions, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html#Route53-Type-HealthCheckConfig-Regions">Regions</a>
   * . <li><b>Alias records</b> - When you register an instance, if you include the
   * <code>AWS_ALIAS_DNS_NAME</code> attribute, AWS Cloud Map creates a Route 53 alias record. Note
   * the following: </ul>
   *
   * <ul> <li>Route 53 automatically sets <code>EvaluateTargetHealth</code> to true for alias
   * records. When <code>EvaluateTargetHealth</code> is true, the alias record inherits the health
   * of the referenced AWS resource. such as an ELB load balancer. For more information, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_AliasTarget.html#Route53-Type-AliasTarget-EvaluateTargetHealth">EvaluateTargetHealth</a>
   * . <li>If you include <code>HealthCheckConfig</code> and then use the service to register an
   * instance that creates an alias record, Route 53 doesn't create the health check. <li><b>Charges
   * for health checks</b> - Health checks are basic Route 53 health checks that monitor an AWS
   * endpoint. For information about pricing for health checks, see <a
   * href="https://docs.aws.amazon.com/route53/pricing/">Amazon Route 53 Pricing</a> . </ul>
   *
   * <p>Property type {@code AWS::ServiceDiscovery::Service.HealthCheckConfig}.
   */
  public static final class HealthCheckConfig extends Struct<HealthCheckConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ServiceDiscovery::Service.HealthCheckConfig")
        .required("Type")
        .constrain("FailureThreshold", Constraint.of().minimum(1).maximum(10))
        .constrain("ResourcePath", Constraint.of().minLength(0).maxLength(255))
        .allowed("Type", "HTTP", "HTTPS", "TCP")
        .build();

    public HealthCheckConfig() {
      super(SCHEMA);
    }

    /**
     * The number of consecutive health checks that an endpoint must pass or fail for Route 53 to
     * change the current status of the endpoint from unhealthy to healthy or the other way around.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html">How
     * Route 53 Determines Whether an Endpoint Is Healthy</a> in the <em>Route 53 Developer
     * Guide</em> .
     *
     * <p>Range: 1 to 10. CloudFormation property {@code FailureThreshold}.
     */
    public HealthCheckConfig failureThreshold(double value) {
      return set("FailureThreshold", Value.of(value));
    }

    /** Sets {@code FailureThreshold} to this value; see {@link #failureThreshold(double)}. */
    public HealthCheckConfig failureThreshold(Value<Double> value) {
      return set("FailureThreshold", value);
    }

    /**
     * The path that you want Route 53 to request when performing health checks. The path can be any
     * value that your endpoint returns an HTTP status code of a 2xx or 3xx format for when the
     * endpoint is healthy. An example file is <code>/docs/route53-health-check.html</code> .
     * Route 53 automatically adds the DNS name for the service. If you don't specify a value for
     * <code>ResourcePath</code> , the default value is <code>/</code> .
     *
     * <p>If you specify <code>TCP</code> for <code>Type</code> , you must <em>not</em> specify a
     * value for <code>ResourcePath</code> .
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code ResourcePath}.
     */
    public HealthCheckConfig resourcePath(String value) {
      return set("ResourcePath", Value.of(value));
    }

    /** Sets {@code ResourcePath} to this value; see {@link #resourcePath(String)}. */
    public HealthCheckConfig resourcePath(Value<String> value) {
      return set("ResourcePath", value);
    }

    /**
     * The type of health check that you want to create, which indicates how Route 53 determines
     * whether an endpoint is healthy.
     *
     * <p>You can't change the value of <code>Type</code> after you create a health check.
     *
     * <p>You can create the following types of health checks:
     *
     * <ul> <li><em>HTTP</em> : Route 53 tries to establish a TCP connection. If successful,
     * Route 53 submits an HTTP request and waits for an HTTP status code of 200 or greater and less
     * than 400. <li><em>HTTPS</em> : Route 53 tries to establish a TCP connection. If successful,
     * Route 53 submits an HTTPS request and waits for an HTTP status code of 200 or greater and
     * less than 400. </ul>
     *
     * <p>If you specify HTTPS for the value of <code>Type</code> , the endpoint must support TLS
     * v1.0 or later.
     *
     * <ul> <li><em>TCP</em> : Route 53 tries to establish a TCP connection. </ul>
     *
     * <p>If you specify <code>TCP</code> for <code>Type</code> , don't specify a value for
     * <code>ResourcePath</code> .
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html">How
     * Route 53 Determines Whether an Endpoint Is Healthy</a> in the <em>Route 53 Developer
     * Guide</em> .
     *
     * <p>Required. Allowed values: {@code HTTP}, {@code HTTPS}, {@code TCP}. CloudFormation
     * property {@code Type}.
     */
    public HealthCheckConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public HealthCheckConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A complex type that contains information about an optional custom health check. A custom health
   * check, which requires that you use a third-party health checker to evaluate the health of your
   * resources, is useful in the following circumstances:
   *
   * <ul> <li>You can't use a health check that's defined by <code>HealthCheckConfig</code> because
   * the resource isn't available over the internet. For example, you can use a custom health check
   * when the instance is in an Amazon VPC. (To check the health of resources in a VPC, the health
   * checker must also be in the VPC.) <li>You want to use a third-party health checker regardless
   * of where your resources are located. </ul>
   *
   * <p>If you specify a health check configuration, you can specify either
   * <code>HealthCheckCustomConfig</code> or <code>HealthCheckConfig</code> but not both.
   *
   * <p>To change the status of a custom health check, submit an
   * <code>UpdateInstanceCustomHealthStatus</code> request. AWS Cloud Map doesn't monitor the status
   * of the resource, it just keeps a record of the status specified in the most recent
   * <code>UpdateInstanceCustomHealthStatus</code> request.
   *
   * <p>Here's how custom health checks work:
   *
   * <ul> <li>You create a service. <li>You register an instance. <li>You configure a third-party
   * health checker to monitor the resource that's associated with the new instance. </ul>
   *
   * <p>AWS Cloud Map doesn't check the health of the resource directly.
   *
   * <ul> <li>The third-party health-checker determines that the resource is unhealthy and notifies
   * your application. <li>Your application submits an <code>UpdateInstanceCustomHealthStatus</code>
   * request. <li>AWS Cloud Map waits for 30 seconds. <li>If another
   * <code>UpdateInstanceCustomHealthStatus</code> request doesn't arrive during that time to change
   * the status back to healthy, AWS Cloud Map stops routing traffic to the resource. </ul>
   *
   * <p>Property type {@code AWS::ServiceDiscovery::Service.HealthCheckCustomConfig}.
   */
  public static final class HealthCheckCustomConfig extends Struct<HealthCheckCustomConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ServiceDiscovery::Service.HealthCheckCustomConfig")
        .constrain("FailureThreshold", Constraint.of().minimum(1).maximum(10))
        .build();

    public HealthCheckCustomConfig() {
      super(SCHEMA);
    }

    /**
     * This parameter is no longer supported and is always set to 1. AWS Cloud Map waits for
     * approximately 30 seconds after receiving an <code>UpdateInstanceCustomHealthStatus</code>
     * request before changing the status of the service instance.
     *
     * <p>The number of 30-second intervals that you want AWS Cloud Map to wait after receiving an
     * <code>UpdateInstanceCustomHealthStatus</code> request before it changes the health status of
     * a service instance.
     *
     * <p>Sending a second or subsequent <code>UpdateInstanceCustomHealthStatus</code> request with
     * the same value before 30 seconds has passed doesn't accelerate the change. AWS Cloud Map
     * still waits <code>30</code> seconds after the first request to make the change.
     *
     * <p>Range: 1 to 10. CloudFormation property {@code FailureThreshold}.
     */
    public HealthCheckCustomConfig failureThreshold(double value) {
      return set("FailureThreshold", Value.of(value));
    }

    /** Sets {@code FailureThreshold} to this value; see {@link #failureThreshold(double)}. */
    public HealthCheckCustomConfig failureThreshold(Value<Double> value) {
      return set("FailureThreshold", value);
    }
  }
}
