// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.backup;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * This request can be sent after CreateRestoreTestingPlan request returns successfully. This is the
 * second part of creating a resource testing plan, and it must be completed sequentially.
 *
 * <p>This consists of <code>RestoreTestingSelectionName</code> , <code>ProtectedResourceType</code>
 * , and one of the following:
 *
 * <ul> <li><code>ProtectedResourceArns</code> <li><code>ProtectedResourceConditions</code> </ul>
 *
 * <p>Each protected resource type can have one single value.
 *
 * <p>A restore testing selection can include a wildcard value ("*") for
 * <code>ProtectedResourceArns</code> along with <code>ProtectedResourceConditions</code> .
 * Alternatively, you can include up to 30 specific protected resource ARNs in
 * <code>ProtectedResourceArns</code> .
 *
 * <p>Cannot select by both protected resource types AND specific ARNs. Request will fail if both
 * are included.
 *
 * <p>CloudFormation type {@code AWS::Backup::RestoreTestingSelection}.
 */
public final class RestoreTestingSelection extends Resource<RestoreTestingSelection> {
  private static final Schema SCHEMA = Schema.builder("AWS::Backup::RestoreTestingSelection")
      .required("IamRoleArn", "ProtectedResourceType", "RestoreTestingPlanName",
          "RestoreTestingSelectionName")
      .constrain("IamRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .build();

  public RestoreTestingSelection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that AWS Backup uses to create the target
   * resource; for example: <code>arn:aws:iam::123456789012:role/S3Access</code> .
   *
   * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code IamRoleArn}.
   */
  public RestoreTestingSelection iamRoleArn(String value) {
    return set("IamRoleArn", Value.of(value));
  }

  /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
  public RestoreTestingSelection iamRoleArn(Value<String> value) {
    return set("IamRoleArn", value);
  }

  /**
   * You can include specific ARNs, such as <code>ProtectedResourceArns: ["arn:aws:...",
   * "arn:aws:..."]</code> or you can include a wildcard: <code>ProtectedResourceArns: ["*"]</code>
   * , but not both.
   *
   * <p>CloudFormation property {@code ProtectedResourceArns}.
   */
  public RestoreTestingSelection protectedResourceArns(List<String> value) {
    return set("ProtectedResourceArns", Value.listOf(value));
  }

  /** Sets {@code ProtectedResourceArns} to this value; see {@link #protectedResourceArns(List)}. */
  public RestoreTestingSelection protectedResourceArns(Value<List<String>> value) {
    return set("ProtectedResourceArns", value);
  }

  /**
   * In a resource testing selection, this parameter filters by specific conditions such as
   * <code>StringEquals</code> or <code>StringNotEquals</code> .
   *
   * <p>CloudFormation property {@code ProtectedResourceConditions}.
   */
  public RestoreTestingSelection protectedResourceConditions(Value<ProtectedResourceConditions> value) {
    return set("ProtectedResourceConditions", value);
  }

  /**
   * The type of AWS resource included in a resource testing selection; for example, an Amazon EBS
   * volume or an Amazon RDS database.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ProtectedResourceType}.
   */
  public RestoreTestingSelection protectedResourceType(String value) {
    return set("ProtectedResourceType", Value.of(value));
  }

  /**
   * Sets {@code ProtectedResourceType} to this value; see {@link #protectedResourceType(String)}.
   */
  public RestoreTestingSelection protectedResourceType(Value<String> value) {
    return set("ProtectedResourceType", value);
  }

  /**
   * You can override certain restore metadata keys by including the parameter
   * <code>RestoreMetadataOverrides</code> in the body of <code>RestoreTestingSelection</code> . Key
   * values are not case sensitive.
   *
   * <p>See the complete list of <a
   * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/restore-testing-inferred-metadata.html">restore
   * testing inferred metadata</a> .
   *
   * <p>CloudFormation property {@code RestoreMetadataOverrides}.
   */
  public RestoreTestingSelection restoreMetadataOverrides(Map<String, String> value) {
    return set("RestoreMetadataOverrides", Value.mapOf(value));
  }

  /**
   * Sets {@code RestoreMetadataOverrides} to this value; see {@link
   * #restoreMetadataOverrides(Map)}.
   */
  public RestoreTestingSelection restoreMetadataOverrides(Value<Map<String, String>> value) {
    return set("RestoreMetadataOverrides", value);
  }

