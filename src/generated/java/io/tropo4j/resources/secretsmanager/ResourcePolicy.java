// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.secretsmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Attaches a resource-based permission policy to a secret. A resource-based policy is optional. If
 * a secret already has a resource policy attached, you must first remove it before attaching a new
 * policy using this CloudFormation resource. You can remove the policy using the <a
 * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html">console</a>
 * , <a
 * href="https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/delete-resource-policy.html">CLI</a>
 * , or <a
 * href="https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteResourcePolicy.html">API</a>
 * . For more information, see <a
 * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html">Authentication
 * and access control for Secrets Manager</a> .
 *
 * <p><em>Required permissions:</em> <code>secretsmanager:PutResourcePolicy</code> ,
 * <code>secretsmanager:GetResourcePolicy</code> . For more information, see <a
 * href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecretsmanager.html#awssecretsmanager-actions-as-permissions">IAM
 * policy actions for Secrets Manager</a> and <a
 * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html">Authentication
 * and access control in Secrets Manager</a> .
 *
 * <p>CloudFormation type {@code AWS::SecretsManager::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecretsManager::ResourcePolicy")
      .required("ResourcePolicy", "SecretId")
      .constrain("ResourcePolicy", Constraint.of().minLength(1).maxLength(20480).format("json"))
      .constrain("SecretId", Constraint.of().minLength(1).maxLength(2048))
      .references("SecretId", "AWS::SecretsManager::Secret.Ref")
      .refYields("SecretId")
      .attributes("Id")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether to block resource-based policies that allow broad access to the secret. By
   * default, Secrets Manager blocks policies that allow broad access, for example those that use a
   * wildcard for the principal.
   *
   * <p>CloudFormation property {@code BlockPublicPolicy}.
   */
  public ResourcePolicy blockPublicPolicy(boolean value) {
    return set("BlockPublicPolicy", Value.of(value));
  }

  /** Sets {@code BlockPublicPolicy} to this value; see {@link #blockPublicPolicy(boolean)}. */
  public ResourcePolicy blockPublicPolicy(Value<Boolean> value) {
    return set("BlockPublicPolicy", value);
  }

  /**
   * A JSON-formatted string for an AWS resource-based policy. For example policies, see <a
   * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html">Permissions
   * policy examples</a> .
   *
   * <p>Required. Length: 1 to 20480 characters. Format: {@code json}. CloudFormation property
   * {@code ResourcePolicy}.
   */
  public ResourcePolicy resourcePolicy(String value) {
    return set("ResourcePolicy", Value.of(value));
  }

  /** Sets {@code ResourcePolicy} to this value; see {@link #resourcePolicy(String)}. */
  public ResourcePolicy resourcePolicy(Value<String> value) {
    return set("ResourcePolicy", value);
  }

  /** Sets {@code ResourcePolicy} to this value; see {@link #resourcePolicy(String)}. */
  public ResourcePolicy resourcePolicy(Json value) {
    return set("ResourcePolicy", value);
  }

  /**
   * The ARN or name of the secret to attach the resource-based policy.
   *
   * <p>For an ARN, we recommend that you specify a complete ARN rather than a partial ARN.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation
   * property {@code SecretId}.
   */
  public ResourcePolicy secretId(String value) {
    return set("SecretId", Value.of(value));
  }

  /** Sets {@code SecretId} to this value; see {@link #secretId(String)}. */
  public ResourcePolicy secretId(Value<String> value) {
    return set("SecretId", value);
  }

  /**
   * Sets {@code SecretId} to the Ref of {@code AWS::SecretsManager::Secret}; see {@link
   * #secretId(String)}.
   */
  public ResourcePolicy secretId(Secret resource) {
    return set("SecretId", resource.ref());
  }

  /**
   * The Arn of the secret.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
