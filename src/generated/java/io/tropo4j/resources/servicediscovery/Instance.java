// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicediscovery;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * A complex type that contains information about an instance that AWS Cloud Map creates when you
 * submit a <code>RegisterInstance</code> request.
 *
 * <p>CloudFormation type {@code AWS::ServiceDiscovery::Instance}.
 */
public final class Instance extends Resource<Instance> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceDiscovery::Instance")
      .required("InstanceAttributes", "ServiceId")
      .constrain("InstanceAttributes", Constraint.of().format("json"))
      .constrain("InstanceId", Constraint.of().pattern("^[0-9a-zA-Z_/:.@-]+$").minLength(1).maxLength(64))
      .constrain("ServiceId", Constraint.of().minLength(1).maxLength(255))
      .build();

  public Instance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A string map that contains the following information for the service that you specify in
   * <code>ServiceId</code> :
   *
   * <ul> <li>The attributes that apply to the records that are defined in the service. <li>For each
   * attribute, the applicable value. </ul>
   *
   * <p>Supported attribute keys include the following:
   *
   * <ul> <li><b>AWS_ALIAS_DNS_NAME</b> - If you want AWS Cloud Map to create a Route 53 alias
   * record that routes traffic to an Elastic Load Balancing load balancer, specify the DNS name
   * that is associated with the load balancer. For information about how to get the DNS name, see
   * <a
   * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_AliasTarget.html#Route53-Type-AliasTarget-DNSName">AliasTarget-&gt;DNSName</a>
   * in the <em>Route 53 API Reference</em> . </ul>
   *
   * <p>Note the following:
   *
   * <ul> <li>The configuration for the service that is specified by <code>ServiceId</code> must
   * include settings for an <code>A</code> record, an <code>AAAA</code> record, or both. <li>In the
   * service that is specified by <code>ServiceId</code> , the value of <code>RoutingPolicy</code>
   * must be <code>WEIGHTED</code> . <li>If the service that is specified by <code>ServiceId</code>
   * includes <code>HealthCheckConfig</code> settings, AWS Cloud Map will create the health check,
   * but it won't associate the health check with the alias record. <li>Auto naming currently
   * doesn't support creating alias records that route traffic to AWS resources other than ELB load
   * balancers. <li>If you specify a value for <code>AWS_ALIAS_DNS_NAME</code> , don't specify
   * values for any of the <code>AWS_INSTANCE</code> attributes. <li><b>AWS_EC2_INSTANCE_ID</b> -
   * <em>HTTP namespaces only.</em> The Amazon EC2 instance ID for the instance. The
   * <code>AWS_INSTANCE_IPV4</code> attribute contains the primary private IPv4 address. When
   * creating resources with a type of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-servicediscovery-instance.html">AWS::ServiceDiscovery::Instance</a>
   * , if the <code>AWS_EC2_INSTANCE_ID</code> attribute is specified, the only other attribute that
   * can be specified is <code>AWS_INIT_HEALTH_STATUS</code> . After the resource has been created,
   * the <code>AWS_INSTANCE_IPV4</code> attribute contains the primary private IPv4 address.
   * <li><b>AWS_INIT_HEALTH_STATUS</b> - If the service configuration includes
   * <code>HealthCheckCustomConfig</code> , when creating resources with a type of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-servicediscovery-instance.html">AWS::ServiceDiscovery::Instance</a>
   * you can optionally use <code>AWS_INIT_HEALTH_STATUS</code> to specify the initial status of the
   * custom health check, <code>HEALTHY</code> or <code>UNHEALTHY</code> . If you don't specify a
   * value for <code>AWS_INIT_HEALTH_STATUS</code> , the initial status is <code>HEALTHY</code> .
   * This attribute can only be used when creating resources and will not be seen on existing
   * resources. <li><b>AWS_INSTANCE_CNAME</b> - If the service configuration includes a
   * <code>CNAME</code> record, the domain name that you want Route 53 to return in response to DNS
   * queries, for example, <code>example.com</code> . </ul>
   *
   * <p>This value is required if the service specified by <code>ServiceId</code> includes settings
   * for an <code>CNAME</code> record.
   *
   * <ul> <li><b>AWS_INSTANCE_IPV4</b> - If the service configuration includes an <code>A</code>
   * record, the IPv4 address that you want Route 53 to return in response to DNS queries, for
   * example, <code>192.0.2.44</code> . </ul>
   *
   * <p>This value is required if the service specified by <code>ServiceId</code> includes settings
   * for an <code>A</code> record. If the service includes settings for an <code>SRV</code> record,
   * you must specify a value for <code>AWS_INSTANCE_IPV4</code> , <code>AWS_INSTANCE_IPV6</code> ,
   * or both.
   *
   * <ul> <li><b>AWS_INSTANCE_IPV6</b> - If the service configuration includes an <code>AAAA</code>
   * record, the IPv6 address that you want Route 53 to return in response to DNS queries, for
   * example, <code>2001:0db8:85a3:0000:0000:abcd:0001:2345</code> . </ul>
   *
   * <p>This value is required if the service specified by <code>ServiceId</code> includes settings
   * for an <code>AAAA</code> record. If the service includes settings for an <code>SRV</code>
   * record, you must specify a value for <code>AWS_INSTANCE_IPV4</code> ,
   * <code>AWS_INSTANCE_IPV6</code> , or both.
   *
   * <ul> <li><b>AWS_INSTANCE_PORT</b> - If the service includes an <code>SRV</code> record, the
   * value that you want Route 53 to return for the port. </ul>
   *
   * <p>If the service includes <code>HealthCheckConfig</code> , the port on the endpoint that you
   * want Route 53 to send requests to.
   *
   * <p>This value is required if you specified settings for an <code>SRV</code> record or a
   * Route 53 health check when you created the service.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code InstanceAttributes}.
   */
  public Instance instanceAttributes(Value<Json> value) {
    return set("InstanceAttributes", value);
  }

  /**
   * An identifier that you want to associate with the instance. Note the following:
   *
   * <ul> <li>If the service that's specified by <code>ServiceId</code> includes settings for an
   * <code>SRV</code> record, the value of <code>InstanceId</code> is automatically included as part
   * of the value for the <code>SRV</code> record. For more information, see <a
   * href="https://docs.aws.amazon.com/cloud-map/latest/api/API_DnsRecord.html#cloudmap-Type-DnsRecord-Type">DnsRecord
   * &gt; Type</a> . <li>You can use this value to update an existing instance. <li>To register a
   * new instance, you must specify a value that's unique among instances that you register by using
   * the same service. <li>If you specify an existing <code>InstanceId</code> and
   * <code>ServiceId</code> , AWS Cloud Map updates the existing DNS records, if any. If there's
   * also an existing health check, AWS Cloud Map deletes the old health check and creates a new
   * one. </ul>
   *
   * <p>The health check isn't deleted immediately, so it will still appear for a while if you
   * submit a <code>ListHealthChecks</code> request, for example.
   *
   * <p>Do not include sensitive information in <code>InstanceId</code> if the namespace is
   * discoverable by public DNS queries and any <code>Type</code> member of <code>DnsRecord</code>
   * for the service contains <code>SRV</code> because the <code>InstanceId</code> is discoverable
   * by public DNS queries.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[0-9a-zA-Z_/:.&#64;-]+$}. CloudFormation property {@code InstanceId}.
   */
  public Instance instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public Instance instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * The ID or Amazon Resource Name (ARN) of the service that you want to use for settings for the
   * instance. For services created in a shared namespace, specify the service ARN. For more
   * information about shared namespaces, see <a
   * href="https://docs.aws.amazon.com/cloud-map/latest/dg/sharing-namespaces.html">Cross-account
   * AWS Cloud Map namespace sharing</a> in the <em>AWS Cloud Map Developer Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code ServiceId}.
   */
  public Instance serviceId(String value) {
    return set("ServiceId", Value.of(value));
  }

  /** Sets {@code ServiceId} to this value; see {@link #serviceId(String)}. */
  public Instance serviceId(Value<String> value) {
    return set("ServiceId", value);
  }
}
