// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::SecurityHub::OrganizationConfiguration</code> resource specifies the way that your
 * AWS organization is configured in AWS Security Hub CSPM . Specifically, you can use this resource
 * to specify the configuration type for your organization and whether to automatically Security Hub
 * CSPM and security standards in new member accounts. For more information, see <a
 * href="https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-accounts.html">Managing
 * administrator and member accounts</a> in the <em>AWS Security Hub CSPM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::OrganizationConfiguration}.
 */
public final class OrganizationConfiguration extends Resource<OrganizationConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::OrganizationConfiguration")
      .required("AutoEnable")
      .allowed("AutoEnableStandards", "DEFAULT", "NONE")
      .allowed("ConfigurationType", "CENTRAL", "LOCAL")
      .refYields("OrganizationConfigurationIdentifier")
      .attributes("MemberAccountLimitReached", "OrganizationConfigurationIdentifier", "Status",
          "StatusMessage")
      .build();

  public OrganizationConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether to automatically enable Security Hub CSPM in new member accounts when they join the
   * organization.
   *
   * <p>If set to <code>true</code> , then Security Hub CSPM is automatically enabled in new
   * accounts. If set to <code>false</code> , then Security Hub CSPM isn't enabled in new accounts
   * automatically. The default value is <code>false</code> .
   *
   * <p>If the <code>ConfigurationType</code> of your organization is set to <code>CENTRAL</code> ,
   * then this field is set to <code>false</code> and can't be changed in the home Region and linked
   * Regions. However, in that case, the delegated administrator can create a configuration policy
   * in which Security Hub CSPM is enabled and associate the policy with new organization accounts.
   *
   * <p>Required. CloudFormation property {@code AutoEnable}.
   */
  public OrganizationConfiguration autoEnable(boolean value) {
    return set("AutoEnable", Value.of(value));
  }

  /** Sets {@code AutoEnable} to this value; see {@link #autoEnable(boolean)}. */
  public OrganizationConfiguration autoEnable(Value<Boolean> value) {
    return set("AutoEnable", value);
  }

  /**
   * Whether to automatically enable Security Hub CSPM <a
   * href="https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-standards-enable-disable.html">default
   * standards</a> in new member accounts when they join the organization.
   *
   * <p>The default value of this parameter is equal to <code>DEFAULT</code> .
   *
   * <p>If equal to <code>DEFAULT</code> , then Security Hub CSPM default standards are
   * automatically enabled for new member accounts. If equal to <code>NONE</code> , then default
   * standards are not automatically enabled for new member accounts.
   *
   * <p>If the <code>ConfigurationType</code> of your organization is set to <code>CENTRAL</code> ,
   * then this field is set to <code>NONE</code> and can't be changed in the home Region and linked
   * Regions. However, in that case, the delegated administrator can create a configuration policy
   * in which specific security standards are enabled and associate the policy with new organization
   * accounts.
   *
   * <p>Allowed values: {@code DEFAULT}, {@code NONE}. CloudFormation property {@code
   * AutoEnableStandards}.
   */
  public OrganizationConfiguration autoEnableStandards(String value) {
    return set("AutoEnableStandards", Value.of(value));
  }

  /** Sets {@code AutoEnableStandards} to this value; see {@link #autoEnableStandards(String)}. */
  public OrganizationConfiguration autoEnableStandards(Value<String> value) {
    return set("AutoEnableStandards", value);
  }

  /**
   * Indicates whether the organization uses local or central configuration.
   *
   * <p>If you use local configuration, the Security Hub CSPM delegated administrator can set
   * <code>AutoEnable</code> to <code>true</code> and <code>AutoEnableStandards</code> to
   * <code>DEFAULT</code> . This automatically enables Security Hub CSPM and default security
   * standards in new organization accounts. These new account settings must be set separately in
   * each AWS Region , and settings may be different in each Region.
   *
   * <p>If you use central configuration, the delegated administrator can create configuration
   * policies. Configuration policies can be used to configure Security Hub CSPM, security
   * standards, and security controls in multiple accounts and Regions. If you want new organization
   * accounts to use a specific configuration, you can create a configuration policy and associate
   * it with the root or specific organizational units (OUs). New accounts will inherit the policy
   * from the root or their assigned OU.
   *
   * <p>Allowed values: {@code CENTRAL}, {@code LOCAL}. CloudFormation property {@code
   * ConfigurationType}.
   */
  public OrganizationConfiguration configurationType(String value) {
    return set("ConfigurationType", Value.of(value));
  }

  /** Sets {@code ConfigurationType} to this value; see {@link #configurationType(String)}. */
  public OrganizationConfiguration configurationType(Value<String> value) {
    return set("ConfigurationType", value);
  }

  /**
   * Whether the maximum number of allowed member accounts are already associated with the Security
   * Hub CSPM administrator account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MemberAccountLimitReached}.
   */
  public Value<Boolean> memberAccountLimitReached() {
    return getAtt("MemberAccountLimitReached");
  }

  /**
   * The organization configuration identifier, formatted as
   * <code>AccountId/Region/securityhub-organization-configuration</code> . For example,
   * <code>123456789012/us-east-1/securityhub-organization-configuration</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code OrganizationConfigurationIdentifier}.
   */
  public Value<String> organizationConfigurationIdentifier() {
    return getAtt("OrganizationConfigurationIdentifier");
  }

  /**
   * Describes whether central configuration could be enabled as the <code>ConfigurationType</code>
   * for the organization. If your <code>ConfigurationType</code> is local configuration, then the
   * value of <code>Status</code> is always <code>ENABLED</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Provides an explanation if the value of <code>Status</code> is equal to <code>FAILED</code>
   * when <code>ConfigurationType</code> is equal to <code>CENTRAL</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }
}
