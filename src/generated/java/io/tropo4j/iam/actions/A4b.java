// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Alexa for Business (prefix {@code a4b}), as the service authorization reference lists them.
 */
public final class A4b {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "a4b";

  /** {@code a4b:ApproveSkill}: Write; on no resource type (give {@code *}). */
  public static final Action APPROVE_SKILL = Action.of(PREFIX, "ApproveSkill");

  /** {@code a4b:AssociateContactWithAddressBook}: Write; on addressbook, contact. */
  public static final Action ASSOCIATE_CONTACT_WITH_ADDRESS_BOOK = Action.of(PREFIX, "AssociateContactWithAddressBook");

  /** {@code a4b:AssociateDeviceWithNetworkProfile}: Write; on device, networkprofile. */
  public static final Action ASSOCIATE_DEVICE_WITH_NETWORK_PROFILE = Action.of(PREFIX, "AssociateDeviceWithNetworkProfile");

  /** {@code a4b:AssociateDeviceWithRoom}: Write; on device, room. */
  public static final Action ASSOCIATE_DEVICE_WITH_ROOM = Action.of(PREFIX, "AssociateDeviceWithRoom");

  /** {@code a4b:AssociateSkillGroupWithRoom}: Write; on room, skillgroup. */
  public static final Action ASSOCIATE_SKILL_GROUP_WITH_ROOM = Action.of(PREFIX, "AssociateSkillGroupWithRoom");

  /** {@code a4b:AssociateSkillWithSkillGroup}: Write; on skillgroup. */
  public static final Action ASSOCIATE_SKILL_WITH_SKILL_GROUP = Action.of(PREFIX, "AssociateSkillWithSkillGroup");

  /** {@code a4b:AssociateSkillWithUsers}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_SKILL_WITH_USERS = Action.of(PREFIX, "AssociateSkillWithUsers");

  /** {@code a4b:CompleteRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action COMPLETE_REGISTRATION = Action.of(PREFIX, "CompleteRegistration");

  /** {@code a4b:CreateAddressBook}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ADDRESS_BOOK = Action.of(PREFIX, "CreateAddressBook");

  /** {@code a4b:CreateBusinessReportSchedule}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BUSINESS_REPORT_SCHEDULE = Action.of(PREFIX, "CreateBusinessReportSchedule");

  /** {@code a4b:CreateConferenceProvider}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONFERENCE_PROVIDER = Action.of(PREFIX, "CreateConferenceProvider");

  /** {@code a4b:CreateContact}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONTACT = Action.of(PREFIX, "CreateContact");

  /** {@code a4b:CreateGatewayGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GATEWAY_GROUP = Action.of(PREFIX, "CreateGatewayGroup");

  /** {@code a4b:CreateNetworkProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_NETWORK_PROFILE = Action.of(PREFIX, "CreateNetworkProfile");

  /** {@code a4b:CreateProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROFILE = Action.of(PREFIX, "CreateProfile");

  /** {@code a4b:CreateRoom}: Write; on profile. */
  public static final Action CREATE_ROOM = Action.of(PREFIX, "CreateRoom");

  /** {@code a4b:CreateSkillGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SKILL_GROUP = Action.of(PREFIX, "CreateSkillGroup");

  /** {@code a4b:CreateUser}: Write; on user. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code a4b:DeleteAddressBook}: Write; on addressbook. */
  public static final Action DELETE_ADDRESS_BOOK = Action.of(PREFIX, "DeleteAddressBook");

  /** {@code a4b:DeleteBusinessReportSchedule}: Write; on schedule. */
  public static final Action DELETE_BUSINESS_REPORT_SCHEDULE = Action.of(PREFIX, "DeleteBusinessReportSchedule");

  /** {@code a4b:DeleteConferenceProvider}: Write; on conferenceprovider. */
  public static final Action DELETE_CONFERENCE_PROVIDER = Action.of(PREFIX, "DeleteConferenceProvider");

  /** {@code a4b:DeleteContact}: Write; on contact. */
  public static final Action DELETE_CONTACT = Action.of(PREFIX, "DeleteContact");

  /** {@code a4b:DeleteDevice}: Write; on device. */
  public static final Action DELETE_DEVICE = Action.of(PREFIX, "DeleteDevice");

