// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Marketplace (prefix {@code aws-marketplace}), as the service authorization reference lists them.
 */
public final class AwsMarketplace {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "aws-marketplace";

  /** {@code aws-marketplace:AcceptAgreementApprovalRequest}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_AGREEMENT_APPROVAL_REQUEST = Action.of(PREFIX, "AcceptAgreementApprovalRequest");

  /** {@code aws-marketplace:AcceptAgreementCancellationRequest}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_AGREEMENT_CANCELLATION_REQUEST = Action.of(PREFIX, "AcceptAgreementCancellationRequest");

  /** {@code aws-marketplace:AcceptAgreementPaymentRequest}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_AGREEMENT_PAYMENT_REQUEST = Action.of(PREFIX, "AcceptAgreementPaymentRequest");

  /** {@code aws-marketplace:AcceptAgreementRequest}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_AGREEMENT_REQUEST = Action.of(PREFIX, "AcceptAgreementRequest");

  /** {@code aws-marketplace:AssociateProductsWithPrivateMarketplace}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_PRODUCTS_WITH_PRIVATE_MARKETPLACE = Action.of(PREFIX, "AssociateProductsWithPrivateMarketplace");

  /** {@code aws-marketplace:BatchCreateBillingAdjustmentRequest}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_CREATE_BILLING_ADJUSTMENT_REQUEST = Action.of(PREFIX, "BatchCreateBillingAdjustmentRequest");

  /** {@code aws-marketplace:BatchMeterUsage}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_METER_USAGE = Action.of(PREFIX, "BatchMeterUsage");

  /** {@code aws-marketplace:CancelAgreement}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_AGREEMENT = Action.of(PREFIX, "CancelAgreement");

  /** {@code aws-marketplace:CancelAgreementCancellationRequest}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_AGREEMENT_CANCELLATION_REQUEST = Action.of(PREFIX, "CancelAgreementCancellationRequest");

  /** {@code aws-marketplace:CancelAgreementPaymentRequest}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_AGREEMENT_PAYMENT_REQUEST = Action.of(PREFIX, "CancelAgreementPaymentRequest");

  /** {@code aws-marketplace:CancelAgreementRequest}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_AGREEMENT_REQUEST = Action.of(PREFIX, "CancelAgreementRequest");

  /** {@code aws-marketplace:CancelChangeSet}: Write; on ChangeSet. */
  public static final Action CANCEL_CHANGE_SET = Action.of(PREFIX, "CancelChangeSet");

  /** {@code aws-marketplace:CreateAgreementRequest}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AGREEMENT_REQUEST = Action.of(PREFIX, "CreateAgreementRequest");

  /** {@code aws-marketplace:CreatePrivateMarketplaceRequests}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PRIVATE_MARKETPLACE_REQUESTS = Action.of(PREFIX, "CreatePrivateMarketplaceRequests");

  /** {@code aws-marketplace:DeleteResourcePolicy}: Permissions management; on Entity. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code aws-marketplace:DescribeAgreement}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AGREEMENT = Action.of(PREFIX, "DescribeAgreement");

  /** {@code aws-marketplace:DescribeAssessment}: Read; on Assessment. */
  public static final Action DESCRIBE_ASSESSMENT = Action.of(PREFIX, "DescribeAssessment");

  /** {@code aws-marketplace:DescribeBuilds}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BUILDS = Action.of(PREFIX, "DescribeBuilds");

  /** {@code aws-marketplace:DescribeChangeSet}: Read; on ChangeSet. */
  public static final Action DESCRIBE_CHANGE_SET = Action.of(PREFIX, "DescribeChangeSet");

  /** {@code aws-marketplace:DescribeEntity}: Read; on Entity. */
  public static final Action DESCRIBE_ENTITY = Action.of(PREFIX, "DescribeEntity");

