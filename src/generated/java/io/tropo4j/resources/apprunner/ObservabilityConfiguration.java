// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apprunner;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specify an AWS App Runner observability configuration by using the
 * <code>AWS::AppRunner::ObservabilityConfiguration</code> resource in an AWS CloudFormation
 * template.
 *
 * <p>The <code>AWS::AppRunner::ObservabilityConfiguration</code> resource is an AWS App Runner
 * resource type that specifies an App Runner observability configuration.
 *
 * <p>App Runner requires this resource when you specify App Runner services and you want to enable
 * non-default observability features. You can share an observability configuration across multiple
 * services.
 *
 * <p>Create multiple revisions of a configuration by specifying this resource multiple times using
 * the same <code>ObservabilityConfigurationName</code> . App Runner creates multiple resources with
 * incremental <code>ObservabilityConfigurationRevision</code> values. When you specify a service
 * and configure an observability configuration resource, the service uses the latest active
 * revision of the observability configuration by default. You can optionally configure the service
 * to use a specific revision.
 *
 * <p>The observability configuration resource is designed to configure multiple features (currently
 * one feature, tracing). This resource takes optional parameters that describe the configuration of
 * these features (currently one parameter, <code>TraceConfiguration</code> ). If you don't specify
 * a feature parameter, App Runner doesn't enable the feature.
 *
 * <p>CloudFormation type {@code AWS::AppRunner::ObservabilityConfiguration}.
 */
public final class ObservabilityConfiguration extends Resource<ObservabilityConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::ObservabilityConfiguration")
      .constrain("ObservabilityConfigurationName", Constraint.of().pattern("[A-Za-z0-9][A-Za-z0-9\\-_]{3,31}").minLength(4).maxLength(32))
      .refYields("ObservabilityConfigurationArn")
      .attributes("Latest", "ObservabilityConfigurationArn", "ObservabilityConfigurationRevision")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ObservabilityConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A name for the observability configuration. When you use it for the first time in an AWS Region
   * , App Runner creates revision number <code>1</code> of this name. When you use the same name in
   * subsequent calls, App Runner creates incremental revisions of the configuration.
   *
   * <p>The name <code>DefaultConfiguration</code> is reserved. You can't use it to create a new
   * observability configuration, and you can't create a revision of it. When you want to use your
   * own observability configuration for your App Runner service, <em>create a configuration with a
   * different name</em> , and then provide it when you create or update your service.
   *
   * <p>If you don't specify a name, CloudFormation generates a name for your observability
   * configuration.
   *
   * <p>Changing it replaces the resource. Length: 4 to 32 characters. Pattern: {@code
   * [A-Za-z0-9][A-Za-z0-9&#92;-_]{3,31}}. CloudFormation property {@code
   * ObservabilityConfigurationName}.
   */
  public ObservabilityConfiguration observabilityConfigurationName(String value) {
    return set("ObservabilityConfigurationName", Value.of(value));
  }

  /**
   * Sets {@code ObservabilityConfigurationName} to this value; see {@link
   * #observabilityConfigurationName(String)}.
   */
  public ObservabilityConfiguration observabilityConfigurationName(Value<String> value) {
    return set("ObservabilityConfigurationName", value);
  }

  /**
   * A list of metadata items that you can associate with your observability configuration resource.
   * A tag is a key-value pair.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ObservabilityConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ObservabilityConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ObservabilityConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The configuration of the tracing feature within this observability configuration. If you don't
   * specify it, App Runner doesn't enable tracing.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TraceConfiguration}.
   */
  public ObservabilityConfiguration traceConfiguration(Value<TraceConfiguration> value) {
    return set("TraceConfiguration", value);
  }

  /**
   * It's set to <code>true</code> for the configuration with the highest <code>Revision</code>
   * among all configurations that share the same <code>ObservabilityConfigurationName</code> . It's
   * set to <code>false</code> otherwise.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Latest}.
   */
  public Value<Boolean> latest() {
    return getAtt("Latest");
  }

  /**
   * The Amazon Resource Name (ARN) of this observability configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ObservabilityConfigurationArn}.
   */
  public Value<String> observabilityConfigurationArn() {
    return getAtt("ObservabilityConfigurationArn");
  }

  /**
   * The revision of this observability configuration. It's unique among all the active
   * configurations ( <code>"Status": "ACTIVE"</code> ) that share the same
   * <code>ObservabilityConfigurationName</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ObservabilityConfigurationRevision}.
   */
  public Value<Integer> observabilityConfigurationRevision() {
    return getAtt("ObservabilityConfigurationRevision");
  }

  /**
   * Describes the configuration of the tracing feature within an AWS App Runner observability
   * configuration.
   *
   * <p>Property type {@code AWS::AppRunner::ObservabilityConfiguration.TraceConfiguration}.
   */
  public static final class TraceConfiguration extends Struct<TraceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppRunner::ObservabilityConfiguration.TraceConfiguration")
        .required("Vendor")
        .allowed("Vendor", "AWSXRAY")
        .build();

    public TraceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The implementation provider chosen for tracing App Runner services.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code AWSXRAY}.
     * CloudFormation property {@code Vendor}.
     */
    public TraceConfiguration vendor(String value) {
      return set("Vendor", Value.of(value));
    }

    /** Sets {@code Vendor} to this value; see {@link #vendor(String)}. */
    public TraceConfiguration vendor(Value<String> value) {
      return set("Vendor", value);
    }
  }
}
