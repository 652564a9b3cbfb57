// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Device Farm (prefix {@code devicefarm}), as the service authorization reference lists them.
 */
public final class Devicefarm {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "devicefarm";

  /** {@code devicefarm:CreateDevicePool}: Write; on project. */
  public static final Action CREATE_DEVICE_POOL = Action.of(PREFIX, "CreateDevicePool");

  /** {@code devicefarm:CreateInstanceProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INSTANCE_PROFILE = Action.of(PREFIX, "CreateInstanceProfile");

  /** {@code devicefarm:CreateNetworkProfile}: Write; on project. */
  public static final Action CREATE_NETWORK_PROFILE = Action.of(PREFIX, "CreateNetworkProfile");

  /** {@code devicefarm:CreateProject}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code devicefarm:CreateRemoteAccessSession}: Write; on device, deviceinstance, project, upload. */
  public static final Action CREATE_REMOTE_ACCESS_SESSION = Action.of(PREFIX, "CreateRemoteAccessSession");

  /** {@code devicefarm:CreateTestGridProject}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TEST_GRID_PROJECT = Action.of(PREFIX, "CreateTestGridProject");

  /** {@code devicefarm:CreateTestGridUrl}: Write; on testgrid-project. */
  public static final Action CREATE_TEST_GRID_URL = Action.of(PREFIX, "CreateTestGridUrl");

  /** {@code devicefarm:CreateUpload}: Write; on project. */
  public static final Action CREATE_UPLOAD = Action.of(PREFIX, "CreateUpload");

  /** {@code devicefarm:CreateVPCEConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VPCE_CONFIGURATION = Action.of(PREFIX, "CreateVPCEConfiguration");

  /** {@code devicefarm:DeleteDevicePool}: Write; on devicepool. */
  public static final Action DELETE_DEVICE_POOL = Action.of(PREFIX, "DeleteDevicePool");

  /** {@code devicefarm:DeleteInstanceProfile}: Write; on instanceprofile. */
  public static final Action DELETE_INSTANCE_PROFILE = Action.of(PREFIX, "DeleteInstanceProfile");

  /** {@code devicefarm:DeleteNetworkProfile}: Write; on networkprofile. */
  public static final Action DELETE_NETWORK_PROFILE = Action.of(PREFIX, "DeleteNetworkProfile");

  /** {@code devicefarm:DeleteProject}: Write; on project. */
  public static final Action DELETE_PROJECT = Action.of(PREFIX, "DeleteProject");

  /** {@code devicefarm:DeleteRemoteAccessSession}: Write; on session. */
  public static final Action DELETE_REMOTE_ACCESS_SESSION = Action.of(PREFIX, "DeleteRemoteAccessSession");

  /** {@code devicefarm:DeleteRun}: Write; on run. */
  public static final Action DELETE_RUN = Action.of(PREFIX, "DeleteRun");

  /** {@code devicefarm:DeleteTestGridProject}: Write; on testgrid-project. */
  public static final Action DELETE_TEST_GRID_PROJECT = Action.of(PREFIX, "DeleteTestGridProject");

  /** {@code devicefarm:DeleteUpload}: Write; on upload. */
  public static final Action DELETE_UPLOAD = Action.of(PREFIX, "DeleteUpload");

  /** {@code devicefarm:DeleteVPCEConfiguration}: Write; on vpceconfiguration. */
  public static final Action DELETE_VPCE_CONFIGURATION = Action.of(PREFIX, "DeleteVPCEConfiguration");

  /** {@code devicefarm:GetAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SETTINGS = Action.of(PREFIX, "GetAccountSettings");

  /** {@code devicefarm:GetDevice}: Read; on device. */
  public static final Action GET_DEVICE = Action.of(PREFIX, "GetDevice");

  /** {@code devicefarm:GetDeviceInstance}: Read; on deviceinstance. */
  public static final Action GET_DEVICE_INSTANCE = Action.of(PREFIX, "GetDeviceInstance");

  /** {@code devicefarm:GetDevicePool}: Read; on devicepool. */
  public static final Action GET_DEVICE_POOL = Action.of(PREFIX, "GetDevicePool");

  /** {@code devicefarm:GetDevicePoolCompatibility}: Read; on devicepool, upload. */
  public static final Action GET_DEVICE_POOL_COMPATIBILITY = Action.of(PREFIX, "GetDevicePoolCompatibility");

  /** {@code devicefarm:GetInstanceProfile}: Read; on instanceprofile. */
  public static final Action GET_INSTANCE_PROFILE = Action.of(PREFIX, "GetInstanceProfile");

  /** {@code devicefarm:GetJob}: Read; on job. */
  public static final Action GET_JOB = Action.of(PREFIX, "GetJob");

