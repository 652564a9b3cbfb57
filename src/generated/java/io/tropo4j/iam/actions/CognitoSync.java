// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Cognito Sync (prefix {@code cognito-sync}), as the service authorization reference lists them.
 */
public final class CognitoSync {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cognito-sync";

  /** {@code cognito-sync:BulkPublish}: Write; on identitypool. */
  public static final Action BULK_PUBLISH = Action.of(PREFIX, "BulkPublish");

  /** {@code cognito-sync:DeleteDataset}: Write; on dataset. */
  public static final Action DELETE_DATASET = Action.of(PREFIX, "DeleteDataset");

  /** {@code cognito-sync:DescribeDataset}: Read; on dataset. */
  public static final Action DESCRIBE_DATASET = Action.of(PREFIX, "DescribeDataset");

  /** {@code cognito-sync:DescribeIdentityPoolUsage}: Read; on identitypool. */
  public static final Action DESCRIBE_IDENTITY_POOL_USAGE = Action.of(PREFIX, "DescribeIdentityPoolUsage");

  /** {@code cognito-sync:DescribeIdentityUsage}: Read; on identity. */
  public static final Action DESCRIBE_IDENTITY_USAGE = Action.of(PREFIX, "DescribeIdentityUsage");

  /** {@code cognito-sync:GetBulkPublishDetails}: Read; on identitypool. */
  public static final Action GET_BULK_PUBLISH_DETAILS = Action.of(PREFIX, "GetBulkPublishDetails");

  /** {@code cognito-sync:GetCognitoEvents}: Read; on identitypool. */
  public static final Action GET_COGNITO_EVENTS = Action.of(PREFIX, "GetCognitoEvents");

  /** {@code cognito-sync:GetIdentityPoolConfiguration}: Read; on identitypool. */
  public static final Action GET_IDENTITY_POOL_CONFIGURATION = Action.of(PREFIX, "GetIdentityPoolConfiguration");

  /** {@code cognito-sync:ListDatasets}: List; on dataset. */
  public static final Action LIST_DATASETS = Action.of(PREFIX, "ListDatasets");

  /** {@code cognito-sync:ListIdentityPoolUsage}: Read; on identitypool. */
  public static final Action LIST_IDENTITY_POOL_USAGE = Action.of(PREFIX, "ListIdentityPoolUsage");

  /** {@code cognito-sync:ListRecords}: Read; on dataset. */
  public static final Action LIST_RECORDS = Action.of(PREFIX, "ListRecords");

  /** {@code cognito-sync:QueryRecords}: Read; on no resource type (give {@code *}). */
  public static final Action QUERY_RECORDS = Action.of(PREFIX, "QueryRecords");

  /** {@code cognito-sync:RegisterDevice}: Write; on identity. */
  public static final Action REGISTER_DEVICE = Action.of(PREFIX, "RegisterDevice");

  /** {@code cognito-sync:SetCognitoEvents}: Write; on identitypool. */
  public static final Action SET_COGNITO_EVENTS = Action.of(PREFIX, "SetCognitoEvents");

  /** {@code cognito-sync:SetDatasetConfiguration}: Write; on dataset. */
  public static final Action SET_DATASET_CONFIGURATION = Action.of(PREFIX, "SetDatasetConfiguration");

  /** {@code cognito-sync:SetIdentityPoolConfiguration}: Write; on identitypool. */
  public static final Action SET_IDENTITY_POOL_CONFIGURATION = Action.of(PREFIX, "SetIdentityPoolConfiguration");

  /** {@code cognito-sync:SubscribeToDataset}: Write; on dataset. */
  public static final Action SUBSCRIBE_TO_DATASET = Action.of(PREFIX, "SubscribeToDataset");

  /** {@code cognito-sync:UnsubscribeFromDataset}: Write; on dataset. */
  public static final Action UNSUBSCRIBE_FROM_DATASET = Action.of(PREFIX, "UnsubscribeFromDataset");

  /** {@code cognito-sync:UpdateRecords}: Write; on dataset. */
  public static final Action UPDATE_RECORDS = Action.of(PREFIX, "UpdateRecords");

  private CognitoSync() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
