// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wafv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.appsync.GraphQLApi;
import io.tropo4j.resources.elasticloadbalancingv2.LoadBalancer;

/**
 * This is the latest version of <em>AWS WAF</em> , named AWS WAF V2, released in November, 2019.
 * For information, including how to migrate your AWS WAF resources from the prior release, see the
 * <a href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF
 * developer guide</a> .
 *
 * <p>Use a web ACL association to define an association between a web ACL and a regional
 * application resource, to protect the resource. A regional application can be an Application Load
 * Balancer (ALB), an REST API, an AWS AppSync GraphQL API, an Amazon Cognito user pool, an AWS App
 * Runner service, an AWS Amplify application, or an AWS Verified Access instance.
 *
 * <p>For Amazon CloudFront , don't use this resource. Instead, use your CloudFront distribution
 * configuration. To associate a web ACL with a distribution, provide the Amazon Resource Name (ARN)
 * of the <code>WebACL</code> to your CloudFront distribution configuration. To disassociate a web
 * ACL, provide an empty ARN. For information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudfront-distribution.html">AWS::CloudFront::Distribution</a>
 * .
 *
 * <p><em>Required permissions for customer-managed IAM policies</em>
 *
 * <p>This call requires permissions that are specific to the protected resource type. For details,
 * see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/security_iam_service-with-iam.html#security_iam_action-AssociateWebACL">Permissions
 * for AssociateWebACL</a> in the <em>AWS WAF Developer Guide</em> .
 *
 * <p><em>Temporary inconsistencies during updates</em>
 *
 * <p>When you create or change a web ACL or other AWS WAF resources, the changes take a small
 * amount of time to propagate to all areas where the resources are stored. The propagation time can
 * be from a few seconds to a number of minutes.
 *
 * <p>The following are examples of the temporary inconsistencies that you might notice during
 * change propagation:
 *
 * <ul> <li>After you create a web ACL, if you try to associate it with a resource, you might get an
 * exception indicating that the web ACL is unavailable. <li>After you add a rule group to a web
 * ACL, the new rule group rules might be in effect in one area where the web ACL is used and not in
 * another. <li>After you change a rule action setting, you might see the old action in some places
 * and the new action in others. <li>After you add an IP address to an IP set that is in use in a
 * blocking rule, the new address might be blocked in one area while still allowed in another. </ul>
 *
 * <p>CloudFormation type {@code AWS::WAFv2::WebACLAssociation}.
 */
public final class WebACLAssociation extends Resource<WebACLAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::WebACLAssociation")
      .required("ResourceArn", "WebACLArn")
      .constrain("ResourceArn", Constraint.of().pattern("\\S").minLength(20).maxLength(2048))
      .references("ResourceArn", "AWS::ElasticLoadBalancingV2::LoadBalancer.Ref",
          "AWS::WAFv2::WebACL.Arn", "AWS::AppSync::GraphQLApi.Ref")
      .constrain("WebACLArn", Constraint.of().pattern("\\S").minLength(20).maxLength(2048))
      .build();

  public WebACLAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource to associate with the web ACL.
   *
   * <p>The ARN must be in one of the following formats:
   *
   * <ul> <li>For an Application Load Balancer: <code>arn: <em>partition</em> :elasticloadbalancing:
   * <em>region</em> : <em>account-id</em> :loadbalancer/app/ <em>load-balancer-name</em> /
   * <em>load-balancer-id</em></code> <li>For an Amazon API Gateway REST API: <code>arn:
   * <em>partition</em> :apigateway: <em>region</em> ::/restapis/ <em>api-id</em> /stages/
   * <em>stage-name</em></code> <li>For an AWS AppSync GraphQL API: <code>arn: <em>partition</em>
   * :appsync: <em>region</em> : <em>account-id</em> :apis/ <em>GraphQLApiId</em></code> <li>For an
   * Amazon Cognito user pool: <code>arn: <em>partition</em> :cognito-idp: <em>region</em> :
   * <em>account-id</em> :userpool/ <em>user-pool-id</em></code> <li>For an AWS App Runner service:
   * <code>arn: <em>partition</em> :apprunner: <em>region</em> : <em>account-id</em> :service/
   * <em>apprunner-service-name</em> / <em>apprunner-service-id</em></code> <li>For an AWS Verified
   * Access instance: <code>arn: <em>partition</em> :ec2: <em>region</em> : <em>account-id</em>
   * :verified-access-instance/ <em>instance-id</em></code> <li>For an AWS Amplify instance:
   * <code>arn: <em>partition</em> :amplify: <em>region</em> : <em>account-id</em> :apps/
   * <em>app-id</em></code> </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * &#92;S}. CloudFormation property {@code ResourceArn}.
   */
  public WebACLAssociation resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public WebACLAssociation resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }

  /**
   * Sets {@code ResourceArn} to the Ref of {@code AWS::ElasticLoadBalancingV2::LoadBalancer}; see
   * {@link #resourceArn(String)}.
   */
  public WebACLAssociation resourceArn(LoadBalancer resource) {
    return set("ResourceArn", resource.ref());
  }

  /**
   * Sets {@code ResourceArn} to the Arn of {@code AWS::WAFv2::WebACL}; see {@link
   * #resourceArn(String)}.
   */
  public WebACLAssociation resourceArn(WebACL resource) {
    return set("ResourceArn", resource.arn());
  }

  /**
   * Sets {@code ResourceArn} to the Ref of {@code AWS::AppSync::GraphQLApi}; see {@link
   * #resourceArn(String)}.
   */
  public WebACLAssociation resourceArn(GraphQLApi resource) {
    return set("ResourceArn", resource.ref());
  }

  /**
   * The Amazon Resource Name (ARN) of the web ACL that you want to associate with the resource.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * &#92;S}. CloudFormation property {@code WebACLArn}.
   */
  public WebACLAssociation webACLArn(String value) {
    return set("WebACLArn", Value.of(value));
  }

  /** Sets {@code WebACLArn} to this value; see {@link #webACLArn(String)}. */
  public WebACLAssociation webACLArn(Value<String> value) {
    return set("WebACLArn", value);
  }
}
