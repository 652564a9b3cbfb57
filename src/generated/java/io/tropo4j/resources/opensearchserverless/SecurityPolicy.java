// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearchserverless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates an encryption or network policy to be used by one or more OpenSearch Serverless
 * collections.
 *
 * <p>Network policies specify access to a collection and its OpenSearch Dashboards endpoint from
 * public networks or specific VPC endpoints. For more information, see <a
 * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-network.html">Network
 * access for Amazon OpenSearch Serverless</a> .
 *
 * <p>Encryption policies specify a KMS encryption key to assign to particular collections. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-encryption.html">Encryption
 * at rest for Amazon OpenSearch Serverless</a> .
 *
 * <p>CloudFormation type {@code AWS::OpenSearchServerless::SecurityPolicy}.
 */
public final class SecurityPolicy extends Resource<SecurityPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::SecurityPolicy")
      .required("Name", "Policy", "Type")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
      .constrain("Name", Constraint.of().pattern("^[a-z][a-z0-9-]{2,31}$").minLength(3).maxLength(32))
      .constrain("Policy", Constraint.of().pattern("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+").minLength(1).maxLength(20480))
      .allowed("Type", "encryption", "network")
      .build();

  public SecurityPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the security policy.
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
   */
  public SecurityPolicy description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SecurityPolicy description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 32 characters. Pattern: {@code
   * ^[a-z][a-z0-9-]{2,31}$}. CloudFormation property {@code Name}.
   */
  public SecurityPolicy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SecurityPolicy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The JSON policy document without any whitespaces.
   *
   * <p>Required. Length: 1 to 20480 characters. Pattern: {@code
   * [&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007E&#92;u00A1-&#92;u00FF]+}. CloudFormation
   * property {@code Policy}.
   */
  public SecurityPolicy policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public SecurityPolicy policy(Value<String> value) {
    return set("Policy", value);
  }

  /**
   * The type of security policy. Can be either <code>encryption</code> or <code>network</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code encryption}, {@code
   * network}. CloudFormation property {@code Type}.
   */
  public SecurityPolicy typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public SecurityPolicy typeProperty(Value<String> value) {
    return set("Type", value);
  }
}