  /**
   * Unique string that is the name of the restore testing plan.
   *
   * <p>The name cannot be changed after creation. The name must consist of only alphanumeric
   * characters and underscores. Maximum length is 50.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * RestoreTestingPlanName}.
   */
  public RestoreTestingSelection restoreTestingPlanName(String value) {
    return set("RestoreTestingPlanName", Value.of(value));
  }

  /**
   * Sets {@code RestoreTestingPlanName} to this value; see {@link #restoreTestingPlanName(String)}.
   */
  public RestoreTestingSelection restoreTestingPlanName(Value<String> value) {
    return set("RestoreTestingPlanName", value);
  }

  /**
   * The unique name of the restore testing selection that belongs to the related restore testing
   * plan.
   *
   * <p>The name consists of only alphanumeric characters and underscores. Maximum length is 50.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * RestoreTestingSelectionName}.
   */
  public RestoreTestingSelection restoreTestingSelectionName(String value) {
    return set("RestoreTestingSelectionName", Value.of(value));
  }

  /**
   * Sets {@code RestoreTestingSelectionName} to this value; see {@link
   * #restoreTestingSelectionName(String)}.
   */
  public RestoreTestingSelection restoreTestingSelectionName(Value<String> value) {
    return set("RestoreTestingSelectionName", value);
  }

  /**
   * This is amount of hours (1 to 168) available to run a validation script on the data. The data
   * will be deleted upon the completion of the validation script or the end of the specified
   * retention period, whichever comes first.
   *
   * <p>CloudFormation property {@code ValidationWindowHours}.
   */
  public RestoreTestingSelection validationWindowHours(int value) {
    return set("ValidationWindowHours", Value.of(value));
  }

  /** Sets {@code ValidationWindowHours} to this value; see {@link #validationWindowHours(int)}. */
  public RestoreTestingSelection validationWindowHours(Value<Integer> value) {
    return set("ValidationWindowHours", value);
  }

  /**
   * Pair of two related strings. Allowed characters are letters, white space, and numbers that can
   * be represented in UTF-8 and the following characters: <code>+ - = . _ : /</code>
   *
   * <p>Property type {@code AWS::Backup::RestoreTestingSelection.KeyValue}.
   */
  public static final class KeyValue extends Struct<KeyValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::RestoreTestingSelection.KeyValue")
        .required("Key", "Value")
        .build();

    public KeyValue() {
      super(SCHEMA);
    }

    /**
     * The tag key.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public KeyValue key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public KeyValue key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag value.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public KeyValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public KeyValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The conditions that you define for resources in your restore testing plan using tags.
   *
   * <p>Property type {@code AWS::Backup::RestoreTestingSelection.ProtectedResourceConditions}.
   */
  public static final class ProtectedResourceConditions extends Struct<ProtectedResourceConditions> {
    private static final Schema SCHEMA = Schema.of("AWS::Backup::RestoreTestingSelection.ProtectedResourceConditions");

    public ProtectedResourceConditions() {
      super(SCHEMA);
    }

    /**
     * Filters the values of your tagged resources for only those resources that you tagged with the
     * same value. Also called "exact matching."
     *
     * <p>CloudFormation property {@code StringEquals}.
     */
    public ProtectedResourceConditions stringEquals(List<KeyValue> value) {
      return set("StringEquals", Value.listOf(value));
    }

    /** Sets {@code StringEquals} to this value; see {@link #stringEquals(List)}. */
    public ProtectedResourceConditions stringEquals(Value<List<KeyValue>> value) {
      return set("StringEquals", value);
    }

    /** Sets {@code StringEquals} to a list of these; see {@link #stringEquals(List)}. */
    public ProtectedResourceConditions stringEquals(KeyValue... values) {
      return set("StringEquals", Value.list(values));
    }

    /**
     * Filters the values of your tagged resources for only those resources that you tagged that do
     * not have the same value. Also called "negated matching."
     *
     * <p>CloudFormation property {@code StringNotEquals}.
     */
    public ProtectedResourceConditions stringNotEquals(List<KeyValue> value) {
      return set("StringNotEquals", Value.listOf(value));
    }

    /** Sets {@code StringNotEquals} to this value; see {@link #stringNotEquals(List)}. */
    public ProtectedResourceConditions stringNotEquals(Value<List<KeyValue>> value) {
      return set("StringNotEquals", value);
    }

    /** Sets {@code StringNotEquals} to a list of these; see {@link #stringNotEquals(List)}. */
    public ProtectedResourceConditions stringNotEquals(KeyValue... values) {
      return set("StringNotEquals", Value.list(values));
    }
  }
}
