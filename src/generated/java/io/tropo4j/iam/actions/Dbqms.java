// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Database Query Metadata Service (prefix {@code dbqms}), as the service authorization reference lists them.
 */
public final class Dbqms {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "dbqms";

  /** {@code dbqms:CreateFavoriteQuery}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FAVORITE_QUERY = Action.of(PREFIX, "CreateFavoriteQuery");

  /** {@code dbqms:CreateQueryHistory}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_QUERY_HISTORY = Action.of(PREFIX, "CreateQueryHistory");

  /** {@code dbqms:CreateTab}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TAB = Action.of(PREFIX, "CreateTab");

  /** {@code dbqms:DeleteFavoriteQueries}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_FAVORITE_QUERIES = Action.of(PREFIX, "DeleteFavoriteQueries");

  /** {@code dbqms:DeleteQueryHistory}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_QUERY_HISTORY = Action.of(PREFIX, "DeleteQueryHistory");

  /** {@code dbqms:DeleteTab}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_TAB = Action.of(PREFIX, "DeleteTab");

  /** {@code dbqms:DescribeFavoriteQueries}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FAVORITE_QUERIES = Action.of(PREFIX, "DescribeFavoriteQueries");

  /** {@code dbqms:DescribeQueryHistory}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_QUERY_HISTORY = Action.of(PREFIX, "DescribeQueryHistory");

  /** {@code dbqms:DescribeTabs}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TABS = Action.of(PREFIX, "DescribeTabs");

  /** {@code dbqms:GetQueryString}: Read; on no resource type (give {@code *}). */
  public static final Action GET_QUERY_STRING = Action.of(PREFIX, "GetQueryString");

  /** {@code dbqms:UpdateFavoriteQuery}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_FAVORITE_QUERY = Action.of(PREFIX, "UpdateFavoriteQuery");

  /** {@code dbqms:UpdateQueryHistory}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_QUERY_HISTORY = Action.of(PREFIX, "UpdateQueryHistory");

  /** {@code dbqms:UpdateTab}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_TAB = Action.of(PREFIX, "UpdateTab");

  private Dbqms() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
