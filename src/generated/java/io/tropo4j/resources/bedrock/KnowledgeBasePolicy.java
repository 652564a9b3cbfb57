// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Definition of AWS::Bedrock::KnowledgeBasePolicy Resource Type
 *
 * <p>CloudFormation type {@code AWS::Bedrock::KnowledgeBasePolicy}.
 */
public final class KnowledgeBasePolicy extends Resource<KnowledgeBasePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::KnowledgeBasePolicy")
      .required("KnowledgeBaseId", "PolicyDocument")
      .constrain("KnowledgeBaseId", Constraint.of().pattern("^[0-9a-zA-Z]+$").minLength(1).maxLength(10))
      .refYields("KnowledgeBaseId")
      .attributes("RevisionId")
      .build();

  public KnowledgeBasePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the knowledge base
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 10 characters. Pattern: {@code
   * ^[0-9a-zA-Z]+$}. CloudFormation property {@code KnowledgeBaseId}.
   */
  public KnowledgeBasePolicy knowledgeBaseId(String value) {
    return set("KnowledgeBaseId", Value.of(value));
  }

  /** Sets {@code KnowledgeBaseId} to this value; see {@link #knowledgeBaseId(String)}. */
  public KnowledgeBasePolicy knowledgeBaseId(Value<String> value) {
    return set("KnowledgeBaseId", value);
  }

  /**
   * The IAM policy document defining access permissions for the knowledge base
   *
   * <p>Required. CloudFormation property {@code PolicyDocument}.
   */
  public KnowledgeBasePolicy policyDocument(Value<Json> value) {
    return set("PolicyDocument", value);
  }

  /**
   * The revision identifier for the policy, used for optimistic concurrency control
   *
   * <p>{@code Fn::GetAtt} attribute {@code RevisionId}.
   */
  public Value<String> revisionId() {
    return getAtt("RevisionId");
  }
}
