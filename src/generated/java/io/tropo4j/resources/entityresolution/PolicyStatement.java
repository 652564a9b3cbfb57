// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.entityresolution;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Adds a policy statement object. To retrieve a list of existing policy statements, use the
 * <code>GetPolicy</code> API.
 *
 * <p>CloudFormation type {@code AWS::EntityResolution::PolicyStatement}.
 */
public final class PolicyStatement extends Resource<PolicyStatement> {
  private static final Schema SCHEMA = Schema.builder("AWS::EntityResolution::PolicyStatement")
      .required("Arn", "StatementId")
      .constrain("Action", Constraint.of().pattern("^(entityresolution:[a-zA-Z0-9]+)$").minLength(3).maxLength(64))
      .constrain("Arn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn):entityresolution:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:((schemamapping|matchingworkflow|idmappingworkflow|idnamespace)/[a-zA-Z_0-9-]{1,255})$"))
      .constrain("Condition", Constraint.of().minLength(1).maxLength(40960))
      .allowed("Effect", "Allow", "Deny")
      .constrain("Principal", Constraint.of().pattern("^(\\\\d{12})|([a-z0-9\\\\.]+)$").minLength(12).maxLength(64))
      .constrain("StatementId", Constraint.of().pattern("^[0-9A-Za-z]+$").minLength(1).maxLength(64))
      .build();

  public PolicyStatement(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The action that the principal can use on the resource.
   *
   * <p>For example, <code>entityresolution:GetIdMappingJob</code> ,
   * <code>entityresolution:GetMatchingJob</code> .
   *
   * <p>Length: 3 to 64 characters. Pattern: {@code ^(entityresolution:[a-zA-Z0-9]+)$}.
   * CloudFormation property {@code Action}.
   */
  public PolicyStatement action(List<String> value) {
    return set("Action", Value.listOf(value));
  }

  /** Sets {@code Action} to this value; see {@link #action(List)}. */
  public PolicyStatement action(Value<List<String>> value) {
    return set("Action", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource that will be accessed by the principal.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn):entityresolution:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:((schemamapping|matchingworkflow|idmappingworkflow|idnamespace)/[a-zA-Z_0-9-]{1,255})$}.
   * CloudFormation property {@code Arn}.
   */
  public PolicyStatement arn(String value) {
    return set("Arn", Value.of(value));
  }

  /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
  public PolicyStatement arn(Value<String> value) {
    return set("Arn", value);
  }

  /**
   * A set of condition keys that you can use in key policies.
   *
   * <p>Length: 1 to 40960 characters. CloudFormation property {@code Condition}.
   */
  public PolicyStatement conditionProperty(String value) {
    return set("Condition", Value.of(value));
  }

  /** Sets {@code Condition} to this value; see {@link #conditionProperty(String)}. */
  public PolicyStatement conditionProperty(Value<String> value) {
    return set("Condition", value);
  }

  /**
   * Determines whether the permissions specified in the policy are to be allowed (
   * <code>Allow</code> ) or denied ( <code>Deny</code> ).
   *
   * <p>If you set the value of the <code>effect</code> parameter to <code>Deny</code> for the
   * <code>AddPolicyStatement</code> operation, you must also set the value of the
   * <code>effect</code> parameter in the <code>policy</code> to <code>Deny</code> for the
   * <code>PutPolicy</code> operation.
   *
   * <p>Allowed values: {@code Allow}, {@code Deny}. CloudFormation property {@code Effect}.
   */
  public PolicyStatement effect(String value) {
    return set("Effect", Value.of(value));
  }

  /** Sets {@code Effect} to this value; see {@link #effect(String)}. */
  public PolicyStatement effect(Value<String> value) {
    return set("Effect", value);
  }

  /**
   * The AWS service or AWS account that can access the resource defined as ARN.
   *
   * <p>Length: 12 to 64 characters. Pattern: {@code ^(&#92;&#92;d{12})|([a-z0-9&#92;&#92;.]+)$}.
   * CloudFormation property {@code Principal}.
   */
  public PolicyStatement principal(List<String> value) {
    return set("Principal", Value.listOf(value));
  }

  /** Sets {@code Principal} to this value; see {@link #principal(List)}. */
  public PolicyStatement principal(Value<List<String>> value) {
    return set("Principal", value);
  }

  /**
   * A statement identifier that differentiates the statement from others in the same policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[0-9A-Za-z]+$}. CloudFormation property {@code StatementId}.
   */
  public PolicyStatement statementId(String value) {
    return set("StatementId", Value.of(value));
  }

  /** Sets {@code StatementId} to this value; see {@link #statementId(String)}. */
  public PolicyStatement statementId(Value<String> value) {
    return set("StatementId", value);
  }
}
