// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Q Developer (prefix {@code qdeveloper}), as the service authorization reference lists them.
 */
public final class Qdeveloper {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "qdeveloper";

  /** {@code qdeveloper:ExportArtifact}: Write; on codeTransformation. */
  public static final Action EXPORT_ARTIFACT = Action.of(PREFIX, "ExportArtifact");

  /** {@code qdeveloper:ImportArtifact}: Write; on codeTransformation. */
  public static final Action IMPORT_ARTIFACT = Action.of(PREFIX, "ImportArtifact");

  /** {@code qdeveloper:ListTagsForResource}: List; on codeTransformation. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code qdeveloper:StartAgentSession}: Write; on no resource type (give {@code *}). */
  public static final Action START_AGENT_SESSION = Action.of(PREFIX, "StartAgentSession");

  /** {@code qdeveloper:TagResource}: Tagging; on codeTransformation. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code qdeveloper:TransformCode}: Write; on codeTransformation. */
  public static final Action TRANSFORM_CODE = Action.of(PREFIX, "TransformCode");

  /** {@code qdeveloper:UntagResource}: Tagging; on codeTransformation. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Qdeveloper() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
