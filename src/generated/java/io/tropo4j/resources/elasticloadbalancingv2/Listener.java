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
import io.tropo4j.resources.iam.ServerCertificate;
import java.util.List;
import java.util.Map;

/**
 * Specifies a listener for an Application Load Balancer, Network Load Balancer, or Gateway Load
 * Balancer.
 *
 * <p>CloudFormation type {@code AWS::ElasticLoadBalancingV2::Listener}.
 */
public final class Listener extends Resource<Listener> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::Listener")
      .required("DefaultActions", "LoadBalancerArn")
      .references("LoadBalancerArn", "AWS::ElasticLoadBalancingV2::LoadBalancer.Ref")
      .constrain("Port", Constraint.of().minimum(1).maximum(65535))
      .allowed("Protocol", "GENEVE", "HTTP", "HTTPS", "QUIC", "TCP", "TCP_QUIC", "TCP_UDP", "TLS",
          "UDP")
      .refYields("ListenerArn")
      .attributes("ListenerArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Listener(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * [TLS listener] The name of the Application-Layer Protocol Negotiation (ALPN) policy.
   *
   * <p>CloudFormation property {@code AlpnPolicy}.
   */
  public Listener alpnPolicy(List<String> value) {
    return set("AlpnPolicy", Value.listOf(value));
  }

  /** Sets {@code AlpnPolicy} to this value; see {@link #alpnPolicy(List)}. */
  public Listener alpnPolicy(Value<List<String>> value) {
    return set("AlpnPolicy", value);
  }

  /**
   * The default SSL server certificate for a secure listener. You must provide exactly one
   * certificate if the listener protocol is HTTPS or TLS.
   *
   * <p>For an HTTPS listener, update requires some interruptions. For a TLS listener, update
   * requires no interruption.
   *
   * <p>To create a certificate list for a secure listener, use <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listenercertificate.html">AWS::ElasticLoadBalancingV2::ListenerCertificate</a>
   * .
   *
   * <p>CloudFormation property {@code Certificates}.
   */
  public Listener certificates(List<Certificate> value) {
    return set("Certificates", Value.listOf(value));
  }

  /** Sets {@code Certificates} to this value; see {@link #certificates(List)}. */
  public Listener certificates(Value<List<Certificate>> value) {
    return set("Certificates", value);
  }

  /** Sets {@code Certificates} to a list of these; see {@link #certificates(List)}. */
  public Listener certificates(Certificate... values) {
    return set("Certificates", Value.list(values));
  }

  /**
   * The actions for the default rule. You cannot define a condition for a default rule.
   *
   * <p>To create additional rules for an Application Load Balancer, use <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listenerrule.html">AWS::ElasticLoadBalancingV2::ListenerRule</a>
   * .
   *
   * <p>Required. CloudFormation property {@code DefaultActions}.
   */
  public Listener defaultActions(List<Action> value) {
    return set("DefaultActions", Value.listOf(value));
  }

  /** Sets {@code DefaultActions} to this value; see {@link #defaultActions(List)}. */
  public Listener defaultActions(Value<List<Action>> value) {
    return set("DefaultActions", value);
  }

  /** Sets {@code DefaultActions} to a list of these; see {@link #defaultActions(List)}. */
  public Listener defaultActions(Action... values) {
    return set("DefaultActions", Value.list(values));
  }

  /**
   * The listener attributes. Attributes that you do not modify retain their current values.
   *
   * <p>CloudFormation property {@code ListenerAttributes}.
   */
  public Listener listenerAttributes(List<ListenerAttribute> value) {
    return set("ListenerAttributes", Value.listOf(value));
  }

  /** Sets {@code ListenerAttributes} to this value; see {@link #listenerAttributes(List)}. */
  public Listener listenerAttributes(Value<List<ListenerAttribute>> value) {
    return set("ListenerAttributes", value);
  }

  /** Sets {@code ListenerAttributes} to a list of these; see {@link #listenerAttributes(List)}. */
  public Listener listenerAttributes(ListenerAttribute... values) {
    return set("ListenerAttributes", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the load balancer.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * LoadBalancerArn}.
   */
  public Listener loadBalancerArn(String value) {
    return set("LoadBalancerArn", Value.of(value));
  }

  /** Sets {@code LoadBalancerArn} to this value; see {@link #loadBalancerArn(String)}. */
  public Listener loadBalancerArn(Value<String> value) {
    return set("LoadBalancerArn", value);
  }

  /**
   * Sets {@code LoadBalancerArn} to the Ref of {@code AWS::ElasticLoadBalancingV2::LoadBalancer};
   * see {@link #loadBalancerArn(String)}.
   */
  public Listener loadBalancerArn(LoadBalancer resource) {
    return set("LoadBalancerArn", resource.ref());
  }

  /**
   * The mutual authentication configuration information.
   *
   * <p>CloudFormation property {@code MutualAuthentication}.
   */
  public Listener mutualAuthentication(Value<MutualAuthentication> value) {
    return set("MutualAuthentication", value);
  }

  /**
   * The port on which the load balancer is listening. You can't specify a port for a Gateway Load
   * Balancer.
   *
   * <p>Range: 1 to 65535. CloudFormation property {@code Port}.
   */
  public Listener port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public Listener port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * The protocol for connections from clients to the load balancer. For Application Load Balancers,
   * the supported protocols are HTTP and HTTPS. For Network Load Balancers, the supported protocols
   * are TCP, TLS, UDP, TCP_UDP, QUIC, and TCP_QUIC. You can’t specify the UDP, TCP_UDP, QUIC, or
   * TCP_QUIC protocol if dual-stack mode is enabled. You can't specify a protocol for a Gateway
   * Load Balancer.
   *
   * <p>Allowed values: {@code GENEVE}, {@code HTTP}, {@code HTTPS}, {@code QUIC}, {@code TCP},
   * {@code TCP_QUIC}, {@code TCP_UDP}, {@code TLS}, {@code UDP}. CloudFormation property {@code
   * Protocol}.
   */
  public Listener protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public Listener protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /**
   * [HTTPS and TLS listeners] The security policy that defines which protocols and ciphers are
   * supported. For more information, see <a
   * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html">Security
   * policies</a> in the <em>Application Load Balancers Guide</em> and <a
   * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html">Security
   * policies</a> in the <em>Network Load Balancers Guide</em> .
   *
   * <p>[HTTPS listeners] Updating the security policy can result in interruptions if the load
   * balancer is handling a high volume of traffic. To decrease the possibility of an interruption
   * if your load balancer is handling a high volume of traffic, create an additional load balancer
   * or request an LCU reservation.
   *
   * <p>CloudFormation property {@code SslPolicy}.
   */
  public Listener sslPolicy(String value) {
    return set("SslPolicy", Value.of(value));
  }

  /** Sets {@code SslPolicy} to this value; see {@link #sslPolicy(String)}. */
  public Listener sslPolicy(Value<String> value) {
    return set("SslPolicy", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Listener tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Listener tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Listener tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the listener.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ListenerArn}.
   */
  public Value<String> listenerArn() {
    return getAtt("ListenerArn");
  }

  /**
   * Specifies an action for a listener rule.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::Listener.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::Listener.Action")
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
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::Listener.AuthenticateCognitoConfig}.
   */
  public static final class AuthenticateCognitoConfig extends Struct<AuthenticateCognitoConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::Listener.AuthenticateCognitoConfig")
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
    public AuthenticateCognitoConfig sessionTimeout(String value) {
      return set("SessionTimeout", Value.of(value));
    }

    /** Sets {@code SessionTimeout} to this value; see {@link #sessionTimeout(String)}. */
    public AuthenticateCognitoConfig sessionTimeout(Value<String> value) {
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
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::Listener.AuthenticateOidcConfig}.
   */
  public static final class AuthenticateOidcConfig extends Struct<AuthenticateOidcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::Listener.AuthenticateOidcConfig")
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
    public AuthenticateOidcConfig sessionTimeout(String value) {
      return set("SessionTimeout", Value.of(value));
    }

    /** Sets {@code SessionTimeout} to this value; see {@link #sessionTimeout(String)}. */
    public AuthenticateOidcConfig sessionTimeout(Value<String> value) {
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
   * Specifies an SSL server certificate to use as the default certificate for a secure listener.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::Listener.Certificate}.
   */
  public static final class Certificate extends Struct<Certificate> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::Listener.Certificate")
        .references("CertificateArn", "AWS::CertificateManager::Certificate.Ref",
            "AWS::IAM::ServerCertificate.Arn")
        .build();

    public Certificate() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the certificate.
     *
     * <p>CloudFormation property {@code CertificateArn}.
     */
    public Certificate certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public Certificate certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * Sets {@code CertificateArn} to the Ref of {@code AWS::CertificateManager::Certificate}; see
     * {@link #certificateArn(String)}.
     */
    public Certificate certificateArn(io.tropo4j.resources.certificatemanager.Certificate resource) {
      return set("CertificateArn", resource.ref());
    }

    /**
     * Sets {@code CertificateArn} to the Arn of {@code AWS::IAM::ServerCertificate}; see {@link
     * #certificateArn(String)}.
     */
    public Certificate certificateArn(ServerCertificate resource) {
      return set("CertificateArn", resource.arn());
    }
  }

  /**
   * Specifies information required when returning a custom HTTP response.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::Listener.FixedResponseConfig}.
   */
  public static final class FixedResponseConfig extends Struct<FixedResponseConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::Listener.FixedResponseConfig")
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
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::Listener.ForwardConfig}.
   */
  public static final class ForwardConfig extends Struct<ForwardConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::Listener.ForwardConfig");

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
   * Information about an additional claim to validate.
   *
   * <p>Property type {@code
   * AWS::ElasticLoadBalancingV2::Listener.JwtValidationActionAdditionalClaim}.
   */
  public static final class JwtValidationActionAdditionalClaim extends Struct<JwtValidationActionAdditionalClaim> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::Listener.JwtValidationActionAdditionalClaim")
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

  /** Property type {@code AWS::ElasticLoadBalancingV2::Listener.JwtValidationConfig}. */
  public static final class JwtValidationConfig extends Struct<JwtValidationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::Listener.JwtValidationConfig")
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
   * Information about a listener attribute.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::Listener.ListenerAttribute}.
   */
  public static final class ListenerAttribute extends Struct<ListenerAttribute> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::Listener.ListenerAttribute");

    public ListenerAttribute() {
      super(SCHEMA);
    }

    /**
     * The name of the attribute.
     *
     * <p>The following attribute is supported by Network Load Balancers, and Gateway Load
     * Balancers.
     *
     * <ul> <li><code>tcp.idle_timeout.seconds</code> - The tcp idle timeout value, in seconds. The
     * valid range is 60-6000 seconds. The default is 350 seconds. </ul>
     *
     * <p>The following attributes are only supported by Application Load Balancers.
     *
     * <ul> <li><code>routing.http.request.x_amzn_mtls_clientcert_serial_number.header_name</code> -
     * Enables you to modify the header name of the <em>X-Amzn-Mtls-Clientcert-Serial-Number</em>
     * HTTP request header.
     * <li><code>routing.http.request.x_amzn_mtls_clientcert_issuer.header_name</code> - Enables you
     * to modify the header name of the <em>X-Amzn-Mtls-Clientcert-Issuer</em> HTTP request header.
     * <li><code>routing.http.request.x_amzn_mtls_clientcert_subject.header_name</code> - Enables
     * you to modify the header name of the <em>X-Amzn-Mtls-Clientcert-Subject</em> HTTP request
     * header. <li><code>routing.http.request.x_amzn_mtls_clientcert_validity.header_name</code> -
     * Enables you to modify the header name of the <em>X-Amzn-Mtls-Clientcert-Validity</em> HTTP
     * request header. <li><code>routing.http.request.x_amzn_mtls_clientcert_leaf.header_name</code>
     * - Enables you to modify the header name of the <em>X-Amzn-Mtls-Clientcert-Leaf</em> HTTP
     * request header. <li><code>routing.http.request.x_amzn_mtls_clientcert.header_name</code> -
     * Enables you to modify the header name of the <em>X-Amzn-Mtls-Clientcert</em> HTTP request
     * header. <li><code>routing.http.request.x_amzn_tls_version.header_name</code> - Enables you to
     * modify the header name of the <em>X-Amzn-Tls-Version</em> HTTP request header.
     * <li><code>routing.http.request.x_amzn_tls_cipher_suite.header_name</code> - Enables you to
     * modify the header name of the <em>X-Amzn-Tls-Cipher-Suite</em> HTTP request header.
     * <li><code>routing.http.response.server.enabled</code> - Enables you to allow or remove the
     * HTTP response server header.
     * <li><code>routing.http.response.strict_transport_security.header_value</code> - Informs
     * browsers that the site should only be accessed using HTTPS, and that any future attempts to
     * access it using HTTP should automatically be converted to HTTPS.
     * <li><code>routing.http.response.access_control_allow_origin.header_value</code> - Specifies
     * which origins are allowed to access the server.
     * <li><code>routing.http.response.access_control_allow_methods.header_value</code> - Returns
     * which HTTP methods are allowed when accessing the server from a different origin.
     * <li><code>routing.http.response.access_control_allow_headers.header_value</code> - Specifies
     * which headers can be used during the request.
     * <li><code>routing.http.response.access_control_allow_credentials.header_value</code> -
     * Indicates whether the browser should include credentials such as cookies or authentication
     * when making requests.
     * <li><code>routing.http.response.access_control_expose_headers.header_value</code> - Returns
     * which headers the browser can expose to the requesting client.
     * <li><code>routing.http.response.access_control_max_age.header_value</code> - Specifies how
     * long the results of a preflight request can be cached, in seconds.
     * <li><code>routing.http.response.content_security_policy.header_value</code> - Specifies
     * restrictions enforced by the browser to help minimize the risk of certain types of security
     * threats. <li><code>routing.http.response.x_content_type_options.header_value</code> -
     * Indicates whether the MIME types advertised in the <em>Content-Type</em> headers should be
     * followed and not be changed.
     * <li><code>routing.http.response.x_frame_options.header_value</code> - Indicates whether the
     * browser is allowed to render a page in a <em>frame</em> , <em>iframe</em> , <em>embed</em> or
     * <em>object</em> . </ul>
     *
     * <p>CloudFormation property {@code Key}.
     */
    public ListenerAttribute key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ListenerAttribute key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the attribute.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public ListenerAttribute value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ListenerAttribute value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The mutual authentication configuration information.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::Listener.MutualAuthentication}.
   */
  public static final class MutualAuthentication extends Struct<MutualAuthentication> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::Listener.MutualAuthentication")
        .allowed("AdvertiseTrustStoreCaNames", "off", "on")
        .build();

    public MutualAuthentication() {
      super(SCHEMA);
    }

    /**
     * Indicates whether trust store CA certificate names are advertised.
     *
     * <p>Allowed values: {@code off}, {@code on}. CloudFormation property {@code
     * AdvertiseTrustStoreCaNames}.
     */
    public MutualAuthentication advertiseTrustStoreCaNames(String value) {
      return set("AdvertiseTrustStoreCaNames", Value.of(value));
    }

    /**
     * Sets {@code AdvertiseTrustStoreCaNames} to this value; see {@link
     * #advertiseTrustStoreCaNames(String)}.
     */
    public MutualAuthentication advertiseTrustStoreCaNames(Value<String> value) {
      return set("AdvertiseTrustStoreCaNames", value);
    }

    /**
     * Indicates whether expired client certificates are ignored.
     *
     * <p>CloudFormation property {@code IgnoreClientCertificateExpiry}.
     */
    public MutualAuthentication ignoreClientCertificateExpiry(boolean value) {
      return set("IgnoreClientCertificateExpiry", Value.of(value));
    }

    /**
     * Sets {@code IgnoreClientCertificateExpiry} to this value; see {@link
     * #ignoreClientCertificateExpiry(boolean)}.
     */
    public MutualAuthentication ignoreClientCertificateExpiry(Value<Boolean> value) {
      return set("IgnoreClientCertificateExpiry", value);
    }

    /**
     * The client certificate handling method. Options are <code>off</code> ,
     * <code>passthrough</code> or <code>verify</code> . The default value is <code>off</code> .
     *
     * <p>CloudFormation property {@code Mode}.
     */
    public MutualAuthentication mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public MutualAuthentication mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the trust store.
     *
     * <p>CloudFormation property {@code TrustStoreArn}.
     */
    public MutualAuthentication trustStoreArn(String value) {
      return set("TrustStoreArn", Value.of(value));
    }

    /** Sets {@code TrustStoreArn} to this value; see {@link #trustStoreArn(String)}. */
    public MutualAuthentication trustStoreArn(Value<String> value) {
      return set("TrustStoreArn", value);
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
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::Listener.RedirectConfig}.
   */
  public static final class RedirectConfig extends Struct<RedirectConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::Listener.RedirectConfig")
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
   * Information about the target group stickiness for a rule.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::Listener.TargetGroupStickinessConfig}.
   */
  public static final class TargetGroupStickinessConfig extends Struct<TargetGroupStickinessConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ElasticLoadBalancingV2::Listener.TargetGroupStickinessConfig");

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
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::Listener.TargetGroupTuple}.
   */
  public static final class TargetGroupTuple extends Struct<TargetGroupTuple> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::Listener.TargetGroupTuple")
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
}
