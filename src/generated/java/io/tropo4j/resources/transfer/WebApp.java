// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transfer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a web app based on specified parameters, and returns the ID for the new web app. You can
 * configure the web app to be publicly accessible or hosted within a VPC.
 *
 * <p>For more information about using VPC endpoints with AWS Transfer Family , see <a
 * href="https://docs.aws.amazon.com/transfer/latest/userguide/create-webapp-in-vpc.html">Create a
 * Transfer Family web app in a VPC</a> .
 *
 * <p>CloudFormation type {@code AWS::Transfer::WebApp}.
 */
public final class WebApp extends Resource<WebApp> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transfer::WebApp")
      .required("IdentityProviderDetails")
      .constrain("AccessEndpoint", Constraint.of().minLength(1).maxLength(1024))
      .allowed("WebAppEndpointPolicy", "STANDARD", "FIPS")
      .refYields("Arn")
      .attributes("Arn", "IdentityProviderDetails.ApplicationArn", "VpcEndpointId", "WebAppId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WebApp(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The <code>AccessEndpoint</code> is the URL that you provide to your users for them to interact
   * with the Transfer Family web app. You can specify a custom URL or use the default value.
   *
   * <p>Before you enter a custom URL for this parameter, follow the steps described in <a
   * href="https://docs.aws.amazon.com//transfer/latest/userguide/webapp-customize.html">Update your
   * access endpoint with a custom URL</a> .
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code AccessEndpoint}.
   */
  public WebApp accessEndpoint(String value) {
    return set("AccessEndpoint", Value.of(value));
  }

  /** Sets {@code AccessEndpoint} to this value; see {@link #accessEndpoint(String)}. */
  public WebApp accessEndpoint(Value<String> value) {
    return set("AccessEndpoint", value);
  }

  /** CloudFormation property {@code EndpointDetails}. */
  public WebApp endpointDetails(Value<EndpointDetails> value) {
    return set("EndpointDetails", value);
  }

  /**
   * You can provide a structure that contains the details for the identity provider to use with
   * your web app.
   *
   * <p>For more details about this parameter, see <a
   * href="https://docs.aws.amazon.com//transfer/latest/userguide/webapp-identity-center.html">Configure
   * your identity provider for Transfer Family web apps</a> .
   *
   * <p>Required. CloudFormation property {@code IdentityProviderDetails}.
   */
  public WebApp identityProviderDetails(Value<IdentityProviderDetails> value) {
    return set("IdentityProviderDetails", value);
  }

  /**
   * Key-value pairs that can be used to group and search for web apps. Tags are metadata attached
   * to web apps for any purpose.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public WebApp tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public WebApp tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public WebApp tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A structure that contains the customization fields for the web app. You can provide a title,
   * logo, and icon to customize the appearance of your web app.
   *
   * <p>CloudFormation property {@code WebAppCustomization}.
   */
  public WebApp webAppCustomization(Value<WebAppCustomization> value) {
    return set("WebAppCustomization", value);
  }

  /**
   * Setting for the type of endpoint policy for the web app. The default value is
   * <code>STANDARD</code> .
   *
   * <p>If your web app was created in an AWS GovCloud (US) Region , the value of this parameter can
   * be <code>FIPS</code> , which indicates the web app endpoint is FIPS-compliant.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code STANDARD}, {@code FIPS}.
   * CloudFormation property {@code WebAppEndpointPolicy}.
   */
  public WebApp webAppEndpointPolicy(String value) {
    return set("WebAppEndpointPolicy", Value.of(value));
  }

  /** Sets {@code WebAppEndpointPolicy} to this value; see {@link #webAppEndpointPolicy(String)}. */
  public WebApp webAppEndpointPolicy(Value<String> value) {
    return set("WebAppEndpointPolicy", value);
  }

  /**
   * A union that contains the value for number of concurrent connections or the user sessions on
   * your web app.
   *
   * <p>CloudFormation property {@code WebAppUnits}.
   */
  public WebApp webAppUnits(Value<WebAppUnits> value) {
    return set("WebAppUnits", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the web app.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Amazon Resource Name (ARN) for the IAM Identity Center application: this value is set
   * automatically when you create your web app.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityProviderDetails.ApplicationArn}.
   */
  public Value<String> identityProviderDetailsApplicationArn() {
    return getAtt("IdentityProviderDetails.ApplicationArn");
  }

  /** {@code Fn::GetAtt} attribute {@code VpcEndpointId}. */
  public Value<String> vpcEndpointId() {
    return getAtt("VpcEndpointId");
  }

  /**
   * The unique identifier for the web app.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WebAppId}.
   */
  public Value<String> webAppId() {
    return getAtt("WebAppId");
  }

  /** Property type {@code AWS::Transfer::WebApp.EndpointDetails}. */
  public static final class EndpointDetails extends Struct<EndpointDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::Transfer::WebApp.EndpointDetails");

    public EndpointDetails() {
      super(SCHEMA);
    }

    /**
     * You can provide a structure that contains the details for the VPC endpoint to use with your
     * web app.
     *
     * <p>CloudFormation property {@code Vpc}.
     */
    public EndpointDetails vpc(Value<Vpc> value) {
      return set("Vpc", value);
    }
  }

  /**
   * A structure that describes the values to use for the SSO settings when you create or update a
   * web app.
   *
   * <p>Property type {@code AWS::Transfer::WebApp.IdentityProviderDetails}.
   */
  public static final class IdentityProviderDetails extends Struct<IdentityProviderDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::WebApp.IdentityProviderDetails")
        .constrain("ApplicationArn", Constraint.of().pattern("^arn:[\\w-]+:sso::\\d{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}$").minLength(10).maxLength(1224))
        .constrain("InstanceArn", Constraint.of().pattern("^arn:[\\w-]+:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$").minLength(10).maxLength(1224))
        .constrain("Role", Constraint.of().pattern("^arn:[a-z-]+:iam::[0-9]{12}:role[:/]\\S+$").minLength(20).maxLength(2048))
        .build();

    public IdentityProviderDetails() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the IAM Identity Center application: this value is set
     * automatically when you create your web app.
     *
     * <p>Length: 10 to 1224 characters. Pattern: {@code
     * ^arn:[&#92;w-]+:sso::&#92;d{12}:application/(sso)?ins-[a-zA-Z0-9-.]{16}/apl-[a-zA-Z0-9]{16}$}.
     * CloudFormation property {@code ApplicationArn}.
     */
    public IdentityProviderDetails applicationArn(String value) {
      return set("ApplicationArn", Value.of(value));
    }

    /** Sets {@code ApplicationArn} to this value; see {@link #applicationArn(String)}. */
    public IdentityProviderDetails applicationArn(Value<String> value) {
      return set("ApplicationArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the IAM Identity Center used for the web app.
     *
     * <p>Changing it replaces the resource. Length: 10 to 1224 characters. Pattern: {@code
     * ^arn:[&#92;w-]+:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$}. CloudFormation property {@code
     * InstanceArn}.
     */
    public IdentityProviderDetails instanceArn(String value) {
      return set("InstanceArn", Value.of(value));
    }

    /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
    public IdentityProviderDetails instanceArn(Value<String> value) {
      return set("InstanceArn", value);
    }

    /**
     * The IAM role in IAM Identity Center used for the web app.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[a-z-]+:iam::[0-9]{12}:role[:/]&#92;S+$}. CloudFormation property {@code Role}.
     */
    public IdentityProviderDetails role(String value) {
      return set("Role", Value.of(value));
    }

    /** Sets {@code Role} to this value; see {@link #role(String)}. */
    public IdentityProviderDetails role(Value<String> value) {
      return set("Role", value);
    }
  }

  /**
   * You can provide a structure that contains the details for the VPC endpoint to use with your web
   * app.
   *
   * <p>Property type {@code AWS::Transfer::WebApp.Vpc}.
   */
  public static final class Vpc extends Struct<Vpc> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::WebApp.Vpc")
        .allowed("IpAddressType", "IPV4", "DUALSTACK")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-[0-9a-f]{8,17}$").minLength(11).maxLength(20).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("^subnet-[0-9a-f]{8,17}$").minLength(15).maxLength(24))
        .constrain("VpcId", Constraint.of().pattern("^vpc-[0-9a-f]{8,17}$").minLength(12).maxLength(21).format("AWS::EC2::VPC.Id"))
        .build();

    public Vpc() {
      super(SCHEMA);
    }

    /**
     * The IP address type for the VPC endpoint used by the web app.
     *
     * <p>Allowed values: {@code IPV4}, {@code DUALSTACK}. CloudFormation property {@code
     * IpAddressType}.
     */
    public Vpc ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public Vpc ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }

    /**
     * Changing it replaces the resource. Length: 11 to 20 characters. Pattern: {@code
     * ^sg-[0-9a-f]{8,17}$}. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property
     * {@code SecurityGroupIds}.
     */
    public Vpc securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public Vpc securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * Length: 15 to 24 characters. Pattern: {@code ^subnet-[0-9a-f]{8,17}$}. CloudFormation
     * property {@code SubnetIds}.
     */
    public Vpc subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public Vpc subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * Changing it replaces the resource. Length: 12 to 21 characters. Pattern: {@code
     * ^vpc-[0-9a-f]{8,17}$}. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code
     * VpcId}.
     */
    public Vpc vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public Vpc vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }

  /**
   * A structure that contains the customization fields for the web app. You can provide a title,
   * logo, and icon to customize the appearance of your web app.
   *
   * <p>Property type {@code AWS::Transfer::WebApp.WebAppCustomization}.
   */
  public static final class WebAppCustomization extends Struct<WebAppCustomization> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::WebApp.WebAppCustomization")
        .constrain("FaviconFile", Constraint.of().minLength(1).maxLength(20960))
        .constrain("LogoFile", Constraint.of().minLength(1).maxLength(51200))
        .constrain("Title", Constraint.of().minLength(0).maxLength(100))
        .build();

    public WebAppCustomization() {
      super(SCHEMA);
    }

    /**
     * Returns an icon file data string (in base64 encoding).
     *
     * <p>Length: 1 to 20960 characters. CloudFormation property {@code FaviconFile}.
     */
    public WebAppCustomization faviconFile(String value) {
      return set("FaviconFile", Value.of(value));
    }

    /** Sets {@code FaviconFile} to this value; see {@link #faviconFile(String)}. */
    public WebAppCustomization faviconFile(Value<String> value) {
      return set("FaviconFile", value);
    }

    /**
     * Returns a logo file data string (in base64 encoding).
     *
     * <p>Length: 1 to 51200 characters. CloudFormation property {@code LogoFile}.
     */
    public WebAppCustomization logoFile(String value) {
      return set("LogoFile", Value.of(value));
    }

    /** Sets {@code LogoFile} to this value; see {@link #logoFile(String)}. */
    public WebAppCustomization logoFile(Value<String> value) {
      return set("LogoFile", value);
    }

    /**
     * Returns the page title that you defined for your web app.
     *
     * <p>Length: 0 to 100 characters. CloudFormation property {@code Title}.
     */
    public WebAppCustomization title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public WebAppCustomization title(Value<String> value) {
      return set("Title", value);
    }
  }

  /**
   * Contains an integer value that represents the value for number of concurrent connections or the
   * user sessions on your web app.
   *
   * <p>Property type {@code AWS::Transfer::WebApp.WebAppUnits}.
   */
  public static final class WebAppUnits extends Struct<WebAppUnits> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::WebApp.WebAppUnits")
        .required("Provisioned")
        .build();

    public WebAppUnits() {
      super(SCHEMA);
    }

    /**
     * An integer that represents the number of units for your desired number of concurrent
     * connections, or the number of user sessions on your web app at the same time.
     *
     * <p>Each increment allows an additional 250 concurrent sessions: a value of <code>1</code>
     * sets the number of concurrent sessions to 250; <code>2</code> sets a value of 500, and so on.
     *
     * <p>Required. CloudFormation property {@code Provisioned}.
     */
    public WebAppUnits provisioned(int value) {
      return set("Provisioned", Value.of(value));
    }

    /** Sets {@code Provisioned} to this value; see {@link #provisioned(int)}. */
    public WebAppUnits provisioned(Value<Integer> value) {
      return set("Provisioned", value);
    }
  }
}
