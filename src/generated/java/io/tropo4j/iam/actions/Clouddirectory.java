// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Cloud Directory (prefix {@code clouddirectory}), as the service authorization reference lists them.
 */
public final class Clouddirectory {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "clouddirectory";

  /** {@code clouddirectory:AddFacetToObject}: Write; on directory. */
  public static final Action ADD_FACET_TO_OBJECT = Action.of(PREFIX, "AddFacetToObject");

  /** {@code clouddirectory:ApplySchema}: Write; on directory, publishedSchema. */
  public static final Action APPLY_SCHEMA = Action.of(PREFIX, "ApplySchema");

  /** {@code clouddirectory:AttachObject}: Write; on directory. */
  public static final Action ATTACH_OBJECT = Action.of(PREFIX, "AttachObject");

  /** {@code clouddirectory:AttachPolicy}: Write; on directory. */
  public static final Action ATTACH_POLICY = Action.of(PREFIX, "AttachPolicy");

  /** {@code clouddirectory:AttachToIndex}: Write; on directory. */
  public static final Action ATTACH_TO_INDEX = Action.of(PREFIX, "AttachToIndex");

  /** {@code clouddirectory:AttachTypedLink}: Write; on directory. */
  public static final Action ATTACH_TYPED_LINK = Action.of(PREFIX, "AttachTypedLink");

  /** {@code clouddirectory:BatchRead}: Read; on directory. */
  public static final Action BATCH_READ = Action.of(PREFIX, "BatchRead");

  /** {@code clouddirectory:BatchWrite}: Write; on directory. */
  public static final Action BATCH_WRITE = Action.of(PREFIX, "BatchWrite");

  /** {@code clouddirectory:CreateDirectory}: Write; on publishedSchema. */
  public static final Action CREATE_DIRECTORY = Action.of(PREFIX, "CreateDirectory");

  /** {@code clouddirectory:CreateFacet}: Write; on appliedSchema, developmentSchema. */
  public static final Action CREATE_FACET = Action.of(PREFIX, "CreateFacet");

  /** {@code clouddirectory:CreateIndex}: Write; on directory. */
  public static final Action CREATE_INDEX = Action.of(PREFIX, "CreateIndex");

  /** {@code clouddirectory:CreateObject}: Write; on directory. */
  public static final Action CREATE_OBJECT = Action.of(PREFIX, "CreateObject");

  /** {@code clouddirectory:CreateSchema}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SCHEMA = Action.of(PREFIX, "CreateSchema");

  /** {@code clouddirectory:CreateTypedLinkFacet}: Write; on appliedSchema, developmentSchema. */
  public static final Action CREATE_TYPED_LINK_FACET = Action.of(PREFIX, "CreateTypedLinkFacet");

  /** {@code clouddirectory:DeleteDirectory}: Write; on directory. */
  public static final Action DELETE_DIRECTORY = Action.of(PREFIX, "DeleteDirectory");

  /** {@code clouddirectory:DeleteFacet}: Write; on developmentSchema. */
  public static final Action DELETE_FACET = Action.of(PREFIX, "DeleteFacet");

  /** {@code clouddirectory:DeleteObject}: Write; on directory. */
  public static final Action DELETE_OBJECT = Action.of(PREFIX, "DeleteObject");

  /** {@code clouddirectory:DeleteSchema}: Write; on developmentSchema, publishedSchema. */
  public static final Action DELETE_SCHEMA = Action.of(PREFIX, "DeleteSchema");

  /** {@code clouddirectory:DeleteTypedLinkFacet}: Write; on developmentSchema. */
  public static final Action DELETE_TYPED_LINK_FACET = Action.of(PREFIX, "DeleteTypedLinkFacet");

  /** {@code clouddirectory:DetachFromIndex}: Write; on directory. */
  public static final Action DETACH_FROM_INDEX = Action.of(PREFIX, "DetachFromIndex");

  /** {@code clouddirectory:DetachObject}: Write; on directory. */
  public static final Action DETACH_OBJECT = Action.of(PREFIX, "DetachObject");

  /** {@code clouddirectory:DetachPolicy}: Write; on directory. */
  public static final Action DETACH_POLICY = Action.of(PREFIX, "DetachPolicy");

  /** {@code clouddirectory:DetachTypedLink}: Write; on directory. */
  public static final Action DETACH_TYPED_LINK = Action.of(PREFIX, "DetachTypedLink");

