// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Information about the record that you want to create.
 *
 * <p>The <code>AWS::Route53::RecordSet</code> type can be used as a standalone resource or as an
 * embedded property in the <code>AWS::Route53::RecordSetGroup</code> type. Note that some
 * <code>AWS::Route53::RecordSet</code> properties are valid only when used within
 * <code>AWS::Route53::RecordSetGroup</code> .
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeResourceRecordSets.html">ChangeResourceRecordSets</a>
 * in the <em>Amazon Route 53 API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::Route53::RecordSet}.
 */
public final class RecordSet extends Resource<RecordSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53::RecordSet")
      .required("Name", "Type")
      .constrain("Comment", Constraint.of().maxLength(256))
      .allowed("Failover", "PRIMARY", "SECONDARY")
      .constrain("HealthCheckId", Constraint.of().maxLength(64))
      .constrain("HostedZoneId", Constraint.of().maxLength(44))
      .constrain("HostedZoneName", Constraint.of().maxLength(256))
      .constrain("Name", Constraint.of().maxLength(1024))
      .constrain("ResourceRecords", Constraint.of().maxLength(4000))
      .constrain("SetIdentifier", Constraint.of().minLength(0).maxLength(128))
      .refYields("Name")
      .build();

  public RecordSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * <em>Alias resource record sets only:</em> Information about the AWS resource, such as a
   * CloudFront distribution or an Amazon S3 bucket, that you want to route traffic to.
   *
   * <p>If you're creating resource records sets for a private hosted zone, note the following:
   *
   * <ul> <li>You can't create an alias resource record set in a private hosted zone to route
   * traffic to a CloudFront distribution. <li>For information about creating failover resource
   * record sets in a private hosted zone, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-private-hosted-zones.html">Configuring
   * Failover in a Private Hosted Zone</a> in the <em>Amazon Route 53 Developer Guide</em> . </ul>
   *
   * <p>CloudFormation property {@code AliasTarget}.
   */
  public RecordSet aliasTarget(Value<AliasTarget> value) {
    return set("AliasTarget", value);
  }

  /**
   * The object that is specified in resource record set object when you are linking a resource
   * record set to a CIDR location.
   *
   * <p>A <code>LocationName</code> with an asterisk “*” can be used to create a default CIDR
   * record. <code>CollectionId</code> is still required for default record.
   *
   * <p>CloudFormation property {@code CidrRoutingConfig}.
   */
  public RecordSet cidrRoutingConfig(Value<CidrRoutingConfig> value) {
    return set("CidrRoutingConfig", value);
  }

  /**
   * <em>Optional:</em> Any comments you want to include about a change batch request.
   *
   * <p>Length: at most 256 characters. CloudFormation property {@code Comment}.
   */
  public RecordSet comment(String value) {
    return set("Comment", Value.of(value));
  }

  /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
  public RecordSet comment(Value<String> value) {
    return set("Comment", value);
  }

  /**
   * <em>Failover resource record sets only:</em> To configure failover, you add the
   * <code>Failover</code> element to two resource record sets. For one resource record set, you
   * specify <code>PRIMARY</code> as the value for <code>Failover</code> ; for the other resource
   * record set, you specify <code>SECONDARY</code> . In addition, you include the
   * <code>HealthCheckId</code> element and specify the health check that you want Amazon Route 53
   * to perform for each resource record set.
   *
   * <p>Except where noted, the following failover behaviors assume that you have included the
   * <code>HealthCheckId</code> element in both resource record sets:
   *
   * <ul> <li>When the primary resource record set is healthy, Route 53 responds to DNS queries with
   * the applicable value from the primary resource record set regardless of the health of the
   * secondary resource record set. <li>When the primary resource record set is unhealthy and the
   * secondary resource record set is healthy, Route 53 responds to DNS queries with the applicable
   * value from the secondary resource record set. <li>When the secondary resource record set is
   * unhealthy, Route 53 responds to DNS queries with the applicable value from the primary resource
   * record set regardless of the health of the primary resource record set. <li>If you omit the
   * <code>HealthCheckId</code> element for the secondary resource record set, and if the primary
   * resource record set is unhealthy, Route 53 always responds to DNS queries with the applicable
   * value from the secondary resource record set. This is true regardless of the health of the
   * associated endpoint. </ul>
   *
   * <p>You can't create non-failover resource record sets that have the same values for the
   * <code>Name</code> and <code>Type</code> elements as failover resource record sets.
   *
   * <p>For failover alias resource record sets, you must also include the
   * <code>EvaluateTargetHealth</code> element and set the value to true.
   *
   * <p>For more information about configuring failover for Route 53, see the following topics in
   * the <em>Amazon Route 53 Developer Guide</em> :
   *
   * <ul> <li><a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html">Route 53
   * Health Checks and DNS Failover</a> <li><a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-private-hosted-zones.html">Configuring
   * Failover in a Private Hosted Zone</a> </ul>
   *
   * <p>Allowed values: {@code PRIMARY}, {@code SECONDARY}. CloudFormation property {@code
   * Failover}.
   */
  public RecordSet failover(String value) {
    return set("Failover", Value.of(value));
  }

  /** Sets {@code Failover} to this value; see {@link #failover(String)}. */
  public RecordSet failover(Value<String> value) {
    return set("Failover", value);
  }

  /**
   * <em>Geolocation resource record sets only:</em> A complex type that lets you control how Amazon
   * Route 53 responds to DNS queries based on the geographic origin of the query. For example, if
   * you want all queries from Africa to be routed to a web server with an IP address of
   * <code>192.0.2.111</code> , create a resource record set with a <code>Type</code> of
   * <code>A</code> and a <code>ContinentCode</code> of <code>AF</code> .
   *
   * <p>If you create separate resource record sets for overlapping geographic regions (for example,
   * one resource record set for a continent and one for a country on the same continent), priority
   * goes to the smallest geographic region. This allows you to route most queries for a continent
   * to one resource and to route queries for a country on that continent to a different resource.
   *
   * <p>You can't create two geolocation resource record sets that specify the same geographic
   * location.
   *
   * <p>The value <code>*</code> in the <code>CountryCode</code> element matches all geographic
   * locations that aren't specified in other geolocation resource record sets that have the same
   * values for the <code>Name</code> and <code>Type</code> elements.
   *
   * <p>Geolocation works by mapping IP addresses to locations. However, some IP addresses aren't
   * mapped to geographic locations, so even if you create geolocation resource record sets that
   * cover all seven continents, Route 53 will receive some DNS queries from locations that it can't
   * identify. We recommend that you create a resource record set for which the value of
   * <code>CountryCode</code> is <code><em></code> . Two groups of queries are routed to the
   * resource that you specify in this record: queries that come from locations for which you
   * haven't created geolocation resource record sets and queries from IP addresses that aren't
   * mapped to a location. If you don't create a <code></em></code> resource record set, Route 53
   * returns a "no answer" response for queries from those locations.
   *
   * <p>You can't create non-geolocation resource record sets that have the same values for the
   * <code>Name</code> and <code>Type</code> elements as geolocation resource record sets.
   *
   * <p>CloudFormation property {@code GeoLocation}.
   */
  public RecordSet geoLocation(Value<GeoLocation> value) {
    return set("GeoLocation", value);
  }

  /**
   * If you want Amazon Route 53 to return this resource record set in response to a DNS query only
   * when the status of a health check is healthy, include the <code>HealthCheckId</code> element
   * and specify the ID of the applicable health check.
   *
   * <p>Route 53 determines whether a resource record set is healthy based on one of the following:
   *
   * <ul> <li>By periodically sending a request to the endpoint that is specified in the health
   * check <li>By aggregating the status of a specified group of health checks (calculated health
   * checks) <li>By determining the current state of a CloudWatch alarm (CloudWatch metric health
   * checks) </ul>
   *
   * <p>Route 53 doesn't check the health of the endpoint that is specified in the resource record
   * set, for example, the endpoint specified by the IP address in the <code>Value</code> element.
   * When you add a <code>HealthCheckId</code> element to a resource record set, Route 53 checks the
   * health of the endpoint that you specified in the health check.
   *
   * <p>For more information, see the following topics in the <em>Amazon Route 53 Developer
   * Guide</em> :
   *
   * <ul> <li><a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html">How
   * Amazon Route 53 Determines Whether an Endpoint Is Healthy</a> <li><a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html">Route 53
   * Health Checks and DNS Failover</a> <li><a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-private-hosted-zones.html">Configuring
   * Failover in a Private Hosted Zone</a> </ul>
   *
   * <p><em>When to Specify HealthCheckId</em>
   *
   * <p>Specifying a value for <code>HealthCheckId</code> is useful only when Route 53 is choosing
   * between two or more resource record sets to respond to a DNS query, and you want Route 53 to
   * base the choice in part on the status of a health check. Configuring health checks makes sense
   * only in the following configurations:
   *
   * <ul> <li><em>Non-alias resource record sets</em> : You're checking the health of a group of
   * non-alias resource record sets that have the same routing policy, name, and type (such as
   * multiple weighted records named www.example.com with a type of A) and you specify health check
   * IDs for all the resource record sets. </ul>
   *
   * <p>If the health check status for a resource record set is healthy, Route 53 includes the
   * record among the records that it responds to DNS queries with.
   *
   * <p>If the health check status for a resource record set is unhealthy, Route 53 stops responding
   * to DNS queries using the value for that resource record set.
   *
   * <p>If the health check status for all resource record sets in the group is unhealthy, Route 53
   * considers all resource record sets in the group healthy and responds to DNS queries
   * accordingly.
   *
   * <ul> <li><em>Alias resource record sets</em> : You specify the following settings: </ul>
   *
   * <ul> <li>You set <code>EvaluateTargetHealth</code> to true for an alias resource record set in
   * a group of resource record sets that have the same routing policy, name, and type (such as
   * multiple weighted records named www.example.com with a type of A). <li>You configure the alias
   * resource record set to route traffic to a non-alias resource record set in the same hosted
   * zone. <li>You specify a health check ID for the non-alias resource record set. </ul>
   *
   * <p>If the health check status is healthy, Route 53 considers the alias resource record set to
   * be healthy and includes the alias record among the records that it responds to DNS queries
   * with.
   *
   * <p>If the health check status is unhealthy, Route 53 stops responding to DNS queries using the
   * alias resource record set.
   *
   * <p>The alias resource record set can also route traffic to a <em>group</em> of non-alias
   * resource record sets that have the same routing policy, name, and type. In that configuration,
   * associate health checks with all of the resource record sets in the group of non-alias resource
   * record sets.
   *
   * <p><em>Geolocation Routing</em>
   *
   * <p>For geolocation resource record sets, if an endpoint is unhealthy, Route 53 looks for a
   * resource record set for the larger, associated geographic region. For example, suppose you have
   * resource record sets for a state in the United States, for the entire United States, for North
   * America, and a resource record set that has <code><em></code> for <code>CountryCode</code> is
   * <code></em></code> , which applies to all locations. If the endpoint for the state resource
   * record set is unhealthy, Route 53 checks for healthy resource record sets in the following
   * order until it finds a resource record set for which the endpoint is healthy:
   *
   * <ul> <li>The United States <li>North America <li>The default resource record set </ul>
   *
   * <p><em>Specifying the Health Check Endpoint by Domain Name</em>
   *
   * <p>If your health checks specify the endpoint only by domain name, we recommend that you create
   * a separate health check for each endpoint. For example, create a health check for each
   * <code>HTTP</code> server that is serving content for <code>www.example.com</code> . For the
   * value of <code>FullyQualifiedDomainName</code> , specify the domain name of the server (such as
   * <code>us-east-2-www.example.com</code> ), not the name of the resource record sets (
   * <code>www.example.com</code> ).
   *
   * <p>Health check results will be unpredictable if you do the following: - Create a health check
   * that has the same value for <code>FullyQualifiedDomainName</code> as the name of a resource
   * record set. - Associate that health check with the resource record set.
   *
   * <p>Length: at most 64 characters. CloudFormation property {@code HealthCheckId}.
   */
  public RecordSet healthCheckId(String value) {
    return set("HealthCheckId", Value.of(value));
  }

  /** Sets {@code HealthCheckId} to this value; see {@link #healthCheckId(String)}. */
  public RecordSet healthCheckId(Value<String> value) {
    return set("HealthCheckId", value);
  }

  /**
   * The ID of the hosted zone that you want to create records in.
   *
   * <p>Specify either <code>HostedZoneName</code> or <code>HostedZoneId</code> , but not both. If
   * you have multiple hosted zones with the same domain name, you must specify the hosted zone
   * using <code>HostedZoneId</code> .
   *
   * <p>Changing it replaces the resource. Length: at most 44 characters. CloudFormation property
   * {@code HostedZoneId}.
   */
  public RecordSet hostedZoneId(String value) {
    return set("HostedZoneId", Value.of(value));
  }

  /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
  public RecordSet hostedZoneId(Value<String> value) {
    return set("HostedZoneId", value);
  }

  /**
   * The name of the hosted zone that you want to create records in. You must include a trailing dot
   * (for example, <code>www.example.com.</code> ) as part of the <code>HostedZoneName</code> .
   *
   * <p>When you create a stack using an AWS::Route53::RecordSet that specifies
   * <code>HostedZoneName</code> , AWS CloudFormation attempts to find a hosted zone whose name
   * matches the HostedZoneName. If AWS CloudFormation cannot find a hosted zone with a matching
   * domain name, or if there is more than one hosted zone with the specified domain name, AWS
   * CloudFormation will not create the stack.
   *
   * <p>Specify either <code>HostedZoneName</code> or <code>HostedZoneId</code> , but not both. If
   * you have multiple hosted zones with the same domain name, you must specify the hosted zone
   * using <code>HostedZoneId</code> .
   *
   * <p>Changing it replaces the resource. Length: at most 256 characters. CloudFormation property
   * {@code HostedZoneName}.
   */
  public RecordSet hostedZoneName(String value) {
    return set("HostedZoneName", Value.of(value));
  }

  /** Sets {@code HostedZoneName} to this value; see {@link #hostedZoneName(String)}. */
  public RecordSet hostedZoneName(Value<String> value) {
    return set("HostedZoneName", value);
  }

  /**
   * <em>Multivalue answer resource record sets only</em> : To route traffic approximately randomly
   * to multiple resources, such as web servers, create one multivalue answer record for each
   * resource and specify <code>true</code> for <code>MultiValueAnswer</code> . Note the following:
   *
   * <ul> <li>If you associate a health check with a multivalue answer resource record set, Amazon
   * Route 53 responds to DNS queries with the corresponding IP address only when the health check
   * is healthy. <li>If you don't associate a health check with a multivalue answer record, Route 53
   * always considers the record to be healthy. <li>Route 53 responds to DNS queries with up to
   * eight healthy records; if you have eight or fewer healthy records, Route 53 responds to all DNS
   * queries with all the healthy records. <li>If you have more than eight healthy records, Route 53
   * responds to different DNS resolvers with different combinations of healthy records. <li>When
   * all records are unhealthy, Route 53 responds to DNS queries with up to eight unhealthy records.
   * <li>If a resource becomes unavailable after a resolver caches a response, client software
   * typically tries another of the IP addresses in the response. </ul>
   *
   * <p>You can't create multivalue answer alias records.
   *
   * <p>CloudFormation property {@code MultiValueAnswer}.
   */
  public RecordSet multiValueAnswer(boolean value) {
    return set("MultiValueAnswer", Value.of(value));
  }

  /** Sets {@code MultiValueAnswer} to this value; see {@link #multiValueAnswer(boolean)}. */
  public RecordSet multiValueAnswer(Value<Boolean> value) {
    return set("MultiValueAnswer", value);
  }

  /**
   * The name of the record that you want to create, update, or delete.
   *
   * <p>Enter a fully qualified domain name, for example, <code>www.example.com</code> . You can
   * optionally include a trailing dot. If you omit the trailing dot, Amazon Route 53 assumes that
   * the domain name that you specify is fully qualified. This means that Route 53 treats
   * <code>www.example.com</code> (without a trailing dot) and <code>www.example.com.</code> (with a
   * trailing dot) as identical.
   *
   * <p>For information about how to specify characters other than <code>a-z</code> ,
   * <code>0-9</code> , and <code>-</code> (hyphen) and how to specify internationalized domain
   * names, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DomainNameFormat.html">DNS
   * Domain Name Format</a> in the <em>Amazon Route 53 Developer Guide</em> .
   *
   * <p>You can use the asterisk (<em>) wildcard to replace the leftmost label in a domain name, for
   * example, <code></em>.example.com</code> . Note the following:
   *
   * <ul> <li>The * must replace the entire label. For example, you can't specify
   * <code><em>prod.example.com</code> or <code>prod</em>.example.com</code> . <li>The * can't
   * replace any of the middle labels, for example, marketing.*.example.com. <li>If you include * in
   * any position other than the leftmost label in a domain name, DNS treats it as an * character
   * (ASCII 42), not as a wildcard. </ul>
   *
   * <p>You can't use the * wildcard for resource records sets that have a type of NS.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 1024 characters. CloudFormation
   * property {@code Name}.
   */
  public RecordSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RecordSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * <em>Latency-based resource record sets only:</em> The Amazon EC2 Region where you created the
   * resource that this resource record set refers to. The resource typically is an AWS resource,
   * such as an EC2 instance or an ELB load balancer, and is referred to by an IP address or a DNS
   * domain name, depending on the record type.
   *
   * <p>When Amazon Route 53 receives a DNS query for a domain name and type for which you have
   * created latency resource record sets, Route 53 selects the latency resource record set that has
   * the lowest latency between the end user and the associated Amazon EC2 Region. Route 53 then
   * returns the value that is associated with the selected resource record set.
   *
   * <p>Note the following:
   *
   * <ul> <li>You can only specify one <code>ResourceRecord</code> per latency resource record set.
   * <li>You can only create one latency resource record set for each Amazon EC2 Region. <li>You
   * aren't required to create latency resource record sets for all Amazon EC2 Regions. Route 53
   * will choose the region with the best latency from among the regions that you create latency
   * resource record sets for. <li>You can't create non-latency resource record sets that have the
   * same values for the <code>Name</code> and <code>Type</code> elements as latency resource record
   * sets. </ul>
   *
   * <p>CloudFormation property {@code Region}.
   */
  public RecordSet region(String value) {
    return set("Region", Value.of(value));
  }

  /** Sets {@code Region} to this value; see {@link #region(String)}. */
  public RecordSet region(Value<String> value) {
    return set("Region", value);
  }

  /**
   * One or more values that correspond with the value that you specified for the <code>Type</code>
   * property. For example, if you specified <code>A</code> for <code>Type</code> , you specify one
   * or more IP addresses in IPv4 format for <code>ResourceRecords</code> . For information about
   * the format of values for each record type, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/ResourceRecordTypes.html">Supported
   * DNS Resource Record Types</a> in the <em>Amazon Route 53 Developer Guide</em> .
   *
   * <p>Note the following:
   *
   * <ul> <li>You can specify more than one value for all record types except CNAME and SOA. <li>The
   * maximum length of a value is 4000 characters. <li>If you're creating an alias record, omit
   * <code>ResourceRecords</code> . </ul>
   *
   * <p>Length: at most 4000 characters. CloudFormation property {@code ResourceRecords}.
   */
  public RecordSet resourceRecords(List<String> value) {
    return set("ResourceRecords", Value.listOf(value));
  }

  /** Sets {@code ResourceRecords} to this value; see {@link #resourceRecords(List)}. */
  public RecordSet resourceRecords(Value<List<String>> value) {
    return set("ResourceRecords", value);
  }

  /**
   * <em>Resource record sets that have a routing policy other than simple:</em> An identifier that
   * differentiates among multiple resource record sets that have the same combination of name and
   * type, such as multiple weighted resource record sets named acme.example.com that have a type of
   * A. In a group of resource record sets that have the same name and type, the value of
   * <code>SetIdentifier</code> must be unique for each resource record set.
   *
   * <p>For information about routing policies, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy.html">Choosing a
   * Routing Policy</a> in the <em>Amazon Route 53 Developer Guide</em> .
   *
   * <p>Length: 0 to 128 characters. CloudFormation property {@code SetIdentifier}.
   */
  public RecordSet setIdentifier(String value) {
    return set("SetIdentifier", Value.of(value));
  }

  /** Sets {@code SetIdentifier} to this value; see {@link #setIdentifier(String)}. */
  public RecordSet setIdentifier(Value<String> value) {
    return set("SetIdentifier", value);
  }

  /**
   * The resource record cache time to live (TTL), in seconds. Note the following:
   *
   * <ul> <li>If you're creating or updating an alias resource record set, omit <code>TTL</code> .
   * Amazon Route 53 uses the value of <code>TTL</code> for the alias target. <li>If you're
   * associating this resource record set with a health check (if you're adding a
   * <code>HealthCheckId</code> element), we recommend that you specify a <code>TTL</code> of 60
   * seconds or less so clients respond quickly to changes in health status. <li>All of the resource
   * record sets in a group of weighted resource record sets must have the same value for
   * <code>TTL</code> . <li>If a group of weighted resource record sets includes one or more
   * weighted alias resource record sets for which the alias target is an ELB load balancer, we
   * recommend that you specify a <code>TTL</code> of 60 seconds for all of the non-alias weighted
   * resource record sets that have the same name and type. Values other than 60 seconds (the TTL
   * for load balancers) will change the effect of the values that you specify for
   * <code>Weight</code> . </ul>
   *
   * <p>CloudFormation property {@code TTL}.
   */
  public RecordSet ttl(String value) {
    return set("TTL", Value.of(value));
  }

  /** Sets {@code TTL} to this value; see {@link #ttl(String)}. */
  public RecordSet ttl(Value<String> value) {
    return set("TTL", value);
  }

  /**
   * The DNS record type. For information about different record types and how data is encoded for
   * them, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/ResourceRecordTypes.html">Supported
   * DNS Resource Record Types</a> in the <em>Amazon Route 53 Developer Guide</em> .
   *
   * <p>Valid values for basic resource record sets: <code>A</code> | <code>AAAA</code> |
   * <code>CAA</code> | <code>CNAME</code> | <code>DS</code> | <code>MX</code> | <code>NAPTR</code>
   * | <code>NS</code> | <code>PTR</code> | <code>SOA</code> | <code>SPF</code> | <code>SRV</code> |
   * <code>TXT</code> | <code>TLSA</code> | <code>SSHFP</code> | <code>SVCB</code> |
   * <code>HTTPS</code>
   *
   * <p>Values for weighted, latency, geolocation, and failover resource record sets: <code>A</code>
   * | <code>AAAA</code> | <code>CAA</code> | <code>CNAME</code> | <code>MX</code> |
   * <code>NAPTR</code> | <code>PTR</code> | <code>SPF</code> | <code>SRV</code> | <code>TXT</code>
   * | <code>TLSA</code> | <code>SSHFP</code> | <code>SVCB</code> | <code>HTTPS</code> . When
   * creating a group of weighted, latency, geolocation, or failover resource record sets, specify
   * the same value for all of the resource record sets in the group.
   *
   * <p>Valid values for multivalue answer resource record sets: <code>A</code> | <code>AAAA</code>
   * | <code>MX</code> | <code>NAPTR</code> | <code>PTR</code> | <code>SPF</code> | <code>SRV</code>
   * | <code>TXT</code> | <code>CAA</code> | <code>TLSA</code> | <code>SSHFP</code> |
   * <code>SVCB</code> | <code>HTTPS</code>
   *
   * <p>SPF records were formerly used to verify the identity of the sender of email messages.
   * However, we no longer recommend that you create resource record sets for which the value of
   * <code>Type</code> is <code>SPF</code> . RFC 7208, <em>Sender Policy Framework (SPF) for
   * Authorizing Use of Domains in Email, Version 1</em> , has been updated to say, "...[I]ts
   * existence and mechanism defined in [RFC4408] have led to some interoperability issues.
   * Accordingly, its use is no longer appropriate for SPF version 1; implementations are not to use
   * it." In RFC 7208, see section 14.1, <a
   * href="https://docs.aws.amazon.com/http://tools.ietf.org/html/rfc7208#section-14.1">The SPF DNS
   * Record Type</a> .
   *
   * <p>Values for alias resource record sets:
   *
   * <ul> <li><em>Amazon API Gateway custom regional APIs and edge-optimized APIs:</em>
   * <code>A</code> <li><em>CloudFront distributions:</em> <code>A</code> </ul>
   *
   * <p>If IPv6 is enabled for the distribution, create two resource record sets to route traffic to
   * your distribution, one with a value of <code>A</code> and one with a value of <code>AAAA</code>
   * .
   *
   * <ul> <li><em>Amazon API Gateway environment that has a regionalized subdomain</em> :
   * <code>A</code> <li><em>ELB load balancers:</em> <code>A</code> | <code>AAAA</code>
   * <li><em>Amazon S3 buckets:</em> <code>A</code> <li><em>Amazon Virtual Private Cloud interface
   * VPC endpoints</em> <code>A</code> <li><em>Another resource record set in this hosted zone:</em>
   * Specify the type of the resource record set that you're creating the alias for. All values are
   * supported except <code>NS</code> and <code>SOA</code> . </ul>
   *
   * <p>If you're creating an alias record that has the same name as the hosted zone (known as the
   * zone apex), you can't route traffic to a record for which the value of <code>Type</code> is
   * <code>CNAME</code> . This is because the alias record must have the same type as the record
   * you're routing traffic to, and creating a CNAME record for the zone apex isn't supported even
   * for an alias record.
   *
   * <p>Required. CloudFormation property {@code Type}.
   */
  public RecordSet typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public RecordSet typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * <em>Weighted resource record sets only:</em> Among resource record sets that have the same
   * combination of DNS name and type, a value that determines the proportion of DNS queries that
   * Amazon Route 53 responds to using the current resource record set. Route 53 calculates the sum
   * of the weights for the resource record sets that have the same combination of DNS name and
   * type. Route 53 then responds to queries based on the ratio of a resource's weight to the total.
   * Note the following:
   *
   * <ul> <li>You must specify a value for the <code>Weight</code> element for every weighted
   * resource record set. <li>You can only specify one <code>ResourceRecord</code> per weighted
   * resource record set. <li>You can't create latency, failover, or geolocation resource record
   * sets that have the same values for the <code>Name</code> and <code>Type</code> elements as
   * weighted resource record sets. <li>You can create a maximum of 100 weighted resource record
   * sets that have the same values for the <code>Name</code> and <code>Type</code> elements.
   * <li>For weighted (but not weighted alias) resource record sets, if you set <code>Weight</code>
   * to <code>0</code> for a resource record set, Route 53 never responds to queries with the
   * applicable value for that resource record set. However, if you set <code>Weight</code> to
   * <code>0</code> for all resource record sets that have the same combination of DNS name and
   * type, traffic is routed to all resources with equal probability. </ul>
   *
   * <p>The effect of setting <code>Weight</code> to <code>0</code> is different when you associate
   * health checks with weighted resource record sets. For more information, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-configuring-options.html">Options
   * for Configuring Route 53 Active-Active and Active-Passive Failover</a> in the <em>Amazon Route
   * 53 Developer Guide</em> .
   *
   * <p>CloudFormation property {@code Weight}.
   */
  public RecordSet weight(int value) {
    return set("Weight", Value.of(value));
  }

  /** Sets {@code Weight} to this value; see {@link #weight(int)}. */
  public RecordSet weight(Value<Integer> value) {
    return set("Weight", value);
  }

  /**
   * <em>Alias records only:</em> Information about the AWS resource, such as a CloudFront
   * distribution or an Amazon S3 bucket, that you want to route traffic to.
   *
   * <p>When creating records for a private hosted zone, note the following:
   *
   * <ul> <li>Creating geolocation alias and latency alias records in a private hosted zone is
   * allowed but not supported. <li>For information about creating failover records in a private
   * hosted zone, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-private-hosted-zones.html">Configuring
   * Failover in a Private Hosted Zone</a> . </ul>
   *
   * <p>Property type {@code AWS::Route53::RecordSet.AliasTarget}.
   */
  public static final class AliasTarget extends Struct<AliasTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53::RecordSet.AliasTarget")
        .required("DNSName", "HostedZoneId")
        .constrain("DNSName", Constraint.of().maxLength(1024))
        .constrain("HostedZoneId", Constraint.of().maxLength(44))
        .build();

    public AliasTarget() {
      super(SCHEMA);
    }

    /**
     * <em>Alias records only:</em> The value that you specify depends on where you want to route
     * queries:
     *
     * <ul> <li><b>Amazon API Gateway custom regional APIs and edge-optimized APIs</b> - Specify the
     * applicable domain name for your API. You can get the applicable value using the AWS CLI
     * command <a
     * href="https://docs.aws.amazon.com/cli/latest/reference/apigateway/get-domain-names.html">get-domain-names</a>
     * : </ul>
     *
     * <ul> <li>For regional APIs, specify the value of <code>regionalDomainName</code> . <li>For
     * edge-optimized APIs, specify the value of <code>distributionDomainName</code> . This is the
     * name of the associated CloudFront distribution, such as
     * <code>da1b2c3d4e5.cloudfront.net</code> . </ul>
     *
     * <p>The name of the record that you're creating must match a custom domain name for your API,
     * such as <code>api.example.com</code> .
     *
     * <ul> <li><b>Amazon Virtual Private Cloud interface VPC endpoint</b> - Enter the API endpoint
     * for the interface endpoint, such as
     * <code>vpce-123456789abcdef01-example-us-east-1a.elasticloadbalancing.us-east-1.vpce.amazonaws.com</code>
     * . For edge-optimized APIs, this is the domain name for the corresponding CloudFront
     * distribution. You can get the value of <code>DnsName</code> using the AWS CLI command <a
     * href="https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-vpc-endpoints.html">describe-vpc-endpoints</a>
     * . <li><b>CloudFront distribution</b> - Specify the domain name that CloudFront assigned when
     * you created your distribution. </ul>
     *
     * <p>Your CloudFront distribution must include an alternate domain name that matches the name
     * of the record. For example, if the name of the record is <em>acme.example.com</em> , your
     * CloudFront distribution must include <em>acme.example.com</em> as one of the alternate domain
     * names. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/CNAMEs.html">Using
     * Alternate Domain Names (CNAMEs)</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>You can't create a record in a private hosted zone to route traffic to a CloudFront
     * distribution.
     *
     * <p>For failover alias records, you can't specify a CloudFront distribution for both the
     * primary and secondary records. A distribution must include an alternate domain name that
     * matches the name of the record. However, the primary and secondary records have the same
     * name, and you can't include the same alternate domain name in more than one distribution.
     *
     * <ul> <li><b>Elastic Beanstalk environment</b> - If the domain name for your Elastic Beanstalk
     * environment includes the region that you deployed the environment in, you can create an alias
     * record that routes traffic to the environment. For example, the domain name
     * <code>my-environment. <em>us-west-2</em> .elasticbeanstalk.com</code> is a regionalized
     * domain name. </ul>
     *
     * <p>For environments that were created before early 2016, the domain name doesn't include the
     * region. To route traffic to these environments, you must create a CNAME record instead of an
     * alias record. Note that you can't create a CNAME record for the root domain name. For
     * example, if your domain name is example.com, you can create a record that routes traffic for
     * acme.example.com to your Elastic Beanstalk environment, but you can't create a record that
     * routes traffic for example.com to your Elastic Beanstalk environment.
     *
     * <p>For Elastic Beanstalk environments that have regionalized subdomains, specify the
     * <code>CNAME</code> attribute for the environment. You can use the following methods to get
     * the value of the CNAME attribute:
     *
     * <ul> <li><em>AWS Management Console</em> : For information about how to get the value by
     * using the console, see <a
     * href="https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/customdomains.html">Using Custom
     * Domains with AWS Elastic Beanstalk</a> in the <em>AWS Elastic Beanstalk Developer Guide</em>
     * . <li><em>Elastic Beanstalk API</em> : Use the <code>DescribeEnvironments</code> action to
     * get the value of the <code>CNAME</code> attribute. For more information, see <a
     * href="https://docs.aws.amazon.com/elasticbeanstalk/latest/api/API_DescribeEnvironments.html">DescribeEnvironments</a>
     * in the <em>AWS Elastic Beanstalk API Reference</em> . <li><em>AWS CLI</em> : Use the
     * <code>describe-environments</code> command to get the value of the <code>CNAME</code>
     * attribute. For more information, see <a
     * href="https://docs.aws.amazon.com/cli/latest/reference/elasticbeanstalk/describe-environments.html">describe-environments</a>
     * in the <em>AWS CLI</em> . <li><b>ELB load balancer</b> - Specify the DNS name that is
     * associated with the load balancer. Get the DNS name by using the AWS Management Console , the
     * ELB API, or the AWS CLI . </ul>
     *
     * <ul> <li><em>AWS Management Console</em> : Go to the EC2 page, choose <em>Load Balancers</em>
     * in the navigation pane, choose the load balancer, choose the <em>Description</em> tab, and
     * get the value of the <em>DNS name</em> field. </ul>
     *
     * <p>If you're routing traffic to a Classic Load Balancer, get the value that begins with
     * <em>dualstack</em> . If you're routing traffic to another type of load balancer, get the
     * value that applies to the record type, A or AAAA.
     *
     * <ul> <li><em>Elastic Load Balancing API</em> : Use <code>DescribeLoadBalancers</code> to get
     * the value of <code>DNSName</code> . For more information, see the applicable guide: </ul>
     *
     * <ul> <li>Classic Load Balancers: <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeLoadBalancers.html">DescribeLoadBalancers</a>
     * <li>Application and Network Load Balancers: <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeLoadBalancers.html">DescribeLoadBalancers</a>
     * <li><em>CloudFormation Fn::GetAtt intrinsic function</em> : Use the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getatt.html">Fn::GetAtt</a>
     * intrinsic function to get the value of <code>DNSName</code> : </ul>
     *
     * <ul> <li><a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-elb.html#aws-properties-ec2-elb-return-values">Classic
     * Load Balancers</a> . <li><a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-loadbalancer.html#aws-resource-elasticloadbalancingv2-loadbalancer-return-values">Application
     * and Network Load Balancers</a> . <li><em>AWS CLI</em> : Use
     * <code>describe-load-balancers</code> to get the value of <code>DNSName</code> . For more
     * information, see the applicable guide: </ul>
     *
     * <ul> <li>Classic Load Balancers: <a
     * href="https://docs.aws.amazon.com/cli/latest/reference/elb/describe-load-balancers.html">describe-load-balancers</a>
     * <li>Application and Network Load Balancers: <a
     * href="https://docs.aws.amazon.com/cli/latest/reference/elbv2/describe-load-balancers.html">describe-load-balancers</a>
     * <li><b>Global Accelerator accelerator</b> - Specify the DNS name for your accelerator: </ul>
     *
     * <ul> <li><em>Global Accelerator API</em> : To get the DNS name, use <a
     * href="https://docs.aws.amazon.com/global-accelerator/latest/api/API_DescribeAccelerator.html">DescribeAccelerator</a>
     * . <li><em>AWS CLI</em> : To get the DNS name, use <a
     * href="https://docs.aws.amazon.com/cli/latest/reference/globalaccelerator/describe-accelerator.html">describe-accelerator</a>
     * . <li><b>Amazon S3 bucket that is configured as a static website</b> - Specify the domain
     * name of the Amazon S3 website endpoint that you created the bucket in, for example,
     * <code>s3-website.us-east-2.amazonaws.com</code> . For more information about valid values,
     * see the table <a
     * href="https://docs.aws.amazon.com/general/latest/gr/s3.html#s3_website_region_endpoints">Amazon
     * S3 Website Endpoints</a> in the <em>Amazon Web Services General Reference</em> . For more
     * information about using S3 buckets for websites, see <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/getting-started.html">Getting
     * Started with Amazon Route 53</a> in the <em>Amazon Route 53 Developer Guide.</em>
     * <li><b>Another Route 53 record</b> - Specify the value of the <code>Name</code> element for a
     * record in the current hosted zone. </ul>
     *
     * <p>If you're creating an alias record that has the same name as the hosted zone (known as the
     * zone apex), you can't specify the domain name for a record for which the value of
     * <code>Type</code> is <code>CNAME</code> . This is because the alias record must have the same
     * type as the record that you're routing traffic to, and creating a CNAME record for the zone
     * apex isn't supported even for an alias record.
     *
     * <p>Required. Length: at most 1024 characters. CloudFormation property {@code DNSName}.
     */
    public AliasTarget dnsName(String value) {
      return set("DNSName", Value.of(value));
    }

    /** Sets {@code DNSName} to this value; see {@link #dnsName(String)}. */
    public AliasTarget dnsName(Value<String> value) {
      return set("DNSName", value);
    }

    /**
     * <em>Applies only to alias, failover alias, geolocation alias, latency alias, and weighted
     * alias resource record sets:</em> When <code>EvaluateTargetHealth</code> is <code>true</code>
     * , an alias resource record set inherits the health of the referenced AWS resource, such as an
     * ELB load balancer or another resource record set in the hosted zone.
     *
     * <p>Note the following:
     *
     * <ul> <li><b>CloudFront distributions</b> - You can't set <code>EvaluateTargetHealth</code> to
     * <code>true</code> when the alias target is a CloudFront distribution. <li><b>Elastic
     * Beanstalk environments that have regionalized subdomains</b> - If you specify an Elastic
     * Beanstalk environment in <code>DNSName</code> and the environment contains an ELB load
     * balancer, Elastic Load Balancing routes queries only to the healthy Amazon EC2 instances that
     * are registered with the load balancer. (An environment automatically contains an ELB load
     * balancer if it includes more than one Amazon EC2 instance.) If you set
     * <code>EvaluateTargetHealth</code> to <code>true</code> and either no Amazon EC2 instances are
     * healthy or the load balancer itself is unhealthy, Route 53 routes queries to other available
     * resources that are healthy, if any. </ul>
     *
     * <p>If the environment contains a single Amazon EC2 instance, there are no special
     * requirements.
     *
     * <ul> <li><b>ELB load balancers</b> - Health checking behavior depends on the type of load
     * balancer: </ul>
     *
     * <ul> <li><em>Classic Load Balancers</em> : If you specify an ELB Classic Load Balancer in
     * <code>DNSName</code> , Elastic Load Balancing routes queries only to the healthy Amazon EC2
     * instances that are registered with the load balancer. If you set
     * <code>EvaluateTargetHealth</code> to <code>true</code> and either no EC2 instances are
     * healthy or the load balancer itself is unhealthy, Route 53 routes queries to other resources.
     * <li><em>Application and Network Load Balancers</em> : If you specify an ELB Application or
     * Network Load Balancer and you set <code>EvaluateTargetHealth</code> to <code>true</code> ,
     * Route 53 routes queries to the load balancer based on the health of the target groups that
     * are associated with the load balancer: </ul>
     *
     * <ul> <li>For an Application or Network Load Balancer to be considered healthy, every target
     * group that contains targets must contain at least one healthy target. If any target group
     * contains only unhealthy targets, the load balancer is considered unhealthy, and Route 53
     * routes queries to other resources. <li>A target group that has no registered targets is
     * considered unhealthy. </ul>
     *
     * <p>When you create a load balancer, you configure settings for Elastic Load Balancing health
     * checks; they're not Route 53 health checks, but they perform a similar function. Do not
     * create Route 53 health checks for the EC2 instances that you register with an ELB load
     * balancer.
     *
     * <ul> <li><b>API Gateway APIs</b> - There are no special requirements for setting
     * <code>EvaluateTargetHealth</code> to <code>true</code> when the alias target is an API
     * Gateway API. However, because API Gateway is highly available by design,
     * <code>EvaluateTargetHealth</code> provides no operational benefit and <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html">Route 53
     * health checks</a> are recommended instead for failover scenarios. <li><b>S3 buckets</b> -
     * There are no special requirements for setting <code>EvaluateTargetHealth</code> to
     * <code>true</code> when the alias target is an S3 bucket. However, because S3 buckets are
     * highly available by design, <code>EvaluateTargetHealth</code> provides no operational benefit
     * and <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html">Route 53
     * health checks</a> are recommended instead for failover scenarios. <li><b>VPC interface
     * endpoints</b> - There are no special requirements for setting
     * <code>EvaluateTargetHealth</code> to <code>true</code> when the alias target is a VPC
     * interface endpoint. However, because VPC interface endpoints are highly available by design,
     * <code>EvaluateTargetHealth</code> provides no operational benefit and <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html">Route 53
     * health checks</a> are recommended instead for failover scenarios. <li><b>Other records in the
     * same hosted zone</b> - If the AWS resource that you specify in <code>DNSName</code> is a
     * record or a group of records (for example, a group of weighted records) but is not another
     * alias record, we recommend that you associate a health check with all of the records in the
     * alias target. For more information, see <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-complex-configs.html#dns-failover-complex-configs-hc-omitting">What
     * Happens When You Omit Health Checks?</a> in the <em>Amazon Route 53 Developer Guide</em> .
     * </ul>
     *
     * <p>While <code>EvaluateTargetHealth</code> can be set to <code>true</code> for highly
     * available AWS services (such as S3 buckets, VPC interface endpoints, and API Gateway), these
     * services are designed for high availability and rarely experience outages that would be
     * detected by this feature. For failover scenarios with these services, consider using <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html">Route 53
     * health checks</a> that monitor your application's ability to access the service instead.
     *
     * <p>For more information and examples, see <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html">Amazon
     * Route 53 Health Checks and DNS Failover</a> in the <em>Amazon Route 53 Developer Guide</em> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code EvaluateTargetHealth}.
     */
    public AliasTarget evaluateTargetHealth(boolean value) {
      return set("EvaluateTargetHealth", Value.of(value));
    }

    /**
     * Sets {@code EvaluateTargetHealth} to this value; see {@link #evaluateTargetHealth(boolean)}.
     */
    public AliasTarget evaluateTargetHealth(Value<Boolean> value) {
      return set("EvaluateTargetHealth", value);
    }

    /**
     * <em>Alias resource records sets only</em> : The value used depends on where you want to route
     * traffic:
     *
     * <ul> <li><b>Amazon API Gateway custom regional APIs and edge-optimized APIs</b> - Specify the
     * hosted zone ID for your API. You can get the applicable value using the AWS CLI command <a
     * href="https://docs.aws.amazon.com/cli/latest/reference/apigateway/get-domain-names.html">get-domain-names</a>
     * : </ul>
     *
     * <ul> <li>For regional APIs, specify the value of <code>regionalHostedZoneId</code> . <li>For
     * edge-optimized APIs, specify the value of <code>distributionHostedZoneId</code> .
     * <li><b>Amazon Virtual Private Cloud interface VPC endpoint</b> - Specify the hosted zone ID
     * for your interface endpoint. You can get the value of <code>HostedZoneId</code> using the AWS
     * CLI command <a
     * href="https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-vpc-endpoints.html">describe-vpc-endpoints</a>
     * . <li><b>CloudFront distribution</b> - Specify <code>Z2FDTNDATAQYW2</code> . This is always
     * the hosted zone ID when you create an alias record that routes traffic to a CloudFront
     * distribution. </ul>
     *
     * <p>Alias records for CloudFront can't be created in a private zone.
     *
     * <ul> <li><b>Elastic Beanstalk environment</b> - Specify the hosted zone ID for the region
     * that you created the environment in. The environment must have a regionalized subdomain. For
     * a list of regions and the corresponding hosted zone IDs, see <a
     * href="https://docs.aws.amazon.com/general/latest/gr/elasticbeanstalk.html">AWS Elastic
     * Beanstalk endpoints and quotas</a> in the <em>Amazon Web Services General Reference</em> .
     * <li><b>ELB load balancer</b> - Specify the value of the hosted zone ID for the load balancer.
     * Use the following methods to get the hosted zone ID: </ul>
     *
     * <ul> <li><a href="https://docs.aws.amazon.com/general/latest/gr/elb.html">Service
     * Endpoints</a> table in the "Elastic Load Balancing Endpoints and Quotas" topic in the
     * <em>Amazon Web Services General Reference</em> : Use the value that corresponds with the
     * region that you created your load balancer in. Note that there are separate columns for
     * Application and Classic Load Balancers and for Network Load Balancers. <li><em>AWS Management
     * Console</em> : Go to the Amazon EC2 page, choose <em>Load Balancers</em> in the navigation
     * pane, select the load balancer, and get the value of the <em>Hosted zone</em> field on the
     * <em>Description</em> tab. <li><em>Elastic Load Balancing API</em> : Use
     * <code>DescribeLoadBalancers</code> to get the applicable value. For more information, see the
     * applicable guide: </ul>
     *
     * <ul> <li>Classic Load Balancers: Use <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeLoadBalancers.html">DescribeLoadBalancers</a>
     * to get the value of <code>CanonicalHostedZoneNameID</code> . <li>Application and Network Load
     * Balancers: Use <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeLoadBalancers.html">DescribeLoadBalancers</a>
     * to get the value of <code>CanonicalHostedZoneID</code> . <li><em>CloudFormation Fn::GetAtt
     * intrinsic function</em> : Use the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getatt.html">Fn::GetAtt</a>
     * intrinsic function to get the applicable value: </ul>
     *
     * <ul> <li>Classic Load Balancers: Get <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-elb.html#aws-properties-ec2-elb-return-values">CanonicalHostedZoneNameID</a>
     * . <li>Application and Network Load Balancers: Get <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-loadbalancer.html#aws-resource-elasticloadbalancingv2-loadbalancer-return-values">CanonicalHostedZoneID</a>
     * . <li><em>AWS CLI</em> : Use <code>describe-load-balancers</code> to get the applicable
     * value. For more information, see the applicable guide: </ul>
     *
     * <ul> <li>Classic Load Balancers: Use <a
     * href="https://docs.aws.amazon.com/cli/latest/reference/elb/describe-load-balancers.html">describe-load-balancers</a>
     * to get the value of <code>CanonicalHostedZoneNameID</code> . <li>Application and Network Load
     * Balancers: Use <a
     * href="https://docs.aws.amazon.com/cli/latest/reference/elbv2/describe-load-balancers.html">describe-load-balancers</a>
     * to get the value of <code>CanonicalHostedZoneID</code> . <li><b>Global Accelerator
     * accelerator</b> - Specify <code>Z2BJ6XQ5FK7U4H</code> . <li><b>An Amazon S3 bucket configured
     * as a static website</b> - Specify the hosted zone ID for the region that you created the
     * bucket in. For more information about valid values, see the table <a
     * href="https://docs.aws.amazon.com/general/latest/gr/s3.html#s3_website_region_endpoints">Amazon
     * S3 Website Endpoints</a> in the <em>Amazon Web Services General Reference</em> .
     * <li><b>Another Route 53 record in your hosted zone</b> - Specify the hosted zone ID of your
     * hosted zone. (An alias record can't reference a record in a different hosted zone.) </ul>
     *
     * <p>Required. Length: at most 44 characters. CloudFormation property {@code HostedZoneId}.
     */
    public AliasTarget hostedZoneId(String value) {
      return set("HostedZoneId", Value.of(value));
    }

    /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
    public AliasTarget hostedZoneId(Value<String> value) {
      return set("HostedZoneId", value);
    }
  }

  /**
   * The object that is specified in resource record set object when you are linking a resource
   * record set to a CIDR location.
   *
   * <p>A <code>LocationName</code> with an asterisk “*” can be used to create a default CIDR
   * record. <code>CollectionId</code> is still required for default record.
   *
   * <p>Property type {@code AWS::Route53::RecordSet.CidrRoutingConfig}.
   */
  public static final class CidrRoutingConfig extends Struct<CidrRoutingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53::RecordSet.CidrRoutingConfig")
        .required("CollectionId", "LocationName")
        .constrain("CollectionId", Constraint.of().pattern("^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$"))
        .constrain("LocationName", Constraint.of().pattern("[0-9A-Za-z_\\-\\*]+").minLength(1).maxLength(16))
        .build();

    public CidrRoutingConfig() {
      super(SCHEMA);
    }

    /**
     * The CIDR collection ID.
     *
     * <p>Required. Pattern: {@code ^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$}. CloudFormation
     * property {@code CollectionId}.
     */
    public CidrRoutingConfig collectionId(String value) {
      return set("CollectionId", Value.of(value));
    }

    /** Sets {@code CollectionId} to this value; see {@link #collectionId(String)}. */
    public CidrRoutingConfig collectionId(Value<String> value) {
      return set("CollectionId", value);
    }

    /**
     * The CIDR collection location name.
     *
     * <p>Required. Length: 1 to 16 characters. Pattern: {@code [0-9A-Za-z_&#92;-&#92;*]+}.
     * CloudFormation property {@code LocationName}.
     */
    public CidrRoutingConfig locationName(String value) {
      return set("LocationName", Value.of(value));
    }

    /** Sets {@code LocationName} to this value; see {@link #locationName(String)}. */
    public CidrRoutingConfig locationName(Value<String> value) {
      return set("LocationName", value);
    }
  }

  /**
   * A complex type that contains information about a geographic location.
   *
   * <p>Property type {@code AWS::Route53::RecordSet.GeoLocation}.
   */
  public static final class GeoLocation extends Struct<GeoLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53::RecordSet.GeoLocation")
        .constrain("ContinentCode", Constraint.of().minLength(2).maxLength(2))
        .constrain("CountryCode", Constraint.of().minLength(1).maxLength(2))
        .constrain("SubdivisionCode", Constraint.of().minLength(1).maxLength(3))
        .build();

    public GeoLocation() {
      super(SCHEMA);
    }

    /**
     * For geolocation resource record sets, a two-letter abbreviation that identifies a continent.
     * Route 53 supports the following continent codes:
     *
     * <ul> <li><em>AF</em> : Africa <li><em>AN</em> : Antarctica <li><em>AS</em> : Asia
     * <li><em>EU</em> : Europe <li><em>OC</em> : Oceania <li><em>NA</em> : North America
     * <li><em>SA</em> : South America </ul>
     *
     * <p>Constraint: Specifying <code>ContinentCode</code> with either <code>CountryCode</code> or
     * <code>SubdivisionCode</code> returns an <code>InvalidInput</code> error.
     *
     * <p>Length: 2 to 2 characters. CloudFormation property {@code ContinentCode}.
     */
    public GeoLocation continentCode(String value) {
      return set("ContinentCode", Value.of(value));
    }

    /** Sets {@code ContinentCode} to this value; see {@link #continentCode(String)}. */
    public GeoLocation continentCode(Value<String> value) {
      return set("ContinentCode", value);
    }

    /**
     * For geolocation resource record sets, the two-letter code for a country.
     *
     * <p>Route 53 uses the two-letter country codes that are specified in <a
     * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2">ISO
     * standard 3166-1 alpha-2</a> .
     *
     * <p>Length: 1 to 2 characters. CloudFormation property {@code CountryCode}.
     */
    public GeoLocation countryCode(String value) {
      return set("CountryCode", Value.of(value));
    }

    /** Sets {@code CountryCode} to this value; see {@link #countryCode(String)}. */
    public GeoLocation countryCode(Value<String> value) {
      return set("CountryCode", value);
    }

    /**
     * For geolocation resource record sets, the two-letter code for a state of the United States.
     * Route 53 doesn't support any other values for <code>SubdivisionCode</code> . For a list of
     * state abbreviations, see <a
     * href="https://docs.aws.amazon.com/https://pe.usps.com/text/pub28/28apb.htm">Appendix B:
     * Two–Letter State and Possession Abbreviations</a> on the United States Postal Service
     * website.
     *
     * <p>If you specify <code>subdivisioncode</code> , you must also specify <code>US</code> for
     * <code>CountryCode</code> .
     *
     * <p>Length: 1 to 3 characters. CloudFormation property {@code SubdivisionCode}.
     */
    public GeoLocation subdivisionCode(String value) {
      return set("SubdivisionCode", Value.of(value));
    }

    /** Sets {@code SubdivisionCode} to this value; see {@link #subdivisionCode(String)}. */
    public GeoLocation subdivisionCode(Value<String> value) {
      return set("SubdivisionCode", value);
    }
  }
}