  /** {@code a4b:DeleteDeviceUsageData}: Write; on device. */
  public static final Action DELETE_DEVICE_USAGE_DATA = Action.of(PREFIX, "DeleteDeviceUsageData");

  /** {@code a4b:DeleteGatewayGroup}: Write; on gatewaygroup. */
  public static final Action DELETE_GATEWAY_GROUP = Action.of(PREFIX, "DeleteGatewayGroup");

  /** {@code a4b:DeleteNetworkProfile}: Write; on networkprofile. */
  public static final Action DELETE_NETWORK_PROFILE = Action.of(PREFIX, "DeleteNetworkProfile");

  /** {@code a4b:DeleteProfile}: Write; on profile. */
  public static final Action DELETE_PROFILE = Action.of(PREFIX, "DeleteProfile");

  /** {@code a4b:DeleteRoom}: Write; on room. */
  public static final Action DELETE_ROOM = Action.of(PREFIX, "DeleteRoom");

  /** {@code a4b:DeleteRoomSkillParameter}: Write; on room. */
  public static final Action DELETE_ROOM_SKILL_PARAMETER = Action.of(PREFIX, "DeleteRoomSkillParameter");

  /** {@code a4b:DeleteSkillAuthorization}: Write; on room. */
  public static final Action DELETE_SKILL_AUTHORIZATION = Action.of(PREFIX, "DeleteSkillAuthorization");

  /** {@code a4b:DeleteSkillGroup}: Write; on skillgroup. */
  public static final Action DELETE_SKILL_GROUP = Action.of(PREFIX, "DeleteSkillGroup");

  /** {@code a4b:DeleteUser}: Write; on user. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code a4b:DisassociateContactFromAddressBook}: Write; on addressbook, contact. */
  public static final Action DISASSOCIATE_CONTACT_FROM_ADDRESS_BOOK = Action.of(PREFIX, "DisassociateContactFromAddressBook");

  /** {@code a4b:DisassociateDeviceFromRoom}: Write; on device. */
  public static final Action DISASSOCIATE_DEVICE_FROM_ROOM = Action.of(PREFIX, "DisassociateDeviceFromRoom");

  /** {@code a4b:DisassociateSkillFromSkillGroup}: Write; on skillgroup. */
  public static final Action DISASSOCIATE_SKILL_FROM_SKILL_GROUP = Action.of(PREFIX, "DisassociateSkillFromSkillGroup");

  /** {@code a4b:DisassociateSkillFromUsers}: Write; on user. */
  public static final Action DISASSOCIATE_SKILL_FROM_USERS = Action.of(PREFIX, "DisassociateSkillFromUsers");

  /** {@code a4b:DisassociateSkillGroupFromRoom}: Write; on room, skillgroup. */
  public static final Action DISASSOCIATE_SKILL_GROUP_FROM_ROOM = Action.of(PREFIX, "DisassociateSkillGroupFromRoom");

  /** {@code a4b:ForgetSmartHomeAppliances}: Write; on room. */
  public static final Action FORGET_SMART_HOME_APPLIANCES = Action.of(PREFIX, "ForgetSmartHomeAppliances");

  /** {@code a4b:GetAddressBook}: Read; on addressbook. */
  public static final Action GET_ADDRESS_BOOK = Action.of(PREFIX, "GetAddressBook");

  /** {@code a4b:GetConferencePreference}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONFERENCE_PREFERENCE = Action.of(PREFIX, "GetConferencePreference");

  /** {@code a4b:GetConferenceProvider}: Read; on conferenceprovider. */
  public static final Action GET_CONFERENCE_PROVIDER = Action.of(PREFIX, "GetConferenceProvider");

  /** {@code a4b:GetContact}: Read; on contact. */
  public static final Action GET_CONTACT = Action.of(PREFIX, "GetContact");

  /** {@code a4b:GetDevice}: Read; on device. */
  public static final Action GET_DEVICE = Action.of(PREFIX, "GetDevice");

  /** {@code a4b:GetGateway}: Read; on gateway. */
  public static final Action GET_GATEWAY = Action.of(PREFIX, "GetGateway");

