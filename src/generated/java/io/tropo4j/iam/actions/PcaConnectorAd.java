// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Private CA Connector for Active Directory (prefix {@code pca-connector-ad}), as the service authorization reference lists them.
 */
public final class PcaConnectorAd {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "pca-connector-ad";

  /** {@code pca-connector-ad:CreateConnector}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTOR = Action.of(PREFIX, "CreateConnector");

  /** {@code pca-connector-ad:CreateDirectoryRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DIRECTORY_REGISTRATION = Action.of(PREFIX, "CreateDirectoryRegistration");

  /** {@code pca-connector-ad:CreateServicePrincipalName}: Write; on DirectoryRegistration. */
  public static final Action CREATE_SERVICE_PRINCIPAL_NAME = Action.of(PREFIX, "CreateServicePrincipalName");

  /** {@code pca-connector-ad:CreateTemplate}: Write; on Connector. */
  public static final Action CREATE_TEMPLATE = Action.of(PREFIX, "CreateTemplate");

  /** {@code pca-connector-ad:CreateTemplateGroupAccessControlEntry}: Write; on Template. */
  public static final Action CREATE_TEMPLATE_GROUP_ACCESS_CONTROL_ENTRY = Action.of(PREFIX, "CreateTemplateGroupAccessControlEntry");

  /** {@code pca-connector-ad:DeleteConnector}: Write; on Connector. */
  public static final Action DELETE_CONNECTOR = Action.of(PREFIX, "DeleteConnector");

  /** {@code pca-connector-ad:DeleteDirectoryRegistration}: Write; on DirectoryRegistration. */
  public static final Action DELETE_DIRECTORY_REGISTRATION = Action.of(PREFIX, "DeleteDirectoryRegistration");

  /** {@code pca-connector-ad:DeleteServicePrincipalName}: Write; on DirectoryRegistration. */
  public static final Action DELETE_SERVICE_PRINCIPAL_NAME = Action.of(PREFIX, "DeleteServicePrincipalName");

  /** {@code pca-connector-ad:DeleteTemplate}: Write; on Template. */
  public static final Action DELETE_TEMPLATE = Action.of(PREFIX, "DeleteTemplate");

  /** {@code pca-connector-ad:DeleteTemplateGroupAccessControlEntry}: Write; on Template. */
  public static final Action DELETE_TEMPLATE_GROUP_ACCESS_CONTROL_ENTRY = Action.of(PREFIX, "DeleteTemplateGroupAccessControlEntry");

  /** {@code pca-connector-ad:GetConnector}: Read; on Connector. */
  public static final Action GET_CONNECTOR = Action.of(PREFIX, "GetConnector");

  /** {@code pca-connector-ad:GetDirectoryRegistration}: Read; on DirectoryRegistration. */
  public static final Action GET_DIRECTORY_REGISTRATION = Action.of(PREFIX, "GetDirectoryRegistration");

  /** {@code pca-connector-ad:GetServicePrincipalName}: Read; on DirectoryRegistration. */
  public static final Action GET_SERVICE_PRINCIPAL_NAME = Action.of(PREFIX, "GetServicePrincipalName");

  /** {@code pca-connector-ad:GetTemplate}: Read; on Template. */
  public static final Action GET_TEMPLATE = Action.of(PREFIX, "GetTemplate");

  /** {@code pca-connector-ad:GetTemplateGroupAccessControlEntry}: Read; on Template. */
  public static final Action GET_TEMPLATE_GROUP_ACCESS_CONTROL_ENTRY = Action.of(PREFIX, "GetTemplateGroupAccessControlEntry");

  /** {@code pca-connector-ad:ListConnectors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTORS = Action.of(PREFIX, "ListConnectors");

  /** {@code pca-connector-ad:ListDirectoryRegistrations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DIRECTORY_REGISTRATIONS = Action.of(PREFIX, "ListDirectoryRegistrations");

  /** {@code pca-connector-ad:ListServicePrincipalNames}: List; on DirectoryRegistration. */
  public static final Action LIST_SERVICE_PRINCIPAL_NAMES = Action.of(PREFIX, "ListServicePrincipalNames");

  /** {@code pca-connector-ad:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code pca-connector-ad:ListTemplateGroupAccessControlEntries}: List; on Template. */
  public static final Action LIST_TEMPLATE_GROUP_ACCESS_CONTROL_ENTRIES = Action.of(PREFIX, "ListTemplateGroupAccessControlEntries");

  /** {@code pca-connector-ad:ListTemplates}: List; on Connector. */
  public static final Action LIST_TEMPLATES = Action.of(PREFIX, "ListTemplates");

  /** {@code pca-connector-ad:TagResource}: Tagging; on Connector, DirectoryRegistration, Template. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code pca-connector-ad:UntagResource}: Tagging; on Connector, DirectoryRegistration, Template. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code pca-connector-ad:UpdateTemplate}: Write; on Template. */
  public static final Action UPDATE_TEMPLATE = Action.of(PREFIX, "UpdateTemplate");

  /** {@code pca-connector-ad:UpdateTemplateGroupAccessControlEntry}: Write; on Template. */
  public static final Action UPDATE_TEMPLATE_GROUP_ACCESS_CONTROL_ENTRY = Action.of(PREFIX, "UpdateTemplateGroupAccessControlEntry");

  private PcaConnectorAd() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
