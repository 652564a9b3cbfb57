// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.globalaccelerator;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.elasticloadbalancingv2.LoadBalancer;
import java.util.List;

/**
 * The <code>AWS::GlobalAccelerator::EndpointGroup</code> resource is a Global Accelerator resource
 * type that contains information about how you create an endpoint group for the specified listener.
 * An endpoint group is a collection of endpoints in one AWS Region .
 *
 * <p>CloudFormation type {@code AWS::GlobalAccelerator::EndpointGroup}.
 */
public final class EndpointGroup extends Resource<EndpointGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::GlobalAccelerator::EndpointGroup")
      .required("EndpointGroupRegion", "ListenerArn")
      .constrain("EndpointGroupRegion", Constraint.of().minLength(0).maxLength(255))
      .constrain("HealthCheckIntervalSeconds", Constraint.of().minimum(10).maximum(30))
      .constrain("HealthCheckPath", Constraint.of().pattern("^/[-a-zA-Z0-9@:%_\\\\+.~#?&/=]*$").minLength(0).maxLength(255))
      .constrain("HealthCheckPort", Constraint.of().minimum(-1).maximum(65535))
      .allowed("HealthCheckProtocol", "TCP", "HTTP", "HTTPS")
      .constrain("ListenerArn", Constraint.of().minLength(0).maxLength(255))
      .references("ListenerArn", "AWS::GlobalAccelerator::Listener.Ref")
      .constrain("ThresholdCount", Constraint.of().minimum(1).maximum(10))
      .constrain("TrafficDialPercentage", Constraint.of().minimum(0).maximum(100))
      .refYields("EndpointGroupArn")
      .attributes("EndpointGroupArn")
      .build();

  public EndpointGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of endpoint objects.
   *
   * <p>CloudFormation property {@code EndpointConfigurations}.
   */
  public EndpointGroup endpointConfigurations(List<EndpointConfiguration> value) {
    return set("EndpointConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code EndpointConfigurations} to this value; see {@link #endpointConfigurations(List)}.
   */
  public EndpointGroup endpointConfigurations(Value<List<EndpointConfiguration>> value) {
    return set("EndpointConfigurations", value);
  }

  /**
   * Sets {@code EndpointConfigurations} to a list of these; see {@link
   * #endpointConfigurations(List)}.
   */
  public EndpointGroup endpointConfigurations(EndpointConfiguration... values) {
    return set("EndpointConfigurations", Value.list(values));
  }

  /**
   * The AWS Regions where the endpoint group is located.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. CloudFormation
   * property {@code EndpointGroupRegion}.
   */
  public EndpointGroup endpointGroupRegion(String value) {
    return set("EndpointGroupRegion", Value.of(value));
  }

  /** Sets {@code EndpointGroupRegion} to this value; see {@link #endpointGroupRegion(String)}. */
  public EndpointGroup endpointGroupRegion(Value<String> value) {
    return set("EndpointGroupRegion", value);
  }

  /**
   * The time—10 seconds or 30 seconds—between health checks for each endpoint. The default value is
   * 30.
   *
   * <p>Range: 10 to 30. Default: {@code 30}. CloudFormation property {@code
   * HealthCheckIntervalSeconds}.
   */
  public EndpointGroup healthCheckIntervalSeconds(int value) {
    return set("HealthCheckIntervalSeconds", Value.of(value));
  }

  /**
   * Sets {@code HealthCheckIntervalSeconds} to this value; see {@link
   * #healthCheckIntervalSeconds(int)}.
   */
  public EndpointGroup healthCheckIntervalSeconds(Value<Integer> value) {
    return set("HealthCheckIntervalSeconds", value);
  }

  /**
   * If the protocol is HTTP/S, then this value provides the ping path that Global Accelerator uses
   * for the destination on the endpoints for health checks. The default is slash (/).
   *
   * <p>Length: 0 to 255 characters. Pattern: {@code
   * ^/[-a-zA-Z0-9&#64;:%_&#92;&#92;+.~#?&amp;/=]*$}. Default: {@code "/"}. CloudFormation property
   * {@code HealthCheckPath}.
   */
  public EndpointGroup healthCheckPath(String value) {
    return set("HealthCheckPath", Value.of(value));
  }

  /** Sets {@code HealthCheckPath} to this value; see {@link #healthCheckPath(String)}. */
  public EndpointGroup healthCheckPath(Value<String> value) {
    return set("HealthCheckPath", value);
  }

  /**
   * The port that Global Accelerator uses to perform health checks on endpoints that are part of
   * this endpoint group.
   *
   * <p>The default port is the port for the listener that this endpoint group is associated with.
   * If the listener port is a list, Global Accelerator uses the first specified port in the list of
   * ports.
   *
   * <p>Range: -1 to 65535. Default: {@code -1}. CloudFormation property {@code HealthCheckPort}.
   */
  public EndpointGroup healthCheckPort(int value) {
    return set("HealthCheckPort", Value.of(value));
  }

  /** Sets {@code HealthCheckPort} to this value; see {@link #healthCheckPort(int)}. */
  public EndpointGroup healthCheckPort(Value<Integer> value) {
    return set("HealthCheckPort", value);
  }

  /**
   * The protocol that Global Accelerator uses to perform health checks on endpoints that are part
   * of this endpoint group. The default value is TCP.
   *
   * <p>Allowed values: {@code TCP}, {@code HTTP}, {@code HTTPS}. Default: {@code "TCP"}.
   * CloudFormation property {@code HealthCheckProtocol}.
   */
  public EndpointGroup healthCheckProtocol(String value) {
    return set("HealthCheckProtocol", Value.of(value));
  }

  /** Sets {@code HealthCheckProtocol} to this value; see {@link #healthCheckProtocol(String)}. */
  public EndpointGroup healthCheckProtocol(Value<String> value) {
    return set("HealthCheckProtocol", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the listener.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 255 characters. CloudFormation
   * property {@code ListenerArn}.
   */
  public EndpointGroup listenerArn(String value) {
    return set("ListenerArn", Value.of(value));
  }

  /** Sets {@code ListenerArn} to this value; see {@link #listenerArn(String)}. */
  public EndpointGroup listenerArn(Value<String> value) {
    return set("ListenerArn", value);
  }

  /**
   * Sets {@code ListenerArn} to the Ref of {@code AWS::GlobalAccelerator::Listener}; see {@link
   * #listenerArn(String)}.
   */
  public EndpointGroup listenerArn(Listener resource) {
    return set("ListenerArn", resource.ref());
  }

  /**
   * Allows you to override the destination ports used to route traffic to an endpoint. Using a port
   * override lets you map a list of external destination ports (that your users send traffic to) to
   * a list of internal destination ports that you want an application endpoint to receive traffic
   * on.
   *
   * <p>CloudFormation property {@code PortOverrides}.
   */
  public EndpointGroup portOverrides(List<PortOverride> value) {
    return set("PortOverrides", Value.listOf(value));
  }

  /** Sets {@code PortOverrides} to this value; see {@link #portOverrides(List)}. */
  public EndpointGroup portOverrides(Value<List<PortOverride>> value) {
    return set("PortOverrides", value);
  }

  /** Sets {@code PortOverrides} to a list of these; see {@link #portOverrides(List)}. */
  public EndpointGroup portOverrides(PortOverride... values) {
    return set("PortOverrides", Value.list(values));
  }

  /**
   * The number of consecutive health checks required to set the state of a healthy endpoint to
   * unhealthy, or to set an unhealthy endpoint to healthy. The default value is 3.
   *
   * <p>Range: 1 to 10. Default: {@code 3}. CloudFormation property {@code ThresholdCount}.
   */
  public EndpointGroup thresholdCount(int value) {
    return set("ThresholdCount", Value.of(value));
  }

  /** Sets {@code ThresholdCount} to this value; see {@link #thresholdCount(int)}. */
  public EndpointGroup thresholdCount(Value<Integer> value) {
    return set("ThresholdCount", value);
  }

  /**
   * The percentage of traffic to send to an AWS Regions . Additional traffic is distributed to
   * other endpoint groups for this listener.
   *
   * <p>Use this action to increase (dial up) or decrease (dial down) traffic to a specific Region.
   * The percentage is applied to the traffic that would otherwise have been routed to the Region
   * based on optimal routing.
   *
   * <p>The default value is 100.
   *
   * <p>Range: 0 to 100. Default: {@code 100}. CloudFormation property {@code
   * TrafficDialPercentage}.
   */
  public EndpointGroup trafficDialPercentage(double value) {
    return set("TrafficDialPercentage", Value.of(value));
  }

  /**
   * Sets {@code TrafficDialPercentage} to this value; see {@link #trafficDialPercentage(double)}.
   */
  public EndpointGroup trafficDialPercentage(Value<Double> value) {
    return set("TrafficDialPercentage", value);
  }

  /**
   * The ARN of the endpoint group, such as
   * <code>arn:aws:globalaccelerator::012345678901:accelerator/1234abcd-abcd-1234-abcd-1234abcdefgh/listener/0123vxyz/endpoint-group/098765zyxwvu</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointGroupArn}.
   */
  public Value<String> endpointGroupArn() {
    return getAtt("EndpointGroupArn");
  }

  /**
   * A complex type for endpoints. A resource must be valid and active when you add it as an
   * endpoint.
   *
   * <p>Property type {@code AWS::GlobalAccelerator::EndpointGroup.EndpointConfiguration}.
   */
  public static final class EndpointConfiguration extends Struct<EndpointConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GlobalAccelerator::EndpointGroup.EndpointConfiguration")
        .required("EndpointId")
        .constrain("AttachmentArn", Constraint.of().minLength(0).maxLength(255))
        .constrain("EndpointId", Constraint.of().minLength(0).maxLength(255))
        .references("EndpointId", "AWS::ElasticLoadBalancingV2::LoadBalancer.Ref")
        .constrain("Weight", Constraint.of().minimum(0).maximum(255))
        .build();

    public EndpointConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the cross-account attachment that specifies the endpoints
     * (resources) that can be added to accelerators and principals that have permission to add the
     * endpoints.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code AttachmentArn}.
     */
    public EndpointConfiguration attachmentArn(String value) {
      return set("AttachmentArn", Value.of(value));
    }

    /** Sets {@code AttachmentArn} to this value; see {@link #attachmentArn(String)}. */
    public EndpointConfiguration attachmentArn(Value<String> value) {
      return set("AttachmentArn", value);
    }

    /**
     * Indicates whether client IP address preservation is enabled for an Application Load Balancer
     * endpoint. The value is true or false. The default value is true for new accelerators.
     *
     * <p>If the value is set to true, the client's IP address is preserved in the
     * <code>X-Forwarded-For</code> request header as traffic travels to applications on the
     * Application Load Balancer endpoint fronted by the accelerator.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/global-accelerator/latest/dg/preserve-client-ip-address.html">Preserve
     * Client IP Addresses</a> in the <em>AWS Global Accelerator Developer Guide</em> .
     *
     * <p>Default: {@code true}. CloudFormation property {@code ClientIPPreservationEnabled}.
     */
    public EndpointConfiguration clientIPPreservationEnabled(boolean value) {
      return set("ClientIPPreservationEnabled", Value.of(value));
    }

    /**
     * Sets {@code ClientIPPreservationEnabled} to this value; see {@link
     * #clientIPPreservationEnabled(boolean)}.
     */
    public EndpointConfiguration clientIPPreservationEnabled(Value<Boolean> value) {
      return set("ClientIPPreservationEnabled", value);
    }

    /**
     * An ID for the endpoint. If the endpoint is a Network Load Balancer or Application Load
     * Balancer, this is the Amazon Resource Name (ARN) of the resource. If the endpoint is an
     * Elastic IP address, this is the Elastic IP address allocation ID. For Amazon EC2 instances,
     * this is the EC2 instance ID. A resource must be valid and active when you add it as an
     * endpoint.
     *
     * <p>For cross-account endpoints, this must be the ARN of the resource.
     *
     * <p>Required. Length: 0 to 255 characters. CloudFormation property {@code EndpointId}.
     */
    public EndpointConfiguration endpointId(String value) {
      return set("EndpointId", Value.of(value));
    }

    /** Sets {@code EndpointId} to this value; see {@link #endpointId(String)}. */
    public EndpointConfiguration endpointId(Value<String> value) {
      return set("EndpointId", value);
    }

    /**
     * Sets {@code EndpointId} to the Ref of {@code AWS::ElasticLoadBalancingV2::LoadBalancer}; see
     * {@link #endpointId(String)}.
     */
    public EndpointConfiguration endpointId(LoadBalancer resource) {
      return set("EndpointId", resource.ref());
    }

    /**
     * The weight associated with the endpoint. When you add weights to endpoints, you configure
     * Global Accelerator to route traffic based on proportions that you specify. For example, you
     * might specify endpoint weights of 4, 5, 5, and 6 (sum=20). The result is that 4/20 of your
     * traffic, on average, is routed to the first endpoint, 5/20 is routed both to the second and
     * third endpoints, and 6/20 is routed to the last endpoint. For more information, see <a
     * href="https://docs.aws.amazon.com/global-accelerator/latest/dg/about-endpoints-endpoint-weights.html">Endpoint
     * Weights</a> in the <em>AWS Global Accelerator Developer Guide</em> .
     *
     * <p>Range: 0 to 255. Default: {@code 100}. CloudFormation property {@code Weight}.
     */
    public EndpointConfiguration weight(int value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(int)}. */
    public EndpointConfiguration weight(Value<Integer> value) {
      return set("Weight", value);
    }
  }

  /**
   * Override specific listener ports used to route traffic to endpoints that are part of an
   * endpoint group. For example, you can create a port override in which the listener receives user
   * traffic on ports 80 and 443, but your accelerator routes that traffic to ports 1080 and 1443,
   * respectively, on the endpoints.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/global-accelerator/latest/dg/about-endpoint-groups-port-override.html">Port
   * overrides</a> in the <em>AWS Global Accelerator Developer Guide</em> .
   *
   * <p>Property type {@code AWS::GlobalAccelerator::EndpointGroup.PortOverride}.
   */
  public static final class PortOverride extends Struct<PortOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::GlobalAccelerator::EndpointGroup.PortOverride")
        .required("EndpointPort", "ListenerPort")
        .constrain("EndpointPort", Constraint.of().minimum(0).maximum(65535))
        .constrain("ListenerPort", Constraint.of().minimum(0).maximum(65535))
        .build();

    public PortOverride() {
      super(SCHEMA);
    }

    /**
     * The endpoint port that you want a listener port to be mapped to. This is the port on the
     * endpoint, such as the Application Load Balancer or Amazon EC2 instance.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code EndpointPort}.
     */
    public PortOverride endpointPort(int value) {
      return set("EndpointPort", Value.of(value));
    }

    /** Sets {@code EndpointPort} to this value; see {@link #endpointPort(int)}. */
    public PortOverride endpointPort(Value<Integer> value) {
      return set("EndpointPort", value);
    }

    /**
     * The listener port that you want to map to a specific endpoint port. This is the port that
     * user traffic arrives to the Global Accelerator on.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code ListenerPort}.
     */
    public PortOverride listenerPort(int value) {
      return set("ListenerPort", Value.of(value));
    }

    /** Sets {@code ListenerPort} to this value; see {@link #listenerPort(int)}. */
    public PortOverride listenerPort(Value<Integer> value) {
      return set("ListenerPort", value);
    }
  }
}
