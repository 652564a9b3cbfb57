// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon SimpleDB (prefix {@code sdb}), as the service authorization reference lists them.
 */
public final class Sdb {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sdb";

  /** {@code sdb:BatchDeleteAttributes}: Write; on domain. */
  public static final Action BATCH_DELETE_ATTRIBUTES = Action.of(PREFIX, "BatchDeleteAttributes");

  /** {@code sdb:BatchPutAttributes}: Write; on domain. */
  public static final Action BATCH_PUT_ATTRIBUTES = Action.of(PREFIX, "BatchPutAttributes");

  /** {@code sdb:CreateDomain}: Write; on domain. */
  public static final Action CREATE_DOMAIN = Action.of(PREFIX, "CreateDomain");

  /** {@code sdb:DeleteAttributes}: Write; on domain. */
  public static final Action DELETE_ATTRIBUTES = Action.of(PREFIX, "DeleteAttributes");

  /** {@code sdb:DeleteDomain}: Write; on domain. */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code sdb:DomainMetadata}: Read; on domain. */
  public static final Action DOMAIN_METADATA = Action.of(PREFIX, "DomainMetadata");

  /** {@code sdb:GetAttributes}: Read; on domain. */
  public static final Action GET_ATTRIBUTES = Action.of(PREFIX, "GetAttributes");

  /** {@code sdb:GetExport}: Read; on export. */
  public static final Action GET_EXPORT = Action.of(PREFIX, "GetExport");

  /** {@code sdb:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code sdb:ListExports}: List; on domain. */
  public static final Action LIST_EXPORTS = Action.of(PREFIX, "ListExports");

  /** {@code sdb:PutAttributes}: Write; on domain. */
  public static final Action PUT_ATTRIBUTES = Action.of(PREFIX, "PutAttributes");

  /** {@code sdb:Select}: Read; on domain. */
  public static final Action SELECT = Action.of(PREFIX, "Select");

  /** {@code sdb:StartDomainExport}: Write; on domain. */
  public static final Action START_DOMAIN_EXPORT = Action.of(PREFIX, "StartDomainExport");

  private Sdb() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