  /** {@code clouddirectory:DisableDirectory}: Write; on directory. */
  public static final Action DISABLE_DIRECTORY = Action.of(PREFIX, "DisableDirectory");

  /** {@code clouddirectory:EnableDirectory}: Write; on directory. */
  public static final Action ENABLE_DIRECTORY = Action.of(PREFIX, "EnableDirectory");

  /** {@code clouddirectory:GetAppliedSchemaVersion}: Read; on appliedSchema. */
  public static final Action GET_APPLIED_SCHEMA_VERSION = Action.of(PREFIX, "GetAppliedSchemaVersion");

  /** {@code clouddirectory:GetDirectory}: Read; on directory. */
  public static final Action GET_DIRECTORY = Action.of(PREFIX, "GetDirectory");

  /** {@code clouddirectory:GetFacet}: Read; on appliedSchema, developmentSchema, publishedSchema. */
  public static final Action GET_FACET = Action.of(PREFIX, "GetFacet");

  /** {@code clouddirectory:GetLinkAttributes}: Read; on directory. */
  public static final Action GET_LINK_ATTRIBUTES = Action.of(PREFIX, "GetLinkAttributes");

  /** {@code clouddirectory:GetObjectAttributes}: Read; on directory. */
  public static final Action GET_OBJECT_ATTRIBUTES = Action.of(PREFIX, "GetObjectAttributes");

  /** {@code clouddirectory:GetObjectInformation}: Read; on directory. */
  public static final Action GET_OBJECT_INFORMATION = Action.of(PREFIX, "GetObjectInformation");

  /** {@code clouddirectory:GetSchemaAsJson}: Read; on appliedSchema, developmentSchema, publishedSchema. */
  public static final Action GET_SCHEMA_AS_JSON = Action.of(PREFIX, "GetSchemaAsJson");

  /** {@code clouddirectory:GetTypedLinkFacetInformation}: Read; on appliedSchema, developmentSchema, publishedSchema. */
  public static final Action GET_TYPED_LINK_FACET_INFORMATION = Action.of(PREFIX, "GetTypedLinkFacetInformation");

  /** {@code clouddirectory:ListAppliedSchemaArns}: List; on directory. */
  public static final Action LIST_APPLIED_SCHEMA_ARNS = Action.of(PREFIX, "ListAppliedSchemaArns");

  /** {@code clouddirectory:ListAttachedIndices}: Read; on directory. */
  public static final Action LIST_ATTACHED_INDICES = Action.of(PREFIX, "ListAttachedIndices");

  /** {@code clouddirectory:ListDevelopmentSchemaArns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVELOPMENT_SCHEMA_ARNS = Action.of(PREFIX, "ListDevelopmentSchemaArns");

  /** {@code clouddirectory:ListDirectories}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DIRECTORIES = Action.of(PREFIX, "ListDirectories");

  /** {@code clouddirectory:ListFacetAttributes}: Read; on appliedSchema, developmentSchema, publishedSchema. */
  public static final Action LIST_FACET_ATTRIBUTES = Action.of(PREFIX, "ListFacetAttributes");

  /** {@code clouddirectory:ListFacetNames}: Read; on appliedSchema, developmentSchema, publishedSchema. */
  public static final Action LIST_FACET_NAMES = Action.of(PREFIX, "ListFacetNames");

  /** {@code clouddirectory:ListIncomingTypedLinks}: Read; on directory. */
  public static final Action LIST_INCOMING_TYPED_LINKS = Action.of(PREFIX, "ListIncomingTypedLinks");

  /** {@code clouddirectory:ListIndex}: Read; on directory. */
  public static final Action LIST_INDEX = Action.of(PREFIX, "ListIndex");

  /** {@code clouddirectory:ListManagedSchemaArns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_SCHEMA_ARNS = Action.of(PREFIX, "ListManagedSchemaArns");

  /** {@code clouddirectory:ListObjectAttributes}: Read; on directory. */
  public static final Action LIST_OBJECT_ATTRIBUTES = Action.of(PREFIX, "ListObjectAttributes");

  /** {@code clouddirectory:ListObjectChildren}: Read; on directory. */
  public static final Action LIST_OBJECT_CHILDREN = Action.of(PREFIX, "ListObjectChildren");

