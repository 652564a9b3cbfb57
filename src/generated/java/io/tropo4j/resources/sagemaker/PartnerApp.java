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
 * The <code>AWS::SageMaker::PartnerApp</code> resource creates an Amazon SageMaker Partner AI App.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/partner-apps.html">Partner AI Apps</a> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::PartnerApp}.
 */
public final class PartnerApp extends Resource<PartnerApp> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::PartnerApp")
      .required("AuthType", "ExecutionRoleArn", "Name", "Tier", "Type")
      .constrain("AppVersion", Constraint.of().minLength(1).maxLength(64))
      .allowed("AuthType", "IAM")
      .constrain("ClientToken", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(36))
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9]+").minLength(1).maxLength(256))
      .constrain("Tier", Constraint.of().pattern("^(?!\\s*$).+$").minLength(1).maxLength(64))
      .allowed("Type", "lakera-guard", "comet", "deepchecks-llm-evaluation", "fiddler")
      .refYields("Arn")
      .attributes("Arn", "BaseUrl", "CurrentVersionEolDate")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PartnerApp(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The version of the PartnerApp.
   *
   * <p>Length: 1 to 64 characters. CloudFormation property {@code AppVersion}.
   */
  public PartnerApp appVersion(String value) {
    return set("AppVersion", Value.of(value));
  }

  /** Sets {@code AppVersion} to this value; see {@link #appVersion(String)}. */
  public PartnerApp appVersion(Value<String> value) {
    return set("AppVersion", value);
  }

  /**
   * Configuration settings for the Partner AI App.
   *
   * <p>CloudFormation property {@code ApplicationConfig}.
   */
  public PartnerApp applicationConfig(Value<PartnerAppConfig> value) {
    return set("ApplicationConfig", value);
  }

  /**
   * Defines the authentication type used for the Partner AI App.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code IAM}. CloudFormation
   * property {@code AuthType}.
   */
  public PartnerApp authType(String value) {
    return set("AuthType", Value.of(value));
  }

  /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
  public PartnerApp authType(Value<String> value) {
    return set("AuthType", value);
  }

  /**
   * The client token for the PartnerApp.
   *
   * <p>Length: 1 to 36 characters. Pattern: {@code ^[a-zA-Z0-9-]+$}. CloudFormation property {@code
   * ClientToken}.
   *
   * @deprecated The specification marks {@code ClientToken} deprecated.
   */
  @Deprecated
  public PartnerApp clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /**
   * Sets {@code ClientToken} to this value; see {@link #clientToken(String)}.
   *
   * @deprecated The specification marks {@code ClientToken} deprecated.
   */
  @Deprecated
  public PartnerApp clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /**
   * Enables automatic minor version upgrades for the PartnerApp.
   *
   * <p>CloudFormation property {@code EnableAutoMinorVersionUpgrade}.
   */
  public PartnerApp enableAutoMinorVersionUpgrade(boolean value) {
    return set("EnableAutoMinorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code EnableAutoMinorVersionUpgrade} to this value; see {@link
   * #enableAutoMinorVersionUpgrade(boolean)}.
   */
  public PartnerApp enableAutoMinorVersionUpgrade(Value<Boolean> value) {
    return set("EnableAutoMinorVersionUpgrade", value);
  }

  /**
   * Enables IAM Session based Identity for PartnerApp.
   *
   * <p>CloudFormation property {@code EnableIamSessionBasedIdentity}.
   */
  public PartnerApp enableIamSessionBasedIdentity(boolean value) {
    return set("EnableIamSessionBasedIdentity", Value.of(value));
  }

  /**
   * Sets {@code EnableIamSessionBasedIdentity} to this value; see {@link
   * #enableIamSessionBasedIdentity(boolean)}.
   */
  public PartnerApp enableIamSessionBasedIdentity(Value<Boolean> value) {
    return set("EnableIamSessionBasedIdentity", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role of the user.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public PartnerApp executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public PartnerApp executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * The AWS KMS customer managed key used to encrypt the data associated with the PartnerApp.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public PartnerApp kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public PartnerApp kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * A collection of settings that specify the maintenance schedule for the PartnerApp.
   *
   * <p>CloudFormation property {@code MaintenanceConfig}.
   */
  public PartnerApp maintenanceConfig(Value<PartnerAppMaintenanceConfig> value) {
    return set("MaintenanceConfig", value);
  }

  /**
   * The name of the Partner AI App. This name must be unique within your account and region.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9]+}. CloudFormation property {@code Name}.
   */
  public PartnerApp name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PartnerApp name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of tags to apply to the PartnerApp.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PartnerApp tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PartnerApp tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PartnerApp tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the tier or level of the Partner AI App. The tier size impacts the speed and
   * capabilities of the application. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/partner-app-onboard.html">Set up Partner
   * AI Apps</a> .
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^(?!&#92;s*$).+$}. CloudFormation
   * property {@code Tier}.
   */
  public PartnerApp tier(String value) {
    return set("Tier", Value.of(value));
  }

  /** Sets {@code Tier} to this value; see {@link #tier(String)}. */
  public PartnerApp tier(Value<String> value) {
    return set("Tier", value);
  }

  /**
   * Specifies the type of Partner AI App being created.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code lakera-guard}, {@code
   * comet}, {@code deepchecks-llm-evaluation}, {@code fiddler}. CloudFormation property {@code
   * Type}.
   */
  public PartnerApp typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public PartnerApp typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the created PartnerApp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The AppServerUrl based on app and account-info.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BaseUrl}.
   */
  public Value<String> baseUrl() {
    return getAtt("BaseUrl");
  }

  /**
   * The end-of-life date for the current version of the PartnerApp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CurrentVersionEolDate}.
   */
  public Value<String> currentVersionEolDate() {
    return getAtt("CurrentVersionEolDate");
  }

  /**
   * A collection of configuration settings for the PartnerApp.
   *
   * <p>Property type {@code AWS::SageMaker::PartnerApp.PartnerAppConfig}.
   */
  public static final class PartnerAppConfig extends Struct<PartnerAppConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::PartnerApp.PartnerAppConfig")
        .constrain("AdminUsers", Constraint.of().pattern("^(?!\\s*$).+$").minLength(1).maxLength(256))
        .build();

    public PartnerAppConfig() {
      super(SCHEMA);
    }

    /**
     * A list of users that will have administrative access to the Partner AI App.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^(?!&#92;s*$).+$}. CloudFormation property
     * {@code AdminUsers}.
     */
    public PartnerAppConfig adminUsers(List<String> value) {
      return set("AdminUsers", Value.listOf(value));
    }

    /** Sets {@code AdminUsers} to this value; see {@link #adminUsers(List)}. */
    public PartnerAppConfig adminUsers(Value<List<String>> value) {
      return set("AdminUsers", value);
    }

    /**
     * Additional arguments passed to the Partner AI App during initialization or runtime.
     *
     * <p>CloudFormation property {@code Arguments}.
     */
    public PartnerAppConfig arguments(Map<String, String> value) {
      return set("Arguments", Value.mapOf(value));
    }

    /** Sets {@code Arguments} to this value; see {@link #arguments(Map)}. */
    public PartnerAppConfig arguments(Value<Map<String, String>> value) {
      return set("Arguments", value);
    }
  }

  /**
   * A collection of settings that specify the maintenance schedule for the PartnerApp.
   *
   * <p>Property type {@code AWS::SageMaker::PartnerApp.PartnerAppMaintenanceConfig}.
   */
  public static final class PartnerAppMaintenanceConfig extends Struct<PartnerAppMaintenanceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::PartnerApp.PartnerAppMaintenanceConfig")
        .required("MaintenanceWindowStart")
        .constrain("MaintenanceWindowStart", Constraint.of().pattern("(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\\d|2[0-3]):([0-5]\\d)").minLength(0).maxLength(9))
        .build();

    public PartnerAppMaintenanceConfig() {
      super(SCHEMA);
    }

    /**
     * The maintenance window start day and time for the PartnerApp.
     *
     * <p>Required. Length: 0 to 9 characters. Pattern: {@code
     * (Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]&#92;d|2[0-3]):([0-5]&#92;d)}. CloudFormation property
     * {@code MaintenanceWindowStart}.
     */
    public PartnerAppMaintenanceConfig maintenanceWindowStart(String value) {
      return set("MaintenanceWindowStart", Value.of(value));
    }

    /**
     * Sets {@code MaintenanceWindowStart} to this value; see {@link
     * #maintenanceWindowStart(String)}.
     */
    public PartnerAppMaintenanceConfig maintenanceWindowStart(Value<String> value) {
      return set("MaintenanceWindowStart", value);
    }
  }
}
