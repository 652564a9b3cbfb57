// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Amplify UI Builder (prefix {@code amplifyuibuilder}), as the service authorization reference lists them.
 */
public final class Amplifyuibuilder {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "amplifyuibuilder";

  /** {@code amplifyuibuilder:CreateComponent}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_COMPONENT = Action.of(PREFIX, "CreateComponent");

  /** {@code amplifyuibuilder:CreateForm}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FORM = Action.of(PREFIX, "CreateForm");

  /** {@code amplifyuibuilder:CreateTheme}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_THEME = Action.of(PREFIX, "CreateTheme");

  /** {@code amplifyuibuilder:DeleteComponent}: Write; on ComponentResource. */
  public static final Action DELETE_COMPONENT = Action.of(PREFIX, "DeleteComponent");

  /** {@code amplifyuibuilder:DeleteForm}: Write; on FormResource. */
  public static final Action DELETE_FORM = Action.of(PREFIX, "DeleteForm");

  /** {@code amplifyuibuilder:DeleteTheme}: Write; on ThemeResource. */
  public static final Action DELETE_THEME = Action.of(PREFIX, "DeleteTheme");

  /** {@code amplifyuibuilder:ExchangeCodeForToken}: Write; on no resource type (give {@code *}). */
  public static final Action EXCHANGE_CODE_FOR_TOKEN = Action.of(PREFIX, "ExchangeCodeForToken");

  /** {@code amplifyuibuilder:ExportComponents}: Read; on no resource type (give {@code *}). */
  public static final Action EXPORT_COMPONENTS = Action.of(PREFIX, "ExportComponents");

  /** {@code amplifyuibuilder:ExportForms}: Read; on no resource type (give {@code *}). */
  public static final Action EXPORT_FORMS = Action.of(PREFIX, "ExportForms");

  /** {@code amplifyuibuilder:ExportThemes}: Read; on no resource type (give {@code *}). */
  public static final Action EXPORT_THEMES = Action.of(PREFIX, "ExportThemes");

  /** {@code amplifyuibuilder:GetCodegenJob}: Read; on CodegenJobResource. */
  public static final Action GET_CODEGEN_JOB = Action.of(PREFIX, "GetCodegenJob");

  /** {@code amplifyuibuilder:GetComponent}: Read; on ComponentResource. */
  public static final Action GET_COMPONENT = Action.of(PREFIX, "GetComponent");

  /** {@code amplifyuibuilder:GetForm}: Read; on FormResource. */
  public static final Action GET_FORM = Action.of(PREFIX, "GetForm");

  /** {@code amplifyuibuilder:GetMetadata}: Read; on no resource type (give {@code *}). */
  public static final Action GET_METADATA = Action.of(PREFIX, "GetMetadata");

  /** {@code amplifyuibuilder:GetTheme}: Read; on ThemeResource. */
  public static final Action GET_THEME = Action.of(PREFIX, "GetTheme");

  /** {@code amplifyuibuilder:ListCodegenJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CODEGEN_JOBS = Action.of(PREFIX, "ListCodegenJobs");

  /** {@code amplifyuibuilder:ListComponents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMPONENTS = Action.of(PREFIX, "ListComponents");

  /** {@code amplifyuibuilder:ListForms}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FORMS = Action.of(PREFIX, "ListForms");

  /** {@code amplifyuibuilder:ListTagsForResource}: List; on CodegenJobResource, ComponentResource, FormResource, ThemeResource. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code amplifyuibuilder:ListThemes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_THEMES = Action.of(PREFIX, "ListThemes");

  /** {@code amplifyuibuilder:PutMetadataFlag}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_METADATA_FLAG = Action.of(PREFIX, "PutMetadataFlag");

  /** {@code amplifyuibuilder:RefreshToken}: Write; on no resource type (give {@code *}). */
  public static final Action REFRESH_TOKEN = Action.of(PREFIX, "RefreshToken");

  /** {@code amplifyuibuilder:ResetMetadataFlag}: Write; on no resource type (give {@code *}). */
  public static final Action RESET_METADATA_FLAG = Action.of(PREFIX, "ResetMetadataFlag");

  /** {@code amplifyuibuilder:StartCodegenJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_CODEGEN_JOB = Action.of(PREFIX, "StartCodegenJob");

  /** {@code amplifyuibuilder:TagResource}: Tagging; on CodegenJobResource, ComponentResource, FormResource, ThemeResource. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code amplifyuibuilder:UntagResource}: Tagging; on CodegenJobResource, ComponentResource, FormResource, ThemeResource. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code amplifyuibuilder:UpdateComponent}: Write; on ComponentResource. */
  public static final Action UPDATE_COMPONENT = Action.of(PREFIX, "UpdateComponent");

  /** {@code amplifyuibuilder:UpdateForm}: Write; on FormResource. */
  public static final Action UPDATE_FORM = Action.of(PREFIX, "UpdateForm");

  /** {@code amplifyuibuilder:UpdateTheme}: Write; on ThemeResource. */
  public static final Action UPDATE_THEME = Action.of(PREFIX, "UpdateTheme");

  private Amplifyuibuilder() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
