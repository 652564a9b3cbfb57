// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Q Business Q Apps (prefix {@code qapps}), as the service authorization reference lists them.
 */
public final class Qapps {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "qapps";

  /** {@code qapps:AssociateLibraryItemReview}: Write; on qapp. */
  public static final Action ASSOCIATE_LIBRARY_ITEM_REVIEW = Action.of(PREFIX, "AssociateLibraryItemReview");

  /** {@code qapps:AssociateQAppWithUser}: Write; on application, qapp. */
  public static final Action ASSOCIATE_Q_APP_WITH_USER = Action.of(PREFIX, "AssociateQAppWithUser");

  /** {@code qapps:BatchCreateCategory}: Write; on application. */
  public static final Action BATCH_CREATE_CATEGORY = Action.of(PREFIX, "BatchCreateCategory");

  /** {@code qapps:BatchDeleteCategory}: Write; on application. */
  public static final Action BATCH_DELETE_CATEGORY = Action.of(PREFIX, "BatchDeleteCategory");

  /** {@code qapps:BatchUpdateCategory}: Write; on application. */
  public static final Action BATCH_UPDATE_CATEGORY = Action.of(PREFIX, "BatchUpdateCategory");

  /** {@code qapps:CopyQApp}: Write; on application, qapp. */
  public static final Action COPY_Q_APP = Action.of(PREFIX, "CopyQApp");

  /** {@code qapps:CreateLibraryItem}: Write; on application, qapp. */
  public static final Action CREATE_LIBRARY_ITEM = Action.of(PREFIX, "CreateLibraryItem");

  /** {@code qapps:CreateLibraryItemReview}: Write; on application, qapp. */
  public static final Action CREATE_LIBRARY_ITEM_REVIEW = Action.of(PREFIX, "CreateLibraryItemReview");

  /** {@code qapps:CreateQApp}: Write; on application. */
  public static final Action CREATE_Q_APP = Action.of(PREFIX, "CreateQApp");

  /** {@code qapps:CreateSubscriptionToken}: Write; on application. */
  public static final Action CREATE_SUBSCRIPTION_TOKEN = Action.of(PREFIX, "CreateSubscriptionToken");

  /** {@code qapps:DeleteLibraryItem}: Write; on application, qapp. */
  public static final Action DELETE_LIBRARY_ITEM = Action.of(PREFIX, "DeleteLibraryItem");

  /** {@code qapps:DeleteQApp}: Write; on application, qapp. */
  public static final Action DELETE_Q_APP = Action.of(PREFIX, "DeleteQApp");

  /** {@code qapps:DescribeQAppPermissions}: Read; on application, qapp. */
  public static final Action DESCRIBE_Q_APP_PERMISSIONS = Action.of(PREFIX, "DescribeQAppPermissions");

  /** {@code qapps:DisassociateLibraryItemReview}: Write; on qapp. */
  public static final Action DISASSOCIATE_LIBRARY_ITEM_REVIEW = Action.of(PREFIX, "DisassociateLibraryItemReview");

  /** {@code qapps:DisassociateQAppFromUser}: Write; on application, qapp. */
  public static final Action DISASSOCIATE_Q_APP_FROM_USER = Action.of(PREFIX, "DisassociateQAppFromUser");

  /** {@code qapps:ExportQAppSessionData}: Write; on qapp-session. */
  public static final Action EXPORT_Q_APP_SESSION_DATA = Action.of(PREFIX, "ExportQAppSessionData");

  /** {@code qapps:GetLibraryItem}: Read; on application, qapp. */
  public static final Action GET_LIBRARY_ITEM = Action.of(PREFIX, "GetLibraryItem");

  /** {@code qapps:GetQApp}: Read; on application, qapp. */
  public static final Action GET_Q_APP = Action.of(PREFIX, "GetQApp");

  /** {@code qapps:GetQAppSession}: Read; on qapp-session. */
  public static final Action GET_Q_APP_SESSION = Action.of(PREFIX, "GetQAppSession");

  /** {@code qapps:GetQAppSessionMetadata}: Read; on qapp-session. */
  public static final Action GET_Q_APP_SESSION_METADATA = Action.of(PREFIX, "GetQAppSessionMetadata");

  /** {@code qapps:ImportDocument}: Write; on qapp, qapp-session. */
  public static final Action IMPORT_DOCUMENT = Action.of(PREFIX, "ImportDocument");

  /** {@code qapps:ListCategories}: List; on application. */
  public static final Action LIST_CATEGORIES = Action.of(PREFIX, "ListCategories");

  /** {@code qapps:ListLibraryItems}: List; on application. */
  public static final Action LIST_LIBRARY_ITEMS = Action.of(PREFIX, "ListLibraryItems");

  /** {@code qapps:ListQAppSessionData}: Read; on qapp-session. */
  public static final Action LIST_Q_APP_SESSION_DATA = Action.of(PREFIX, "ListQAppSessionData");

  /** {@code qapps:ListQApps}: List; on application. */
  public static final Action LIST_Q_APPS = Action.of(PREFIX, "ListQApps");

  /** {@code qapps:ListTagsForResource}: Read; on qapp, qapp-session. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code qapps:PredictProblemStatementFromConversation}: Write; on application. */
  public static final Action PREDICT_PROBLEM_STATEMENT_FROM_CONVERSATION = Action.of(PREFIX, "PredictProblemStatementFromConversation");

  /** {@code qapps:PredictQApp}: Write; on application. */
  public static final Action PREDICT_Q_APP = Action.of(PREFIX, "PredictQApp");

  /** {@code qapps:PredictQAppFromProblemStatement}: Write; on application. */
  public static final Action PREDICT_Q_APP_FROM_PROBLEM_STATEMENT = Action.of(PREFIX, "PredictQAppFromProblemStatement");

  /** {@code qapps:StartQAppSession}: Write; on application, qapp. */
  public static final Action START_Q_APP_SESSION = Action.of(PREFIX, "StartQAppSession");

  /** {@code qapps:StopQAppSession}: Write; on application, qapp-session. */
  public static final Action STOP_Q_APP_SESSION = Action.of(PREFIX, "StopQAppSession");

  /** {@code qapps:TagResource}: Tagging; on qapp, qapp-session. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code qapps:UntagResource}: Tagging; on qapp, qapp-session. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code qapps:UpdateLibraryItem}: Write; on application, qapp. */
  public static final Action UPDATE_LIBRARY_ITEM = Action.of(PREFIX, "UpdateLibraryItem");

  /** {@code qapps:UpdateLibraryItemMetadata}: Write; on qapp. */
  public static final Action UPDATE_LIBRARY_ITEM_METADATA = Action.of(PREFIX, "UpdateLibraryItemMetadata");

  /** {@code qapps:UpdateQApp}: Write; on application, qapp. */
  public static final Action UPDATE_Q_APP = Action.of(PREFIX, "UpdateQApp");

  /** {@code qapps:UpdateQAppPermissions}: Write; on application, qapp. */
  public static final Action UPDATE_Q_APP_PERMISSIONS = Action.of(PREFIX, "UpdateQAppPermissions");

  /** {@code qapps:UpdateQAppSession}: Write; on qapp-session. */
  public static final Action UPDATE_Q_APP_SESSION = Action.of(PREFIX, "UpdateQAppSession");

  /** {@code qapps:UpdateQAppSessionMetadata}: Write; on qapp-session. */
  public static final Action UPDATE_Q_APP_SESSION_METADATA = Action.of(PREFIX, "UpdateQAppSessionMetadata");

  private Qapps() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
