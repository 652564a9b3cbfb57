// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.OIDCProvider;
import java.util.List;

/**
 * The <code>AWS::Cognito::IdentityPool</code> resource creates an Amazon Cognito identity pool.
 *
 * <p>To avoid deleting the resource accidentally from CloudFormation , use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * Attribute</a> and the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatereplacepolicy.html">UpdateReplacePolicy
 * Attribute</a> to retain the resource on deletion or replacement.
 *
 * <p>CloudFormation type {@code AWS::Cognito::IdentityPool}.
 */
public final class IdentityPool extends Resource<IdentityPool> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::IdentityPool")
      .required("AllowUnauthenticatedIdentities")
      .constrain("CognitoEvents", Constraint.of().format("json"))
      .constrain("DeveloperProviderName", Constraint.of().pattern("^[\\w._-]+$").minLength(1).maxLength(128))
      .constrain("IdentityPoolName", Constraint.of().pattern("^[\\w\\s+=,.@-]+$").minLength(1).maxLength(128))
      .constrain("OpenIdConnectProviderARNs", Constraint.of().minLength(20).maxLength(2048))
      .references("OpenIdConnectProviderARNs", "AWS::IAM::OIDCProvider.Ref")
      .constrain("SamlProviderARNs", Constraint.of().minLength(20).maxLength(2048))
      .constrain("SupportedLoginProviders", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Id", "Name")
      .tags("IdentityPoolTags", Schema.TagForm.LIST)
      .build();

  public IdentityPool(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Enables the Basic (Classic) authentication flow.
   *
   * <p>CloudFormation property {@code AllowClassicFlow}.
   */
  public IdentityPool allowClassicFlow(boolean value) {
    return set("AllowClassicFlow", Value.of(value));
  }

  /** Sets {@code AllowClassicFlow} to this value; see {@link #allowClassicFlow(boolean)}. */
  public IdentityPool allowClassicFlow(Value<Boolean> value) {
    return set("AllowClassicFlow", value);
  }

  /**
   * Specifies whether the identity pool supports unauthenticated logins.
   *
   * <p>Required. CloudFormation property {@code AllowUnauthenticatedIdentities}.
   */
  public IdentityPool allowUnauthenticatedIdentities(boolean value) {
    return set("AllowUnauthenticatedIdentities", Value.of(value));
  }

  /**
   * Sets {@code AllowUnauthenticatedIdentities} to this value; see {@link
   * #allowUnauthenticatedIdentities(boolean)}.
   */
  public IdentityPool allowUnauthenticatedIdentities(Value<Boolean> value) {
    return set("AllowUnauthenticatedIdentities", value);
  }

  /**
   * The events to configure.
   *
   * <p>Format: {@code json}. CloudFormation property {@code CognitoEvents}.
   */
  public IdentityPool cognitoEvents(Value<Json> value) {
    return set("CognitoEvents", value);
  }

  /**
   * The Amazon Cognito user pools and their client IDs.
   *
   * <p>CloudFormation property {@code CognitoIdentityProviders}.
   */
  public IdentityPool cognitoIdentityProviders(List<CognitoIdentityProvider> value) {
    return set("CognitoIdentityProviders", Value.listOf(value));
  }

  /**
   * Sets {@code CognitoIdentityProviders} to this value; see {@link
   * #cognitoIdentityProviders(List)}.
   */
  public IdentityPool cognitoIdentityProviders(Value<List<CognitoIdentityProvider>> value) {
    return set("CognitoIdentityProviders", value);
  }

  /**
   * Sets {@code CognitoIdentityProviders} to a list of these; see {@link
   * #cognitoIdentityProviders(List)}.
   */
  public IdentityPool cognitoIdentityProviders(CognitoIdentityProvider... values) {
    return set("CognitoIdentityProviders", Value.list(values));
  }

  /**
   * Configuration options for configuring Amazon Cognito streams.
   *
   * <p>CloudFormation property {@code CognitoStreams}.
   */
  public IdentityPool cognitoStreams(Value<CognitoStreams> value) {
    return set("CognitoStreams", value);
  }

  /**
   * The "domain" Amazon Cognito uses when referencing your users. This name acts as a placeholder
   * that allows your backend and the Amazon Cognito service to communicate about the developer
   * provider. For the <code>DeveloperProviderName</code> , you can use letters and periods (.),
   * underscores (_), and dashes (-).
   *
   * <p><em>Minimum length</em> : 1
   *
   * <p><em>Maximum length</em> : 100
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^[&#92;w._-]+$}. CloudFormation property {@code
   * DeveloperProviderName}.
   */
  public IdentityPool developerProviderName(String value) {
    return set("DeveloperProviderName", Value.of(value));
  }

  /**
   * Sets {@code DeveloperProviderName} to this value; see {@link #developerProviderName(String)}.
   */
  public IdentityPool developerProviderName(Value<String> value) {
    return set("DeveloperProviderName", value);
  }

  /**
   * The name of your Amazon Cognito identity pool.
   *
   * <p><em>Minimum length</em> : 1
   *
   * <p><em>Maximum length</em> : 128
   *
   * <p><em>Pattern</em> : <code>[&#92;w&#92;s+=,.&#64;-]+</code>
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^[&#92;w&#92;s+=,.&#64;-]+$}. CloudFormation
   * property {@code IdentityPoolName}.
   */
  public IdentityPool identityPoolName(String value) {
    return set("IdentityPoolName", Value.of(value));
  }

  /** Sets {@code IdentityPoolName} to this value; see {@link #identityPoolName(String)}. */
  public IdentityPool identityPoolName(Value<String> value) {
    return set("IdentityPoolName", value);
  }

  /**
   * Tags to assign to the identity pool. A tag is a label that you can apply to identity pools to
   * categorize and manage them in different ways, such as by purpose, owner, environment, or other
   * criteria.
   *
   * <p>CloudFormation property {@code IdentityPoolTags}.
   */
  public IdentityPool identityPoolTags(List<Tag> value) {
    return set("IdentityPoolTags", Value.listOf(value));
  }

  /** Sets {@code IdentityPoolTags} to this value; see {@link #identityPoolTags(List)}. */
  public IdentityPool identityPoolTags(Value<List<Tag>> value) {
    return set("IdentityPoolTags", value);
  }

  /**
   * Sets {@code IdentityPoolTags} to the tags, as a list of Key and Value; see {@link
   * #identityPoolTags(List)}.
   */
  public IdentityPool identityPoolTags(Tags tags) {
    return set("IdentityPoolTags", tags);
  }

  /**
   * The Amazon Resource Names (ARNs) of the OpenID connect providers.
   *
   * <p>Length: 20 to 2048 characters. CloudFormation property {@code OpenIdConnectProviderARNs}.
   */
  public IdentityPool openIdConnectProviderARNs(List<String> value) {
    return set("OpenIdConnectProviderARNs", Value.listOf(value));
  }

  /**
   * Sets {@code OpenIdConnectProviderARNs} to this value; see {@link
   * #openIdConnectProviderARNs(List)}.
   */
  public IdentityPool openIdConnectProviderARNs(Value<List<String>> value) {
    return set("OpenIdConnectProviderARNs", value);
  }

  /**
   * Sets {@code OpenIdConnectProviderARNs} to the Ref of each {@code AWS::IAM::OIDCProvider}; see
   * {@link #openIdConnectProviderARNs(List)}.
   */
  public IdentityPool openIdConnectProviderARNs(OIDCProvider... resources) {
    return set("OpenIdConnectProviderARNs", Value.refs(resources));
  }

  /**
   * The configuration options to be applied to the identity pool.
   *
   * <p>CloudFormation property {@code PushSync}.
   */
  public IdentityPool pushSync(Value<PushSync> value) {
    return set("PushSync", value);
  }

  /**
   * The Amazon Resource Names (ARNs) of the Security Assertion Markup Language (SAML) providers.
   *
   * <p>Length: 20 to 2048 characters. CloudFormation property {@code SamlProviderARNs}.
   */
  public IdentityPool samlProviderARNs(List<String> value) {
    return set("SamlProviderARNs", Value.listOf(value));
  }

  /** Sets {@code SamlProviderARNs} to this value; see {@link #samlProviderARNs(List)}. */
  public IdentityPool samlProviderARNs(Value<List<String>> value) {
    return set("SamlProviderARNs", value);
  }

  /**
   * Key-value pairs that map provider names to provider app IDs.
   *
   * <p>Format: {@code json}. CloudFormation property {@code SupportedLoginProviders}.
   */
  public IdentityPool supportedLoginProviders(Value<Json> value) {
    return set("SupportedLoginProviders", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The name of the Amazon Cognito identity pool, returned as a string.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * <code>CognitoIdentityProvider</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-identitypool.html">AWS::Cognito::IdentityPool</a>
   * resource that represents an Amazon Cognito user pool and its client ID.
   *
   * <p>Property type {@code AWS::Cognito::IdentityPool.CognitoIdentityProvider}.
   */
  public static final class CognitoIdentityProvider extends Struct<CognitoIdentityProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::IdentityPool.CognitoIdentityProvider")
        .required("ClientId", "ProviderName")
        .constrain("ClientId", Constraint.of().pattern("^[\\w_]+$").minLength(1).maxLength(128))
        .references("ClientId", "AWS::Cognito::UserPoolClient.Ref")
        .constrain("ProviderName", Constraint.of().pattern("^[\\w._:/-]+$").minLength(1).maxLength(128))
        .references("ProviderName", "AWS::Cognito::UserPool.ProviderName")
        .build();

    public CognitoIdentityProvider() {
      super(SCHEMA);
    }

    /**
     * The client ID for the Amazon Cognito user pool.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[&#92;w_]+$}. CloudFormation
     * property {@code ClientId}.
     */
    public CognitoIdentityProvider clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public CognitoIdentityProvider clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * Sets {@code ClientId} to the Ref of {@code AWS::Cognito::UserPoolClient}; see {@link
     * #clientId(String)}.
     */
    public CognitoIdentityProvider clientId(UserPoolClient resource) {
      return set("ClientId", resource.ref());
    }

    /**
     * The provider name for an Amazon Cognito user pool. For example:
     * <code>cognito-idp.us-east-2.amazonaws.com/us-east-2_123456789</code> .
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[&#92;w._:/-]+$}. CloudFormation
     * property {@code ProviderName}.
     */
    public CognitoIdentityProvider providerName(String value) {
      return set("ProviderName", Value.of(value));
    }

    /** Sets {@code ProviderName} to this value; see {@link #providerName(String)}. */
    public CognitoIdentityProvider providerName(Value<String> value) {
      return set("ProviderName", value);
    }

    /**
     * Sets {@code ProviderName} to the ProviderName of {@code AWS::Cognito::UserPool}; see {@link
     * #providerName(String)}.
     */
    public CognitoIdentityProvider providerName(UserPool resource) {
      return set("ProviderName", resource.providerName());
    }

    /**
     * TRUE if server-side token validation is enabled for the identity provider’s token.
     *
     * <p>After you set the <code>ServerSideTokenCheck</code> to TRUE for an identity pool, that
     * identity pool checks with the integrated user pools to make sure the user has not been
     * globally signed out or deleted before the identity pool provides an OIDC token or AWS
     * credentials for the user.
     *
     * <p>If the user is signed out or deleted, the identity pool returns a 400 Not Authorized
     * error.
     *
     * <p>CloudFormation property {@code ServerSideTokenCheck}.
     */
    public CognitoIdentityProvider serverSideTokenCheck(boolean value) {
      return set("ServerSideTokenCheck", Value.of(value));
    }

    /**
     * Sets {@code ServerSideTokenCheck} to this value; see {@link #serverSideTokenCheck(boolean)}.
     */
    public CognitoIdentityProvider serverSideTokenCheck(Value<Boolean> value) {
      return set("ServerSideTokenCheck", value);
    }
  }

  /**
   * <code>CognitoStreams</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-identitypool.html">AWS::Cognito::IdentityPool</a>
   * resource that defines configuration options for Amazon Cognito streams.
   *
   * <p>Property type {@code AWS::Cognito::IdentityPool.CognitoStreams}.
   */
  public static final class CognitoStreams extends Struct<CognitoStreams> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::IdentityPool.CognitoStreams")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public CognitoStreams() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the role Amazon Cognito can assume to publish to the
     * stream. This role must grant access to Amazon Cognito (cognito-sync) to invoke
     * <code>PutRecord</code> on your Amazon Cognito stream.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public CognitoStreams roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public CognitoStreams roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The name of the Amazon Cognito stream to receive updates. This stream must be in the
     * developer's account and in the same Region as the identity pool.
     *
     * <p>CloudFormation property {@code StreamName}.
     */
    public CognitoStreams streamName(String value) {
      return set("StreamName", Value.of(value));
    }

    /** Sets {@code StreamName} to this value; see {@link #streamName(String)}. */
    public CognitoStreams streamName(Value<String> value) {
      return set("StreamName", value);
    }

    /**
     * Status of the Amazon Cognito streams. Valid values are: <code>ENABLED</code> or
     * <code>DISABLED</code> .
     *
     * <p>CloudFormation property {@code StreamingStatus}.
     */
    public CognitoStreams streamingStatus(String value) {
      return set("StreamingStatus", Value.of(value));
    }

    /** Sets {@code StreamingStatus} to this value; see {@link #streamingStatus(String)}. */
    public CognitoStreams streamingStatus(Value<String> value) {
      return set("StreamingStatus", value);
    }
  }

  /**
   * <code>PushSync</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-identitypool.html">AWS::Cognito::IdentityPool</a>
   * resource that defines the configuration options to be applied to an Amazon Cognito identity
   * pool.
   *
   * <p>Property type {@code AWS::Cognito::IdentityPool.PushSync}.
   */
  public static final class PushSync extends Struct<PushSync> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::IdentityPool.PushSync")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public PushSync() {
      super(SCHEMA);
    }

    /**
     * The ARNs of the Amazon SNS platform applications that could be used by clients.
     *
     * <p>CloudFormation property {@code ApplicationArns}.
     */
    public PushSync applicationArns(List<String> value) {
      return set("ApplicationArns", Value.listOf(value));
    }

    /** Sets {@code ApplicationArns} to this value; see {@link #applicationArns(List)}. */
    public PushSync applicationArns(Value<List<String>> value) {
      return set("ApplicationArns", value);
    }

    /**
     * An IAM role configured to allow Amazon Cognito to call Amazon SNS on behalf of the developer.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public PushSync roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public PushSync roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }
}
