// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IQ (prefix {@code iq}), as the service authorization reference lists them.
 */
public final class Iq {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iq";

  /** {@code iq:AcceptCall}: Write; on call. */
  public static final Action ACCEPT_CALL = Action.of(PREFIX, "AcceptCall");

  /** {@code iq:ApprovePaymentRequest}: Write; on paymentRequest. */
  public static final Action APPROVE_PAYMENT_REQUEST = Action.of(PREFIX, "ApprovePaymentRequest");

  /** {@code iq:ApproveProposal}: Write; on proposal. */
  public static final Action APPROVE_PROPOSAL = Action.of(PREFIX, "ApproveProposal");

  /** {@code iq:ArchiveConversation}: Write; on conversation. */
  public static final Action ARCHIVE_CONVERSATION = Action.of(PREFIX, "ArchiveConversation");

  /** {@code iq:CompleteProposal}: Write; on proposal. */
  public static final Action COMPLETE_PROPOSAL = Action.of(PREFIX, "CompleteProposal");

  /** {@code iq:CreateConversation}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONVERSATION = Action.of(PREFIX, "CreateConversation");

  /** {@code iq:CreateExpert}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EXPERT = Action.of(PREFIX, "CreateExpert");

  /** {@code iq:CreateListing}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LISTING = Action.of(PREFIX, "CreateListing");

  /** {@code iq:CreateMilestoneProposal}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MILESTONE_PROPOSAL = Action.of(PREFIX, "CreateMilestoneProposal");

  /** {@code iq:CreatePaymentRequest}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PAYMENT_REQUEST = Action.of(PREFIX, "CreatePaymentRequest");

  /** {@code iq:CreateProject}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code iq:CreateRequest}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REQUEST = Action.of(PREFIX, "CreateRequest");

  /** {@code iq:CreateScheduledProposal}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SCHEDULED_PROPOSAL = Action.of(PREFIX, "CreateScheduledProposal");

  /** {@code iq:CreateSeller}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SELLER = Action.of(PREFIX, "CreateSeller");

  /** {@code iq:CreateUpfrontProposal}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_UPFRONT_PROPOSAL = Action.of(PREFIX, "CreateUpfrontProposal");

  /** {@code iq:DeclineCall}: Write; on call. */
  public static final Action DECLINE_CALL = Action.of(PREFIX, "DeclineCall");

  /** {@code iq:DeleteAttachment}: Write; on attachment. */
  public static final Action DELETE_ATTACHMENT = Action.of(PREFIX, "DeleteAttachment");

  /** {@code iq:DisableIndividualPublicProfile}: Write; on expert. */
  public static final Action DISABLE_INDIVIDUAL_PUBLIC_PROFILE = Action.of(PREFIX, "DisableIndividualPublicProfile");

  /** {@code iq:DownloadAttachment}: Read; on attachment. */
  public static final Action DOWNLOAD_ATTACHMENT = Action.of(PREFIX, "DownloadAttachment");

  /** {@code iq:EnableIndividualPublicProfile}: Write; on expert. */
  public static final Action ENABLE_INDIVIDUAL_PUBLIC_PROFILE = Action.of(PREFIX, "EnableIndividualPublicProfile");

  /** {@code iq:EndCall}: Write; on call. */
  public static final Action END_CALL = Action.of(PREFIX, "EndCall");

  /** {@code iq:GetBuyer}: Read; on buyer. */
  public static final Action GET_BUYER = Action.of(PREFIX, "GetBuyer");

  /** {@code iq:GetCall}: Read; on call. */
  public static final Action GET_CALL = Action.of(PREFIX, "GetCall");

  /** {@code iq:GetChatInfo}: Read; on conversation. */
  public static final Action GET_CHAT_INFO = Action.of(PREFIX, "GetChatInfo");

  /** {@code iq:GetChatMessages}: Read; on conversation. */
  public static final Action GET_CHAT_MESSAGES = Action.of(PREFIX, "GetChatMessages");

  /** {@code iq:GetChatToken}: Read; on token. */
  public static final Action GET_CHAT_TOKEN = Action.of(PREFIX, "GetChatToken");

  /** {@code iq:GetCompanyChatMessages}: Read; on conversation. */
  public static final Action GET_COMPANY_CHAT_MESSAGES = Action.of(PREFIX, "GetCompanyChatMessages");

  /** {@code iq:GetCompanyProfile}: Read; on company. */
  public static final Action GET_COMPANY_PROFILE = Action.of(PREFIX, "GetCompanyProfile");

  /** {@code iq:GetConversation}: Read; on conversation. */
  public static final Action GET_CONVERSATION = Action.of(PREFIX, "GetConversation");

  /** {@code iq:GetExpert}: Read; on expert. */
  public static final Action GET_EXPERT = Action.of(PREFIX, "GetExpert");

  /** {@code iq:GetListing}: Read; on listing. */
  public static final Action GET_LISTING = Action.of(PREFIX, "GetListing");

  /** {@code iq:GetMarketplaceSeller}: Read; on seller. */
  public static final Action GET_MARKETPLACE_SELLER = Action.of(PREFIX, "GetMarketplaceSeller");

  /** {@code iq:GetPaymentRequest}: Read; on paymentRequest. */
  public static final Action GET_PAYMENT_REQUEST = Action.of(PREFIX, "GetPaymentRequest");