  /** {@code a4b:GetGatewayGroup}: Read; on gatewaygroup. */
  public static final Action GET_GATEWAY_GROUP = Action.of(PREFIX, "GetGatewayGroup");

  /** {@code a4b:GetInvitationConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INVITATION_CONFIGURATION = Action.of(PREFIX, "GetInvitationConfiguration");

  /** {@code a4b:GetNetworkProfile}: Read; on networkprofile. */
  public static final Action GET_NETWORK_PROFILE = Action.of(PREFIX, "GetNetworkProfile");

  /** {@code a4b:GetProfile}: Read; on profile. */
  public static final Action GET_PROFILE = Action.of(PREFIX, "GetProfile");

  /** {@code a4b:GetRoom}: Read; on room. */
  public static final Action GET_ROOM = Action.of(PREFIX, "GetRoom");

  /** {@code a4b:GetRoomSkillParameter}: Read; on room. */
  public static final Action GET_ROOM_SKILL_PARAMETER = Action.of(PREFIX, "GetRoomSkillParameter");

  /** {@code a4b:GetSkillGroup}: Read; on skillgroup. */
  public static final Action GET_SKILL_GROUP = Action.of(PREFIX, "GetSkillGroup");

  /** {@code a4b:ListBusinessReportSchedules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BUSINESS_REPORT_SCHEDULES = Action.of(PREFIX, "ListBusinessReportSchedules");

  /** {@code a4b:ListConferenceProviders}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFERENCE_PROVIDERS = Action.of(PREFIX, "ListConferenceProviders");

  /** {@code a4b:ListDeviceEvents}: List; on device. */
  public static final Action LIST_DEVICE_EVENTS = Action.of(PREFIX, "ListDeviceEvents");

  /** {@code a4b:ListGatewayGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GATEWAY_GROUPS = Action.of(PREFIX, "ListGatewayGroups");

  /** {@code a4b:ListGateways}: List; on gatewaygroup. */
  public static final Action LIST_GATEWAYS = Action.of(PREFIX, "ListGateways");

  /** {@code a4b:ListSkills}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SKILLS = Action.of(PREFIX, "ListSkills");

  /** {@code a4b:ListSkillsStoreCategories}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SKILLS_STORE_CATEGORIES = Action.of(PREFIX, "ListSkillsStoreCategories");

  /** {@code a4b:ListSkillsStoreSkillsByCategory}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SKILLS_STORE_SKILLS_BY_CATEGORY = Action.of(PREFIX, "ListSkillsStoreSkillsByCategory");

  /** {@code a4b:ListSmartHomeAppliances}: List; on room. */
  public static final Action LIST_SMART_HOME_APPLIANCES = Action.of(PREFIX, "ListSmartHomeAppliances");

  /** {@code a4b:ListTags}: Read; on device, room, user. */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  /** {@code a4b:PutConferencePreference}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_CONFERENCE_PREFERENCE = Action.of(PREFIX, "PutConferencePreference");

  /** {@code a4b:PutDeviceSetupEvents}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_DEVICE_SETUP_EVENTS = Action.of(PREFIX, "PutDeviceSetupEvents");

  /** {@code a4b:PutInvitationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_INVITATION_CONFIGURATION = Action.of(PREFIX, "PutInvitationConfiguration");

  /** {@code a4b:PutRoomSkillParameter}: Write; on room. */
  public static final Action PUT_ROOM_SKILL_PARAMETER = Action.of(PREFIX, "PutRoomSkillParameter");

  /** {@code a4b:PutSkillAuthorization}: Write; on room. */
  public static final Action PUT_SKILL_AUTHORIZATION = Action.of(PREFIX, "PutSkillAuthorization");

  /** {@code a4b:RegisterAVSDevice}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_AVS_DEVICE = Action.of(PREFIX, "RegisterAVSDevice");

  /** {@code a4b:RegisterDevice}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_DEVICE = Action.of(PREFIX, "RegisterDevice");

  /** {@code a4b:RejectSkill}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_SKILL = Action.of(PREFIX, "RejectSkill");

  /** {@code a4b:ResolveRoom}: Read; on no resource type (give {@code *}). */
  public static final Action RESOLVE_ROOM = Action.of(PREFIX, "ResolveRoom");

