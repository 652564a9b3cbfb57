// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Lambda::Version</code> resource creates a <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/versioning-aliases.html">version</a> from the
 * current code and configuration of a function. Use versions to create a snapshot of your function
 * code and configuration that doesn't change.
 *
 * <p>CloudFormation type {@code AWS::Lambda::Version}.
 */
public final class Version extends Resource<Version> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Version")
      .required("FunctionName")
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .constrain("FunctionName", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?$").minLength(1).maxLength(140))
      .references("FunctionName", "AWS::Lambda::Function.Ref", "AWS::Lambda::Function.Arn")
      .refYields("FunctionArn")
      .attributes("FunctionArn", "Version")
      .build();

  public Version(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Only publish a version if the hash value matches the value that's specified. Use this option to
   * avoid publishing a version if the function code has changed since you last updated it. Updates
   * are not supported for this property.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CodeSha256}.
   */
  public Version codeSha256(String value) {
    return set("CodeSha256", Value.of(value));
  }

  /** Sets {@code CodeSha256} to this value; see {@link #codeSha256(String)}. */
  public Version codeSha256(Value<String> value) {
    return set("CodeSha256", value);
  }

  /**
   * A description for the version to override the description in the function configuration.
   * Updates are not supported for this property.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
   * {@code Description}.
   */
  public Version description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Version description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name or ARN of the Lambda function.
   *
   * <p><b>Name formats</b> - <em>Function name</em> - <code>MyFunction</code> .
   *
   * <ul> <li><em>Function ARN</em> -
   * <code>arn:aws:lambda:us-west-2:123456789012:function:MyFunction</code> . <li><em>Partial
   * ARN</em> - <code>123456789012:function:MyFunction</code> . </ul>
   *
   * <p>The length constraint applies only to the full ARN. If you specify only the function name,
   * it is limited to 64 characters in length.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 140 characters. Pattern: {@code
   * ^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}:)?(&#92;d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(&#92;$LATEST|[a-zA-Z0-9-_]+))?$}.
   * CloudFormation property {@code FunctionName}.
   */
  public Version functionName(String value) {
    return set("FunctionName", Value.of(value));
  }

  /** Sets {@code FunctionName} to this value; see {@link #functionName(String)}. */
  public Version functionName(Value<String> value) {
    return set("FunctionName", value);
  }

  /**
   * Sets {@code FunctionName} to the Ref of {@code AWS::Lambda::Function}; see {@link
   * #functionName(String)}.
   */
  public Version functionName(Function resource) {
    return set("FunctionName", resource.ref());
  }

  /**
   * Configuration that defines the scaling behavior for a Lambda Managed Instances function,
   * including the minimum and maximum number of execution environments that can be provisioned.
   *
   * <p>CloudFormation property {@code FunctionScalingConfig}.
   */
  public Version functionScalingConfig(Value<FunctionScalingConfig> value) {
    return set("FunctionScalingConfig", value);
  }

  /**
   * Specifies a provisioned concurrency configuration for a function's version. Updates are not
   * supported for this property.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ProvisionedConcurrencyConfig}.
   */
  public Version provisionedConcurrencyConfig(Value<ProvisionedConcurrencyConfiguration> value) {
    return set("ProvisionedConcurrencyConfig", value);
  }

  /**
   * Runtime Management Config of a function.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RuntimePolicy}.
   */
  public Version runtimePolicy(Value<RuntimePolicy> value) {
    return set("RuntimePolicy", value);
  }

  /**
   * The ARN of the function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FunctionArn}.
   */
  public Value<String> functionArn() {
    return getAtt("FunctionArn");
  }

  /**
   * The version number.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }

  /**
   * Configuration that defines the scaling behavior for a Lambda Managed Instances function,
   * including the minimum and maximum number of execution environments that can be provisioned.
   *
   * <p>Property type {@code AWS::Lambda::Version.FunctionScalingConfig}.
   */
  public static final class FunctionScalingConfig extends Struct<FunctionScalingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Version.FunctionScalingConfig")
        .constrain("MaxExecutionEnvironments", Constraint.of().minimum(0).maximum(15000))
        .constrain("MinExecutionEnvironments", Constraint.of().minimum(0).maximum(15000))
        .build();

    public FunctionScalingConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of execution environments that can be provisioned for the function.
     *
     * <p>Range: 0 to 15000. CloudFormation property {@code MaxExecutionEnvironments}.
     */
    public FunctionScalingConfig maxExecutionEnvironments(int value) {
      return set("MaxExecutionEnvironments", Value.of(value));
    }

    /**
     * Sets {@code MaxExecutionEnvironments} to this value; see {@link
     * #maxExecutionEnvironments(int)}.
     */
    public FunctionScalingConfig maxExecutionEnvironments(Value<Integer> value) {
      return set("MaxExecutionEnvironments", value);
    }

    /**
     * The minimum number of execution environments to maintain for the function.
     *
     * <p>Range: 0 to 15000. CloudFormation property {@code MinExecutionEnvironments}.
     */
    public FunctionScalingConfig minExecutionEnvironments(int value) {
      return set("MinExecutionEnvironments", Value.of(value));
    }

    /**
     * Sets {@code MinExecutionEnvironments} to this value; see {@link
     * #minExecutionEnvironments(int)}.
     */
    public FunctionScalingConfig minExecutionEnvironments(Value<Integer> value) {
      return set("MinExecutionEnvironments", value);
    }
  }

  /**
   * A <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html">provisioned
   * concurrency</a> configuration for a function's version.
   *
   * <p>Property type {@code AWS::Lambda::Version.ProvisionedConcurrencyConfiguration}.
   */
  public static final class ProvisionedConcurrencyConfiguration extends Struct<ProvisionedConcurrencyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Version.ProvisionedConcurrencyConfiguration")
        .required("ProvisionedConcurrentExecutions")
        .build();

    public ProvisionedConcurrencyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The amount of provisioned concurrency to allocate for the version.
     *
     * <p>Required. CloudFormation property {@code ProvisionedConcurrentExecutions}.
     */
    public ProvisionedConcurrencyConfiguration provisionedConcurrentExecutions(int value) {
      return set("ProvisionedConcurrentExecutions", Value.of(value));
    }

    /**
     * Sets {@code ProvisionedConcurrentExecutions} to this value; see {@link
     * #provisionedConcurrentExecutions(int)}.
     */
    public ProvisionedConcurrencyConfiguration provisionedConcurrentExecutions(Value<Integer> value) {
      return set("ProvisionedConcurrentExecutions", value);
    }
  }

  /**
   * Sets the runtime management configuration for a function's version. For more information, see
   * <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html">Runtime updates</a>
   * .
   *
   * <p>Property type {@code AWS::Lambda::Version.RuntimePolicy}.
   */
  public static final class RuntimePolicy extends Struct<RuntimePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Version.RuntimePolicy")
        .required("UpdateRuntimeOn")
        .constrain("RuntimeVersionArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}::runtime:.+$").minLength(26).maxLength(2048))
        .build();

    public RuntimePolicy() {
      super(SCHEMA);
    }

    /**
     * The ARN of the runtime version you want the function to use.
     *
     * <p>This is only required if you're using the <em>Manual</em> runtime update mode.
     *
     * <p>Length: 26 to 2048 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1}::runtime:.+$}.
     * CloudFormation property {@code RuntimeVersionArn}.
     */
    public RuntimePolicy runtimeVersionArn(String value) {
      return set("RuntimeVersionArn", Value.of(value));
    }

    /** Sets {@code RuntimeVersionArn} to this value; see {@link #runtimeVersionArn(String)}. */
    public RuntimePolicy runtimeVersionArn(Value<String> value) {
      return set("RuntimeVersionArn", value);
    }

    /**
     * Specify the runtime update mode.
     *
     * <ul> <li><em>Auto (default)</em> - Automatically update to the most recent and secure runtime
     * version using a <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html#runtime-management-two-phase">Two-phase
     * runtime version rollout</a> . This is the best choice for most customers to ensure they
     * always benefit from runtime updates. <li><em>FunctionUpdate</em> - Lambda updates the runtime
     * of you function to the most recent and secure runtime version when you update your function.
     * This approach synchronizes runtime updates with function deployments, giving you control over
     * when runtime updates are applied and allowing you to detect and mitigate rare runtime update
     * incompatibilities early. When using this setting, you need to regularly update your functions
     * to keep their runtime up-to-date. <li><em>Manual</em> - You specify a runtime version in your
     * function configuration. The function will use this runtime version indefinitely. In the rare
     * case where a new runtime version is incompatible with an existing function, this allows you
     * to roll back your function to an earlier runtime version. For more information, see <a
     * href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html#runtime-management-rollback">Roll
     * back a runtime version</a> . </ul>
     *
     * <p><em>Valid Values</em> : <code>Auto</code> | <code>FunctionUpdate</code> |
     * <code>Manual</code>
     *
     * <p>Required. CloudFormation property {@code UpdateRuntimeOn}.
     */
    public RuntimePolicy updateRuntimeOn(String value) {
      return set("UpdateRuntimeOn", Value.of(value));
    }

    /** Sets {@code UpdateRuntimeOn} to this value; see {@link #updateRuntimeOn(String)}. */
    public RuntimePolicy updateRuntimeOn(Value<String> value) {
      return set("UpdateRuntimeOn", value);
    }
  }
}
