// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Service Catalog (prefix {@code servicecatalog}), as the service authorization reference lists them.
 */
public final class Servicecatalog {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "servicecatalog";

  /** {@code servicecatalog:AcceptPortfolioShare}: Write; on Portfolio. */
  public static final Action ACCEPT_PORTFOLIO_SHARE = Action.of(PREFIX, "AcceptPortfolioShare");

  /** {@code servicecatalog:AssociateAttributeGroup}: Write; on Application, AttributeGroup. */
  public static final Action ASSOCIATE_ATTRIBUTE_GROUP = Action.of(PREFIX, "AssociateAttributeGroup");

  /** {@code servicecatalog:AssociateBudgetWithResource}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_BUDGET_WITH_RESOURCE = Action.of(PREFIX, "AssociateBudgetWithResource");

  /** {@code servicecatalog:AssociatePrincipalWithPortfolio}: Write; on Portfolio. */
  public static final Action ASSOCIATE_PRINCIPAL_WITH_PORTFOLIO = Action.of(PREFIX, "AssociatePrincipalWithPortfolio");

  /** {@code servicecatalog:AssociateProductWithPortfolio}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_PRODUCT_WITH_PORTFOLIO = Action.of(PREFIX, "AssociateProductWithPortfolio");

  /** {@code servicecatalog:AssociateResource}: Write; on Application. */
  public static final Action ASSOCIATE_RESOURCE = Action.of(PREFIX, "AssociateResource");

  /** {@code servicecatalog:AssociateServiceActionWithProvisioningArtifact}: Write; on Product. */
  public static final Action ASSOCIATE_SERVICE_ACTION_WITH_PROVISIONING_ARTIFACT = Action.of(PREFIX, "AssociateServiceActionWithProvisioningArtifact");

  /** {@code servicecatalog:AssociateTagOptionWithResource}: Write; on Portfolio, Product. */
  public static final Action ASSOCIATE_TAG_OPTION_WITH_RESOURCE = Action.of(PREFIX, "AssociateTagOptionWithResource");

  /** {@code servicecatalog:BatchAssociateServiceActionWithProvisioningArtifact}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_ASSOCIATE_SERVICE_ACTION_WITH_PROVISIONING_ARTIFACT = Action.of(PREFIX, "BatchAssociateServiceActionWithProvisioningArtifact");

  /** {@code servicecatalog:BatchDisassociateServiceActionFromProvisioningArtifact}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DISASSOCIATE_SERVICE_ACTION_FROM_PROVISIONING_ARTIFACT = Action.of(PREFIX, "BatchDisassociateServiceActionFromProvisioningArtifact");

  /** {@code servicecatalog:CopyProduct}: Write; on no resource type (give {@code *}). */
  public static final Action COPY_PRODUCT = Action.of(PREFIX, "CopyProduct");

