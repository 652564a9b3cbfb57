// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Creates or updates a resource policy that allows other AWS services to put log events to this
 * account. An account can have up to 10 resource policies per AWS Region.
 *
 * <p>CloudFormation type {@code AWS::Logs::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::ResourcePolicy")
      .required("PolicyDocument", "PolicyName")
      .constrain("PolicyDocument", Constraint.of().pattern("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+").minLength(1).maxLength(51200))
      .constrain("PolicyName", Constraint.of().pattern("^([^:*\\/]+\\/?)*[^:*\\/]+$").minLength(1).maxLength(255))
      .refYields("PolicyName")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The details of the policy. It must be formatted in JSON, and you must use backslashes to escape
   * characters that need to be escaped in JSON strings, such as double quote marks.
   *
   * <p>Required. Length: 1 to 51200 characters. Pattern: {@code
   * [&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+}. CloudFormation property {@code
   * PolicyDocument}.
   */
  public ResourcePolicy policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public ResourcePolicy policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public ResourcePolicy policyDocument(Json value) {
    return set("PolicyDocument", value);
  }

  /**
   * The name of the resource policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^([^:*&#92;/]+&#92;/?)*[^:*&#92;/]+$}. CloudFormation property {@code PolicyName}.
   */
  public ResourcePolicy policyName(String value) {
    return set("PolicyName", Value.of(value));
  }

  /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
  public ResourcePolicy policyName(Value<String> value) {
    return set("PolicyName", value);
  }
}
