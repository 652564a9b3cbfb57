// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ServiceCatalog}: {@link AcceptedPortfolioShare}, {@link
 * CloudFormationProduct}, {@link CloudFormationProvisionedProduct}, {@link
 * LaunchNotificationConstraint}, {@link LaunchRoleConstraint}, {@link LaunchTemplateConstraint},
 * {@link Portfolio}, {@link PortfolioPrincipalAssociation}, {@link PortfolioProductAssociation},
 * {@link PortfolioShare}, {@link ResourceUpdateConstraint}, {@link ServiceAction}, {@link
 * ServiceActionAssociation}, {@link StackSetConstraint}, {@link TagOption}, {@link
 * TagOptionAssociation}.
 */
package io.tropo4j.resources.servicecatalog;
