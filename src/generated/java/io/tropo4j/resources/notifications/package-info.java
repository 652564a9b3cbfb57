// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Notifications}: {@link ChannelAssociation}, {@link EventRule},
 * {@link ManagedNotificationAccountContactAssociation}, {@link
 * ManagedNotificationAdditionalChannelAssociation}, {@link NotificationConfiguration}, {@link
 * NotificationHub}, {@link OrganizationalUnitAssociation}.
 */
package io.tropo4j.resources.notifications;
