// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.cloudwatch.Alarm;
import io.tropo4j.resources.ec2.EIP;
import io.tropo4j.resources.route53recoverycontrol.RoutingControl;
import java.util.List;

/**
 * The <code>AWS::Route53::HealthCheck</code> resource is a Route 53 resource type that contains
 * settings for a Route 53 health check.
 *
 * <p>For information about associating health checks with records, see <a
 * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html#Route53-Type-ResourceRecordSet-HealthCheckId">HealthCheckId</a>
 * in <a
 * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeResourceRecordSets.html">ChangeResourceRecordSets</a>
 * .
 *
 * <p>You can't create a health check with simple routing.
 *
 * <p><em>ELB Load Balancers</em>
 *
 * <p>If you're registering EC2 instances with an Elastic Load Balancing (ELB) load balancer, do not
 * create Amazon Route 53 health checks for the EC2 instances. When you register an EC2 instance
 * with a load balancer, you configure settings for an ELB health check, which performs a similar
 * function to a Route 53 health check.
 *
 * <p><em>Private Hosted Zones</em>
 *
 * <p>You can associate health checks with failover records in a private hosted zone. Note the
 * following:
 *
 * <ul> <li>Route 53 health checkers are outside the VPC. To check the health of an endpoint within
 * a VPC by IP address, you must assign a public IP address to the instance in the VPC. <li>You can
 * configure a health checker to check the health of an external resource that the instance relies
 * on, such as a database server. <li>You can create a CloudWatch metric, associate an alarm with
 * the metric, and then create a health check that is based on the state of the alarm. For example,
 * you might create a CloudWatch metric that checks the status of the Amazon EC2
 * <code>StatusCheckFailed</code> metric, add an alarm to the metric, and then create a health check
 * that is based on the state of the alarm. For information about creating CloudWatch metrics and
 * alarms by using the CloudWatch console, see the <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/DeveloperGuide/WhatIsCloudWatch.html">Amazon
 * CloudWatch User Guide</a> . </ul>
 *
 * <p>CloudFormation type {@code AWS::Route53::HealthCheck}.
 */
