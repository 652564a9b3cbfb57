// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.qbusiness;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Adds or updates a permission policy for a Amazon Q Business application, allowing cross-account
 * access for an ISV. This operation creates a new policy statement for the specified Amazon Q
 * Business application. The policy statement defines the IAM actions that the ISV is allowed to
 * perform on the Amazon Q Business application's resources.
 *
 * <p>CloudFormation type {@code AWS::QBusiness::Permission}.
 */
public final class Permission extends Resource<Permission> {
  private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Permission")
      .required("Actions", "ApplicationId", "Principal", "StatementId")
      .constrain("Actions", Constraint.of().pattern("^qbusiness:[a-zA-Z]+$"))
      .constrain("ApplicationId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$").minLength(36).maxLength(36))
      .constrain("Principal", Constraint.of().pattern("^arn:aws:iam::[0-9]{12}:role/[a-zA-Z0-9_/+=,.@-]+$").minLength(1).maxLength(1284))
      .constrain("StatementId", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(100))
      .build();

  public Permission(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of Amazon Q Business actions that the ISV is allowed to perform.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^qbusiness:[a-zA-Z]+$}.
   * CloudFormation property {@code Actions}.
   */
  public Permission actions(List<String> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public Permission actions(Value<List<String>> value) {
    return set("Actions", value);
  }

  /**
   * The unique identifier of the Amazon Q Business application.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9-]{35}$}. CloudFormation property {@code ApplicationId}.
   */
  public Permission applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public Permission applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Conditions}. */
  public Permission conditions(List<Condition> value) {
    return set("Conditions", Value.listOf(value));
  }

  /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
  public Permission conditions(Value<List<Condition>> value) {
    return set("Conditions", value);
  }

  /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
  public Permission conditions(Condition... values) {
    return set("Conditions", Value.list(values));
  }

  /**
   * Provides user and group information used for filtering documents to use for generating Amazon Q
   * Business conversation responses.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1284 characters. Pattern: {@code
   * ^arn:aws:iam::[0-9]{12}:role/[a-zA-Z0-9_/+=,.&#64;-]+$}. CloudFormation property {@code
   * Principal}.
   */
  public Permission principal(String value) {
    return set("Principal", Value.of(value));
  }

  /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
  public Permission principal(Value<String> value) {
    return set("Principal", value);
  }

  /**
   * A unique identifier for the policy statement.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code StatementId}.
   */
  public Permission statementId(String value) {
    return set("StatementId", Value.of(value));
  }

  /** Sets {@code StatementId} to this value; see {@link #statementId(String)}. */
  public Permission statementId(Value<String> value) {
    return set("StatementId", value);
  }

  /** Property type {@code AWS::QBusiness::Permission.Condition}. */
  public static final class Condition extends Struct<Condition> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Permission.Condition")
        .required("ConditionKey", "ConditionOperator", "ConditionValues")
        .constrain("ConditionKey", Constraint.of().pattern("^aws:PrincipalTag/qbusiness-dataaccessor:[a-zA-Z]+"))
        .allowed("ConditionOperator", "StringEquals")
        .build();

    public Condition() {
      super(SCHEMA);
    }

    /**
     * Required. Pattern: {@code ^aws:PrincipalTag/qbusiness-dataaccessor:[a-zA-Z]+}. CloudFormation
     * property {@code ConditionKey}.
     */
    public Condition conditionKey(String value) {
      return set("ConditionKey", Value.of(value));
    }

    /** Sets {@code ConditionKey} to this value; see {@link #conditionKey(String)}. */
    public Condition conditionKey(Value<String> value) {
      return set("ConditionKey", value);
    }

    /**
     * Required. Allowed values: {@code StringEquals}. CloudFormation property {@code
     * ConditionOperator}.
     */
    public Condition conditionOperator(String value) {
      return set("ConditionOperator", Value.of(value));
    }

    /** Sets {@code ConditionOperator} to this value; see {@link #conditionOperator(String)}. */
    public Condition conditionOperator(Value<String> value) {
      return set("ConditionOperator", value);
    }

    /** Required. CloudFormation property {@code ConditionValues}. */
    public Condition conditionValues(List<String> value) {
      return set("ConditionValues", Value.listOf(value));
    }

    /** Sets {@code ConditionValues} to this value; see {@link #conditionValues(List)}. */
    public Condition conditionValues(Value<List<String>> value) {
      return set("ConditionValues", value);
    }
  }
}
