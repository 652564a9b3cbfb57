// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearchserverless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Specifies a security configuration for OpenSearch Serverless. For more information, see <a
 * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-saml.html">SAML
 * authentication for Amazon OpenSearch Serverless</a> .
 *
 * <p>CloudFormation type {@code AWS::OpenSearchServerless::SecurityConfig}.
 */
public final class SecurityConfig extends Resource<SecurityConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::SecurityConfig")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
      .constrain("Name", Constraint.of().pattern("^[a-z][a-z0-9-]{2,31}$").minLength(3).maxLength(32))
      .allowed("Type", "saml", "iamidentitycenter", "iamfederation")
      .refYields("Id")
      .attributes("IamIdentityCenterOptions.ApplicationArn",
          "IamIdentityCenterOptions.ApplicationDescription",
          "IamIdentityCenterOptions.ApplicationName", "Id")
      .build();

  public SecurityConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the security configuration.
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
   */
  public SecurityConfig description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SecurityConfig description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Describes IAM federation options in the form of a key-value map. Contains configuration details
   * about how OpenSearch Serverless integrates with external identity providers through federation.
   *
   * <p>CloudFormation property {@code IamFederationOptions}.
   */
  public SecurityConfig iamFederationOptions(Value<IamFederationConfigOptions> value) {
    return set("IamFederationOptions", value);
  }

  /**
   * Describes IAM Identity Center options in the form of a key-value map.
   *
   * <p>CloudFormation property {@code IamIdentityCenterOptions}.
   */
  public SecurityConfig iamIdentityCenterOptions(Value<IamIdentityCenterConfigOptions> value) {
    return set("IamIdentityCenterOptions", value);
  }

  /**
   * The name of the security configuration.
   *
   * <p>Changing it replaces the resource. Length: 3 to 32 characters. Pattern: {@code
   * ^[a-z][a-z0-9-]{2,31}$}. CloudFormation property {@code Name}.
   */
  public SecurityConfig name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SecurityConfig name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * SAML options for the security configuration in the form of a key-value map.
   *
   * <p>CloudFormation property {@code SamlOptions}.
   */
  public SecurityConfig samlOptions(Value<SamlConfigOptions> value) {
    return set("SamlOptions", value);
  }

  /**
   * The type of security configuration. Currently the only option is <code>saml</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code saml}, {@code iamidentitycenter},
   * {@code iamfederation}. CloudFormation property {@code Type}.
   */
  public SecurityConfig typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public SecurityConfig typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ARN of the IAM Identity Center application used to integrate with OpenSearch Serverless.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IamIdentityCenterOptions.ApplicationArn}.
   */
  public Value<String> iamIdentityCenterOptionsApplicationArn() {
    return getAtt("IamIdentityCenterOptions.ApplicationArn");
  }

  /**
   * The description of the IAM Identity Center application used to integrate with OpenSearch
   * Serverless.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IamIdentityCenterOptions.ApplicationDescription}.
   */
  public Value<String> iamIdentityCenterOptionsApplicationDescription() {
    return getAtt("IamIdentityCenterOptions.ApplicationDescription");
  }

  /**
   * The name of the IAM Identity Center application used to integrate with OpenSearch Serverless.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IamIdentityCenterOptions.ApplicationName}.
   */
  public Value<String> iamIdentityCenterOptionsApplicationName() {
    return getAtt("IamIdentityCenterOptions.ApplicationName");
  }

  /**
   * The unique identifier of the security configuration. For example,
   * <code>saml/123456789012/myprovider</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Describes IAM federation options for an OpenSearch Serverless security configuration in the
   * form of a key-value map. These options define how OpenSearch Serverless integrates with
   * external identity providers using federation.
   *
   * <p>Property type {@code AWS::OpenSearchServerless::SecurityConfig.IamFederationConfigOptions}.
   */
  public static final class IamFederationConfigOptions extends Struct<IamFederationConfigOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::SecurityConfig.IamFederationConfigOptions")
        .constrain("GroupAttribute", Constraint.of().pattern("^[A-Za-z][A-Za-z0-9_.:/=+\\-@]*$").minLength(1).maxLength(64))
        .constrain("UserAttribute", Constraint.of().pattern("^[A-Za-z][A-Za-z0-9_.:/=+\\-@]*$").minLength(1).maxLength(64))
        .build();

    public IamFederationConfigOptions() {
      super(SCHEMA);
    }

    /**
     * The group attribute for this IAM federation integration. This attribute is used to map
     * identity provider groups to OpenSearch Serverless permissions.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[A-Za-z][A-Za-z0-9_.:/=+&#92;-&#64;]*$}.
     * CloudFormation property {@code GroupAttribute}.
     */
    public IamFederationConfigOptions groupAttribute(String value) {
      return set("GroupAttribute", Value.of(value));
    }

    /** Sets {@code GroupAttribute} to this value; see {@link #groupAttribute(String)}. */
    public IamFederationConfigOptions groupAttribute(Value<String> value) {
      return set("GroupAttribute", value);
    }

    /**
     * The user attribute for this IAM federation integration. This attribute is used to identify
     * users in the federated authentication process.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[A-Za-z][A-Za-z0-9_.:/=+&#92;-&#64;]*$}.
     * CloudFormation property {@code UserAttribute}.
     */
    public IamFederationConfigOptions userAttribute(String value) {
      return set("UserAttribute", Value.of(value));
    }

    /** Sets {@code UserAttribute} to this value; see {@link #userAttribute(String)}. */
    public IamFederationConfigOptions userAttribute(Value<String> value) {
      return set("UserAttribute", value);
    }
  }

  /**
   * Describes IAM Identity Center options for an OpenSearch Serverless security configuration in
   * the form of a key-value map.
   *
   * <p>Property type {@code
   * AWS::OpenSearchServerless::SecurityConfig.IamIdentityCenterConfigOptions}.
   */
  public static final class IamIdentityCenterConfigOptions extends Struct<IamIdentityCenterConfigOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::SecurityConfig.IamIdentityCenterConfigOptions")
        .required("InstanceArn")
        .constrain("InstanceArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$").minLength(10).maxLength(1224))
        .build();

    public IamIdentityCenterConfigOptions() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM Identity Center application used to integrate with OpenSearch Serverless.
     *
     * <p>CloudFormation property {@code ApplicationArn}.
     */
    public IamIdentityCenterConfigOptions applicationArn(String value) {
      return set("ApplicationArn", Value.of(value));
    }

    /** Sets {@code ApplicationArn} to this value; see {@link #applicationArn(String)}. */
    public IamIdentityCenterConfigOptions applicationArn(Value<String> value) {
      return set("ApplicationArn", value);
    }

    /**
     * The description of the IAM Identity Center application used to integrate with OpenSearch
     * Serverless.
     *
     * <p>CloudFormation property {@code ApplicationDescription}.
     */
    public IamIdentityCenterConfigOptions applicationDescription(String value) {
      return set("ApplicationDescription", Value.of(value));
    }

    /**
     * Sets {@code ApplicationDescription} to this value; see {@link
     * #applicationDescription(String)}.
     */
    public IamIdentityCenterConfigOptions applicationDescription(Value<String> value) {
      return set("ApplicationDescription", value);
    }

    /**
     * The name of the IAM Identity Center application used to integrate with OpenSearch Serverless.
     *
     * <p>CloudFormation property {@code ApplicationName}.
     */
    public IamIdentityCenterConfigOptions applicationName(String value) {
      return set("ApplicationName", Value.of(value));
    }

    /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
    public IamIdentityCenterConfigOptions applicationName(Value<String> value) {
      return set("ApplicationName", value);
    }

    /**
     * The group attribute for this IAM Identity Center integration. Defaults to
     * <code>GroupId</code> .
     *
     * <p>CloudFormation property {@code GroupAttribute}.
     */
    public IamIdentityCenterConfigOptions groupAttribute(String value) {
      return set("GroupAttribute", Value.of(value));
    }

    /** Sets {@code GroupAttribute} to this value; see {@link #groupAttribute(String)}. */
    public IamIdentityCenterConfigOptions groupAttribute(Value<String> value) {
      return set("GroupAttribute", value);
    }

    /**
     * The ARN of the IAM Identity Center instance used to integrate with OpenSearch Serverless.
     *
     * <p>Required. Changing it replaces the resource. Length: 10 to 1224 characters. Pattern:
     * {@code
     * ^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$}.
     * CloudFormation property {@code InstanceArn}.
     */
    public IamIdentityCenterConfigOptions instanceArn(String value) {
      return set("InstanceArn", Value.of(value));
    }

    /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
    public IamIdentityCenterConfigOptions instanceArn(Value<String> value) {
      return set("InstanceArn", value);
    }

    /**
     * The user attribute for this IAM Identity Center integration. Defaults to <code>UserId</code>
     *
     * <p>CloudFormation property {@code UserAttribute}.
     */
    public IamIdentityCenterConfigOptions userAttribute(String value) {
      return set("UserAttribute", Value.of(value));
    }

    /** Sets {@code UserAttribute} to this value; see {@link #userAttribute(String)}. */
    public IamIdentityCenterConfigOptions userAttribute(Value<String> value) {
      return set("UserAttribute", value);
    }
  }

  /**
   * Describes SAML options for an OpenSearch Serverless security configuration in the form of a
   * key-value map.
   *
   * <p>Property type {@code AWS::OpenSearchServerless::SecurityConfig.SamlConfigOptions}.
   */
  public static final class SamlConfigOptions extends Struct<SamlConfigOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::SecurityConfig.SamlConfigOptions")
        .required("Metadata")
        .constrain("GroupAttribute", Constraint.of().pattern("[\\w+=,.@-]+").minLength(1).maxLength(2048))
        .constrain("Metadata", Constraint.of().pattern("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+").minLength(1).maxLength(51200))
        .constrain("OpenSearchServerlessEntityId", Constraint.of().pattern("^aws:opensearch:[0-9]{12}:*").minLength(1).maxLength(1024))
        .constrain("UserAttribute", Constraint.of().pattern("[\\w+=,.@-]+").minLength(1).maxLength(2048))
        .build();

    public SamlConfigOptions() {
      super(SCHEMA);
    }

    /**
     * The group attribute for this SAML integration.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code [&#92;w+=,.&#64;-]+}. CloudFormation
     * property {@code GroupAttribute}.
     */
    public SamlConfigOptions groupAttribute(String value) {
      return set("GroupAttribute", Value.of(value));
    }

    /** Sets {@code GroupAttribute} to this value; see {@link #groupAttribute(String)}. */
    public SamlConfigOptions groupAttribute(Value<String> value) {
      return set("GroupAttribute", value);
    }

    /**
     * The XML IdP metadata file generated from your identity provider.
     *
     * <p>Required. Length: 1 to 51200 characters. Pattern: {@code
     * [&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007E&#92;u00A1-&#92;u00FF]+}. CloudFormation
     * property {@code Metadata}.
     */
    public SamlConfigOptions metadata(String value) {
      return set("Metadata", Value.of(value));
    }

    /** Sets {@code Metadata} to this value; see {@link #metadata(String)}. */
    public SamlConfigOptions metadata(Value<String> value) {
      return set("Metadata", value);
    }

    /**
     * Custom entity ID attribute to override the default entity ID for this SAML integration.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^aws:opensearch:[0-9]{12}:*}. CloudFormation
     * property {@code OpenSearchServerlessEntityId}.
     */
    public SamlConfigOptions openSearchServerlessEntityId(String value) {
      return set("OpenSearchServerlessEntityId", Value.of(value));
    }

    /**
     * Sets {@code OpenSearchServerlessEntityId} to this value; see {@link
     * #openSearchServerlessEntityId(String)}.
     */
    public SamlConfigOptions openSearchServerlessEntityId(Value<String> value) {
      return set("OpenSearchServerlessEntityId", value);
    }

    /**
     * The session timeout, in minutes. Default is 60 minutes (12 hours).
     *
     * <p>CloudFormation property {@code SessionTimeout}.
     */
    public SamlConfigOptions sessionTimeout(int value) {
      return set("SessionTimeout", Value.of(value));
    }

    /** Sets {@code SessionTimeout} to this value; see {@link #sessionTimeout(int)}. */
    public SamlConfigOptions sessionTimeout(Value<Integer> value) {
      return set("SessionTimeout", value);
    }

    /**
     * A user attribute for this SAML integration.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code [&#92;w+=,.&#64;-]+}. CloudFormation
     * property {@code UserAttribute}.
     */
    public SamlConfigOptions userAttribute(String value) {
      return set("UserAttribute", Value.of(value));
    }

    /** Sets {@code UserAttribute} to this value; see {@link #userAttribute(String)}. */
    public SamlConfigOptions userAttribute(Value<String> value) {
      return set("UserAttribute", value);
    }
  }
}
