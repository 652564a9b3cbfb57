// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Partner central account management (prefix {@code partnercentral-account-management}), as the service authorization reference lists them.
 */
public final class PartnercentralAccountManagement {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "partnercentral-account-management";

  /** {@code partnercentral-account-management:AccessLegacyPartnerCentral}: Write; on no resource type (give {@code *}). */
  public static final Action ACCESS_LEGACY_PARTNER_CENTRAL = Action.of(PREFIX, "AccessLegacyPartnerCentral");

  /** {@code partnercentral-account-management:AccessMarketingCentral}: Write; on no resource type (give {@code *}). */
  public static final Action ACCESS_MARKETING_CENTRAL = Action.of(PREFIX, "AccessMarketingCentral");

  /** {@code partnercentral-account-management:AccessProServeTools}: Write; on no resource type (give {@code *}). */
  public static final Action ACCESS_PRO_SERVE_TOOLS = Action.of(PREFIX, "AccessProServeTools");

  /** {@code partnercentral-account-management:AssociatePartnerAccount}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_PARTNER_ACCOUNT = Action.of(PREFIX, "AssociatePartnerAccount");

  /** {@code partnercentral-account-management:AssociatePartnerUser}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_PARTNER_USER = Action.of(PREFIX, "AssociatePartnerUser");

  /** {@code partnercentral-account-management:DisassociatePartnerUser}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_PARTNER_USER = Action.of(PREFIX, "DisassociatePartnerUser");

  private PartnercentralAccountManagement() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
