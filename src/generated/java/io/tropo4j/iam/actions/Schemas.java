// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon EventBridge Schemas (prefix {@code schemas}), as the service authorization reference lists them.
 */
public final class Schemas {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "schemas";

  /** {@code schemas:CreateDiscoverer}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DISCOVERER = Action.of(PREFIX, "CreateDiscoverer");

  /** {@code schemas:CreateRegistry}: Write; on registry. */
  public static final Action CREATE_REGISTRY = Action.of(PREFIX, "CreateRegistry");

  /** {@code schemas:CreateSchema}: Write; on schema. */
  public static final Action CREATE_SCHEMA = Action.of(PREFIX, "CreateSchema");

  /** {@code schemas:DeleteDiscoverer}: Write; on discoverer. */
  public static final Action DELETE_DISCOVERER = Action.of(PREFIX, "DeleteDiscoverer");

  /** {@code schemas:DeleteRegistry}: Write; on registry. */
  public static final Action DELETE_REGISTRY = Action.of(PREFIX, "DeleteRegistry");

  /** {@code schemas:DeleteResourcePolicy}: Write; on registry. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code schemas:DeleteSchema}: Write; on schema. */
  public static final Action DELETE_SCHEMA = Action.of(PREFIX, "DeleteSchema");

  /** {@code schemas:DeleteSchemaVersion}: Write; on schema. */
  public static final Action DELETE_SCHEMA_VERSION = Action.of(PREFIX, "DeleteSchemaVersion");

  /** {@code schemas:DescribeCodeBinding}: Read; on schema. */
  public static final Action DESCRIBE_CODE_BINDING = Action.of(PREFIX, "DescribeCodeBinding");

  /** {@code schemas:DescribeDiscoverer}: Read; on discoverer. */
  public static final Action DESCRIBE_DISCOVERER = Action.of(PREFIX, "DescribeDiscoverer");

  /** {@code schemas:DescribeRegistry}: Read; on registry. */
  public static final Action DESCRIBE_REGISTRY = Action.of(PREFIX, "DescribeRegistry");

  /** {@code schemas:DescribeSchema}: Read; on schema. */
  public static final Action DESCRIBE_SCHEMA = Action.of(PREFIX, "DescribeSchema");

  /** {@code schemas:ExportSchema}: Read; on registry, schema. */
  public static final Action EXPORT_SCHEMA = Action.of(PREFIX, "ExportSchema");

  /** {@code schemas:GetCodeBindingSource}: Read; on schema. */
  public static final Action GET_CODE_BINDING_SOURCE = Action.of(PREFIX, "GetCodeBindingSource");

  /** {@code schemas:GetDiscoveredSchema}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DISCOVERED_SCHEMA = Action.of(PREFIX, "GetDiscoveredSchema");

  /** {@code schemas:GetResourcePolicy}: Read; on registry. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code schemas:ListDiscoverers}: List; on discoverer. */
  public static final Action LIST_DISCOVERERS = Action.of(PREFIX, "ListDiscoverers");

  /** {@code schemas:ListRegistries}: List; on registry. */
  public static final Action LIST_REGISTRIES = Action.of(PREFIX, "ListRegistries");

  /** {@code schemas:ListSchemaVersions}: List; on schema. */
  public static final Action LIST_SCHEMA_VERSIONS = Action.of(PREFIX, "ListSchemaVersions");

  /** {@code schemas:ListSchemas}: List; on schema. */
  public static final Action LIST_SCHEMAS = Action.of(PREFIX, "ListSchemas");

  /** {@code schemas:ListTagsForResource}: Read; on discoverer, registry, schema. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code schemas:PutCodeBinding}: Write; on schema. */
  public static final Action PUT_CODE_BINDING = Action.of(PREFIX, "PutCodeBinding");

  /** {@code schemas:PutResourcePolicy}: Write; on registry. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code schemas:SearchSchemas}: List; on schema. */
  public static final Action SEARCH_SCHEMAS = Action.of(PREFIX, "SearchSchemas");

  /** {@code schemas:StartDiscoverer}: Write; on discoverer. */
  public static final Action START_DISCOVERER = Action.of(PREFIX, "StartDiscoverer");

  /** {@code schemas:StopDiscoverer}: Write; on discoverer. */
  public static final Action STOP_DISCOVERER = Action.of(PREFIX, "StopDiscoverer");

  /** {@code schemas:TagResource}: Tagging; on discoverer, registry, schema. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code schemas:UntagResource}: Tagging; on discoverer, registry, schema. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code schemas:UpdateDiscoverer}: Write; on discoverer. */
  public static final Action UPDATE_DISCOVERER = Action.of(PREFIX, "UpdateDiscoverer");

  /** {@code schemas:UpdateRegistry}: Write; on registry. */
  public static final Action UPDATE_REGISTRY = Action.of(PREFIX, "UpdateRegistry");

  /** {@code schemas:UpdateSchema}: Write; on schema. */
  public static final Action UPDATE_SCHEMA = Action.of(PREFIX, "UpdateSchema");

  private Schemas() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
