// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticloadbalancingv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.cognito.UserPool;
import io.tropo4j.resources.cognito.UserPoolClient;
import java.util.List;
import java.util.Map;

/**
 * Specifies a listener rule. The listener must be associated with an Application Load Balancer.
 * Each rule consists of a priority, one or more actions, and one or more conditions.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html">Quotas
 * for your Application Load Balancers</a> in the <em>User Guide for Application Load Balancers</em>
 * .
 *
 * <p>CloudFormation type {@code AWS::ElasticLoadBalancingV2::ListenerRule}.
 */
public final class ListenerRule extends Resource<ListenerRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule")
      .required("Actions", "Conditions", "Priority")
      .references("ListenerArn", "AWS::ElasticLoadBalancingV2::Listener.Ref")
      .constrain("Priority", Constraint.of().minimum(1).maximum(50000))
      .refYields("RuleArn")
      .attributes("IsDefault", "RuleArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ListenerRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The actions.
   *
   * <p>The rule must include exactly one of the following types of actions: <code>forward</code> ,
   * <code>fixed-response</code> , or <code>redirect</code> , and it must be the last action to be
   * performed. If the rule is for an HTTPS listener, it can also optionally include an
   * authentication action.
   *
   * <p>Required. CloudFormation property {@code Actions}.
   */
  public ListenerRule actions(List<Action> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public ListenerRule actions(Value<List<Action>> value) {
    return set("Actions", value);
  }

  /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
  public ListenerRule actions(Action... values) {
    return set("Actions", Value.list(values));
  }

  /**
   * The conditions.
   *
   * <p>The rule can optionally include up to one of each of the following conditions:
   * <code>http-request-method</code> , <code>host-header</code> , <code>path-pattern</code> , and
   * <code>source-ip</code> . A rule can also optionally include one or more of each of the
   * following conditions: <code>http-header</code> and <code>query-string</code> .
   *
   * <p>Required. CloudFormation property {@code Conditions}.
   */
  public ListenerRule conditions(List<RuleCondition> value) {
    return set("Conditions", Value.listOf(value));
  }

  /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
  public ListenerRule conditions(Value<List<RuleCondition>> value) {
    return set("Conditions", value);
  }

  /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
  public ListenerRule conditions(RuleCondition... values) {
    return set("Conditions", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the listener.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ListenerArn}.
   */
  public ListenerRule listenerArn(String value) {
    return set("ListenerArn", Value.of(value));
  }

  /** Sets {@code ListenerArn} to this value; see {@link #listenerArn(String)}. */
  public ListenerRule listenerArn(Value<String> value) {
    return set("ListenerArn", value);
  }

  /**
   * Sets {@code ListenerArn} to the Ref of {@code AWS::ElasticLoadBalancingV2::Listener}; see
   * {@link #listenerArn(String)}.
   */
  public ListenerRule listenerArn(Listener resource) {
    return set("ListenerArn", resource.ref());
  }

  /**
   * The rule priority. A listener can't have multiple rules with the same priority.
   *
   * <p>If you try to reorder rules by updating their priorities, do not specify a new priority if
   * an existing rule already uses this priority, as this can cause an error. If you need to reuse a
   * priority with a different rule, you must remove it as a priority first, and then specify it in
   * a subsequent update.
   *
   * <p>Required. Range: 1 to 50000. CloudFormation property {@code Priority}.
   */
  public ListenerRule priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public ListenerRule priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /** CloudFormation property {@code Tags}. */
  public ListenerRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ListenerRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ListenerRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /** CloudFormation property {@code Transforms}. */
  public ListenerRule transforms(List<Transform> value) {
    return set("Transforms", Value.listOf(value));
  }

  /** Sets {@code Transforms} to this value; see {@link #transforms(List)}. */
  public ListenerRule transforms(Value<List<Transform>> value) {
    return set("Transforms", value);
  }

  /** Sets {@code Transforms} to a list of these; see {@link #transforms(List)}. */
  public ListenerRule transforms(Transform... values) {
    return set("Transforms", Value.list(values));
  }

  /**
   * Indicates whether this is the default rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsDefault}.
   */
  public Value<Boolean> isDefault() {
    return getAtt("IsDefault");
  }

  /**
   * The Amazon Resource Name (ARN) of the rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleArn}.
   */
  public Value<String> ruleArn() {
    return getAtt("RuleArn");
  }

  /**
   * Specifies an action for a listener rule.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.Action")
        .required("Type")
        .constrain("Order", Constraint.of().minimum(1).maximum(50000))
        .references("TargetGroupArn", "AWS::ElasticLoadBalancingV2::TargetGroup.Ref")
        .allowed("Type", "authenticate-cognito", "authenticate-oidc", "fixed-response", "forward",
            "jwt-validation", "redirect")
        .build();

    public Action() {
      super(SCHEMA);
    }

    /**
     * [HTTPS listeners] Information for using Amazon Cognito to authenticate users. Specify only
     * when <code>Type</code> is <code>authenticate-cognito</code> .
     *
     * <p>CloudFormation property {@code AuthenticateCognitoConfig}.
     */
    public Action authenticateCognitoConfig(Value<AuthenticateCognitoConfig> value) {
      return set("AuthenticateCognitoConfig", value);
    }

    /**
     * [HTTPS listeners] Information about an identity provider that is compliant with OpenID
     * Connect (OIDC). Specify only when <code>Type</code> is <code>authenticate-oidc</code> .
     *
     * <p>CloudFormation property {@code AuthenticateOidcConfig}.
     */
    public Action authenticateOidcConfig(Value<AuthenticateOidcConfig> value) {
      return set("AuthenticateOidcConfig", value);
    }

    /**
     * [Application Load Balancer] Information for creating an action that returns a custom HTTP
     * response. Specify only when <code>Type</code> is <code>fixed-response</code> .
     *
     * <p>CloudFormation property {@code FixedResponseConfig}.
     */
    public Action fixedResponseConfig(Value<FixedResponseConfig> value) {
      return set("FixedResponseConfig", value);
    }

    /**
     * Information for creating an action that distributes requests among multiple target groups.
     * Specify only when <code>Type</code> is <code>forward</code> .
     *
     * <p>If you specify both <code>ForwardConfig</code> and <code>TargetGroupArn</code> , you can
     * specify only one target group using <code>ForwardConfig</code> and it must be the same target
     * group specified in <code>TargetGroupArn</code> .
     *
     * <p>CloudFormation property {@code ForwardConfig}.
     */
    public Action forwardConfig(Value<ForwardConfig> value) {
      return set("ForwardConfig", value);
    }

    /**
     * [HTTPS listeners] Information for validating JWT access tokens in client requests. Specify
     * only when <code>Type</code> is <code>jwt-validation</code> .
     *
     * <p>CloudFormation property {@code JwtValidationConfig}.
     */
    public Action jwtValidationConfig(Value<JwtValidationConfig> value) {
      return set("JwtValidationConfig", value);
    }

    /**
     * The order for the action. This value is required for rules with multiple actions. The action
     * with the lowest value for order is performed first.
     *
     * <p>Range: 1 to 50000. CloudFormation property {@code Order}.
     */
    public Action order(int value) {
      return set("Order", Value.of(value));
    }

    /** Sets {@code Order} to this value; see {@link #order(int)}. */
    public Action order(Value<Integer> value) {
      return set("Order", value);
    }

    /**
     * [Application Load Balancer] Information for creating a redirect action. Specify only when
     * <code>Type</code> is <code>redirect</code> .
     *
     * <p>CloudFormation property {@code RedirectConfig}.
     */
    public Action redirectConfig(Value<RedirectConfig> value) {
      return set("RedirectConfig", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the target group. Specify only when <code>Type</code> is
     * <code>forward</code> and you want to route to a single target group. To route to multiple
     * target groups, you must use <code>ForwardConfig</code> instead.
     *
     * <p>CloudFormation property {@code TargetGroupArn}.
     */
    public Action targetGroupArn(String value) {
      return set("TargetGroupArn", Value.of(value));
    }

    /** Sets {@code TargetGroupArn} to this value; see {@link #targetGroupArn(String)}. */
    public Action targetGroupArn(Value<String> value) {
      return set("TargetGroupArn", value);
    }

    /**
     * Sets {@code TargetGroupArn} to the Ref of {@code AWS::ElasticLoadBalancingV2::TargetGroup};
     * see {@link #targetGroupArn(String)}.
     */
    public Action targetGroupArn(TargetGroup resource) {
      return set("TargetGroupArn", resource.ref());
    }

    /**
     * The type of action.
     *
     * <p>Required. Allowed values: {@code authenticate-cognito}, {@code authenticate-oidc}, {@code
     * fixed-response}, {@code forward}, {@code jwt-validation}, {@code redirect}. CloudFormation
     * property {@code Type}.
     */
    public Action type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Action type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Specifies information required when integrating with Amazon Cognito to authenticate users.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.AuthenticateCognitoConfig}.
   */
  public static final class AuthenticateCognitoConfig extends Struct<AuthenticateCognitoConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.AuthenticateCognitoConfig")
        .required("UserPoolArn", "UserPoolClientId", "UserPoolDomain")
        .allowed("OnUnauthenticatedRequest", "allow", "authenticate", "deny")
        .references("UserPoolArn", "AWS::Cognito::UserPool.Arn")
        .references("UserPoolClientId", "AWS::Cognito::UserPoolClient.Ref")
        .build();

    public AuthenticateCognitoConfig() {
      super(SCHEMA);
    }

    /**
     * The query parameters (up to 10) to include in the redirect request to the authorization
     * endpoint.
     *
     * <p>CloudFormation property {@code AuthenticationRequestExtraParams}.
     */
    public AuthenticateCognitoConfig authenticationRequestExtraParams(Map<String, String> value) {
      return set("AuthenticationRequestExtraParams", Value.mapOf(value));
    }

    /**
     * Sets {@code AuthenticationRequestExtraParams} to this value; see {@link
     * #authenticationRequestExtraParams(Map)}.
     */
    public AuthenticateCognitoConfig authenticationRequestExtraParams(Value<Map<String, String>> value) {
      return set("AuthenticationRequestExtraParams", value);
    }

    /**
     * The behavior if the user is not authenticated. The following are possible values:
     *
     * <ul> <li>deny `` - Return an HTTP 401 Unauthorized error. <li>allow `` - Allow the request to
     * be forwarded to the target. <li>authenticate `` - Redirect the request to the IdP
     * authorization endpoint. This is the default value. </ul>
     *
     * <p>Allowed values: {@code allow}, {@code authenticate}, {@code deny}. CloudFormation property
     * {@code OnUnauthenticatedRequest}.
     */
    public AuthenticateCognitoConfig onUnauthenticatedRequest(String value) {
      return set("OnUnauthenticatedRequest", Value.of(value));
    }

    /**
     * Sets {@code OnUnauthenticatedRequest} to this value; see {@link
     * #onUnauthenticatedRequest(String)}.
     */
    public AuthenticateCognitoConfig onUnauthenticatedRequest(Value<String> value) {
      return set("OnUnauthenticatedRequest", value);
    }

    /**
     * The set of user claims to be requested from the IdP. The default is <code>openid</code> .
     *
     * <p>To verify which scope values your IdP supports and how to separate multiple values, see
     * the documentation for your IdP.
     *
     * <p>CloudFormation property {@code Scope}.
     */
    public AuthenticateCognitoConfig scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public AuthenticateCognitoConfig scope(Value<String> value) {
      return set("Scope", value);
    }

    /**
     * The name of the cookie used to maintain session information. The default is
     * AWSELBAuthSessionCookie.
     *
     * <p>CloudFormation property {@code SessionCookieName}.
     */
    public AuthenticateCognitoConfig sessionCookieName(String value) {
      return set("SessionCookieName", Value.of(value));
    }

    /** Sets {@code SessionCookieName} to this value; see {@link #sessionCookieName(String)}. */
    public AuthenticateCognitoConfig sessionCookieName(Value<String> value) {
      return set("SessionCookieName", value);
    }

    /**
     * The maximum duration of the authentication session, in seconds. The default is 604800 seconds
     * (7 days).
     *
     * <p>CloudFormation property {@code SessionTimeout}.
     */
    public AuthenticateCognitoConfig sessionTimeout(int value) {
      return set("SessionTimeout", Value.of(value));
    }

    /** Sets {@code SessionTimeout} to this value; see {@link #sessionTimeout(int)}. */
    public AuthenticateCognitoConfig sessionTimeout(Value<Integer> value) {
      return set("SessionTimeout", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon Cognito user pool.
     *
     * <p>Required. CloudFormation property {@code UserPoolArn}.
     */
    public AuthenticateCognitoConfig userPoolArn(String value) {
      return set("UserPoolArn", Value.of(value));
    }

    /** Sets {@code UserPoolArn} to this value; see {@link #userPoolArn(String)}. */
    public AuthenticateCognitoConfig userPoolArn(Value<String> value) {
      return set("UserPoolArn", value);
    }

    /**
     * Sets {@code UserPoolArn} to the Arn of {@code AWS::Cognito::UserPool}; see {@link
     * #userPoolArn(String)}.
     */
    public AuthenticateCognitoConfig userPoolArn(UserPool resource) {
      return set("UserPoolArn", resource.arn());
    }

    /**
     * The ID of the Amazon Cognito user pool client.
     *
     * <p>Required. CloudFormation property {@code UserPoolClientId}.
     */
    public AuthenticateCognitoConfig userPoolClientId(String value) {
      return set("UserPoolClientId", Value.of(value));
    }

    /** Sets {@code UserPoolClientId} to this value; see {@link #userPoolClientId(String)}. */
    public AuthenticateCognitoConfig userPoolClientId(Value<String> value) {
      return set("UserPoolClientId", value);
    }

    /**
     * Sets {@code UserPoolClientId} to the Ref of {@code AWS::Cognito::UserPoolClient}; see {@link
     * #userPoolClientId(String)}.
     */
    public AuthenticateCognitoConfig userPoolClientId(UserPoolClient resource) {
      return set("UserPoolClientId", resource.ref());
    }

    /**
     * The domain prefix or fully-qualified domain name of the Amazon Cognito user pool.
     *
     * <p>Required. CloudFormation property {@code UserPoolDomain}.
     */
    public AuthenticateCognitoConfig userPoolDomain(String value) {
      return set("UserPoolDomain", Value.of(value));
    }

    /** Sets {@code UserPoolDomain} to this value; see {@link #userPoolDomain(String)}. */
    public AuthenticateCognitoConfig userPoolDomain(Value<String> value) {
      return set("UserPoolDomain", value);
    }
  }

  /**
   * Specifies information required using an identity provide (IdP) that is compliant with OpenID
   * Connect (OIDC) to authenticate users.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.AuthenticateOidcConfig}.
   */
  public static final class AuthenticateOidcConfig extends Struct<AuthenticateOidcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.AuthenticateOidcConfig")
        .required("AuthorizationEndpoint", "ClientId", "Issuer", "TokenEndpoint",
            "UserInfoEndpoint")
        .allowed("OnUnauthenticatedRequest", "allow", "authenticate", "deny")
        .build();

    public AuthenticateOidcConfig() {
      super(SCHEMA);
    }

    /**
     * The query parameters (up to 10) to include in the redirect request to the authorization
     * endpoint.
     *
     * <p>CloudFormation property {@code AuthenticationRequestExtraParams}.
     */
    public AuthenticateOidcConfig authenticationRequestExtraParams(Map<String, String> value) {
      return set("AuthenticationRequestExtraParams", Value.mapOf(value));
    }

    /**
     * Sets {@code AuthenticationRequestExtraParams} to this value; see {@link
     * #authenticationRequestExtraParams(Map)}.
     */
    public AuthenticateOidcConfig authenticationRequestExtraParams(Value<Map<String, String>> value) {
      return set("AuthenticationRequestExtraParams", value);
    }

    /**
     * The authorization endpoint of the IdP. This must be a full URL, including the HTTPS protocol,
     * the domain, and the path.
     *
     * <p>Required. CloudFormation property {@code AuthorizationEndpoint}.
     */
    public AuthenticateOidcConfig authorizationEndpoint(String value) {
      return set("AuthorizationEndpoint", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationEndpoint} to this value; see {@link #authorizationEndpoint(String)}.
     */
    public AuthenticateOidcConfig authorizationEndpoint(Value<String> value) {
      return set("AuthorizationEndpoint", value);
    }

    /**
     * The OAuth 2.0 client identifier.
     *
     * <p>Required. CloudFormation property {@code ClientId}.
     */
    public AuthenticateOidcConfig clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public AuthenticateOidcConfig clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The OAuth 2.0 client secret. This parameter is required if you are creating a rule. If you
     * are modifying a rule, you can omit this parameter if you set
     * <code>UseExistingClientSecret</code> to true.
     *
     * <p>CloudFormation property {@code ClientSecret}.
     */
    public AuthenticateOidcConfig clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public AuthenticateOidcConfig clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * The OIDC issuer identifier of the IdP. This must be a full URL, including the HTTPS protocol,
     * the domain, and the path.
     *
     * <p>Required. CloudFormation property {@code Issuer}.
     */
    public AuthenticateOidcConfig issuer(String value) {
      return set("Issuer", Value.of(value));
    }

    /** Sets {@code Issuer} to this value; see {@link #issuer(String)}. */
    public AuthenticateOidcConfig issuer(Value<String> value) {
      return set("Issuer", value);
    }

    /**
     * The behavior if the user is not authenticated. The following are possible values:
     *
     * <ul> <li>deny `` - Return an HTTP 401 Unauthorized error. <li>allow `` - Allow the request to
     * be forwarded to the target. <li>authenticate `` - Redirect the request to the IdP
     * authorization endpoint. This is the default value. </ul>
     *
     * <p>Allowed values: {@code allow}, {@code authenticate}, {@code deny}. CloudFormation property
     * {@code OnUnauthenticatedRequest}.
     */
    public AuthenticateOidcConfig onUnauthenticatedRequest(String value) {
      return set("OnUnauthenticatedRequest", Value.of(value));
    }

    /**
     * Sets {@code OnUnauthenticatedRequest} to this value; see {@link
     * #onUnauthenticatedRequest(String)}.
     */
    public AuthenticateOidcConfig onUnauthenticatedRequest(Value<String> value) {
      return set("OnUnauthenticatedRequest", value);
    }

    /**
     * The set of user claims to be requested from the IdP. The default is <code>openid</code> .
     *
     * <p>To verify which scope values your IdP supports and how to separate multiple values, see
     * the documentation for your IdP.
     *
     * <p>CloudFormation property {@code Scope}.
     */
    public AuthenticateOidcConfig scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public AuthenticateOidcConfig scope(Value<String> value) {
      return set("Scope", value);
    }

    /**
     * The name of the cookie used to maintain session information. The default is
     * AWSELBAuthSessionCookie.
     *
     * <p>CloudFormation property {@code SessionCookieName}.
     */
    public AuthenticateOidcConfig sessionCookieName(String value) {
      return set("SessionCookieName", Value.of(value));
    }

    /** Sets {@code SessionCookieName} to this value; see {@link #sessionCookieName(String)}. */
    public AuthenticateOidcConfig sessionCookieName(Value<String> value) {
      return set("SessionCookieName", value);
    }

    /**
     * The maximum duration of the authentication session, in seconds. The default is 604800 seconds
     * (7 days).
     *
     * <p>CloudFormation property {@code SessionTimeout}.
     */
    public AuthenticateOidcConfig sessionTimeout(int value) {
      return set("SessionTimeout", Value.of(value));
    }

    /** Sets {@code SessionTimeout} to this value; see {@link #sessionTimeout(int)}. */
    public AuthenticateOidcConfig sessionTimeout(Value<Integer> value) {
      return set("SessionTimeout", value);
    }

    /**
     * The token endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the
     * domain, and the path.
     *
     * <p>Required. CloudFormation property {@code TokenEndpoint}.
     */
    public AuthenticateOidcConfig tokenEndpoint(String value) {
      return set("TokenEndpoint", Value.of(value));
    }

    /** Sets {@code TokenEndpoint} to this value; see {@link #tokenEndpoint(String)}. */
    public AuthenticateOidcConfig tokenEndpoint(Value<String> value) {
      return set("TokenEndpoint", value);
    }

    /**
     * Indicates whether to use the existing client secret when modifying a rule. If you are
     * creating a rule, you can omit this parameter or set it to false.
     *
     * <p>CloudFormation property {@code UseExistingClientSecret}.
     */
    public AuthenticateOidcConfig useExistingClientSecret(boolean value) {
      return set("UseExistingClientSecret", Value.of(value));
    }

    /**
     * Sets {@code UseExistingClientSecret} to this value; see {@link
     * #useExistingClientSecret(boolean)}.
     */
    public AuthenticateOidcConfig useExistingClientSecret(Value<Boolean> value) {
      return set("UseExistingClientSecret", value);
    }

    /**
     * The user info endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the
     * domain, and the path.
     *
     * <p>Required. CloudFormation property {@code UserInfoEndpoint}.
     */
    public AuthenticateOidcConfig userInfoEndpoint(String value) {
      return set("UserInfoEndpoint", Value.of(value));
    }

    /** Sets {@code UserInfoEndpoint} to this value; see {@link #userInfoEndpoint(String)}. */
    public AuthenticateOidcConfig userInfoEndpoint(Value<String> value) {
      return set("UserInfoEndpoint", value);
    }
  }

  /**
   * Specifies information required when returning a custom HTTP response.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.FixedResponseConfig}.
   */
  public static final class FixedResponseConfig extends Struct<FixedResponseConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.FixedResponseConfig")
        .required("StatusCode")
        .constrain("ContentType", Constraint.of().minLength(0).maxLength(32))
        .constrain("MessageBody", Constraint.of().minLength(0).maxLength(1024))
        .constrain("StatusCode", Constraint.of().pattern("^(2|4|5)\\d\\d$"))
        .build();

    public FixedResponseConfig() {
      super(SCHEMA);
    }

    /**
     * The content type.
     *
     * <p>Valid Values: text/plain | text/css | text/html | application/javascript |
     * application/json
     *
     * <p>Length: 0 to 32 characters. CloudFormation property {@code ContentType}.
     */
    public FixedResponseConfig contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public FixedResponseConfig contentType(Value<String> value) {
      return set("ContentType", value);
    }

    /**
     * The message.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code MessageBody}.
     */
    public FixedResponseConfig messageBody(String value) {
      return set("MessageBody", Value.of(value));
    }

    /** Sets {@code MessageBody} to this value; see {@link #messageBody(String)}. */
    public FixedResponseConfig messageBody(Value<String> value) {
      return set("MessageBody", value);
    }

    /**
     * The HTTP response code (2XX, 4XX, or 5XX).
     *
     * <p>Required. Pattern: {@code ^(2|4|5)&#92;d&#92;d$}. CloudFormation property {@code
     * StatusCode}.
     */
    public FixedResponseConfig statusCode(String value) {
      return set("StatusCode", Value.of(value));
    }

    /** Sets {@code StatusCode} to this value; see {@link #statusCode(String)}. */
    public FixedResponseConfig statusCode(Value<String> value) {
      return set("StatusCode", value);
    }
  }

  /**
   * Information for creating an action that distributes requests among multiple target groups.
   * Specify only when <code>Type</code> is <code>forward</code> .
   *
   * <p>If you specify both <code>ForwardConfig</code> and <code>TargetGroupArn</code> , you can
   * specify only one target group using <code>ForwardConfig</code> and it must be the same target
   * group specified in <code>TargetGroupArn</code> .
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.ForwardConfig}.
   */
  public static final class ForwardConfig extends Struct<ForwardConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::ListenerRule.ForwardConfig");

    public ForwardConfig() {
      super(SCHEMA);
    }

    /**
     * Information about the target group stickiness for a rule.
     *
     * <p>CloudFormation property {@code TargetGroupStickinessConfig}.
     */
    public ForwardConfig targetGroupStickinessConfig(Value<TargetGroupStickinessConfig> value) {
      return set("TargetGroupStickinessConfig", value);
    }

    /**
     * Information about how traffic will be distributed between multiple target groups in a forward
     * rule.
     *
     * <p>CloudFormation property {@code TargetGroups}.
     */
    public ForwardConfig targetGroups(List<TargetGroupTuple> value) {
      return set("TargetGroups", Value.listOf(value));
    }

    /** Sets {@code TargetGroups} to this value; see {@link #targetGroups(List)}. */
    public ForwardConfig targetGroups(Value<List<TargetGroupTuple>> value) {
      return set("TargetGroups", value);
    }

    /** Sets {@code TargetGroups} to a list of these; see {@link #targetGroups(List)}. */
    public ForwardConfig targetGroups(TargetGroupTuple... values) {
      return set("TargetGroups", Value.list(values));
    }
  }

  /**
   * Information about a host header condition.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.HostHeaderConfig}.
   */
  public static final class HostHeaderConfig extends Struct<HostHeaderConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::ListenerRule.HostHeaderConfig");

    public HostHeaderConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code RegexValues}. */
    public HostHeaderConfig regexValues(List<String> value) {
      return set("RegexValues", Value.listOf(value));
    }

    /** Sets {@code RegexValues} to this value; see {@link #regexValues(List)}. */
    public HostHeaderConfig regexValues(Value<List<String>> value) {
      return set("RegexValues", value);
    }

    /**
     * The host names. The maximum length of each string is 128 characters. The comparison is case
     * insensitive. The following wildcard characters are supported: * (matches 0 or more
     * characters) and ? (matches exactly 1 character). You must include at least one "." character.
     * You can include only alphabetical characters after the final "." character.
     *
     * <p>If you specify multiple strings, the condition is satisfied if one of the strings matches
     * the host name.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public HostHeaderConfig values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public HostHeaderConfig values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Information about an HTTP header condition.
   *
   * <p>There is a set of standard HTTP header fields. You can also define custom HTTP header
   * fields.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.HttpHeaderConfig}.
   */
  public static final class HttpHeaderConfig extends Struct<HttpHeaderConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::ListenerRule.HttpHeaderConfig");

    public HttpHeaderConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the HTTP header field. The maximum size is 40 characters. The header name is case
     * insensitive. The allowed characters are specified by RFC 7230. Wildcards are not supported.
     *
     * <p>CloudFormation property {@code HttpHeaderName}.
     */
    public HttpHeaderConfig httpHeaderName(String value) {
      return set("HttpHeaderName", Value.of(value));
    }

    /** Sets {@code HttpHeaderName} to this value; see {@link #httpHeaderName(String)}. */
    public HttpHeaderConfig httpHeaderName(Value<String> value) {
      return set("HttpHeaderName", value);
    }

    /** CloudFormation property {@code RegexValues}. */
    public HttpHeaderConfig regexValues(List<String> value) {
      return set("RegexValues", Value.listOf(value));
    }

    /** Sets {@code RegexValues} to this value; see {@link #regexValues(List)}. */
    public HttpHeaderConfig regexValues(Value<List<String>> value) {
      return set("RegexValues", value);
    }

    /**
     * The strings to compare against the value of the HTTP header. The maximum length of each
     * string is 128 characters. The comparison strings are case insensitive. The following wildcard
     * characters are supported: * (matches 0 or more characters) and ? (matches exactly 1
     * character).
     *
     * <p>If the same header appears multiple times in the request, we search them in order until a
     * match is found.
     *
     * <p>If you specify multiple strings, the condition is satisfied if one of the strings matches
     * the value of the HTTP header. To require that all of the strings are a match, create one
     * condition per string.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public HttpHeaderConfig values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public HttpHeaderConfig values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Information about an HTTP method condition.
   *
   * <p>HTTP defines a set of request methods, also referred to as HTTP verbs. For more information,
   * see the <a
   * href="https://docs.aws.amazon.com/https://www.iana.org/assignments/http-methods/http-methods.xhtml">HTTP
   * Method Registry</a> . You can also define custom HTTP methods.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.HttpRequestMethodConfig}.
   */
  public static final class HttpRequestMethodConfig extends Struct<HttpRequestMethodConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::ListenerRule.HttpRequestMethodConfig");

    public HttpRequestMethodConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the request method. The maximum length is 40 characters. The allowed characters
     * are A-Z, hyphen (-), and underscore (_). The comparison is case sensitive. Wildcards are not
     * supported; therefore, the method name must be an exact match.
     *
     * <p>If you specify multiple strings, the condition is satisfied if one of the strings matches
     * the HTTP request method. We recommend that you route GET and HEAD requests in the same way,
     * because the response to a HEAD request may be cached.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public HttpRequestMethodConfig values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public HttpRequestMethodConfig values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Information about an additional claim to validate.
   *
   * <p>Property type {@code
   * AWS::ElasticLoadBalancingV2::ListenerRule.JwtValidationActionAdditionalClaim}.
   */
  public static final class JwtValidationActionAdditionalClaim extends Struct<JwtValidationActionAdditionalClaim> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.JwtValidationActionAdditionalClaim")
        .required("Format", "Name", "Values")
        .allowed("Format", "single-string", "space-separated-values", "string-array")
        .build();

    public JwtValidationActionAdditionalClaim() {
      super(SCHEMA);
    }

    /**
     * The format of the claim value.
     *
     * <p>Required. Allowed values: {@code single-string}, {@code space-separated-values}, {@code
     * string-array}. CloudFormation property {@code Format}.
     */
    public JwtValidationActionAdditionalClaim format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public JwtValidationActionAdditionalClaim format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * The name of the claim. You can't specify <code>exp</code> , <code>iss</code> ,
     * <code>nbf</code> , or <code>iat</code> because we validate them by default.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public JwtValidationActionAdditionalClaim name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public JwtValidationActionAdditionalClaim name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The claim value. The maximum size of the list is 10. Each value can be up to 256 characters
     * in length. If the format is <code>space-separated-values</code> , the values can't include
     * spaces.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public JwtValidationActionAdditionalClaim values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public JwtValidationActionAdditionalClaim values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /** Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.JwtValidationConfig}. */
  public static final class JwtValidationConfig extends Struct<JwtValidationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.JwtValidationConfig")
        .required("Issuer", "JwksEndpoint")
        .build();

    public JwtValidationConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AdditionalClaims}. */
    public JwtValidationConfig additionalClaims(List<JwtValidationActionAdditionalClaim> value) {
      return set("AdditionalClaims", Value.listOf(value));
    }

    /** Sets {@code AdditionalClaims} to this value; see {@link #additionalClaims(List)}. */
    public JwtValidationConfig additionalClaims(Value<List<JwtValidationActionAdditionalClaim>> value) {
      return set("AdditionalClaims", value);
    }

    /** Sets {@code AdditionalClaims} to a list of these; see {@link #additionalClaims(List)}. */
    public JwtValidationConfig additionalClaims(JwtValidationActionAdditionalClaim... values) {
      return set("AdditionalClaims", Value.list(values));
    }

    /** Required. CloudFormation property {@code Issuer}. */
    public JwtValidationConfig issuer(String value) {
      return set("Issuer", Value.of(value));
    }

    /** Sets {@code Issuer} to this value; see {@link #issuer(String)}. */
    public JwtValidationConfig issuer(Value<String> value) {
      return set("Issuer", value);
    }

    /** Required. CloudFormation property {@code JwksEndpoint}. */
    public JwtValidationConfig jwksEndpoint(String value) {
      return set("JwksEndpoint", Value.of(value));
    }

    /** Sets {@code JwksEndpoint} to this value; see {@link #jwksEndpoint(String)}. */
    public JwtValidationConfig jwksEndpoint(Value<String> value) {
      return set("JwksEndpoint", value);
    }
  }

  /**
   * Information about a path pattern condition.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.PathPatternConfig}.
   */
  public static final class PathPatternConfig extends Struct<PathPatternConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::ListenerRule.PathPatternConfig");

    public PathPatternConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code RegexValues}. */
    public PathPatternConfig regexValues(List<String> value) {
      return set("RegexValues", Value.listOf(value));
    }

    /** Sets {@code RegexValues} to this value; see {@link #regexValues(List)}. */
    public PathPatternConfig regexValues(Value<List<String>> value) {
      return set("RegexValues", value);
    }

    /**
     * The path patterns to compare against the request URL. The maximum size of each string is 128
     * characters. The comparison is case sensitive. The following wildcard characters are
     * supported: * (matches 0 or more characters) and ? (matches exactly 1 character).
     *
     * <p>If you specify multiple strings, the condition is satisfied if one of them matches the
     * request URL. The path pattern is compared only to the path of the URL, not to its query
     * string.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public PathPatternConfig values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public PathPatternConfig values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Information about a query string condition.
   *
   * <p>The query string component of a URI starts after the first '?' character and is terminated
   * by either a '#' character or the end of the URI. A typical query string contains key/value
   * pairs separated by '&amp;' characters. The allowed characters are specified by RFC 3986. Any
   * character can be percentage encoded.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.QueryStringConfig}.
   */
  public static final class QueryStringConfig extends Struct<QueryStringConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::ListenerRule.QueryStringConfig");

    public QueryStringConfig() {
      super(SCHEMA);
    }

    /**
     * The key/value pairs or values to find in the query string. The maximum length of each string
     * is 128 characters. The comparison is case insensitive. The following wildcard characters are
     * supported: * (matches 0 or more characters) and ? (matches exactly 1 character). To search
     * for a literal '*' or '?' character in a query string, you must escape these characters in
     * <code>Values</code> using a '&#92;' character.
     *
     * <p>If you specify multiple key/value pairs or values, the condition is satisfied if one of
     * them is found in the query string.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public QueryStringConfig values(List<QueryStringKeyValue> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public QueryStringConfig values(Value<List<QueryStringKeyValue>> value) {
      return set("Values", value);
    }

    /** Sets {@code Values} to a list of these; see {@link #values(List)}. */
    public QueryStringConfig values(QueryStringKeyValue... values) {
      return set("Values", Value.list(values));
    }
  }

  /**
   * Information about a key/value pair.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.QueryStringKeyValue}.
   */
  public static final class QueryStringKeyValue extends Struct<QueryStringKeyValue> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::ListenerRule.QueryStringKeyValue");

    public QueryStringKeyValue() {
      super(SCHEMA);
    }

    /**
     * The key. You can omit the key.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public QueryStringKeyValue key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public QueryStringKeyValue key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public QueryStringKeyValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public QueryStringKeyValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Information about a redirect action.
   *
   * <p>A URI consists of the following components: protocol://hostname:port/path?query. You must
   * modify at least one of the following components to avoid a redirect loop: protocol, hostname,
   * port, or path. Any components that you do not modify retain their original values.
   *
   * <p>You can reuse URI components using the following reserved keywords:
   *
   * <ul> <li>#{protocol} <li>#{host} <li>#{port} <li>#{path} (the leading "/" is removed)
   * <li>#{query} </ul>
   *
   * <p>For example, you can change the path to "/new/#{path}", the hostname to "example.#{host}",
   * or the query to "#{query}&amp;value=xyz".
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.RedirectConfig}.
   */
  public static final class RedirectConfig extends Struct<RedirectConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.RedirectConfig")
        .required("StatusCode")
        .constrain("Host", Constraint.of().minLength(1).maxLength(128))
        .constrain("Path", Constraint.of().minLength(1).maxLength(128))
        .constrain("Protocol", Constraint.of().pattern("^(HTTPS?|#\\{protocol\\})$"))
        .constrain("Query", Constraint.of().minLength(0).maxLength(128))
        .allowed("StatusCode", "HTTP_301", "HTTP_302")
        .build();

    public RedirectConfig() {
      super(SCHEMA);
    }

    /**
     * The hostname. This component is not percent-encoded. The hostname can contain #{host}.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Host}.
     */
    public RedirectConfig host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public RedirectConfig host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * The absolute path, starting with the leading "/". This component is not percent-encoded. The
     * path can contain #{host}, #{path}, and #{port}.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Path}.
     */
    public RedirectConfig path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public RedirectConfig path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The port. You can specify a value from 1 to 65535 or #{port}.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public RedirectConfig port(String value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(String)}. */
    public RedirectConfig port(Value<String> value) {
      return set("Port", value);
    }

    /**
     * The protocol. You can specify HTTP, HTTPS, or #{protocol}. You can redirect HTTP to HTTP,
     * HTTP to HTTPS, and HTTPS to HTTPS. You can't redirect HTTPS to HTTP.
     *
     * <p>Pattern: {@code ^(HTTPS?|#&#92;{protocol&#92;})$}. CloudFormation property {@code
     * Protocol}.
     */
    public RedirectConfig protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public RedirectConfig protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The query parameters, URL-encoded when necessary, but not percent-encoded. Do not include the
     * leading "?", as it is automatically added. You can specify any of the reserved keywords.
     *
     * <p>Length: 0 to 128 characters. CloudFormation property {@code Query}.
     */
    public RedirectConfig query(String value) {
      return set("Query", Value.of(value));
    }

    /** Sets {@code Query} to this value; see {@link #query(String)}. */
    public RedirectConfig query(Value<String> value) {
      return set("Query", value);
    }

    /**
     * The HTTP redirect code. The redirect is either permanent (HTTP 301) or temporary (HTTP 302).
     *
     * <p>Required. Allowed values: {@code HTTP_301}, {@code HTTP_302}. CloudFormation property
     * {@code StatusCode}.
     */
    public RedirectConfig statusCode(String value) {
      return set("StatusCode", Value.of(value));
    }

    /** Sets {@code StatusCode} to this value; see {@link #statusCode(String)}. */
    public RedirectConfig statusCode(Value<String> value) {
      return set("StatusCode", value);
    }
  }

  /**
   * Information about a rewrite transform. This transform matches a pattern and replaces it with
   * the specified string.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.RewriteConfig}.
   */
  public static final class RewriteConfig extends Struct<RewriteConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.RewriteConfig")
        .required("Regex", "Replace")
        .build();

    public RewriteConfig() {
      super(SCHEMA);
    }

    /**
     * The regular expression to match in the input string. The maximum length of the string is
     * 1,024 characters.
     *
     * <p>Required. CloudFormation property {@code Regex}.
     */
    public RewriteConfig regex(String value) {
      return set("Regex", Value.of(value));
    }

    /** Sets {@code Regex} to this value; see {@link #regex(String)}. */
    public RewriteConfig regex(Value<String> value) {
      return set("Regex", value);
    }

    /**
     * The replacement string to use when rewriting the matched input. The maximum length of the
     * string is 1,024 characters. You can specify capture groups in the regular expression (for
     * example, $1 and $2).
     *
     * <p>Required. CloudFormation property {@code Replace}.
     */
    public RewriteConfig replace(String value) {
      return set("Replace", Value.of(value));
    }

    /** Sets {@code Replace} to this value; see {@link #replace(String)}. */
    public RewriteConfig replace(Value<String> value) {
      return set("Replace", value);
    }
  }

  /** Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.RewriteConfigObject}. */
  public static final class RewriteConfigObject extends Struct<RewriteConfigObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.RewriteConfigObject")
        .required("Rewrites")
        .build();

    public RewriteConfigObject() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Rewrites}. */
    public RewriteConfigObject rewrites(List<RewriteConfig> value) {
      return set("Rewrites", Value.listOf(value));
    }

    /** Sets {@code Rewrites} to this value; see {@link #rewrites(List)}. */
    public RewriteConfigObject rewrites(Value<List<RewriteConfig>> value) {
      return set("Rewrites", value);
    }

    /** Sets {@code Rewrites} to a list of these; see {@link #rewrites(List)}. */
    public RewriteConfigObject rewrites(RewriteConfig... values) {
      return set("Rewrites", Value.list(values));
    }
  }

  /**
   * Specifies a condition for a listener rule.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.RuleCondition}.
   */
  public static final class RuleCondition extends Struct<RuleCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.RuleCondition")
        .constrain("Field", Constraint.of().minLength(0).maxLength(64))
        .build();

    public RuleCondition() {
      super(SCHEMA);
    }

    /**
     * The field in the HTTP request. The following are the possible values:
     *
     * <ul> <li><code>http-header</code> <li><code>http-request-method</code>
     * <li><code>host-header</code> <li><code>path-pattern</code> <li><code>query-string</code>
     * <li><code>source-ip</code> </ul>
     *
     * <p>Length: 0 to 64 characters. CloudFormation property {@code Field}.
     */
    public RuleCondition field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public RuleCondition field(Value<String> value) {
      return set("Field", value);
    }

    /**
     * Information for a host header condition. Specify only when <code>Field</code> is
     * <code>host-header</code> .
     *
     * <p>CloudFormation property {@code HostHeaderConfig}.
     */
    public RuleCondition hostHeaderConfig(Value<HostHeaderConfig> value) {
      return set("HostHeaderConfig", value);
    }

    /**
     * Information for an HTTP header condition. Specify only when <code>Field</code> is
     * <code>http-header</code> .
     *
     * <p>CloudFormation property {@code HttpHeaderConfig}.
     */
    public RuleCondition httpHeaderConfig(Value<HttpHeaderConfig> value) {
      return set("HttpHeaderConfig", value);
    }

    /**
     * Information for an HTTP method condition. Specify only when <code>Field</code> is
     * <code>http-request-method</code> .
     *
     * <p>CloudFormation property {@code HttpRequestMethodConfig}.
     */
    public RuleCondition httpRequestMethodConfig(Value<HttpRequestMethodConfig> value) {
      return set("HttpRequestMethodConfig", value);
    }

    /**
     * Information for a path pattern condition. Specify only when <code>Field</code> is
     * <code>path-pattern</code> .
     *
     * <p>CloudFormation property {@code PathPatternConfig}.
     */
    public RuleCondition pathPatternConfig(Value<PathPatternConfig> value) {
      return set("PathPatternConfig", value);
    }

    /**
     * Information for a query string condition. Specify only when <code>Field</code> is
     * <code>query-string</code> .
     *
     * <p>CloudFormation property {@code QueryStringConfig}.
     */
    public RuleCondition queryStringConfig(Value<QueryStringConfig> value) {
      return set("QueryStringConfig", value);
    }

    /**
     * The regular expressions to match against the condition field. The maximum length of each
     * string is 128 characters. Specify only when <code>Field</code> is <code>http-header</code> ,
     * <code>host-header</code> , or <code>path-pattern</code> .
     *
     * <p>CloudFormation property {@code RegexValues}.
     */
    public RuleCondition regexValues(List<String> value) {
      return set("RegexValues", Value.listOf(value));
    }

    /** Sets {@code RegexValues} to this value; see {@link #regexValues(List)}. */
    public RuleCondition regexValues(Value<List<String>> value) {
      return set("RegexValues", value);
    }

    /**
     * Information for a source IP condition. Specify only when <code>Field</code> is
     * <code>source-ip</code> .
     *
     * <p>CloudFormation property {@code SourceIpConfig}.
     */
    public RuleCondition sourceIpConfig(Value<SourceIpConfig> value) {
      return set("SourceIpConfig", value);
    }

    /**
     * The condition value. Specify only when <code>Field</code> is <code>host-header</code> or
     * <code>path-pattern</code> . Alternatively, to specify multiple host names or multiple path
     * patterns, use <code>HostHeaderConfig</code> or <code>PathPatternConfig</code> .
     *
     * <p>If <code>Field</code> is <code>host-header</code> and you're not using
     * <code>HostHeaderConfig</code> , you can specify a single host name (for example,
     * my.example.com). A host name is case insensitive, can be up to 128 characters in length, and
     * can contain any of the following characters.
     *
     * <ul> <li>A-Z, a-z, 0-9 <li>- . <li>* (matches 0 or more characters) <li>? (matches exactly 1
     * character) </ul>
     *
     * <p>If <code>Field</code> is <code>path-pattern</code> and you're not using
     * <code>PathPatternConfig</code> , you can specify a single path pattern (for example, /img/*).
     * A path pattern is case-sensitive, can be up to 128 characters in length, and can contain any
     * of the following characters.
     *
     * <ul> <li>A-Z, a-z, 0-9 <li>_ - . $ / ~ " ' &#64; : + <li>&amp; (using &amp;amp;) <li>*
     * (matches 0 or more characters) <li>? (matches exactly 1 character) </ul>
     *
     * <p>CloudFormation property {@code Values}.
     */
    public RuleCondition values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public RuleCondition values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Information about a source IP condition.
   *
   * <p>You can use this condition to route based on the IP address of the source that connects to
   * the load balancer. If a client is behind a proxy, this is the IP address of the proxy not the
   * IP address of the client.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.SourceIpConfig}.
   */
  public static final class SourceIpConfig extends Struct<SourceIpConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.SourceIpConfig")
        .allowed("IpAddressType", "ipv4", "ipv6")
        .build();

    public SourceIpConfig() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code ipv4}, {@code ipv6}. CloudFormation property {@code IpAddressType}.
     */
    public SourceIpConfig ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public SourceIpConfig ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }

    /**
     * The source IP addresses, in CIDR format. You can use both IPv4 and IPv6 addresses. Wildcards
     * are not supported.
     *
     * <p>If you specify multiple addresses, the condition is satisfied if the source IP address of
     * the request matches one of the CIDR blocks. This condition is not satisfied by the addresses
     * in the X-Forwarded-For header.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public SourceIpConfig values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public SourceIpConfig values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * Information about the target group stickiness for a rule.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.TargetGroupStickinessConfig}.
   */
  public static final class TargetGroupStickinessConfig extends Struct<TargetGroupStickinessConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::ListenerRule.TargetGroupStickinessConfig");

    public TargetGroupStickinessConfig() {
      super(SCHEMA);
    }

    /**
     * [Application Load Balancers] The time period, in seconds, during which requests from a client
     * should be routed to the same target group. The range is 1-604800 seconds (7 days). You must
     * specify this value when enabling target group stickiness.
     *
     * <p>CloudFormation property {@code DurationSeconds}.
     */
    public TargetGroupStickinessConfig durationSeconds(int value) {
      return set("DurationSeconds", Value.of(value));
    }

    /** Sets {@code DurationSeconds} to this value; see {@link #durationSeconds(int)}. */
    public TargetGroupStickinessConfig durationSeconds(Value<Integer> value) {
      return set("DurationSeconds", value);
    }

    /**
     * Indicates whether target group stickiness is enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public TargetGroupStickinessConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public TargetGroupStickinessConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Information about how traffic will be distributed between multiple target groups in a forward
   * rule.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.TargetGroupTuple}.
   */
  public static final class TargetGroupTuple extends Struct<TargetGroupTuple> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.TargetGroupTuple")
        .references("TargetGroupArn", "AWS::ElasticLoadBalancingV2::TargetGroup.Ref")
        .build();

    public TargetGroupTuple() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the target group.
     *
     * <p>CloudFormation property {@code TargetGroupArn}.
     */
    public TargetGroupTuple targetGroupArn(String value) {
      return set("TargetGroupArn", Value.of(value));
    }

    /** Sets {@code TargetGroupArn} to this value; see {@link #targetGroupArn(String)}. */
    public TargetGroupTuple targetGroupArn(Value<String> value) {
      return set("TargetGroupArn", value);
    }

    /**
     * Sets {@code TargetGroupArn} to the Ref of {@code AWS::ElasticLoadBalancingV2::TargetGroup};
     * see {@link #targetGroupArn(String)}.
     */
    public TargetGroupTuple targetGroupArn(TargetGroup resource) {
      return set("TargetGroupArn", resource.ref());
    }

    /**
     * The weight. The range is 0 to 999.
     *
     * <p>CloudFormation property {@code Weight}.
     */
    public TargetGroupTuple weight(int value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(int)}. */
    public TargetGroupTuple weight(Value<Integer> value) {
      return set("Weight", value);
    }
  }

  /** Property type {@code AWS::ElasticLoadBalancingV2::ListenerRule.Transform}. */
  public static final class Transform extends Struct<Transform> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::ListenerRule.Transform")
        .required("Type")
        .allowed("Type", "host-header-rewrite", "url-rewrite")
        .build();

    public Transform() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code HostHeaderRewriteConfig}. */
    public Transform hostHeaderRewriteConfig(Value<RewriteConfigObject> value) {
      return set("HostHeaderRewriteConfig", value);
    }

    /**
     * Required. Allowed values: {@code host-header-rewrite}, {@code url-rewrite}. CloudFormation
     * property {@code Type}.
     */
    public Transform type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Transform type(Value<String> value) {
      return set("Type", value);
    }

    /** CloudFormation property {@code UrlRewriteConfig}. */
    public Transform urlRewriteConfig(Value<RewriteConfigObject> value) {
      return set("UrlRewriteConfig", value);
    }
  }
}
