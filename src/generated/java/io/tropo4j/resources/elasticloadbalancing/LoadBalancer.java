// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticloadbalancing;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Instance;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * Specifies a Classic Load Balancer.
 *
 * <p>If this resource has a public IP address and is also in a VPC that is defined in the same
 * template, you must use the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
 * attribute</a> to declare a dependency on the VPC-gateway attachment.
 *
 * <p>CloudFormation type {@code AWS::ElasticLoadBalancing::LoadBalancer}.
 */
public final class LoadBalancer extends Resource<LoadBalancer> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancing::LoadBalancer")
      .required("Listeners")
      .references("Instances", "AWS::EC2::Instance.Ref")
      .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("SecurityGroups", "AWS::EC2::SecurityGroup.Ref")
      .constrain("Subnets", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .references("Subnets", "AWS::EC2::Subnet.Ref")
      .refYields("LoadBalancerName")
      .attributes("CanonicalHostedZoneName", "CanonicalHostedZoneNameID", "DNSName",
          "SourceSecurityGroup", "SourceSecurityGroup.GroupName", "SourceSecurityGroup.OwnerAlias")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LoadBalancer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Information about where and how access logs are stored for the load balancer.
   *
   * <p>CloudFormation property {@code AccessLoggingPolicy}.
   */
  public LoadBalancer accessLoggingPolicy(Value<AccessLoggingPolicy> value) {
    return set("AccessLoggingPolicy", value);
  }

  /**
   * Information about a policy for application-controlled session stickiness.
   *
   * <p>CloudFormation property {@code AppCookieStickinessPolicy}.
   */
  public LoadBalancer appCookieStickinessPolicy(List<AppCookieStickinessPolicy> value) {
    return set("AppCookieStickinessPolicy", Value.listOf(value));
  }

  /**
   * Sets {@code AppCookieStickinessPolicy} to this value; see {@link
   * #appCookieStickinessPolicy(List)}.
   */
  public LoadBalancer appCookieStickinessPolicy(Value<List<AppCookieStickinessPolicy>> value) {
    return set("AppCookieStickinessPolicy", value);
  }

  /**
   * Sets {@code AppCookieStickinessPolicy} to a list of these; see {@link
   * #appCookieStickinessPolicy(List)}.
   */
  public LoadBalancer appCookieStickinessPolicy(AppCookieStickinessPolicy... values) {
    return set("AppCookieStickinessPolicy", Value.list(values));
  }

  /**
   * The Availability Zones for a load balancer in a default VPC. For a load balancer in a
   * nondefault VPC, specify <code>Subnets</code> instead.
   *
   * <p>Update requires replacement if you did not previously specify an Availability Zone or if you
   * are removing all Availability Zones. Otherwise, update requires no interruption.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code AvailabilityZones}.
   */
  public LoadBalancer availabilityZones(List<String> value) {
    return set("AvailabilityZones", Value.listOf(value));
  }

  /** Sets {@code AvailabilityZones} to this value; see {@link #availabilityZones(List)}. */
  public LoadBalancer availabilityZones(Value<List<String>> value) {
    return set("AvailabilityZones", value);
  }

  /**
   * If enabled, the load balancer allows existing requests to complete before the load balancer
   * shifts traffic away from a deregistered or unhealthy instance.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html">Configure
   * connection draining</a> in the <em>User Guide for Classic Load Balancers</em> .
   *
   * <p>CloudFormation property {@code ConnectionDrainingPolicy}.
   */
  public LoadBalancer connectionDrainingPolicy(Value<ConnectionDrainingPolicy> value) {
    return set("ConnectionDrainingPolicy", value);
  }

  /**
   * If enabled, the load balancer allows the connections to remain idle (no data is sent over the
   * connection) for the specified duration.
   *
   * <p>By default, Elastic Load Balancing maintains a 60-second idle connection timeout for both
   * front-end and back-end connections of your load balancer. For more information, see <a
   * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-idle-timeout.html">Configure
   * idle connection timeout</a> in the <em>User Guide for Classic Load Balancers</em> .
   *
   * <p>CloudFormation property {@code ConnectionSettings}.
   */
  public LoadBalancer connectionSettings(Value<ConnectionSettings> value) {
    return set("ConnectionSettings", value);
  }

  /**
   * If enabled, the load balancer routes the request traffic evenly across all instances regardless
   * of the Availability Zones.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html">Configure
   * cross-zone load balancing</a> in the <em>User Guide for Classic Load Balancers</em> .
   *
   * <p>CloudFormation property {@code CrossZone}.
   */
  public LoadBalancer crossZone(boolean value) {
    return set("CrossZone", Value.of(value));
  }

  /** Sets {@code CrossZone} to this value; see {@link #crossZone(boolean)}. */
  public LoadBalancer crossZone(Value<Boolean> value) {
    return set("CrossZone", value);
  }

  /**
   * The health check settings to use when evaluating the health of your EC2 instances.
   *
   * <p>Update requires replacement if you did not previously specify health check settings or if
   * you are removing the health check settings. Otherwise, update requires no interruption.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code HealthCheck}.
   */
  public LoadBalancer healthCheck(Value<HealthCheck> value) {
    return set("HealthCheck", value);
  }

  /**
   * The IDs of the instances for the load balancer.
   *
   * <p>CloudFormation property {@code Instances}.
   */
  public LoadBalancer instances(List<String> value) {
    return set("Instances", Value.listOf(value));
  }

  /** Sets {@code Instances} to this value; see {@link #instances(List)}. */
  public LoadBalancer instances(Value<List<String>> value) {
    return set("Instances", value);
  }

  /**
   * Sets {@code Instances} to the Ref of each {@code AWS::EC2::Instance}; see {@link
   * #instances(List)}.
   */
  public LoadBalancer instances(Instance... resources) {
    return set("Instances", Value.refs(resources));
  }

  /**
   * Information about a policy for duration-based session stickiness.
   *
   * <p>CloudFormation property {@code LBCookieStickinessPolicy}.
   */
  public LoadBalancer lbCookieStickinessPolicy(List<LBCookieStickinessPolicy> value) {
    return set("LBCookieStickinessPolicy", Value.listOf(value));
  }

  /**
   * Sets {@code LBCookieStickinessPolicy} to this value; see {@link
   * #lbCookieStickinessPolicy(List)}.
   */
  public LoadBalancer lbCookieStickinessPolicy(Value<List<LBCookieStickinessPolicy>> value) {
    return set("LBCookieStickinessPolicy", value);
  }

  /**
   * Sets {@code LBCookieStickinessPolicy} to a list of these; see {@link
   * #lbCookieStickinessPolicy(List)}.
   */
  public LoadBalancer lbCookieStickinessPolicy(LBCookieStickinessPolicy... values) {
    return set("LBCookieStickinessPolicy", Value.list(values));
  }

  /**
   * The listeners for the load balancer. You can specify at most one listener per port.
   *
   * <p>If you update the properties for a listener, AWS CloudFormation deletes the existing
   * listener and creates a new one with the specified properties. While the new listener is being
   * created, clients cannot connect to the load balancer.
   *
   * <p>Required. CloudFormation property {@code Listeners}.
   */
  public LoadBalancer listeners(List<Listeners> value) {
    return set("Listeners", Value.listOf(value));
  }

  /** Sets {@code Listeners} to this value; see {@link #listeners(List)}. */
  public LoadBalancer listeners(Value<List<Listeners>> value) {
    return set("Listeners", value);
  }

  /** Sets {@code Listeners} to a list of these; see {@link #listeners(List)}. */
  public LoadBalancer listeners(Listeners... values) {
    return set("Listeners", Value.list(values));
  }

  /**
   * The name of the load balancer. This name must be unique within your set of load balancers for
   * the region.
   *
   * <p>If you don't specify a name, AWS CloudFormation generates a unique physical ID for the load
   * balancer. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> . If you specify a name, you cannot perform updates that require replacement of this
   * resource, but you can perform other updates. To replace the resource, specify a new name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LoadBalancerName}.
   */
  public LoadBalancer loadBalancerName(String value) {
    return set("LoadBalancerName", Value.of(value));
  }

  /** Sets {@code LoadBalancerName} to this value; see {@link #loadBalancerName(String)}. */
  public LoadBalancer loadBalancerName(Value<String> value) {
    return set("LoadBalancerName", value);
  }

  /**
   * The policies defined for your Classic Load Balancer. Specify only back-end server policies.
   *
   * <p>CloudFormation property {@code Policies}.
   */
  public LoadBalancer policies(List<Policies> value) {
    return set("Policies", Value.listOf(value));
  }

  /** Sets {@code Policies} to this value; see {@link #policies(List)}. */
  public LoadBalancer policies(Value<List<Policies>> value) {
    return set("Policies", value);
  }

  /** Sets {@code Policies} to a list of these; see {@link #policies(List)}. */
  public LoadBalancer policies(Policies... values) {
    return set("Policies", Value.list(values));
  }

  /**
   * The type of load balancer. Valid only for load balancers in a VPC.
   *
   * <p>If <code>Scheme</code> is <code>internet-facing</code> , the load balancer has a public DNS
   * name that resolves to a public IP address.
   *
   * <p>If <code>Scheme</code> is <code>internal</code> , the load balancer has a public DNS name
   * that resolves to a private IP address.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Scheme}.
   */
  public LoadBalancer scheme(String value) {
    return set("Scheme", Value.of(value));
  }

  /** Sets {@code Scheme} to this value; see {@link #scheme(String)}. */
  public LoadBalancer scheme(Value<String> value) {
    return set("Scheme", value);
  }

  /**
   * The security groups for the load balancer. Valid only for load balancers in a VPC.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroups}.
   */
  public LoadBalancer securityGroups(List<String> value) {
    return set("SecurityGroups", Value.listOf(value));
  }

  /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
  public LoadBalancer securityGroups(Value<List<String>> value) {
    return set("SecurityGroups", value);
  }

  /**
   * Sets {@code SecurityGroups} to the Ref of each {@code AWS::EC2::SecurityGroup}; see {@link
   * #securityGroups(List)}.
   */
  public LoadBalancer securityGroups(SecurityGroup... resources) {
    return set("SecurityGroups", Value.refs(resources));
  }

  /**
   * The IDs of the subnets for the load balancer. You can specify at most one subnet per
   * Availability Zone.
   *
   * <p>Update requires replacement if you did not previously specify a subnet or if you are
   * removing all subnets. Otherwise, update requires no interruption. To update to a different
   * subnet in the current Availability Zone, you must first update to a subnet in a different
   * Availability Zone, then update to the new subnet in the original Availability Zone.
   *
   * <p>Changing it may replace the resource. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
   * property {@code Subnets}.
   */
  public LoadBalancer subnets(List<String> value) {
    return set("Subnets", Value.listOf(value));
  }

  /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
  public LoadBalancer subnets(Value<List<String>> value) {
    return set("Subnets", value);
  }

  /**
   * Sets {@code Subnets} to the Ref of each {@code AWS::EC2::Subnet}; see {@link #subnets(List)}.
   */
  public LoadBalancer subnets(Subnet... resources) {
    return set("Subnets", Value.refs(resources));
  }

  /**
   * The tags associated with a load balancer.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LoadBalancer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LoadBalancer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LoadBalancer tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the Route 53 hosted zone that is associated with the load balancer. Internal-facing
   * load balancers don't use this value, use <code>DNSName</code> instead.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CanonicalHostedZoneName}.
   */
  public Value<String> canonicalHostedZoneName() {
    return getAtt("CanonicalHostedZoneName");
  }

  /**
   * The ID of the Route 53 hosted zone name that is associated with the load balancer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CanonicalHostedZoneNameID}.
   */
  public Value<String> canonicalHostedZoneNameID() {
    return getAtt("CanonicalHostedZoneNameID");
  }

  /**
   * The DNS name for the load balancer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DNSName}.
   */
  public Value<String> dnsName() {
    return getAtt("DNSName");
  }

  /** {@code Fn::GetAtt} attribute {@code SourceSecurityGroup}. */
  public Value<SourceSecurityGroup> sourceSecurityGroup() {
    return getAtt("SourceSecurityGroup");
  }

  /**
   * The name of the security group that you can use as part of your inbound rules for your load
   * balancer's back-end instances.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SourceSecurityGroup.GroupName}.
   */
  public Value<String> sourceSecurityGroupGroupName() {
    return getAtt("SourceSecurityGroup.GroupName");
  }

  /**
   * The owner of the source security group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SourceSecurityGroup.OwnerAlias}.
   */
  public Value<String> sourceSecurityGroupOwnerAlias() {
    return getAtt("SourceSecurityGroup.OwnerAlias");
  }

  /**
   * Specifies where and how access logs are stored for your Classic Load Balancer.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancing::LoadBalancer.AccessLoggingPolicy}.
   */
  public static final class AccessLoggingPolicy extends Struct<AccessLoggingPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancing::LoadBalancer.AccessLoggingPolicy")
        .required("Enabled", "S3BucketName")
        .constrain("S3BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
        .references("S3BucketName", "AWS::S3::Bucket.Ref")
        .build();

    public AccessLoggingPolicy() {
      super(SCHEMA);
    }

    /**
     * The interval for publishing the access logs. You can specify an interval of either 5 minutes
     * or 60 minutes.
     *
     * <p>Default: 60 minutes
     *
     * <p>CloudFormation property {@code EmitInterval}.
     */
    public AccessLoggingPolicy emitInterval(int value) {
      return set("EmitInterval", Value.of(value));
    }

    /** Sets {@code EmitInterval} to this value; see {@link #emitInterval(int)}. */
    public AccessLoggingPolicy emitInterval(Value<Integer> value) {
      return set("EmitInterval", value);
    }

    /**
     * Specifies whether access logs are enabled for the load balancer.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public AccessLoggingPolicy enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AccessLoggingPolicy enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The name of the Amazon S3 bucket where the access logs are stored.
     *
     * <p>Required. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code
     * S3BucketName}.
     */
    public AccessLoggingPolicy s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public AccessLoggingPolicy s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }

    /**
     * Sets {@code S3BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #s3BucketName(String)}.
     */
    public AccessLoggingPolicy s3BucketName(Bucket resource) {
      return set("S3BucketName", resource.ref());
    }

    /**
     * The logical hierarchy you created for your Amazon S3 bucket, for example
     * <code>my-bucket-prefix/prod</code> . If the prefix is not provided, the log is placed at the
     * root level of the bucket.
     *
     * <p>CloudFormation property {@code S3BucketPrefix}.
     */
    public AccessLoggingPolicy s3BucketPrefix(String value) {
      return set("S3BucketPrefix", Value.of(value));
    }

    /** Sets {@code S3BucketPrefix} to this value; see {@link #s3BucketPrefix(String)}. */
    public AccessLoggingPolicy s3BucketPrefix(Value<String> value) {
      return set("S3BucketPrefix", value);
    }
  }

  /**
   * Specifies a policy for application-controlled session stickiness for your Classic Load
   * Balancer.
   *
   * <p>To associate a policy with a listener, use the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-elb-listener.html#cfn-ec2-elb-listener-policynames">PolicyNames</a>
   * property for the listener.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancing::LoadBalancer.AppCookieStickinessPolicy}.
   */
  public static final class AppCookieStickinessPolicy extends Struct<AppCookieStickinessPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancing::LoadBalancer.AppCookieStickinessPolicy")
        .required("CookieName", "PolicyName")
        .build();

    public AppCookieStickinessPolicy() {
      super(SCHEMA);
    }

    /**
     * The name of the application cookie used for stickiness.
     *
     * <p>Required. CloudFormation property {@code CookieName}.
     */
    public AppCookieStickinessPolicy cookieName(String value) {
      return set("CookieName", Value.of(value));
    }

    /** Sets {@code CookieName} to this value; see {@link #cookieName(String)}. */
    public AppCookieStickinessPolicy cookieName(Value<String> value) {
      return set("CookieName", value);
    }

    /**
     * The mnemonic name for the policy being created. The name must be unique within a set of
     * policies for this load balancer.
     *
     * <p>Required. CloudFormation property {@code PolicyName}.
     */
    public AppCookieStickinessPolicy policyName(String value) {
      return set("PolicyName", Value.of(value));
    }

    /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
    public AppCookieStickinessPolicy policyName(Value<String> value) {
      return set("PolicyName", value);
    }
  }

  /**
   * Specifies the connection draining settings for your Classic Load Balancer.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancing::LoadBalancer.ConnectionDrainingPolicy}.
   */
  public static final class ConnectionDrainingPolicy extends Struct<ConnectionDrainingPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancing::LoadBalancer.ConnectionDrainingPolicy")
        .required("Enabled")
        .build();

    public ConnectionDrainingPolicy() {
      super(SCHEMA);
    }

    /**
     * Specifies whether connection draining is enabled for the load balancer.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public ConnectionDrainingPolicy enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ConnectionDrainingPolicy enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The maximum time, in seconds, to keep the existing connections open before deregistering the
     * instances.
     *
     * <p>CloudFormation property {@code Timeout}.
     */
    public ConnectionDrainingPolicy timeout(int value) {
      return set("Timeout", Value.of(value));
    }

    /** Sets {@code Timeout} to this value; see {@link #timeout(int)}. */
    public ConnectionDrainingPolicy timeout(Value<Integer> value) {
      return set("Timeout", value);
    }
  }

  /**
   * Specifies the idle timeout value for your Classic Load Balancer.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancing::LoadBalancer.ConnectionSettings}.
   */
  public static final class ConnectionSettings extends Struct<ConnectionSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancing::LoadBalancer.ConnectionSettings")
        .required("IdleTimeout")
        .build();

    public ConnectionSettings() {
      super(SCHEMA);
    }

    /**
     * The time, in seconds, that the connection is allowed to be idle (no data has been sent over
     * the connection) before it is closed by the load balancer.
     *
     * <p>Required. CloudFormation property {@code IdleTimeout}.
     */
    public ConnectionSettings idleTimeout(int value) {
      return set("IdleTimeout", Value.of(value));
    }

    /** Sets {@code IdleTimeout} to this value; see {@link #idleTimeout(int)}. */
    public ConnectionSettings idleTimeout(Value<Integer> value) {
      return set("IdleTimeout", value);
    }
  }

  /**
   * Specifies health check settings for your Classic Load Balancer.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancing::LoadBalancer.HealthCheck}.
   */
  public static final class HealthCheck extends Struct<HealthCheck> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancing::LoadBalancer.HealthCheck")
        .required("HealthyThreshold", "Interval", "Target", "Timeout", "UnhealthyThreshold")
        .build();

    public HealthCheck() {
      super(SCHEMA);
    }

    /**
     * The number of consecutive health checks successes required before moving the instance to the
     * <code>Healthy</code> state.
     *
     * <p>Required. CloudFormation property {@code HealthyThreshold}.
     */
    public HealthCheck healthyThreshold(String value) {
      return set("HealthyThreshold", Value.of(value));
    }

    /** Sets {@code HealthyThreshold} to this value; see {@link #healthyThreshold(String)}. */
    public HealthCheck healthyThreshold(Value<String> value) {
      return set("HealthyThreshold", value);
    }

    /**
     * The approximate interval, in seconds, between health checks of an individual instance.
     *
     * <p>Required. CloudFormation property {@code Interval}.
     */
    public HealthCheck interval(String value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(String)}. */
    public HealthCheck interval(Value<String> value) {
      return set("Interval", value);
    }

    /**
     * The instance being checked. The protocol is either TCP, HTTP, HTTPS, or SSL. The range of
     * valid ports is one (1) through 65535.
     *
     * <p>TCP is the default, specified as a TCP: port pair, for example "TCP:5000". In this case, a
     * health check simply attempts to open a TCP connection to the instance on the specified port.
     * Failure to connect within the configured timeout is considered unhealthy.
     *
     * <p>SSL is also specified as SSL: port pair, for example, SSL:5000.
     *
     * <p>For HTTP/HTTPS, you must include a ping path in the string. HTTP is specified as a
     * HTTP:port;/;PathToPing; grouping, for example "HTTP:80/weather/us/wa/seattle". In this case,
     * a HTTP GET request is issued to the instance on the given port and path. Any answer other
     * than "200 OK" within the timeout period is considered unhealthy.
     *
     * <p>The total length of the HTTP ping target must be 1024 16-bit Unicode characters or less.
     *
     * <p>Required. CloudFormation property {@code Target}.
     */
    public HealthCheck target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public HealthCheck target(Value<String> value) {
      return set("Target", value);
    }

    /**
     * The amount of time, in seconds, during which no response means a failed health check.
     *
     * <p>This value must be less than the <code>Interval</code> value.
     *
     * <p>Required. CloudFormation property {@code Timeout}.
     */
    public HealthCheck timeout(String value) {
      return set("Timeout", Value.of(value));
    }

    /** Sets {@code Timeout} to this value; see {@link #timeout(String)}. */
    public HealthCheck timeout(Value<String> value) {
      return set("Timeout", value);
    }

    /**
     * The number of consecutive health check failures required before moving the instance to the
     * <code>Unhealthy</code> state.
     *
     * <p>Required. CloudFormation property {@code UnhealthyThreshold}.
     */
    public HealthCheck unhealthyThreshold(String value) {
      return set("UnhealthyThreshold", Value.of(value));
    }

    /** Sets {@code UnhealthyThreshold} to this value; see {@link #unhealthyThreshold(String)}. */
    public HealthCheck unhealthyThreshold(Value<String> value) {
      return set("UnhealthyThreshold", value);
    }
  }

  /**
   * Specifies a policy for duration-based session stickiness for your Classic Load Balancer.
   *
   * <p>To associate a policy with a listener, use the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-elb-listener.html#cfn-ec2-elb-listener-policynames">PolicyNames</a>
   * property for the listener.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancing::LoadBalancer.LBCookieStickinessPolicy}.
   */
  public static final class LBCookieStickinessPolicy extends Struct<LBCookieStickinessPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancing::LoadBalancer.LBCookieStickinessPolicy");

    public LBCookieStickinessPolicy() {
      super(SCHEMA);
    }

    /**
     * The time period, in seconds, after which the cookie should be considered stale. If this
     * parameter is not specified, the stickiness session lasts for the duration of the browser
     * session.
     *
     * <p>CloudFormation property {@code CookieExpirationPeriod}.
     */
    public LBCookieStickinessPolicy cookieExpirationPeriod(String value) {
      return set("CookieExpirationPeriod", Value.of(value));
    }

    /**
     * Sets {@code CookieExpirationPeriod} to this value; see {@link
     * #cookieExpirationPeriod(String)}.
     */
    public LBCookieStickinessPolicy cookieExpirationPeriod(Value<String> value) {
      return set("CookieExpirationPeriod", value);
    }

    /**
     * The name of the policy. This name must be unique within the set of policies for this load
     * balancer.
     *
     * <p>CloudFormation property {@code PolicyName}.
     */
    public LBCookieStickinessPolicy policyName(String value) {
      return set("PolicyName", Value.of(value));
    }

    /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
    public LBCookieStickinessPolicy policyName(Value<String> value) {
      return set("PolicyName", value);
    }
  }

  /**
   * Specifies a listener for your Classic Load Balancer.
   *
   * <p>Modifying any property replaces the listener.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancing::LoadBalancer.Listeners}.
   */
  public static final class Listeners extends Struct<Listeners> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancing::LoadBalancer.Listeners")
        .required("InstancePort", "LoadBalancerPort", "Protocol")
        .constrain("InstancePort", Constraint.of().minimum(1).maximum(65535))
        .build();

    public Listeners() {
      super(SCHEMA);
    }

    /**
     * The port on which the instance is listening.
     *
     * <p>Required. Range: 1 to 65535. CloudFormation property {@code InstancePort}.
     */
    public Listeners instancePort(String value) {
      return set("InstancePort", Value.of(value));
    }

    /** Sets {@code InstancePort} to this value; see {@link #instancePort(String)}. */
    public Listeners instancePort(Value<String> value) {
      return set("InstancePort", value);
    }

    /**
     * The protocol to use for routing traffic to instances: HTTP, HTTPS, TCP, or SSL.
     *
     * <p>If the front-end protocol is TCP or SSL, the back-end protocol must be TCP or SSL. If the
     * front-end protocol is HTTP or HTTPS, the back-end protocol must be HTTP or HTTPS.
     *
     * <p>If there is another listener with the same <code>InstancePort</code> whose
     * <code>InstanceProtocol</code> is secure, (HTTPS or SSL), the listener's
     * <code>InstanceProtocol</code> must also be secure.
     *
     * <p>If there is another listener with the same <code>InstancePort</code> whose
     * <code>InstanceProtocol</code> is HTTP or TCP, the listener's <code>InstanceProtocol</code>
     * must be HTTP or TCP.
     *
     * <p>CloudFormation property {@code InstanceProtocol}.
     */
    public Listeners instanceProtocol(String value) {
      return set("InstanceProtocol", Value.of(value));
    }

    /** Sets {@code InstanceProtocol} to this value; see {@link #instanceProtocol(String)}. */
    public Listeners instanceProtocol(Value<String> value) {
      return set("InstanceProtocol", value);
    }

    /**
     * The port on which the load balancer is listening. On EC2-VPC, you can specify any port from
     * the range 1-65535. On EC2-Classic, you can specify any port from the following list: 25, 80,
     * 443, 465, 587, 1024-65535.
     *
     * <p>Required. CloudFormation property {@code LoadBalancerPort}.
     */
    public Listeners loadBalancerPort(String value) {
      return set("LoadBalancerPort", Value.of(value));
    }

    /** Sets {@code LoadBalancerPort} to this value; see {@link #loadBalancerPort(String)}. */
    public Listeners loadBalancerPort(Value<String> value) {
      return set("LoadBalancerPort", value);
    }

    /**
     * The names of the policies to associate with the listener.
     *
     * <p>CloudFormation property {@code PolicyNames}.
     */
    public Listeners policyNames(List<String> value) {
      return set("PolicyNames", Value.listOf(value));
    }

    /** Sets {@code PolicyNames} to this value; see {@link #policyNames(List)}. */
    public Listeners policyNames(Value<List<String>> value) {
      return set("PolicyNames", value);
    }

    /**
     * The load balancer transport protocol to use for routing: HTTP, HTTPS, TCP, or SSL.
     *
     * <p>Required. CloudFormation property {@code Protocol}.
     */
    public Listeners protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public Listeners protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the server certificate.
     *
     * <p>CloudFormation property {@code SSLCertificateId}.
     */
    public Listeners sslCertificateId(String value) {
      return set("SSLCertificateId", Value.of(value));
    }

    /** Sets {@code SSLCertificateId} to this value; see {@link #sslCertificateId(String)}. */
    public Listeners sslCertificateId(Value<String> value) {
      return set("SSLCertificateId", value);
    }
  }

  /**
   * Specifies policies for your Classic Load Balancer.
   *
   * <p>To associate policies with a listener, use the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-elb-listener.html#cfn-ec2-elb-listener-policynames">PolicyNames</a>
   * property for the listener.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancing::LoadBalancer.Policies}.
   */
  public static final class Policies extends Struct<Policies> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancing::LoadBalancer.Policies")
        .required("Attributes", "PolicyName", "PolicyType")
        .build();

    public Policies() {
      super(SCHEMA);
    }

    /**
     * The policy attributes.
     *
     * <p>Required. CloudFormation property {@code Attributes}.
     */
    public Policies attributes(List<PolicyItem> value) {
      return set("Attributes", Value.listOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(List)}. */
    public Policies attributes(Value<List<PolicyItem>> value) {
      return set("Attributes", value);
    }

    /** Sets {@code Attributes} to a list of these; see {@link #attributes(List)}. */
    public Policies attributes(PolicyItem... values) {
      return set("Attributes", Value.list(values));
    }

    /**
     * The instance ports for the policy. Required only for some policy types.
     *
     * <p>CloudFormation property {@code InstancePorts}.
     */
    public Policies instancePorts(List<String> value) {
      return set("InstancePorts", Value.listOf(value));
    }

    /** Sets {@code InstancePorts} to this value; see {@link #instancePorts(List)}. */
    public Policies instancePorts(Value<List<String>> value) {
      return set("InstancePorts", value);
    }

    /**
     * The load balancer ports for the policy. Required only for some policy types.
     *
     * <p>CloudFormation property {@code LoadBalancerPorts}.
     */
    public Policies loadBalancerPorts(List<String> value) {
      return set("LoadBalancerPorts", Value.listOf(value));
    }

    /** Sets {@code LoadBalancerPorts} to this value; see {@link #loadBalancerPorts(List)}. */
    public Policies loadBalancerPorts(Value<List<String>> value) {
      return set("LoadBalancerPorts", value);
    }

    /**
     * The name of the policy.
     *
     * <p>Required. CloudFormation property {@code PolicyName}.
     */
    public Policies policyName(String value) {
      return set("PolicyName", Value.of(value));
    }

    /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
    public Policies policyName(Value<String> value) {
      return set("PolicyName", value);
    }

    /**
     * The name of the policy type.
     *
     * <p>Required. CloudFormation property {@code PolicyType}.
     */
    public Policies policyType(String value) {
      return set("PolicyType", Value.of(value));
    }

    /** Sets {@code PolicyType} to this value; see {@link #policyType(String)}. */
    public Policies policyType(Value<String> value) {
      return set("PolicyType", value);
    }
  }

  /** Property type {@code AWS::ElasticLoadBalancing::LoadBalancer.PolicyItem}. */
  public static final class PolicyItem extends Struct<PolicyItem> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancing::LoadBalancer.PolicyItem");

    public PolicyItem() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Name}. */
    public PolicyItem name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PolicyItem name(Value<String> value) {
      return set("Name", value);
    }

    /** CloudFormation property {@code Value}. */
    public PolicyItem value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public PolicyItem value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::ElasticLoadBalancing::LoadBalancer.SourceSecurityGroup}. */
  public static final class SourceSecurityGroup extends Struct<SourceSecurityGroup> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancing::LoadBalancer.SourceSecurityGroup");

    public SourceSecurityGroup() {
      super(SCHEMA);
    }

    /**
     * The name of the security group that you can use as part of your inbound rules for your load
     * balancer's back-end instances.
     *
     * <p>CloudFormation property {@code GroupName}.
     */
    public SourceSecurityGroup groupName(String value) {
      return set("GroupName", Value.of(value));
    }

    /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
    public SourceSecurityGroup groupName(Value<String> value) {
      return set("GroupName", value);
    }

    /**
     * The owner of the source security group.
     *
     * <p>CloudFormation property {@code OwnerAlias}.
     */
    public SourceSecurityGroup ownerAlias(String value) {
      return set("OwnerAlias", Value.of(value));
    }

    /** Sets {@code OwnerAlias} to this value; see {@link #ownerAlias(String)}. */
    public SourceSecurityGroup ownerAlias(Value<String> value) {
      return set("OwnerAlias", value);
    }
  }
}