  /** {@code aws-marketplace:DescribePrivateMarketplaceRequests}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PRIVATE_MARKETPLACE_REQUESTS = Action.of(PREFIX, "DescribePrivateMarketplaceRequests");

  /** {@code aws-marketplace:DescribeProcurementSystemConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PROCUREMENT_SYSTEM_CONFIGURATION = Action.of(PREFIX, "DescribeProcurementSystemConfiguration");

  /** {@code aws-marketplace:DisassociateProductsFromPrivateMarketplace}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_PRODUCTS_FROM_PRIVATE_MARKETPLACE = Action.of(PREFIX, "DisassociateProductsFromPrivateMarketplace");

  /** {@code aws-marketplace:GetAgreementApprovalRequest}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AGREEMENT_APPROVAL_REQUEST = Action.of(PREFIX, "GetAgreementApprovalRequest");

  /** {@code aws-marketplace:GetAgreementCancellationRequest}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AGREEMENT_CANCELLATION_REQUEST = Action.of(PREFIX, "GetAgreementCancellationRequest");

  /** {@code aws-marketplace:GetAgreementEntitlements}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AGREEMENT_ENTITLEMENTS = Action.of(PREFIX, "GetAgreementEntitlements");

  /** {@code aws-marketplace:GetAgreementPaymentRequest}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AGREEMENT_PAYMENT_REQUEST = Action.of(PREFIX, "GetAgreementPaymentRequest");

  /** {@code aws-marketplace:GetAgreementRequest}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AGREEMENT_REQUEST = Action.of(PREFIX, "GetAgreementRequest");

  /** {@code aws-marketplace:GetAgreementTerms}: List; on no resource type (give {@code *}). */
  public static final Action GET_AGREEMENT_TERMS = Action.of(PREFIX, "GetAgreementTerms");

  /** {@code aws-marketplace:GetBillingAdjustmentRequest}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BILLING_ADJUSTMENT_REQUEST = Action.of(PREFIX, "GetBillingAdjustmentRequest");

  /** {@code aws-marketplace:GetBuyerDashboard}: Read; on Dashboard. */
  public static final Action GET_BUYER_DASHBOARD = Action.of(PREFIX, "GetBuyerDashboard");

  /** {@code aws-marketplace:GetEntitlements}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENTITLEMENTS = Action.of(PREFIX, "GetEntitlements");

  /** {@code aws-marketplace:GetResourcePolicy}: Read; on Entity. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code aws-marketplace:GetSellerDashboard}: Read; on SellerDashboard. */
  public static final Action GET_SELLER_DASHBOARD = Action.of(PREFIX, "GetSellerDashboard");

  /** {@code aws-marketplace:ListAgreementApprovalRequests}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGREEMENT_APPROVAL_REQUESTS = Action.of(PREFIX, "ListAgreementApprovalRequests");

  /** {@code aws-marketplace:ListAgreementCancellationRequests}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGREEMENT_CANCELLATION_REQUESTS = Action.of(PREFIX, "ListAgreementCancellationRequests");

  /** {@code aws-marketplace:ListAgreementCharges}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGREEMENT_CHARGES = Action.of(PREFIX, "ListAgreementCharges");

  /** {@code aws-marketplace:ListAgreementInvoiceLineItems}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGREEMENT_INVOICE_LINE_ITEMS = Action.of(PREFIX, "ListAgreementInvoiceLineItems");

  /** {@code aws-marketplace:ListAgreementPaymentRequests}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGREEMENT_PAYMENT_REQUESTS = Action.of(PREFIX, "ListAgreementPaymentRequests");

  /** {@code aws-marketplace:ListAgreementRequests}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGREEMENT_REQUESTS = Action.of(PREFIX, "ListAgreementRequests");

  /** {@code aws-marketplace:ListAssessments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSESSMENTS = Action.of(PREFIX, "ListAssessments");

  /** {@code aws-marketplace:ListBillingAdjustmentRequests}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BILLING_ADJUSTMENT_REQUESTS = Action.of(PREFIX, "ListBillingAdjustmentRequests");

  /** {@code aws-marketplace:ListBuilds}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_BUILDS = Action.of(PREFIX, "ListBuilds");

  /** {@code aws-marketplace:ListChangeSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CHANGE_SETS = Action.of(PREFIX, "ListChangeSets");

  /** {@code aws-marketplace:ListEntities}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENTITIES = Action.of(PREFIX, "ListEntities");

  /** {@code aws-marketplace:ListEntitlementDetails}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ENTITLEMENT_DETAILS = Action.of(PREFIX, "ListEntitlementDetails");

  /** {@code aws-marketplace:ListPrivateListings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PRIVATE_LISTINGS = Action.of(PREFIX, "ListPrivateListings");

  /** {@code aws-marketplace:ListPrivateMarketplaceRequests}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PRIVATE_MARKETPLACE_REQUESTS = Action.of(PREFIX, "ListPrivateMarketplaceRequests");

  /** {@code aws-marketplace:ListTagsForResource}: Read; on DeploymentParameter. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code aws-marketplace:MeterUsage}: Write; on no resource type (give {@code *}). */
  public static final Action METER_USAGE = Action.of(PREFIX, "MeterUsage");