  /** {@code iq:GetProposal}: Read; on proposal. */
  public static final Action GET_PROPOSAL = Action.of(PREFIX, "GetProposal");

  /** {@code iq:GetRequest}: Read; on request. */
  public static final Action GET_REQUEST = Action.of(PREFIX, "GetRequest");

  /** {@code iq:GetReview}: Read; on seller. */
  public static final Action GET_REVIEW = Action.of(PREFIX, "GetReview");

  /** {@code iq:HideRequest}: Write; on request. */
  public static final Action HIDE_REQUEST = Action.of(PREFIX, "HideRequest");

  /** {@code iq:InitiateCall}: Write; on no resource type (give {@code *}). */
  public static final Action INITIATE_CALL = Action.of(PREFIX, "InitiateCall");

  /** {@code iq:LinkAwsCertification}: Write; on expert. */
  public static final Action LINK_AWS_CERTIFICATION = Action.of(PREFIX, "LinkAwsCertification");

  /** {@code iq:ListAttachments}: List; on attachment. */
  public static final Action LIST_ATTACHMENTS = Action.of(PREFIX, "ListAttachments");

  /** {@code iq:ListConversations}: Read; on conversation. */
  public static final Action LIST_CONVERSATIONS = Action.of(PREFIX, "ListConversations");

  /** {@code iq:ListExpertAccessLogs}: Read; on permission. */
  public static final Action LIST_EXPERT_ACCESS_LOGS = Action.of(PREFIX, "ListExpertAccessLogs");

  /** {@code iq:ListListings}: Read; on listing. */
  public static final Action LIST_LISTINGS = Action.of(PREFIX, "ListListings");

  /** {@code iq:ListPaymentRequests}: Read; on paymentRequest, paymentSchedule. */
  public static final Action LIST_PAYMENT_REQUESTS = Action.of(PREFIX, "ListPaymentRequests");

  /** {@code iq:ListProposals}: Read; on proposal. */
  public static final Action LIST_PROPOSALS = Action.of(PREFIX, "ListProposals");

  /** {@code iq:ListRequests}: Read; on request. */
  public static final Action LIST_REQUESTS = Action.of(PREFIX, "ListRequests");

  /** {@code iq:ListReviews}: Read; on seller. */
  public static final Action LIST_REVIEWS = Action.of(PREFIX, "ListReviews");

  /** {@code iq:MarkChatMessageRead}: Write; on conversation. */
  public static final Action MARK_CHAT_MESSAGE_READ = Action.of(PREFIX, "MarkChatMessageRead");

  /** {@code iq:RejectPaymentRequest}: Write; on paymentRequest. */
  public static final Action REJECT_PAYMENT_REQUEST = Action.of(PREFIX, "RejectPaymentRequest");

  /** {@code iq:RejectProposal}: Write; on proposal. */
  public static final Action REJECT_PROPOSAL = Action.of(PREFIX, "RejectProposal");

  /** {@code iq:SendCompanyChatMessage}: Write; on conversation. */
  public static final Action SEND_COMPANY_CHAT_MESSAGE = Action.of(PREFIX, "SendCompanyChatMessage");

  /** {@code iq:SendIndividualChatMessage}: Write; on conversation. */
  public static final Action SEND_INDIVIDUAL_CHAT_MESSAGE = Action.of(PREFIX, "SendIndividualChatMessage");

  /** {@code iq:UnarchiveConversation}: Write; on conversation. */
  public static final Action UNARCHIVE_CONVERSATION = Action.of(PREFIX, "UnarchiveConversation");

  /** {@code iq:UnlinkAwsCertification}: Write; on expert. */
  public static final Action UNLINK_AWS_CERTIFICATION = Action.of(PREFIX, "UnlinkAwsCertification");

  /** {@code iq:UpdateCompanyProfile}: Write; on company. */
  public static final Action UPDATE_COMPANY_PROFILE = Action.of(PREFIX, "UpdateCompanyProfile");

  /** {@code iq:UpdateConversationMembers}: Write; on conversation. */
  public static final Action UPDATE_CONVERSATION_MEMBERS = Action.of(PREFIX, "UpdateConversationMembers");

  /** {@code iq:UpdateExpert}: Write; on expert. */
  public static final Action UPDATE_EXPERT = Action.of(PREFIX, "UpdateExpert");

  /** {@code iq:UpdateListing}: Write; on listing. */
  public static final Action UPDATE_LISTING = Action.of(PREFIX, "UpdateListing");

  /** {@code iq:UpdateRequest}: Write; on request. */
  public static final Action UPDATE_REQUEST = Action.of(PREFIX, "UpdateRequest");

  /** {@code iq:UploadAttachment}: Write; on no resource type (give {@code *}). */
  public static final Action UPLOAD_ATTACHMENT = Action.of(PREFIX, "UploadAttachment");

  /** {@code iq:WithdrawPaymentRequest}: Write; on paymentRequest. */
  public static final Action WITHDRAW_PAYMENT_REQUEST = Action.of(PREFIX, "WithdrawPaymentRequest");

  /** {@code iq:WithdrawProposal}: Write; on proposal. */
  public static final Action WITHDRAW_PROPOSAL = Action.of(PREFIX, "WithdrawProposal");

  /** {@code iq:WriteReview}: Write; on seller. */
  public static final Action WRITE_REVIEW = Action.of(PREFIX, "WriteReview");

  private Iq() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
