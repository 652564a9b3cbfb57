// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::CloudFormation::Stack</code> resource nests a stack as a resource in a top-level
 * template. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-nested-stacks.html">Nested
 * stacks</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>You can add output values from a nested stack within the containing template. You use the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-getatt.html">GetAtt</a>
 * function with the nested stack's logical name and the name of the output value in the nested
 * stack in the format <code>Outputs. <em>NestedStackOutputName</em></code> .
 *
 * <p>We strongly recommend that updates to nested stacks are run from the parent stack.
 *
 * <p>When you apply template changes to update a top-level stack, CloudFormation updates the
 * top-level stack and initiates an update to its nested stacks. CloudFormation updates the
 * resources of modified nested stacks, but doesn't update the resources of unmodified nested
 * stacks.
 *
 * <p>For stacks that contain IAM resources, you must acknowledge IAM capabilities. Also, make sure
 * that you have cancel update stack permissions, which are required if an update rolls back. For
 * more information about IAM and CloudFormation , see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/control-access-with-iam.html">Controlling
 * access with AWS Identity and Access Management</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>A subset of <code>AWS::CloudFormation::Stack</code> resource type properties listed below are
 * available to customers using CloudFormation , AWS CDK , and Cloud Control to configure. -
 * <code>NotificationARNs</code> - <code>Parameters</code> - <code>Tags</code> -
 * <code>TemplateURL</code> - <code>TimeoutInMinutes</code> These properties can be configured only
 * when using Cloud Control . This is because the below properties are set by the parent stack, and
 * thus cannot be configured using CloudFormation or AWS CDK but only Cloud Control . -
 * <code>Capabilities</code> - <code>Description</code> - <code>DisableRollback</code> -
 * <code>EnableTerminationProtection</code> - <code>RoleARN</code> - <code>StackName</code> -
 * <code>StackPolicyBody</code> - <code>StackPolicyURL</code> - <code>StackStatusReason</code> -
 * <code>TemplateBody</code> Customers that configure <code>AWS::CloudFormation::Stack</code> using
 * CloudFormation and AWS CDK can do so for nesting a CloudFormation stack as a resource in their
 * top-level template. These read-only properties can be accessed only when using Cloud Control . -
 * <code>ChangeSetId</code> - <code>CreationTime</code> - <code>LastUpdateTime</code> -
 * <code>Outputs</code> - <code>ParentId</code> - <code>RootId</code> - <code>StackId</code> -
 * <code>StackStatus</code>
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::Stack}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Stack extends Resource<Stack> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::Stack")
      .constrain("TemplateURL", Constraint.of().minLength(1).maxLength(1024))
      .constrain("TimeoutInMinutes", Constraint.of().minimum(1))
      .refYields("StackId")
      .attributes("ChangeSetId", "CreationTime", "LastUpdateTime", "Outputs", "ParentId", "RootId",
          "StackId", "StackStatus")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Stack(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon SNS topic ARNs to publish stack related events. You can find your Amazon SNS topic
   * ARNs using the Amazon SNS console or your Command Line Interface (CLI).
   *
   * <p>CloudFormation property {@code NotificationARNs}.
   */
  public Stack notificationARNs(List<String> value) {
    return set("NotificationARNs", Value.listOf(value));
  }

  /** Sets {@code NotificationARNs} to this value; see {@link #notificationARNs(List)}. */
  public Stack notificationARNs(Value<List<String>> value) {
    return set("NotificationARNs", value);
  }

  /**
   * The set value pairs that represent the parameters passed to CloudFormation when this nested
   * stack is created. Each parameter has a name corresponding to a parameter defined in the
   * embedded template and a value representing the value that you want to set for the parameter.
   *
   * <p>If you use the <code>Ref</code> function to pass a parameter value to a nested stack,
   * comma-delimited list parameters must be of type <code>String</code> . In other words, you can't
   * pass values that are of type <code>CommaDelimitedList</code> to nested stacks.
   *
   * <p>Required if the nested stack requires input parameters.
   *
   * <p>Whether an update causes interruptions depends on the resources that are being updated. An
   * update never causes a nested stack to be replaced.
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public Stack parameters(Map<String, String> value) {
    return set("Parameters", Value.mapOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
  public Stack parameters(Value<Map<String, String>> value) {
    return set("Parameters", value);
  }

  /**
   * Key-value pairs to associate with this stack. CloudFormation also propagates these tags to the
   * resources created in the stack. A maximum number of 50 tags can be specified.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Stack tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Stack tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Stack tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The URL of a file that contains the template body. The URL must point to a template (max size:
   * 1 MB) that's located in an Amazon S3 bucket. The location for an Amazon S3 bucket must start
   * with <code>https://</code> .
   *
   * <p>Whether an update causes interruptions depends on the resources that are being updated. An
   * update never causes a nested stack to be replaced.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code TemplateURL}.
   */
  public Stack templateURL(String value) {
    return set("TemplateURL", Value.of(value));
  }

  /** Sets {@code TemplateURL} to this value; see {@link #templateURL(String)}. */
  public Stack templateURL(Value<String> value) {
    return set("TemplateURL", value);
  }

  /**
   * The length of time, in minutes, that CloudFormation waits for the nested stack to reach the
   * <code>CREATE_COMPLETE</code> state. The default is no timeout. When CloudFormation detects that
   * the nested stack has reached the <code>CREATE_COMPLETE</code> state, it marks the nested stack
   * resource as <code>CREATE_COMPLETE</code> in the parent stack and resumes creating the parent
   * stack. If the timeout period expires before the nested stack reaches
   * <code>CREATE_COMPLETE</code> , CloudFormation marks the nested stack as failed and rolls back
   * both the nested stack and parent stack.
   *
   * <p>Updates aren't supported.
   *
   * <p>Range: at least 1. CloudFormation property {@code TimeoutInMinutes}.
   */
  public Stack timeoutInMinutes(int value) {
    return set("TimeoutInMinutes", Value.of(value));
  }

  /** Sets {@code TimeoutInMinutes} to this value; see {@link #timeoutInMinutes(int)}. */
  public Stack timeoutInMinutes(Value<Integer> value) {
    return set("TimeoutInMinutes", value);
  }

  /**
   * Returns the unique identifier of the change set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChangeSetId}.
   */
  public Value<String> changeSetId() {
    return getAtt("ChangeSetId");
  }

  /**
   * Returns the time the stack was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Returns the time the stack was last updated. This will only be returned if the stack has been
   * updated at least once.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdateTime}.
   */
  public Value<String> lastUpdateTime() {
    return getAtt("LastUpdateTime");
  }

  /**
   * Returns a list of output structures.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Outputs}.
   */
  public Value<List<Output>> outputs() {
    return getAtt("Outputs");
  }

  /**
   * For nested stacks, returns the stack ID of the direct parent of this stack. For the first level
   * of nested stacks, the root stack is also the parent stack.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ParentId}.
   */
  public Value<String> parentId() {
    return getAtt("ParentId");
  }

  /**
   * For nested stacks, returns the stack ID of the top-level stack to which the nested stack
   * ultimately belongs.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RootId}.
   */
  public Value<String> rootId() {
    return getAtt("RootId");
  }

  /**
   * Returns the unique identifier of the stack.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StackId}.
   */
  public Value<String> stackId() {
    return getAtt("StackId");
  }

  /**
   * Returns a success or failure message associated with the stack status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StackStatus}.
   */
  public Value<String> stackStatus() {
    return getAtt("StackStatus");
  }

  /**
   * The <code>Output</code> data type.
   *
   * <p>Property type {@code AWS::CloudFormation::Stack.Output}.
   */
  public static final class Output extends Struct<Output> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFormation::Stack.Output");

    public Output() {
      super(SCHEMA);
    }

    /**
     * User defined description associated with the output.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Output description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Output description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The name of the export associated with the output.
     *
     * <p>CloudFormation property {@code ExportName}.
     */
    public Output exportName(String value) {
      return set("ExportName", Value.of(value));
    }

    /** Sets {@code ExportName} to this value; see {@link #exportName(String)}. */
    public Output exportName(Value<String> value) {
      return set("ExportName", value);
    }

    /**
     * The key associated with the output.
     *
     * <p>CloudFormation property {@code OutputKey}.
     */
    public Output outputKey(String value) {
      return set("OutputKey", Value.of(value));
    }

    /** Sets {@code OutputKey} to this value; see {@link #outputKey(String)}. */
    public Output outputKey(Value<String> value) {
      return set("OutputKey", value);
    }

    /**
     * The value associated with the output.
     *
     * <p>CloudFormation property {@code OutputValue}.
     */
    public Output outputValue(String value) {
      return set("OutputValue", Value.of(value));
    }

    /** Sets {@code OutputValue} to this value; see {@link #outputValue(String)}. */
    public Output outputValue(Value<String> value) {
      return set("OutputValue", value);
    }
  }
}
