// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::CloudFormation::ChangeSet
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::ChangeSet}.
 */
public final class ChangeSet extends Resource<ChangeSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::ChangeSet")
      .required("ChangeSetName", "StackName")
      .allowed("Capabilities", "CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND")
      .constrain("ChangeSetName", Constraint.of().pattern("^[a-zA-Z][-a-zA-Z0-9]*$").minLength(1).maxLength(128))
      .allowed("ChangeSetType", "CREATE", "UPDATE", "IMPORT")
      .allowed("DeploymentMode", "REVERT_DRIFT")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .allowed("OnStackFailure", "DO_NOTHING", "ROLLBACK", "DELETE")
      .constrain("RoleARN", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("StackName", Constraint.of().pattern("^([a-zA-Z][-a-zA-Z0-9]*)|(arn:\\b(aws|aws-us-gov|aws-cn)\\b:[-a-zA-Z0-9:/._+]*)$").minLength(1))
      .constrain("TemplateBody", Constraint.of().minLength(1))
      .constrain("TemplateURL", Constraint.of().minLength(1).maxLength(5120))
      .refYields("ChangeSetId")
      .attributes("ChangeSetId", "CreationTime", "StackId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ChangeSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The capabilities that are allowed in the stack.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CAPABILITY_IAM}, {@code
   * CAPABILITY_NAMED_IAM}, {@code CAPABILITY_AUTO_EXPAND}. CloudFormation property {@code
   * Capabilities}.
   */
  public ChangeSet capabilities(List<String> value) {
    return set("Capabilities", Value.listOf(value));
  }

  /** Sets {@code Capabilities} to this value; see {@link #capabilities(List)}. */
  public ChangeSet capabilities(Value<List<String>> value) {
    return set("Capabilities", value);
  }

  /**
   * The name of the change set. Must be unique among all change sets associated with the specified
   * stack.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z][-a-zA-Z0-9]*$}. CloudFormation property {@code ChangeSetName}.
   */
  public ChangeSet changeSetName(String value) {
    return set("ChangeSetName", Value.of(value));
  }

  /** Sets {@code ChangeSetName} to this value; see {@link #changeSetName(String)}. */
  public ChangeSet changeSetName(Value<String> value) {
    return set("ChangeSetName", value);
  }

  /**
   * The type of change set operation.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CREATE}, {@code UPDATE}, {@code
   * IMPORT}. CloudFormation property {@code ChangeSetType}.
   */
  public ChangeSet changeSetType(String value) {
    return set("ChangeSetType", Value.of(value));
  }

  /** Sets {@code ChangeSetType} to this value; see {@link #changeSetType(String)}. */
  public ChangeSet changeSetType(Value<String> value) {
    return set("ChangeSetType", value);
  }

  /**
   * Determines how CloudFormation handles configuration drift during deployment.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code REVERT_DRIFT}. CloudFormation
   * property {@code DeploymentMode}.
   */
  public ChangeSet deploymentMode(String value) {
    return set("DeploymentMode", Value.of(value));
  }

  /** Sets {@code DeploymentMode} to this value; see {@link #deploymentMode(String)}. */
  public ChangeSet deploymentMode(Value<String> value) {
    return set("DeploymentMode", value);
  }

  /**
   * A description to help you identify this change set.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public ChangeSet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ChangeSet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Indicates if the change set imports resources that already exist.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ImportExistingResources}.
   */
  public ChangeSet importExistingResources(boolean value) {
    return set("ImportExistingResources", Value.of(value));
  }

  /**
   * Sets {@code ImportExistingResources} to this value; see {@link
   * #importExistingResources(boolean)}.
   */
  public ChangeSet importExistingResources(Value<Boolean> value) {
    return set("ImportExistingResources", value);
  }

  /**
   * Creates a change set for all nested stacks specified in the template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code IncludeNestedStacks}.
   */
  public ChangeSet includeNestedStacks(boolean value) {
    return set("IncludeNestedStacks", Value.of(value));
  }

  /** Sets {@code IncludeNestedStacks} to this value; see {@link #includeNestedStacks(boolean)}. */
  public ChangeSet includeNestedStacks(Value<Boolean> value) {
    return set("IncludeNestedStacks", value);
  }

  /**
   * The ARNs of Amazon SNS topics that CloudFormation associates with the stack.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NotificationARNs}.
   */
  public ChangeSet notificationARNs(List<String> value) {
    return set("NotificationARNs", Value.listOf(value));
  }

  /** Sets {@code NotificationARNs} to this value; see {@link #notificationARNs(List)}. */
  public ChangeSet notificationARNs(Value<List<String>> value) {
    return set("NotificationARNs", value);
  }

  /**
   * Determines what action will be taken if stack creation fails.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code DO_NOTHING}, {@code ROLLBACK},
   * {@code DELETE}. CloudFormation property {@code OnStackFailure}.
   */
  public ChangeSet onStackFailure(String value) {
    return set("OnStackFailure", Value.of(value));
  }

  /** Sets {@code OnStackFailure} to this value; see {@link #onStackFailure(String)}. */
  public ChangeSet onStackFailure(Value<String> value) {
    return set("OnStackFailure", value);
  }

  /**
   * The ARN of an IAM role that CloudFormation assumes when executing the change set.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
   */
  public ChangeSet roleARN(String value) {
    return set("RoleARN", Value.of(value));
  }

  /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
  public ChangeSet roleARN(Value<String> value) {
    return set("RoleARN", value);
  }

  /**
   * The name or unique ID of the stack for which you are creating a change set.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. Pattern: {@code
   * ^([a-zA-Z][-a-zA-Z0-9]*)|(arn:&#92;b(aws|aws-us-gov|aws-cn)&#92;b:[-a-zA-Z0-9:/._+]*)$}.
   * CloudFormation property {@code StackName}.
   */
  public ChangeSet stackName(String value) {
    return set("StackName", Value.of(value));
  }

  /** Sets {@code StackName} to this value; see {@link #stackName(String)}. */
  public ChangeSet stackName(Value<String> value) {
    return set("StackName", value);
  }

  /**
   * Key-value pairs to associate with the change set.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ChangeSet tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ChangeSet tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public ChangeSet tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ChangeSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A structure that contains the body of the revised template.
   *
   * <p>Changing it replaces the resource. Length: at least 1 characters. CloudFormation property
   * {@code TemplateBody}.
   */
  public ChangeSet templateBody(String value) {
    return set("TemplateBody", Value.of(value));
  }

  /** Sets {@code TemplateBody} to this value; see {@link #templateBody(String)}. */
  public ChangeSet templateBody(Value<String> value) {
    return set("TemplateBody", value);
  }

  /**
   * The URL of the file that contains the revised template.
   *
   * <p>Changing it replaces the resource. Length: 1 to 5120 characters. CloudFormation property
   * {@code TemplateURL}.
   */
  public ChangeSet templateURL(String value) {
    return set("TemplateURL", Value.of(value));
  }

  /** Sets {@code TemplateURL} to this value; see {@link #templateURL(String)}. */
  public ChangeSet templateURL(Value<String> value) {
    return set("TemplateURL", value);
  }

  /**
   * Whether to reuse the template associated with the stack to create the change set.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code UsePreviousTemplate}.
   */
  public ChangeSet usePreviousTemplate(boolean value) {
    return set("UsePreviousTemplate", Value.of(value));
  }

  /** Sets {@code UsePreviousTemplate} to this value; see {@link #usePreviousTemplate(boolean)}. */
  public ChangeSet usePreviousTemplate(Value<Boolean> value) {
    return set("UsePreviousTemplate", value);
  }

  /**
   * The ARN of the change set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChangeSetId}.
   */
  public Value<String> changeSetId() {
    return getAtt("ChangeSetId");
  }

  /**
   * The time the change set was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The unique ID of the stack.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StackId}.
   */
  public Value<String> stackId() {
    return getAtt("StackId");
  }

  /** Property type {@code AWS::CloudFormation::ChangeSet.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::ChangeSet.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(1).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 128 characters. CloudFormation property {@code Key}. */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Length: 1 to 256 characters. CloudFormation property {@code Value}. */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
