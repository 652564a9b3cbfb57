// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.backup;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.dynamodb.Table;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * Specifies a set of resources to assign to a backup plan.
 *
 * <p>For a sample CloudFormation template, see the <a
 * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html#assigning-resources-cfn">AWS
 * Backup Developer Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::Backup::BackupSelection}.
 */
public final class BackupSelection extends Resource<BackupSelection> {
  private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupSelection")
      .required("BackupPlanId", "BackupSelection")
      .references("BackupPlanId", "AWS::Backup::BackupPlan.Ref")
      .refYields("Id")
      .attributes("BackupPlanId", "Id", "SelectionId")
      .build();

  public BackupSelection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Uniquely identifies a backup plan.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code BackupPlanId}.
   */
  public BackupSelection backupPlanId(String value) {
    return set("BackupPlanId", Value.of(value));
  }

  /** Sets {@code BackupPlanId} to this value; see {@link #backupPlanId(String)}. */
  public BackupSelection backupPlanId(Value<String> value) {
    return set("BackupPlanId", value);
  }

  /**
   * Sets {@code BackupPlanId} to the Ref of {@code AWS::Backup::BackupPlan}; see {@link
   * #backupPlanId(String)}.
   */
  public BackupSelection backupPlanId(BackupPlan resource) {
    return set("BackupPlanId", resource.ref());
  }

  /**
   * Specifies the body of a request to assign a set of resources to a backup plan.
   *
   * <p>It includes an array of resources, an optional array of patterns to exclude resources, an
   * optional role to provide access to the AWS service the resource belongs to, and an optional
   * array of tags used to identify a set of resources.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * BackupSelection}.
   */
  public BackupSelection backupSelection(Value<BackupSelectionResourceType> value) {
    return set("BackupSelection", value);
  }

  /**
   * Uniquely identifies a backup plan.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BackupPlanId}.
   */
  public Value<String> backupPlanId() {
    return getAtt("BackupPlanId");
  }

  /**
   * Uniquely identifies the backup selection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Uniquely identifies a request to assign a set of resources to a backup plan.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SelectionId}.
   */
  public Value<String> selectionId() {
    return getAtt("SelectionId");
  }

  /**
   * Specifies an object containing properties used to assign a set of resources to a backup plan.
   *
   * <p>Property type {@code AWS::Backup::BackupSelection.BackupSelectionResourceType}.
   */
  public static final class BackupSelectionResourceType extends Struct<BackupSelectionResourceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupSelection.BackupSelectionResourceType")
        .required("IamRoleArn", "SelectionName")
        .constrain("IamRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("IamRoleArn", "AWS::IAM::Role.Arn")
        .references("Resources", "AWS::DynamoDB::Table.Arn", "AWS::S3::Bucket.Arn")
        .constrain("SelectionName", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_\\.\\:]+$"))
        .build();

    public BackupSelectionResourceType() {
      super(SCHEMA);
    }

    /**
     * A list of conditions that you define to assign resources to your backup plans using tags. For
     * example, <code>"StringEquals": { "ConditionKey": "aws:ResourceTag/CreatedByCryo",
     * "ConditionValue": "true" },</code> . Condition operators are case sensitive.
     *
     * <p><code>Conditions</code> differs from <code>ListOfTags</code> as follows:
     *
     * <ul> <li>When you specify more than one condition, you only assign the resources that match
     * ALL conditions (using AND logic). <li><code>Conditions</code> supports
     * <code>StringEquals</code> , <code>StringLike</code> , <code>StringNotEquals</code> , and
     * <code>StringNotLike</code> . <code>ListOfTags</code> only supports <code>StringEquals</code>
     * . </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Conditions}.
     */
    public BackupSelectionResourceType conditions(Value<Conditions> value) {
      return set("Conditions", value);
    }

    /**
     * The ARN of the IAM role that AWS Backup uses to authenticate when backing up the target
     * resource; for example, <code>arn:aws:iam::123456789012:role/S3Access</code> .
     *
     * <p>Required. Changing it replaces the resource. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code IamRoleArn}.
     */
    public BackupSelectionResourceType iamRoleArn(String value) {
      return set("IamRoleArn", Value.of(value));
    }

    /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
    public BackupSelectionResourceType iamRoleArn(Value<String> value) {
      return set("IamRoleArn", value);
    }

    /**
     * Sets {@code IamRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #iamRoleArn(String)}.
     */
    public BackupSelectionResourceType iamRoleArn(Role resource) {
      return set("IamRoleArn", resource.arn());
    }

    /**
     * A list of conditions that you define to assign resources to your backup plans using tags. For
     * example, <code>"StringEquals": { "ConditionKey": "aws:ResourceTag/CreatedByCryo",
     * "ConditionValue": "true" },</code> . Condition operators are case sensitive.
     *
     * <p><code>ListOfTags</code> differs from <code>Conditions</code> as follows:
     *
     * <ul> <li>When you specify more than one condition, you assign all resources that match AT
     * LEAST ONE condition (using OR logic). <li><code>ListOfTags</code> only supports
     * <code>StringEquals</code> . <code>Conditions</code> supports <code>StringEquals</code> ,
     * <code>StringLike</code> , <code>StringNotEquals</code> , and <code>StringNotLike</code> .
     * </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ListOfTags}.
     */
    public BackupSelectionResourceType listOfTags(List<ConditionResourceType> value) {
      return set("ListOfTags", Value.listOf(value));
    }

    /** Sets {@code ListOfTags} to this value; see {@link #listOfTags(List)}. */
    public BackupSelectionResourceType listOfTags(Value<List<ConditionResourceType>> value) {
      return set("ListOfTags", value);
    }

    /** Sets {@code ListOfTags} to a list of these; see {@link #listOfTags(List)}. */
    public BackupSelectionResourceType listOfTags(ConditionResourceType... values) {
      return set("ListOfTags", Value.list(values));
    }

    /**
     * A list of Amazon Resource Names (ARNs) to exclude from a backup plan. The maximum number of
     * ARNs is 500 without wildcards, or 30 ARNs with wildcards.
     *
     * <p>If you need to exclude many resources from a backup plan, consider a different resource
     * selection strategy, such as assigning only one or a few resource types or refining your
     * resource selection using tags.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NotResources}.
     */
    public BackupSelectionResourceType notResources(List<String> value) {
      return set("NotResources", Value.listOf(value));
    }

    /** Sets {@code NotResources} to this value; see {@link #notResources(List)}. */
    public BackupSelectionResourceType notResources(Value<List<String>> value) {
      return set("NotResources", value);
    }

    /**
     * An array of strings that contain Amazon Resource Names (ARNs) of resources to assign to a
     * backup plan.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Resources}.
     */
    public BackupSelectionResourceType resources(List<String> value) {
      return set("Resources", Value.listOf(value));
    }

    /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
    public BackupSelectionResourceType resources(Value<List<String>> value) {
      return set("Resources", value);
    }

    /**
     * Sets {@code Resources} to the Arn of each {@code AWS::DynamoDB::Table}; see {@link
     * #resources(List)}.
     */
    public BackupSelectionResourceType resources(Table... resources) {
      return set("Resources", Value.attributes("Arn", resources));
    }

    /**
     * The display name of a resource selection document.
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code
     * ^[a-zA-Z0-9&#92;-&#92;_&#92;.&#92;:]+$}. CloudFormation property {@code SelectionName}.
     */
    public BackupSelectionResourceType selectionName(String value) {
      return set("SelectionName", Value.of(value));
    }

    /** Sets {@code SelectionName} to this value; see {@link #selectionName(String)}. */
    public BackupSelectionResourceType selectionName(Value<String> value) {
      return set("SelectionName", value);
    }
  }

  /**
   * Includes information about tags you define to assign tagged resources to a backup plan.
   *
   * <p>Include the prefix <code>aws:ResourceTag</code> in your tags. For example,
   * <code>"aws:ResourceTag/TagKey1": "Value1"</code> .
   *
   * <p>Property type {@code AWS::Backup::BackupSelection.ConditionParameter}.
   */
  public static final class ConditionParameter extends Struct<ConditionParameter> {
    private static final Schema SCHEMA = Schema.of("AWS::Backup::BackupSelection.ConditionParameter");

    public ConditionParameter() {
      super(SCHEMA);
    }

    /**
     * The key in a key-value pair. For example, in the tag <code>Department: Accounting</code> ,
     * <code>Department</code> is the key.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ConditionKey}.
     */
    public ConditionParameter conditionKey(String value) {
      return set("ConditionKey", Value.of(value));
    }

    /** Sets {@code ConditionKey} to this value; see {@link #conditionKey(String)}. */
    public ConditionParameter conditionKey(Value<String> value) {
      return set("ConditionKey", value);
    }

    /**
     * The value in a key-value pair. For example, in the tag <code>Department: Accounting</code> ,
     * <code>Accounting</code> is the value.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ConditionValue}.
     */
    public ConditionParameter conditionValue(String value) {
      return set("ConditionValue", Value.of(value));
    }

    /** Sets {@code ConditionValue} to this value; see {@link #conditionValue(String)}. */
    public ConditionParameter conditionValue(Value<String> value) {
      return set("ConditionValue", value);
    }
  }

  /**
   * Specifies an object that contains an array of triplets made up of a condition type (such as
   * <code>STRINGEQUALS</code> ), a key, and a value. Conditions are used to filter resources in a
   * selection that is assigned to a backup plan.
   *
   * <p>Property type {@code AWS::Backup::BackupSelection.ConditionResourceType}.
   */
  public static final class ConditionResourceType extends Struct<ConditionResourceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupSelection.ConditionResourceType")
        .required("ConditionKey", "ConditionType", "ConditionValue")
        .build();

    public ConditionResourceType() {
      super(SCHEMA);
    }

    /**
     * The key in a key-value pair. For example, in <code>"Department": "accounting"</code> ,
     * <code>"Department"</code> is the key.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code ConditionKey}.
     */
    public ConditionResourceType conditionKey(String value) {
      return set("ConditionKey", Value.of(value));
    }

    /** Sets {@code ConditionKey} to this value; see {@link #conditionKey(String)}. */
    public ConditionResourceType conditionKey(Value<String> value) {
      return set("ConditionKey", value);
    }

    /**
     * An operation, such as <code>STRINGEQUALS</code> , that is applied to a key-value pair used to
     * filter resources in a selection.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ConditionType}.
     */
    public ConditionResourceType conditionType(String value) {
      return set("ConditionType", Value.of(value));
    }

    /** Sets {@code ConditionType} to this value; see {@link #conditionType(String)}. */
    public ConditionResourceType conditionType(Value<String> value) {
      return set("ConditionType", value);
    }

    /**
     * The value in a key-value pair. For example, in <code>"Department": "accounting"</code> ,
     * <code>"accounting"</code> is the value.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ConditionValue}.
     */
    public ConditionResourceType conditionValue(String value) {
      return set("ConditionValue", Value.of(value));
    }

    /** Sets {@code ConditionValue} to this value; see {@link #conditionValue(String)}. */
    public ConditionResourceType conditionValue(Value<String> value) {
      return set("ConditionValue", value);
    }
  }

  /**
   * Contains information about which resources to include or exclude from a backup plan using their
   * tags. Conditions are case sensitive.
   *
   * <p>Property type {@code AWS::Backup::BackupSelection.Conditions}.
   */
  public static final class Conditions extends Struct<Conditions> {
    private static final Schema SCHEMA = Schema.of("AWS::Backup::BackupSelection.Conditions");

    public Conditions() {
      super(SCHEMA);
    }

    /**
     * Filters the values of your tagged resources for only those resources that you tagged with the
     * same value. Also called "exact matching."
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StringEquals}.
     */
    public Conditions stringEquals(List<ConditionParameter> value) {
      return set("StringEquals", Value.listOf(value));
    }

    /** Sets {@code StringEquals} to this value; see {@link #stringEquals(List)}. */
    public Conditions stringEquals(Value<List<ConditionParameter>> value) {
      return set("StringEquals", value);
    }

    /** Sets {@code StringEquals} to a list of these; see {@link #stringEquals(List)}. */
    public Conditions stringEquals(ConditionParameter... values) {
      return set("StringEquals", Value.list(values));
    }

    /**
     * Filters the values of your tagged resources for matching tag values with the use of a
     * wildcard character (<em>) anywhere in the string. For example, "prod</em>" or "<em>rod</em>"
     * matches the tag value "production".
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StringLike}.
     */
    public Conditions stringLike(List<ConditionParameter> value) {
      return set("StringLike", Value.listOf(value));
    }

    /** Sets {@code StringLike} to this value; see {@link #stringLike(List)}. */
    public Conditions stringLike(Value<List<ConditionParameter>> value) {
      return set("StringLike", value);
    }

    /** Sets {@code StringLike} to a list of these; see {@link #stringLike(List)}. */
    public Conditions stringLike(ConditionParameter... values) {
      return set("StringLike", Value.list(values));
    }

    /**
     * Filters the values of your tagged resources for only those resources that you tagged that do
     * not have the same value. Also called "negated matching."
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StringNotEquals}.
     */
    public Conditions stringNotEquals(List<ConditionParameter> value) {
      return set("StringNotEquals", Value.listOf(value));
    }

    /** Sets {@code StringNotEquals} to this value; see {@link #stringNotEquals(List)}. */
    public Conditions stringNotEquals(Value<List<ConditionParameter>> value) {
      return set("StringNotEquals", value);
    }

    /** Sets {@code StringNotEquals} to a list of these; see {@link #stringNotEquals(List)}. */
    public Conditions stringNotEquals(ConditionParameter... values) {
      return set("StringNotEquals", Value.list(values));
    }

    /**
     * Filters the values of your tagged resources for non-matching tag values with the use of a
     * wildcard character (*) anywhere in the string.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StringNotLike}.
     */
    public Conditions stringNotLike(List<ConditionParameter> value) {
      return set("StringNotLike", Value.listOf(value));
    }

    /** Sets {@code StringNotLike} to this value; see {@link #stringNotLike(List)}. */
    public Conditions stringNotLike(Value<List<ConditionParameter>> value) {
      return set("StringNotLike", value);
    }

    /** Sets {@code StringNotLike} to a list of these; see {@link #stringNotLike(List)}. */
    public Conditions stringNotLike(ConditionParameter... values) {
      return set("StringNotLike", Value.list(values));
    }
  }
}