  /** {@code a4b:RevokeInvitation}: Write; on user. */
  public static final Action REVOKE_INVITATION = Action.of(PREFIX, "RevokeInvitation");

  /** {@code a4b:SearchAddressBooks}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_ADDRESS_BOOKS = Action.of(PREFIX, "SearchAddressBooks");

  /** {@code a4b:SearchContacts}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_CONTACTS = Action.of(PREFIX, "SearchContacts");

  /** {@code a4b:SearchDevices}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_DEVICES = Action.of(PREFIX, "SearchDevices");

  /** {@code a4b:SearchNetworkProfiles}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_NETWORK_PROFILES = Action.of(PREFIX, "SearchNetworkProfiles");

  /** {@code a4b:SearchProfiles}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_PROFILES = Action.of(PREFIX, "SearchProfiles");

  /** {@code a4b:SearchRooms}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_ROOMS = Action.of(PREFIX, "SearchRooms");

  /** {@code a4b:SearchSkillGroups}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_SKILL_GROUPS = Action.of(PREFIX, "SearchSkillGroups");

  /** {@code a4b:SearchUsers}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_USERS = Action.of(PREFIX, "SearchUsers");

  /** {@code a4b:SendAnnouncement}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_ANNOUNCEMENT = Action.of(PREFIX, "SendAnnouncement");

  /** {@code a4b:SendInvitation}: Write; on user. */
  public static final Action SEND_INVITATION = Action.of(PREFIX, "SendInvitation");

  /** {@code a4b:StartDeviceSync}: Write; on no resource type (give {@code *}). */
  public static final Action START_DEVICE_SYNC = Action.of(PREFIX, "StartDeviceSync");

  /** {@code a4b:StartSmartHomeApplianceDiscovery}: Read; on room. */
  public static final Action START_SMART_HOME_APPLIANCE_DISCOVERY = Action.of(PREFIX, "StartSmartHomeApplianceDiscovery");

  /** {@code a4b:TagResource}: Tagging; on device, room, user. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code a4b:UntagResource}: Tagging; on device, room, user. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code a4b:UpdateAddressBook}: Write; on addressbook. */
  public static final Action UPDATE_ADDRESS_BOOK = Action.of(PREFIX, "UpdateAddressBook");

  /** {@code a4b:UpdateBusinessReportSchedule}: Write; on schedule. */
  public static final Action UPDATE_BUSINESS_REPORT_SCHEDULE = Action.of(PREFIX, "UpdateBusinessReportSchedule");

  /** {@code a4b:UpdateConferenceProvider}: Write; on conferenceprovider. */
  public static final Action UPDATE_CONFERENCE_PROVIDER = Action.of(PREFIX, "UpdateConferenceProvider");

  /** {@code a4b:UpdateContact}: Write; on contact. */
  public static final Action UPDATE_CONTACT = Action.of(PREFIX, "UpdateContact");

  /** {@code a4b:UpdateDevice}: Write; on device. */
  public static final Action UPDATE_DEVICE = Action.of(PREFIX, "UpdateDevice");

  /** {@code a4b:UpdateGateway}: Write; on gateway. */
  public static final Action UPDATE_GATEWAY = Action.of(PREFIX, "UpdateGateway");

  /** {@code a4b:UpdateGatewayGroup}: Write; on gatewaygroup. */
  public static final Action UPDATE_GATEWAY_GROUP = Action.of(PREFIX, "UpdateGatewayGroup");

  /** {@code a4b:UpdateNetworkProfile}: Write; on networkprofile. */
  public static final Action UPDATE_NETWORK_PROFILE = Action.of(PREFIX, "UpdateNetworkProfile");

  /** {@code a4b:UpdateProfile}: Write; on profile. */
  public static final Action UPDATE_PROFILE = Action.of(PREFIX, "UpdateProfile");

  /** {@code a4b:UpdateRoom}: Write; on room. */
  public static final Action UPDATE_ROOM = Action.of(PREFIX, "UpdateRoom");

  /** {@code a4b:UpdateSkillGroup}: Write; on skillgroup. */
  public static final Action UPDATE_SKILL_GROUP = Action.of(PREFIX, "UpdateSkillGroup");

  private A4b() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
