// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Managed Blockchain Query (prefix {@code managedblockchain-query}), as the service authorization reference lists them.
 */
public final class ManagedblockchainQuery {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "managedblockchain-query";

  /** {@code managedblockchain-query:BatchGetTokenBalance}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_TOKEN_BALANCE = Action.of(PREFIX, "BatchGetTokenBalance");

  /** {@code managedblockchain-query:GetAssetContract}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ASSET_CONTRACT = Action.of(PREFIX, "GetAssetContract");

  /** {@code managedblockchain-query:GetTokenBalance}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TOKEN_BALANCE = Action.of(PREFIX, "GetTokenBalance");

  /** {@code managedblockchain-query:GetTransaction}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TRANSACTION = Action.of(PREFIX, "GetTransaction");

  /** {@code managedblockchain-query:ListAssetContracts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSET_CONTRACTS = Action.of(PREFIX, "ListAssetContracts");

  /** {@code managedblockchain-query:ListFilteredTransactionEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FILTERED_TRANSACTION_EVENTS = Action.of(PREFIX, "ListFilteredTransactionEvents");

  /** {@code managedblockchain-query:ListTokenBalances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TOKEN_BALANCES = Action.of(PREFIX, "ListTokenBalances");

  /** {@code managedblockchain-query:ListTransactionEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRANSACTION_EVENTS = Action.of(PREFIX, "ListTransactionEvents");

  /** {@code managedblockchain-query:ListTransactions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRANSACTIONS = Action.of(PREFIX, "ListTransactions");

  private ManagedblockchainQuery() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
