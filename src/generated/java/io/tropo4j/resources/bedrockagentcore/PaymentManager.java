// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::BedrockAgentCore::PaymentManager
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::PaymentManager}.
 */
public final class PaymentManager extends Resource<PaymentManager> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentManager")
      .required("AuthorizerType", "Name", "RoleArn")
      .allowed("AuthorizerType", "CUSTOM_JWT", "AWS_IAM")
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9\\s]+$").minLength(1).maxLength(4096))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9]{0,47}$"))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$").minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("PaymentManagerArn")
      .attributes("CreatedAt", "LastUpdatedAt", "PaymentManagerArn", "PaymentManagerId", "Status",
          "WorkloadIdentityDetails")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PaymentManager(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code AuthorizerConfiguration}. */
  public PaymentManager authorizerConfiguration(Value<AuthorizerConfiguration> value) {
    return set("AuthorizerConfiguration", value);
  }

  /**
   * Required. Changing it replaces the resource. Allowed values: {@code CUSTOM_JWT}, {@code
   * AWS_IAM}. CloudFormation property {@code AuthorizerType}.
   */
  public PaymentManager authorizerType(String value) {
    return set("AuthorizerType", Value.of(value));
  }

  /** Sets {@code AuthorizerType} to this value; see {@link #authorizerType(String)}. */
  public PaymentManager authorizerType(Value<String> value) {
    return set("AuthorizerType", value);
  }

  /**
   * A description of the payment manager
   *
   * <p>Length: 1 to 4096 characters. Pattern: {@code ^[a-zA-Z0-9&#92;s]+$}. CloudFormation property
   * {@code Description}.
   */
  public PaymentManager description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PaymentManager description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the payment manager
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9]{0,47}$}.
   * CloudFormation property {@code Name}.
   */
  public PaymentManager name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PaymentManager name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the IAM role for the payment manager
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code RoleArn}.
   */
  public PaymentManager roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public PaymentManager roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Tags to assign to the payment manager
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PaymentManager tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PaymentManager tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PaymentManager tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the payment manager was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp when the payment manager was last updated
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the payment manager
   *
   * <p>{@code Fn::GetAtt} attribute {@code PaymentManagerArn}.
   */
  public Value<String> paymentManagerArn() {
    return getAtt("PaymentManagerArn");
  }

  /**
   * The unique identifier for the payment manager
   *
   * <p>{@code Fn::GetAtt} attribute {@code PaymentManagerId}.
   */
  public Value<String> paymentManagerId() {
    return getAtt("PaymentManagerId");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code WorkloadIdentityDetails}. */
  public Value<WorkloadIdentityDetails> workloadIdentityDetails() {
    return getAtt("WorkloadIdentityDetails");
  }

  /** Property type {@code AWS::BedrockAgentCore::PaymentManager.AuthorizerConfiguration}. */
  public static final class AuthorizerConfiguration extends Struct<AuthorizerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentManager.AuthorizerConfiguration")
        .required("CustomJWTAuthorizer")
        .build();

    public AuthorizerConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code CustomJWTAuthorizer}. */
    public AuthorizerConfiguration customJWTAuthorizer(Value<CustomJWTAuthorizerConfiguration> value) {
      return set("CustomJWTAuthorizer", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::PaymentManager.AuthorizingClaimMatchValueType}. */
  public static final class AuthorizingClaimMatchValueType extends Struct<AuthorizingClaimMatchValueType> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentManager.AuthorizingClaimMatchValueType")
        .required("ClaimMatchOperator", "ClaimMatchValue")
        .allowed("ClaimMatchOperator", "EQUALS", "CONTAINS", "CONTAINS_ANY")
        .build();

    public AuthorizingClaimMatchValueType() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code EQUALS}, {@code CONTAINS}, {@code CONTAINS_ANY}.
     * CloudFormation property {@code ClaimMatchOperator}.
     */
    public AuthorizingClaimMatchValueType claimMatchOperator(String value) {
      return set("ClaimMatchOperator", Value.of(value));
    }

    /** Sets {@code ClaimMatchOperator} to this value; see {@link #claimMatchOperator(String)}. */
    public AuthorizingClaimMatchValueType claimMatchOperator(Value<String> value) {
      return set("ClaimMatchOperator", value);
    }

    /** Required. CloudFormation property {@code ClaimMatchValue}. */
    public AuthorizingClaimMatchValueType claimMatchValue(Value<ClaimMatchValueType> value) {
      return set("ClaimMatchValue", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::PaymentManager.ClaimMatchValueType}. */
  public static final class ClaimMatchValueType extends Struct<ClaimMatchValueType> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentManager.ClaimMatchValueType")
        .constrain("MatchValueString", Constraint.of().pattern("^[A-Za-z0-9_.-]+$").minLength(1).maxLength(255))
        .constrain("MatchValueStringList", Constraint.of().pattern("^[A-Za-z0-9_.-]+$").minLength(1).maxLength(255))
        .build();

    public ClaimMatchValueType() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9_.-]+$}. CloudFormation property
     * {@code MatchValueString}.
     */
    public ClaimMatchValueType matchValueString(String value) {
      return set("MatchValueString", Value.of(value));
    }

    /** Sets {@code MatchValueString} to this value; see {@link #matchValueString(String)}. */
    public ClaimMatchValueType matchValueString(Value<String> value) {
      return set("MatchValueString", value);
    }

    /**
     * Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9_.-]+$}. CloudFormation property
     * {@code MatchValueStringList}.
     */
    public ClaimMatchValueType matchValueStringList(List<String> value) {
      return set("MatchValueStringList", Value.listOf(value));
    }

    /** Sets {@code MatchValueStringList} to this value; see {@link #matchValueStringList(List)}. */
    public ClaimMatchValueType matchValueStringList(Value<List<String>> value) {
      return set("MatchValueStringList", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::PaymentManager.CustomClaimValidationType}. */
  public static final class CustomClaimValidationType extends Struct<CustomClaimValidationType> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentManager.CustomClaimValidationType")
        .required("AuthorizingClaimMatchValue", "InboundTokenClaimName",
            "InboundTokenClaimValueType")
        .constrain("InboundTokenClaimName", Constraint.of().pattern("^[A-Za-z0-9_.:/-]+$").minLength(1).maxLength(255))
        .allowed("InboundTokenClaimValueType", "STRING", "STRING_ARRAY")
        .build();

    public CustomClaimValidationType() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AuthorizingClaimMatchValue}. */
    public CustomClaimValidationType authorizingClaimMatchValue(Value<AuthorizingClaimMatchValueType> value) {
      return set("AuthorizingClaimMatchValue", value);
    }

    /**
     * Required. Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9_.:/-]+$}. CloudFormation
     * property {@code InboundTokenClaimName}.
     */
    public CustomClaimValidationType inboundTokenClaimName(String value) {
      return set("InboundTokenClaimName", Value.of(value));
    }

    /**
     * Sets {@code InboundTokenClaimName} to this value; see {@link #inboundTokenClaimName(String)}.
     */
    public CustomClaimValidationType inboundTokenClaimName(Value<String> value) {
      return set("InboundTokenClaimName", value);
    }

    /**
     * Required. Allowed values: {@code STRING}, {@code STRING_ARRAY}. CloudFormation property
     * {@code InboundTokenClaimValueType}.
     */
    public CustomClaimValidationType inboundTokenClaimValueType(String value) {
      return set("InboundTokenClaimValueType", Value.of(value));
    }

    /**
     * Sets {@code InboundTokenClaimValueType} to this value; see {@link
     * #inboundTokenClaimValueType(String)}.
     */
    public CustomClaimValidationType inboundTokenClaimValueType(Value<String> value) {
      return set("InboundTokenClaimValueType", value);
    }
  }

  /**
   * Property type {@code AWS::BedrockAgentCore::PaymentManager.CustomJWTAuthorizerConfiguration}.
   */
  public static final class CustomJWTAuthorizerConfiguration extends Struct<CustomJWTAuthorizerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentManager.CustomJWTAuthorizerConfiguration")
        .required("DiscoveryUrl")
        .constrain("AllowedScopes", Constraint.of().pattern("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$").minLength(1).maxLength(255))
        .constrain("DiscoveryUrl", Constraint.of().pattern("^.+/\\.well-known/openid-configuration$"))
        .build();

    public CustomJWTAuthorizerConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AllowedAudience}. */
    public CustomJWTAuthorizerConfiguration allowedAudience(List<String> value) {
      return set("AllowedAudience", Value.listOf(value));
    }

    /** Sets {@code AllowedAudience} to this value; see {@link #allowedAudience(List)}. */
    public CustomJWTAuthorizerConfiguration allowedAudience(Value<List<String>> value) {
      return set("AllowedAudience", value);
    }

    /** CloudFormation property {@code AllowedClients}. */
    public CustomJWTAuthorizerConfiguration allowedClients(List<String> value) {
      return set("AllowedClients", Value.listOf(value));
    }

    /** Sets {@code AllowedClients} to this value; see {@link #allowedClients(List)}. */
    public CustomJWTAuthorizerConfiguration allowedClients(Value<List<String>> value) {
      return set("AllowedClients", value);
    }

    /**
     * Length: 1 to 255 characters. Pattern: {@code
     * ^[&#92;x21&#92;x23-&#92;x5B&#92;x5D-&#92;x7E]+$}. CloudFormation property {@code
     * AllowedScopes}.
     */
    public CustomJWTAuthorizerConfiguration allowedScopes(List<String> value) {
      return set("AllowedScopes", Value.listOf(value));
    }

    /** Sets {@code AllowedScopes} to this value; see {@link #allowedScopes(List)}. */
    public CustomJWTAuthorizerConfiguration allowedScopes(Value<List<String>> value) {
      return set("AllowedScopes", value);
    }

    /** CloudFormation property {@code CustomClaims}. */
    public CustomJWTAuthorizerConfiguration customClaims(List<CustomClaimValidationType> value) {
      return set("CustomClaims", Value.listOf(value));
    }

    /** Sets {@code CustomClaims} to this value; see {@link #customClaims(List)}. */
    public CustomJWTAuthorizerConfiguration customClaims(Value<List<CustomClaimValidationType>> value) {
      return set("CustomClaims", value);
    }

    /** Sets {@code CustomClaims} to a list of these; see {@link #customClaims(List)}. */
    public CustomJWTAuthorizerConfiguration customClaims(CustomClaimValidationType... values) {
      return set("CustomClaims", Value.list(values));
    }

    /**
     * Required. Pattern: {@code ^.+/&#92;.well-known/openid-configuration$}. CloudFormation
     * property {@code DiscoveryUrl}.
     */
    public CustomJWTAuthorizerConfiguration discoveryUrl(String value) {
      return set("DiscoveryUrl", Value.of(value));
    }

    /** Sets {@code DiscoveryUrl} to this value; see {@link #discoveryUrl(String)}. */
    public CustomJWTAuthorizerConfiguration discoveryUrl(Value<String> value) {
      return set("DiscoveryUrl", value);
    }
  }

  /** Property type {@code AWS::BedrockAgentCore::PaymentManager.WorkloadIdentityDetails}. */
  public static final class WorkloadIdentityDetails extends Struct<WorkloadIdentityDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::PaymentManager.WorkloadIdentityDetails")
        .required("WorkloadIdentityArn")
        .build();

    public WorkloadIdentityDetails() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code WorkloadIdentityArn}. */
    public WorkloadIdentityDetails workloadIdentityArn(String value) {
      return set("WorkloadIdentityArn", Value.of(value));
    }

    /** Sets {@code WorkloadIdentityArn} to this value; see {@link #workloadIdentityArn(String)}. */
    public WorkloadIdentityDetails workloadIdentityArn(Value<String> value) {
      return set("WorkloadIdentityArn", value);
    }
  }
}
