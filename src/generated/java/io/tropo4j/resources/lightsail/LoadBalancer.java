// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Lightsail::LoadBalancer</code> resource specifies a load balancer that can be used
 * with Lightsail instances.
 *
 * <p>You cannot attach a TLS certificate to a load balancer using the
 * <code>AWS::Lightsail::LoadBalancer</code> resource type. Instead, use the
 * <code>AWS::Lightsail::LoadBalancerTlsCertificate</code> resource type to create a certificate and
 * attach it to a load balancer.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::LoadBalancer}.
 */
public final class LoadBalancer extends Resource<LoadBalancer> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::LoadBalancer")
      .required("InstancePort", "LoadBalancerName")
      .constrain("InstancePort", Constraint.of().minimum(-1).maximum(65535))
      .allowed("IpAddressType", "dualstack", "ipv4", "ipv6")
      .constrain("LoadBalancerName", Constraint.of().pattern("\\w[\\w\\-]*\\w"))
      .refYields("LoadBalancerName")
      .attributes("LoadBalancerArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LoadBalancer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Lightsail instances to attach to the load balancer.
   *
   * <p>CloudFormation property {@code AttachedInstances}.
   */
  public LoadBalancer attachedInstances(List<String> value) {
    return set("AttachedInstances", Value.listOf(value));
  }

  /** Sets {@code AttachedInstances} to this value; see {@link #attachedInstances(List)}. */
  public LoadBalancer attachedInstances(Value<List<String>> value) {
    return set("AttachedInstances", value);
  }

  /**
   * The path on the attached instance where the health check will be performed. If no path is
   * specified, the load balancer tries to make a request to the default (root) page (
   * <code>/index.html</code> ).
   *
   * <p>CloudFormation property {@code HealthCheckPath}.
   */
  public LoadBalancer healthCheckPath(String value) {
    return set("HealthCheckPath", Value.of(value));
  }

  /** Sets {@code HealthCheckPath} to this value; see {@link #healthCheckPath(String)}. */
  public LoadBalancer healthCheckPath(Value<String> value) {
    return set("HealthCheckPath", value);
  }

  /**
   * The port that the load balancer uses to direct traffic to your Lightsail instances. For HTTP
   * traffic, specify port <code>80</code> . For HTTPS traffic, specify port <code>443</code> .
   *
   * <p>Required. Changing it replaces the resource. Range: -1 to 65535. CloudFormation property
   * {@code InstancePort}.
   */
  public LoadBalancer instancePort(int value) {
    return set("InstancePort", Value.of(value));
  }

  /** Sets {@code InstancePort} to this value; see {@link #instancePort(int)}. */
  public LoadBalancer instancePort(Value<Integer> value) {
    return set("InstancePort", value);
  }

  /**
   * The IP address type of the load balancer.
   *
   * <p>The possible values are <code>ipv4</code> for IPv4 only, and <code>dualstack</code> for both
   * IPv4 and IPv6.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code dualstack}, {@code ipv4}, {@code
   * ipv6}. CloudFormation property {@code IpAddressType}.
   */
  public LoadBalancer ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public LoadBalancer ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * The name of the load balancer.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code &#92;w[&#92;w&#92;-]*&#92;w}.
   * CloudFormation property {@code LoadBalancerName}.
   */
  public LoadBalancer loadBalancerName(String value) {
    return set("LoadBalancerName", Value.of(value));
  }

  /** Sets {@code LoadBalancerName} to this value; see {@link #loadBalancerName(String)}. */
  public LoadBalancer loadBalancerName(Value<String> value) {
    return set("LoadBalancerName", value);
  }

  /**
   * A Boolean value indicating whether session stickiness is enabled.
   *
   * <p>Enable session stickiness (also known as <em>session affinity</em> ) to bind a user's
   * session to a specific instance. This ensures that all requests from the user during the session
   * are sent to the same instance.
   *
   * <p>CloudFormation property {@code SessionStickinessEnabled}.
   */
  public LoadBalancer sessionStickinessEnabled(boolean value) {
    return set("SessionStickinessEnabled", Value.of(value));
  }

  /**
   * Sets {@code SessionStickinessEnabled} to this value; see {@link
   * #sessionStickinessEnabled(boolean)}.
   */
  public LoadBalancer sessionStickinessEnabled(Value<Boolean> value) {
    return set("SessionStickinessEnabled", value);
  }

  /**
   * The time period, in seconds, after which the load balancer session stickiness cookie should be
   * considered stale. If you do not specify this parameter, the default value is 0, which indicates
   * that the sticky session should last for the duration of the browser session.
   *
   * <p>CloudFormation property {@code SessionStickinessLBCookieDurationSeconds}.
   */
  public LoadBalancer sessionStickinessLBCookieDurationSeconds(String value) {
    return set("SessionStickinessLBCookieDurationSeconds", Value.of(value));
  }

  /**
   * Sets {@code SessionStickinessLBCookieDurationSeconds} to this value; see {@link
   * #sessionStickinessLBCookieDurationSeconds(String)}.
   */
  public LoadBalancer sessionStickinessLBCookieDurationSeconds(Value<String> value) {
    return set("SessionStickinessLBCookieDurationSeconds", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * in the <em>AWS CloudFormation User Guide</em> .
   *
   * <p>The <code>Value</code> of <code>Tags</code> is optional for Lightsail resources.
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
   * The name of the TLS security policy for the load balancer.
   *
   * <p>CloudFormation property {@code TlsPolicyName}.
   */
  public LoadBalancer tlsPolicyName(String value) {
    return set("TlsPolicyName", Value.of(value));
  }

  /** Sets {@code TlsPolicyName} to this value; see {@link #tlsPolicyName(String)}. */
  public LoadBalancer tlsPolicyName(Value<String> value) {
    return set("TlsPolicyName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the load balancer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoadBalancerArn}.
   */
  public Value<String> loadBalancerArn() {
    return getAtt("LoadBalancerArn");
  }
}
