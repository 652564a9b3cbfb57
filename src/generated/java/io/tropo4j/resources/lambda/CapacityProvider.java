// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a capacity provider that manages compute resources for Lambda functions
 *
 * <p>CloudFormation type {@code AWS::Lambda::CapacityProvider}.
 */
public final class CapacityProvider extends Resource<CapacityProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::CapacityProvider")
      .required("PermissionsConfig", "VpcConfig")
      .constrain("CapacityProviderName", Constraint.of().pattern("^(arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+$").minLength(1).maxLength(140))
      .constrain("KmsKeyArn", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$").minLength(0).maxLength(10000).format("AWS::KMS::Key.Arn"))
      .refYields("CapacityProviderName")
      .attributes("Arn", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CapacityProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 140 characters. Pattern: {@code
   * ^(arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}:&#92;d{12}:capacity-provider:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+$}.
   * CloudFormation property {@code CapacityProviderName}.
   */
  public CapacityProvider capacityProviderName(String value) {
    return set("CapacityProviderName", Value.of(value));
  }

  /** Sets {@code CapacityProviderName} to this value; see {@link #capacityProviderName(String)}. */
  public CapacityProvider capacityProviderName(Value<String> value) {
    return set("CapacityProviderName", value);
  }

  /**
   * The scaling configuration for the capacity provider.
   *
   * <p>CloudFormation property {@code CapacityProviderScalingConfig}.
   */
  public CapacityProvider capacityProviderScalingConfig(Value<CapacityProviderScalingConfig> value) {
    return set("CapacityProviderScalingConfig", value);
  }

  /**
   * The instance requirements for compute resources managed by the capacity provider.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InstanceRequirements}.
   */
  public CapacityProvider instanceRequirements(Value<InstanceRequirements> value) {
    return set("InstanceRequirements", value);
  }

  /**
   * The ARN of the KMS key used to encrypt the capacity provider's resources.
   *
   * <p>Changing it replaces the resource. Length: 0 to 10000 characters. Pattern: {@code
   * ^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$}. Format: {@code AWS::KMS::Key.Arn}. CloudFormation
   * property {@code KmsKeyArn}.
   */
  public CapacityProvider kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public CapacityProvider kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The permissions configuration for the capacity provider.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * PermissionsConfig}.
   */
  public CapacityProvider permissionsConfig(Value<CapacityProviderPermissionsConfig> value) {
    return set("PermissionsConfig", value);
  }

  /**
   * Configuration that defines how tags are propagated to managed resources.
   *
   * <p>CloudFormation property {@code PropagateTags}.
   */
  public CapacityProvider propagateTags(Value<PropagateTagsConfig> value) {
    return set("PropagateTags", value);
  }

  /**
   * A key-value pair that provides metadata for the capacity provider.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CapacityProvider tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CapacityProvider tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CapacityProvider tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Configuration that specifies the telemetry collection for the capacity provider.
   *
   * <p>CloudFormation property {@code TelemetryConfig}.
   */
  public CapacityProvider telemetryConfig(Value<CapacityProviderTelemetryConfig> value) {
    return set("TelemetryConfig", value);
  }

  /**
   * The VPC configuration for the capacity provider.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code VpcConfig}.
   */
  public CapacityProvider vpcConfig(Value<CapacityProviderVpcConfig> value) {
    return set("VpcConfig", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The current state of the capacity provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The capacity provider's Amazon CloudWatch Logs configuration settings.
   *
   * <p>Property type {@code AWS::Lambda::CapacityProvider.CapacityProviderLoggingConfig}.
   */
  public static final class CapacityProviderLoggingConfig extends Struct<CapacityProviderLoggingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::CapacityProvider.CapacityProviderLoggingConfig")
        .constrain("LogGroup", Constraint.of().pattern("[\\.\\-_/#A-Za-z0-9]+").minLength(1).maxLength(512))
        .allowed("SystemLogLevel", "DEBUG", "INFO", "WARN")
        .build();

    public CapacityProviderLoggingConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon CloudWatch log group the capacity provider sends logs to. By default,
     * Lambda capacity providers send logs to a default log group named
     * <code>/aws/lambda/capacity-provider/&lt;capacity provider name&gt;</code>. To use a different
     * log group, enter an existing log group or enter a new log group name.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code [&#92;.&#92;-_/#A-Za-z0-9]+}. CloudFormation
     * property {@code LogGroup}.
     */
    public CapacityProviderLoggingConfig logGroup(String value) {
      return set("LogGroup", Value.of(value));
    }

    /** Sets {@code LogGroup} to this value; see {@link #logGroup(String)}. */
    public CapacityProviderLoggingConfig logGroup(Value<String> value) {
      return set("LogGroup", value);
    }

    /**
     * Set this property to filter the system logs for your capacity provider that Lambda sends to
     * CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where
     * <code>DEBUG</code> is the highest level and <code>WARN</code> is the lowest.
     *
     * <p>Allowed values: {@code DEBUG}, {@code INFO}, {@code WARN}. CloudFormation property {@code
     * SystemLogLevel}.
     */
    public CapacityProviderLoggingConfig systemLogLevel(String value) {
      return set("SystemLogLevel", Value.of(value));
    }

    /** Sets {@code SystemLogLevel} to this value; see {@link #systemLogLevel(String)}. */
    public CapacityProviderLoggingConfig systemLogLevel(Value<String> value) {
      return set("SystemLogLevel", value);
    }
  }

  /**
   * Configuration that specifies the permissions required for the capacity provider to manage
   * compute resources.
   *
   * <p>Property type {@code AWS::Lambda::CapacityProvider.CapacityProviderPermissionsConfig}.
   */
  public static final class CapacityProviderPermissionsConfig extends Struct<CapacityProviderPermissionsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::CapacityProvider.CapacityProviderPermissionsConfig")
        .required("CapacityProviderOperatorRoleArn")
        .constrain("CapacityProviderOperatorRoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(0).maxLength(10000).format("AWS::IAM::Role.Arn"))
        .build();

    public CapacityProviderPermissionsConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role that the capacity provider uses to manage compute instances and other
     * AWS resources.
     *
     * <p>Required. Length: 0 to 10000 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*)?:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code CapacityProviderOperatorRoleArn}.
     */
    public CapacityProviderPermissionsConfig capacityProviderOperatorRoleArn(String value) {
      return set("CapacityProviderOperatorRoleArn", Value.of(value));
    }

    /**
     * Sets {@code CapacityProviderOperatorRoleArn} to this value; see {@link
     * #capacityProviderOperatorRoleArn(String)}.
     */
    public CapacityProviderPermissionsConfig capacityProviderOperatorRoleArn(Value<String> value) {
      return set("CapacityProviderOperatorRoleArn", value);
    }
  }

  /**
   * Configuration that defines how the capacity provider scales compute instances based on demand
   * and policies.
   *
   * <p>Property type {@code AWS::Lambda::CapacityProvider.CapacityProviderScalingConfig}.
   */
  public static final class CapacityProviderScalingConfig extends Struct<CapacityProviderScalingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::CapacityProvider.CapacityProviderScalingConfig")
        .constrain("MaxVCpuCount", Constraint.of().minimum(2).maximum(15000))
        .allowed("ScalingMode", "Auto", "Manual")
        .build();

    public CapacityProviderScalingConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of vCPUs that the capacity provider can provision across all compute
     * instances.
     *
     * <p>Range: 2 to 15000. CloudFormation property {@code MaxVCpuCount}.
     */
    public CapacityProviderScalingConfig maxVCpuCount(int value) {
      return set("MaxVCpuCount", Value.of(value));
    }

    /** Sets {@code MaxVCpuCount} to this value; see {@link #maxVCpuCount(int)}. */
    public CapacityProviderScalingConfig maxVCpuCount(Value<Integer> value) {
      return set("MaxVCpuCount", value);
    }

    /**
     * The scaling mode that determines how the capacity provider responds to changes in demand.
     *
     * <p>Allowed values: {@code Auto}, {@code Manual}. CloudFormation property {@code ScalingMode}.
     */
    public CapacityProviderScalingConfig scalingMode(String value) {
      return set("ScalingMode", Value.of(value));
    }

    /** Sets {@code ScalingMode} to this value; see {@link #scalingMode(String)}. */
    public CapacityProviderScalingConfig scalingMode(Value<String> value) {
      return set("ScalingMode", value);
    }

    /**
     * A list of target tracking scaling policies for the capacity provider.
     *
     * <p>CloudFormation property {@code ScalingPolicies}.
     */
    public CapacityProviderScalingConfig scalingPolicies(List<TargetTrackingScalingPolicy> value) {
      return set("ScalingPolicies", Value.listOf(value));
    }

    /** Sets {@code ScalingPolicies} to this value; see {@link #scalingPolicies(List)}. */
    public CapacityProviderScalingConfig scalingPolicies(Value<List<TargetTrackingScalingPolicy>> value) {
      return set("ScalingPolicies", value);
    }

    /** Sets {@code ScalingPolicies} to a list of these; see {@link #scalingPolicies(List)}. */
    public CapacityProviderScalingConfig scalingPolicies(TargetTrackingScalingPolicy... values) {
      return set("ScalingPolicies", Value.list(values));
    }
  }

  /**
   * Configuration that specifies the telemetry collection for the capacity provider.
   *
   * <p>Property type {@code AWS::Lambda::CapacityProvider.CapacityProviderTelemetryConfig}.
   */
  public static final class CapacityProviderTelemetryConfig extends Struct<CapacityProviderTelemetryConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Lambda::CapacityProvider.CapacityProviderTelemetryConfig");

    public CapacityProviderTelemetryConfig() {
      super(SCHEMA);
    }

    /**
     * The capacity provider's Amazon CloudWatch Logs configuration settings.
     *
     * <p>CloudFormation property {@code LoggingConfig}.
     */
    public CapacityProviderTelemetryConfig loggingConfig(Value<CapacityProviderLoggingConfig> value) {
      return set("LoggingConfig", value);
    }
  }

  /**
   * VPC configuration that specifies the network settings for compute instances managed by the
   * capacity provider.
   *
   * <p>Property type {@code AWS::Lambda::CapacityProvider.CapacityProviderVpcConfig}.
   */
  public static final class CapacityProviderVpcConfig extends Struct<CapacityProviderVpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::CapacityProvider.CapacityProviderVpcConfig")
        .required("SecurityGroupIds", "SubnetIds")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[0-9a-zA-Z]*$").minLength(0).maxLength(1024).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-[0-9a-z]*$").minLength(0).maxLength(1024))
        .build();

    public CapacityProviderVpcConfig() {
      super(SCHEMA);
    }

    /**
     * A list of security group IDs that control network access for compute instances managed by the
     * capacity provider.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code ^sg-[0-9a-zA-Z]*$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public CapacityProviderVpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public CapacityProviderVpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * A list of subnet IDs where the capacity provider launches compute instances.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code ^subnet-[0-9a-z]*$}.
     * CloudFormation property {@code SubnetIds}.
     */
    public CapacityProviderVpcConfig subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public CapacityProviderVpcConfig subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * Specifications that define the characteristics and constraints for compute instances used by
   * the capacity provider.
   *
   * <p>Property type {@code AWS::Lambda::CapacityProvider.InstanceRequirements}.
   */
  public static final class InstanceRequirements extends Struct<InstanceRequirements> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::CapacityProvider.InstanceRequirements")
        .constrain("AllowedInstanceTypes", Constraint.of().pattern("^[a-zA-Z0-9\\.\\*\\-]+$").minLength(1).maxLength(30))
        .allowed("Architectures", "x86_64", "arm64")
        .constrain("ExcludedInstanceTypes", Constraint.of().pattern("^[a-zA-Z0-9\\.\\*\\-]+$").minLength(1).maxLength(30))
        .build();

    public InstanceRequirements() {
      super(SCHEMA);
    }

    /**
     * A list of EC2 instance types that the capacity provider is allowed to use. If not specified,
     * all compatible instance types are allowed.
     *
     * <p>Length: 1 to 30 characters. Pattern: {@code ^[a-zA-Z0-9&#92;.&#92;*&#92;-]+$}.
     * CloudFormation property {@code AllowedInstanceTypes}.
     */
    public InstanceRequirements allowedInstanceTypes(List<String> value) {
      return set("AllowedInstanceTypes", Value.listOf(value));
    }

    /** Sets {@code AllowedInstanceTypes} to this value; see {@link #allowedInstanceTypes(List)}. */
    public InstanceRequirements allowedInstanceTypes(Value<List<String>> value) {
      return set("AllowedInstanceTypes", value);
    }

    /**
     * A list of supported CPU architectures for compute instances. Valid values include
     * <code>x86_64</code> and <code>arm64</code> .
     *
     * <p>Allowed values: {@code x86_64}, {@code arm64}. CloudFormation property {@code
     * Architectures}.
     */
    public InstanceRequirements architectures(List<String> value) {
      return set("Architectures", Value.listOf(value));
    }

    /** Sets {@code Architectures} to this value; see {@link #architectures(List)}. */
    public InstanceRequirements architectures(Value<List<String>> value) {
      return set("Architectures", value);
    }

    /**
     * A list of EC2 instance types that the capacity provider should not use, even if they meet
     * other requirements.
     *
     * <p>Length: 1 to 30 characters. Pattern: {@code ^[a-zA-Z0-9&#92;.&#92;*&#92;-]+$}.
     * CloudFormation property {@code ExcludedInstanceTypes}.
     */
    public InstanceRequirements excludedInstanceTypes(List<String> value) {
      return set("ExcludedInstanceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code ExcludedInstanceTypes} to this value; see {@link #excludedInstanceTypes(List)}.
     */
    public InstanceRequirements excludedInstanceTypes(Value<List<String>> value) {
      return set("ExcludedInstanceTypes", value);
    }
  }

  /**
   * Configuration that defines how tags are propagated to managed resources.
   *
   * <p>Property type {@code AWS::Lambda::CapacityProvider.PropagateTagsConfig}.
   */
  public static final class PropagateTagsConfig extends Struct<PropagateTagsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::CapacityProvider.PropagateTagsConfig")
        .allowed("Mode", "None", "Explicit")
        .build();

    public PropagateTagsConfig() {
      super(SCHEMA);
    }

    /**
     * A list of tags to explicitly propagate to managed resources. Maximum of 40 tags.
     *
     * <p>CloudFormation property {@code ExplicitTags}.
     */
    public PropagateTagsConfig explicitTags(List<Tag> value) {
      return set("ExplicitTags", Value.listOf(value));
    }

    /** Sets {@code ExplicitTags} to this value; see {@link #explicitTags(List)}. */
    public PropagateTagsConfig explicitTags(Value<List<Tag>> value) {
      return set("ExplicitTags", value);
    }

    /**
     * The mode for tag propagation.
     *
     * <p>Allowed values: {@code None}, {@code Explicit}. CloudFormation property {@code Mode}.
     */
    public PropagateTagsConfig mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public PropagateTagsConfig mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /**
   * A scaling policy for the capacity provider that automatically adjusts capacity to maintain a
   * target value for a specific metric.
   *
   * <p>Property type {@code AWS::Lambda::CapacityProvider.TargetTrackingScalingPolicy}.
   */
  public static final class TargetTrackingScalingPolicy extends Struct<TargetTrackingScalingPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::CapacityProvider.TargetTrackingScalingPolicy")
        .required("PredefinedMetricType", "TargetValue")
        .allowed("PredefinedMetricType", "LambdaCapacityProviderAverageCPUUtilization",
            "LambdaCapacityProviderAverageGPUUtilization")
        .constrain("TargetValue", Constraint.of().minimum(0).maximum(100))
        .build();

    public TargetTrackingScalingPolicy() {
      super(SCHEMA);
    }

    /**
     * The predefined metric type to track for scaling decisions.
     *
     * <p>Required. Allowed values: {@code LambdaCapacityProviderAverageCPUUtilization}, {@code
     * LambdaCapacityProviderAverageGPUUtilization}. CloudFormation property {@code
     * PredefinedMetricType}.
     */
    public TargetTrackingScalingPolicy predefinedMetricType(String value) {
      return set("PredefinedMetricType", Value.of(value));
    }

    /**
     * Sets {@code PredefinedMetricType} to this value; see {@link #predefinedMetricType(String)}.
     */
    public TargetTrackingScalingPolicy predefinedMetricType(Value<String> value) {
      return set("PredefinedMetricType", value);
    }

    /**
     * The target value for the metric that the scaling policy attempts to maintain through scaling
     * actions.
     *
     * <p>Required. Range: 0 to 100. CloudFormation property {@code TargetValue}.
     */
    public TargetTrackingScalingPolicy targetValue(double value) {
      return set("TargetValue", Value.of(value));
    }

    /** Sets {@code TargetValue} to this value; see {@link #targetValue(double)}. */
    public TargetTrackingScalingPolicy targetValue(Value<Double> value) {
      return set("TargetValue", value);
    }
  }
}
