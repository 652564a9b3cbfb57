// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearchserverless;

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
      .allowed("Type", "retention")
      .build();

  public LifecyclePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the lifecycle policy.
   *
   * <p>CloudFormation property {@code Description}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
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
   * <p>Required. CloudFormation property {@code Policy}.
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
