// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticloadbalancingv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Instance;
import io.tropo4j.resources.ec2.VPC;
import io.tropo4j.resources.lambda.Function;
import java.util.List;

/**
 * Specifies a target group for an Application Load Balancer, a Network Load Balancer, or a Gateway
 * Load Balancer.
 *
 * <p>Before you register a Lambda function as a target, you must create a
 * <code>AWS::Lambda::Permission</code> resource that grants the Elastic Load Balancing service
 * principal permission to invoke the Lambda function.
 *
 * <p>CloudFormation type {@code AWS::ElasticLoadBalancingV2::TargetGroup}.
 */
public final class TargetGroup extends Resource<TargetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::TargetGroup")
      .constrain("HealthCheckIntervalSeconds", Constraint.of().minimum(5).maximum(300))
      .constrain("HealthCheckPath", Constraint.of().minLength(1).maxLength(1024))
      .allowed("HealthCheckProtocol", "GENEVE", "HTTP", "HTTPS", "QUIC", "TCP", "TCP_QUIC",
          "TCP_UDP", "TLS", "UDP")
      .constrain("HealthCheckTimeoutSeconds", Constraint.of().minimum(2).maximum(120))
      .constrain("HealthyThresholdCount", Constraint.of().minimum(2).maximum(10))
      .allowed("IpAddressType", "ipv4", "ipv6")
      .constrain("Port", Constraint.of().minimum(1).maximum(65535))
      .allowed("Protocol", "GENEVE", "HTTP", "HTTPS", "QUIC", "TCP", "TCP_QUIC", "TCP_UDP", "TLS",
          "UDP")
      .constrain("TargetControlPort", Constraint.of().minimum(1).maximum(65535))
      .allowed("TargetType", "alb", "instance", "ip", "lambda")
      .constrain("UnhealthyThresholdCount", Constraint.of().minimum(2).maximum(10))
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("TargetGroupArn")
      .attributes("LoadBalancerArns", "TargetGroupArn", "TargetGroupFullName", "TargetGroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TargetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether health checks are enabled. If the target type is <code>lambda</code> , health
   * checks are disabled by default but can be enabled. If the target type is <code>instance</code>
   * , <code>ip</code> , or <code>alb</code> , health checks are always enabled and can't be
   * disabled.
   *
   * <p>CloudFormation property {@code HealthCheckEnabled}.
   */
  public TargetGroup healthCheckEnabled(boolean value) {
    return set("HealthCheckEnabled", Value.of(value));
  }

  /** Sets {@code HealthCheckEnabled} to this value; see {@link #healthCheckEnabled(boolean)}. */
  public TargetGroup healthCheckEnabled(Value<Boolean> value) {
    return set("HealthCheckEnabled", value);
  }

  /**
   * The approximate amount of time, in seconds, between health checks of an individual target. The
   * range is 5-300. If the target group protocol is TCP, TLS, UDP, TCP_UDP, QUIC, TCP_QUIC, HTTP or
   * HTTPS, the default is 30 seconds. If the target group protocol is GENEVE, the default is 10
   * seconds. If the target type is <code>lambda</code> , the default is 35 seconds.
   *
   * <p>Range: 5 to 300. CloudFormation property {@code HealthCheckIntervalSeconds}.
   */
  public TargetGroup healthCheckIntervalSeconds(int value) {
    return set("HealthCheckIntervalSeconds", Value.of(value));
  }

  /**
   * Sets {@code HealthCheckIntervalSeconds} to this value; see {@link
   * #healthCheckIntervalSeconds(int)}.
   */
  public TargetGroup healthCheckIntervalSeconds(Value<Integer> value) {
    return set("HealthCheckIntervalSeconds", value);
  }

  /**
   * [HTTP/HTTPS health checks] The destination for health checks on the targets.
   *
   * <p>[HTTP1 or HTTP2 protocol version] The ping path. The default is /.
   *
   * <p>[GRPC protocol version] The path of a custom health check method with the format
   * /package.service/method. The default is / AWS .ALB/healthcheck.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code HealthCheckPath}.
   */
  public TargetGroup healthCheckPath(String value) {
    return set("HealthCheckPath", Value.of(value));
  }

  /** Sets {@code HealthCheckPath} to this value; see {@link #healthCheckPath(String)}. */
  public TargetGroup healthCheckPath(Value<String> value) {
    return set("HealthCheckPath", value);
  }

  /**
   * The port the load balancer uses when performing health checks on targets. If the protocol is
   * HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, QUIC, or TCP_QUIC the default is <code>traffic-port</code>
   * , which is the port on which each target receives traffic from the load balancer. If the
   * protocol is GENEVE, the default is port 80.
   *
   * <p>CloudFormation property {@code HealthCheckPort}.
   */
  public TargetGroup healthCheckPort(String value) {
    return set("HealthCheckPort", Value.of(value));
  }

  /** Sets {@code HealthCheckPort} to this value; see {@link #healthCheckPort(String)}. */
  public TargetGroup healthCheckPort(Value<String> value) {
    return set("HealthCheckPort", value);
  }

  /**
   * The protocol the load balancer uses when performing health checks on targets. For Application
   * Load Balancers, the default is HTTP. For Network Load Balancers and Gateway Load Balancers, the
   * default is TCP. The TCP protocol is not supported for health checks if the protocol of the
   * target group is HTTP or HTTPS. The GENEVE, TLS, UDP, TCP_UDP, QUIC, and TCP_QUIC protocols are
   * not supported for health checks.
   *
   * <p>Allowed values: {@code GENEVE}, {@code HTTP}, {@code HTTPS}, {@code QUIC}, {@code TCP},
   * {@code TCP_QUIC}, {@code TCP_UDP}, {@code TLS}, {@code UDP}. CloudFormation property {@code
   * HealthCheckProtocol}.
   */
  public TargetGroup healthCheckProtocol(String value) {
    return set("HealthCheckProtocol", Value.of(value));
  }

  /** Sets {@code HealthCheckProtocol} to this value; see {@link #healthCheckProtocol(String)}. */
  public TargetGroup healthCheckProtocol(Value<String> value) {
    return set("HealthCheckProtocol", value);
  }

  /**
   * The amount of time, in seconds, during which no response from a target means a failed health
   * check. The range is 2–120 seconds. For target groups with a protocol of HTTP, the default is 6
   * seconds. For target groups with a protocol of TCP, TLS or HTTPS, the default is 10 seconds. For
   * target groups with a protocol of GENEVE, the default is 5 seconds. If the target type is
   * <code>lambda</code> , the default is 30 seconds.
   *
   * <p>Range: 2 to 120. CloudFormation property {@code HealthCheckTimeoutSeconds}.
   */
  public TargetGroup healthCheckTimeoutSeconds(int value) {
    return set("HealthCheckTimeoutSeconds", Value.of(value));
  }

  /**
   * Sets {@code HealthCheckTimeoutSeconds} to this value; see {@link
   * #healthCheckTimeoutSeconds(int)}.
   */
  public TargetGroup healthCheckTimeoutSeconds(Value<Integer> value) {
    return set("HealthCheckTimeoutSeconds", value);
  }

  /**
   * The number of consecutive health check successes required before considering a target healthy.
   * The range is 2-10. If the target group protocol is TCP, TCP_UDP, UDP, TLS, HTTP or HTTPS, the
   * default is 5. For target groups with a protocol of GENEVE, the default is 5. If the target type
   * is <code>lambda</code> , the default is 5.
   *
   * <p>Range: 2 to 10. CloudFormation property {@code HealthyThresholdCount}.
   */
  public TargetGroup healthyThresholdCount(int value) {
    return set("HealthyThresholdCount", Value.of(value));
  }

  /** Sets {@code HealthyThresholdCount} to this value; see {@link #healthyThresholdCount(int)}. */
  public TargetGroup healthyThresholdCount(Value<Integer> value) {
    return set("HealthyThresholdCount", value);
  }

  /**
   * The IP address type. The default value is <code>ipv4</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ipv4}, {@code ipv6}.
   * CloudFormation property {@code IpAddressType}.
   */
  public TargetGroup ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public TargetGroup ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * [HTTP/HTTPS health checks] The HTTP or gRPC codes to use when checking for a successful
   * response from a target. For target groups with a protocol of TCP, TCP_UDP, UDP, QUIC, TCP_QUIC,
   * or TLS the range is 200-599. For target groups with a protocol of HTTP or HTTPS, the range is
   * 200-499. For target groups with a protocol of GENEVE, the range is 200-399.
   *
   * <p>CloudFormation property {@code Matcher}.
   */
  public TargetGroup matcher(Value<Matcher> value) {
    return set("Matcher", value);
  }

  /**
   * The name of the target group.
   *
   * <p>This name must be unique per region per account, can have a maximum of 32 characters, must
   * contain only alphanumeric characters or hyphens, and must not begin or end with a hyphen.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public TargetGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TargetGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The port on which the targets receive traffic. This port is used unless you specify a port
   * override when registering the target. If the target is a Lambda function, this parameter does
   * not apply. If the protocol is GENEVE, the supported port is 6081.
   *
   * <p>Changing it replaces the resource. Range: 1 to 65535. CloudFormation property {@code Port}.
   */
  public TargetGroup port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public TargetGroup port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * The protocol to use for routing traffic to the targets. For Application Load Balancers, the
   * supported protocols are HTTP and HTTPS. For Network Load Balancers, the supported protocols are
   * TCP, TLS, UDP, TCP_UDP, QUIC, or TCP_QUIC. For Gateway Load Balancers, the supported protocol
   * is GENEVE. A TCP_UDP listener must be associated with a TCP_UDP target group. A TCP_QUIC
   * listener must be associated with a TCP_QUIC target group. If the target is a Lambda function,
   * this parameter does not apply.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code GENEVE}, {@code HTTP}, {@code
   * HTTPS}, {@code QUIC}, {@code TCP}, {@code TCP_QUIC}, {@code TCP_UDP}, {@code TLS}, {@code UDP}.
   * CloudFormation property {@code Protocol}.
   */
  public TargetGroup protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public TargetGroup protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /**
   * [HTTP/HTTPS protocol] The protocol version. The possible values are <code>GRPC</code> ,
   * <code>HTTP1</code> , and <code>HTTP2</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ProtocolVersion}.
   */
  public TargetGroup protocolVersion(String value) {
    return set("ProtocolVersion", Value.of(value));
  }

  /** Sets {@code ProtocolVersion} to this value; see {@link #protocolVersion(String)}. */
  public TargetGroup protocolVersion(Value<String> value) {
    return set("ProtocolVersion", value);
  }

  /**
   * The tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TargetGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TargetGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TargetGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The port on which the target control agent and application load balancer exchange management
   * traffic for the target optimizer feature.
   *
   * <p>Range: 1 to 65535. CloudFormation property {@code TargetControlPort}.
   */
  public TargetGroup targetControlPort(int value) {
    return set("TargetControlPort", Value.of(value));
  }

  /** Sets {@code TargetControlPort} to this value; see {@link #targetControlPort(int)}. */
  public TargetGroup targetControlPort(Value<Integer> value) {
    return set("TargetControlPort", value);
  }

  /**
   * The target group attributes. Attributes that you do not modify retain their current values.
   *
   * <p>CloudFormation property {@code TargetGroupAttributes}.
   */
  public TargetGroup targetGroupAttributes(List<TargetGroupAttribute> value) {
    return set("TargetGroupAttributes", Value.listOf(value));
  }

  /** Sets {@code TargetGroupAttributes} to this value; see {@link #targetGroupAttributes(List)}. */
  public TargetGroup targetGroupAttributes(Value<List<TargetGroupAttribute>> value) {
    return set("TargetGroupAttributes", value);
  }

  /**
   * Sets {@code TargetGroupAttributes} to a list of these; see {@link
   * #targetGroupAttributes(List)}.
   */
  public TargetGroup targetGroupAttributes(TargetGroupAttribute... values) {
    return set("TargetGroupAttributes", Value.list(values));
  }

  /**
   * The type of target that you must specify when registering targets with this target group. You
   * can't specify targets for a target group using more than one target type.
   *
   * <ul> <li><code>instance</code> - Register targets by instance ID. This is the default value.
   * <li><code>ip</code> - Register targets by IP address. You can specify IP addresses from the
   * subnets of the virtual private cloud (VPC) for the target group, the RFC 1918 range
   * (10.0.0.0/8, 172.16.0.0/12, and 192.168.0.0/16), and the RFC 6598 range (100.64.0.0/10). You
   * can't specify publicly routable IP addresses. <li><code>lambda</code> - Register a single
   * Lambda function as a target. <li><code>alb</code> - Register a single Application Load Balancer
   * as a target. </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code alb}, {@code instance}, {@code
   * ip}, {@code lambda}. CloudFormation property {@code TargetType}.
   */
  public TargetGroup targetType(String value) {
    return set("TargetType", Value.of(value));
  }

  /** Sets {@code TargetType} to this value; see {@link #targetType(String)}. */
  public TargetGroup targetType(Value<String> value) {
    return set("TargetType", value);
  }

  /**
   * The targets.
   *
   * <p>CloudFormation property {@code Targets}.
   */
  public TargetGroup targets(List<TargetDescription> value) {
    return set("Targets", Value.listOf(value));
  }

  /** Sets {@code Targets} to this value; see {@link #targets(List)}. */
  public TargetGroup targets(Value<List<TargetDescription>> value) {
    return set("Targets", value);
  }

  /** Sets {@code Targets} to a list of these; see {@link #targets(List)}. */
  public TargetGroup targets(TargetDescription... values) {
    return set("Targets", Value.list(values));
  }

  /**
   * The number of consecutive health check failures required before considering a target unhealthy.
   * The range is 2-10. If the target group protocol is TCP, TCP_UDP, UDP, TLS, QUIC, TCP_QUIC, HTTP
   * or HTTPS, the default is 2. For target groups with a protocol of GENEVE, the default is 2. If
   * the target type is <code>lambda</code> , the default is 5.
   *
   * <p>Range: 2 to 10. CloudFormation property {@code UnhealthyThresholdCount}.
   */
  public TargetGroup unhealthyThresholdCount(int value) {
    return set("UnhealthyThresholdCount", Value.of(value));
  }

  /**
   * Sets {@code UnhealthyThresholdCount} to this value; see {@link #unhealthyThresholdCount(int)}.
   */
  public TargetGroup unhealthyThresholdCount(Value<Integer> value) {
    return set("UnhealthyThresholdCount", value);
  }

  /**
   * The identifier of the virtual private cloud (VPC). If the target is a Lambda function, this
   * parameter does not apply. Otherwise, this parameter is required.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property
   * {@code VpcId}.
   */
  public TargetGroup vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public TargetGroup vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public TargetGroup vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The Amazon Resource Name (ARN) of the load balancer that routes traffic to this target group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoadBalancerArns}.
   */
  public Value<List<String>> loadBalancerArns() {
    return getAtt("LoadBalancerArns");
  }

  /**
   * The Amazon Resource Name (ARN) of the target group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TargetGroupArn}.
   */
  public Value<String> targetGroupArn() {
    return getAtt("TargetGroupArn");
  }

  /**
   * The full name of the target group. For example,
   * <code>targetgroup/my-target-group/cbf133c568e0d028</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code TargetGroupFullName}.
   */
  public Value<String> targetGroupFullName() {
    return getAtt("TargetGroupFullName");
  }

  /**
   * The name of the target group. For example, <code>my-target-group</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code TargetGroupName}.
   */
  public Value<String> targetGroupName() {
    return getAtt("TargetGroupName");
  }

  /**
   * Specifies the HTTP codes that healthy targets must use when responding to an HTTP health check.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::TargetGroup.Matcher}.
   */
  public static final class Matcher extends Struct<Matcher> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::TargetGroup.Matcher");

    public Matcher() {
      super(SCHEMA);
    }

    /**
     * You can specify values between 0 and 99. You can specify multiple values (for example, "0,1")
     * or a range of values (for example, "0-5"). The default value is 12.
     *
     * <p>CloudFormation property {@code GrpcCode}.
     */
    public Matcher grpcCode(String value) {
      return set("GrpcCode", Value.of(value));
    }

    /** Sets {@code GrpcCode} to this value; see {@link #grpcCode(String)}. */
    public Matcher grpcCode(Value<String> value) {
      return set("GrpcCode", value);
    }

    /**
     * For Application Load Balancers, you can specify values between 200 and 499, with the default
     * value being 200. You can specify multiple values (for example, "200,202") or a range of
     * values (for example, "200-299").
     *
     * <p>For Network Load Balancers, you can specify values between 200 and 599, with the default
     * value being 200-399. You can specify multiple values (for example, "200,202") or a range of
     * values (for example, "200-299").
     *
     * <p>For Gateway Load Balancers, this must be "200–399".
     *
     * <p>Note that when using shorthand syntax, some values such as commas need to be escaped.
     *
     * <p>CloudFormation property {@code HttpCode}.
     */
    public Matcher httpCode(String value) {
      return set("HttpCode", Value.of(value));
    }

    /** Sets {@code HttpCode} to this value; see {@link #httpCode(String)}. */
    public Matcher httpCode(Value<String> value) {
      return set("HttpCode", value);
    }
  }

  /**
   * Specifies a target to add to a target group.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::TargetGroup.TargetDescription}.
   */
  public static final class TargetDescription extends Struct<TargetDescription> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::TargetGroup.TargetDescription")
        .required("Id")
        .references("Id", "AWS::ElasticLoadBalancingV2::LoadBalancer.Ref", "AWS::EC2::Instance.Ref",
            "AWS::Lambda::Function.Arn", "AWS::EC2::Instance.PrivateIp")
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .constrain("QuicServerId", Constraint.of().minLength(1).maxLength(256))
        .build();

    public TargetDescription() {
      super(SCHEMA);
    }

    /**
     * An Availability Zone or <code>all</code> . This determines whether the target receives
     * traffic from the load balancer nodes in the specified Availability Zone or from all enabled
     * Availability Zones for the load balancer.
     *
     * <p>For Application Load Balancer target groups, the specified Availability Zone value is only
     * applicable when cross-zone load balancing is off. Otherwise the parameter is ignored and
     * treated as <code>all</code> .
     *
     * <p>This parameter is not supported if the target type of the target group is
     * <code>instance</code> or <code>alb</code> .
     *
     * <p>If the target type is <code>ip</code> and the IP address is in a subnet of the VPC for the
     * target group, the Availability Zone is automatically detected and this parameter is optional.
     * If the IP address is outside the VPC, this parameter is required.
     *
     * <p>For Application Load Balancer target groups with cross-zone load balancing off, if the
     * target type is <code>ip</code> and the IP address is outside of the VPC for the target group,
     * this should be an Availability Zone inside the VPC for the target group.
     *
     * <p>If the target type is <code>lambda</code> , this parameter is optional and the only
     * supported value is <code>all</code> .
     *
     * <p>CloudFormation property {@code AvailabilityZone}.
     */
    public TargetDescription availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public TargetDescription availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The ID of the target. If the target type of the target group is <code>instance</code> ,
     * specify an instance ID. If the target type is <code>ip</code> , specify an IP address. If the
     * target type is <code>lambda</code> , specify the ARN of the Lambda function. If the target
     * type is <code>alb</code> , specify the ARN of the Application Load Balancer target.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public TargetDescription id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public TargetDescription id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * Sets {@code Id} to the Ref of {@code AWS::ElasticLoadBalancingV2::LoadBalancer}; see {@link
     * #id(String)}.
     */
    public TargetDescription id(LoadBalancer resource) {
      return set("Id", resource.ref());
    }

    /** Sets {@code Id} to the Ref of {@code AWS::EC2::Instance}; see {@link #id(String)}. */
    public TargetDescription id(Instance resource) {
      return set("Id", resource.ref());
    }

    /** Sets {@code Id} to the Arn of {@code AWS::Lambda::Function}; see {@link #id(String)}. */
    public TargetDescription id(Function resource) {
      return set("Id", resource.arn());
    }

    /**
     * The port on which the target is listening. If the target group protocol is GENEVE, the
     * supported port is 6081. If the target type is <code>alb</code> , the targeted Application
     * Load Balancer must have at least one listener whose port matches the target group port. This
     * parameter is not used if the target is a Lambda function.
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code Port}.
     */
    public TargetDescription port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public TargetDescription port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The server ID for the targets. This value is required if the protocol is <code>QUIC</code> or
     * <code>TCP_QUIC</code> and can't be used with other protocols.
     *
     * <p>The ID consists of the <code>0x</code> prefix followed by 16 hexadecimal characters. Any
     * letters must be lowercase. The value must be unique at the listener level. You can't modify
     * the server ID for a registered target. You must deregister the target and then provide a new
     * server ID when you register the target again.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code QuicServerId}.
     */
    public TargetDescription quicServerId(String value) {
      return set("QuicServerId", Value.of(value));
    }

    /** Sets {@code QuicServerId} to this value; see {@link #quicServerId(String)}. */
    public TargetDescription quicServerId(Value<String> value) {
      return set("QuicServerId", value);
    }
  }

  /**
   * Specifies a target group attribute.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::TargetGroup.TargetGroupAttribute}.
   */
  public static final class TargetGroupAttribute extends Struct<TargetGroupAttribute> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::TargetGroup.TargetGroupAttribute");

    public TargetGroupAttribute() {
      super(SCHEMA);
    }

    /**
     * The name of the attribute.
     *
     * <p>The following attributes are supported by all load balancers:
     *
     * <ul> <li><code>deregistration_delay.timeout_seconds</code> - The amount of time, in seconds,
     * for Elastic Load Balancing to wait before changing the state of a deregistering target from
     * <code>draining</code> to <code>unused</code> . The range is 0-3600 seconds. The default value
     * is 300 seconds. If the target is a Lambda function, this attribute is not supported.
     * <li><code>stickiness.enabled</code> - Indicates whether target stickiness is enabled. The
     * value is <code>true</code> or <code>false</code> . The default is <code>false</code> .
     * <li><code>stickiness.type</code> - Indicates the type of stickiness. The possible values are:
     * </ul>
     *
     * <ul> <li><code>lb_cookie</code> and <code>app_cookie</code> for Application Load Balancers.
     * <li><code>source_ip</code> for Network Load Balancers. <li><code>source_ip_dest_ip</code> and
     * <code>source_ip_dest_ip_proto</code> for Gateway Load Balancers. </ul>
     *
     * <p>The following attributes are supported by Application Load Balancers and Network Load
     * Balancers:
     *
     * <ul> <li><code>load_balancing.cross_zone.enabled</code> - Indicates whether cross zone load
     * balancing is enabled. The value is <code>true</code> , <code>false</code> or
     * <code>use_load_balancer_configuration</code> . The default is
     * <code>use_load_balancer_configuration</code> .
     * <li><code>target_group_health.dns_failover.minimum_healthy_targets.count</code> - The minimum
     * number of targets that must be healthy. If the number of healthy targets is below this value,
     * mark the zone as unhealthy in DNS, so that traffic is routed only to healthy zones. The
     * possible values are <code>off</code> or an integer from 1 to the maximum number of targets.
     * The default is 1.
     * <li><code>target_group_health.dns_failover.minimum_healthy_targets.percentage</code> - The
     * minimum percentage of targets that must be healthy. If the percentage of healthy targets is
     * below this value, mark the zone as unhealthy in DNS, so that traffic is routed only to
     * healthy zones. The possible values are <code>off</code> or an integer from 1 to 100. The
     * default is <code>off</code> .
     * <li><code>target_group_health.unhealthy_state_routing.minimum_healthy_targets.count</code> -
     * The minimum number of targets that must be healthy. If the number of healthy targets is below
     * this value, send traffic to all targets, including unhealthy targets. The possible values are
     * 1 to the maximum number of targets. The default is 1.
     * <li><code>target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage</code>
     * - The minimum percentage of targets that must be healthy. If the percentage of healthy
     * targets is below this value, send traffic to all targets, including unhealthy targets. The
     * possible values are <code>off</code> or an integer from 1 to 100. The default is
     * <code>off</code> . </ul>
     *
     * <p>The following attributes are supported only if the load balancer is an Application Load
     * Balancer and the target is an instance or an IP address:
     *
     * <ul> <li><code>load_balancing.algorithm.type</code> - The load balancing algorithm determines
     * how the load balancer selects targets when routing requests. The value is
     * <code>round_robin</code> , <code>least_outstanding_requests</code> , or
     * <code>weighted_random</code> . The default is <code>round_robin</code> .
     * <li><code>load_balancing.algorithm.anomaly_mitigation</code> - Only available when
     * <code>load_balancing.algorithm.type</code> is <code>weighted_random</code> . Indicates
     * whether anomaly mitigation is enabled. The value is <code>on</code> or <code>off</code> . The
     * default is <code>off</code> . <li><code>slow_start.duration_seconds</code> - The time period,
     * in seconds, during which a newly registered target receives an increasing share of the
     * traffic to the target group. After this time period ends, the target receives its full share
     * of traffic. The range is 30-900 seconds (15 minutes). The default is 0 seconds (disabled).
     * <li><code>stickiness.app_cookie.cookie_name</code> - Indicates the name of the
     * application-based cookie. Names that start with the following prefixes are not allowed:
     * <code>AWSALB</code> , <code>AWSALBAPP</code> , and <code>AWSALBTG</code> ; they're reserved
     * for use by the load balancer. <li><code>stickiness.app_cookie.duration_seconds</code> - The
     * time period, in seconds, during which requests from a client should be routed to the same
     * target. After this time period expires, the application-based cookie is considered stale. The
     * range is 1 second to 1 week (604800 seconds). The default value is 1 day (86400 seconds).
     * <li><code>stickiness.lb_cookie.duration_seconds</code> - The time period, in seconds, during
     * which requests from a client should be routed to the same target. After this time period
     * expires, the load balancer-generated cookie is considered stale. The range is 1 second to 1
     * week (604800 seconds). The default value is 1 day (86400 seconds). </ul>
     *
     * <p>The following attribute is supported only if the load balancer is an Application Load
     * Balancer and the target is a Lambda function:
     *
     * <ul> <li><code>lambda.multi_value_headers.enabled</code> - Indicates whether the request and
     * response headers that are exchanged between the load balancer and the Lambda function include
     * arrays of values or strings. The value is <code>true</code> or <code>false</code> . The
     * default is <code>false</code> . If the value is <code>false</code> and the request contains a
     * duplicate header field name or query parameter key, the load balancer uses the last value
     * sent by the client. </ul>
     *
     * <p>The following attributes are supported only by Network Load Balancers:
     *
     * <ul> <li><code>deregistration_delay.connection_termination.enabled</code> - Indicates whether
     * the load balancer terminates connections at the end of the deregistration timeout. The value
     * is <code>true</code> or <code>false</code> . For new UDP/TCP_UDP target groups the default is
     * <code>true</code> . Otherwise, the default is <code>false</code> .
     * <li><code>preserve_client_ip.enabled</code> - Indicates whether client IP preservation is
     * enabled. The value is <code>true</code> or <code>false</code> . The default is disabled if
     * the target group type is IP address and the target group protocol is TCP or TLS. Otherwise,
     * the default is enabled. Client IP preservation can't be disabled for UDP and TCP_UDP target
     * groups. <li><code>proxy_protocol_v2.enabled</code> - Indicates whether Proxy Protocol version
     * 2 is enabled. The value is <code>true</code> or <code>false</code> . The default is
     * <code>false</code> .
     * <li><code>target_health_state.unhealthy.connection_termination.enabled</code> - Indicates
     * whether the load balancer terminates connections to unhealthy targets. The value is
     * <code>true</code> or <code>false</code> . The default is <code>true</code> . This attribute
     * can't be enabled for UDP and TCP_UDP target groups.
     * <li><code>target_health_state.unhealthy.draining_interval_seconds</code> - The amount of time
     * for Elastic Load Balancing to wait before changing the state of an unhealthy target from
     * <code>unhealthy.draining</code> to <code>unhealthy</code> . The range is 0-360000 seconds.
     * The default value is 0 seconds. </ul>
     *
     * <p>Note: This attribute can only be configured when
     * <code>target_health_state.unhealthy.connection_termination.enabled</code> is
     * <code>false</code> .
     *
     * <p>The following attributes are supported only by Gateway Load Balancers:
     *
     * <ul> <li><code>target_failover.on_deregistration</code> - Indicates how the Gateway Load
     * Balancer handles existing flows when a target is deregistered. The possible values are
     * <code>rebalance</code> and <code>no_rebalance</code> . The default is
     * <code>no_rebalance</code> . The two attributes (
     * <code>target_failover.on_deregistration</code> and <code>target_failover.on_unhealthy</code>
     * ) can't be set independently. The value you set for both attributes must be the same.
     * <li><code>target_failover.on_unhealthy</code> - Indicates how the Gateway Load Balancer
     * handles existing flows when a target is unhealthy. The possible values are
     * <code>rebalance</code> and <code>no_rebalance</code> . The default is
     * <code>no_rebalance</code> . The two attributes (
     * <code>target_failover.on_deregistration</code> and <code>target_failover.on_unhealthy</code>
     * ) can't be set independently. The value you set for both attributes must be the same. </ul>
     *
     * <p>CloudFormation property {@code Key}.
     */
    public TargetGroupAttribute key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TargetGroupAttribute key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the attribute.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public TargetGroupAttribute value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TargetGroupAttribute value(Value<String> value) {
      return set("Value", value);
    }
  }
}
