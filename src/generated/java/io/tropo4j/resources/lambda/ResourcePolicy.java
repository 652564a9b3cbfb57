// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Use the <code>AWS::Lambda::ResourcePolicy</code> resource to attach a resource-based policy to a
 * LAM resource. A resource-based policy applies to a single LAM resource, for example, a function,
 * function version, or function alias. To learn more about using resource-based policies with LAM,
 * see <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html">Working
 * with resource-based policies in</a> in the <em>Developer Guide</em>. You can use resource-based
 * policies to grant permissions to other AWS services, AWS accounts and organizations, and IAM
 * users and roles to access your LAM resource. You can also deny access to specific entities, and
 * use the full range of IAM global condition keys to further restrict who has access to your LAM
 * resource. For example, you can limit access to calls originating from a specified IP address or
 * VPC. A resource-based policy is a JSON document containing a number of statements. Each statement
 * defines the entities you want to grant permission to, the API actions you want to allow or deny,
 * and the LAM resource you want the statement to apply to. A statement can also optionally include
 * an array of logical conditions using the IAM global condition keys. To use the
 * <code>AWS::Lambda::ResourcePolicy</code> resource, make sure that you have the <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html#access-control-resource-based-permissions">resource-based
 * policy permissions for Lambda</a>. To learn more about creating resource-based policies, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html">Policies and
 * permissions in</a> in the <em>User Guide</em>. For more information about example policies for
 * providing permissions to AWS services, other AWS accounts, and IAM users and roles, see <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-examples.html">Example
 * resource-based policies for functions</a> in the <em>Developer Guide</em>. <b>Avoid mixing
 * permission resource types</b> To grant permissions to access your function, we recommend using
 * the <code>AWS::Lambda::ResourcePolicy</code> resource to set access permissions. With this
 * resource, you have more flexibility and fine-grained control than
 * <code>AWS::Lambda::Permission</code>. This resource grants an AWS service or another account
 * permission to call a particular API action on a function. You can also use the
 * <code>AWS::Lambda::Permission</code> resource, however using both
 * <code>AWS::Lambda::Permission</code> and <code>AWS::Lambda::ResourcePolicy</code> to set
 * permissions on a function can result in errors. Permissions defined in
 * <code>AWS::Lambda::Permission</code> can be unintentionally overwritten, whether in a single CFN
 * stack or across multiple stacks. Don't use both resource types to set permissions on a function.
 * To migrate existing permissions for a function from <code>AWS::Lambda::Permission</code> to
 * <code>AWS::Lambda::ResourcePolicy</code>, do the following: 1. Set a <code>Retain</code><a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">deletion
 * policy</a> on the <code>AWS::Lambda::Permission</code> resources you want to migrate. This is
 * necessary so that Lambda does not delete statements with the same statement ID when you delete
 * these resources. 1. Use the <a
 * href="https://docs.aws.amazon.com/lambda/latest/api/API_GetResourcePolicy.html">GetResourcePolicy</a>LAM
 * API to retrieve the resource-based policy currently attached to the function. 1. Use this policy
 * to create a new <code>AWS::Lambda::ResourcePolicy</code> resource. 1. Delete all the existing
 * <code>AWS::Lambda::Permission</code> resources for the function.
 *
 * <p>CloudFormation type {@code AWS::Lambda::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::ResourcePolicy")
      .required("PolicyDocument", "ResourceArn")
      .refYields("ResourceArn")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The policy document you want to add to your LAM resource. This is formatted as a JSON string.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html">Working
   * with resource-based policies in</a> in the <em>Developer Guide</em>.
   *
   * <p>Required. CloudFormation property {@code PolicyDocument}.
   */
  public ResourcePolicy policyDocument(Value<Json> value) {
    return set("PolicyDocument", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code ResourceArn}. */
  public ResourcePolicy resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public ResourcePolicy resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }
}
