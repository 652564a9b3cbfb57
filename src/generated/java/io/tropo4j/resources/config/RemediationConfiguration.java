// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.config;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * An object that represents the details about the remediation configuration that includes the
 * remediation action, parameters, and data to execute the action.
 *
 * <p>CloudFormation type {@code AWS::Config::RemediationConfiguration}.
 */
public final class RemediationConfiguration extends Resource<RemediationConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Config::RemediationConfiguration")
      .required("ConfigRuleName", "TargetId", "TargetType")
      .constrain("Parameters", Constraint.of().format("json"))
      .refYields("ConfigRuleName")
      .build();

  public RemediationConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The remediation is triggered automatically.
   *
   * <p>CloudFormation property {@code Automatic}.
   */
  public RemediationConfiguration automatic(boolean value) {
    return set("Automatic", Value.of(value));
  }

  /** Sets {@code Automatic} to this value; see {@link #automatic(boolean)}. */
  public RemediationConfiguration automatic(Value<Boolean> value) {
    return set("Automatic", value);
  }

  /**
   * The name of the AWS Config rule.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ConfigRuleName}.
   */
  public RemediationConfiguration configRuleName(String value) {
    return set("ConfigRuleName", Value.of(value));
  }

  /** Sets {@code ConfigRuleName} to this value; see {@link #configRuleName(String)}. */
  public RemediationConfiguration configRuleName(Value<String> value) {
    return set("ConfigRuleName", value);
  }

  /**
   * An ExecutionControls object.
   *
   * <p>CloudFormation property {@code ExecutionControls}.
   */
  public RemediationConfiguration executionControls(Value<ExecutionControls> value) {
    return set("ExecutionControls", value);
  }

  /**
   * The maximum number of failed attempts for auto-remediation. If you do not select a number, the
   * default is 5.
   *
   * <p>For example, if you specify MaximumAutomaticAttempts as 5 with RetryAttemptSeconds as 50
   * seconds, AWS Config will put a RemediationException on your behalf for the failing resource
   * after the 5th failed attempt within 50 seconds.
   *
   * <p>CloudFormation property {@code MaximumAutomaticAttempts}.
   */
  public RemediationConfiguration maximumAutomaticAttempts(int value) {
    return set("MaximumAutomaticAttempts", Value.of(value));
  }

  /**
   * Sets {@code MaximumAutomaticAttempts} to this value; see {@link
   * #maximumAutomaticAttempts(int)}.
   */
  public RemediationConfiguration maximumAutomaticAttempts(Value<Integer> value) {
    return set("MaximumAutomaticAttempts", value);
  }

  /**
   * An object of the RemediationParameterValue. For more information, see <a
   * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RemediationParameterValue.html">RemediationParameterValue</a>
   * .
   *
   * <p>The type is a map of strings to RemediationParameterValue.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Parameters}.
   */
  public RemediationConfiguration parameters(Map<String, RemediationParameterValue> value) {
    return set("Parameters", Value.mapOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
  public RemediationConfiguration parameters(Value<Map<String, RemediationParameterValue>> value) {
    return set("Parameters", value);
  }

  /**
   * The type of a resource.
   *
   * <p>CloudFormation property {@code ResourceType}.
   */
  public RemediationConfiguration resourceType(String value) {
    return set("ResourceType", Value.of(value));
  }

  /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
  public RemediationConfiguration resourceType(Value<String> value) {
    return set("ResourceType", value);
  }

  /**
   * Time window to determine whether or not to add a remediation exception to prevent infinite
   * remediation attempts. If <code>MaximumAutomaticAttempts</code> remediation attempts have been
   * made under <code>RetryAttemptSeconds</code> , a remediation exception will be added to the
   * resource. If you do not select a number, the default is 60 seconds.
   *
   * <p>For example, if you specify <code>RetryAttemptSeconds</code> as 50 seconds and
   * <code>MaximumAutomaticAttempts</code> as 5, AWS Config will run auto-remediations 5 times
   * within 50 seconds before adding a remediation exception to the resource.
   *
   * <p>CloudFormation property {@code RetryAttemptSeconds}.
   */
  public RemediationConfiguration retryAttemptSeconds(int value) {
    return set("RetryAttemptSeconds", Value.of(value));
  }

  /** Sets {@code RetryAttemptSeconds} to this value; see {@link #retryAttemptSeconds(int)}. */
  public RemediationConfiguration retryAttemptSeconds(Value<Integer> value) {
    return set("RetryAttemptSeconds", value);
  }

  /**
   * Target ID is the name of the SSM document.
   *
   * <p>Required. CloudFormation property {@code TargetId}.
   */
  public RemediationConfiguration targetId(String value) {
    return set("TargetId", Value.of(value));
  }

  /** Sets {@code TargetId} to this value; see {@link #targetId(String)}. */
  public RemediationConfiguration targetId(Value<String> value) {
    return set("TargetId", value);
  }

  /**
   * The type of the target. Target executes remediation. For example, SSM document.
   *
   * <p>Required. CloudFormation property {@code TargetType}.
   */
  public RemediationConfiguration targetType(String value) {
    return set("TargetType", Value.of(value));
  }

  /** Sets {@code TargetType} to this value; see {@link #targetType(String)}. */
  public RemediationConfiguration targetType(Value<String> value) {
    return set("TargetType", value);
  }

  /**
   * Version of the target. For example, version of the SSM document.
   *
   * <p>If you make backward incompatible changes to the SSM document, you must call
   * PutRemediationConfiguration API again to ensure the remediations can run.
   *
   * <p>CloudFormation property {@code TargetVersion}.
   */
  public RemediationConfiguration targetVersion(String value) {
    return set("TargetVersion", Value.of(value));
  }

  /** Sets {@code TargetVersion} to this value; see {@link #targetVersion(String)}. */
  public RemediationConfiguration targetVersion(Value<String> value) {
    return set("TargetVersion", value);
  }

  /**
   * An ExecutionControls object.
   *
   * <p>Property type {@code AWS::Config::RemediationConfiguration.ExecutionControls}.
   */
  public static final class ExecutionControls extends Struct<ExecutionControls> {
    private static final Schema SCHEMA = Schema.of("AWS::Config::RemediationConfiguration.ExecutionControls");

    public ExecutionControls() {
      super(SCHEMA);
    }

    /**
     * A SsmControls object.
     *
     * <p>CloudFormation property {@code SsmControls}.
     */
    public ExecutionControls ssmControls(Value<SsmControls> value) {
      return set("SsmControls", value);
    }
  }

  /**
   * The value is either a dynamic (resource) value or a static value. You must select either a
   * dynamic value or a static value.
   *
   * <p>Property type {@code AWS::Config::RemediationConfiguration.RemediationParameterValue}.
   */
  public static final class RemediationParameterValue extends Struct<RemediationParameterValue> {
    private static final Schema SCHEMA = Schema.of("AWS::Config::RemediationConfiguration.RemediationParameterValue");

    public RemediationParameterValue() {
      super(SCHEMA);
    }

    /**
     * The value is dynamic and changes at run-time.
     *
     * <p>CloudFormation property {@code ResourceValue}.
     */
    public RemediationParameterValue resourceValue(Value<ResourceValue> value) {
      return set("ResourceValue", value);
    }

    /**
     * The value is static and does not change at run-time.
     *
     * <p>CloudFormation property {@code StaticValue}.
     */
    public RemediationParameterValue staticValue(Value<StaticValue> value) {
      return set("StaticValue", value);
    }
  }

  /** Property type {@code AWS::Config::RemediationConfiguration.ResourceValue}. */
  public static final class ResourceValue extends Struct<ResourceValue> {
    private static final Schema SCHEMA = Schema.of("AWS::Config::RemediationConfiguration.ResourceValue");

    public ResourceValue() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Value}. */
    public ResourceValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ResourceValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * AWS Systems Manager (SSM) specific remediation controls.
   *
   * <p>Property type {@code AWS::Config::RemediationConfiguration.SsmControls}.
   */
  public static final class SsmControls extends Struct<SsmControls> {
    private static final Schema SCHEMA = Schema.of("AWS::Config::RemediationConfiguration.SsmControls");

    public SsmControls() {
      super(SCHEMA);
    }

    /**
     * The maximum percentage of remediation actions allowed to run in parallel on the non-compliant
     * resources for that specific rule. You can specify a percentage, such as 10%. The default
     * value is 10.
     *
     * <p>CloudFormation property {@code ConcurrentExecutionRatePercentage}.
     */
    public SsmControls concurrentExecutionRatePercentage(int value) {
      return set("ConcurrentExecutionRatePercentage", Value.of(value));
    }

    /**
     * Sets {@code ConcurrentExecutionRatePercentage} to this value; see {@link
     * #concurrentExecutionRatePercentage(int)}.
     */
    public SsmControls concurrentExecutionRatePercentage(Value<Integer> value) {
      return set("ConcurrentExecutionRatePercentage", value);
    }

    /**
     * The percentage of errors that are allowed before SSM stops running automations on
     * non-compliant resources for that specific rule. You can specify a percentage of errors, for
     * example 10%. If you do not specifiy a percentage, the default is 50%. For example, if you set
     * the ErrorPercentage to 40% for 10 non-compliant resources, then SSM stops running the
     * automations when the fifth error is received.
     *
     * <p>CloudFormation property {@code ErrorPercentage}.
     */
    public SsmControls errorPercentage(int value) {
      return set("ErrorPercentage", Value.of(value));
    }

    /** Sets {@code ErrorPercentage} to this value; see {@link #errorPercentage(int)}. */
    public SsmControls errorPercentage(Value<Integer> value) {
      return set("ErrorPercentage", value);
    }
  }

  /** Property type {@code AWS::Config::RemediationConfiguration.StaticValue}. */
  public static final class StaticValue extends Struct<StaticValue> {
    private static final Schema SCHEMA = Schema.of("AWS::Config::RemediationConfiguration.StaticValue");

    public StaticValue() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Value}. */
    public StaticValue value(List<String> value) {
      return set("Value", Value.listOf(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(List)}. */
    public StaticValue value(Value<List<String>> value) {
      return set("Value", value);
    }

    /** CloudFormation property {@code Values}. */
    public StaticValue values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public StaticValue values(Value<List<String>> value) {
      return set("Values", value);
    }
  }
}
