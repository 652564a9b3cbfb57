// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.finspace;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::FinSpace::Environment</code> resource represents an Amazon FinSpace environment.
 *
 * <p>CloudFormation type {@code AWS::FinSpace::Environment}.
 */
public final class Environment extends Resource<Environment> {
  private static final Schema SCHEMA = Schema.builder("AWS::FinSpace::Environment")
      .required("Name")
      .constrain("DataBundles", Constraint.of().pattern("^arn:aws:finspace:[A-Za-z0-9_/.-]{0,63}:\\d*:data-bundle/[0-9A-Za-z_-]{1,128}$"))
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9. ]{1,1000}$"))
      .allowed("FederationMode", "LOCAL", "FEDERATED")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9]+[a-zA-Z0-9-]*[a-zA-Z0-9]{1,255}$"))
      .refYields("EnvironmentId")
      .attributes("AwsAccountId", "DedicatedServiceAccountId", "EnvironmentArn", "EnvironmentId",
          "EnvironmentUrl", "SageMakerStudioDomainUrl", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Environment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * ARNs of FinSpace Data Bundles to install
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws:finspace:[A-Za-z0-9_/.-]{0,63}:&#92;d*:data-bundle/[0-9A-Za-z_-]{1,128}$}.
   * CloudFormation property {@code DataBundles}.
   *
   * @deprecated The specification marks {@code DataBundles} deprecated.
   */
  @Deprecated
  public Environment dataBundles(List<String> value) {
    return set("DataBundles", Value.listOf(value));
  }

  /**
   * Sets {@code DataBundles} to this value; see {@link #dataBundles(List)}.
   *
   * @deprecated The specification marks {@code DataBundles} deprecated.
   */
  @Deprecated
  public Environment dataBundles(Value<List<String>> value) {
    return set("DataBundles", value);
  }

  /**
   * The description of the FinSpace environment.
   *
   * <p>Pattern: {@code ^[a-zA-Z0-9. ]{1,1000}$}. CloudFormation property {@code Description}.
   */
  public Environment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Environment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The authentication mode for the environment.
   *
   * <p>Allowed values: {@code LOCAL}, {@code FEDERATED}. CloudFormation property {@code
   * FederationMode}.
   */
  public Environment federationMode(String value) {
    return set("FederationMode", Value.of(value));
  }

  /** Sets {@code FederationMode} to this value; see {@link #federationMode(String)}. */
  public Environment federationMode(Value<String> value) {
    return set("FederationMode", value);
  }

  /**
   * Configuration information when authentication mode is FEDERATED.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code FederationParameters}.
   */
  public Environment federationParameters(Value<FederationParameters> value) {
    return set("FederationParameters", value);
  }

  /**
   * The KMS key id used to encrypt in the FinSpace environment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Environment kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Environment kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The name of the FinSpace environment.
   *
   * <p>Required. Pattern: {@code ^[a-zA-Z0-9]+[a-zA-Z0-9-]*[a-zA-Z0-9]{1,255}$}. CloudFormation
   * property {@code Name}.
   */
  public Environment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Environment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Configuration information for the superuser.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SuperuserParameters}.
   */
  public Environment superuserParameters(Value<SuperuserParameters> value) {
    return set("SuperuserParameters", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Environment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Environment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Environment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the AWS account in which the FinSpace environment is created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AwsAccountId}.
   */
  public Value<String> awsAccountId() {
    return getAtt("AwsAccountId");
  }

  /**
   * The AWS account ID of the dedicated service account associated with your FinSpace environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DedicatedServiceAccountId}.
   */
  public Value<String> dedicatedServiceAccountId() {
    return getAtt("DedicatedServiceAccountId");
  }

  /**
   * The Amazon Resource Name (ARN) of your FinSpace environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentArn}.
   */
  public Value<String> environmentArn() {
    return getAtt("EnvironmentArn");
  }

  /**
   * The identifier of the FinSpace environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentId}.
   */
  public Value<String> environmentId() {
    return getAtt("EnvironmentId");
  }

  /**
   * The sign-in url for the web application of your FinSpace environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentUrl}.
   */
  public Value<String> environmentUrl() {
    return getAtt("EnvironmentUrl");
  }

  /**
   * The url of the integrated FinSpace notebook environment in your web application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SageMakerStudioDomainUrl}.
   */
  public Value<String> sageMakerStudioDomainUrl() {
    return getAtt("SageMakerStudioDomainUrl");
  }

  /**
   * The current status of creation of the FinSpace environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** Property type {@code AWS::FinSpace::Environment.AttributeMapItems}. */
  public static final class AttributeMapItems extends Struct<AttributeMapItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::FinSpace::Environment.AttributeMapItems")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public AttributeMapItems() {
      super(SCHEMA);
    }

    /**
     * The key name of the tag. You can specify a value that is 1 to 128 Unicode characters in
     * length and cannot be prefixed with aws:. You can use any of the following characters: the set
     * of Unicode letters, digits, whitespace, _, ., /, =, +, and -.
     *
     * <p>Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation property
     * {@code Key}.
     */
    public AttributeMapItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public AttributeMapItems key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value for the tag. You can specify a value that is 0 to 256 Unicode characters in length
     * and cannot be prefixed with aws:. You can use any of the following characters: the set of
     * Unicode letters, digits, whitespace, _, ., /, =, +, and -.
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
     * {@code Value}.
     */
    public AttributeMapItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public AttributeMapItems value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Configuration information when authentication mode is FEDERATED.
   *
   * <p>Property type {@code AWS::FinSpace::Environment.FederationParameters}.
   */
  public static final class FederationParameters extends Struct<FederationParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::FinSpace::Environment.FederationParameters")
        .constrain("ApplicationCallBackURL", Constraint.of().pattern("^https?://[-a-zA-Z0-9+&amp;@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;@#/%=~_|]{1,1000}"))
        .constrain("FederationProviderName", Constraint.of().pattern("[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+").minLength(1).maxLength(32))
        .constrain("SamlMetadataDocument", Constraint.of().pattern(".*").minLength(1000).maxLength(10000000))
        .constrain("SamlMetadataURL", Constraint.of().pattern("^https?://[-a-zA-Z0-9+&amp;@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;@#/%=~_|]{1,1000}"))
        .build();

    public FederationParameters() {
      super(SCHEMA);
    }

    /**
     * The redirect or sign-in URL that should be entered into the SAML 2.0 compliant identity
     * provider configuration (IdP).
     *
     * <p>Changing it replaces the resource. Pattern: {@code
     * ^https?://[-a-zA-Z0-9+&amp;amp;&#64;#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;amp;&#64;#/%=~_|]{1,1000}}.
     * CloudFormation property {@code ApplicationCallBackURL}.
     */
    public FederationParameters applicationCallBackURL(String value) {
      return set("ApplicationCallBackURL", Value.of(value));
    }

    /**
     * Sets {@code ApplicationCallBackURL} to this value; see {@link
     * #applicationCallBackURL(String)}.
     */
    public FederationParameters applicationCallBackURL(Value<String> value) {
      return set("ApplicationCallBackURL", value);
    }

    /**
     * SAML attribute name and value. The name must always be <code>Email</code> and the value
     * should be set to the attribute definition in which user email is set. For example, name would
     * be <code>Email</code> and value
     * <code>http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress</code> . Please
     * check your SAML 2.0 compliant identity provider (IdP) documentation for details.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AttributeMap}.
     */
    public FederationParameters attributeMap(List<AttributeMapItems> value) {
      return set("AttributeMap", Value.listOf(value));
    }

    /** Sets {@code AttributeMap} to this value; see {@link #attributeMap(List)}. */
    public FederationParameters attributeMap(Value<List<AttributeMapItems>> value) {
      return set("AttributeMap", value);
    }

    /** Sets {@code AttributeMap} to a list of these; see {@link #attributeMap(List)}. */
    public FederationParameters attributeMap(AttributeMapItems... values) {
      return set("AttributeMap", Value.list(values));
    }

    /**
     * Name of the identity provider (IdP).
     *
     * <p>Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
     * [^_&#92;p{Z}][&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}][^_&#92;p{Z}]+}. CloudFormation
     * property {@code FederationProviderName}.
     */
    public FederationParameters federationProviderName(String value) {
      return set("FederationProviderName", Value.of(value));
    }

    /**
     * Sets {@code FederationProviderName} to this value; see {@link
     * #federationProviderName(String)}.
     */
    public FederationParameters federationProviderName(Value<String> value) {
      return set("FederationProviderName", value);
    }

    /**
     * The Uniform Resource Name (URN). Also referred as Service Provider URN or Audience URI or
     * Service Provider Entity ID.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code FederationURN}.
     */
    public FederationParameters federationURN(String value) {
      return set("FederationURN", Value.of(value));
    }

    /** Sets {@code FederationURN} to this value; see {@link #federationURN(String)}. */
    public FederationParameters federationURN(Value<String> value) {
      return set("FederationURN", value);
    }

    /**
     * SAML 2.0 Metadata document from identity provider (IdP).
     *
     * <p>Changing it replaces the resource. Length: 1000 to 10000000 characters. Pattern: {@code
     * .*}. CloudFormation property {@code SamlMetadataDocument}.
     */
    public FederationParameters samlMetadataDocument(String value) {
      return set("SamlMetadataDocument", Value.of(value));
    }

    /**
     * Sets {@code SamlMetadataDocument} to this value; see {@link #samlMetadataDocument(String)}.
     */
    public FederationParameters samlMetadataDocument(Value<String> value) {
      return set("SamlMetadataDocument", value);
    }

    /**
     * Provide the metadata URL from your SAML 2.0 compliant identity provider (IdP).
     *
     * <p>Changing it replaces the resource. Pattern: {@code
     * ^https?://[-a-zA-Z0-9+&amp;amp;&#64;#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;amp;&#64;#/%=~_|]{1,1000}}.
     * CloudFormation property {@code SamlMetadataURL}.
     */
    public FederationParameters samlMetadataURL(String value) {
      return set("SamlMetadataURL", Value.of(value));
    }

    /** Sets {@code SamlMetadataURL} to this value; see {@link #samlMetadataURL(String)}. */
    public FederationParameters samlMetadataURL(Value<String> value) {
      return set("SamlMetadataURL", value);
    }
  }

  /**
   * Configuration information for the superuser.
   *
   * <p>Property type {@code AWS::FinSpace::Environment.SuperuserParameters}.
   */
  public static final class SuperuserParameters extends Struct<SuperuserParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::FinSpace::Environment.SuperuserParameters")
        .constrain("EmailAddress", Constraint.of().pattern("[A-Z0-9a-z._%+-]+@[A-Za-z0-9.-]+[.]+[A-Za-z]+").minLength(1).maxLength(128))
        .constrain("FirstName", Constraint.of().pattern("^[a-zA-Z0-9]{1,50}$").minLength(1).maxLength(50))
        .constrain("LastName", Constraint.of().pattern("^[a-zA-Z0-9]{1,50}$").minLength(1).maxLength(50))
        .build();

    public SuperuserParameters() {
      super(SCHEMA);
    }

    /**
     * The email address of the superuser.
     *
     * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
     * [A-Z0-9a-z._%+-]+&#64;[A-Za-z0-9.-]+[.]+[A-Za-z]+}. CloudFormation property {@code
     * EmailAddress}.
     */
    public SuperuserParameters emailAddress(String value) {
      return set("EmailAddress", Value.of(value));
    }

    /** Sets {@code EmailAddress} to this value; see {@link #emailAddress(String)}. */
    public SuperuserParameters emailAddress(Value<String> value) {
      return set("EmailAddress", value);
    }

    /**
     * The first name of the superuser.
     *
     * <p>Changing it replaces the resource. Length: 1 to 50 characters. Pattern: {@code
     * ^[a-zA-Z0-9]{1,50}$}. CloudFormation property {@code FirstName}.
     */
    public SuperuserParameters firstName(String value) {
      return set("FirstName", Value.of(value));
    }

    /** Sets {@code FirstName} to this value; see {@link #firstName(String)}. */
    public SuperuserParameters firstName(Value<String> value) {
      return set("FirstName", value);
    }

    /**
     * The last name of the superuser.
     *
     * <p>Changing it replaces the resource. Length: 1 to 50 characters. Pattern: {@code
     * ^[a-zA-Z0-9]{1,50}$}. CloudFormation property {@code LastName}.
     */
    public SuperuserParameters lastName(String value) {
      return set("LastName", Value.of(value));
    }

    /** Sets {@code LastName} to this value; see {@link #lastName(String)}. */
    public SuperuserParameters lastName(Value<String> value) {
      return set("LastName", value);
    }
  }
}