  /** {@code clouddirectory:ListObjectParentPaths}: Read; on directory. */
  public static final Action LIST_OBJECT_PARENT_PATHS = Action.of(PREFIX, "ListObjectParentPaths");

  /** {@code clouddirectory:ListObjectParents}: Read; on directory. */
  public static final Action LIST_OBJECT_PARENTS = Action.of(PREFIX, "ListObjectParents");

  /** {@code clouddirectory:ListObjectPolicies}: Read; on directory. */
  public static final Action LIST_OBJECT_POLICIES = Action.of(PREFIX, "ListObjectPolicies");

  /** {@code clouddirectory:ListOutgoingTypedLinks}: Read; on directory. */
  public static final Action LIST_OUTGOING_TYPED_LINKS = Action.of(PREFIX, "ListOutgoingTypedLinks");

  /** {@code clouddirectory:ListPolicyAttachments}: Read; on directory. */
  public static final Action LIST_POLICY_ATTACHMENTS = Action.of(PREFIX, "ListPolicyAttachments");

  /** {@code clouddirectory:ListPublishedSchemaArns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PUBLISHED_SCHEMA_ARNS = Action.of(PREFIX, "ListPublishedSchemaArns");

  /** {@code clouddirectory:ListTagsForResource}: Read; on directory. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code clouddirectory:ListTypedLinkFacetAttributes}: Read; on appliedSchema, developmentSchema, publishedSchema. */
  public static final Action LIST_TYPED_LINK_FACET_ATTRIBUTES = Action.of(PREFIX, "ListTypedLinkFacetAttributes");

  /** {@code clouddirectory:ListTypedLinkFacetNames}: Read; on appliedSchema, developmentSchema, publishedSchema. */
  public static final Action LIST_TYPED_LINK_FACET_NAMES = Action.of(PREFIX, "ListTypedLinkFacetNames");

  /** {@code clouddirectory:LookupPolicy}: Read; on directory. */
  public static final Action LOOKUP_POLICY = Action.of(PREFIX, "LookupPolicy");

  /** {@code clouddirectory:PublishSchema}: Write; on developmentSchema. */
  public static final Action PUBLISH_SCHEMA = Action.of(PREFIX, "PublishSchema");

  /** {@code clouddirectory:PutSchemaFromJson}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SCHEMA_FROM_JSON = Action.of(PREFIX, "PutSchemaFromJson");

  /** {@code clouddirectory:RemoveFacetFromObject}: Write; on directory. */
  public static final Action REMOVE_FACET_FROM_OBJECT = Action.of(PREFIX, "RemoveFacetFromObject");

  /** {@code clouddirectory:TagResource}: Tagging; on directory. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code clouddirectory:UntagResource}: Tagging; on directory. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code clouddirectory:UpdateFacet}: Write; on appliedSchema, developmentSchema. */
  public static final Action UPDATE_FACET = Action.of(PREFIX, "UpdateFacet");

  /** {@code clouddirectory:UpdateLinkAttributes}: Write; on directory. */
  public static final Action UPDATE_LINK_ATTRIBUTES = Action.of(PREFIX, "UpdateLinkAttributes");

  /** {@code clouddirectory:UpdateObjectAttributes}: Write; on directory. */
  public static final Action UPDATE_OBJECT_ATTRIBUTES = Action.of(PREFIX, "UpdateObjectAttributes");

  /** {@code clouddirectory:UpdateSchema}: Write; on developmentSchema. */
  public static final Action UPDATE_SCHEMA = Action.of(PREFIX, "UpdateSchema");

  /** {@code clouddirectory:UpdateTypedLinkFacet}: Write; on developmentSchema. */
  public static final Action UPDATE_TYPED_LINK_FACET = Action.of(PREFIX, "UpdateTypedLinkFacet");

  /** {@code clouddirectory:UpgradeAppliedSchema}: Write; on directory, publishedSchema. */
  public static final Action UPGRADE_APPLIED_SCHEMA = Action.of(PREFIX, "UpgradeAppliedSchema");

  /** {@code clouddirectory:UpgradePublishedSchema}: Write; on developmentSchema, publishedSchema. */
  public static final Action UPGRADE_PUBLISHED_SCHEMA = Action.of(PREFIX, "UpgradePublishedSchema");

  private Clouddirectory() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
