// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource Type definition for AWS::SageMaker::Workforce. Use to create a private workforce that
 * you can use to label your training data using Amazon SageMaker Ground Truth.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Workforce}.
 */
public final class Workforce extends Resource<Workforce> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Workforce")
      .required("WorkforceName")
      .allowed("IpAddressType", "ipv4", "dualstack")
      .constrain("WorkforceName", Constraint.of().pattern("^[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}$").minLength(1).maxLength(63))
      .refYields("WorkforceArn")
      .attributes("SubDomain", "WorkforceArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Workforce(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration of an Amazon Cognito workforce. A single Cognito workforce is created using
   * and corresponds to a single Amazon Cognito user pool.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CognitoConfig}.
   */
  public Workforce cognitoConfig(Value<CognitoConfig> value) {
    return set("CognitoConfig", value);
  }

  /**
   * The IP address type for the workforce. IPv4 only or dualstack (IPv4 and IPv6).
   *
   * <p>Allowed values: {@code ipv4}, {@code dualstack}. CloudFormation property {@code
   * IpAddressType}.
   */
  public Workforce ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public Workforce ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * The configuration of an OIDC Identity Provider (IdP) private workforce.
   *
   * <p>CloudFormation property {@code OidcConfig}.
   */
  public Workforce oidcConfig(Value<OidcConfig> value) {
    return set("OidcConfig", value);
  }

  /**
   * A list of IP address ranges used to access your training data.
   *
   * <p>CloudFormation property {@code SourceIpConfig}.
   */
  public Workforce sourceIpConfig(Value<SourceIpConfig> value) {
    return set("SourceIpConfig", value);
  }

  /**
   * An array of key-value pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workforce tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Workforce tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Workforce tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the private workforce.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9]([a-zA-Z0-9&#92;-]){0,62}$}. CloudFormation property {@code WorkforceName}.
   */
  public Workforce workforceName(String value) {
    return set("WorkforceName", Value.of(value));
  }

  /** Sets {@code WorkforceName} to this value; see {@link #workforceName(String)}. */
  public Workforce workforceName(Value<String> value) {
    return set("WorkforceName", value);
  }

  /**
   * The VPC configuration for the workforce.
   *
   * <p>CloudFormation property {@code WorkforceVpcConfig}.
   */
  public Workforce workforceVpcConfig(Value<WorkforceVpcConfigRequest> value) {
    return set("WorkforceVpcConfig", value);
  }

  /**
   * The subdomain for your OIDC Identity Provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubDomain}.
   */
  public Value<String> subDomain() {
    return getAtt("SubDomain");
  }

  /**
   * The Amazon Resource Name (ARN) of the private workforce.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkforceArn}.
   */
  public Value<String> workforceArn() {
    return getAtt("WorkforceArn");
  }

  /**
   * The configuration of an Amazon Cognito workforce. A single Cognito workforce is created using
   * and corresponds to a single Amazon Cognito user pool.
   *
   * <p>Property type {@code AWS::SageMaker::Workforce.CognitoConfig}.
   */
  public static final class CognitoConfig extends Struct<CognitoConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Workforce.CognitoConfig")
        .required("ClientId", "UserPool")
        .constrain("ClientId", Constraint.of().pattern("^[ -~]+$").minLength(1).maxLength(1024))
        .constrain("UserPool", Constraint.of().pattern("^[\\w-]+_[0-9a-zA-Z]+$").minLength(1).maxLength(55))
        .build();

    public CognitoConfig() {
      super(SCHEMA);
    }

    /**
     * The client ID for your Amazon Cognito user pool.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code ^[ -~]+$}. CloudFormation property
     * {@code ClientId}.
     */
    public CognitoConfig clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public CognitoConfig clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The ID for your Amazon Cognito user pool.
     *
     * <p>Required. Length: 1 to 55 characters. Pattern: {@code ^[&#92;w-]+_[0-9a-zA-Z]+$}.
     * CloudFormation property {@code UserPool}.
     */
    public CognitoConfig userPool(String value) {
      return set("UserPool", Value.of(value));
    }

    /** Sets {@code UserPool} to this value; see {@link #userPool(String)}. */
    public CognitoConfig userPool(Value<String> value) {
      return set("UserPool", value);
    }
  }

  /**
   * The configuration of an OIDC Identity Provider (IdP) private workforce.
   *
   * <p>Property type {@code AWS::SageMaker::Workforce.OidcConfig}.
   */
  public static final class OidcConfig extends Struct<OidcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Workforce.OidcConfig")
        .required("AuthorizationEndpoint", "ClientId", "Issuer", "JwksUri", "LogoutEndpoint",
            "TokenEndpoint", "UserInfoEndpoint")
        .constrain("AuthorizationEndpoint", Constraint.of().pattern("^https://.*$").minLength(0).maxLength(500))
        .constrain("ClientId", Constraint.of().pattern("^[\\w+]+$").minLength(1).maxLength(1024))
        .constrain("ClientSecret", Constraint.of().pattern("^[\\w+]+$").minLength(1).maxLength(1024))
        .constrain("Issuer", Constraint.of().pattern("^https://.*$").minLength(0).maxLength(500))
        .constrain("JwksUri", Constraint.of().pattern("^https://.*$").minLength(0).maxLength(500))
        .constrain("LogoutEndpoint", Constraint.of().pattern("^https://.*$").minLength(0).maxLength(500))
        .constrain("Scope", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+$").minLength(0).maxLength(500))
        .constrain("TokenEndpoint", Constraint.of().pattern("^https://.*$").minLength(0).maxLength(500))
        .constrain("UserInfoEndpoint", Constraint.of().pattern("^https://.*$").minLength(0).maxLength(500))
        .build();

    public OidcConfig() {
      super(SCHEMA);
    }

    /**
     * A string to string map of identifiers specific to the custom identity provider (IdP) being
     * used.
     *
     * <p>CloudFormation property {@code AuthenticationRequestExtraParams}.
     */
    public OidcConfig authenticationRequestExtraParams(Map<String, String> value) {
      return set("AuthenticationRequestExtraParams", Value.mapOf(value));
    }

    /**
     * Sets {@code AuthenticationRequestExtraParams} to this value; see {@link
     * #authenticationRequestExtraParams(Map)}.
     */
    public OidcConfig authenticationRequestExtraParams(Value<Map<String, String>> value) {
      return set("AuthenticationRequestExtraParams", value);
    }

    /**
     * The OIDC IdP authorization endpoint used to configure your private workforce.
     *
     * <p>Required. Length: 0 to 500 characters. Pattern: {@code ^https://.*$}. CloudFormation
     * property {@code AuthorizationEndpoint}.
     */
    public OidcConfig authorizationEndpoint(String value) {
      return set("AuthorizationEndpoint", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationEndpoint} to this value; see {@link #authorizationEndpoint(String)}.
     */
    public OidcConfig authorizationEndpoint(Value<String> value) {
      return set("AuthorizationEndpoint", value);
    }

    /**
     * The OIDC IdP client ID used to configure your private workforce.
     *
     * <p>Required. Length: 1 to 1024 characters. Pattern: {@code ^[&#92;w+]+$}. CloudFormation
     * property {@code ClientId}.
     */
    public OidcConfig clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public OidcConfig clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The OIDC IdP client secret used to configure your private workforce.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^[&#92;w+]+$}. CloudFormation property
     * {@code ClientSecret}.
     */
    public OidcConfig clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public OidcConfig clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * The OIDC IdP issuer used to configure your private workforce.
     *
     * <p>Required. Length: 0 to 500 characters. Pattern: {@code ^https://.*$}. CloudFormation
     * property {@code Issuer}.
     */
    public OidcConfig issuer(String value) {
      return set("Issuer", Value.of(value));
    }

    /** Sets {@code Issuer} to this value; see {@link #issuer(String)}. */
    public OidcConfig issuer(Value<String> value) {
      return set("Issuer", value);
    }

    /**
     * The OIDC IdP JSON Web Key Set (Jwks) URI used to configure your private workforce.
     *
     * <p>Required. Length: 0 to 500 characters. Pattern: {@code ^https://.*$}. CloudFormation
     * property {@code JwksUri}.
     */
    public OidcConfig jwksUri(String value) {
      return set("JwksUri", Value.of(value));
    }

    /** Sets {@code JwksUri} to this value; see {@link #jwksUri(String)}. */
    public OidcConfig jwksUri(Value<String> value) {
      return set("JwksUri", value);
    }

    /**
     * The OIDC IdP logout endpoint used to configure your private workforce.
     *
     * <p>Required. Length: 0 to 500 characters. Pattern: {@code ^https://.*$}. CloudFormation
     * property {@code LogoutEndpoint}.
     */
    public OidcConfig logoutEndpoint(String value) {
      return set("LogoutEndpoint", Value.of(value));
    }

    /** Sets {@code LogoutEndpoint} to this value; see {@link #logoutEndpoint(String)}. */
    public OidcConfig logoutEndpoint(Value<String> value) {
      return set("LogoutEndpoint", value);
    }

    /**
     * An array of string identifiers used to refer to the specific pieces of user data or claims
     * that the client application wants to access.
     *
     * <p>Length: 0 to 500 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;s]+$}. CloudFormation property {@code
     * Scope}.
     */
    public OidcConfig scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public OidcConfig scope(Value<String> value) {
      return set("Scope", value);
    }

    /**
     * The OIDC IdP token endpoint used to configure your private workforce.
     *
     * <p>Required. Length: 0 to 500 characters. Pattern: {@code ^https://.*$}. CloudFormation
     * property {@code TokenEndpoint}.
     */
    public OidcConfig tokenEndpoint(String value) {
      return set("TokenEndpoint", Value.of(value));
    }

    /** Sets {@code TokenEndpoint} to this value; see {@link #tokenEndpoint(String)}. */
    public OidcConfig tokenEndpoint(Value<String> value) {
      return set("TokenEndpoint", value);
    }

    /**
     * The OIDC IdP user info endpoint used to configure your private workforce.
     *
     * <p>Required. Length: 0 to 500 characters. Pattern: {@code ^https://.*$}. CloudFormation
     * property {@code UserInfoEndpoint}.
     */
    public OidcConfig userInfoEndpoint(String value) {
      return set("UserInfoEndpoint", Value.of(value));
    }

    /** Sets {@code UserInfoEndpoint} to this value; see {@link #userInfoEndpoint(String)}. */
    public OidcConfig userInfoEndpoint(Value<String> value) {
      return set("UserInfoEndpoint", value);
    }
  }

  /**
   * A list of IP address ranges used to access your training data.
   *
   * <p>Property type {@code AWS::SageMaker::Workforce.SourceIpConfig}.
   */
  public static final class SourceIpConfig extends Struct<SourceIpConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Workforce.SourceIpConfig")
        .required("Cidrs")
        .constrain("Cidrs", Constraint.of().pattern("^(^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(\\/(3[0-2]|[1-2][0-9]|[0-9]))$)|(^s*((([0-9A-Fa-f]{1,4}:){7}([0-9A-Fa-f]{1,4}|:))|(([0-9A-Fa-f]{1,4}:){6}(:[0-9A-Fa-f]{1,4}|((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){5}(((:[0-9A-Fa-f]{1,4}){1,2})|:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){4}(((:[0-9A-Fa-f]{1,4}){1,3})|((:[0-9A-Fa-f]{1,4})?:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){3}(((:[0-9A-Fa-f]{1,4}){1,4})|((:[0-9A-Fa-f]{1,4}){0,2}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){2}(((:[0-9A-Fa-f]{1,4}){1,5})|((:[0-9A-Fa-f]{1,4}){0,3}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){1}(((:[0-9A-Fa-f]{1,4}){1,6})|((:[0-9A-Fa-f]{1,4}){0,4}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(:(((:[0-9A-Fa-f]{1,4}){1,7})|((:[0-9A-Fa-f]{1,4}){0,5}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:)))(%.+)?s*(\\/(12[0-8]|1[0-1][0-9]|[1-9][0-9]|[0-9]))$)$").minLength(4).maxLength(64).format("ipv4-network"))
        .build();

    public SourceIpConfig() {
      super(SCHEMA);
    }

    /**
     * A list of one to ten Classless Inter-Domain Routing (CIDR) values.
     *
     * <p>Required. Length: 4 to 64 characters. Pattern: {@code
     * ^(^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])&#92;.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(&#92;/(3[0-2]|[1-2][0-9]|[0-9]))$)|(^s*((([0-9A-Fa-f]{1,4}:){7}([0-9A-Fa-f]{1,4}|:))|(([0-9A-Fa-f]{1,4}:){6}(:[0-9A-Fa-f]{1,4}|((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){5}(((:[0-9A-Fa-f]{1,4}){1,2})|:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){4}(((:[0-9A-Fa-f]{1,4}){1,3})|((:[0-9A-Fa-f]{1,4})?:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){3}(((:[0-9A-Fa-f]{1,4}){1,4})|((:[0-9A-Fa-f]{1,4}){0,2}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){2}(((:[0-9A-Fa-f]{1,4}){1,5})|((:[0-9A-Fa-f]{1,4}){0,3}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){1}(((:[0-9A-Fa-f]{1,4}){1,6})|((:[0-9A-Fa-f]{1,4}){0,4}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(:(((:[0-9A-Fa-f]{1,4}){1,7})|((:[0-9A-Fa-f]{1,4}){0,5}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:)))(%.+)?s*(&#92;/(12[0-8]|1[0-1][0-9]|[1-9][0-9]|[0-9]))$)$}.
     * Format: {@code ipv4-network}. CloudFormation property {@code Cidrs}.
     */
    public SourceIpConfig cidrs(List<String> value) {
      return set("Cidrs", Value.listOf(value));
    }

    /** Sets {@code Cidrs} to this value; see {@link #cidrs(List)}. */
    public SourceIpConfig cidrs(Value<List<String>> value) {
      return set("Cidrs", value);
    }
  }

  /**
   * The VPC configuration for the workforce.
   *
   * <p>Property type {@code AWS::SageMaker::Workforce.WorkforceVpcConfigRequest}.
   */
  public static final class WorkforceVpcConfigRequest extends Struct<WorkforceVpcConfigRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Workforce.WorkforceVpcConfigRequest")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[0-9a-z]*$").minLength(0).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("^subnet-[0-9a-z]*$").minLength(0).maxLength(32).format("AWS::EC2::Subnet.Id"))
        .constrain("VpcId", Constraint.of().pattern("^vpc-[0-9a-z]*$").minLength(0).maxLength(32).format("AWS::EC2::VPC.Id"))
        .build();

    public WorkforceVpcConfigRequest() {
      super(SCHEMA);
    }

    /**
     * The VPC security group IDs.
     *
     * <p>Length: 0 to 32 characters. Pattern: {@code ^sg-[0-9a-z]*$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public WorkforceVpcConfigRequest securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public WorkforceVpcConfigRequest securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The VPC subnets.
     *
     * <p>Length: 0 to 32 characters. Pattern: {@code ^subnet-[0-9a-z]*$}. Format: {@code
     * AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public WorkforceVpcConfigRequest subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public WorkforceVpcConfigRequest subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }

    /**
     * The ID of the VPC.
     *
     * <p>Length: 0 to 32 characters. Pattern: {@code ^vpc-[0-9a-z]*$}. Format: {@code
     * AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
     */
    public WorkforceVpcConfigRequest vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public WorkforceVpcConfigRequest vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