public final class HealthCheck extends Resource<HealthCheck> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53::HealthCheck")
      .required("HealthCheckConfig")
      .refYields("HealthCheckId")
      .attributes("HealthCheckId")
      .tags("HealthCheckTags", Schema.TagForm.LIST)
      .build();

  public HealthCheck(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A complex type that contains detailed information about one health check.
   *
   * <p>For the values to enter for <code>HealthCheckConfig</code> , see <a
   * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html">HealthCheckConfig</a>
   *
   * <p>Required. CloudFormation property {@code HealthCheckConfig}.
   */
  public HealthCheck healthCheckConfig(Value<HealthCheckConfig> value) {
    return set("HealthCheckConfig", value);
  }

  /**
   * The <code>HealthCheckTags</code> property describes key-value pairs that are associated with an
   * <code>AWS::Route53::HealthCheck</code> resource.
   *
   * <p>CloudFormation property {@code HealthCheckTags}.
   */
  public HealthCheck healthCheckTags(List<HealthCheckTag> value) {
    return set("HealthCheckTags", Value.listOf(value));
  }

  /** Sets {@code HealthCheckTags} to this value; see {@link #healthCheckTags(List)}. */
  public HealthCheck healthCheckTags(Value<List<HealthCheckTag>> value) {
    return set("HealthCheckTags", value);
  }

  /** Sets {@code HealthCheckTags} to a list of these; see {@link #healthCheckTags(List)}. */
  public HealthCheck healthCheckTags(HealthCheckTag... values) {
    return set("HealthCheckTags", Value.list(values));
  }

  /**
   * Sets {@code HealthCheckTags} to the tags, as a list of Key and Value; see {@link
   * #healthCheckTags(List)}.
   */
  public HealthCheck healthCheckTags(Tags tags) {
    return set("HealthCheckTags", tags);
  }

  /**
   * The identifier that Amazon Route 53 assigned to the health check when you created it. When you
   * add or update a resource record set, you use this value to specify which health check to use.
   * The value can be up to 64 characters long.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HealthCheckId}.
   */
  public Value<String> healthCheckId() {
    return getAtt("HealthCheckId");
  }

  /**
   * A complex type that identifies the CloudWatch alarm that you want Amazon Route 53 health
   * checkers to use to determine whether the specified health check is healthy.
   *
   * <p>Property type {@code AWS::Route53::HealthCheck.AlarmIdentifier}.
   */
  public static final class AlarmIdentifier extends Struct<AlarmIdentifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53::HealthCheck.AlarmIdentifier")
        .required("Name", "Region")
        .constrain("Name", Constraint.of().minLength(1).maxLength(256))
        .references("Name", "AWS::CloudWatch::Alarm.Ref")
        .allowed("Region", "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1",
            "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2", "ap-southeast-1",
            "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
            "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "cn-north-1",
            "cn-northwest-1", "eu-central-1", "eu-central-2", "eu-isoe-west-1", "eu-north-1",
            "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "eusc-de-east-1",
            "il-central-1", "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-1",
            "us-east-2", "us-gov-east-1", "us-gov-west-1", "us-iso-east-1", "us-iso-west-1",
            "us-isob-east-1", "us-isob-west-1", "us-isof-east-1", "us-isof-south-1", "us-west-1",
            "us-west-2")
        .build();

    public AlarmIdentifier() {
      super(SCHEMA);
    }

    /**
     * The name of the CloudWatch alarm that you want Amazon Route 53 health checkers to use to
     * determine whether this health check is healthy.
     *
     * <p>Route 53 supports CloudWatch alarms with the following features: - Standard-resolution
     * metrics. High-resolution metrics aren't supported. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/DeveloperGuide/publishingMetrics.html#high-resolution-metrics">High-Resolution
     * Metrics</a> in the <em>Amazon CloudWatch User Guide</em> . - Statistics: Average, Minimum,
     * Maximum, Sum, and SampleCount. Extended statistics aren't supported.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Name}.
     */
    public AlarmIdentifier name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AlarmIdentifier name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Sets {@code Name} to the Ref of {@code AWS::CloudWatch::Alarm}; see {@link #name(String)}.
     */
    public AlarmIdentifier name(Alarm resource) {
      return set("Name", resource.ref());
    }

    /**
     * For the CloudWatch alarm that you want Route 53 health checkers to use to determine whether
     * this health check is healthy, the region that the alarm was created in.
     *
     * <p>For the current list of CloudWatch regions, see <a
     * href="https://docs.aws.amazon.com/general/latest/gr/cw_region.html">Amazon CloudWatch
     * endpoints and quotas</a> in the <em>Amazon Web Services General Reference</em> .
     *
     * <p>Required. Allowed values: {@code af-south-1}, {@code ap-east-1}, {@code ap-east-2}, {@code
     * ap-northeast-1}, {@code ap-northeast-2}, {@code ap-northeast-3}, {@code ap-south-1}, {@code
     * ap-south-2}, {@code ap-southeast-1}, {@code ap-southeast-2}, {@code ap-southeast-3}, {@code
     * ap-southeast-4}, {@code ap-southeast-5}, {@code ap-southeast-6}, {@code ap-southeast-7},
     * {@code ca-central-1}, {@code ca-west-1}, {@code cn-north-1}, {@code cn-northwest-1}, {@code
     * eu-central-1}, {@code eu-central-2}, {@code eu-isoe-west-1}, {@code eu-north-1}, {@code
     * eu-south-1}, {@code eu-south-2}, {@code eu-west-1}, {@code eu-west-2}, {@code eu-west-3},
     * {@code eusc-de-east-1}, {@code il-central-1}, {@code me-central-1}, {@code me-south-1},
     * {@code mx-central-1}, {@code sa-east-1}, {@code us-east-1}, {@code us-east-2}, {@code
     * us-gov-east-1}, {@code us-gov-west-1}, {@code us-iso-east-1}, {@code us-iso-west-1}, {@code
     * us-isob-east-1}, {@code us-isob-west-1}, {@code us-isof-east-1}, {@code us-isof-south-1},
     * {@code us-west-1}, {@code us-west-2}. CloudFormation property {@code Region}.
     */
    public AlarmIdentifier region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public AlarmIdentifier region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * A complex type that contains information about the health check.
   *
   * <p>Property type {@code AWS::Route53::HealthCheck.HealthCheckConfig}.
   */
  public static final class HealthCheckConfig extends Struct<HealthCheckConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53::HealthCheck.HealthCheckConfig")
        .required("Type")
        .constrain("ChildHealthChecks", Constraint.of().minLength(0).maxLength(64))
        .references("ChildHealthChecks", "AWS::Route53::HealthCheck.Ref")
        .constrain("FailureThreshold", Constraint.of().minimum(1).maximum(10))
        .constrain("FullyQualifiedDomainName", Constraint.of().minLength(0).maxLength(255))
        .constrain("HealthThreshold", Constraint.of().minimum(0).maximum(256))
        .constrain("IPAddress", Constraint.of().pattern("^((([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))$|^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))$").minLength(0).maxLength(45))
        .references("IPAddress", "AWS::EC2::EIP.Ref", "AWS::EC2::EIP.AllocationId")
        .allowed("InsufficientDataHealthStatus", "Healthy", "LastKnownStatus", "Unhealthy")
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .allowed("Regions", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2", "eu-west-1",
            "sa-east-1", "us-east-1", "us-west-1", "us-west-2")
        .constrain("RequestInterval", Constraint.of().minimum(10).maximum(30))
        .constrain("ResourcePath", Constraint.of().minLength(0).maxLength(255))
        .constrain("RoutingControlArn", Constraint.of().minLength(1).maxLength(255))
        .references("RoutingControlArn", "AWS::Route53RecoveryControl::RoutingControl.Ref")
        .constrain("SearchString", Constraint.of().minLength(0).maxLength(255))
        .allowed("Type", "CALCULATED", "CLOUDWATCH_METRIC", "HTTP", "HTTP_STR_MATCH", "HTTPS",
            "HTTPS_STR_MATCH", "TCP", "RECOVERY_CONTROL")
        .build();

    public HealthCheckConfig() {
      super(SCHEMA);
    }

    /**
     * A complex type that identifies the CloudWatch alarm that you want Amazon Route 53 health
     * checkers to use to determine whether the specified health check is healthy.
     *
     * <p>CloudFormation property {@code AlarmIdentifier}.
     */
    public HealthCheckConfig alarmIdentifier(Value<AlarmIdentifier> value) {
      return set("AlarmIdentifier", value);
    }

    /**
     * (CALCULATED Health Checks Only) A complex type that contains one
     * <code>ChildHealthCheck</code> element for each health check that you want to associate with a
     * <code>CALCULATED</code> health check.
     *
     * <p>Length: 0 to 64 characters. CloudFormation property {@code ChildHealthChecks}.
     */
    public HealthCheckConfig childHealthChecks(List<String> value) {
      return set("ChildHealthChecks", Value.listOf(value));
    }

    /** Sets {@code ChildHealthChecks} to this value; see {@link #childHealthChecks(List)}. */
    public HealthCheckConfig childHealthChecks(Value<List<String>> value) {
      return set("ChildHealthChecks", value);
    }

    /**
     * Sets {@code ChildHealthChecks} to the Ref of each {@code AWS::Route53::HealthCheck}; see
     * {@link #childHealthChecks(List)}.
     */
    public HealthCheckConfig childHealthChecks(HealthCheck... resources) {
      return set("ChildHealthChecks", Value.refs(resources));
    }

    /**
     * Specify whether you want Amazon Route 53 to send the value of
     * <code>FullyQualifiedDomainName</code> to the endpoint in the <code>client_hello</code>
     * message during TLS negotiation. This allows the endpoint to respond to <code>HTTPS</code>
     * health check requests with the applicable SSL/TLS certificate.
     *
     * <p>Some endpoints require that <code>HTTPS</code> requests include the host name in the
     * <code>client_hello</code> message. If you don't enable SNI, the status of the health check
     * will be <code>SSL alert handshake_failure</code> . A health check can also have that status
     * for other reasons. If SNI is enabled and you're still getting the error, check the SSL/TLS
     * configuration on your endpoint and confirm that your certificate is valid.
     *
     * <p>The SSL/TLS certificate on your endpoint includes a domain name in the <code>Common
     * Name</code> field and possibly several more in the <code>Subject Alternative Names</code>
     * field. One of the domain names in the certificate should match the value that you specify for
     * <code>FullyQualifiedDomainName</code> . If the endpoint responds to the
     * <code>client_hello</code> message with a certificate that does not include the domain name
     * that you specified in <code>FullyQualifiedDomainName</code> , a health checker will retry the
     * handshake. In the second attempt, the health checker will omit
     * <code>FullyQualifiedDomainName</code> from the <code>client_hello</code> message.
     *
     * <p>CloudFormation property {@code EnableSNI}.
     */
    public HealthCheckConfig enableSNI(boolean value) {
      return set("EnableSNI", Value.of(value));
    }

    /** Sets {@code EnableSNI} to this value; see {@link #enableSNI(boolean)}. */
    public HealthCheckConfig enableSNI(Value<Boolean> value) {
      return set("EnableSNI", value);
    }

    /**
     * The number of consecutive health checks that an endpoint must pass or fail for Amazon Route
     * 53 to change the current status of the endpoint from unhealthy to healthy or vice versa. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html">How
     * Amazon Route 53 Determines Whether an Endpoint Is Healthy</a> in the <em>Amazon Route 53
     * Developer Guide</em> .
     *
     * <p><code>FailureThreshold</code> is not supported when you specify a value for
     * <code>Type</code> of <code>RECOVERY_CONTROL</code> .
     *
     * <p>Otherwise, if you don't specify a value for <code>FailureThreshold</code> , the default
     * value is three health checks.
     *
     * <p>Range: 1 to 10. CloudFormation property {@code FailureThreshold}.
     */
    public HealthCheckConfig failureThreshold(int value) {
      return set("FailureThreshold", Value.of(value));
    }

    /** Sets {@code FailureThreshold} to this value; see {@link #failureThreshold(int)}. */
    public HealthCheckConfig failureThreshold(Value<Integer> value) {
      return set("FailureThreshold", value);
    }

    /**
     * Amazon Route 53 behavior depends on whether you specify a value for <code>IPAddress</code> .
     *
     * <p><em>If you specify a value for</em> <code>IPAddress</code> :
     *
     * <p>Amazon Route 53 sends health check requests to the specified IPv4 or IPv6 address and
     * passes the value of <code>FullyQualifiedDomainName</code> in the <code>Host</code> header for
     * all health checks except TCP health checks. This is typically the fully qualified DNS name of
     * the endpoint on which you want Route 53 to perform health checks.
     *
     * <p>When Route 53 checks the health of an endpoint, here is how it constructs the
     * <code>Host</code> header:
     *
     * <ul> <li>If you specify a value of <code>80</code> for <code>Port</code> and
     * <code>HTTP</code> or <code>HTTP_STR_MATCH</code> for <code>Type</code> , Route 53 passes the
     * value of <code>FullyQualifiedDomainName</code> to the endpoint in the Host header. <li>If you
     * specify a value of <code>443</code> for <code>Port</code> and <code>HTTPS</code> or
     * <code>HTTPS_STR_MATCH</code> for <code>Type</code> , Route 53 passes the value of
     * <code>FullyQualifiedDomainName</code> to the endpoint in the <code>Host</code> header. <li>If
     * you specify another value for <code>Port</code> and any value except <code>TCP</code> for
     * <code>Type</code> , Route 53 passes <code>FullyQualifiedDomainName:Port</code> to the
     * endpoint in the <code>Host</code> header. </ul>
     *
     * <p>If you don't specify a value for <code>FullyQualifiedDomainName</code> , Route 53
     * substitutes the value of <code>IPAddress</code> in the <code>Host</code> header in each of
     * the preceding cases.
     *
     * <p><em>If you don't specify a value for <code>IPAddress</code></em> :
     *
     * <p>Route 53 sends a DNS request to the domain that you specify for
     * <code>FullyQualifiedDomainName</code> at the interval that you specify for
     * <code>RequestInterval</code> . Using an IPv4 address that DNS returns, Route 53 then checks
     * the health of the endpoint.
     *
     * <p>If you don't specify a value for <code>IPAddress</code> , Route 53 uses only IPv4 to send
     * health checks to the endpoint. If there's no record with a type of A for the name that you
     * specify for <code>FullyQualifiedDomainName</code> , the health check fails with a "DNS
     * resolution failed" error.
     *
     * <p>If you want to check the health of multiple records that have the same name and type, such
     * as multiple weighted records, and if you choose to specify the endpoint only by
     * <code>FullyQualifiedDomainName</code> , we recommend that you create a separate health check
     * for each endpoint. For example, create a health check for each HTTP server that is serving
     * content for www.example.com. For the value of <code>FullyQualifiedDomainName</code> , specify
     * the domain name of the server (such as us-east-2-www.example.com), not the name of the
     * records (www.example.com).
     *
     * <p>In this configuration, if you create a health check for which the value of
     * <code>FullyQualifiedDomainName</code> matches the name of the records and you then associate
     * the health check with those records, health check results will be unpredictable.
     *
     * <p>In addition, if the value that you specify for <code>Type</code> is <code>HTTP</code> ,
     * <code>HTTPS</code> , <code>HTTP_STR_MATCH</code> , or <code>HTTPS_STR_MATCH</code> , Route 53
     * passes the value of <code>FullyQualifiedDomainName</code> in the <code>Host</code> header, as
     * it does when you specify a value for <code>IPAddress</code> . If the value of
     * <code>Type</code> is <code>TCP</code> , Route 53 doesn't pass a <code>Host</code> header.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code FullyQualifiedDomainName}.
     */
    public HealthCheckConfig fullyQualifiedDomainName(String value) {
      return set("FullyQualifiedDomainName", Value.of(value));
    }

    /**
     * Sets {@code FullyQualifiedDomainName} to this value; see {@link
     * #fullyQualifiedDomainName(String)}.
     */
    public HealthCheckConfig fullyQualifiedDomainName(Value<String> value) {
      return set("FullyQualifiedDomainName", value);
    }

    /**
     * The number of child health checks that are associated with a <code>CALCULATED</code> health
     * check that Amazon Route 53 must consider healthy for the <code>CALCULATED</code> health check
     * to be considered healthy. To specify the child health checks that you want to associate with
     * a <code>CALCULATED</code> health check, use the <a
     * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHealthCheck.html#Route53-UpdateHealthCheck-request-ChildHealthChecks">ChildHealthChecks</a>
     * element.
     *
     * <p>Note the following:
     *
     * <ul> <li>If you specify a number greater than the number of child health checks, Route 53
     * always considers this health check to be unhealthy. <li>If you specify <code>0</code> , Route
     * 53 always considers this health check to be healthy. </ul>
     *
     * <p>Range: 0 to 256. CloudFormation property {@code HealthThreshold}.
     */
    public HealthCheckConfig healthThreshold(int value) {
      return set("HealthThreshold", Value.of(value));
    }

    /** Sets {@code HealthThreshold} to this value; see {@link #healthThreshold(int)}. */
    public HealthCheckConfig healthThreshold(Value<Integer> value) {
      return set("HealthThreshold", value);
    }

    /**
     * The IPv4 or IPv6 IP address of the endpoint that you want Amazon Route 53 to perform health
     * checks on. If you don't specify a value for <code>IPAddress</code> , Route 53 sends a DNS
     * request to resolve the domain name that you specify in <code>FullyQualifiedDomainName</code>
     * at the interval that you specify in <code>RequestInterval</code> . Using an IP address
     * returned by DNS, Route 53 then checks the health of the endpoint.
     *
     * <p>Use one of the following formats for the value of <code>IPAddress</code> :
     *
     * <ul> <li><em>IPv4 address</em> : four values between 0 and 255, separated by periods (.), for
     * example, <code>192.0.2.44</code> . <li><em>IPv6 address</em> : eight groups of four
     * hexadecimal values, separated by colons (:), for example,
     * <code>2001:0db8:85a3:0000:0000:abcd:0001:2345</code> . You can also shorten IPv6 addresses as
     * described in RFC 5952, for example, <code>2001:db8:85a3::abcd:1:2345</code> . </ul>
     *
     * <p>If the endpoint is an EC2 instance, we recommend that you create an Elastic IP address,
     * associate it with your EC2 instance, and specify the Elastic IP address for
     * <code>IPAddress</code> . This ensures that the IP address of your instance will never change.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHealthCheck.html#Route53-UpdateHealthCheck-request-FullyQualifiedDomainName">FullyQualifiedDomainName</a>
     * .
     *
     * <p>Constraints: Route 53 can't check the health of endpoints for which the IP address is in
     * local, private, non-routable, or multicast ranges. For more information about IP addresses
     * for which you can't create health checks, see the following documents:
     *
     * <ul> <li><a href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc5735">RFC 5735,
     * Special Use IPv4 Addresses</a> <li><a
     * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc6598">RFC 6598,
     * IANA-Reserved IPv4 Prefix for Shared Address Space</a> <li><a
     * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc5156">RFC 5156, Special-Use
     * IPv6 Addresses</a> </ul>
     *
     * <p>When the value of <code>Type</code> is <code>CALCULATED</code> or
     * <code>CLOUDWATCH_METRIC</code> , omit <code>IPAddress</code> .
     *
     * <p>Length: 0 to 45 characters. Pattern: {@code
     * ^((([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])&#92;.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5]))$|^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])&#92;.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])&#92;.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))$}.
     * CloudFormation property {@code IPAddress}.
     */
    public HealthCheckConfig ipAddress(String value) {
      return set("IPAddress", Value.of(value));
    }

    /** Sets {@code IPAddress} to this value; see {@link #ipAddress(String)}. */
    public HealthCheckConfig ipAddress(Value<String> value) {
      return set("IPAddress", value);
    }

    /**
     * Sets {@code IPAddress} to the Ref of {@code AWS::EC2::EIP}; see {@link #ipAddress(String)}.
     */
    public HealthCheckConfig ipAddress(EIP resource) {
      return set("IPAddress", resource.ref());
    }

    /**
     * When CloudWatch has insufficient data about the metric to determine the alarm state, the
     * status that you want Amazon Route 53 to assign to the health check:
     *
     * <ul> <li><code>Healthy</code> : Route 53 considers the health check to be healthy.
     * <li><code>Unhealthy</code> : Route 53 considers the health check to be unhealthy.
     * <li><code>LastKnownStatus</code> : Route 53 uses the status of the health check from the last
     * time that CloudWatch had sufficient data to determine the alarm state. For new health checks
     * that have no last known status, the default status for the health check is healthy. </ul>
     *
     * <p>Allowed values: {@code Healthy}, {@code LastKnownStatus}, {@code Unhealthy}.
     * CloudFormation property {@code InsufficientDataHealthStatus}.
     */
    public HealthCheckConfig insufficientDataHealthStatus(String value) {
      return set("InsufficientDataHealthStatus", Value.of(value));
    }

    /**
     * Sets {@code InsufficientDataHealthStatus} to this value; see {@link
     * #insufficientDataHealthStatus(String)}.
     */
    public HealthCheckConfig insufficientDataHealthStatus(Value<String> value) {
      return set("InsufficientDataHealthStatus", value);
    }

    /**
     * Specify whether you want Amazon Route 53 to invert the status of a health check, for example,
     * to consider a health check unhealthy when it otherwise would be considered healthy.
     *
     * <p>CloudFormation property {@code Inverted}.
     */
    public HealthCheckConfig inverted(boolean value) {
      return set("Inverted", Value.of(value));
    }

    /** Sets {@code Inverted} to this value; see {@link #inverted(boolean)}. */
    public HealthCheckConfig inverted(Value<Boolean> value) {
      return set("Inverted", value);
    }

    /**
     * Specify whether you want Amazon Route 53 to measure the latency between health checkers in
     * multiple AWS regions and your endpoint, and to display CloudWatch latency graphs on the
     * <em>Health Checks</em> page in the Route 53 console.
     *
     * <p><code>MeasureLatency</code> is not supported when you specify a value for
     * <code>Type</code> of <code>RECOVERY_CONTROL</code> .
     *
     * <p>You can't change the value of <code>MeasureLatency</code> after you create a health check.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MeasureLatency}.
     */
    public HealthCheckConfig measureLatency(boolean value) {
      return set("MeasureLatency", Value.of(value));
    }

    /** Sets {@code MeasureLatency} to this value; see {@link #measureLatency(boolean)}. */
    public HealthCheckConfig measureLatency(Value<Boolean> value) {
      return set("MeasureLatency", value);
    }

    /**
     * The port on the endpoint that you want Amazon Route 53 to perform health checks on.
     *
     * <p>Don't specify a value for <code>Port</code> when you specify a value for <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53-healthcheck-healthcheckconfig.html#cfn-route53-healthcheck-healthcheckconfig-type">Type</a>
     * of <code>CLOUDWATCH_METRIC</code> or <code>CALCULATED</code> .
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code Port}.
     */
    public HealthCheckConfig port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public HealthCheckConfig port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * A complex type that contains one <code>Region</code> element for each region from which you
     * want Amazon Route 53 health checkers to check the specified endpoint.
     *
     * <p>If you don't specify any regions, Route 53 health checkers automatically performs checks
     * from all of the regions that are listed under <em>Valid Values</em> .
     *
     * <p>If you update a health check to remove a region that has been performing health checks,
     * Route 53 will briefly continue to perform checks from that region to ensure that some health
     * checkers are always checking the endpoint (for example, if you replace three regions with
     * four different regions).
     *
     * <p>Allowed values: {@code ap-northeast-1}, {@code ap-southeast-1}, {@code ap-southeast-2},
     * {@code eu-west-1}, {@code sa-east-1}, {@code us-east-1}, {@code us-west-1}, {@code
     * us-west-2}. CloudFormation property {@code Regions}.
     */
    public HealthCheckConfig regions(List<String> value) {
      return set("Regions", Value.listOf(value));
    }

    /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
    public HealthCheckConfig regions(Value<List<String>> value) {
      return set("Regions", value);
    }

    /**
     * The number of seconds between the time that Amazon Route 53 gets a response from your
     * endpoint and the time that it sends the next health check request. Each Route 53 health
     * checker makes requests at this interval.
     *
     * <p><code>RequestInterval</code> is not supported when you specify a value for
     * <code>Type</code> of <code>RECOVERY_CONTROL</code> .
     *
     * <p>You can't change the value of <code>RequestInterval</code> after you create a health
     * check.
     *
     * <p>If you don't specify a value for <code>RequestInterval</code> , the default value is
     * <code>30</code> seconds.
     *
     * <p>Changing it replaces the resource. Range: 10 to 30. CloudFormation property {@code
     * RequestInterval}.
     */
    public HealthCheckConfig requestInterval(int value) {
      return set("RequestInterval", Value.of(value));
    }

    /** Sets {@code RequestInterval} to this value; see {@link #requestInterval(int)}. */
    public HealthCheckConfig requestInterval(Value<Integer> value) {
      return set("RequestInterval", value);
    }

    /**
     * The path, if any, that you want Amazon Route 53 to request when performing health checks. The
     * path can be any value for which your endpoint will return an HTTP status code of 2xx or 3xx
     * when the endpoint is healthy, for example, the file /docs/route53-health-check.html. You can
     * also include query string parameters, for example,
     * <code>/welcome.html?language=jp&amp;login=y</code> .
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
     * The Amazon Resource Name (ARN) for the Route 53 Application Recovery Controller routing
     * control.
     *
     * <p>For more information about Route 53 Application Recovery Controller, see <a
     * href="https://docs.aws.amazon.com/r53recovery/latest/dg/what-is-route-53-recovery.html">Route
     * 53 Application Recovery Controller Developer Guide.</a> .
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code RoutingControlArn}.
     */
    public HealthCheckConfig routingControlArn(String value) {
      return set("RoutingControlArn", Value.of(value));
    }

    /** Sets {@code RoutingControlArn} to this value; see {@link #routingControlArn(String)}. */
    public HealthCheckConfig routingControlArn(Value<String> value) {
      return set("RoutingControlArn", value);
    }

    /**
     * Sets {@code RoutingControlArn} to the Ref of {@code
     * AWS::Route53RecoveryControl::RoutingControl}; see {@link #routingControlArn(String)}.
     */
    public HealthCheckConfig routingControlArn(RoutingControl resource) {
      return set("RoutingControlArn", resource.ref());
    }

    /**
     * If the value of Type is <code>HTTP_STR_MATCH</code> or <code>HTTPS_STR_MATCH</code> , the
     * string that you want Amazon Route 53 to search for in the response body from the specified
     * resource. If the string appears in the response body, Route 53 considers the resource
     * healthy.
     *
     * <p>Route 53 considers case when searching for <code>SearchString</code> in the response body.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code SearchString}.
     */
    public HealthCheckConfig searchString(String value) {
      return set("SearchString", Value.of(value));
    }

    /** Sets {@code SearchString} to this value; see {@link #searchString(String)}. */
    public HealthCheckConfig searchString(Value<String> value) {
      return set("SearchString", value);
    }

    /**
     * The type of health check that you want to create, which indicates how Amazon Route 53
     * determines whether an endpoint is healthy.
     *
     * <p>You can't change the value of <code>Type</code> after you create a health check.
     *
     * <p>You can create the following types of health checks:
     *
     * <ul> <li><em>HTTP</em> : Route 53 tries to establish a TCP connection. If successful, Route
     * 53 submits an HTTP request and waits for an HTTP status code of 200 or greater and less than
     * 400. <li><em>HTTPS</em> : Route 53 tries to establish a TCP connection. If successful, Route
     * 53 submits an HTTPS request and waits for an HTTP status code of 200 or greater and less than
     * 400. </ul>
     *
     * <p>If you specify <code>HTTPS</code> for the value of <code>Type</code> , the endpoint must
     * support TLS v1.0 or later.
     *
     * <ul> <li><em>HTTP_STR_MATCH</em> : Route 53 tries to establish a TCP connection. If
     * successful, Route 53 submits an HTTP request and searches the first 5,120 bytes of the
     * response body for the string that you specify in <code>SearchString</code> .
     * <li><em>HTTPS_STR_MATCH</em> : Route 53 tries to establish a TCP connection. If successful,
     * Route 53 submits an <code>HTTPS</code> request and searches the first 5,120 bytes of the
     * response body for the string that you specify in <code>SearchString</code> . <li><em>TCP</em>
     * : Route 53 tries to establish a TCP connection. <li><em>CLOUDWATCH_METRIC</em> : The health
     * check is associated with a CloudWatch alarm. If the state of the alarm is <code>OK</code> ,
     * the health check is considered healthy. If the state is <code>ALARM</code> , the health check
     * is considered unhealthy. If CloudWatch doesn't have sufficient data to determine whether the
     * state is <code>OK</code> or <code>ALARM</code> , the health check status depends on the
     * setting for <code>InsufficientDataHealthStatus</code> : <code>Healthy</code> ,
     * <code>Unhealthy</code> , or <code>LastKnownStatus</code> . </ul>
     *
     * <p>Route 53 supports CloudWatch alarms with the following features: - Standard-resolution
     * metrics. High-resolution metrics aren't supported. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/DeveloperGuide/publishingMetrics.html#high-resolution-metrics">High-Resolution
     * Metrics</a> in the <em>Amazon CloudWatch User Guide</em> . - Statistics: Average, Minimum,
     * Maximum, Sum, and SampleCount. Extended statistics aren't supported.
     *
     * <ul> <li><em>CALCULATED</em> : For health checks that monitor the status of other health
     * checks, Route 53 adds up the number of health checks that Route 53 health checkers consider
     * to be healthy and compares that number with the value of <code>HealthThreshold</code> .
     * <li><em>RECOVERY_CONTROL</em> : The health check is assocated with a Route53 Application
     * Recovery Controller routing control. If the routing control state is <code>ON</code> , the
     * health check is considered healthy. If the state is <code>OFF</code> , the health check is
     * considered unhealthy. </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html">How
     * Route 53 Determines Whether an Endpoint Is Healthy</a> in the <em>Amazon Route 53 Developer
     * Guide</em> .
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code CALCULATED}, {@code
     * CLOUDWATCH_METRIC}, {@code HTTP}, {@code HTTP_STR_MATCH}, {@code HTTPS}, {@code
     * HTTPS_STR_MATCH}, {@code TCP}, {@code RECOVERY_CONTROL}. CloudFormation property {@code
     * Type}.
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
   * The <code>HealthCheckTag</code> property describes one key-value pair that is associated with
   * an <code>AWS::Route53::HealthCheck</code> resource.
   *
   * <p>Property type {@code AWS::Route53::HealthCheck.HealthCheckTag}.
   */
  public static final class HealthCheckTag extends Struct<HealthCheckTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53::HealthCheck.HealthCheckTag")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().maxLength(128))
        .constrain("Value", Constraint.of().maxLength(256))
        .build();

    public HealthCheckTag() {
      super(SCHEMA);
    }

    /**
     * The value of <code>Key</code> depends on the operation that you want to perform:
     *
     * <ul> <li><em>Add a tag to a health check or hosted zone</em> : <code>Key</code> is the name
     * that you want to give the new tag. <li><em>Edit a tag</em> : <code>Key</code> is the name of
     * the tag that you want to change the <code>Value</code> for. <li><em>Delete a key</em> :
     * <code>Key</code> is the name of the tag you want to remove. <li><em>Give a name to a health
     * check</em> : Edit the default <code>Name</code> tag. In the Amazon Route 53 console, the list
     * of your health checks includes a <em>Name</em> column that lets you see the name that you've
     * given to each health check. </ul>
     *
     * <p>Required. Length: at most 128 characters. CloudFormation property {@code Key}.
     */
    public HealthCheckTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public HealthCheckTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of <code>Value</code> depends on the operation that you want to perform:
     *
     * <ul> <li><em>Add a tag to a health check or hosted zone</em> : <code>Value</code> is the
     * value that you want to give the new tag. <li><em>Edit a tag</em> : <code>Value</code> is the
     * new value that you want to assign the tag. </ul>
     *
     * <p>Required. Length: at most 256 characters. CloudFormation property {@code Value}.
     */
    public HealthCheckTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public HealthCheckTag value(Value<String> value) {
      return set("Value", value);
    }
  }
}
