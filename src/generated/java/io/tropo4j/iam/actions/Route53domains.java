// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Route 53 Domains (prefix {@code route53domains}), as the service authorization reference lists them.
 */
public final class Route53domains {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "route53domains";

  /** {@code route53domains:AcceptDomainTransferFromAnotherAwsAccount}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_DOMAIN_TRANSFER_FROM_ANOTHER_AWS_ACCOUNT = Action.of(PREFIX, "AcceptDomainTransferFromAnotherAwsAccount");

  /** {@code route53domains:AssociateDelegationSignerToDomain}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_DELEGATION_SIGNER_TO_DOMAIN = Action.of(PREFIX, "AssociateDelegationSignerToDomain");

  /** {@code route53domains:CancelDomainTransferToAnotherAwsAccount}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_DOMAIN_TRANSFER_TO_ANOTHER_AWS_ACCOUNT = Action.of(PREFIX, "CancelDomainTransferToAnotherAwsAccount");

  /** {@code route53domains:CheckDomainAvailability}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_DOMAIN_AVAILABILITY = Action.of(PREFIX, "CheckDomainAvailability");

  /** {@code route53domains:CheckDomainTransferability}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_DOMAIN_TRANSFERABILITY = Action.of(PREFIX, "CheckDomainTransferability");

  /** {@code route53domains:DeleteDomain}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code route53domains:DeleteTagsForDomain}: Tagging; on no resource type (give {@code *}). */
  public static final Action DELETE_TAGS_FOR_DOMAIN = Action.of(PREFIX, "DeleteTagsForDomain");

  /** {@code route53domains:DisableDomainAutoRenew}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_DOMAIN_AUTO_RENEW = Action.of(PREFIX, "DisableDomainAutoRenew");

  /** {@code route53domains:DisableDomainTransferLock}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_DOMAIN_TRANSFER_LOCK = Action.of(PREFIX, "DisableDomainTransferLock");

  /** {@code route53domains:DisassociateDelegationSignerFromDomain}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_DELEGATION_SIGNER_FROM_DOMAIN = Action.of(PREFIX, "DisassociateDelegationSignerFromDomain");

  /** {@code route53domains:EnableDomainAutoRenew}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_DOMAIN_AUTO_RENEW = Action.of(PREFIX, "EnableDomainAutoRenew");

  /** {@code route53domains:EnableDomainTransferLock}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_DOMAIN_TRANSFER_LOCK = Action.of(PREFIX, "EnableDomainTransferLock");

  /** {@code route53domains:GetContactReachabilityStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTACT_REACHABILITY_STATUS = Action.of(PREFIX, "GetContactReachabilityStatus");

  /** {@code route53domains:GetDomainDetail}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOMAIN_DETAIL = Action.of(PREFIX, "GetDomainDetail");

  /** {@code route53domains:GetDomainSuggestions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOMAIN_SUGGESTIONS = Action.of(PREFIX, "GetDomainSuggestions");

  /** {@code route53domains:GetOperationDetail}: Read; on no resource type (give {@code *}). */
  public static final Action GET_OPERATION_DETAIL = Action.of(PREFIX, "GetOperationDetail");

  /** {@code route53domains:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code route53domains:ListOperations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OPERATIONS = Action.of(PREFIX, "ListOperations");

  /** {@code route53domains:ListPrices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PRICES = Action.of(PREFIX, "ListPrices");

  /** {@code route53domains:ListTagsForDomain}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_DOMAIN = Action.of(PREFIX, "ListTagsForDomain");

  /** {@code route53domains:PushDomain}: Write; on no resource type (give {@code *}). */
  public static final Action PUSH_DOMAIN = Action.of(PREFIX, "PushDomain");

  /** {@code route53domains:RegisterDomain}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_DOMAIN = Action.of(PREFIX, "RegisterDomain");

  /** {@code route53domains:RejectDomainTransferFromAnotherAwsAccount}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_DOMAIN_TRANSFER_FROM_ANOTHER_AWS_ACCOUNT = Action.of(PREFIX, "RejectDomainTransferFromAnotherAwsAccount");

  /** {@code route53domains:RenewDomain}: Write; on no resource type (give {@code *}). */
  public static final Action RENEW_DOMAIN = Action.of(PREFIX, "RenewDomain");

  /** {@code route53domains:ResendContactReachabilityEmail}: Write; on no resource type (give {@code *}). */
  public static final Action RESEND_CONTACT_REACHABILITY_EMAIL = Action.of(PREFIX, "ResendContactReachabilityEmail");

  /** {@code route53domains:ResendOperationAuthorization}: Write; on no resource type (give {@code *}). */
  public static final Action RESEND_OPERATION_AUTHORIZATION = Action.of(PREFIX, "ResendOperationAuthorization");

  /** {@code route53domains:RetrieveDomainAuthCode}: Write; on no resource type (give {@code *}). */
  public static final Action RETRIEVE_DOMAIN_AUTH_CODE = Action.of(PREFIX, "RetrieveDomainAuthCode");

  /** {@code route53domains:TransferDomain}: Write; on no resource type (give {@code *}). */
  public static final Action TRANSFER_DOMAIN = Action.of(PREFIX, "TransferDomain");

  /** {@code route53domains:TransferDomainToAnotherAwsAccount}: Write; on no resource type (give {@code *}). */
  public static final Action TRANSFER_DOMAIN_TO_ANOTHER_AWS_ACCOUNT = Action.of(PREFIX, "TransferDomainToAnotherAwsAccount");

  /** {@code route53domains:UpdateDomainContact}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DOMAIN_CONTACT = Action.of(PREFIX, "UpdateDomainContact");

  /** {@code route53domains:UpdateDomainContactPrivacy}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DOMAIN_CONTACT_PRIVACY = Action.of(PREFIX, "UpdateDomainContactPrivacy");

  /** {@code route53domains:UpdateDomainNameservers}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DOMAIN_NAMESERVERS = Action.of(PREFIX, "UpdateDomainNameservers");

  /** {@code route53domains:UpdateTagsForDomain}: Tagging; on no resource type (give {@code *}). */
  public static final Action UPDATE_TAGS_FOR_DOMAIN = Action.of(PREFIX, "UpdateTagsForDomain");

  /** {@code route53domains:ViewBilling}: Read; on no resource type (give {@code *}). */
  public static final Action VIEW_BILLING = Action.of(PREFIX, "ViewBilling");

  private Route53domains() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
