// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearchserverless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a lifecyle policy to be applied to OpenSearch Serverless indexes. Lifecycle policies
 * define the number of days or hours to retain the data on an OpenSearch Serverless index. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-lifecycle.html#serverless-lifecycle-create">Creating
 * data lifecycle policies</a> .
 *
 * <p>CloudFormation type {@code AWS::OpenSearchServerless::LifecyclePolicy}.
 */
public final class LifecyclePolicy extends Resource<LifecyclePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::LifecyclePolicy")
      .required("Name", "Policy", "Type")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1000))
      .constrain("Name", Constraint.of().pattern("^[a-z][a-z0-9-]+$").minLength(3).maxLength(32))
      .constrain("Policy", Constraint.of().pattern("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+").minLength(1).maxLength(20480))
      .allowed("Type", "retention")
      .build();

  public LifecyclePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the lifecycle policy.
   *
   * <p>Length: 0 to 1000 characters. CloudFormation property {@code Description}.
   */
  public LifecyclePolicy description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LifecyclePolicy description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the lifecycle policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 32 characters. Pattern: {@code
   * ^[a-z][a-z0-9-]+$}. CloudFormation property {@code Name}.
   */
  public LifecyclePolicy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public LifecyclePolicy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The JSON policy document without any whitespaces.
   *
   * <p>Required. Length: 1 to 20480 characters. Pattern: {@code
   * [&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007E&#92;u00A1-&#92;u00FF]+}. CloudFormation
   * property {@code Policy}.
   */
  public LifecyclePolicy policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public LifecyclePolicy policy(Value<String> value) {
    return set("Policy", value);
  }

  /**
   * The type of lifecycle policy.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code retention}.
   * CloudFormation property {@code Type}.
   */
  public LifecyclePolicy typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public LifecyclePolicy typeProperty(Value<String> value) {
    return set("Type", value);
  }
}