  /** {@code aws-marketplace:PutDeploymentParameter}: Write; on DeploymentParameter. */
  public static final Action PUT_DEPLOYMENT_PARAMETER = Action.of(PREFIX, "PutDeploymentParameter");

  /** {@code aws-marketplace:PutProcurementSystemConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_PROCUREMENT_SYSTEM_CONFIGURATION = Action.of(PREFIX, "PutProcurementSystemConfiguration");

  /** {@code aws-marketplace:PutResourcePolicy}: Permissions management; on Entity. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code aws-marketplace:RegisterUsage}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_USAGE = Action.of(PREFIX, "RegisterUsage");

  /** {@code aws-marketplace:RejectAgreementApprovalRequest}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_AGREEMENT_APPROVAL_REQUEST = Action.of(PREFIX, "RejectAgreementApprovalRequest");

  /** {@code aws-marketplace:RejectAgreementCancellationRequest}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_AGREEMENT_CANCELLATION_REQUEST = Action.of(PREFIX, "RejectAgreementCancellationRequest");

  /** {@code aws-marketplace:RejectAgreementPaymentRequest}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_AGREEMENT_PAYMENT_REQUEST = Action.of(PREFIX, "RejectAgreementPaymentRequest");

  /** {@code aws-marketplace:ResolveCustomer}: Write; on no resource type (give {@code *}). */
  public static final Action RESOLVE_CUSTOMER = Action.of(PREFIX, "ResolveCustomer");

  /** {@code aws-marketplace:SearchAgreements}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_AGREEMENTS = Action.of(PREFIX, "SearchAgreements");

  /** {@code aws-marketplace:SendAgreementCancellationRequest}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_AGREEMENT_CANCELLATION_REQUEST = Action.of(PREFIX, "SendAgreementCancellationRequest");

  /** {@code aws-marketplace:SendAgreementPaymentRequest}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_AGREEMENT_PAYMENT_REQUEST = Action.of(PREFIX, "SendAgreementPaymentRequest");

  /** {@code aws-marketplace:StartBuild}: Write; on no resource type (give {@code *}). */
  public static final Action START_BUILD = Action.of(PREFIX, "StartBuild");

  /** {@code aws-marketplace:StartChangeSet}: Write; on Entity. */
  public static final Action START_CHANGE_SET = Action.of(PREFIX, "StartChangeSet");

  /** {@code aws-marketplace:Subscribe}: Write; on no resource type (give {@code *}). */
  public static final Action SUBSCRIBE = Action.of(PREFIX, "Subscribe");

  /** {@code aws-marketplace:TagResource}: Tagging; on DeploymentParameter. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code aws-marketplace:Unsubscribe}: Write; on no resource type (give {@code *}). */
  public static final Action UNSUBSCRIBE = Action.of(PREFIX, "Unsubscribe");

  /** {@code aws-marketplace:UntagResource}: Tagging; on DeploymentParameter. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code aws-marketplace:UpdateAgreementApprovalRequest}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_AGREEMENT_APPROVAL_REQUEST = Action.of(PREFIX, "UpdateAgreementApprovalRequest");

  /** {@code aws-marketplace:UpdatePurchaseOrders}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PURCHASE_ORDERS = Action.of(PREFIX, "UpdatePurchaseOrders");

  /** {@code aws-marketplace:ViewSubscriptions}: List; on no resource type (give {@code *}). */
  public static final Action VIEW_SUBSCRIPTIONS = Action.of(PREFIX, "ViewSubscriptions");

  private AwsMarketplace() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
