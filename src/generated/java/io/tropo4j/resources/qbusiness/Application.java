// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.qbusiness;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an Amazon Q Business application.
 *
 * <p>There are new tiers for Amazon Q Business. Not all features in Amazon Q Business Pro are also
 * available in Amazon Q Business Lite. For information on what's included in Amazon Q Business Lite
 * and what's included in Amazon Q Business Pro, see <a
 * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/tiers.html#user-sub-tiers">Amazon Q
 * Business tiers</a> . You must use the Amazon Q Business console to assign subscription tiers to
 * users. An Amazon Q Apps service linked role will be created if it's absent in the AWS account
 * when <code>QAppsConfiguration</code> is enabled in the request. For more information, see <a
 * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/using-service-linked-roles-qapps.html">Using
 * service-linked roles for Q Apps</a> . When you create an application, Amazon Q Business may
 * securely transmit data for processing from your selected AWS region, but within your geography.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/cross-region-inference.html">Cross
 * region inference in Amazon Q Business</a> .
 *
 * <p>CloudFormation type {@code AWS::QBusiness::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Application")
      .required("DisplayName")
      .constrain("ClientIdsForOIDC", Constraint.of().pattern("^[a-zA-Z0-9_.:/()*?=-]*$").minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(1000))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(1).maxLength(1000))
      .constrain("IamIdentityProviderArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::\\d{12}:(oidc-provider|saml-provider)/[a-zA-Z0-9_\\.\\/@\\-]+$").minLength(20).maxLength(2048))
      .constrain("IdentityCenterInstanceArn", Constraint.of().pattern("^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$").minLength(10).maxLength(1224))
      .allowed("IdentityType", "AWS_IAM_IDP_SAML", "AWS_IAM_IDP_OIDC", "AWS_IAM_IDC",
          "AWS_QUICKSIGHT_IDP", "ANONYMOUS")
      .constrain("RoleArn", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(0).maxLength(1284).format("AWS::IAM::Role.Arn"))
      .refYields("ApplicationId")
      .attributes("ApplicationArn", "ApplicationId", "CreatedAt", "IdentityCenterApplicationArn",
          "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration information for the file upload during chat feature.
   *
   * <p>CloudFormation property {@code AttachmentsConfiguration}.
   */
  public Application attachmentsConfiguration(Value<AttachmentsConfiguration> value) {
    return set("AttachmentsConfiguration", value);
  }

  /**
   * Subscription configuration information for an Amazon Q Business application using IAM identity
   * federation for user management.
   *
   * <p>CloudFormation property {@code AutoSubscriptionConfiguration}.
   */
  public Application autoSubscriptionConfiguration(Value<AutoSubscriptionConfiguration> value) {
    return set("AutoSubscriptionConfiguration", value);
  }

  /**
   * The OIDC client ID for a Amazon Q Business application.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9_.:/()*?=-]*$}. CloudFormation property {@code ClientIdsForOIDC}.
   */
  public Application clientIdsForOIDC(List<String> value) {
    return set("ClientIdsForOIDC", Value.listOf(value));
  }

  /** Sets {@code ClientIdsForOIDC} to this value; see {@link #clientIdsForOIDC(List)}. */
  public Application clientIdsForOIDC(Value<List<String>> value) {
    return set("ClientIdsForOIDC", value);
  }

  /**
   * A description for the Amazon Q Business application.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Description}.
   */
  public Application description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Application description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the Amazon Q Business application.
   *
   * <p>Required. Length: 1 to 1000 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code DisplayName}.
   */
  public Application displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Application displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * Provides the identifier of the AWS key used to encrypt data indexed by Amazon Q Business.
   * Amazon Q Business doesn't support asymmetric keys.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionConfiguration}.
   */
  public Application encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an identity provider being used by an Amazon Q Business
   * application.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):iam::&#92;d{12}:(oidc-provider|saml-provider)/[a-zA-Z0-9_&#92;.&#92;/&#64;&#92;-]+$}.
   * CloudFormation property {@code IamIdentityProviderArn}.
   */
  public Application iamIdentityProviderArn(String value) {
    return set("IamIdentityProviderArn", Value.of(value));
  }

  /**
   * Sets {@code IamIdentityProviderArn} to this value; see {@link #iamIdentityProviderArn(String)}.
   */
  public Application iamIdentityProviderArn(Value<String> value) {
    return set("IamIdentityProviderArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM Identity Center instance you are either creating
   * for—or connecting to—your Amazon Q Business application.
   *
   * <p><em>Required</em> : <code>Yes</code>
   *
   * <p>Length: 10 to 1224 characters. Pattern: {@code
   * ^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$}.
   * CloudFormation property {@code IdentityCenterInstanceArn}.
   */
  public Application identityCenterInstanceArn(String value) {
    return set("IdentityCenterInstanceArn", Value.of(value));
  }

  /**
   * Sets {@code IdentityCenterInstanceArn} to this value; see {@link
   * #identityCenterInstanceArn(String)}.
   */
  public Application identityCenterInstanceArn(Value<String> value) {
    return set("IdentityCenterInstanceArn", value);
  }

  /**
   * The authentication type being used by a Amazon Q Business application.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code AWS_IAM_IDP_SAML}, {@code
   * AWS_IAM_IDP_OIDC}, {@code AWS_IAM_IDC}, {@code AWS_QUICKSIGHT_IDP}, {@code ANONYMOUS}.
   * CloudFormation property {@code IdentityType}.
   */
  public Application identityType(String value) {
    return set("IdentityType", Value.of(value));
  }

  /** Sets {@code IdentityType} to this value; see {@link #identityType(String)}. */
  public Application identityType(Value<String> value) {
    return set("IdentityType", value);
  }

  /**
   * Configuration information about chat response personalization. For more information, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/personalizing-chat-responses.html">Personalizing
   * chat responses</a> .
   *
   * <p>CloudFormation property {@code PersonalizationConfiguration}.
   */
  public Application personalizationConfiguration(Value<PersonalizationConfiguration> value) {
    return set("PersonalizationConfiguration", value);
  }

  /**
   * Configuration information about Amazon Q Apps.
   *
   * <p>CloudFormation property {@code QAppsConfiguration}.
   */
  public Application qAppsConfiguration(Value<QAppsConfiguration> value) {
    return set("QAppsConfiguration", value);
  }

  /**
   * The Amazon Quick Suite configuration for an Amazon Q Business application that uses Quick Suite
   * as the identity provider.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code QuickSightConfiguration}.
   */
  public Application quickSightConfiguration(Value<QuickSightConfiguration> value) {
    return set("QuickSightConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM role with permissions to access your Amazon CloudWatch
   * logs and metrics. If this property is not specified, Amazon Q Business will create a <a
   * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/using-service-linked-roles.html#slr-permissions">service
   * linked role (SLR)</a> and use it as the application's role.
   *
   * <p>Length: 0 to 1284 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Application roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Application roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * A list of key-value pairs that identify or categorize your Amazon Q Business application. You
   * can also use tags to help control access to the application. Tag keys and values can consist of
   * Unicode letters, digits, white space, and any of the following symbols: _ . : / = + - &#64;.
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
   * The Amazon Resource Name (ARN) of the Amazon Q Business application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationArn}.
   */
  public Value<String> applicationArn() {
    return getAtt("ApplicationArn");
  }

  /**
   * The identifier for the Amazon Q Business application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationId}.
   */
  public Value<String> applicationId() {
    return getAtt("ApplicationId");
  }

  /**
   * The Unix timestamp when the Amazon Q Business application was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS SSO instance attached to your Amazon Q Business
   * application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityCenterApplicationArn}.
   */
  public Value<String> identityCenterApplicationArn() {
    return getAtt("IdentityCenterApplicationArn");
  }

  /**
   * The status of the Amazon Q Business application. The application is ready to use when the
   * status is <code>ACTIVE</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Unix timestamp when the Amazon Q Business application was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Configuration information for the file upload during chat feature.
   *
   * <p>Property type {@code AWS::QBusiness::Application.AttachmentsConfiguration}.
   */
  public static final class AttachmentsConfiguration extends Struct<AttachmentsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Application.AttachmentsConfiguration")
        .required("AttachmentsControlMode")
        .allowed("AttachmentsControlMode", "ENABLED", "DISABLED")
        .build();

    public AttachmentsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Status information about whether file upload functionality is activated or deactivated for
     * your end user.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code AttachmentsControlMode}.
     */
    public AttachmentsConfiguration attachmentsControlMode(String value) {
      return set("AttachmentsControlMode", Value.of(value));
    }

    /**
     * Sets {@code AttachmentsControlMode} to this value; see {@link
     * #attachmentsControlMode(String)}.
     */
    public AttachmentsConfiguration attachmentsControlMode(Value<String> value) {
      return set("AttachmentsControlMode", value);
    }
  }

  /**
   * Subscription configuration information for an Amazon Q Business application using IAM identity
   * federation for user management.
   *
   * <p>Property type {@code AWS::QBusiness::Application.AutoSubscriptionConfiguration}.
   */
  public static final class AutoSubscriptionConfiguration extends Struct<AutoSubscriptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Application.AutoSubscriptionConfiguration")
        .required("AutoSubscribe")
        .allowed("AutoSubscribe", "ENABLED", "DISABLED")
        .allowed("DefaultSubscriptionType", "Q_LITE", "Q_BUSINESS")
        .build();

    public AutoSubscriptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes whether automatic subscriptions are enabled for an Amazon Q Business application
     * using IAM identity federation for user management.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code AutoSubscribe}.
     */
    public AutoSubscriptionConfiguration autoSubscribe(String value) {
      return set("AutoSubscribe", Value.of(value));
    }

    /** Sets {@code AutoSubscribe} to this value; see {@link #autoSubscribe(String)}. */
    public AutoSubscriptionConfiguration autoSubscribe(Value<String> value) {
      return set("AutoSubscribe", value);
    }

    /**
     * Describes the default subscription type assigned to an Amazon Q Business application using
     * IAM identity federation for user management. If the value for <code>autoSubscribe</code> is
     * set to <code>ENABLED</code> you must select a value for this field.
     *
     * <p>Allowed values: {@code Q_LITE}, {@code Q_BUSINESS}. CloudFormation property {@code
     * DefaultSubscriptionType}.
     */
    public AutoSubscriptionConfiguration defaultSubscriptionType(String value) {
      return set("DefaultSubscriptionType", Value.of(value));
    }

    /**
     * Sets {@code DefaultSubscriptionType} to this value; see {@link
     * #defaultSubscriptionType(String)}.
     */
    public AutoSubscriptionConfiguration defaultSubscriptionType(Value<String> value) {
      return set("DefaultSubscriptionType", value);
    }
  }

  /**
   * Provides the identifier of the AWS key used to encrypt data indexed by Amazon Q Business.
   * Amazon Q Business doesn't support asymmetric keys.
   *
   * <p>Property type {@code AWS::QBusiness::Application.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QBusiness::Application.EncryptionConfiguration");

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The identifier of the AWS key. Amazon Q Business doesn't support asymmetric keys.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public EncryptionConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EncryptionConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }

  /**
   * Configuration information about chat response personalization. For more information, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/personalizing-chat-responses.html">Personalizing
   * chat responses</a> .
   *
   * <p>Property type {@code AWS::QBusiness::Application.PersonalizationConfiguration}.
   */
  public static final class PersonalizationConfiguration extends Struct<PersonalizationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Application.PersonalizationConfiguration")
        .required("PersonalizationControlMode")
        .allowed("PersonalizationControlMode", "ENABLED", "DISABLED")
        .build();

    public PersonalizationConfiguration() {
      super(SCHEMA);
    }

    /**
     * An option to allow Amazon Q Business to customize chat responses using user specific
     * metadata—specifically, location and job information—in your IAM Identity Center instance.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code PersonalizationControlMode}.
     */
    public PersonalizationConfiguration personalizationControlMode(String value) {
      return set("PersonalizationControlMode", Value.of(value));
    }

    /**
     * Sets {@code PersonalizationControlMode} to this value; see {@link
     * #personalizationControlMode(String)}.
     */
    public PersonalizationConfiguration personalizationControlMode(Value<String> value) {
      return set("PersonalizationControlMode", value);
    }
  }

  /**
   * Configuration information about Amazon Q Apps.
   *
   * <p>Property type {@code AWS::QBusiness::Application.QAppsConfiguration}.
   */
  public static final class QAppsConfiguration extends Struct<QAppsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Application.QAppsConfiguration")
        .required("QAppsControlMode")
        .allowed("QAppsControlMode", "ENABLED", "DISABLED")
        .build();

    public QAppsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Status information about whether end users can create and use Amazon Q Apps in the web
     * experience.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code QAppsControlMode}.
     */
    public QAppsConfiguration qAppsControlMode(String value) {
      return set("QAppsControlMode", Value.of(value));
    }

    /** Sets {@code QAppsControlMode} to this value; see {@link #qAppsControlMode(String)}. */
    public QAppsConfiguration qAppsControlMode(Value<String> value) {
      return set("QAppsControlMode", value);
    }
  }

  /**
   * The Amazon Quick Suite configuration for an Amazon Q Business application that uses Quick Suite
   * as the identity provider. For more information, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/create-quicksight-integrated-application.html">Creating
   * an Amazon Quick Suite integrated application</a> .
   *
   * <p>Property type {@code AWS::QBusiness::Application.QuickSightConfiguration}.
   */
  public static final class QuickSightConfiguration extends Struct<QuickSightConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Application.QuickSightConfiguration")
        .required("ClientNamespace")
        .constrain("ClientNamespace", Constraint.of().pattern("^[a-zA-Z0-9._-]*$").minLength(1).maxLength(64))
        .build();

    public QuickSightConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Quick Suite namespace that is used as the identity provider. For more information
     * about Quick Suite namespaces, see <a
     * href="https://docs.aws.amazon.com/quicksight/latest/developerguide/namespace-operations.html">Namespace
     * operations</a> .
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9._-]*$}. CloudFormation
     * property {@code ClientNamespace}.
     */
    public QuickSightConfiguration clientNamespace(String value) {
      return set("ClientNamespace", Value.of(value));
    }

    /** Sets {@code ClientNamespace} to this value; see {@link #clientNamespace(String)}. */
    public QuickSightConfiguration clientNamespace(Value<String> value) {
      return set("ClientNamespace", value);
    }
  }
}
