// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::CloudFormation::LambdaHook</code> resource creates and activates a Lambda Hook.
 * You can use a Lambda Hook to evaluate your resources before allowing stack operations. This
 * resource forwards requests for resource evaluation to a Lambda function.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/cloudformation-cli/latest/hooks-userguide/lambda-hooks.html">Lambda
 * Hooks</a> in the <em>CloudFormation Hooks User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::LambdaHook}.
 */
public final class LambdaHook extends Resource<LambdaHook> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::LambdaHook")
      .required("Alias", "ExecutionRole", "FailureMode", "HookStatus", "LambdaFunction",
          "TargetOperations")
      .constrain("Alias", Constraint.of().pattern("^(?!(?i)aws)[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$"))
      .constrain("ExecutionRole", Constraint.of().pattern("arn:.+:iam::[0-9]{12}:role/.+").maxLength(256))
      .allowed("FailureMode", "FAIL", "WARN")
      .allowed("HookStatus", "ENABLED", "DISABLED")
      .constrain("LambdaFunction", Constraint.of().pattern("(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?(-iso([a-z])?)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?").minLength(1).maxLength(170))
      .allowed("TargetOperations", "RESOURCE", "STACK", "CHANGE_SET", "CLOUD_CONTROL")
      .refYields("HookArn")
      .attributes("HookArn")
      .build();

  public LambdaHook(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type name alias for the Hook. This alias must be unique per account and Region.
   *
   * <p>The alias must be in the form <code>Name1::Name2::Name3</code> and must not begin with
   * <code>AWS</code> . For example, <code>Private::Lambda::MyTestHook</code> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(?!(?i)aws)[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$}. CloudFormation property
   * {@code Alias}.
   */
  public LambdaHook alias(String value) {
    return set("Alias", Value.of(value));
  }

  /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
  public LambdaHook alias(Value<String> value) {
    return set("Alias", value);
  }

  /**
   * Whether to automatically update the extension in this account and Region when a new minor
   * version is published by the extension publisher.
   *
   * <p>Changing it replaces the resource. Default: {@code true}. CloudFormation property {@code
   * AutoUpdate}.
   */
  public LambdaHook autoUpdate(boolean value) {
    return set("AutoUpdate", Value.of(value));
  }

  /** Sets {@code AutoUpdate} to this value; see {@link #autoUpdate(boolean)}. */
  public LambdaHook autoUpdate(Value<Boolean> value) {
    return set("AutoUpdate", value);
  }

  /**
   * The IAM role that the Hook assumes to invoke your Lambda function.
   *
   * <p>Required. Length: at most 256 characters. Pattern: {@code arn:.+:iam::[0-9]{12}:role/.+}.
   * CloudFormation property {@code ExecutionRole}.
   */
  public LambdaHook executionRole(String value) {
    return set("ExecutionRole", Value.of(value));
  }

  /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
  public LambdaHook executionRole(Value<String> value) {
    return set("ExecutionRole", value);
  }

  /**
   * Specifies how the Hook responds when the Lambda function invoked by the Hook returns a
   * <code>FAILED</code> response.
   *
   * <ul> <li><code>FAIL</code> : Prevents the action from proceeding. This is helpful for enforcing
   * strict compliance or security policies. <li><code>WARN</code> : Issues warnings to users but
   * allows actions to continue. This is useful for non-critical validations or informational
   * checks. </ul>
   *
   * <p>Required. Allowed values: {@code FAIL}, {@code WARN}. CloudFormation property {@code
   * FailureMode}.
   */
  public LambdaHook failureMode(String value) {
    return set("FailureMode", Value.of(value));
  }

  /** Sets {@code FailureMode} to this value; see {@link #failureMode(String)}. */
  public LambdaHook failureMode(Value<String> value) {
    return set("FailureMode", value);
  }

  /**
   * Specifies if the Hook is <code>ENABLED</code> or <code>DISABLED</code> .
   *
   * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. Default: {@code "ENABLED"}.
   * CloudFormation property {@code HookStatus}.
   */
  public LambdaHook hookStatus(String value) {
    return set("HookStatus", Value.of(value));
  }

  /** Sets {@code HookStatus} to this value; see {@link #hookStatus(String)}. */
  public LambdaHook hookStatus(Value<String> value) {
    return set("HookStatus", value);
  }

  /**
   * Specifies the Lambda function for the Hook. You can use:
   *
   * <ul> <li>The full Amazon Resource Name (ARN) without a suffix. <li>A qualified ARN with a
   * version or alias suffix. </ul>
   *
   * <p>Required. Length: 1 to 170 characters. Pattern: {@code
   * (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?(-iso([a-z])?)?-[a-z]+-&#92;d{1}:)?(&#92;d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(&#92;$LATEST|[a-zA-Z0-9-_]+))?}.
   * CloudFormation property {@code LambdaFunction}.
   */
  public LambdaHook lambdaFunction(String value) {
    return set("LambdaFunction", Value.of(value));
  }

  /** Sets {@code LambdaFunction} to this value; see {@link #lambdaFunction(String)}. */
  public LambdaHook lambdaFunction(Value<String> value) {
    return set("LambdaFunction", value);
  }

  /**
   * Contains logging configuration information for an extension.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LoggingConfig}.
   */
  public LambdaHook loggingConfig(Value<LoggingConfig> value) {
    return set("LoggingConfig", value);
  }

  /**
   * Specifies the stack level filters for the Hook.
   *
   * <p>Example stack level filter in JSON:
   *
   * <p><code>"StackFilters": {"FilteringCriteria": "ALL", "StackNames": {"Exclude": [ "stack-1",
   * "stack-2"]}}</code>
   *
   * <p>Example stack level filter in YAML:
   *
   * <p><code>StackFilters: FilteringCriteria: ALL StackNames: Exclude: - stack-1 - stack-2</code>
   *
   * <p>CloudFormation property {@code StackFilters}.
   */
  public LambdaHook stackFilters(Value<StackFilters> value) {
    return set("StackFilters", value);
  }

  /**
   * Specifies the target filters for the Hook.
   *
   * <p>Example target filter in JSON:
   *
   * <p><code>"TargetFilters": {"Actions": [ "CREATE", "UPDATE", "DELETE" ]}</code>
   *
   * <p>Example target filter in YAML:
   *
   * <p><code>TargetFilters: Actions: - CREATE - UPDATE - DELETE</code>
   *
   * <p>CloudFormation property {@code TargetFilters}.
   */
  public LambdaHook targetFilters(Value<TargetFilters> value) {
    return set("TargetFilters", value);
  }

  /**
   * Specifies the list of operations the Hook is run against. For more information, see <a
   * href="https://docs.aws.amazon.com/cloudformation-cli/latest/hooks-userguide/hooks-concepts.html#hook-terms-hook-target">Hook
   * targets</a> in the <em>CloudFormation Hooks User Guide</em> .
   *
   * <p>Valid values: <code>STACK</code> | <code>RESOURCE</code> | <code>CHANGE_SET</code> |
   * <code>CLOUD_CONTROL</code>
   *
   * <p>Required. Allowed values: {@code RESOURCE}, {@code STACK}, {@code CHANGE_SET}, {@code
   * CLOUD_CONTROL}. CloudFormation property {@code TargetOperations}.
   */
  public LambdaHook targetOperations(List<String> value) {
    return set("TargetOperations", Value.listOf(value));
  }

  /** Sets {@code TargetOperations} to this value; see {@link #targetOperations(List)}. */
  public LambdaHook targetOperations(Value<List<String>> value) {
    return set("TargetOperations", value);
  }

  /**
   * Returns the ARN of a Lambda Hook.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HookArn}.
   */
  public Value<String> hookArn() {
    return getAtt("HookArn");
  }

  /**
   * Hook targets are the destination where hooks will be invoked against.
   *
   * <p>Property type {@code AWS::CloudFormation::LambdaHook.HookTarget}.
   */
  public static final class HookTarget extends Struct<HookTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::LambdaHook.HookTarget")
        .required("Action", "InvocationPoint", "TargetName")
        .allowed("Action", "CREATE", "UPDATE", "DELETE")
        .allowed("InvocationPoint", "PRE_PROVISION")
        .build();

    public HookTarget() {
      super(SCHEMA);
    }

    /**
     * Target actions are the type of operation hooks will be executed at.
     *
     * <p>Required. Allowed values: {@code CREATE}, {@code UPDATE}, {@code DELETE}. CloudFormation
     * property {@code Action}.
     */
    public HookTarget action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public HookTarget action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * Invocation points are the point in provisioning workflow where hooks will be executed.
     *
     * <p>Required. Allowed values: {@code PRE_PROVISION}. CloudFormation property {@code
     * InvocationPoint}.
     */
    public HookTarget invocationPoint(String value) {
      return set("InvocationPoint", Value.of(value));
    }

    /** Sets {@code InvocationPoint} to this value; see {@link #invocationPoint(String)}. */
    public HookTarget invocationPoint(Value<String> value) {
      return set("InvocationPoint", value);
    }

    /**
     * Type name of hook target. Hook targets are the destination where hooks will be invoked
     * against.
     *
     * <p>Required. CloudFormation property {@code TargetName}.
     */
    public HookTarget targetName(String value) {
      return set("TargetName", Value.of(value));
    }

    /** Sets {@code TargetName} to this value; see {@link #targetName(String)}. */
    public HookTarget targetName(Value<String> value) {
      return set("TargetName", value);
    }
  }

  /**
   * Contains logging configuration information for an extension.
   *
   * <p>Property type {@code AWS::CloudFormation::LambdaHook.LoggingConfig}.
   */
  public static final class LoggingConfig extends Struct<LoggingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::LambdaHook.LoggingConfig")
        .required("LogGroupName", "LogRoleArn")
        .constrain("LogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .constrain("LogRoleArn", Constraint.of().pattern("arn:.+:iam::[0-9]{12}:role/.+").minLength(1).maxLength(256).format("AWS::IAM::Role.Arn"))
        .build();

    public LoggingConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon CloudWatch Logs group to which CloudFormation sends error logging information when
     * invoking the extension's handlers.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[&#92;.&#92;-_/#A-Za-z0-9]+$}.
     * Format: {@code AWS::Logs::LogGroup.Name}. CloudFormation property {@code LogGroupName}.
     */
    public LoggingConfig logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public LoggingConfig logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }

    /**
     * The ARN of the role that CloudFormation should assume when sending log entries to CloudWatch
     * Logs.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code arn:.+:iam::[0-9]{12}:role/.+}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code LogRoleArn}.
     */
    public LoggingConfig logRoleArn(String value) {
      return set("LogRoleArn", Value.of(value));
    }

    /** Sets {@code LogRoleArn} to this value; see {@link #logRoleArn(String)}. */
    public LoggingConfig logRoleArn(Value<String> value) {
      return set("LogRoleArn", value);
    }
  }

  /**
   * The <code>StackFilters</code> property type specifies stack level filters for a Hook.
   *
   * <p>The <code>StackNames</code> or <code>StackRoles</code> properties are optional. However, you
   * must specify at least one of these properties.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/cloudformation-cli/latest/hooks-userguide/hooks-stack-level-filtering.html">CloudFormation
   * Hooks stack level filters</a> .
   *
   * <p>Property type {@code AWS::CloudFormation::LambdaHook.StackFilters}.
   */
  public static final class StackFilters extends Struct<StackFilters> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::LambdaHook.StackFilters")
        .required("FilteringCriteria")
        .allowed("FilteringCriteria", "ALL", "ANY")
        .build();

    public StackFilters() {
      super(SCHEMA);
    }

    /**
     * The filtering criteria.
     *
     * <ul> <li>All stack names and stack roles ( <code>All</code> ): The Hook will only be invoked
     * when all specified filters match. <li>Any stack names and stack roles ( <code>Any</code> ):
     * The Hook will be invoked if at least one of the specified filters match. </ul>
     *
     * <p>Required. Allowed values: {@code ALL}, {@code ANY}. Default: {@code "ALL"}. CloudFormation
     * property {@code FilteringCriteria}.
     */
    public StackFilters filteringCriteria(String value) {
      return set("FilteringCriteria", Value.of(value));
    }

    /** Sets {@code FilteringCriteria} to this value; see {@link #filteringCriteria(String)}. */
    public StackFilters filteringCriteria(Value<String> value) {
      return set("FilteringCriteria", value);
    }

    /**
     * Includes or excludes specific stacks from Hook invocations.
     *
     * <p>CloudFormation property {@code StackNames}.
     */
    public StackFilters stackNames(Value<StackNames> value) {
      return set("StackNames", value);
    }

    /**
     * Includes or excludes specific stacks from Hook invocations based on their associated IAM
     * roles.
     *
     * <p>CloudFormation property {@code StackRoles}.
     */
    public StackFilters stackRoles(Value<StackRoles> value) {
      return set("StackRoles", value);
    }
  }

  /**
   * Specifies the stack names for the <code>StackFilters</code> property type to include or exclude
   * specific stacks from Hook invocations.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/cloudformation-cli/latest/hooks-userguide/hooks-stack-level-filtering.html">CloudFormation
   * Hooks stack level filters</a> .
   *
   * <p>Property type {@code AWS::CloudFormation::LambdaHook.StackNames}.
   */
  public static final class StackNames extends Struct<StackNames> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::LambdaHook.StackNames")
        .constrain("Exclude", Constraint.of().pattern("^[a-zA-Z*?][-a-zA-Z0-9*?]*$").maxLength(128))
        .constrain("Include", Constraint.of().pattern("^[a-zA-Z*?][-a-zA-Z0-9*?]*$").maxLength(128))
        .build();

    public StackNames() {
      super(SCHEMA);
    }

    /**
     * The stack names to exclude. All stacks except those listed here will invoke the Hook.
     *
     * <p>Length: at most 128 characters. Pattern: {@code ^[a-zA-Z*?][-a-zA-Z0-9*?]*$}.
     * CloudFormation property {@code Exclude}.
     */
    public StackNames exclude(List<String> value) {
      return set("Exclude", Value.listOf(value));
    }

    /** Sets {@code Exclude} to this value; see {@link #exclude(List)}. */
    public StackNames exclude(Value<List<String>> value) {
      return set("Exclude", value);
    }

    /**
     * The stack names to include. Only the stacks specified in this list will invoke the Hook.
     *
     * <p>Length: at most 128 characters. Pattern: {@code ^[a-zA-Z*?][-a-zA-Z0-9*?]*$}.
     * CloudFormation property {@code Include}.
     */
    public StackNames include(List<String> value) {
      return set("Include", Value.listOf(value));
    }

    /** Sets {@code Include} to this value; see {@link #include(List)}. */
    public StackNames include(Value<List<String>> value) {
      return set("Include", value);
    }
  }

  /**
   * Specifies the stack roles for the <code>StackFilters</code> property type to include or exclude
   * specific stacks from Hook invocations based on their associated IAM roles.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/cloudformation-cli/latest/hooks-userguide/hooks-stack-level-filtering.html">CloudFormation
   * Hooks stack level filters</a> .
   *
   * <p>Property type {@code AWS::CloudFormation::LambdaHook.StackRoles}.
   */
  public static final class StackRoles extends Struct<StackRoles> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFormation::LambdaHook.StackRoles");

    public StackRoles() {
      super(SCHEMA);
    }

    /**
     * The IAM role ARNs for stacks you want to exclude. The Hook will be invoked on all stacks
     * except those initiated by the specified roles.
     *
     * <p>CloudFormation property {@code Exclude}.
     */
    public StackRoles exclude(List<String> value) {
      return set("Exclude", Value.listOf(value));
    }

    /** Sets {@code Exclude} to this value; see {@link #exclude(List)}. */
    public StackRoles exclude(Value<List<String>> value) {
      return set("Exclude", value);
    }

    /**
     * The IAM role ARNs to target stacks associated with these roles. Only stack operations
     * initiated by these roles will invoke the Hook.
     *
     * <p>CloudFormation property {@code Include}.
     */
    public StackRoles include(List<String> value) {
      return set("Include", Value.listOf(value));
    }

    /** Sets {@code Include} to this value; see {@link #include(List)}. */
    public StackRoles include(Value<List<String>> value) {
      return set("Include", value);
    }
  }

  /**
   * The <code>TargetFilters</code> property type specifies the target filters for the Hook.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/cloudformation-cli/latest/hooks-userguide/hooks-target-filtering.html">CloudFormation
   * Hook target filters</a> .
   *
   * <p>Property type {@code AWS::CloudFormation::LambdaHook.TargetFilters}.
   */
  public static final class TargetFilters extends Struct<TargetFilters> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::LambdaHook.TargetFilters")
        .required("Targets")
        .allowed("Actions", "CREATE", "UPDATE", "DELETE")
        .allowed("InvocationPoints", "PRE_PROVISION")
        .build();

    public TargetFilters() {
      super(SCHEMA);
    }

    /**
     * List of actions that the hook is going to target
     *
     * <p>Allowed values: {@code CREATE}, {@code UPDATE}, {@code DELETE}. CloudFormation property
     * {@code Actions}.
     */
    public TargetFilters actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public TargetFilters actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /**
     * List of invocation points that the hook is going to target
     *
     * <p>Allowed values: {@code PRE_PROVISION}. CloudFormation property {@code InvocationPoints}.
     */
    public TargetFilters invocationPoints(List<String> value) {
      return set("InvocationPoints", Value.listOf(value));
    }

    /** Sets {@code InvocationPoints} to this value; see {@link #invocationPoints(List)}. */
    public TargetFilters invocationPoints(Value<List<String>> value) {
      return set("InvocationPoints", value);
    }

    /**
     * List of type names that the hook is going to target
     *
     * <p>CloudFormation property {@code TargetNames}.
     */
    public TargetFilters targetNames(List<String> value) {
      return set("TargetNames", Value.listOf(value));
    }

    /** Sets {@code TargetNames} to this value; see {@link #targetNames(List)}. */
    public TargetFilters targetNames(Value<List<String>> value) {
      return set("TargetNames", value);
    }

    /**
     * List of hook targets
     *
     * <p>Required. CloudFormation property {@code Targets}.
     */
    public TargetFilters targets(List<HookTarget> value) {
      return set("Targets", Value.listOf(value));
    }

    /** Sets {@code Targets} to this value; see {@link #targets(List)}. */
    public TargetFilters targets(Value<List<HookTarget>> value) {
      return set("Targets", value);
    }

    /** Sets {@code Targets} to a list of these; see {@link #targets(List)}. */
    public TargetFilters targets(HookTarget... values) {
      return set("Targets", Value.list(values));
    }
  }
}
