// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::QuickSight}: {@link ActionConnector}, {@link Agent}, {@link
 * Analysis}, {@link ApprovalPolicy}, {@link CustomPermissions}, {@link Customization}, {@link
 * DLPSetting}, {@link Dashboard}, {@link DataSet}, {@link DataSource}, {@link Flow}, {@link
 * Folder}, {@link KnowledgeBase}, {@link LimitsProfile}, {@link OAuthClientApplication}, {@link
 * RefreshSchedule}, {@link Space}, {@link Template}, {@link Theme}, {@link Topic}, {@link TopicV2},
 * {@link VPCConnection}.
 */
package io.tropo4j.resources.quicksight;
