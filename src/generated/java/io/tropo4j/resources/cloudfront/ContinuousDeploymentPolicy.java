// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a continuous deployment policy that routes a subset of production traffic from a primary
 * distribution to a staging distribution.
 *
 * <p>After you create and update a staging distribution, you can use a continuous deployment policy
 * to incrementally move traffic to the staging distribution. This enables you to test changes to a
 * distribution's configuration before moving all of your production traffic to the new
 * configuration.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/continuous-deployment.html">Using
 * CloudFront continuous deployment to safely test CDN configuration changes</a> in the <em>Amazon
 * CloudFront Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFront::ContinuousDeploymentPolicy}.
 */
public final class ContinuousDeploymentPolicy extends Resource<ContinuousDeploymentPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ContinuousDeploymentPolicy")
      .required("ContinuousDeploymentPolicyConfig")
      .refYields("Id")
      .attributes("Id", "LastModifiedTime")
      .build();

  public ContinuousDeploymentPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains the configuration for a continuous deployment policy.
   *
   * <p>Required. CloudFormation property {@code ContinuousDeploymentPolicyConfig}.
   */
  public ContinuousDeploymentPolicy continuousDeploymentPolicyConfig(Value<ContinuousDeploymentPolicyConfig> value) {
    return set("ContinuousDeploymentPolicyConfig", value);
  }

  /**
   * The identifier of the cotinuous deployment policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The date and time when the continuous deployment policy was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * Contains the configuration for a continuous deployment policy.
   *
   * <p>Property type {@code
   * AWS::CloudFront::ContinuousDeploymentPolicy.ContinuousDeploymentPolicyConfig}.
   */
  public static final class ContinuousDeploymentPolicyConfig extends Struct<ContinuousDeploymentPolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ContinuousDeploymentPolicy.ContinuousDeploymentPolicyConfig")
        .required("Enabled", "StagingDistributionDnsNames")
        .allowed("Type", "SingleWeight", "SingleHeader")
        .build();

    public ContinuousDeploymentPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * A Boolean that indicates whether this continuous deployment policy is enabled (in effect).
     * When this value is <code>true</code> , this policy is enabled and in effect. When this value
     * is <code>false</code> , this policy is not enabled and has no effect.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public ContinuousDeploymentPolicyConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ContinuousDeploymentPolicyConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * This configuration determines which HTTP requests are sent to the staging distribution. If
     * the HTTP request contains a header and value that matches what you specify here, the request
     * is sent to the staging distribution. Otherwise the request is sent to the primary
     * distribution.
     *
     * <p>CloudFormation property {@code SingleHeaderPolicyConfig}.
     */
    public ContinuousDeploymentPolicyConfig singleHeaderPolicyConfig(Value<SingleHeaderPolicyConfig> value) {
      return set("SingleHeaderPolicyConfig", value);
    }

    /**
     * This configuration determines the percentage of HTTP requests that are sent to the staging
     * distribution.
     *
     * <p>CloudFormation property {@code SingleWeightPolicyConfig}.
     */
    public ContinuousDeploymentPolicyConfig singleWeightPolicyConfig(Value<SingleWeightPolicyConfig> value) {
      return set("SingleWeightPolicyConfig", value);
    }

    /**
     * The CloudFront domain name of the staging distribution. For example:
     * <code>d111111abcdef8.cloudfront.net</code> .
     *
     * <p>Required. CloudFormation property {@code StagingDistributionDnsNames}.
     */
    public ContinuousDeploymentPolicyConfig stagingDistributionDnsNames(List<String> value) {
      return set("StagingDistributionDnsNames", Value.listOf(value));
    }

    /**
     * Sets {@code StagingDistributionDnsNames} to this value; see {@link
     * #stagingDistributionDnsNames(List)}.
     */
    public ContinuousDeploymentPolicyConfig stagingDistributionDnsNames(Value<List<String>> value) {
      return set("StagingDistributionDnsNames", value);
    }

    /**
     * Contains the parameters for routing production traffic from your primary to staging
     * distributions.
     *
     * <p>CloudFormation property {@code TrafficConfig}.
     */
    public ContinuousDeploymentPolicyConfig trafficConfig(Value<TrafficConfig> value) {
      return set("TrafficConfig", value);
    }

    /**
     * The type of traffic configuration.
     *
     * <p>Allowed values: {@code SingleWeight}, {@code SingleHeader}. CloudFormation property {@code
     * Type}.
     */
    public ContinuousDeploymentPolicyConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ContinuousDeploymentPolicyConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Session stickiness provides the ability to define multiple requests from a single viewer as a
   * single session. This prevents the potentially inconsistent experience of sending some of a
   * given user's requests to your staging distribution, while others are sent to your primary
   * distribution. Define the session duration using TTL values.
   *
   * <p>Property type {@code AWS::CloudFront::ContinuousDeploymentPolicy.SessionStickinessConfig}.
   */
  public static final class SessionStickinessConfig extends Struct<SessionStickinessConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ContinuousDeploymentPolicy.SessionStickinessConfig")
        .required("IdleTTL", "MaximumTTL")
        .constrain("IdleTTL", Constraint.of().minimum(300).maximum(3600))
        .constrain("MaximumTTL", Constraint.of().minimum(300).maximum(3600))
        .build();

    public SessionStickinessConfig() {
      super(SCHEMA);
    }

    /**
     * The amount of time after which you want sessions to cease if no requests are received.
     * Allowed values are 300–3600 seconds (5–60 minutes).
     *
     * <p>Required. Range: 300 to 3600. CloudFormation property {@code IdleTTL}.
     */
    public SessionStickinessConfig idleTTL(int value) {
      return set("IdleTTL", Value.of(value));
    }

    /** Sets {@code IdleTTL} to this value; see {@link #idleTTL(int)}. */
    public SessionStickinessConfig idleTTL(Value<Integer> value) {
      return set("IdleTTL", value);
    }

    /**
     * The maximum amount of time to consider requests from the viewer as being part of the same
     * session. Allowed values are 300–3600 seconds (5–60 minutes).
     *
     * <p>Required. Range: 300 to 3600. CloudFormation property {@code MaximumTTL}.
     */
    public SessionStickinessConfig maximumTTL(int value) {
      return set("MaximumTTL", Value.of(value));
    }

    /** Sets {@code MaximumTTL} to this value; see {@link #maximumTTL(int)}. */
    public SessionStickinessConfig maximumTTL(Value<Integer> value) {
      return set("MaximumTTL", value);
    }
  }

  /**
   * Determines which HTTP requests are sent to the staging distribution.
   *
   * <p>Property type {@code AWS::CloudFront::ContinuousDeploymentPolicy.SingleHeaderConfig}.
   */
  public static final class SingleHeaderConfig extends Struct<SingleHeaderConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ContinuousDeploymentPolicy.SingleHeaderConfig")
        .required("Header", "Value")
        .constrain("Header", Constraint.of().minLength(1).maxLength(256))
        .constrain("Value", Constraint.of().minLength(1).maxLength(1783))
        .build();

    public SingleHeaderConfig() {
      super(SCHEMA);
    }

    /**
     * The request header name that you want CloudFront to send to your staging distribution. The
     * header must contain the prefix <code>aws-cf-cd-</code> .
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Header}.
     */
    public SingleHeaderConfig header(String value) {
      return set("Header", Value.of(value));
    }

    /** Sets {@code Header} to this value; see {@link #header(String)}. */
    public SingleHeaderConfig header(Value<String> value) {
      return set("Header", value);
    }

    /**
     * The request header value.
     *
     * <p>Required. Length: 1 to 1783 characters. CloudFormation property {@code Value}.
     */
    public SingleHeaderConfig value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public SingleHeaderConfig value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Defines a single header policy for a CloudFront distribution.
   *
   * <p>This property is legacy. We recommend that you use <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-continuousdeploymentpolicy-trafficconfig.html">TrafficConfig</a>
   * and specify the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-continuousdeploymentpolicy-trafficconfig.html#cfn-cloudfront-continuousdeploymentpolicy-trafficconfig-singleheaderconfig">SingleHeaderConfig</a>
   * property instead.
   *
   * <p>Property type {@code AWS::CloudFront::ContinuousDeploymentPolicy.SingleHeaderPolicyConfig}.
   */
  public static final class SingleHeaderPolicyConfig extends Struct<SingleHeaderPolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ContinuousDeploymentPolicy.SingleHeaderPolicyConfig")
        .required("Header", "Value")
        .constrain("Header", Constraint.of().minLength(1).maxLength(256))
        .constrain("Value", Constraint.of().minLength(1).maxLength(1783))
        .build();

    public SingleHeaderPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the HTTP header that CloudFront uses to configure for the single header policy.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Header}.
     */
    public SingleHeaderPolicyConfig header(String value) {
      return set("Header", Value.of(value));
    }

    /** Sets {@code Header} to this value; see {@link #header(String)}. */
    public SingleHeaderPolicyConfig header(Value<String> value) {
      return set("Header", value);
    }

    /**
     * Specifies the value to assign to the header for a single header policy.
     *
     * <p>Required. Length: 1 to 1783 characters. CloudFormation property {@code Value}.
     */
    public SingleHeaderPolicyConfig value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public SingleHeaderPolicyConfig value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * This configuration determines the percentage of HTTP requests that are sent to the staging
   * distribution.
   *
   * <p>Property type {@code AWS::CloudFront::ContinuousDeploymentPolicy.SingleWeightConfig}.
   */
  public static final class SingleWeightConfig extends Struct<SingleWeightConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ContinuousDeploymentPolicy.SingleWeightConfig")
        .required("Weight")
        .constrain("Weight", Constraint.of().minimum(0).maximum(1))
        .build();

    public SingleWeightConfig() {
      super(SCHEMA);
    }

    /**
     * Session stickiness provides the ability to define multiple requests from a single viewer as a
     * single session. This prevents the potentially inconsistent experience of sending some of a
     * given user's requests to your staging distribution, while others are sent to your primary
     * distribution. Define the session duration using TTL values.
     *
     * <p>CloudFormation property {@code SessionStickinessConfig}.
     */
    public SingleWeightConfig sessionStickinessConfig(Value<SessionStickinessConfig> value) {
      return set("SessionStickinessConfig", value);
    }

    /**
     * The percentage of traffic to send to a staging distribution, expressed as a decimal number
     * between 0 and 0.15. For example, a value of 0.10 means 10% of traffic is sent to the staging
     * distribution.
     *
     * <p>Required. Range: 0 to 1. CloudFormation property {@code Weight}.
     */
    public SingleWeightConfig weight(double value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(double)}. */
    public SingleWeightConfig weight(Value<Double> value) {
      return set("Weight", value);
    }
  }

  /**
   * Configure a policy that CloudFront uses to route requests to different origins or use different
   * cache settings, based on the weight assigned to each option.
   *
   * <p>This property is legacy. We recommend that you use <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-continuousdeploymentpolicy-trafficconfig.html">TrafficConfig</a>
   * and specify the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-continuousdeploymentpolicy-trafficconfig.html#cfn-cloudfront-continuousdeploymentpolicy-trafficconfig-singleweightconfig">SingleWeightConfig</a>
   * property instead.
   *
   * <p>Property type {@code AWS::CloudFront::ContinuousDeploymentPolicy.SingleWeightPolicyConfig}.
   */
  public static final class SingleWeightPolicyConfig extends Struct<SingleWeightPolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ContinuousDeploymentPolicy.SingleWeightPolicyConfig")
        .required("Weight")
        .constrain("Weight", Constraint.of().minimum(0).maximum(1))
        .build();

    public SingleWeightPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * Enable session stickiness for the associated origin or cache settings.
     *
     * <p>CloudFormation property {@code SessionStickinessConfig}.
     */
    public SingleWeightPolicyConfig sessionStickinessConfig(Value<SessionStickinessConfig> value) {
      return set("SessionStickinessConfig", value);
    }

    /**
     * The percentage of requests that CloudFront will use to send to an associated origin or cache
     * settings.
     *
     * <p>Required. Range: 0 to 1. CloudFormation property {@code Weight}.
     */
    public SingleWeightPolicyConfig weight(double value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(double)}. */
    public SingleWeightPolicyConfig weight(Value<Double> value) {
      return set("Weight", value);
    }
  }

  /**
   * The traffic configuration of your continuous deployment.
   *
   * <p>Property type {@code AWS::CloudFront::ContinuousDeploymentPolicy.TrafficConfig}.
   */
  public static final class TrafficConfig extends Struct<TrafficConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ContinuousDeploymentPolicy.TrafficConfig")
        .required("Type")
        .allowed("Type", "SingleWeight", "SingleHeader")
        .build();

    public TrafficConfig() {
      super(SCHEMA);
    }

    /**
     * Determines which HTTP requests are sent to the staging distribution.
     *
     * <p>CloudFormation property {@code SingleHeaderConfig}.
     */
    public TrafficConfig singleHeaderConfig(Value<SingleHeaderConfig> value) {
      return set("SingleHeaderConfig", value);
    }

    /**
     * Contains the percentage of traffic to send to the staging distribution.
     *
     * <p>CloudFormation property {@code SingleWeightConfig}.
     */
    public TrafficConfig singleWeightConfig(Value<SingleWeightConfig> value) {
      return set("SingleWeightConfig", value);
    }

    /**
     * The type of traffic configuration.
     *
     * <p>Required. Allowed values: {@code SingleWeight}, {@code SingleHeader}. CloudFormation
     * property {@code Type}.
     */
    public TrafficConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public TrafficConfig type(Value<String> value) {
      return set("Type", value);
    }
  }
}