  /** {@code devicefarm:GetNetworkProfile}: Read; on networkprofile. */
  public static final Action GET_NETWORK_PROFILE = Action.of(PREFIX, "GetNetworkProfile");

  /** {@code devicefarm:GetOfferingStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_OFFERING_STATUS = Action.of(PREFIX, "GetOfferingStatus");

  /** {@code devicefarm:GetProject}: Read; on project. */
  public static final Action GET_PROJECT = Action.of(PREFIX, "GetProject");

  /** {@code devicefarm:GetRemoteAccessSession}: Read; on session. */
  public static final Action GET_REMOTE_ACCESS_SESSION = Action.of(PREFIX, "GetRemoteAccessSession");

  /** {@code devicefarm:GetRun}: Read; on run. */
  public static final Action GET_RUN = Action.of(PREFIX, "GetRun");

  /** {@code devicefarm:GetSuite}: Read; on suite. */
  public static final Action GET_SUITE = Action.of(PREFIX, "GetSuite");

  /** {@code devicefarm:GetTest}: Read; on test. */
  public static final Action GET_TEST = Action.of(PREFIX, "GetTest");

  /** {@code devicefarm:GetTestGridProject}: Read; on testgrid-project. */
  public static final Action GET_TEST_GRID_PROJECT = Action.of(PREFIX, "GetTestGridProject");

  /** {@code devicefarm:GetTestGridSession}: Read; on testgrid-project, testgrid-session. */
  public static final Action GET_TEST_GRID_SESSION = Action.of(PREFIX, "GetTestGridSession");

  /** {@code devicefarm:GetUpload}: Read; on upload. */
  public static final Action GET_UPLOAD = Action.of(PREFIX, "GetUpload");

  /** {@code devicefarm:GetVPCEConfiguration}: Read; on vpceconfiguration. */
  public static final Action GET_VPCE_CONFIGURATION = Action.of(PREFIX, "GetVPCEConfiguration");

  /** {@code devicefarm:InstallToRemoteAccessSession}: Write; on session, upload. */
  public static final Action INSTALL_TO_REMOTE_ACCESS_SESSION = Action.of(PREFIX, "InstallToRemoteAccessSession");

  /** {@code devicefarm:ListArtifacts}: List; on job, run, suite, test. */
  public static final Action LIST_ARTIFACTS = Action.of(PREFIX, "ListArtifacts");

  /** {@code devicefarm:ListDeviceInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICE_INSTANCES = Action.of(PREFIX, "ListDeviceInstances");

  /** {@code devicefarm:ListDevicePools}: List; on project. */
  public static final Action LIST_DEVICE_POOLS = Action.of(PREFIX, "ListDevicePools");

