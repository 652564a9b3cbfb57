// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Connect}: {@link AgentStatus}, {@link ApprovedOrigin}, {@link
 * ContactFlow}, {@link ContactFlowModule}, {@link ContactFlowModuleAlias}, {@link
 * ContactFlowModuleVersion}, {@link ContactFlowVersion}, {@link DataLakeAssociation}, {@link
 * DataTable}, {@link DataTableAttribute}, {@link DataTableRecord}, {@link EmailAddress}, {@link
 * EvaluationForm}, {@link HoursOfOperation}, {@link Instance}, {@link InstanceStorageConfig},
 * {@link IntegrationAssociation}, {@link Metric}, {@link Notification}, {@link PhoneNumber}, {@link
 * PredefinedAttribute}, {@link Prompt}, {@link Queue}, {@link QuickConnect}, {@link
 * RoutingProfile}, {@link Rule}, {@link SecurityKey}, {@link SecurityProfile}, {@link
 * TaskTemplate}, {@link TestCase}, {@link TrafficDistributionGroup}, {@link User}, {@link
 * UserHierarchyGroup}, {@link UserHierarchyStructure}, {@link View}, {@link ViewVersion}, {@link
 * Vocabulary}, {@link Workspace}.
 */
package io.tropo4j.resources.connect;