  /** {@code servicecatalog:CreateApplication}: Write; on Application. */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code servicecatalog:CreateAttributeGroup}: Write; on AttributeGroup. */
  public static final Action CREATE_ATTRIBUTE_GROUP = Action.of(PREFIX, "CreateAttributeGroup");

  /** {@code servicecatalog:CreateConstraint}: Write; on Product. */
  public static final Action CREATE_CONSTRAINT = Action.of(PREFIX, "CreateConstraint");

  /** {@code servicecatalog:CreatePortfolio}: Write; on Portfolio. */
  public static final Action CREATE_PORTFOLIO = Action.of(PREFIX, "CreatePortfolio");

  /** {@code servicecatalog:CreatePortfolioShare}: Permissions management; on Portfolio. */
  public static final Action CREATE_PORTFOLIO_SHARE = Action.of(PREFIX, "CreatePortfolioShare");

  /** {@code servicecatalog:CreateProduct}: Write; on Product. */
  public static final Action CREATE_PRODUCT = Action.of(PREFIX, "CreateProduct");

  /** {@code servicecatalog:CreateProvisionedProductPlan}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROVISIONED_PRODUCT_PLAN = Action.of(PREFIX, "CreateProvisionedProductPlan");

  /** {@code servicecatalog:CreateProvisioningArtifact}: Write; on Product. */
  public static final Action CREATE_PROVISIONING_ARTIFACT = Action.of(PREFIX, "CreateProvisioningArtifact");

  /** {@code servicecatalog:CreateServiceAction}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SERVICE_ACTION = Action.of(PREFIX, "CreateServiceAction");

  /** {@code servicecatalog:CreateTagOption}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TAG_OPTION = Action.of(PREFIX, "CreateTagOption");

  /** {@code servicecatalog:DeleteApplication}: Write; on Application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code servicecatalog:DeleteAttributeGroup}: Write; on AttributeGroup. */
  public static final Action DELETE_ATTRIBUTE_GROUP = Action.of(PREFIX, "DeleteAttributeGroup");

  /** {@code servicecatalog:DeleteConstraint}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CONSTRAINT = Action.of(PREFIX, "DeleteConstraint");

  /** {@code servicecatalog:DeletePortfolio}: Write; on Portfolio. */
  public static final Action DELETE_PORTFOLIO = Action.of(PREFIX, "DeletePortfolio");

  /** {@code servicecatalog:DeletePortfolioShare}: Permissions management; on Portfolio. */
  public static final Action DELETE_PORTFOLIO_SHARE = Action.of(PREFIX, "DeletePortfolioShare");

  /** {@code servicecatalog:DeleteProduct}: Write; on Product. */
  public static final Action DELETE_PRODUCT = Action.of(PREFIX, "DeleteProduct");

  /** {@code servicecatalog:DeleteProvisionedProductPlan}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PROVISIONED_PRODUCT_PLAN = Action.of(PREFIX, "DeleteProvisionedProductPlan");

  /** {@code servicecatalog:DeleteProvisioningArtifact}: Write; on Product. */
  public static final Action DELETE_PROVISIONING_ARTIFACT = Action.of(PREFIX, "DeleteProvisioningArtifact");

  /** {@code servicecatalog:DeleteResourcePolicy}: Write; on Application, AttributeGroup. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code servicecatalog:DeleteServiceAction}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SERVICE_ACTION = Action.of(PREFIX, "DeleteServiceAction");

  /** {@code servicecatalog:DeleteTagOption}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_TAG_OPTION = Action.of(PREFIX, "DeleteTagOption");

  /** {@code servicecatalog:DescribeConstraint}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONSTRAINT = Action.of(PREFIX, "DescribeConstraint");

  /** {@code servicecatalog:DescribeCopyProductStatus}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COPY_PRODUCT_STATUS = Action.of(PREFIX, "DescribeCopyProductStatus");

  /** {@code servicecatalog:DescribePortfolio}: Read; on Portfolio. */
  public static final Action DESCRIBE_PORTFOLIO = Action.of(PREFIX, "DescribePortfolio");

  /** {@code servicecatalog:DescribePortfolioShareStatus}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PORTFOLIO_SHARE_STATUS = Action.of(PREFIX, "DescribePortfolioShareStatus");

  /** {@code servicecatalog:DescribePortfolioShares}: List; on Portfolio. */
  public static final Action DESCRIBE_PORTFOLIO_SHARES = Action.of(PREFIX, "DescribePortfolioShares");

  /** {@code servicecatalog:DescribeProduct}: Read; on Product. */
  public static final Action DESCRIBE_PRODUCT = Action.of(PREFIX, "DescribeProduct");

  /** {@code servicecatalog:DescribeProductAsAdmin}: Read; on Product. */
  public static final Action DESCRIBE_PRODUCT_AS_ADMIN = Action.of(PREFIX, "DescribeProductAsAdmin");

  /** {@code servicecatalog:DescribeProductView}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PRODUCT_VIEW = Action.of(PREFIX, "DescribeProductView");

  /** {@code servicecatalog:DescribeProvisionedProduct}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PROVISIONED_PRODUCT = Action.of(PREFIX, "DescribeProvisionedProduct");

  /** {@code servicecatalog:DescribeProvisionedProductPlan}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PROVISIONED_PRODUCT_PLAN = Action.of(PREFIX, "DescribeProvisionedProductPlan");

  /** {@code servicecatalog:DescribeProvisioningArtifact}: Read; on Product. */
  public static final Action DESCRIBE_PROVISIONING_ARTIFACT = Action.of(PREFIX, "DescribeProvisioningArtifact");

  /** {@code servicecatalog:DescribeProvisioningParameters}: Read; on Product. */
  public static final Action DESCRIBE_PROVISIONING_PARAMETERS = Action.of(PREFIX, "DescribeProvisioningParameters");

  /** {@code servicecatalog:DescribeRecord}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RECORD = Action.of(PREFIX, "DescribeRecord");

  /** {@code servicecatalog:DescribeServiceAction}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SERVICE_ACTION = Action.of(PREFIX, "DescribeServiceAction");

  /** {@code servicecatalog:DescribeServiceActionExecutionParameters}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SERVICE_ACTION_EXECUTION_PARAMETERS = Action.of(PREFIX, "DescribeServiceActionExecutionParameters");

  /** {@code servicecatalog:DescribeTagOption}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TAG_OPTION = Action.of(PREFIX, "DescribeTagOption");

  /** {@code servicecatalog:DisableAWSOrganizationsAccess}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_AWS_ORGANIZATIONS_ACCESS = Action.of(PREFIX, "DisableAWSOrganizationsAccess");

  /** {@code servicecatalog:DisassociateAttributeGroup}: Write; on Application, AttributeGroup. */
  public static final Action DISASSOCIATE_ATTRIBUTE_GROUP = Action.of(PREFIX, "DisassociateAttributeGroup");

  /** {@code servicecatalog:DisassociateBudgetFromResource}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_BUDGET_FROM_RESOURCE = Action.of(PREFIX, "DisassociateBudgetFromResource");

  /** {@code servicecatalog:DisassociatePrincipalFromPortfolio}: Write; on Portfolio. */
  public static final Action DISASSOCIATE_PRINCIPAL_FROM_PORTFOLIO = Action.of(PREFIX, "DisassociatePrincipalFromPortfolio");

  /** {@code servicecatalog:DisassociateProductFromPortfolio}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_PRODUCT_FROM_PORTFOLIO = Action.of(PREFIX, "DisassociateProductFromPortfolio");

  /** {@code servicecatalog:DisassociateResource}: Write; on Application. */
  public static final Action DISASSOCIATE_RESOURCE = Action.of(PREFIX, "DisassociateResource");

  /** {@code servicecatalog:DisassociateServiceActionFromProvisioningArtifact}: Write; on Product. */
  public static final Action DISASSOCIATE_SERVICE_ACTION_FROM_PROVISIONING_ARTIFACT = Action.of(PREFIX, "DisassociateServiceActionFromProvisioningArtifact");

  /** {@code servicecatalog:DisassociateTagOptionFromResource}: Write; on Portfolio, Product. */
  public static final Action DISASSOCIATE_TAG_OPTION_FROM_RESOURCE = Action.of(PREFIX, "DisassociateTagOptionFromResource");

  /** {@code servicecatalog:EnableAWSOrganizationsAccess}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_AWS_ORGANIZATIONS_ACCESS = Action.of(PREFIX, "EnableAWSOrganizationsAccess");

  /** {@code servicecatalog:ExecuteProvisionedProductPlan}: Write; on no resource type (give {@code *}). */
  public static final Action EXECUTE_PROVISIONED_PRODUCT_PLAN = Action.of(PREFIX, "ExecuteProvisionedProductPlan");

  /** {@code servicecatalog:ExecuteProvisionedProductServiceAction}: Write; on no resource type (give {@code *}). */
  public static final Action EXECUTE_PROVISIONED_PRODUCT_SERVICE_ACTION = Action.of(PREFIX, "ExecuteProvisionedProductServiceAction");

  /** {@code servicecatalog:GetAWSOrganizationsAccessStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AWS_ORGANIZATIONS_ACCESS_STATUS = Action.of(PREFIX, "GetAWSOrganizationsAccessStatus");

  /** {@code servicecatalog:GetApplication}: Read; on Application. */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code servicecatalog:GetAssociatedResource}: Read; on Application. */
  public static final Action GET_ASSOCIATED_RESOURCE = Action.of(PREFIX, "GetAssociatedResource");

  /** {@code servicecatalog:GetAttributeGroup}: Read; on AttributeGroup. */
  public static final Action GET_ATTRIBUTE_GROUP = Action.of(PREFIX, "GetAttributeGroup");

  /** {@code servicecatalog:GetConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONFIGURATION = Action.of(PREFIX, "GetConfiguration");

  /** {@code servicecatalog:GetProvisionedProductOutputs}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROVISIONED_PRODUCT_OUTPUTS = Action.of(PREFIX, "GetProvisionedProductOutputs");

  /** {@code servicecatalog:GetResourcePolicy}: Read; on Application, AttributeGroup. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code servicecatalog:ImportAsProvisionedProduct}: Write; on Product. */
  public static final Action IMPORT_AS_PROVISIONED_PRODUCT = Action.of(PREFIX, "ImportAsProvisionedProduct");

  /** {@code servicecatalog:ListAcceptedPortfolioShares}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCEPTED_PORTFOLIO_SHARES = Action.of(PREFIX, "ListAcceptedPortfolioShares");

  /** {@code servicecatalog:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code servicecatalog:ListAssociatedAttributeGroups}: List; on Application. */
  public static final Action LIST_ASSOCIATED_ATTRIBUTE_GROUPS = Action.of(PREFIX, "ListAssociatedAttributeGroups");

  /** {@code servicecatalog:ListAssociatedResources}: List; on Application. */
  public static final Action LIST_ASSOCIATED_RESOURCES = Action.of(PREFIX, "ListAssociatedResources");

  /** {@code servicecatalog:ListAttributeGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ATTRIBUTE_GROUPS = Action.of(PREFIX, "ListAttributeGroups");

  /** {@code servicecatalog:ListAttributeGroupsForApplication}: List; on Application. */
  public static final Action LIST_ATTRIBUTE_GROUPS_FOR_APPLICATION = Action.of(PREFIX, "ListAttributeGroupsForApplication");

  /** {@code servicecatalog:ListBudgetsForResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BUDGETS_FOR_RESOURCE = Action.of(PREFIX, "ListBudgetsForResource");

  /** {@code servicecatalog:ListConstraintsForPortfolio}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONSTRAINTS_FOR_PORTFOLIO = Action.of(PREFIX, "ListConstraintsForPortfolio");

  /** {@code servicecatalog:ListLaunchPaths}: List; on Product. */
  public static final Action LIST_LAUNCH_PATHS = Action.of(PREFIX, "ListLaunchPaths");

  /** {@code servicecatalog:ListOrganizationPortfolioAccess}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORGANIZATION_PORTFOLIO_ACCESS = Action.of(PREFIX, "ListOrganizationPortfolioAccess");

  /** {@code servicecatalog:ListPortfolioAccess}: List; on Portfolio. */
  public static final Action LIST_PORTFOLIO_ACCESS = Action.of(PREFIX, "ListPortfolioAccess");

  /** {@code servicecatalog:ListPortfolios}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PORTFOLIOS = Action.of(PREFIX, "ListPortfolios");

  /** {@code servicecatalog:ListPortfoliosForProduct}: List; on Product. */
  public static final Action LIST_PORTFOLIOS_FOR_PRODUCT = Action.of(PREFIX, "ListPortfoliosForProduct");

  /** {@code servicecatalog:ListPrincipalsForPortfolio}: List; on Portfolio. */
  public static final Action LIST_PRINCIPALS_FOR_PORTFOLIO = Action.of(PREFIX, "ListPrincipalsForPortfolio");

  /** {@code servicecatalog:ListProvisionedProductPlans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROVISIONED_PRODUCT_PLANS = Action.of(PREFIX, "ListProvisionedProductPlans");

  /** {@code servicecatalog:ListProvisioningArtifacts}: List; on Product. */
  public static final Action LIST_PROVISIONING_ARTIFACTS = Action.of(PREFIX, "ListProvisioningArtifacts");

  /** {@code servicecatalog:ListProvisioningArtifactsForServiceAction}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROVISIONING_ARTIFACTS_FOR_SERVICE_ACTION = Action.of(PREFIX, "ListProvisioningArtifactsForServiceAction");

  /** {@code servicecatalog:ListRecordHistory}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECORD_HISTORY = Action.of(PREFIX, "ListRecordHistory");

  /** {@code servicecatalog:ListResourcesForTagOption}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCES_FOR_TAG_OPTION = Action.of(PREFIX, "ListResourcesForTagOption");

  /** {@code servicecatalog:ListServiceActions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVICE_ACTIONS = Action.of(PREFIX, "ListServiceActions");

  /** {@code servicecatalog:ListServiceActionsForProvisioningArtifact}: List; on Product. */
  public static final Action LIST_SERVICE_ACTIONS_FOR_PROVISIONING_ARTIFACT = Action.of(PREFIX, "ListServiceActionsForProvisioningArtifact");

  /** {@code servicecatalog:ListStackInstancesForProvisionedProduct}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STACK_INSTANCES_FOR_PROVISIONED_PRODUCT = Action.of(PREFIX, "ListStackInstancesForProvisionedProduct");

  /** {@code servicecatalog:ListTagOptions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAG_OPTIONS = Action.of(PREFIX, "ListTagOptions");

  /** {@code servicecatalog:ListTagsForResource}: Read; on Application, AttributeGroup. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code servicecatalog:NotifyProvisionProductEngineWorkflowResult}: Write; on no resource type (give {@code *}). */
  public static final Action NOTIFY_PROVISION_PRODUCT_ENGINE_WORKFLOW_RESULT = Action.of(PREFIX, "NotifyProvisionProductEngineWorkflowResult");

  /** {@code servicecatalog:NotifyTerminateProvisionedProductEngineWorkflowResult}: Write; on no resource type (give {@code *}). */
  public static final Action NOTIFY_TERMINATE_PROVISIONED_PRODUCT_ENGINE_WORKFLOW_RESULT = Action.of(PREFIX, "NotifyTerminateProvisionedProductEngineWorkflowResult");

  /** {@code servicecatalog:NotifyUpdateProvisionedProductEngineWorkflowResult}: Write; on no resource type (give {@code *}). */
  public static final Action NOTIFY_UPDATE_PROVISIONED_PRODUCT_ENGINE_WORKFLOW_RESULT = Action.of(PREFIX, "NotifyUpdateProvisionedProductEngineWorkflowResult");

  /** {@code servicecatalog:ProvisionProduct}: Write; on Product. */
  public static final Action PROVISION_PRODUCT = Action.of(PREFIX, "ProvisionProduct");

  /** {@code servicecatalog:PutConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_CONFIGURATION = Action.of(PREFIX, "PutConfiguration");

  /** {@code servicecatalog:PutResourcePolicy}: Write; on Application, AttributeGroup. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code servicecatalog:RejectPortfolioShare}: Write; on Portfolio. */
  public static final Action REJECT_PORTFOLIO_SHARE = Action.of(PREFIX, "RejectPortfolioShare");

  /** {@code servicecatalog:ScanProvisionedProducts}: List; on no resource type (give {@code *}). */
  public static final Action SCAN_PROVISIONED_PRODUCTS = Action.of(PREFIX, "ScanProvisionedProducts");

  /** {@code servicecatalog:SearchProducts}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_PRODUCTS = Action.of(PREFIX, "SearchProducts");

  /** {@code servicecatalog:SearchProductsAsAdmin}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_PRODUCTS_AS_ADMIN = Action.of(PREFIX, "SearchProductsAsAdmin");

  /** {@code servicecatalog:SearchProvisionedProducts}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_PROVISIONED_PRODUCTS = Action.of(PREFIX, "SearchProvisionedProducts");

  /** {@code servicecatalog:SyncResource}: Write; on no resource type (give {@code *}). */
  public static final Action SYNC_RESOURCE = Action.of(PREFIX, "SyncResource");

  /** {@code servicecatalog:TagResource}: Tagging; on Application, AttributeGroup. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code servicecatalog:TerminateProvisionedProduct}: Write; on no resource type (give {@code *}). */
  public static final Action TERMINATE_PROVISIONED_PRODUCT = Action.of(PREFIX, "TerminateProvisionedProduct");

  /** {@code servicecatalog:UntagResource}: Tagging; on Application, AttributeGroup. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code servicecatalog:UpdateApplication}: Write; on Application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code servicecatalog:UpdateAttributeGroup}: Write; on AttributeGroup. */
  public static final Action UPDATE_ATTRIBUTE_GROUP = Action.of(PREFIX, "UpdateAttributeGroup");

  /** {@code servicecatalog:UpdateConstraint}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONSTRAINT = Action.of(PREFIX, "UpdateConstraint");

  /** {@code servicecatalog:UpdatePortfolio}: Write; on Portfolio. */
  public static final Action UPDATE_PORTFOLIO = Action.of(PREFIX, "UpdatePortfolio");

  /** {@code servicecatalog:UpdatePortfolioShare}: Permissions management; on Portfolio. */
  public static final Action UPDATE_PORTFOLIO_SHARE = Action.of(PREFIX, "UpdatePortfolioShare");

  /** {@code servicecatalog:UpdateProduct}: Write; on Product. */
  public static final Action UPDATE_PRODUCT = Action.of(PREFIX, "UpdateProduct");

  /** {@code servicecatalog:UpdateProvisionedProduct}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PROVISIONED_PRODUCT = Action.of(PREFIX, "UpdateProvisionedProduct");

  /** {@code servicecatalog:UpdateProvisionedProductProperties}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PROVISIONED_PRODUCT_PROPERTIES = Action.of(PREFIX, "UpdateProvisionedProductProperties");

  /** {@code servicecatalog:UpdateProvisioningArtifact}: Write; on Product. */
  public static final Action UPDATE_PROVISIONING_ARTIFACT = Action.of(PREFIX, "UpdateProvisioningArtifact");

  /** {@code servicecatalog:UpdateServiceAction}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SERVICE_ACTION = Action.of(PREFIX, "UpdateServiceAction");

  /** {@code servicecatalog:UpdateTagOption}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_TAG_OPTION = Action.of(PREFIX, "UpdateTagOption");

  private Servicecatalog() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
