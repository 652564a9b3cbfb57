// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sso;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an OAuth 2.0 customer managed application in IAM Identity Center for the given
 * application provider.
 *
 * <p>This API does not support creating SAML 2.0 customer managed applications or AWS managed
 * applications. To learn how to create an AWS managed application, see the application user guide.
 * You can create a SAML 2.0 customer managed application in the AWS Management Console only. See <a
 * href="https://docs.aws.amazon.com/singlesignon/latest/userguide/customermanagedapps-saml2-setup.html">Setting
 * up customer managed SAML 2.0 applications</a> . For more information on these application types,
 * see <a href="https://docs.aws.amazon.com/singlesignon/latest/userguide/awsapps.html">AWS managed
 * applications</a> .
 *
 * <p>CloudFormation type {@code AWS::SSO::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSO::Application")
      .required("ApplicationProviderArn", "InstanceArn", "Name")
      .constrain("ApplicationProviderArn", Constraint.of().pattern("^arn:aws(-[a-z]{1,5}){0,3}:sso::aws:applicationProvider/[a-zA-Z0-9-/]+$").minLength(10).maxLength(1224))
      .constrain("Description", Constraint.of().minLength(1).maxLength(128))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$").minLength(10).maxLength(1224))
      .constrain("Name", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(0).maxLength(255))
      .allowed("Status", "ENABLED", "DISABLED")
      .refYields("ApplicationArn")
      .attributes("ApplicationArn", "IdentityStoreArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the application provider for this application.
   *
   * <p>Required. Changing it replaces the resource. Length: 10 to 1224 characters. Pattern: {@code
   * ^arn:aws(-[a-z]{1,5}){0,3}:sso::aws:applicationProvider/[a-zA-Z0-9-/]+$}. CloudFormation
   * property {@code ApplicationProviderArn}.
   */
  public Application applicationProviderArn(String value) {
    return set("ApplicationProviderArn", Value.of(value));
  }

  /**
   * Sets {@code ApplicationProviderArn} to this value; see {@link #applicationProviderArn(String)}.
   */
  public Application applicationProviderArn(Value<String> value) {
    return set("ApplicationProviderArn", value);
  }

  /**
   * The description of the application.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Description}.
   */
  public Application description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Application description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ARN of the instance of IAM Identity Center that is configured with this application.
   *
   * <p>Required. Changing it replaces the resource. Length: 10 to 1224 characters. Pattern: {@code
   * ^arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public Application instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public Application instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The name of the application.
   *
   * <p>Required. Length: 0 to 255 characters. Pattern: {@code ^[&#92;w+=,.&#64;-]+$}.
   * CloudFormation property {@code Name}.
   */
  public Application name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Application name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A structure that describes the options for the access portal associated with this application.
   *
   * <p>CloudFormation property {@code PortalOptions}.
   */
  public Application portalOptions(Value<PortalOptionsConfiguration> value) {
    return set("PortalOptions", value);
  }

  /**
   * The current status of the application in this instance of IAM Identity Center.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
   */
  public Application status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Application status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * Specifies tags to be attached to the application.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Application tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationArn}.
   */
  public Value<String> applicationArn() {
    return getAtt("ApplicationArn");
  }

  /**
   * The ARN of the identity store associated with the Identity Center instance
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityStoreArn}.
   */
  public Value<String> identityStoreArn() {
    return getAtt("IdentityStoreArn");
  }

  /**
   * A structure that describes the options for the portal associated with an application.
   *
   * <p>Property type {@code AWS::SSO::Application.PortalOptionsConfiguration}.
   */
  public static final class PortalOptionsConfiguration extends Struct<PortalOptionsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSO::Application.PortalOptionsConfiguration")
        .allowed("Visibility", "ENABLED", "DISABLED")
        .build();

    public PortalOptionsConfiguration() {
      super(SCHEMA);
    }

    /**
     * A structure that describes the sign-in options for the access portal.
     *
     * <p>CloudFormation property {@code SignInOptions}.
     */
    public PortalOptionsConfiguration signInOptions(Value<SignInOptions> value) {
      return set("SignInOptions", value);
    }

    /**
     * Indicates whether this application is visible in the access portal.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * Visibility}.
     */
    public PortalOptionsConfiguration visibility(String value) {
      return set("Visibility", Value.of(value));
    }

    /** Sets {@code Visibility} to this value; see {@link #visibility(String)}. */
    public PortalOptionsConfiguration visibility(Value<String> value) {
      return set("Visibility", value);
    }
  }

  /**
   * A structure that describes the sign-in options for an application portal.
   *
   * <p>Property type {@code AWS::SSO::Application.SignInOptions}.
   */
  public static final class SignInOptions extends Struct<SignInOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSO::Application.SignInOptions")
        .required("Origin")
        .constrain("ApplicationUrl", Constraint.of().pattern("^http(s)?:\\/\\/[-a-zA-Z0-9+&@#\\/%?=~_|!:,.;]*[-a-zA-Z0-9+&bb@#\\/%?=~_|]$").minLength(1).maxLength(512))
        .allowed("Origin", "IDENTITY_CENTER", "APPLICATION")
        .build();

    public SignInOptions() {
      super(SCHEMA);
    }

    /**
     * The URL that accepts authentication requests for an application. This is a required parameter
     * if the <code>Origin</code> parameter is <code>APPLICATION</code> .
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code
     * ^http(s)?:&#92;/&#92;/[-a-zA-Z0-9+&amp;&#64;#&#92;/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;bb&#64;#&#92;/%?=~_|]$}.
     * CloudFormation property {@code ApplicationUrl}.
     */
    public SignInOptions applicationUrl(String value) {
      return set("ApplicationUrl", Value.of(value));
    }

    /** Sets {@code ApplicationUrl} to this value; see {@link #applicationUrl(String)}. */
    public SignInOptions applicationUrl(Value<String> value) {
      return set("ApplicationUrl", value);
    }

    /**
     * This determines how IAM Identity Center navigates the user to the target application. It can
     * be one of the following values:
     *
     * <ul> <li><code>APPLICATION</code> : IAM Identity Center redirects the customer to the
     * configured <code>ApplicationUrl</code> . <li><code>IDENTITY_CENTER</code> : IAM Identity
     * Center uses SAML identity-provider initiated authentication to sign the customer directly
     * into a SAML-based application. </ul>
     *
     * <p>Required. Allowed values: {@code IDENTITY_CENTER}, {@code APPLICATION}. CloudFormation
     * property {@code Origin}.
     */
    public SignInOptions origin(String value) {
      return set("Origin", Value.of(value));
    }

    /** Sets {@code Origin} to this value; see {@link #origin(String)}. */
    public SignInOptions origin(Value<String> value) {
      return set("Origin", value);
    }
  }
}
