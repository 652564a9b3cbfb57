// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Amplify Admin (prefix {@code amplifybackend}), as the service authorization reference lists them.
 */
public final class Amplifybackend {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "amplifybackend";

  /** {@code amplifybackend:CloneBackend}: Write; on backend. */
  public static final Action CLONE_BACKEND = Action.of(PREFIX, "CloneBackend");

  /** {@code amplifybackend:CreateBackend}: Write; on created-backend. */
  public static final Action CREATE_BACKEND = Action.of(PREFIX, "CreateBackend");

  /** {@code amplifybackend:CreateBackendAPI}: Write; on api, backend, environment. */
  public static final Action CREATE_BACKEND_API = Action.of(PREFIX, "CreateBackendAPI");

  /** {@code amplifybackend:CreateBackendAuth}: Write; on auth, backend, environment. */
  public static final Action CREATE_BACKEND_AUTH = Action.of(PREFIX, "CreateBackendAuth");

  /** {@code amplifybackend:CreateBackendConfig}: Write; on config. */
  public static final Action CREATE_BACKEND_CONFIG = Action.of(PREFIX, "CreateBackendConfig");

  /** {@code amplifybackend:CreateBackendStorage}: Write; on backend, environment, storage. */
  public static final Action CREATE_BACKEND_STORAGE = Action.of(PREFIX, "CreateBackendStorage");

  /** {@code amplifybackend:CreateToken}: Write; on backend, token. */
  public static final Action CREATE_TOKEN = Action.of(PREFIX, "CreateToken");

  /** {@code amplifybackend:DeleteBackend}: Write; on backend, environment. */
  public static final Action DELETE_BACKEND = Action.of(PREFIX, "DeleteBackend");

  /** {@code amplifybackend:DeleteBackendAPI}: Write; on api, backend, environment. */
  public static final Action DELETE_BACKEND_API = Action.of(PREFIX, "DeleteBackendAPI");

  /** {@code amplifybackend:DeleteBackendAuth}: Write; on auth, backend, environment. */
  public static final Action DELETE_BACKEND_AUTH = Action.of(PREFIX, "DeleteBackendAuth");

  /** {@code amplifybackend:DeleteBackendStorage}: Write; on backend, environment, storage. */
  public static final Action DELETE_BACKEND_STORAGE = Action.of(PREFIX, "DeleteBackendStorage");

  /** {@code amplifybackend:DeleteToken}: Write; on backend, token. */
  public static final Action DELETE_TOKEN = Action.of(PREFIX, "DeleteToken");

  /** {@code amplifybackend:GenerateBackendAPIModels}: Write; on api, backend, environment. */
  public static final Action GENERATE_BACKEND_API_MODELS = Action.of(PREFIX, "GenerateBackendAPIModels");

  /** {@code amplifybackend:GetBackend}: Read; on backend, environment. */
  public static final Action GET_BACKEND = Action.of(PREFIX, "GetBackend");

  /** {@code amplifybackend:GetBackendAPI}: Read; on api, backend, environment. */
  public static final Action GET_BACKEND_API = Action.of(PREFIX, "GetBackendAPI");

  /** {@code amplifybackend:GetBackendAPIModels}: Read; on api, backend, environment. */
  public static final Action GET_BACKEND_API_MODELS = Action.of(PREFIX, "GetBackendAPIModels");

  /** {@code amplifybackend:GetBackendAuth}: Read; on auth, backend, environment. */
  public static final Action GET_BACKEND_AUTH = Action.of(PREFIX, "GetBackendAuth");

  /** {@code amplifybackend:GetBackendJob}: Read; on backend, job. */
  public static final Action GET_BACKEND_JOB = Action.of(PREFIX, "GetBackendJob");

  /** {@code amplifybackend:GetBackendStorage}: Read; on backend, environment. */
  public static final Action GET_BACKEND_STORAGE = Action.of(PREFIX, "GetBackendStorage");

  /** {@code amplifybackend:GetToken}: Read; on backend, token. */
  public static final Action GET_TOKEN = Action.of(PREFIX, "GetToken");

  /** {@code amplifybackend:ImportBackendAuth}: Write; on auth, backend, environment. */
  public static final Action IMPORT_BACKEND_AUTH = Action.of(PREFIX, "ImportBackendAuth");

  /** {@code amplifybackend:ImportBackendStorage}: Write; on backend, environment, storage. */
  public static final Action IMPORT_BACKEND_STORAGE = Action.of(PREFIX, "ImportBackendStorage");

  /** {@code amplifybackend:ListBackendJobs}: List; on backend, job. */
  public static final Action LIST_BACKEND_JOBS = Action.of(PREFIX, "ListBackendJobs");

  /** {@code amplifybackend:ListS3Buckets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_S3_BUCKETS = Action.of(PREFIX, "ListS3Buckets");

  /** {@code amplifybackend:RemoveAllBackends}: Write; on backend, environment. */
  public static final Action REMOVE_ALL_BACKENDS = Action.of(PREFIX, "RemoveAllBackends");

  /** {@code amplifybackend:RemoveBackendConfig}: Write; on config. */
  public static final Action REMOVE_BACKEND_CONFIG = Action.of(PREFIX, "RemoveBackendConfig");

  /** {@code amplifybackend:UpdateBackendAPI}: Write; on api, backend, environment. */
  public static final Action UPDATE_BACKEND_API = Action.of(PREFIX, "UpdateBackendAPI");

  /** {@code amplifybackend:UpdateBackendAuth}: Write; on auth, backend, environment. */
  public static final Action UPDATE_BACKEND_AUTH = Action.of(PREFIX, "UpdateBackendAuth");

  /** {@code amplifybackend:UpdateBackendConfig}: Write; on config. */
  public static final Action UPDATE_BACKEND_CONFIG = Action.of(PREFIX, "UpdateBackendConfig");

  /** {@code amplifybackend:UpdateBackendJob}: Write; on backend, job. */
  public static final Action UPDATE_BACKEND_JOB = Action.of(PREFIX, "UpdateBackendJob");

  /** {@code amplifybackend:UpdateBackendStorage}: Write; on backend, environment, storage. */
  public static final Action UPDATE_BACKEND_STORAGE = Action.of(PREFIX, "UpdateBackendStorage");

  private Amplifybackend() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
