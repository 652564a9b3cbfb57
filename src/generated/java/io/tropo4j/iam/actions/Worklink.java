// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon WorkLink (prefix {@code worklink}), as the service authorization reference lists them.
 */
public final class Worklink {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "worklink";

  /** {@code worklink:AssociateDomain}: Write; on fleet. */
  public static final Action ASSOCIATE_DOMAIN = Action.of(PREFIX, "AssociateDomain");

  /** {@code worklink:AssociateWebsiteAuthorizationProvider}: Write; on fleet. */
  public static final Action ASSOCIATE_WEBSITE_AUTHORIZATION_PROVIDER = Action.of(PREFIX, "AssociateWebsiteAuthorizationProvider");

  /** {@code worklink:AssociateWebsiteCertificateAuthority}: Write; on fleet. */
  public static final Action ASSOCIATE_WEBSITE_CERTIFICATE_AUTHORITY = Action.of(PREFIX, "AssociateWebsiteCertificateAuthority");

  /** {@code worklink:CreateFleet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FLEET = Action.of(PREFIX, "CreateFleet");

  /** {@code worklink:DeleteFleet}: Write; on fleet. */
  public static final Action DELETE_FLEET = Action.of(PREFIX, "DeleteFleet");

  /** {@code worklink:DescribeAuditStreamConfiguration}: Read; on fleet. */
  public static final Action DESCRIBE_AUDIT_STREAM_CONFIGURATION = Action.of(PREFIX, "DescribeAuditStreamConfiguration");

  /** {@code worklink:DescribeCompanyNetworkConfiguration}: Read; on fleet. */
  public static final Action DESCRIBE_COMPANY_NETWORK_CONFIGURATION = Action.of(PREFIX, "DescribeCompanyNetworkConfiguration");

  /** {@code worklink:DescribeDevice}: Read; on fleet. */
  public static final Action DESCRIBE_DEVICE = Action.of(PREFIX, "DescribeDevice");

  /** {@code worklink:DescribeDevicePolicyConfiguration}: Read; on fleet. */
  public static final Action DESCRIBE_DEVICE_POLICY_CONFIGURATION = Action.of(PREFIX, "DescribeDevicePolicyConfiguration");

  /** {@code worklink:DescribeDomain}: Read; on fleet. */
  public static final Action DESCRIBE_DOMAIN = Action.of(PREFIX, "DescribeDomain");

  /** {@code worklink:DescribeFleetMetadata}: Read; on fleet. */
  public static final Action DESCRIBE_FLEET_METADATA = Action.of(PREFIX, "DescribeFleetMetadata");

  /** {@code worklink:DescribeIdentityProviderConfiguration}: Read; on fleet. */
  public static final Action DESCRIBE_IDENTITY_PROVIDER_CONFIGURATION = Action.of(PREFIX, "DescribeIdentityProviderConfiguration");

  /** {@code worklink:DescribeWebsiteCertificateAuthority}: Read; on fleet. */
  public static final Action DESCRIBE_WEBSITE_CERTIFICATE_AUTHORITY = Action.of(PREFIX, "DescribeWebsiteCertificateAuthority");

  /** {@code worklink:DisassociateDomain}: Write; on fleet. */
  public static final Action DISASSOCIATE_DOMAIN = Action.of(PREFIX, "DisassociateDomain");

  /** {@code worklink:DisassociateWebsiteAuthorizationProvider}: Write; on fleet. */
  public static final Action DISASSOCIATE_WEBSITE_AUTHORIZATION_PROVIDER = Action.of(PREFIX, "DisassociateWebsiteAuthorizationProvider");

  /** {@code worklink:DisassociateWebsiteCertificateAuthority}: Write; on fleet. */
  public static final Action DISASSOCIATE_WEBSITE_CERTIFICATE_AUTHORITY = Action.of(PREFIX, "DisassociateWebsiteCertificateAuthority");

  /** {@code worklink:ListDevices}: List; on fleet. */
  public static final Action LIST_DEVICES = Action.of(PREFIX, "ListDevices");

  /** {@code worklink:ListDomains}: List; on fleet. */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code worklink:ListFleets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FLEETS = Action.of(PREFIX, "ListFleets");

  /** {@code worklink:ListTagsForResource}: Read; on fleet. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code worklink:ListWebsiteAuthorizationProviders}: List; on fleet. */
  public static final Action LIST_WEBSITE_AUTHORIZATION_PROVIDERS = Action.of(PREFIX, "ListWebsiteAuthorizationProviders");

  /** {@code worklink:ListWebsiteCertificateAuthorities}: List; on fleet. */
  public static final Action LIST_WEBSITE_CERTIFICATE_AUTHORITIES = Action.of(PREFIX, "ListWebsiteCertificateAuthorities");

  /** {@code worklink:RestoreDomainAccess}: Write; on fleet. */
  public static final Action RESTORE_DOMAIN_ACCESS = Action.of(PREFIX, "RestoreDomainAccess");

  /** {@code worklink:RevokeDomainAccess}: Write; on fleet. */
  public static final Action REVOKE_DOMAIN_ACCESS = Action.of(PREFIX, "RevokeDomainAccess");

  /** {@code worklink:SearchEntity}: List; on fleet. */
  public static final Action SEARCH_ENTITY = Action.of(PREFIX, "SearchEntity");

  /** {@code worklink:SignOutUser}: Write; on fleet. */
  public static final Action SIGN_OUT_USER = Action.of(PREFIX, "SignOutUser");

  /** {@code worklink:TagResource}: Tagging; on fleet. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code worklink:UntagResource}: Tagging; on fleet. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code worklink:UpdateAuditStreamConfiguration}: Write; on fleet. */
  public static final Action UPDATE_AUDIT_STREAM_CONFIGURATION = Action.of(PREFIX, "UpdateAuditStreamConfiguration");

  /** {@code worklink:UpdateCompanyNetworkConfiguration}: Write; on fleet. */
  public static final Action UPDATE_COMPANY_NETWORK_CONFIGURATION = Action.of(PREFIX, "UpdateCompanyNetworkConfiguration");

  /** {@code worklink:UpdateDevicePolicyConfiguration}: Permissions management; on fleet. */
  public static final Action UPDATE_DEVICE_POLICY_CONFIGURATION = Action.of(PREFIX, "UpdateDevicePolicyConfiguration");

  /** {@code worklink:UpdateDomainMetadata}: Write; on fleet. */
  public static final Action UPDATE_DOMAIN_METADATA = Action.of(PREFIX, "UpdateDomainMetadata");

  /** {@code worklink:UpdateFleetMetadata}: Write; on fleet. */
  public static final Action UPDATE_FLEET_METADATA = Action.of(PREFIX, "UpdateFleetMetadata");

  /** {@code worklink:UpdateIdentityProviderConfiguration}: Write; on fleet. */
  public static final Action UPDATE_IDENTITY_PROVIDER_CONFIGURATION = Action.of(PREFIX, "UpdateIdentityProviderConfiguration");

  private Worklink() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
