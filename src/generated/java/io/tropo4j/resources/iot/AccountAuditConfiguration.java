// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Use the <code>AWS::IoT::AccountAuditConfiguration</code> resource to configure or reconfigure the
 * Device Defender audit settings for your account. Settings include how audit notifications are
 * sent and which audit checks are enabled or disabled. For API reference, see <a
 * href="https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateAccountAuditConfiguration.html">UpdateAccountAuditConfiguration</a>
 * and for detailed information on all available audit checks, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/device-defender-audit-checks.html">Audit
 * checks</a> .
 *
 * <p>CloudFormation type {@code AWS::IoT::AccountAuditConfiguration}.
 */
public final class AccountAuditConfiguration extends Resource<AccountAuditConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::AccountAuditConfiguration")
      .required("AccountId", "AuditCheckConfigurations", "RoleArn")
      .constrain("AccountId", Constraint.of().minLength(12).maxLength(12))
      .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("AccountId")
      .build();

  public AccountAuditConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the account. You can use the expression <code>!Sub "${AWS::AccountId}"</code> to use
   * your account ID.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. CloudFormation
   * property {@code AccountId}.
   */
  public AccountAuditConfiguration accountId(String value) {
    return set("AccountId", Value.of(value));
  }

  /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
  public AccountAuditConfiguration accountId(Value<String> value) {
    return set("AccountId", value);
  }

  /**
   * Specifies which audit checks are enabled and disabled for this account.
   *
   * <p>Some data collection might start immediately when certain checks are enabled. When a check
   * is disabled, any data collected so far in relation to the check is deleted. To disable a check,
   * set the value of the <code>Enabled:</code> key to <code>false</code> .
   *
   * <p>If an enabled check is removed from the template, it will also be disabled.
   *
   * <p>You can't disable a check if it's used by any scheduled audit. You must delete the check
   * from the scheduled audit or delete the scheduled audit itself to disable the check.
   *
   * <p>For more information on available audit checks see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iot-accountauditconfiguration-auditcheckconfigurations.html">AWS::IoT::AccountAuditConfiguration
   * AuditCheckConfigurations</a>
   *
   * <p>Required. CloudFormation property {@code AuditCheckConfigurations}.
   */
  public AccountAuditConfiguration auditCheckConfigurations(Value<AuditCheckConfigurations> value) {
    return set("AuditCheckConfigurations", value);
  }

  /**
   * Information about the targets to which audit notifications are sent.
   *
   * <p>CloudFormation property {@code AuditNotificationTargetConfigurations}.
   */
  public AccountAuditConfiguration auditNotificationTargetConfigurations(Value<AuditNotificationTargetConfigurations> value) {
    return set("AuditNotificationTargetConfigurations", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the role that grants permission to AWS IoT to access
   * information about your devices, policies, certificates, and other items as required when
   * performing an audit.
   *
   * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public AccountAuditConfiguration roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public AccountAuditConfiguration roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Which audit checks are enabled and disabled for this account.
   *
   * <p>Property type {@code AWS::IoT::AccountAuditConfiguration.AuditCheckConfiguration}.
   */
  public static final class AuditCheckConfiguration extends Struct<AuditCheckConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::AccountAuditConfiguration.AuditCheckConfiguration");

    public AuditCheckConfiguration() {
      super(SCHEMA);
    }

    /**
     * True if this audit check is enabled for this account.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public AuditCheckConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AuditCheckConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * The types of audit checks that can be performed.
   *
   * <p>Property type {@code AWS::IoT::AccountAuditConfiguration.AuditCheckConfigurations}.
   */
  public static final class AuditCheckConfigurations extends Struct<AuditCheckConfigurations> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::AccountAuditConfiguration.AuditCheckConfigurations");

    public AuditCheckConfigurations() {
      super(SCHEMA);
    }

    /**
     * Checks the permissiveness of an authenticated Amazon Cognito identity pool role. For this
     * check, AWS IoT Device Defender audits all Amazon Cognito identity pools that have been used
     * to connect to the AWS IoT message broker during the 31 days before the audit is performed.
     *
     * <p>CloudFormation property {@code AuthenticatedCognitoRoleOverlyPermissiveCheck}.
     */
    public AuditCheckConfigurations authenticatedCognitoRoleOverlyPermissiveCheck(Value<AuditCheckConfiguration> value) {
      return set("AuthenticatedCognitoRoleOverlyPermissiveCheck", value);
    }

    /**
     * Checks if a CA certificate is expiring. This check applies to CA certificates expiring within
     * 30 days or that have expired.
     *
     * <p>CloudFormation property {@code CaCertificateExpiringCheck}.
     */
    public AuditCheckConfigurations caCertificateExpiringCheck(Value<AuditCheckConfiguration> value) {
      return set("CaCertificateExpiringCheck", value);
    }

    /**
     * Checks the quality of the CA certificate key. The quality checks if the key is in a valid
     * format, not expired, and if the key meets a minimum required size. This check applies to CA
     * certificates that are <code>ACTIVE</code> or <code>PENDING_TRANSFER</code> .
     *
     * <p>CloudFormation property {@code CaCertificateKeyQualityCheck}.
     */
    public AuditCheckConfigurations caCertificateKeyQualityCheck(Value<AuditCheckConfiguration> value) {
      return set("CaCertificateKeyQualityCheck", value);
    }

    /**
     * Checks if multiple devices connect using the same client ID.
     *
     * <p>CloudFormation property {@code ConflictingClientIdsCheck}.
     */
    public AuditCheckConfigurations conflictingClientIdsCheck(Value<AuditCheckConfiguration> value) {
      return set("ConflictingClientIdsCheck", value);
    }

    /**
     * Checks when a device certificate has been active for a number of days greater than or equal
     * to the number you specify.
     *
     * <p>CloudFormation property {@code DeviceCertificateAgeCheck}.
     */
    public AuditCheckConfigurations deviceCertificateAgeCheck(Value<DeviceCertAgeAuditCheckConfiguration> value) {
      return set("DeviceCertificateAgeCheck", value);
    }

    /**
     * Checks if a device certificate is expiring. By default, this check applies to device
     * certificates expiring within 30 days or that have expired. You can modify this threshold by
     * configuring the DeviceCertExpirationAuditCheckConfiguration.
     *
     * <p>CloudFormation property {@code DeviceCertificateExpiringCheck}.
     */
    public AuditCheckConfigurations deviceCertificateExpiringCheck(Value<DeviceCertExpirationAuditCheckConfiguration> value) {
      return set("DeviceCertificateExpiringCheck", value);
    }

    /**
     * Checks the quality of the device certificate key. The quality checks if the key is in a valid
     * format, not expired, signed by a registered certificate authority, and if the key meets a
     * minimum required size.
     *
     * <p>CloudFormation property {@code DeviceCertificateKeyQualityCheck}.
     */
    public AuditCheckConfigurations deviceCertificateKeyQualityCheck(Value<AuditCheckConfiguration> value) {
      return set("DeviceCertificateKeyQualityCheck", value);
    }

    /**
     * Checks if multiple concurrent connections use the same X.509 certificate to authenticate with
     * AWS IoT .
     *
     * <p>CloudFormation property {@code DeviceCertificateSharedCheck}.
     */
    public AuditCheckConfigurations deviceCertificateSharedCheck(Value<AuditCheckConfiguration> value) {
      return set("DeviceCertificateSharedCheck", value);
    }

    /**
     * Checks if device certificates are still active despite being revoked by an intermediate CA.
     *
     * <p>CloudFormation property {@code IntermediateCaRevokedForActiveDeviceCertificatesCheck}.
     */
    public AuditCheckConfigurations intermediateCaRevokedForActiveDeviceCertificatesCheck(Value<AuditCheckConfiguration> value) {
      return set("IntermediateCaRevokedForActiveDeviceCertificatesCheck", value);
    }

    /**
     * Checks if an AWS IoT policy is potentially misconfigured. Misconfigured policies, including
     * overly permissive policies, can cause security incidents like allowing devices access to
     * unintended resources. This check is a warning for you to make sure that only intended actions
     * are allowed before updating the policy.
     *
     * <p>CloudFormation property {@code IoTPolicyPotentialMisConfigurationCheck}.
     */
    public AuditCheckConfigurations ioTPolicyPotentialMisConfigurationCheck(Value<AuditCheckConfiguration> value) {
      return set("IoTPolicyPotentialMisConfigurationCheck", value);
    }

    /**
     * Checks the permissiveness of a policy attached to an authenticated Amazon Cognito identity
     * pool role.
     *
     * <p>CloudFormation property {@code IotPolicyOverlyPermissiveCheck}.
     */
    public AuditCheckConfigurations iotPolicyOverlyPermissiveCheck(Value<AuditCheckConfiguration> value) {
      return set("IotPolicyOverlyPermissiveCheck", value);
    }

    /**
     * Checks if a role alias has access to services that haven't been used for the AWS IoT device
     * in the last year.
     *
     * <p>CloudFormation property {@code IotRoleAliasAllowsAccessToUnusedServicesCheck}.
     */
    public AuditCheckConfigurations iotRoleAliasAllowsAccessToUnusedServicesCheck(Value<AuditCheckConfiguration> value) {
      return set("IotRoleAliasAllowsAccessToUnusedServicesCheck", value);
    }

    /**
     * Checks if the temporary credentials provided by AWS IoT role aliases are overly permissive.
     *
     * <p>CloudFormation property {@code IotRoleAliasOverlyPermissiveCheck}.
     */
    public AuditCheckConfigurations iotRoleAliasOverlyPermissiveCheck(Value<AuditCheckConfiguration> value) {
      return set("IotRoleAliasOverlyPermissiveCheck", value);
    }

    /**
     * Checks if AWS IoT logs are disabled.
     *
     * <p>CloudFormation property {@code LoggingDisabledCheck}.
     */
    public AuditCheckConfigurations loggingDisabledCheck(Value<AuditCheckConfiguration> value) {
      return set("LoggingDisabledCheck", value);
    }

    /**
     * Checks if a revoked CA certificate is still active.
     *
     * <p>CloudFormation property {@code RevokedCaCertificateStillActiveCheck}.
     */
    public AuditCheckConfigurations revokedCaCertificateStillActiveCheck(Value<AuditCheckConfiguration> value) {
      return set("RevokedCaCertificateStillActiveCheck", value);
    }

    /**
     * Checks if a revoked device certificate is still active.
     *
     * <p>CloudFormation property {@code RevokedDeviceCertificateStillActiveCheck}.
     */
    public AuditCheckConfigurations revokedDeviceCertificateStillActiveCheck(Value<AuditCheckConfiguration> value) {
      return set("RevokedDeviceCertificateStillActiveCheck", value);
    }

    /**
     * Checks if policy attached to an unauthenticated Amazon Cognito identity pool role is too
     * permissive.
     *
     * <p>CloudFormation property {@code UnauthenticatedCognitoRoleOverlyPermissiveCheck}.
     */
    public AuditCheckConfigurations unauthenticatedCognitoRoleOverlyPermissiveCheck(Value<AuditCheckConfiguration> value) {
      return set("UnauthenticatedCognitoRoleOverlyPermissiveCheck", value);
    }
  }

  /**
   * Information about the targets to which audit notifications are sent.
   *
   * <p>Property type {@code AWS::IoT::AccountAuditConfiguration.AuditNotificationTarget}.
   */
  public static final class AuditNotificationTarget extends Struct<AuditNotificationTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::AccountAuditConfiguration.AuditNotificationTarget")
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("TargetArn", Constraint.of().maxLength(2048))
        .build();

    public AuditNotificationTarget() {
      super(SCHEMA);
    }

    /**
     * True if notifications to the target are enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public AuditNotificationTarget enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AuditNotificationTarget enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The ARN of the role that grants permission to send notifications to the target.
     *
     * <p>Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
     * {@code RoleArn}.
     */
    public AuditNotificationTarget roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public AuditNotificationTarget roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The ARN of the target (SNS topic) to which audit notifications are sent.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code TargetArn}.
     */
    public AuditNotificationTarget targetArn(String value) {
      return set("TargetArn", Value.of(value));
    }

    /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
    public AuditNotificationTarget targetArn(Value<String> value) {
      return set("TargetArn", value);
    }
  }

  /**
   * The configuration of the audit notification target.
   *
   * <p>Property type {@code
   * AWS::IoT::AccountAuditConfiguration.AuditNotificationTargetConfigurations}.
   */
  public static final class AuditNotificationTargetConfigurations extends Struct<AuditNotificationTargetConfigurations> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::AccountAuditConfiguration.AuditNotificationTargetConfigurations");

    public AuditNotificationTargetConfigurations() {
      super(SCHEMA);
    }

    /**
     * The <code>Sns</code> notification target.
     *
     * <p>CloudFormation property {@code Sns}.
     */
    public AuditNotificationTargetConfigurations sns(Value<AuditNotificationTarget> value) {
      return set("Sns", value);
    }
  }

  /**
   * Configuration structure containing settings for the device certificate age check.
   *
   * <p>Property type {@code AWS::IoT::AccountAuditConfiguration.CertAgeCheckCustomConfiguration}.
   */
  public static final class CertAgeCheckCustomConfiguration extends Struct<CertAgeCheckCustomConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::AccountAuditConfiguration.CertAgeCheckCustomConfiguration")
        .constrain("CertAgeThresholdInDays", Constraint.of().minLength(1).maxLength(64))
        .build();

    public CertAgeCheckCustomConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of days that defines when a device certificate is considered to have aged. The
     * check will report a finding if a certificate has been active for a number of days greater
     * than or equal to this threshold value.
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code CertAgeThresholdInDays}.
     */
    public CertAgeCheckCustomConfiguration certAgeThresholdInDays(String value) {
      return set("CertAgeThresholdInDays", Value.of(value));
    }

    /**
     * Sets {@code CertAgeThresholdInDays} to this value; see {@link
     * #certAgeThresholdInDays(String)}.
     */
    public CertAgeCheckCustomConfiguration certAgeThresholdInDays(Value<String> value) {
      return set("CertAgeThresholdInDays", value);
    }
  }

  /**
   * Configuration structure containing settings for the device certificate expiration check.
   *
   * <p>Property type {@code
   * AWS::IoT::AccountAuditConfiguration.CertExpirationCheckCustomConfiguration}.
   */
  public static final class CertExpirationCheckCustomConfiguration extends Struct<CertExpirationCheckCustomConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::AccountAuditConfiguration.CertExpirationCheckCustomConfiguration")
        .constrain("CertExpirationThresholdInDays", Constraint.of().minLength(1).maxLength(64))
        .build();

    public CertExpirationCheckCustomConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of days before expiration that defines when a device certificate is considered to
     * be approaching expiration. The check will report a finding if a certificate will expire
     * within this number of days.
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code CertExpirationThresholdInDays}.
     */
    public CertExpirationCheckCustomConfiguration certExpirationThresholdInDays(String value) {
      return set("CertExpirationThresholdInDays", Value.of(value));
    }

    /**
     * Sets {@code CertExpirationThresholdInDays} to this value; see {@link
     * #certExpirationThresholdInDays(String)}.
     */
    public CertExpirationCheckCustomConfiguration certExpirationThresholdInDays(Value<String> value) {
      return set("CertExpirationThresholdInDays", value);
    }
  }

  /**
   * Configuration for the device certificate age audit check.
   *
   * <p>Property type {@code
   * AWS::IoT::AccountAuditConfiguration.DeviceCertAgeAuditCheckConfiguration}.
   */
  public static final class DeviceCertAgeAuditCheckConfiguration extends Struct<DeviceCertAgeAuditCheckConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::AccountAuditConfiguration.DeviceCertAgeAuditCheckConfiguration");

    public DeviceCertAgeAuditCheckConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for the device certificate age check, including the threshold in days
     * for certificate age. This configuration is of type
     * <code>CertAgeCheckCustomConfiguration</code> .
     *
     * <p>CloudFormation property {@code Configuration}.
     */
    public DeviceCertAgeAuditCheckConfiguration configuration(Value<CertAgeCheckCustomConfiguration> value) {
      return set("Configuration", value);
    }

    /**
     * True if this audit check is enabled for this account.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public DeviceCertAgeAuditCheckConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public DeviceCertAgeAuditCheckConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Configuration for the device certificate expiration audit check.
   *
   * <p>Property type {@code
   * AWS::IoT::AccountAuditConfiguration.DeviceCertExpirationAuditCheckConfiguration}.
   */
  public static final class DeviceCertExpirationAuditCheckConfiguration extends Struct<DeviceCertExpirationAuditCheckConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::AccountAuditConfiguration.DeviceCertExpirationAuditCheckConfiguration");

    public DeviceCertExpirationAuditCheckConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for the device certificate expiration check, including the threshold
     * in days before expiration. This configuration is of type
     * <code>CertExpirationCheckCustomConfiguration</code>
     *
     * <p>CloudFormation property {@code Configuration}.
     */
    public DeviceCertExpirationAuditCheckConfiguration configuration(Value<CertExpirationCheckCustomConfiguration> value) {
      return set("Configuration", value);
    }

    /**
     * True if this audit check is enabled for this account.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public DeviceCertExpirationAuditCheckConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public DeviceCertExpirationAuditCheckConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }
}
