// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.backup;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a framework with one or more controls. A framework is a collection of controls that you
 * can use to evaluate your backup practices. By using pre-built customizable controls to define
 * your policies, you can evaluate whether your backup practices comply with your policies and which
 * resources are not yet in compliance.
 *
 * <p>For a sample CloudFormation template, see the <a
 * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/bam-cfn-integration.html#bam-cfn-frameworks-template">AWS
 * Backup Developer Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::Backup::Framework}.
 */
public final class Framework extends Resource<Framework> {
  private static final Schema SCHEMA = Schema.builder("AWS::Backup::Framework")
      .required("FrameworkControls")
      .constrain("FrameworkDescription", Constraint.of().pattern("\\S").minLength(0).maxLength(1024))
      .constrain("FrameworkName", Constraint.of().pattern("[a-zA-Z][_a-zA-Z0-9]*").minLength(1).maxLength(256))
      .refYields("FrameworkArn")
      .attributes("CreationTime", "DeploymentStatus", "FrameworkArn", "FrameworkStatus")
      .tags("FrameworkTags", Schema.TagForm.LIST)
      .build();

  public Framework(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains detailed information about all of the controls of a framework. Each framework must
   * contain at least one control.
   *
   * <p>Required. CloudFormation property {@code FrameworkControls}.
   */
  public Framework frameworkControls(List<FrameworkControl> value) {
    return set("FrameworkControls", Value.listOf(value));
  }

  /** Sets {@code FrameworkControls} to this value; see {@link #frameworkControls(List)}. */
  public Framework frameworkControls(Value<List<FrameworkControl>> value) {
    return set("FrameworkControls", value);
  }

  /** Sets {@code FrameworkControls} to a list of these; see {@link #frameworkControls(List)}. */
  public Framework frameworkControls(FrameworkControl... values) {
    return set("FrameworkControls", Value.list(values));
  }

  /**
   * An optional description of the framework with a maximum 1,024 characters.
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code &#92;S}. CloudFormation property {@code
   * FrameworkDescription}.
   */
  public Framework frameworkDescription(String value) {
    return set("FrameworkDescription", Value.of(value));
  }

  /** Sets {@code FrameworkDescription} to this value; see {@link #frameworkDescription(String)}. */
  public Framework frameworkDescription(Value<String> value) {
    return set("FrameworkDescription", value);
  }

  /**
   * The unique name of a framework. This name is between 1 and 256 characters, starting with a
   * letter, and consisting of letters (a-z, A-Z), numbers (0-9), and underscores (_).
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * [a-zA-Z][_a-zA-Z0-9]*}. CloudFormation property {@code FrameworkName}.
   */
  public Framework frameworkName(String value) {
    return set("FrameworkName", Value.of(value));
  }

  /** Sets {@code FrameworkName} to this value; see {@link #frameworkName(String)}. */
  public Framework frameworkName(Value<String> value) {
    return set("FrameworkName", value);
  }

  /**
   * The tags to assign to your framework.
   *
   * <p>CloudFormation property {@code FrameworkTags}.
   */
  public Framework frameworkTags(List<Tag> value) {
    return set("FrameworkTags", Value.listOf(value));
  }

  /** Sets {@code FrameworkTags} to this value; see {@link #frameworkTags(List)}. */
  public Framework frameworkTags(Value<List<Tag>> value) {
    return set("FrameworkTags", value);
  }

  /**
   * Sets {@code FrameworkTags} to the tags, as a list of Key and Value; see {@link
   * #frameworkTags(List)}.
   */
  public Framework frameworkTags(Tags tags) {
    return set("FrameworkTags", tags);
  }

  /**
   * The UTC time when you created your framework.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Depolyment status refers to whether your framework has completed deployment. This status is
   * usually <code>Completed</code> , but might also be <code>Create in progress</code> or another
   * status. For a list of statuses, see <a
   * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/viewing-frameworks.html">Framework
   * compliance status</a> in the <em>Developer Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeploymentStatus}.
   */
  public Value<String> deploymentStatus() {
    return getAtt("DeploymentStatus");
  }

  /**
   * The Amazon Resource Name (ARN) of your framework.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FrameworkArn}.
   */
  public Value<String> frameworkArn() {
    return getAtt("FrameworkArn");
  }

  /**
   * Framework status refers to whether you have turned on resource tracking for all of your
   * resources. This status is <code>Active</code> when you turn on all resources the framework
   * evaluates. For other statuses and steps to correct them, see <a
   * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/viewing-frameworks.html">Framework
   * compliance status</a> in the <em>Developer Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code FrameworkStatus}.
   */
  public Value<String> frameworkStatus() {
    return getAtt("FrameworkStatus");
  }

  /**
   * The parameters for a control. A control can have zero, one, or more than one parameter. An
   * example of a control with two parameters is: "backup plan frequency is at least
   * <code>daily</code> and the retention period is at least <code>1 year</code> ". The first
   * parameter is <code>daily</code> . The second parameter is <code>1 year</code> .
   *
   * <p>Property type {@code AWS::Backup::Framework.ControlInputParameter}.
   */
  public static final class ControlInputParameter extends Struct<ControlInputParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::Framework.ControlInputParameter")
        .required("ParameterName", "ParameterValue")
        .build();

    public ControlInputParameter() {
      super(SCHEMA);
    }

    /**
     * The name of a parameter, for example, <code>BackupPlanFrequency</code> .
     *
     * <p>Required. CloudFormation property {@code ParameterName}.
     */
    public ControlInputParameter parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public ControlInputParameter parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * The value of parameter, for example, <code>hourly</code> .
     *
     * <p>Required. CloudFormation property {@code ParameterValue}.
     */
    public ControlInputParameter parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public ControlInputParameter parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }

