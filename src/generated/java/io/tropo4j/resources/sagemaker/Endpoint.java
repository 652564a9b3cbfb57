// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Use the <code>AWS::SageMaker::Endpoint</code> resource to create an endpoint using the specified
 * configuration in the request. Amazon SageMaker uses the endpoint to provision resources and
 * deploy models. You create the endpoint configuration with the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-endpointconfig.html">AWS::SageMaker::EndpointConfig</a>
 * resource. For more information, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/how-it-works-hosting.html">Deploy a Model
 * on Amazon SageMaker Hosting Services</a> in the <em>Amazon SageMaker Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Endpoint}.
 */
public final class Endpoint extends Resource<Endpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Endpoint")
      .required("EndpointConfigName")
      .constrain("EndpointConfigName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(64))
      .constrain("EndpointName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(64))
      .refYields("EndpointArn")
      .attributes("EndpointArn", "EndpointName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Endpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The deployment configuration for an endpoint, which contains the desired deployment strategy
   * and rollback configurations.
   *
   * <p>CloudFormation property {@code DeploymentConfig}.
   */
  public Endpoint deploymentConfig(Value<DeploymentConfig> value) {
    return set("DeploymentConfig", value);
  }

  /**
   * The name of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-endpointconfig.html">AWS::SageMaker::EndpointConfig</a>
   * resource that specifies the configuration for the endpoint. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/API_CreateEndpointConfig.html">CreateEndpointConfig</a>
   * .
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}.
   * CloudFormation property {@code EndpointConfigName}.
   */
  public Endpoint endpointConfigName(String value) {
    return set("EndpointConfigName", Value.of(value));
  }

  /** Sets {@code EndpointConfigName} to this value; see {@link #endpointConfigName(String)}. */
  public Endpoint endpointConfigName(Value<String> value) {
    return set("EndpointConfigName", value);
  }

  /**
   * The name of the endpoint. The name must be unique within an AWS Region in your AWS account. The
   * name is case-insensitive in <code>CreateEndpoint</code> , but the case is preserved and must be
   * matched in <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpoint.html"></a>
   * .
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code EndpointName}.
   */
  public Endpoint endpointName(String value) {
    return set("EndpointName", Value.of(value));
  }

  /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
  public Endpoint endpointName(Value<String> value) {
    return set("EndpointName", value);
  }

  /**
   * When you are updating endpoint resources with <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/API_UpdateEndpoint.html#SageMaker-UpdateEndpoint-request-RetainAllVariantProperties">RetainAllVariantProperties</a>
   * whose value is set to <code>true</code> , <code>ExcludeRetainedVariantProperties</code>
   * specifies the list of type <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-sagemaker-endpoint-variantproperty.html">VariantProperty</a>
   * to override with the values provided by <code>EndpointConfig</code> . If you don't specify a
   * value for <code>ExcludeAllVariantProperties</code> , no variant properties are overridden.
   * Don't use this property when creating new endpoint resources or when
   * <code>RetainAllVariantProperties</code> is set to <code>false</code> .
   *
   * <p>CloudFormation property {@code ExcludeRetainedVariantProperties}.
   */
  public Endpoint excludeRetainedVariantProperties(List<VariantProperty> value) {
    return set("ExcludeRetainedVariantProperties", Value.listOf(value));
  }

  /**
   * Sets {@code ExcludeRetainedVariantProperties} to this value; see {@link
   * #excludeRetainedVariantProperties(List)}.
   */
  public Endpoint excludeRetainedVariantProperties(Value<List<VariantProperty>> value) {
    return set("ExcludeRetainedVariantProperties", value);
  }

  /**
   * Sets {@code ExcludeRetainedVariantProperties} to a list of these; see {@link
   * #excludeRetainedVariantProperties(List)}.
   */
  public Endpoint excludeRetainedVariantProperties(VariantProperty... values) {
    return set("ExcludeRetainedVariantProperties", Value.list(values));
  }

  /**
   * When updating endpoint resources, enables or disables the retention of variant properties, such
   * as the instance count or the variant weight. To retain the variant properties of an endpoint
   * when updating it, set <code>RetainAllVariantProperties</code> to <code>true</code> . To use the
   * variant properties specified in a new <code>EndpointConfig</code> call when updating an
   * endpoint, set <code>RetainAllVariantProperties</code> to <code>false</code> . Use this property
   * only when updating endpoint resources, not when creating new endpoint resources.
   *
   * <p>CloudFormation property {@code RetainAllVariantProperties}.
   */
  public Endpoint retainAllVariantProperties(boolean value) {
    return set("RetainAllVariantProperties", Value.of(value));
  }

  /**
   * Sets {@code RetainAllVariantProperties} to this value; see {@link
   * #retainAllVariantProperties(boolean)}.
   */
  public Endpoint retainAllVariantProperties(Value<Boolean> value) {
    return set("RetainAllVariantProperties", value);
  }

  /**
   * Specifies whether to reuse the last deployment configuration. The default value is false (the
   * configuration is not reused).
   *
   * <p>CloudFormation property {@code RetainDeploymentConfig}.
   */
  public Endpoint retainDeploymentConfig(boolean value) {
    return set("RetainDeploymentConfig", Value.of(value));
  }

  /**
   * Sets {@code RetainDeploymentConfig} to this value; see {@link
   * #retainDeploymentConfig(boolean)}.
   */
  public Endpoint retainDeploymentConfig(Value<Boolean> value) {
    return set("RetainDeploymentConfig", value);
  }

  /**
   * A list of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Resource
   * Tag</a> and <a
   * href="https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html#allocation-what">Using
   * Cost Allocation Tags</a> in the <em>AWS Billing and Cost Management User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Endpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Endpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Endpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointArn}.
   */
  public Value<String> endpointArn() {
    return getAtt("EndpointArn");
  }

  /**
   * The name of the endpoint, such as <code>MyEndpoint</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointName}.
   */
  public Value<String> endpointName() {
    return getAtt("EndpointName");
  }

  /**
   * An Amazon CloudWatch alarm configured to monitor metrics on an endpoint.
   *
   * <p>Property type {@code AWS::SageMaker::Endpoint.Alarm}.
   */
  public static final class Alarm extends Struct<Alarm> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Endpoint.Alarm")
        .required("AlarmName")
        .constrain("AlarmName", Constraint.of().pattern("^(?!\\s*$).+$").minLength(1).maxLength(255))
        .build();

    public Alarm() {
      super(SCHEMA);
    }

    /**
     * The name of a CloudWatch alarm in your account.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^(?!&#92;s*$).+$}. CloudFormation
     * property {@code AlarmName}.
     */
    public Alarm alarmName(String value) {
      return set("AlarmName", Value.of(value));
    }

    /** Sets {@code AlarmName} to this value; see {@link #alarmName(String)}. */
    public Alarm alarmName(Value<String> value) {
      return set("AlarmName", value);
    }
  }

  /**
   * Automatic rollback configuration for handling endpoint deployment failures and recovery.
   *
   * <p>Property type {@code AWS::SageMaker::Endpoint.AutoRollbackConfig}.
   */
  public static final class AutoRollbackConfig extends Struct<AutoRollbackConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Endpoint.AutoRollbackConfig")
        .required("Alarms")
        .build();

    public AutoRollbackConfig() {
      super(SCHEMA);
    }

    /**
     * List of CloudWatch alarms in your account that are configured to monitor metrics on an
     * endpoint. If any alarms are tripped during a deployment, SageMaker rolls back the deployment.
     *
     * <p>Required. CloudFormation property {@code Alarms}.
     */
    public AutoRollbackConfig alarms(List<Alarm> value) {
      return set("Alarms", Value.listOf(value));
    }

    /** Sets {@code Alarms} to this value; see {@link #alarms(List)}. */
    public AutoRollbackConfig alarms(Value<List<Alarm>> value) {
      return set("Alarms", value);
    }

    /** Sets {@code Alarms} to a list of these; see {@link #alarms(List)}. */
    public AutoRollbackConfig alarms(Alarm... values) {
      return set("Alarms", Value.list(values));
    }
  }

  /**
   * Update policy for a blue/green deployment. If this update policy is specified, SageMaker
   * creates a new fleet during the deployment while maintaining the old fleet. SageMaker flips
   * traffic to the new fleet according to the specified traffic routing configuration. Only one
   * update policy should be used in the deployment configuration. If no update policy is specified,
   * SageMaker uses a blue/green deployment strategy with all at once traffic shifting by default.
   *
   * <p>Property type {@code AWS::SageMaker::Endpoint.BlueGreenUpdatePolicy}.
   */
  public static final class BlueGreenUpdatePolicy extends Struct<BlueGreenUpdatePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Endpoint.BlueGreenUpdatePolicy")
        .required("TrafficRoutingConfiguration")
        .constrain("MaximumExecutionTimeoutInSeconds", Constraint.of().minimum(600).maximum(28800))
        .constrain("TerminationWaitInSeconds", Constraint.of().minimum(0).maximum(3600))
        .build();

    public BlueGreenUpdatePolicy() {
      super(SCHEMA);
    }

    /**
     * Maximum execution timeout for the deployment. Note that the timeout value should be larger
     * than the total waiting time specified in <code>TerminationWaitInSeconds</code> and
     * <code>WaitIntervalInSeconds</code> .
     *
     * <p>Range: 600 to 28800. CloudFormation property {@code MaximumExecutionTimeoutInSeconds}.
     */
    public BlueGreenUpdatePolicy maximumExecutionTimeoutInSeconds(int value) {
      return set("MaximumExecutionTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumExecutionTimeoutInSeconds} to this value; see {@link
     * #maximumExecutionTimeoutInSeconds(int)}.
     */
    public BlueGreenUpdatePolicy maximumExecutionTimeoutInSeconds(Value<Integer> value) {
      return set("MaximumExecutionTimeoutInSeconds", value);
    }

    /**
     * Additional waiting time in seconds after the completion of an endpoint deployment before
     * terminating the old endpoint fleet. Default is 0.
     *
     * <p>Range: 0 to 3600. CloudFormation property {@code TerminationWaitInSeconds}.
     */
    public BlueGreenUpdatePolicy terminationWaitInSeconds(int value) {
      return set("TerminationWaitInSeconds", Value.of(value));
    }

    /**
     * Sets {@code TerminationWaitInSeconds} to this value; see {@link
     * #terminationWaitInSeconds(int)}.
     */
    public BlueGreenUpdatePolicy terminationWaitInSeconds(Value<Integer> value) {
      return set("TerminationWaitInSeconds", value);
    }

    /**
     * Defines the traffic routing strategy to shift traffic from the old fleet to the new fleet
     * during an endpoint deployment.
     *
     * <p>Required. CloudFormation property {@code TrafficRoutingConfiguration}.
     */
    public BlueGreenUpdatePolicy trafficRoutingConfiguration(Value<TrafficRoutingConfig> value) {
      return set("TrafficRoutingConfiguration", value);
    }
  }

  /**
   * Specifies the type and size of the endpoint capacity to activate for a blue/green deployment, a
   * rolling deployment, or a rollback strategy. You can specify your batches as either instance
   * count or the overall percentage or your fleet.
   *
   * <p>For a rollback strategy, if you don't specify the fields in this object, or if you set the
   * <code>Value</code> to 100%, then SageMaker uses a blue/green rollback strategy and rolls all
   * traffic back to the blue fleet.
   *
   * <p>Property type {@code AWS::SageMaker::Endpoint.CapacitySize}.
   */
  public static final class CapacitySize extends Struct<CapacitySize> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Endpoint.CapacitySize")
        .required("Type", "Value")
        .allowed("Type", "CAPACITY_PERCENT", "INSTANCE_COUNT")
        .constrain("Value", Constraint.of().minimum(1))
        .build();

    public CapacitySize() {
      super(SCHEMA);
    }

    /**
     * Specifies the endpoint capacity type.
     *
     * <ul> <li><code>INSTANCE_COUNT</code> : The endpoint activates based on the number of
     * instances. <li><code>CAPACITY_PERCENT</code> : The endpoint activates based on the specified
     * percentage of capacity. </ul>
     *
     * <p>Required. Allowed values: {@code CAPACITY_PERCENT}, {@code INSTANCE_COUNT}. CloudFormation
     * property {@code Type}.
     */
    public CapacitySize type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public CapacitySize type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Defines the capacity size, either as a number of instances or a capacity percentage.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code Value}.
     */
    public CapacitySize value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public CapacitySize value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * The deployment configuration for an endpoint, which contains the desired deployment strategy
   * and rollback configurations.
   *
   * <p>Property type {@code AWS::SageMaker::Endpoint.DeploymentConfig}.
   */
  public static final class DeploymentConfig extends Struct<DeploymentConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Endpoint.DeploymentConfig");

    public DeploymentConfig() {
      super(SCHEMA);
    }

    /**
     * Automatic rollback configuration for handling endpoint deployment failures and recovery.
     *
     * <p>CloudFormation property {@code AutoRollbackConfiguration}.
     */
    public DeploymentConfig autoRollbackConfiguration(Value<AutoRollbackConfig> value) {
      return set("AutoRollbackConfiguration", value);
    }

    /**
     * Update policy for a blue/green deployment. If this update policy is specified, SageMaker
     * creates a new fleet during the deployment while maintaining the old fleet. SageMaker flips
     * traffic to the new fleet according to the specified traffic routing configuration. Only one
     * update policy should be used in the deployment configuration. If no update policy is
     * specified, SageMaker uses a blue/green deployment strategy with all at once traffic shifting
     * by default.
     *
     * <p>CloudFormation property {@code BlueGreenUpdatePolicy}.
     */
    public DeploymentConfig blueGreenUpdatePolicy(Value<BlueGreenUpdatePolicy> value) {
      return set("BlueGreenUpdatePolicy", value);
    }

    /**
     * Specifies a rolling deployment strategy for updating a SageMaker endpoint.
     *
     * <p>CloudFormation property {@code RollingUpdatePolicy}.
     */
    public DeploymentConfig rollingUpdatePolicy(Value<RollingUpdatePolicy> value) {
      return set("RollingUpdatePolicy", value);
    }
  }

  /**
   * Specifies a rolling deployment strategy for updating a SageMaker endpoint.
   *
   * <p>Property type {@code AWS::SageMaker::Endpoint.RollingUpdatePolicy}.
   */
  public static final class RollingUpdatePolicy extends Struct<RollingUpdatePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Endpoint.RollingUpdatePolicy")
        .required("MaximumBatchSize", "WaitIntervalInSeconds")
        .constrain("MaximumExecutionTimeoutInSeconds", Constraint.of().minimum(600).maximum(28800))
        .constrain("WaitIntervalInSeconds", Constraint.of().minimum(0).maximum(3600))
        .build();

    public RollingUpdatePolicy() {
      super(SCHEMA);
    }

    /**
     * Batch size for each rolling step to provision capacity and turn on traffic on the new
     * endpoint fleet, and terminate capacity on the old endpoint fleet. Value must be between 5% to
     * 50% of the variant's total instance count.
     *
     * <p>Required. CloudFormation property {@code MaximumBatchSize}.
     */
    public RollingUpdatePolicy maximumBatchSize(Value<CapacitySize> value) {
      return set("MaximumBatchSize", value);
    }

    /**
     * The time limit for the total deployment. Exceeding this limit causes a timeout.
     *
     * <p>Range: 600 to 28800. CloudFormation property {@code MaximumExecutionTimeoutInSeconds}.
     */
    public RollingUpdatePolicy maximumExecutionTimeoutInSeconds(int value) {
      return set("MaximumExecutionTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumExecutionTimeoutInSeconds} to this value; see {@link
     * #maximumExecutionTimeoutInSeconds(int)}.
     */
    public RollingUpdatePolicy maximumExecutionTimeoutInSeconds(Value<Integer> value) {
      return set("MaximumExecutionTimeoutInSeconds", value);
    }

    /**
     * Batch size for rollback to the old endpoint fleet. Each rolling step to provision capacity
     * and turn on traffic on the old endpoint fleet, and terminate capacity on the new endpoint
     * fleet. If this field is absent, the default value will be set to 100% of total capacity which
     * means to bring up the whole capacity of the old fleet at once during rollback.
     *
     * <p>CloudFormation property {@code RollbackMaximumBatchSize}.
     */
    public RollingUpdatePolicy rollbackMaximumBatchSize(Value<CapacitySize> value) {
      return set("RollbackMaximumBatchSize", value);
    }

    /**
     * The length of the baking period, during which SageMaker monitors alarms for each batch on the
     * new fleet.
     *
     * <p>Required. Range: 0 to 3600. CloudFormation property {@code WaitIntervalInSeconds}.
     */
    public RollingUpdatePolicy waitIntervalInSeconds(int value) {
      return set("WaitIntervalInSeconds", Value.of(value));
    }

    /**
     * Sets {@code WaitIntervalInSeconds} to this value; see {@link #waitIntervalInSeconds(int)}.
     */
    public RollingUpdatePolicy waitIntervalInSeconds(Value<Integer> value) {
      return set("WaitIntervalInSeconds", value);
    }
  }

  /**
   * Defines the traffic routing strategy during an endpoint deployment to shift traffic from the
   * old fleet to the new fleet.
   *
   * <p>Property type {@code AWS::SageMaker::Endpoint.TrafficRoutingConfig}.
   */
  public static final class TrafficRoutingConfig extends Struct<TrafficRoutingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Endpoint.TrafficRoutingConfig")
        .required("Type")
        .allowed("Type", "ALL_AT_ONCE", "CANARY", "LINEAR")
        .constrain("WaitIntervalInSeconds", Constraint.of().minimum(0).maximum(3600))
        .build();

    public TrafficRoutingConfig() {
      super(SCHEMA);
    }

    /**
     * Batch size for the first step to turn on traffic on the new endpoint fleet.
     * <code>Value</code> must be less than or equal to 50% of the variant's total instance count.
     *
     * <p>CloudFormation property {@code CanarySize}.
     */
    public TrafficRoutingConfig canarySize(Value<CapacitySize> value) {
      return set("CanarySize", value);
    }

    /**
     * Batch size for each step to turn on traffic on the new endpoint fleet. <code>Value</code>
     * must be 10-50% of the variant's total instance count.
     *
     * <p>CloudFormation property {@code LinearStepSize}.
     */
    public TrafficRoutingConfig linearStepSize(Value<CapacitySize> value) {
      return set("LinearStepSize", value);
    }

    /**
     * Traffic routing strategy type.
     *
     * <ul> <li><code>ALL_AT_ONCE</code> : Endpoint traffic shifts to the new fleet in a single
     * step. <li><code>CANARY</code> : Endpoint traffic shifts to the new fleet in two steps. The
     * first step is the canary, which is a small portion of the traffic. The second step is the
     * remainder of the traffic. <li><code>LINEAR</code> : Endpoint traffic shifts to the new fleet
     * in n steps of a configurable size. </ul>
     *
     * <p>Required. Allowed values: {@code ALL_AT_ONCE}, {@code CANARY}, {@code LINEAR}.
     * CloudFormation property {@code Type}.
     */
    public TrafficRoutingConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public TrafficRoutingConfig type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The waiting time (in seconds) between incremental steps to turn on traffic on the new
     * endpoint fleet.
     *
     * <p>Range: 0 to 3600. CloudFormation property {@code WaitIntervalInSeconds}.
     */
    public TrafficRoutingConfig waitIntervalInSeconds(int value) {
      return set("WaitIntervalInSeconds", Value.of(value));
    }

    /**
     * Sets {@code WaitIntervalInSeconds} to this value; see {@link #waitIntervalInSeconds(int)}.
     */
    public TrafficRoutingConfig waitIntervalInSeconds(Value<Integer> value) {
      return set("WaitIntervalInSeconds", value);
    }
  }

  /**
   * Specifies a production variant property type for an Endpoint.
   *
   * <p>If you are updating an Endpoint with the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/API_UpdateEndpoint.html#SageMaker-UpdateEndpoint-request-RetainAllVariantProperties">RetainAllVariantProperties</a>
   * option set to <code>true</code> , the <code>VarientProperty</code> objects listed in <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/API_UpdateEndpoint.html#SageMaker-UpdateEndpoint-request-ExcludeRetainedVariantProperties">ExcludeRetainedVariantProperties</a>
   * override the existing variant properties of the Endpoint.
   *
   * <p>Property type {@code AWS::SageMaker::Endpoint.VariantProperty}.
   */
  public static final class VariantProperty extends Struct<VariantProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Endpoint.VariantProperty");

    public VariantProperty() {
      super(SCHEMA);
    }

    /**
     * The type of variant property. The supported values are:
     *
     * <ul> <li><code>DesiredInstanceCount</code> : Overrides the existing variant instance counts
     * using the <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/API_ProductionVariant.html#SageMaker-Type-ProductionVariant-InitialInstanceCount">InitialInstanceCount</a>
     * values in the <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/API_CreateEndpointConfig.html#SageMaker-CreateEndpointConfig-request-ProductionVariants">ProductionVariants</a>
     * . <li><code>DesiredWeight</code> : Overrides the existing variant weights using the <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/API_ProductionVariant.html#SageMaker-Type-ProductionVariant-InitialVariantWeight">InitialVariantWeight</a>
     * values in the <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/API_CreateEndpointConfig.html#SageMaker-CreateEndpointConfig-request-ProductionVariants">ProductionVariants</a>
     * . <li><code>DataCaptureConfig</code> : (Not currently supported.) </ul>
     *
     * <p>CloudFormation property {@code VariantPropertyType}.
     */
    public VariantProperty variantPropertyType(String value) {
      return set("VariantPropertyType", Value.of(value));
    }

    /** Sets {@code VariantPropertyType} to this value; see {@link #variantPropertyType(String)}. */
    public VariantProperty variantPropertyType(Value<String> value) {
      return set("VariantPropertyType", value);
    }
  }
}
