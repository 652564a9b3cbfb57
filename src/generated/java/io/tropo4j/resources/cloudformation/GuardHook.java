// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::CloudFormation::GuardHook</code> resource creates and activates a Guard Hook.
 * Using the Guard domain specific language (DSL), you can author Guard Hooks to evaluate your
 * resources before allowing stack operations.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/cloudformation-cli/latest/hooks-userguide/guard-hooks.html">Guard
 * Hooks</a> in the <em>CloudFormation Hooks User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::GuardHook}.
 */
public final class GuardHook extends Resource<GuardHook> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::GuardHook")
      .required("Alias", "ExecutionRole", "FailureMode", "HookStatus", "RuleLocation",
          "TargetOperations")
      .constrain("Alias", Constraint.of().pattern("^(?!(?i)aws)[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$"))
      .constrain("ExecutionRole", Constraint.of().pattern("arn:.+:iam::[0-9]{12}:role/.+").maxLength(256))
      .allowed("FailureMode", "FAIL", "WARN")
      .allowed("HookStatus", "ENABLED", "DISABLED")
      .allowed("TargetOperations", "RESOURCE", "STACK", "CHANGE_SET", "CLOUD_CONTROL")
      .refYields("HookArn")
      .attributes("HookArn")
      .build();

  public GuardHook(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type name alias for the Hook. This alias must be unique per account and Region.
   *
   * <p>The alias must be in the form <code>Name1::Name2::Name3</code> and must not begin with
   * <code>AWS</code> . For example, <code>Private::Guard::MyTestHook</code> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(?!(?i)aws)[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$}. CloudFormation property
   * {@code Alias}.
   */
  public GuardHook alias(String value) {
    return set("Alias", Value.of(value));
  }

  /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
  public GuardHook alias(Value<String> value) {
    return set("Alias", value);
  }

  /**
   * The IAM role that the Hook assumes to retrieve your Guard rules from S3 and optionally write a
   * detailed Guard output report back.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 256 characters. Pattern: {@code
   * arn:.+:iam::[0-9]{12}:role/.+}. CloudFormation property {@code ExecutionRole}.
   */
  public GuardHook executionRole(String value) {
    return set("ExecutionRole", Value.of(value));
  }

  /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
  public GuardHook executionRole(Value<String> value) {
    return set("ExecutionRole", value);
  }

  /**
   * Specifies how the Hook responds when rules fail their evaluation.
   *
   * <ul> <li><code>FAIL</code> : Prevents the action from proceeding. This is helpful for enforcing
   * strict compliance or security policies. <li><code>WARN</code> : Issues warnings to users but
   * allows actions to continue. This is useful for non-critical validations or informational
   * checks. </ul>
   *
   * <p>Required. Allowed values: {@code FAIL}, {@code WARN}. Default: {@code "WARN"}.
   * CloudFormation property {@code FailureMode}.
   */
  public GuardHook failureMode(String value) {
    return set("FailureMode", Value.of(value));
  }

  /** Sets {@code FailureMode} to this value; see {@link #failureMode(String)}. */
  public GuardHook failureMode(Value<String> value) {
    return set("FailureMode", value);
  }

  /**
   * Specifies if the Hook is <code>ENABLED</code> or <code>DISABLED</code> .
   *
   * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. Default: {@code "DISABLED"}.
   * CloudFormation property {@code HookStatus}.
   */
  public GuardHook hookStatus(String value) {
    return set("HookStatus", Value.of(value));
  }

  /** Sets {@code HookStatus} to this value; see {@link #hookStatus(String)}. */
  public GuardHook hookStatus(Value<String> value) {
    return set("HookStatus", value);
  }

  /**
   * Specifies the name of an S3 bucket to store the Guard output report. This report contains the
   * results of your Guard rule validations.
   *
   * <p>CloudFormation property {@code LogBucket}.
   */
  public GuardHook logBucket(String value) {
    return set("LogBucket", Value.of(value));
  }

  /** Sets {@code LogBucket} to this value; see {@link #logBucket(String)}. */
  public GuardHook logBucket(Value<String> value) {
    return set("LogBucket", value);
  }

  /**
   * Specifies the S3 location of your input parameters.
   *
   * <p>CloudFormation property {@code Options}.
   */
  public GuardHook options(Value<Options> value) {
    return set("Options", value);
  }

  /**
   * Specifies the S3 location of your Guard rules.
   *
   * <p>Required. CloudFormation property {@code RuleLocation}.
   */
  public GuardHook ruleLocation(Value<S3Location> value) {
    return set("RuleLocation", value);
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
  public GuardHook stackFilters(Value<StackFilters> value) {
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
  public GuardHook targetFilters(Value<TargetFilters> value) {
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
  public GuardHook targetOperations(List<String> value) {
    return set("TargetOperations", Value.listOf(value));
  }

  /** Sets {@code TargetOperations} to this value; see {@link #targetOperations(List)}. */
  public GuardHook targetOperations(Value<List<String>> value) {
    return set("TargetOperations", value);
  }

  /**
   * Returns the ARN of a Guard Hook.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HookArn}.
   */
  public Value<String> hookArn() {
    return getAtt("HookArn");
  }

  /**
   * Hook targets are the destination where hooks will be invoked against.
   *
   * <p>Property type {@code AWS::CloudFormation::GuardHook.HookTarget}.
   */
  public static final class HookTarget extends Struct<HookTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::GuardHook.HookTarget")
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
   * Specifies the input parameters for a Guard Hook.
   *
   * <p>Property type {@code AWS::CloudFormation::GuardHook.Options}.
   */
  public static final class Options extends Struct<Options> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFormation::GuardHook.Options");

    public Options() {
      super(SCHEMA);
    }

    /**
     * Specifies the S3 location where your input parameters are located.
     *
     * <p>CloudFormation property {@code InputParams}.
     */
    public Options inputParams(S3Location value) {
      return set("InputParams", value);
    }

    /** Sets {@code InputParams} to this value; see {@link #inputParams(S3Location)}. */
    public Options inputParams(List<S3Location> value) {
      return set("InputParams", Value.listOf(value));
    }

    /** Sets {@code InputParams} to this value; see {@link #inputParams(S3Location)}. */
    public Options inputParams(Value<List<S3Location>> value) {
      return set("InputParams", value);
    }

    /** Sets {@code InputParams} to a list of these; see {@link #inputParams(S3Location)}. */
    public Options inputParams(S3Location... values) {
      return set("InputParams", Value.list(values));
    }
  }

  /**
   * Specifies the S3 location where your Guard rules or input parameters are located.
   *
   * <p>Property type {@code AWS::CloudFormation::GuardHook.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::GuardHook.S3Location")
        .required("Uri")
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * Specifies the S3 path to the file that contains your Guard rules or input parameters (in the
     * form <code>s3://&lt;bucket name&gt;/&lt;file name&gt;</code> ).
     *
     * <p>For Guard rules, the object stored in S3 must have one of the following file extensions:
     * <code>.guard</code> , <code>.zip</code> , or <code>.tar.gz</code> .
     *
     * <p>For input parameters, the object stored in S3 must have one of the following file
     * extensions: <code>.yaml</code> , <code>.json</code> , <code>.zip</code> , or
     * <code>.tar.gz</code> .
     *
     * <p>Required. CloudFormation property {@code Uri}.
     */
    public S3Location uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public S3Location uri(Value<String> value) {
      return set("Uri", value);
    }

    /**
     * For S3 buckets with versioning enabled, specifies the unique ID of the S3 object version to
     * download your Guard rules or input parameters from.
     *
     * <p>The Guard Hook downloads files from S3 every time the Hook is invoked. To prevent
     * accidental changes or deletions, we recommend using a version when configuring your Guard
     * Hook.
     *
     * <p>CloudFormation property {@code VersionId}.
     */
    public S3Location versionId(String value) {
      return set("VersionId", Value.of(value));
    }

    /** Sets {@code VersionId} to this value; see {@link #versionId(String)}. */
    public S3Location versionId(Value<String> value) {
      return set("VersionId", value);
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
   * <p>Property type {@code AWS::CloudFormation::GuardHook.StackFilters}.
   */
  public static final class StackFilters extends Struct<StackFilters> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::GuardHook.StackFilters")
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
   * <p>Property type {@code AWS::CloudFormation::GuardHook.StackNames}.
   */
  public static final class StackNames extends Struct<StackNames> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::GuardHook.StackNames")
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
   * <p>Property type {@code AWS::CloudFormation::GuardHook.StackRoles}.
   */
  public static final class StackRoles extends Struct<StackRoles> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFormation::GuardHook.StackRoles");

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
   * <p>Property type {@code AWS::CloudFormation::GuardHook.TargetFilters}.
   */
  public static final class TargetFilters extends Struct<TargetFilters> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::GuardHook.TargetFilters")
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