  /**
   * A framework consists of one or more controls. Each control has its own control scope. The
   * control scope can include one or more resource types, a combination of a tag key and value, or
   * a combination of one resource type and one resource ID. If no scope is specified, evaluations
   * for the rule are triggered when any resource in your recording group changes in configuration.
   *
   * <p>To set a control scope that includes all of a particular resource, leave the
   * <code>ControlScope</code> empty or do not pass it when calling <code>CreateFramework</code> .
   *
   * <p>Property type {@code AWS::Backup::Framework.ControlScope}.
   */
  public static final class ControlScope extends Struct<ControlScope> {
    private static final Schema SCHEMA = Schema.of("AWS::Backup::Framework.ControlScope");

    public ControlScope() {
      super(SCHEMA);
    }

    /**
     * The ID of the only AWS resource that you want your control scope to contain.
     *
     * <p>CloudFormation property {@code ComplianceResourceIds}.
     */
    public ControlScope complianceResourceIds(List<String> value) {
      return set("ComplianceResourceIds", Value.listOf(value));
    }

    /**
     * Sets {@code ComplianceResourceIds} to this value; see {@link #complianceResourceIds(List)}.
     */
    public ControlScope complianceResourceIds(Value<List<String>> value) {
      return set("ComplianceResourceIds", value);
    }

    /**
     * Describes whether the control scope includes one or more types of resources, such as
     * <code>EFS</code> or <code>RDS</code> .
     *
     * <p>CloudFormation property {@code ComplianceResourceTypes}.
     */
    public ControlScope complianceResourceTypes(List<String> value) {
      return set("ComplianceResourceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code ComplianceResourceTypes} to this value; see {@link
     * #complianceResourceTypes(List)}.
     */
    public ControlScope complianceResourceTypes(Value<List<String>> value) {
      return set("ComplianceResourceTypes", value);
    }

    /**
     * The tag key-value pair applied to those AWS resources that you want to trigger an evaluation
     * for a rule. A maximum of one key-value pair can be provided. The tag value is optional, but
     * it cannot be an empty string if you are creating or editing a framework from the console
     * (though the value can be an empty string when included in a CloudFormation template).
     *
     * <p>The structure to assign a tag is: <code>[{"Key":"string","Value":"string"}]</code> .
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public ControlScope tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public ControlScope tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * Contains detailed information about all of the controls of a framework. Each framework must
   * contain at least one control.
   *
   * <p>Property type {@code AWS::Backup::Framework.FrameworkControl}.
   */
  public static final class FrameworkControl extends Struct<FrameworkControl> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::Framework.FrameworkControl")
        .required("ControlName")
        .build();

    public FrameworkControl() {
      super(SCHEMA);
    }

    /**
     * The name/value pairs.
     *
     * <p>CloudFormation property {@code ControlInputParameters}.
     */
    public FrameworkControl controlInputParameters(List<ControlInputParameter> value) {
      return set("ControlInputParameters", Value.listOf(value));
    }

    /**
     * Sets {@code ControlInputParameters} to this value; see {@link #controlInputParameters(List)}.
     */
    public FrameworkControl controlInputParameters(Value<List<ControlInputParameter>> value) {
      return set("ControlInputParameters", value);
    }

    /**
     * Sets {@code ControlInputParameters} to a list of these; see {@link
     * #controlInputParameters(List)}.
     */
    public FrameworkControl controlInputParameters(ControlInputParameter... values) {
      return set("ControlInputParameters", Value.list(values));
    }

    /**
     * The name of a control. This name is between 1 and 256 characters.
     *
     * <p>Required. CloudFormation property {@code ControlName}.
     */
    public FrameworkControl controlName(String value) {
      return set("ControlName", Value.of(value));
    }

    /** Sets {@code ControlName} to this value; see {@link #controlName(String)}. */
    public FrameworkControl controlName(Value<String> value) {
      return set("ControlName", value);
    }

    /**
     * The scope of a control. The control scope defines what the control will evaluate. Three
     * examples of control scopes are: a specific backup plan, all backup plans with a specific tag,
     * or all backup plans.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ControlScope.html"><code>ControlScope</code>
     * .</a>
     *
     * <p>CloudFormation property {@code ControlScope}.
     */
    public FrameworkControl controlScope(Value<ControlScope> value) {
      return set("ControlScope", value);
    }
  }
}
