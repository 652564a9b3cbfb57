// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The AWS::Cognito::UserPoolDomain resource creates a new domain for a user pool.
 *
 * <p>CloudFormation type {@code AWS::Cognito::UserPoolDomain}.
 */
public final class UserPoolDomain extends Resource<UserPoolDomain> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolDomain")
      .required("Domain", "UserPoolId")
      .constrain("Domain", Constraint.of().minLength(1).maxLength(63))
      .constrain("UserPoolId", Constraint.of().pattern("^[\\w-]+_[0-9a-zA-Z]+$").minLength(1).maxLength(55))
      .refYields("Domain")
      .attributes("CloudFrontDistribution")
      .build();

  public UserPoolDomain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration for a custom domain that hosts the sign-up and sign-in pages for your
   * application. Use this object to specify an SSL certificate that is managed by ACM.
   *
   * <p>When you create a custom domain, the passkey RP ID defaults to the custom domain. If you had
   * a prefix domain active, this will cause passkey integration for your prefix domain to stop
   * working due to a mismatch in RP ID. To keep the prefix domain passkey integration working, you
   * can explicitly set RP ID to the prefix domain.
   *
   * <p>CloudFormation property {@code CustomDomainConfig}.
   */
  public UserPoolDomain customDomainConfig(Value<CustomDomainConfigType> value) {
    return set("CustomDomainConfig", value);
  }

  /**
   * The name of the domain that you want to update. For custom domains, this is the fully-qualified
   * domain name, for example <code>auth.example.com</code> . For prefix domains, this is the prefix
   * alone, such as <code>myprefix</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. CloudFormation
   * property {@code Domain}.
   */
  public UserPoolDomain domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public UserPoolDomain domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * A version number that indicates the state of managed login for your domain. Version
   * <code>1</code> is hosted UI (classic). Version <code>2</code> is the newer managed login with
   * the branding editor. For more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html">Managed
   * login</a> .
   *
   * <p>CloudFormation property {@code ManagedLoginVersion}.
   */
  public UserPoolDomain managedLoginVersion(int value) {
    return set("ManagedLoginVersion", Value.of(value));
  }

  /** Sets {@code ManagedLoginVersion} to this value; see {@link #managedLoginVersion(int)}. */
  public UserPoolDomain managedLoginVersion(Value<Integer> value) {
    return set("ManagedLoginVersion", value);
  }

  /** CloudFormation property {@code Routing}. */
  public UserPoolDomain routing(Value<RoutingType> value) {
    return set("Routing", value);
  }

  /**
   * The ID of the user pool that is associated with the domain you're updating.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 55 characters. Pattern: {@code
   * ^[&#92;w-]+_[0-9a-zA-Z]+$}. CloudFormation property {@code UserPoolId}.
   */
  public UserPoolDomain userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public UserPoolDomain userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /**
   * The Amazon CloudFront endpoint that you use as the target of the alias that you set up with
   * your Domain Name Service (DNS) provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CloudFrontDistribution}.
   */
  public Value<String> cloudFrontDistribution() {
    return getAtt("CloudFrontDistribution");
  }

  /**
   * The configuration for a hosted UI custom domain.
   *
   * <p>Property type {@code AWS::Cognito::UserPoolDomain.CustomDomainConfigType}.
   */
  public static final class CustomDomainConfigType extends Struct<CustomDomainConfigType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolDomain.CustomDomainConfigType")
        .constrain("CertificateArn", Constraint.of().pattern("^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?$").minLength(20).maxLength(2048).format("AWS::ACM::Certificate.Arn"))
        .allowed("SecurityPolicy", "TLS_V1", "TLS_V1_2_2021", "TLS_V1_3_2025")
        .build();

    public CustomDomainConfigType() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an Certificate Manager SSL certificate. You use this
     * certificate for the subdomain of your custom domain.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:([&#92;w+=/,.&#64;-]*)?:[0-9]+:[&#92;w+=/,.&#64;-]+(:[&#92;w+=/,.&#64;-]+)?(:[&#92;w+=/,.&#64;-]+)?$}.
     * Format: {@code AWS::ACM::Certificate.Arn}. CloudFormation property {@code CertificateArn}.
     */
    public CustomDomainConfigType certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public CustomDomainConfigType certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * Allowed values: {@code TLS_V1}, {@code TLS_V1_2_2021}, {@code TLS_V1_3_2025}. CloudFormation
     * property {@code SecurityPolicy}.
     */
    public CustomDomainConfigType securityPolicy(String value) {
      return set("SecurityPolicy", Value.of(value));
    }

    /** Sets {@code SecurityPolicy} to this value; see {@link #securityPolicy(String)}. */
    public CustomDomainConfigType securityPolicy(Value<String> value) {
      return set("SecurityPolicy", value);
    }
  }

  /** Property type {@code AWS::Cognito::UserPoolDomain.FailoverType}. */
  public static final class FailoverType extends Struct<FailoverType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolDomain.FailoverType")
        .required("PrimaryRoute53HealthCheckId", "SecondaryRegion")
        .constrain("PrimaryRoute53HealthCheckId", Constraint.of().minLength(0).maxLength(64))
        .constrain("SecondaryRegion", Constraint.of().minLength(5).maxLength(32))
        .build();

    public FailoverType() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 0 to 64 characters. CloudFormation property {@code
     * PrimaryRoute53HealthCheckId}.
     */
    public FailoverType primaryRoute53HealthCheckId(String value) {
      return set("PrimaryRoute53HealthCheckId", Value.of(value));
    }

    /**
     * Sets {@code PrimaryRoute53HealthCheckId} to this value; see {@link
     * #primaryRoute53HealthCheckId(String)}.
     */
    public FailoverType primaryRoute53HealthCheckId(Value<String> value) {
      return set("PrimaryRoute53HealthCheckId", value);
    }

    /** Required. Length: 5 to 32 characters. CloudFormation property {@code SecondaryRegion}. */
    public FailoverType secondaryRegion(String value) {
      return set("SecondaryRegion", Value.of(value));
    }

    /** Sets {@code SecondaryRegion} to this value; see {@link #secondaryRegion(String)}. */
    public FailoverType secondaryRegion(Value<String> value) {
      return set("SecondaryRegion", value);
    }
  }

  /** Property type {@code AWS::Cognito::UserPoolDomain.RoutingType}. */
  public static final class RoutingType extends Struct<RoutingType> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::UserPoolDomain.RoutingType");

    public RoutingType() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Failover}. */
    public RoutingType failover(Value<FailoverType> value) {
      return set("Failover", value);
    }
  }
}