  /** {@code devicefarm:ListDevices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEVICES = Action.of(PREFIX, "ListDevices");

  /** {@code devicefarm:ListInstanceProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INSTANCE_PROFILES = Action.of(PREFIX, "ListInstanceProfiles");

  /** {@code devicefarm:ListJobs}: List; on run. */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code devicefarm:ListNetworkProfiles}: List; on project. */
  public static final Action LIST_NETWORK_PROFILES = Action.of(PREFIX, "ListNetworkProfiles");

  /** {@code devicefarm:ListOfferingPromotions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OFFERING_PROMOTIONS = Action.of(PREFIX, "ListOfferingPromotions");

  /** {@code devicefarm:ListOfferingTransactions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OFFERING_TRANSACTIONS = Action.of(PREFIX, "ListOfferingTransactions");

  /** {@code devicefarm:ListOfferings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OFFERINGS = Action.of(PREFIX, "ListOfferings");

  /** {@code devicefarm:ListProjects}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROJECTS = Action.of(PREFIX, "ListProjects");

  /** {@code devicefarm:ListRemoteAccessSessions}: List; on project. */
  public static final Action LIST_REMOTE_ACCESS_SESSIONS = Action.of(PREFIX, "ListRemoteAccessSessions");

  /** {@code devicefarm:ListRuns}: List; on project. */
  public static final Action LIST_RUNS = Action.of(PREFIX, "ListRuns");

  /** {@code devicefarm:ListSamples}: List; on job. */
  public static final Action LIST_SAMPLES = Action.of(PREFIX, "ListSamples");

  /** {@code devicefarm:ListSuites}: List; on job. */
  public static final Action LIST_SUITES = Action.of(PREFIX, "ListSuites");

  /** {@code devicefarm:ListTagsForResource}: List; on device, deviceinstance, devicepool, instanceprofile, networkprofile, project, run, session, testgrid-project, testgrid-session, vpceconfiguration. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code devicefarm:ListTestGridProjects}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TEST_GRID_PROJECTS = Action.of(PREFIX, "ListTestGridProjects");

  /** {@code devicefarm:ListTestGridSessionActions}: List; on testgrid-session. */
  public static final Action LIST_TEST_GRID_SESSION_ACTIONS = Action.of(PREFIX, "ListTestGridSessionActions");

  /** {@code devicefarm:ListTestGridSessionArtifacts}: List; on testgrid-session. */
  public static final Action LIST_TEST_GRID_SESSION_ARTIFACTS = Action.of(PREFIX, "ListTestGridSessionArtifacts");

  /** {@code devicefarm:ListTestGridSessions}: List; on testgrid-project. */
  public static final Action LIST_TEST_GRID_SESSIONS = Action.of(PREFIX, "ListTestGridSessions");

  /** {@code devicefarm:ListTests}: List; on suite. */
  public static final Action LIST_TESTS = Action.of(PREFIX, "ListTests");

  /** {@code devicefarm:ListUniqueProblems}: List; on run. */
  public static final Action LIST_UNIQUE_PROBLEMS = Action.of(PREFIX, "ListUniqueProblems");

  /** {@code devicefarm:ListUploads}: List; on project. */
  public static final Action LIST_UPLOADS = Action.of(PREFIX, "ListUploads");

  /** {@code devicefarm:ListVPCEConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VPCE_CONFIGURATIONS = Action.of(PREFIX, "ListVPCEConfigurations");

  /** {@code devicefarm:PurchaseOffering}: Write; on no resource type (give {@code *}). */
  public static final Action PURCHASE_OFFERING = Action.of(PREFIX, "PurchaseOffering");

  /** {@code devicefarm:RenewOffering}: Write; on no resource type (give {@code *}). */
  public static final Action RENEW_OFFERING = Action.of(PREFIX, "RenewOffering");

  /** {@code devicefarm:ScheduleRun}: Write; on devicepool, project, upload. */
  public static final Action SCHEDULE_RUN = Action.of(PREFIX, "ScheduleRun");

  /** {@code devicefarm:StopJob}: Write; on job. */
  public static final Action STOP_JOB = Action.of(PREFIX, "StopJob");

  /** {@code devicefarm:StopRemoteAccessSession}: Write; on session. */
  public static final Action STOP_REMOTE_ACCESS_SESSION = Action.of(PREFIX, "StopRemoteAccessSession");

  /** {@code devicefarm:StopRun}: Write; on run. */
  public static final Action STOP_RUN = Action.of(PREFIX, "StopRun");

  /** {@code devicefarm:TagResource}: Tagging; on device, deviceinstance, devicepool, instanceprofile, networkprofile, project, run, session, testgrid-project, testgrid-session, vpceconfiguration. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code devicefarm:UntagResource}: Tagging; on device, deviceinstance, devicepool, instanceprofile, networkprofile, project, run, session, testgrid-project, testgrid-session, vpceconfiguration. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code devicefarm:UpdateDeviceInstance}: Write; on deviceinstance, instanceprofile. */
  public static final Action UPDATE_DEVICE_INSTANCE = Action.of(PREFIX, "UpdateDeviceInstance");

  /** {@code devicefarm:UpdateDevicePool}: Write; on devicepool. */
  public static final Action UPDATE_DEVICE_POOL = Action.of(PREFIX, "UpdateDevicePool");

  /** {@code devicefarm:UpdateInstanceProfile}: Write; on instanceprofile. */
  public static final Action UPDATE_INSTANCE_PROFILE = Action.of(PREFIX, "UpdateInstanceProfile");

  /** {@code devicefarm:UpdateNetworkProfile}: Write; on networkprofile. */
  public static final Action UPDATE_NETWORK_PROFILE = Action.of(PREFIX, "UpdateNetworkProfile");

  /** {@code devicefarm:UpdateProject}: Write; on project. */
  public static final Action UPDATE_PROJECT = Action.of(PREFIX, "UpdateProject");

  /** {@code devicefarm:UpdateTestGridProject}: Write; on testgrid-project. */
  public static final Action UPDATE_TEST_GRID_PROJECT = Action.of(PREFIX, "UpdateTestGridProject");

  /** {@code devicefarm:UpdateUpload}: Write; on upload. */
  public static final Action UPDATE_UPLOAD = Action.of(PREFIX, "UpdateUpload");

  /** {@code devicefarm:UpdateVPCEConfiguration}: Write; on vpceconfiguration. */
  public static final Action UPDATE_VPCE_CONFIGURATION = Action.of(PREFIX, "UpdateVPCEConfiguration");

  private Devicefarm() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
