// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ECR::RegistryPolicy</code> resource creates or updates the permissions policy for
 * a private registry.
 *
 * <p>A private registry policy is used to specify permissions for another AWS account and is used
 * when configuring cross-account replication. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-permissions.html">Registry
 * permissions</a> in the <em>Amazon Elastic Container Registry User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ECR::RegistryPolicy}.
 */
public final class RegistryPolicy extends Resource<RegistryPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECR::RegistryPolicy")
      .required("PolicyText")
      .constrain("PolicyText", Constraint.of().minLength(0).maxLength(10240).format("json"))
      .refYields("RegistryId")
      .attributes("RegistryId")
      .build();

  public RegistryPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The JSON policy text for your registry.
   *
   * <p>Required. Length: 0 to 10240 characters. Format: {@code json}. CloudFormation property
   * {@code PolicyText}.
   */
  public RegistryPolicy policyText(Value<Json> value) {
    return set("PolicyText", value);
  }

  /**
   * The account ID of the private registry the policy is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistryId}.
   */
  public Value<String> registryId() {
    return getAtt("RegistryId");
  }
}
