// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CloudShell (prefix {@code cloudshell}), as the service authorization reference lists them.
 */
public final class Cloudshell {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "cloudshell";

  /** {@code cloudshell:ApproveCommand}: Read; on Environment. */
  public static final Action APPROVE_COMMAND = Action.of(PREFIX, "ApproveCommand");

  /** {@code cloudshell:CreateEnvironment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENVIRONMENT = Action.of(PREFIX, "CreateEnvironment");

  /** {@code cloudshell:CreateSession}: Write; on Environment. */
  public static final Action CREATE_SESSION = Action.of(PREFIX, "CreateSession");

  /** {@code cloudshell:DeleteEnvironment}: Write; on Environment. */
  public static final Action DELETE_ENVIRONMENT = Action.of(PREFIX, "DeleteEnvironment");

  /** {@code cloudshell:DescribeEnvironments}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENVIRONMENTS = Action.of(PREFIX, "DescribeEnvironments");

  /** {@code cloudshell:GetEnvironmentStatus}: Read; on Environment. */
  public static final Action GET_ENVIRONMENT_STATUS = Action.of(PREFIX, "GetEnvironmentStatus");

  /** {@code cloudshell:GetFileDownloadUrls}: Write; on Environment. */
  public static final Action GET_FILE_DOWNLOAD_URLS = Action.of(PREFIX, "GetFileDownloadUrls");

  /** {@code cloudshell:GetFileUploadUrls}: Write; on Environment. */
  public static final Action GET_FILE_UPLOAD_URLS = Action.of(PREFIX, "GetFileUploadUrls");

  /** {@code cloudshell:PutCredentials}: Write; on Environment. */
  public static final Action PUT_CREDENTIALS = Action.of(PREFIX, "PutCredentials");

  /** {@code cloudshell:StartEnvironment}: Write; on Environment. */
  public static final Action START_ENVIRONMENT = Action.of(PREFIX, "StartEnvironment");

  /** {@code cloudshell:StopEnvironment}: Write; on Environment. */
  public static final Action STOP_ENVIRONMENT = Action.of(PREFIX, "StopEnvironment");

  private Cloudshell() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
