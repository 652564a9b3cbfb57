// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apprunner;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specify an AWS App Runner Automatic Scaling configuration by using the
 * <code>AWS::AppRunner::AutoScalingConfiguration</code> resource in an AWS CloudFormation template.
 *
 * <p>The <code>AWS::AppRunner::AutoScalingConfiguration</code> resource is an AWS App Runner
 * resource type that specifies an App Runner automatic scaling configuration.
 *
 * <p>App Runner requires this resource to set non-default auto scaling settings for instances used
 * to process the web requests. You can share an auto scaling configuration across multiple
 * services.
 *
 * <p>Create multiple revisions of a configuration by calling this action multiple times using the
 * same <code>AutoScalingConfigurationName</code> . The call returns incremental
 * <code>AutoScalingConfigurationRevision</code> values. When you create a service and configure an
 * auto scaling configuration resource, the service uses the latest active revision of the auto
 * scaling configuration by default. You can optionally configure the service to use a specific
 * revision.
 *
 * <p>Configure a higher <code>MinSize</code> to increase the spread of your App Runner service over
 * more Availability Zones in the AWS Region . The tradeoff is a higher minimal cost.
 *
 * <p>Configure a lower <code>MaxSize</code> to control your cost. The tradeoff is lower
 * responsiveness during peak demand.
 *
 * <p>CloudFormation type {@code AWS::AppRunner::AutoScalingConfiguration}.
 */
public final class AutoScalingConfiguration extends Resource<AutoScalingConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::AutoScalingConfiguration")
      .constrain("AutoScalingConfigurationName", Constraint.of().pattern("[A-Za-z0-9][A-Za-z0-9\\-_]{3,31}").minLength(4).maxLength(32))
      .constrain("MaxConcurrency", Constraint.of().minimum(1).maximum(200))
      .constrain("MaxSize", Constraint.of().minimum(1))
      .constrain("MinSize", Constraint.of().minimum(1).maximum(25))
      .refYields("AutoScalingConfigurationArn")
      .attributes("AutoScalingConfigurationArn", "AutoScalingConfigurationRevision", "Latest")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AutoScalingConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The customer-provided auto scaling configuration name. It can be used in multiple revisions of
   * a configuration.
   *
   * <p>Changing it replaces the resource. Length: 4 to 32 characters. Pattern: {@code
   * [A-Za-z0-9][A-Za-z0-9&#92;-_]{3,31}}. CloudFormation property {@code
   * AutoScalingConfigurationName}.
   */
  public AutoScalingConfiguration autoScalingConfigurationName(String value) {
    return set("AutoScalingConfigurationName", Value.of(value));
  }

  /**
   * Sets {@code AutoScalingConfigurationName} to this value; see {@link
   * #autoScalingConfigurationName(String)}.
   */
  public AutoScalingConfiguration autoScalingConfigurationName(Value<String> value) {
    return set("AutoScalingConfigurationName", value);
  }

  /**
   * The maximum number of concurrent requests that an instance processes. If the number of
   * concurrent requests exceeds this limit, App Runner scales the service up.
   *
   * <p>Changing it replaces the resource. Range: 1 to 200. CloudFormation property {@code
   * MaxConcurrency}.
   */
  public AutoScalingConfiguration maxConcurrency(int value) {
    return set("MaxConcurrency", Value.of(value));
  }

  /** Sets {@code MaxConcurrency} to this value; see {@link #maxConcurrency(int)}. */
  public AutoScalingConfiguration maxConcurrency(Value<Integer> value) {
    return set("MaxConcurrency", value);
  }

  /**
   * The maximum number of instances that a service scales up to. At most <code>MaxSize</code>
   * instances actively serve traffic for your service.
   *
   * <p>Changing it replaces the resource. Range: at least 1. CloudFormation property {@code
   * MaxSize}.
   */
  public AutoScalingConfiguration maxSize(int value) {
    return set("MaxSize", Value.of(value));
  }

  /** Sets {@code MaxSize} to this value; see {@link #maxSize(int)}. */
  public AutoScalingConfiguration maxSize(Value<Integer> value) {
    return set("MaxSize", value);
  }

  /**
   * The minimum number of instances that App Runner provisions for a service. The service always
   * has at least <code>MinSize</code> provisioned instances. Some of them actively serve traffic.
   * The rest of them (provisioned and inactive instances) are a cost-effective compute capacity
   * reserve and are ready to be quickly activated. You pay for memory usage of all the provisioned
   * instances. You pay for CPU usage of only the active subset.
   *
   * <p>App Runner temporarily doubles the number of provisioned instances during deployments, to
   * maintain the same capacity for both old and new code.
   *
   * <p>Changing it replaces the resource. Range: 1 to 25. CloudFormation property {@code MinSize}.
   */
  public AutoScalingConfiguration minSize(int value) {
    return set("MinSize", Value.of(value));
  }

  /** Sets {@code MinSize} to this value; see {@link #minSize(int)}. */
  public AutoScalingConfiguration minSize(Value<Integer> value) {
    return set("MinSize", value);
  }

  /**
   * A list of metadata items that you can associate with your auto scaling configuration resource.
   * A tag is a key-value pair.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public AutoScalingConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AutoScalingConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AutoScalingConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of this auto scaling configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutoScalingConfigurationArn}.
   */
  public Value<String> autoScalingConfigurationArn() {
    return getAtt("AutoScalingConfigurationArn");
  }

  /**
   * The revision of this auto scaling configuration. It's unique among all the active
   * configurations that share the same <code>AutoScalingConfigurationName</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutoScalingConfigurationRevision}.
   */
  public Value<Integer> autoScalingConfigurationRevision() {
    return getAtt("AutoScalingConfigurationRevision");
  }

  /**
   * It's set to true for the configuration with the highest <code>Revision</code> among all
   * configurations that share the same <code>AutoScalingConfigurationName</code> . It's set to
   * false otherwise. App Runner temporarily doubles the number of provisioned instances during
   * deployments, to maintain the same capacity for both old and new code.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Latest}.
   */
  public Value<Boolean> latest() {
    return getAtt("Latest");
  }
}
