// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a custom permissions profile.
 *
 * <p>CloudFormation type {@code AWS::QuickSight::CustomPermissions}.
 */
public final class CustomPermissions extends Resource<CustomPermissions> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::CustomPermissions")
      .required("AwsAccountId", "CustomPermissionsName")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("CustomPermissionsName", Constraint.of().pattern("^[a-zA-Z0-9+=,.@_-]+$").minLength(1).maxLength(64))
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CustomPermissions(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the AWS account that contains the custom permission configuration that you want to
   * update.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public CustomPermissions awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public CustomPermissions awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * A set of actions in the custom permissions profile.
   *
   * <p>CloudFormation property {@code Capabilities}.
   */
  public CustomPermissions capabilities(Value<Capabilities> value) {
    return set("Capabilities", value);
  }

  /**
   * The name of the custom permissions profile.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9+=,.&#64;_-]+$}. CloudFormation property {@code CustomPermissionsName}.
   */
  public CustomPermissions customPermissionsName(String value) {
    return set("CustomPermissionsName", Value.of(value));
  }

  /**
   * Sets {@code CustomPermissionsName} to this value; see {@link #customPermissionsName(String)}.
   */
  public CustomPermissions customPermissionsName(Value<String> value) {
    return set("CustomPermissionsName", value);
  }

  /**
   * The tags to associate with the custom permissions profile.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CustomPermissions tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CustomPermissions tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CustomPermissions tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the custom permissions profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A set of actions that correspond to Amazon Quick Sight permissions.
   *
   * <p>Property type {@code AWS::QuickSight::CustomPermissions.Capabilities}.
   */
  public static final class Capabilities extends Struct<Capabilities> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::CustomPermissions.Capabilities")
        .allowed("AccessAppsNativeDataStore", "DENY")
        .allowed("Action", "DENY")
        .allowed("AddOrRunAnomalyDetectionForAnalyses", "DENY")
        .allowed("AmazonBedrockARSAction", "DENY")
        .allowed("AmazonBedrockFSAction", "DENY")
        .allowed("AmazonBedrockKRSAction", "DENY")
        .allowed("AmazonSThreeAction", "DENY")
        .allowed("Analysis", "DENY")
        .allowed("ApproveFlowShareRequests", "DENY")
        .allowed("Apps", "DENY")
        .allowed("AsanaAction", "DENY")
        .allowed("Automate", "DENY")
        .allowed("BambooHRAction", "DENY")
        .allowed("BoxAgentAction", "DENY")
        .allowed("BuildCalculatedFieldWithQ", "DENY")
        .allowed("CanvaAgentAction", "DENY")
        .allowed("ChatAgent", "DENY")
        .allowed("ComprehendAction", "DENY")
        .allowed("ComprehendMedicalAction", "DENY")
        .allowed("ConfluenceAction", "DENY")
        .allowed("CreateAndUpdateAmazonBedrockARSAction", "DENY")
        .allowed("CreateAndUpdateAmazonBedrockFSAction", "DENY")
        .allowed("CreateAndUpdateAmazonBedrockKRSAction", "DENY")
        .allowed("CreateAndUpdateAmazonSThreeAction", "DENY")
        .allowed("CreateAndUpdateApps", "DENY")
        .allowed("CreateAndUpdateAsanaAction", "DENY")
        .allowed("CreateAndUpdateBambooHRAction", "DENY")
        .allowed("CreateAndUpdateBoxAgentAction", "DENY")
        .allowed("CreateAndUpdateCanvaAgentAction", "DENY")
        .allowed("CreateAndUpdateComprehendAction", "DENY")
        .allowed("CreateAndUpdateComprehendMedicalAction", "DENY")
        .allowed("CreateAndUpdateConfluenceAction", "DENY")
        .allowed("CreateAndUpdateDashboardEmailReports", "DENY")
        .allowed("CreateAndUpdateDataSources", "DENY")
        .allowed("CreateAndUpdateDatasets", "DENY")
        .allowed("CreateAndUpdateFactSetAction", "DENY")
        .allowed("CreateAndUpdateGenericHTTPAction", "DENY")
        .allowed("CreateAndUpdateGithubAction", "DENY")
        .allowed("CreateAndUpdateGoogleCalendarAction", "DENY")
        .allowed("CreateAndUpdateHubspotAction", "DENY")
        .allowed("CreateAndUpdateHuggingFaceAction", "DENY")
        .allowed("CreateAndUpdateIntercomAction", "DENY")
        .allowed("CreateAndUpdateJiraAction", "DENY")
        .allowed("CreateAndUpdateKnowledgeBases", "DENY")
        .allowed("CreateAndUpdateLinearAction", "DENY")
        .allowed("CreateAndUpdateMCPAction", "DENY")
        .allowed("CreateAndUpdateMSExchangeAction", "DENY")
        .allowed("CreateAndUpdateMSTeamsAction", "DENY")
        .allowed("CreateAndUpdateMondayAction", "DENY")
        .allowed("CreateAndUpdateNewRelicAction", "DENY")
        .allowed("CreateAndUpdateNotionAction", "DENY")
        .allowed("CreateAndUpdateOneDriveAction", "DENY")
        .allowed("CreateAndUpdateOpenAPIAction", "DENY")
        .allowed("CreateAndUpdatePagerDutyAction", "DENY")
        .allowed("CreateAndUpdateSAPBillOfMaterialAction", "DENY")
        .allowed("CreateAndUpdateSAPBusinessPartnerAction", "DENY")
        .allowed("CreateAndUpdateSAPMaterialStockAction", "DENY")
        .allowed("CreateAndUpdateSAPPhysicalInventoryAction", "DENY")
        .allowed("CreateAndUpdateSAPProductMasterDataAction", "DENY")
        .allowed("CreateAndUpdateSalesforceAction", "DENY")
        .allowed("CreateAndUpdateSandPGMIAction", "DENY")
        .allowed("CreateAndUpdateSandPGlobalEnergyAction", "DENY")
        .allowed("CreateAndUpdateServiceNowAction", "DENY")
        .allowed("CreateAndUpdateSharePointAction", "DENY")
        .allowed("CreateAndUpdateSlackAction", "DENY")
        .allowed("CreateAndUpdateSmartsheetAction", "DENY")
        .allowed("CreateAndUpdateTextractAction", "DENY")
        .allowed("CreateAndUpdateThemes", "DENY")
        .allowed("CreateAndUpdateThresholdAlerts", "DENY")
        .allowed("CreateAndUpdateZendeskAction", "DENY")
        .allowed("CreateChatAgents", "DENY")
        .allowed("CreateDashboardExecutiveSummaryWithQ", "DENY")
        .allowed("CreateSPICEDataset", "DENY")
        .allowed("CreateSharedFolders", "DENY")
        .allowed("CreateSpaces", "DENY")
        .allowed("Dashboard", "DENY")
        .allowed("EditVisualWithQ", "DENY")
        .allowed("ExportToCsv", "DENY")
        .allowed("ExportToCsvInScheduledReports", "DENY")
        .allowed("ExportToExcel", "DENY")
        .allowed("ExportToExcelInScheduledReports", "DENY")
        .allowed("ExportToPdf", "DENY")
        .allowed("ExportToPdfInScheduledReports", "DENY")
        .allowed("Extension", "DENY")
        .allowed("FactSetAction", "DENY")
        .allowed("Flow", "DENY")
        .allowed("GenericHTTPAction", "DENY")
        .allowed("GithubAction", "DENY")
        .allowed("GoogleCalendarAction", "DENY")
        .allowed("HubspotAction", "DENY")
        .allowed("HuggingFaceAction", "DENY")
        .allowed("IncludeContentInScheduledReportsEmail", "DENY")
        .allowed("IntercomAction", "DENY")
        .allowed("InvokeAppsAIInference", "DENY")
        .allowed("JiraAction", "DENY")
        .allowed("KnowledgeBase", "DENY")
        .allowed("LinearAction", "DENY")
        .allowed("MCPAction", "DENY")
        .allowed("MSExchangeAction", "DENY")
        .allowed("MSTeamsAction", "DENY")
        .allowed("ManageSharedFolders", "DENY")
        .allowed("MondayAction", "DENY")
        .allowed("NewRelicAction", "DENY")
        .allowed("NotionAction", "DENY")
        .allowed("OneDriveAction", "DENY")
        .allowed("OpenAPIAction", "DENY")
        .allowed("PagerDutyAction", "DENY")
        .allowed("PerformFlowUiTask", "DENY")
        .allowed("PrintReports", "DENY")
        .allowed("PublishWithoutApproval", "DENY")
        .allowed("RenameSharedFolders", "DENY")
        .allowed("Research", "DENY")
        .allowed("SAPBillOfMaterialAction", "DENY")
        .allowed("SAPBusinessPartnerAction", "DENY")
        .allowed("SAPMaterialStockAction", "DENY")
        .allowed("SAPPhysicalInventoryAction", "DENY")
        .allowed("SAPProductMasterDataAction", "DENY")
        .allowed("SalesforceAction", "DENY")
        .allowed("SandPGMIAction", "DENY")
        .allowed("SandPGlobalEnergyAction", "DENY")
        .allowed("ServiceNowAction", "DENY")
        .allowed("ShareAmazonBedrockARSAction", "DENY")
        .allowed("ShareAmazonBedrockFSAction", "DENY")
        .allowed("ShareAmazonBedrockKRSAction", "DENY")
        .allowed("ShareAmazonSThreeAction", "DENY")
        .allowed("ShareAnalyses", "DENY")
        .allowed("ShareApps", "DENY")
        .allowed("ShareAsanaAction", "DENY")
        .allowed("ShareBambooHRAction", "DENY")
        .allowed("ShareBoxAgentAction", "DENY")
        .allowed("ShareCanvaAgentAction", "DENY")
        .allowed("ShareChatAgents", "DENY")
        .allowed("ShareComprehendAction", "DENY")
        .allowed("ShareComprehendMedicalAction", "DENY")
        .allowed("ShareConfluenceAction", "DENY")
        .allowed("ShareDashboards", "DENY")
        .allowed("ShareDataSources", "DENY")
        .allowed("ShareDatasets", "DENY")
        .allowed("ShareFactSetAction", "DENY")
        .allowed("ShareGenericHTTPAction", "DENY")
        .allowed("ShareGithubAction", "DENY")
        .allowed("ShareGoogleCalendarAction", "DENY")
        .allowed("ShareHubspotAction", "DENY")
        .allowed("ShareHuggingFaceAction", "DENY")
        .allowed("ShareIntercomAction", "DENY")
        .allowed("ShareJiraAction", "DENY")
        .allowed("ShareKnowledgeBases", "DENY")
        .allowed("ShareLinearAction", "DENY")
        .allowed("ShareMCPAction", "DENY")
        .allowed("ShareMSExchangeAction", "DENY")
        .allowed("ShareMSTeamsAction", "DENY")
        .allowed("ShareMondayAction", "DENY")
        .allowed("ShareNewRelicAction", "DENY")
        .allowed("ShareNotionAction", "DENY")
        .allowed("ShareOneDriveAction", "DENY")
        .allowed("ShareOpenAPIAction", "DENY")
        .allowed("SharePagerDutyAction", "DENY")
        .allowed("SharePointAction", "DENY")
        .allowed("ShareSAPBillOfMaterialAction", "DENY")
        .allowed("ShareSAPBusinessPartnerAction", "DENY")
        .allowed("ShareSAPMaterialStockAction", "DENY")
        .allowed("ShareSAPPhysicalInventoryAction", "DENY")
        .allowed("ShareSAPProductMasterDataAction", "DENY")
        .allowed("ShareSalesforceAction", "DENY")
        .allowed("ShareSandPGMIAction", "DENY")
        .allowed("ShareSandPGlobalEnergyAction", "DENY")
        .allowed("ShareServiceNowAction", "DENY")
        .allowed("ShareSharePointAction", "DENY")
        .allowed("ShareSlackAction", "DENY")
        .allowed("ShareSmartsheetAction", "DENY")
        .allowed("ShareSpaces", "DENY")
        .allowed("ShareTextractAction", "DENY")
        .allowed("ShareZendeskAction", "DENY")
        .allowed("SlackAction", "DENY")
        .allowed("SmartsheetAction", "DENY")
        .allowed("Space", "DENY")
        .allowed("SubscribeDashboardEmailReports", "DENY")
        .allowed("TextractAction", "DENY")
        .allowed("Topic", "DENY")
        .allowed("UseAgentWebSearch", "DENY")
        .allowed("UseAmazonBedrockARSAction", "DENY")
        .allowed("UseAmazonBedrockFSAction", "DENY")
        .allowed("UseAmazonBedrockKRSAction", "DENY")
        .allowed("UseAmazonSThreeAction", "DENY")
        .allowed("UseAsanaAction", "DENY")
        .allowed("UseBambooHRAction", "DENY")
        .allowed("UseBedrockModels", "DENY")
        .allowed("UseBoxAgentAction", "DENY")
        .allowed("UseCanvaAgentAction", "DENY")
        .allowed("UseComprehendAction", "DENY")
        .allowed("UseComprehendMedicalAction", "DENY")
        .allowed("UseConfluenceAction", "DENY")
        .allowed("UseFactSetAction", "DENY")
        .allowed("UseGenericHTTPAction", "DENY")
        .allowed("UseGithubAction", "DENY")
        .allowed("UseGoogleCalendarAction", "DENY")
        .allowed("UseHubspotAction", "DENY")
        .allowed("UseHuggingFaceAction", "DENY")
        .allowed("UseIntercomAction", "DENY")
        .allowed("UseJiraAction", "DENY")
        .allowed("UseLinearAction", "DENY")
        .allowed("UseMCPAction", "DENY")
        .allowed("UseMSExchangeAction", "DENY")
        .allowed("UseMSTeamsAction", "DENY")
        .allowed("UseMondayAction", "DENY")
        .allowed("UseNewRelicAction", "DENY")
        .allowed("UseNotionAction", "DENY")
        .allowed("UseOneDriveAction", "DENY")
        .allowed("UseOpenAPIAction", "DENY")
        .allowed("UsePagerDutyAction", "DENY")
        .allowed("UseSAPBillOfMaterialAction", "DENY")
        .allowed("UseSAPBusinessPartnerAction", "DENY")
        .allowed("UseSAPMaterialStockAction", "DENY")
        .allowed("UseSAPPhysicalInventoryAction", "DENY")
        .allowed("UseSAPProductMasterDataAction", "DENY")
        .allowed("UseSalesforceAction", "DENY")
        .allowed("UseSandPGMIAction", "DENY")
        .allowed("UseSandPGlobalEnergyAction", "DENY")
        .allowed("UseServiceNowAction", "DENY")
        .allowed("UseSharePointAction", "DENY")
        .allowed("UseSlackAction", "DENY")
        .allowed("UseSmartsheetAction", "DENY")
        .allowed("UseTextractAction", "DENY")
        .allowed("UseZendeskAction", "DENY")
        .allowed("ViewAccountSPICECapacity", "DENY")
        .allowed("ZendeskAction", "DENY")
        .build();

    public Capabilities() {
      super(SCHEMA);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code AccessAppsNativeDataStore}. */
    public Capabilities accessAppsNativeDataStore(String value) {
      return set("AccessAppsNativeDataStore", Value.of(value));
    }

    /**
     * Sets {@code AccessAppsNativeDataStore} to this value; see {@link
     * #accessAppsNativeDataStore(String)}.
     */
    public Capabilities accessAppsNativeDataStore(Value<String> value) {
      return set("AccessAppsNativeDataStore", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code Action}. */
    public Capabilities action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public Capabilities action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The ability to add or run anomaly detection.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code
     * AddOrRunAnomalyDetectionForAnalyses}.
     */
    public Capabilities addOrRunAnomalyDetectionForAnalyses(String value) {
      return set("AddOrRunAnomalyDetectionForAnalyses", Value.of(value));
    }

    /**
     * Sets {@code AddOrRunAnomalyDetectionForAnalyses} to this value; see {@link
     * #addOrRunAnomalyDetectionForAnalyses(String)}.
     */
    public Capabilities addOrRunAnomalyDetectionForAnalyses(Value<String> value) {
      return set("AddOrRunAnomalyDetectionForAnalyses", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code AmazonBedrockARSAction}. */
    public Capabilities amazonBedrockARSAction(String value) {
      return set("AmazonBedrockARSAction", Value.of(value));
    }

    /**
     * Sets {@code AmazonBedrockARSAction} to this value; see {@link
     * #amazonBedrockARSAction(String)}.
     */
    public Capabilities amazonBedrockARSAction(Value<String> value) {
      return set("AmazonBedrockARSAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code AmazonBedrockFSAction}. */
    public Capabilities amazonBedrockFSAction(String value) {
      return set("AmazonBedrockFSAction", Value.of(value));
    }

    /**
     * Sets {@code AmazonBedrockFSAction} to this value; see {@link #amazonBedrockFSAction(String)}.
     */
    public Capabilities amazonBedrockFSAction(Value<String> value) {
      return set("AmazonBedrockFSAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code AmazonBedrockKRSAction}. */
    public Capabilities amazonBedrockKRSAction(String value) {
      return set("AmazonBedrockKRSAction", Value.of(value));
    }

    /**
     * Sets {@code AmazonBedrockKRSAction} to this value; see {@link
     * #amazonBedrockKRSAction(String)}.
     */
    public Capabilities amazonBedrockKRSAction(Value<String> value) {
      return set("AmazonBedrockKRSAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code AmazonSThreeAction}. */
    public Capabilities amazonSThreeAction(String value) {
      return set("AmazonSThreeAction", Value.of(value));
    }

    /** Sets {@code AmazonSThreeAction} to this value; see {@link #amazonSThreeAction(String)}. */
    public Capabilities amazonSThreeAction(Value<String> value) {
      return set("AmazonSThreeAction", value);
    }

    /**
     * The ability to perform analysis-related actions.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code Analysis}.
     */
    public Capabilities analysis(String value) {
      return set("Analysis", Value.of(value));
    }

    /** Sets {@code Analysis} to this value; see {@link #analysis(String)}. */
    public Capabilities analysis(Value<String> value) {
      return set("Analysis", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ApproveFlowShareRequests}. */
    public Capabilities approveFlowShareRequests(String value) {
      return set("ApproveFlowShareRequests", Value.of(value));
    }

    /**
     * Sets {@code ApproveFlowShareRequests} to this value; see {@link
     * #approveFlowShareRequests(String)}.
     */
    public Capabilities approveFlowShareRequests(Value<String> value) {
      return set("ApproveFlowShareRequests", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code Apps}. */
    public Capabilities apps(String value) {
      return set("Apps", Value.of(value));
    }

    /** Sets {@code Apps} to this value; see {@link #apps(String)}. */
    public Capabilities apps(Value<String> value) {
      return set("Apps", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code AsanaAction}. */
    public Capabilities asanaAction(String value) {
      return set("AsanaAction", Value.of(value));
    }

    /** Sets {@code AsanaAction} to this value; see {@link #asanaAction(String)}. */
    public Capabilities asanaAction(Value<String> value) {
      return set("AsanaAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code Automate}. */
    public Capabilities automate(String value) {
      return set("Automate", Value.of(value));
    }

    /** Sets {@code Automate} to this value; see {@link #automate(String)}. */
    public Capabilities automate(Value<String> value) {
      return set("Automate", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code BambooHRAction}. */
    public Capabilities bambooHRAction(String value) {
      return set("BambooHRAction", Value.of(value));
    }

    /** Sets {@code BambooHRAction} to this value; see {@link #bambooHRAction(String)}. */
    public Capabilities bambooHRAction(Value<String> value) {
      return set("BambooHRAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code BoxAgentAction}. */
    public Capabilities boxAgentAction(String value) {
      return set("BoxAgentAction", Value.of(value));
    }

    /** Sets {@code BoxAgentAction} to this value; see {@link #boxAgentAction(String)}. */
    public Capabilities boxAgentAction(Value<String> value) {
      return set("BoxAgentAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code BuildCalculatedFieldWithQ}. */
    public Capabilities buildCalculatedFieldWithQ(String value) {
      return set("BuildCalculatedFieldWithQ", Value.of(value));
    }

    /**
     * Sets {@code BuildCalculatedFieldWithQ} to this value; see {@link
     * #buildCalculatedFieldWithQ(String)}.
     */
    public Capabilities buildCalculatedFieldWithQ(Value<String> value) {
      return set("BuildCalculatedFieldWithQ", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code CanvaAgentAction}. */
    public Capabilities canvaAgentAction(String value) {
      return set("CanvaAgentAction", Value.of(value));
    }

    /** Sets {@code CanvaAgentAction} to this value; see {@link #canvaAgentAction(String)}. */
    public Capabilities canvaAgentAction(Value<String> value) {
      return set("CanvaAgentAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ChatAgent}. */
    public Capabilities chatAgent(String value) {
      return set("ChatAgent", Value.of(value));
    }

    /** Sets {@code ChatAgent} to this value; see {@link #chatAgent(String)}. */
    public Capabilities chatAgent(Value<String> value) {
      return set("ChatAgent", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ComprehendAction}. */
    public Capabilities comprehendAction(String value) {
      return set("ComprehendAction", Value.of(value));
    }

    /** Sets {@code ComprehendAction} to this value; see {@link #comprehendAction(String)}. */
    public Capabilities comprehendAction(Value<String> value) {
      return set("ComprehendAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ComprehendMedicalAction}. */
    public Capabilities comprehendMedicalAction(String value) {
      return set("ComprehendMedicalAction", Value.of(value));
    }

    /**
     * Sets {@code ComprehendMedicalAction} to this value; see {@link
     * #comprehendMedicalAction(String)}.
     */
    public Capabilities comprehendMedicalAction(Value<String> value) {
      return set("ComprehendMedicalAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ConfluenceAction}. */
    public Capabilities confluenceAction(String value) {
      return set("ConfluenceAction", Value.of(value));
    }

    /** Sets {@code ConfluenceAction} to this value; see {@link #confluenceAction(String)}. */
    public Capabilities confluenceAction(Value<String> value) {
      return set("ConfluenceAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateAmazonBedrockARSAction}.
     */
    public Capabilities createAndUpdateAmazonBedrockARSAction(String value) {
      return set("CreateAndUpdateAmazonBedrockARSAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateAmazonBedrockARSAction} to this value; see {@link
     * #createAndUpdateAmazonBedrockARSAction(String)}.
     */
    public Capabilities createAndUpdateAmazonBedrockARSAction(Value<String> value) {
      return set("CreateAndUpdateAmazonBedrockARSAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateAmazonBedrockFSAction}.
     */
    public Capabilities createAndUpdateAmazonBedrockFSAction(String value) {
      return set("CreateAndUpdateAmazonBedrockFSAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateAmazonBedrockFSAction} to this value; see {@link
     * #createAndUpdateAmazonBedrockFSAction(String)}.
     */
    public Capabilities createAndUpdateAmazonBedrockFSAction(Value<String> value) {
      return set("CreateAndUpdateAmazonBedrockFSAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateAmazonBedrockKRSAction}.
     */
    public Capabilities createAndUpdateAmazonBedrockKRSAction(String value) {
      return set("CreateAndUpdateAmazonBedrockKRSAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateAmazonBedrockKRSAction} to this value; see {@link
     * #createAndUpdateAmazonBedrockKRSAction(String)}.
     */
    public Capabilities createAndUpdateAmazonBedrockKRSAction(Value<String> value) {
      return set("CreateAndUpdateAmazonBedrockKRSAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateAmazonSThreeAction}.
     */
    public Capabilities createAndUpdateAmazonSThreeAction(String value) {
      return set("CreateAndUpdateAmazonSThreeAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateAmazonSThreeAction} to this value; see {@link
     * #createAndUpdateAmazonSThreeAction(String)}.
     */
    public Capabilities createAndUpdateAmazonSThreeAction(Value<String> value) {
      return set("CreateAndUpdateAmazonSThreeAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateApps}. */
    public Capabilities createAndUpdateApps(String value) {
      return set("CreateAndUpdateApps", Value.of(value));
    }

    /** Sets {@code CreateAndUpdateApps} to this value; see {@link #createAndUpdateApps(String)}. */
    public Capabilities createAndUpdateApps(Value<String> value) {
      return set("CreateAndUpdateApps", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateAsanaAction}. */
    public Capabilities createAndUpdateAsanaAction(String value) {
      return set("CreateAndUpdateAsanaAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateAsanaAction} to this value; see {@link
     * #createAndUpdateAsanaAction(String)}.
     */
    public Capabilities createAndUpdateAsanaAction(Value<String> value) {
      return set("CreateAndUpdateAsanaAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateBambooHRAction}.
     */
    public Capabilities createAndUpdateBambooHRAction(String value) {
      return set("CreateAndUpdateBambooHRAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateBambooHRAction} to this value; see {@link
     * #createAndUpdateBambooHRAction(String)}.
     */
    public Capabilities createAndUpdateBambooHRAction(Value<String> value) {
      return set("CreateAndUpdateBambooHRAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateBoxAgentAction}.
     */
    public Capabilities createAndUpdateBoxAgentAction(String value) {
      return set("CreateAndUpdateBoxAgentAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateBoxAgentAction} to this value; see {@link
     * #createAndUpdateBoxAgentAction(String)}.
     */
    public Capabilities createAndUpdateBoxAgentAction(Value<String> value) {
      return set("CreateAndUpdateBoxAgentAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateCanvaAgentAction}.
     */
    public Capabilities createAndUpdateCanvaAgentAction(String value) {
      return set("CreateAndUpdateCanvaAgentAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateCanvaAgentAction} to this value; see {@link
     * #createAndUpdateCanvaAgentAction(String)}.
     */
    public Capabilities createAndUpdateCanvaAgentAction(Value<String> value) {
      return set("CreateAndUpdateCanvaAgentAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateComprehendAction}.
     */
    public Capabilities createAndUpdateComprehendAction(String value) {
      return set("CreateAndUpdateComprehendAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateComprehendAction} to this value; see {@link
     * #createAndUpdateComprehendAction(String)}.
     */
    public Capabilities createAndUpdateComprehendAction(Value<String> value) {
      return set("CreateAndUpdateComprehendAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateComprehendMedicalAction}.
     */
    public Capabilities createAndUpdateComprehendMedicalAction(String value) {
      return set("CreateAndUpdateComprehendMedicalAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateComprehendMedicalAction} to this value; see {@link
     * #createAndUpdateComprehendMedicalAction(String)}.
     */
    public Capabilities createAndUpdateComprehendMedicalAction(Value<String> value) {
      return set("CreateAndUpdateComprehendMedicalAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateConfluenceAction}.
     */
    public Capabilities createAndUpdateConfluenceAction(String value) {
      return set("CreateAndUpdateConfluenceAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateConfluenceAction} to this value; see {@link
     * #createAndUpdateConfluenceAction(String)}.
     */
    public Capabilities createAndUpdateConfluenceAction(Value<String> value) {
      return set("CreateAndUpdateConfluenceAction", value);
    }

    /**
     * The ability to create and update email reports.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateDashboardEmailReports}.
     */
    public Capabilities createAndUpdateDashboardEmailReports(String value) {
      return set("CreateAndUpdateDashboardEmailReports", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateDashboardEmailReports} to this value; see {@link
     * #createAndUpdateDashboardEmailReports(String)}.
     */
    public Capabilities createAndUpdateDashboardEmailReports(Value<String> value) {
      return set("CreateAndUpdateDashboardEmailReports", value);
    }

    /**
     * The ability to create and update data sources.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateDataSources}.
     */
    public Capabilities createAndUpdateDataSources(String value) {
      return set("CreateAndUpdateDataSources", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateDataSources} to this value; see {@link
     * #createAndUpdateDataSources(String)}.
     */
    public Capabilities createAndUpdateDataSources(Value<String> value) {
      return set("CreateAndUpdateDataSources", value);
    }

    /**
     * The ability to create and update datasets.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateDatasets}.
     */
    public Capabilities createAndUpdateDatasets(String value) {
      return set("CreateAndUpdateDatasets", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateDatasets} to this value; see {@link
     * #createAndUpdateDatasets(String)}.
     */
    public Capabilities createAndUpdateDatasets(Value<String> value) {
      return set("CreateAndUpdateDatasets", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateFactSetAction}.
     */
    public Capabilities createAndUpdateFactSetAction(String value) {
      return set("CreateAndUpdateFactSetAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateFactSetAction} to this value; see {@link
     * #createAndUpdateFactSetAction(String)}.
     */
    public Capabilities createAndUpdateFactSetAction(Value<String> value) {
      return set("CreateAndUpdateFactSetAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateGenericHTTPAction}.
     */
    public Capabilities createAndUpdateGenericHTTPAction(String value) {
      return set("CreateAndUpdateGenericHTTPAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateGenericHTTPAction} to this value; see {@link
     * #createAndUpdateGenericHTTPAction(String)}.
     */
    public Capabilities createAndUpdateGenericHTTPAction(Value<String> value) {
      return set("CreateAndUpdateGenericHTTPAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateGithubAction}.
     */
    public Capabilities createAndUpdateGithubAction(String value) {
      return set("CreateAndUpdateGithubAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateGithubAction} to this value; see {@link
     * #createAndUpdateGithubAction(String)}.
     */
    public Capabilities createAndUpdateGithubAction(Value<String> value) {
      return set("CreateAndUpdateGithubAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateGoogleCalendarAction}.
     */
    public Capabilities createAndUpdateGoogleCalendarAction(String value) {
      return set("CreateAndUpdateGoogleCalendarAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateGoogleCalendarAction} to this value; see {@link
     * #createAndUpdateGoogleCalendarAction(String)}.
     */
    public Capabilities createAndUpdateGoogleCalendarAction(Value<String> value) {
      return set("CreateAndUpdateGoogleCalendarAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateHubspotAction}.
     */
    public Capabilities createAndUpdateHubspotAction(String value) {
      return set("CreateAndUpdateHubspotAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateHubspotAction} to this value; see {@link
     * #createAndUpdateHubspotAction(String)}.
     */
    public Capabilities createAndUpdateHubspotAction(Value<String> value) {
      return set("CreateAndUpdateHubspotAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateHuggingFaceAction}.
     */
    public Capabilities createAndUpdateHuggingFaceAction(String value) {
      return set("CreateAndUpdateHuggingFaceAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateHuggingFaceAction} to this value; see {@link
     * #createAndUpdateHuggingFaceAction(String)}.
     */
    public Capabilities createAndUpdateHuggingFaceAction(Value<String> value) {
      return set("CreateAndUpdateHuggingFaceAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateIntercomAction}.
     */
    public Capabilities createAndUpdateIntercomAction(String value) {
      return set("CreateAndUpdateIntercomAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateIntercomAction} to this value; see {@link
     * #createAndUpdateIntercomAction(String)}.
     */
    public Capabilities createAndUpdateIntercomAction(Value<String> value) {
      return set("CreateAndUpdateIntercomAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateJiraAction}. */
    public Capabilities createAndUpdateJiraAction(String value) {
      return set("CreateAndUpdateJiraAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateJiraAction} to this value; see {@link
     * #createAndUpdateJiraAction(String)}.
     */
    public Capabilities createAndUpdateJiraAction(Value<String> value) {
      return set("CreateAndUpdateJiraAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateKnowledgeBases}.
     */
    public Capabilities createAndUpdateKnowledgeBases(String value) {
      return set("CreateAndUpdateKnowledgeBases", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateKnowledgeBases} to this value; see {@link
     * #createAndUpdateKnowledgeBases(String)}.
     */
    public Capabilities createAndUpdateKnowledgeBases(Value<String> value) {
      return set("CreateAndUpdateKnowledgeBases", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateLinearAction}.
     */
    public Capabilities createAndUpdateLinearAction(String value) {
      return set("CreateAndUpdateLinearAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateLinearAction} to this value; see {@link
     * #createAndUpdateLinearAction(String)}.
     */
    public Capabilities createAndUpdateLinearAction(Value<String> value) {
      return set("CreateAndUpdateLinearAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateMCPAction}. */
    public Capabilities createAndUpdateMCPAction(String value) {
      return set("CreateAndUpdateMCPAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateMCPAction} to this value; see {@link
     * #createAndUpdateMCPAction(String)}.
     */
    public Capabilities createAndUpdateMCPAction(Value<String> value) {
      return set("CreateAndUpdateMCPAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateMSExchangeAction}.
     */
    public Capabilities createAndUpdateMSExchangeAction(String value) {
      return set("CreateAndUpdateMSExchangeAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateMSExchangeAction} to this value; see {@link
     * #createAndUpdateMSExchangeAction(String)}.
     */
    public Capabilities createAndUpdateMSExchangeAction(Value<String> value) {
      return set("CreateAndUpdateMSExchangeAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateMSTeamsAction}.
     */
    public Capabilities createAndUpdateMSTeamsAction(String value) {
      return set("CreateAndUpdateMSTeamsAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateMSTeamsAction} to this value; see {@link
     * #createAndUpdateMSTeamsAction(String)}.
     */
    public Capabilities createAndUpdateMSTeamsAction(Value<String> value) {
      return set("CreateAndUpdateMSTeamsAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateMondayAction}.
     */
    public Capabilities createAndUpdateMondayAction(String value) {
      return set("CreateAndUpdateMondayAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateMondayAction} to this value; see {@link
     * #createAndUpdateMondayAction(String)}.
     */
    public Capabilities createAndUpdateMondayAction(Value<String> value) {
      return set("CreateAndUpdateMondayAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateNewRelicAction}.
     */
    public Capabilities createAndUpdateNewRelicAction(String value) {
      return set("CreateAndUpdateNewRelicAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateNewRelicAction} to this value; see {@link
     * #createAndUpdateNewRelicAction(String)}.
     */
    public Capabilities createAndUpdateNewRelicAction(Value<String> value) {
      return set("CreateAndUpdateNewRelicAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateNotionAction}.
     */
    public Capabilities createAndUpdateNotionAction(String value) {
      return set("CreateAndUpdateNotionAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateNotionAction} to this value; see {@link
     * #createAndUpdateNotionAction(String)}.
     */
    public Capabilities createAndUpdateNotionAction(Value<String> value) {
      return set("CreateAndUpdateNotionAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateOneDriveAction}.
     */
    public Capabilities createAndUpdateOneDriveAction(String value) {
      return set("CreateAndUpdateOneDriveAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateOneDriveAction} to this value; see {@link
     * #createAndUpdateOneDriveAction(String)}.
     */
    public Capabilities createAndUpdateOneDriveAction(Value<String> value) {
      return set("CreateAndUpdateOneDriveAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateOpenAPIAction}.
     */
    public Capabilities createAndUpdateOpenAPIAction(String value) {
      return set("CreateAndUpdateOpenAPIAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateOpenAPIAction} to this value; see {@link
     * #createAndUpdateOpenAPIAction(String)}.
     */
    public Capabilities createAndUpdateOpenAPIAction(Value<String> value) {
      return set("CreateAndUpdateOpenAPIAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdatePagerDutyAction}.
     */
    public Capabilities createAndUpdatePagerDutyAction(String value) {
      return set("CreateAndUpdatePagerDutyAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdatePagerDutyAction} to this value; see {@link
     * #createAndUpdatePagerDutyAction(String)}.
     */
    public Capabilities createAndUpdatePagerDutyAction(Value<String> value) {
      return set("CreateAndUpdatePagerDutyAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateSAPBillOfMaterialAction}.
     */
    public Capabilities createAndUpdateSAPBillOfMaterialAction(String value) {
      return set("CreateAndUpdateSAPBillOfMaterialAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateSAPBillOfMaterialAction} to this value; see {@link
     * #createAndUpdateSAPBillOfMaterialAction(String)}.
     */
    public Capabilities createAndUpdateSAPBillOfMaterialAction(Value<String> value) {
      return set("CreateAndUpdateSAPBillOfMaterialAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateSAPBusinessPartnerAction}.
     */
    public Capabilities createAndUpdateSAPBusinessPartnerAction(String value) {
      return set("CreateAndUpdateSAPBusinessPartnerAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateSAPBusinessPartnerAction} to this value; see {@link
     * #createAndUpdateSAPBusinessPartnerAction(String)}.
     */
    public Capabilities createAndUpdateSAPBusinessPartnerAction(Value<String> value) {
      return set("CreateAndUpdateSAPBusinessPartnerAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateSAPMaterialStockAction}.
     */
    public Capabilities createAndUpdateSAPMaterialStockAction(String value) {
      return set("CreateAndUpdateSAPMaterialStockAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateSAPMaterialStockAction} to this value; see {@link
     * #createAndUpdateSAPMaterialStockAction(String)}.
     */
    public Capabilities createAndUpdateSAPMaterialStockAction(Value<String> value) {
      return set("CreateAndUpdateSAPMaterialStockAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateSAPPhysicalInventoryAction}.
     */
    public Capabilities createAndUpdateSAPPhysicalInventoryAction(String value) {
      return set("CreateAndUpdateSAPPhysicalInventoryAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateSAPPhysicalInventoryAction} to this value; see {@link
     * #createAndUpdateSAPPhysicalInventoryAction(String)}.
     */
    public Capabilities createAndUpdateSAPPhysicalInventoryAction(Value<String> value) {
      return set("CreateAndUpdateSAPPhysicalInventoryAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateSAPProductMasterDataAction}.
     */
    public Capabilities createAndUpdateSAPProductMasterDataAction(String value) {
      return set("CreateAndUpdateSAPProductMasterDataAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateSAPProductMasterDataAction} to this value; see {@link
     * #createAndUpdateSAPProductMasterDataAction(String)}.
     */
    public Capabilities createAndUpdateSAPProductMasterDataAction(Value<String> value) {
      return set("CreateAndUpdateSAPProductMasterDataAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateSalesforceAction}.
     */
    public Capabilities createAndUpdateSalesforceAction(String value) {
      return set("CreateAndUpdateSalesforceAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateSalesforceAction} to this value; see {@link
     * #createAndUpdateSalesforceAction(String)}.
     */
    public Capabilities createAndUpdateSalesforceAction(Value<String> value) {
      return set("CreateAndUpdateSalesforceAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateSandPGMIAction}.
     */
    public Capabilities createAndUpdateSandPGMIAction(String value) {
      return set("CreateAndUpdateSandPGMIAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateSandPGMIAction} to this value; see {@link
     * #createAndUpdateSandPGMIAction(String)}.
     */
    public Capabilities createAndUpdateSandPGMIAction(Value<String> value) {
      return set("CreateAndUpdateSandPGMIAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateSandPGlobalEnergyAction}.
     */
    public Capabilities createAndUpdateSandPGlobalEnergyAction(String value) {
      return set("CreateAndUpdateSandPGlobalEnergyAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateSandPGlobalEnergyAction} to this value; see {@link
     * #createAndUpdateSandPGlobalEnergyAction(String)}.
     */
    public Capabilities createAndUpdateSandPGlobalEnergyAction(Value<String> value) {
      return set("CreateAndUpdateSandPGlobalEnergyAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateServiceNowAction}.
     */
    public Capabilities createAndUpdateServiceNowAction(String value) {
      return set("CreateAndUpdateServiceNowAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateServiceNowAction} to this value; see {@link
     * #createAndUpdateServiceNowAction(String)}.
     */
    public Capabilities createAndUpdateServiceNowAction(Value<String> value) {
      return set("CreateAndUpdateServiceNowAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateSharePointAction}.
     */
    public Capabilities createAndUpdateSharePointAction(String value) {
      return set("CreateAndUpdateSharePointAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateSharePointAction} to this value; see {@link
     * #createAndUpdateSharePointAction(String)}.
     */
    public Capabilities createAndUpdateSharePointAction(Value<String> value) {
      return set("CreateAndUpdateSharePointAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateSlackAction}. */
    public Capabilities createAndUpdateSlackAction(String value) {
      return set("CreateAndUpdateSlackAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateSlackAction} to this value; see {@link
     * #createAndUpdateSlackAction(String)}.
     */
    public Capabilities createAndUpdateSlackAction(Value<String> value) {
      return set("CreateAndUpdateSlackAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateSmartsheetAction}.
     */
    public Capabilities createAndUpdateSmartsheetAction(String value) {
      return set("CreateAndUpdateSmartsheetAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateSmartsheetAction} to this value; see {@link
     * #createAndUpdateSmartsheetAction(String)}.
     */
    public Capabilities createAndUpdateSmartsheetAction(Value<String> value) {
      return set("CreateAndUpdateSmartsheetAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateTextractAction}.
     */
    public Capabilities createAndUpdateTextractAction(String value) {
      return set("CreateAndUpdateTextractAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateTextractAction} to this value; see {@link
     * #createAndUpdateTextractAction(String)}.
     */
    public Capabilities createAndUpdateTextractAction(Value<String> value) {
      return set("CreateAndUpdateTextractAction", value);
    }

    /**
     * The ability to export to Create and Update themes.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateThemes}.
     */
    public Capabilities createAndUpdateThemes(String value) {
      return set("CreateAndUpdateThemes", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateThemes} to this value; see {@link #createAndUpdateThemes(String)}.
     */
    public Capabilities createAndUpdateThemes(Value<String> value) {
      return set("CreateAndUpdateThemes", value);
    }

    /**
     * The ability to create and update threshold alerts.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateAndUpdateThresholdAlerts}.
     */
    public Capabilities createAndUpdateThresholdAlerts(String value) {
      return set("CreateAndUpdateThresholdAlerts", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateThresholdAlerts} to this value; see {@link
     * #createAndUpdateThresholdAlerts(String)}.
     */
    public Capabilities createAndUpdateThresholdAlerts(Value<String> value) {
      return set("CreateAndUpdateThresholdAlerts", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code CreateAndUpdateZendeskAction}.
     */
    public Capabilities createAndUpdateZendeskAction(String value) {
      return set("CreateAndUpdateZendeskAction", Value.of(value));
    }

    /**
     * Sets {@code CreateAndUpdateZendeskAction} to this value; see {@link
     * #createAndUpdateZendeskAction(String)}.
     */
    public Capabilities createAndUpdateZendeskAction(Value<String> value) {
      return set("CreateAndUpdateZendeskAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code CreateChatAgents}. */
    public Capabilities createChatAgents(String value) {
      return set("CreateChatAgents", Value.of(value));
    }

    /** Sets {@code CreateChatAgents} to this value; see {@link #createChatAgents(String)}. */
    public Capabilities createChatAgents(Value<String> value) {
      return set("CreateChatAgents", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * CreateDashboardExecutiveSummaryWithQ}.
     */
    public Capabilities createDashboardExecutiveSummaryWithQ(String value) {
      return set("CreateDashboardExecutiveSummaryWithQ", Value.of(value));
    }

    /**
     * Sets {@code CreateDashboardExecutiveSummaryWithQ} to this value; see {@link
     * #createDashboardExecutiveSummaryWithQ(String)}.
     */
    public Capabilities createDashboardExecutiveSummaryWithQ(Value<String> value) {
      return set("CreateDashboardExecutiveSummaryWithQ", value);
    }

    /**
     * The ability to create a SPICE dataset.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code CreateSPICEDataset}.
     */
    public Capabilities createSPICEDataset(String value) {
      return set("CreateSPICEDataset", Value.of(value));
    }

    /** Sets {@code CreateSPICEDataset} to this value; see {@link #createSPICEDataset(String)}. */
    public Capabilities createSPICEDataset(Value<String> value) {
      return set("CreateSPICEDataset", value);
    }

    /**
     * The ability to create shared folders.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code CreateSharedFolders}.
     */
    public Capabilities createSharedFolders(String value) {
      return set("CreateSharedFolders", Value.of(value));
    }

    /** Sets {@code CreateSharedFolders} to this value; see {@link #createSharedFolders(String)}. */
    public Capabilities createSharedFolders(Value<String> value) {
      return set("CreateSharedFolders", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code CreateSpaces}. */
    public Capabilities createSpaces(String value) {
      return set("CreateSpaces", Value.of(value));
    }

    /** Sets {@code CreateSpaces} to this value; see {@link #createSpaces(String)}. */
    public Capabilities createSpaces(Value<String> value) {
      return set("CreateSpaces", value);
    }

    /**
     * The ability to perform dashboard-related actions.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code Dashboard}.
     */
    public Capabilities dashboard(String value) {
      return set("Dashboard", Value.of(value));
    }

    /** Sets {@code Dashboard} to this value; see {@link #dashboard(String)}. */
    public Capabilities dashboard(Value<String> value) {
      return set("Dashboard", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code EditVisualWithQ}. */
    public Capabilities editVisualWithQ(String value) {
      return set("EditVisualWithQ", Value.of(value));
    }

    /** Sets {@code EditVisualWithQ} to this value; see {@link #editVisualWithQ(String)}. */
    public Capabilities editVisualWithQ(Value<String> value) {
      return set("EditVisualWithQ", value);
    }

    /**
     * The ability to export to CSV files from the UI.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code ExportToCsv}.
     */
    public Capabilities exportToCsv(String value) {
      return set("ExportToCsv", Value.of(value));
    }

    /** Sets {@code ExportToCsv} to this value; see {@link #exportToCsv(String)}. */
    public Capabilities exportToCsv(Value<String> value) {
      return set("ExportToCsv", value);
    }

    /**
     * The ability to export to CSV files in scheduled email reports.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code
     * ExportToCsvInScheduledReports}.
     */
    public Capabilities exportToCsvInScheduledReports(String value) {
      return set("ExportToCsvInScheduledReports", Value.of(value));
    }

    /**
     * Sets {@code ExportToCsvInScheduledReports} to this value; see {@link
     * #exportToCsvInScheduledReports(String)}.
     */
    public Capabilities exportToCsvInScheduledReports(Value<String> value) {
      return set("ExportToCsvInScheduledReports", value);
    }

    /**
     * The ability to export to Excel files from the UI.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code ExportToExcel}.
     */
    public Capabilities exportToExcel(String value) {
      return set("ExportToExcel", Value.of(value));
    }

    /** Sets {@code ExportToExcel} to this value; see {@link #exportToExcel(String)}. */
    public Capabilities exportToExcel(Value<String> value) {
      return set("ExportToExcel", value);
    }

    /**
     * The ability to export to Excel files in scheduled email reports.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code
     * ExportToExcelInScheduledReports}.
     */
    public Capabilities exportToExcelInScheduledReports(String value) {
      return set("ExportToExcelInScheduledReports", Value.of(value));
    }

    /**
     * Sets {@code ExportToExcelInScheduledReports} to this value; see {@link
     * #exportToExcelInScheduledReports(String)}.
     */
    public Capabilities exportToExcelInScheduledReports(Value<String> value) {
      return set("ExportToExcelInScheduledReports", value);
    }

    /**
     * The ability to export to PDF files from the UI.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code ExportToPdf}.
     */
    public Capabilities exportToPdf(String value) {
      return set("ExportToPdf", Value.of(value));
    }

    /** Sets {@code ExportToPdf} to this value; see {@link #exportToPdf(String)}. */
    public Capabilities exportToPdf(Value<String> value) {
      return set("ExportToPdf", value);
    }

    /**
     * The ability to export to PDF files in scheduled email reports.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code
     * ExportToPdfInScheduledReports}.
     */
    public Capabilities exportToPdfInScheduledReports(String value) {
      return set("ExportToPdfInScheduledReports", Value.of(value));
    }

    /**
     * Sets {@code ExportToPdfInScheduledReports} to this value; see {@link
     * #exportToPdfInScheduledReports(String)}.
     */
    public Capabilities exportToPdfInScheduledReports(Value<String> value) {
      return set("ExportToPdfInScheduledReports", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code Extension}. */
    public Capabilities extension(String value) {
      return set("Extension", Value.of(value));
    }

    /** Sets {@code Extension} to this value; see {@link #extension(String)}. */
    public Capabilities extension(Value<String> value) {
      return set("Extension", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code FactSetAction}. */
    public Capabilities factSetAction(String value) {
      return set("FactSetAction", Value.of(value));
    }

    /** Sets {@code FactSetAction} to this value; see {@link #factSetAction(String)}. */
    public Capabilities factSetAction(Value<String> value) {
      return set("FactSetAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code Flow}. */
    public Capabilities flow(String value) {
      return set("Flow", Value.of(value));
    }

    /** Sets {@code Flow} to this value; see {@link #flow(String)}. */
    public Capabilities flow(Value<String> value) {
      return set("Flow", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code GenericHTTPAction}. */
    public Capabilities genericHTTPAction(String value) {
      return set("GenericHTTPAction", Value.of(value));
    }

    /** Sets {@code GenericHTTPAction} to this value; see {@link #genericHTTPAction(String)}. */
    public Capabilities genericHTTPAction(Value<String> value) {
      return set("GenericHTTPAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code GithubAction}. */
    public Capabilities githubAction(String value) {
      return set("GithubAction", Value.of(value));
    }

    /** Sets {@code GithubAction} to this value; see {@link #githubAction(String)}. */
    public Capabilities githubAction(Value<String> value) {
      return set("GithubAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code GoogleCalendarAction}. */
    public Capabilities googleCalendarAction(String value) {
      return set("GoogleCalendarAction", Value.of(value));
    }

    /**
     * Sets {@code GoogleCalendarAction} to this value; see {@link #googleCalendarAction(String)}.
     */
    public Capabilities googleCalendarAction(Value<String> value) {
      return set("GoogleCalendarAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code HubspotAction}. */
    public Capabilities hubspotAction(String value) {
      return set("HubspotAction", Value.of(value));
    }

    /** Sets {@code HubspotAction} to this value; see {@link #hubspotAction(String)}. */
    public Capabilities hubspotAction(Value<String> value) {
      return set("HubspotAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code HuggingFaceAction}. */
    public Capabilities huggingFaceAction(String value) {
      return set("HuggingFaceAction", Value.of(value));
    }

    /** Sets {@code HuggingFaceAction} to this value; see {@link #huggingFaceAction(String)}. */
    public Capabilities huggingFaceAction(Value<String> value) {
      return set("HuggingFaceAction", value);
    }

    /**
     * The ability to include content in scheduled email reports.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code
     * IncludeContentInScheduledReportsEmail}.
     */
    public Capabilities includeContentInScheduledReportsEmail(String value) {
      return set("IncludeContentInScheduledReportsEmail", Value.of(value));
    }

    /**
     * Sets {@code IncludeContentInScheduledReportsEmail} to this value; see {@link
     * #includeContentInScheduledReportsEmail(String)}.
     */
    public Capabilities includeContentInScheduledReportsEmail(Value<String> value) {
      return set("IncludeContentInScheduledReportsEmail", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code IntercomAction}. */
    public Capabilities intercomAction(String value) {
      return set("IntercomAction", Value.of(value));
    }

    /** Sets {@code IntercomAction} to this value; see {@link #intercomAction(String)}. */
    public Capabilities intercomAction(Value<String> value) {
      return set("IntercomAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code InvokeAppsAIInference}. */
    public Capabilities invokeAppsAIInference(String value) {
      return set("InvokeAppsAIInference", Value.of(value));
    }

    /**
     * Sets {@code InvokeAppsAIInference} to this value; see {@link #invokeAppsAIInference(String)}.
     */
    public Capabilities invokeAppsAIInference(Value<String> value) {
      return set("InvokeAppsAIInference", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code JiraAction}. */
    public Capabilities jiraAction(String value) {
      return set("JiraAction", Value.of(value));
    }

    /** Sets {@code JiraAction} to this value; see {@link #jiraAction(String)}. */
    public Capabilities jiraAction(Value<String> value) {
      return set("JiraAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code KnowledgeBase}. */
    public Capabilities knowledgeBase(String value) {
      return set("KnowledgeBase", Value.of(value));
    }

    /** Sets {@code KnowledgeBase} to this value; see {@link #knowledgeBase(String)}. */
    public Capabilities knowledgeBase(Value<String> value) {
      return set("KnowledgeBase", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code LinearAction}. */
    public Capabilities linearAction(String value) {
      return set("LinearAction", Value.of(value));
    }

    /** Sets {@code LinearAction} to this value; see {@link #linearAction(String)}. */
    public Capabilities linearAction(Value<String> value) {
      return set("LinearAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code MCPAction}. */
    public Capabilities mcpAction(String value) {
      return set("MCPAction", Value.of(value));
    }

    /** Sets {@code MCPAction} to this value; see {@link #mcpAction(String)}. */
    public Capabilities mcpAction(Value<String> value) {
      return set("MCPAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code MSExchangeAction}. */
    public Capabilities msExchangeAction(String value) {
      return set("MSExchangeAction", Value.of(value));
    }

    /** Sets {@code MSExchangeAction} to this value; see {@link #msExchangeAction(String)}. */
    public Capabilities msExchangeAction(Value<String> value) {
      return set("MSExchangeAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code MSTeamsAction}. */
    public Capabilities msTeamsAction(String value) {
      return set("MSTeamsAction", Value.of(value));
    }

    /** Sets {@code MSTeamsAction} to this value; see {@link #msTeamsAction(String)}. */
    public Capabilities msTeamsAction(Value<String> value) {
      return set("MSTeamsAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ManageSharedFolders}. */
    public Capabilities manageSharedFolders(String value) {
      return set("ManageSharedFolders", Value.of(value));
    }

    /** Sets {@code ManageSharedFolders} to this value; see {@link #manageSharedFolders(String)}. */
    public Capabilities manageSharedFolders(Value<String> value) {
      return set("ManageSharedFolders", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code MondayAction}. */
    public Capabilities mondayAction(String value) {
      return set("MondayAction", Value.of(value));
    }

    /** Sets {@code MondayAction} to this value; see {@link #mondayAction(String)}. */
    public Capabilities mondayAction(Value<String> value) {
      return set("MondayAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code NewRelicAction}. */
    public Capabilities newRelicAction(String value) {
      return set("NewRelicAction", Value.of(value));
    }

    /** Sets {@code NewRelicAction} to this value; see {@link #newRelicAction(String)}. */
    public Capabilities newRelicAction(Value<String> value) {
      return set("NewRelicAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code NotionAction}. */
    public Capabilities notionAction(String value) {
      return set("NotionAction", Value.of(value));
    }

    /** Sets {@code NotionAction} to this value; see {@link #notionAction(String)}. */
    public Capabilities notionAction(Value<String> value) {
      return set("NotionAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code OneDriveAction}. */
    public Capabilities oneDriveAction(String value) {
      return set("OneDriveAction", Value.of(value));
    }

    /** Sets {@code OneDriveAction} to this value; see {@link #oneDriveAction(String)}. */
    public Capabilities oneDriveAction(Value<String> value) {
      return set("OneDriveAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code OpenAPIAction}. */
    public Capabilities openAPIAction(String value) {
      return set("OpenAPIAction", Value.of(value));
    }

    /** Sets {@code OpenAPIAction} to this value; see {@link #openAPIAction(String)}. */
    public Capabilities openAPIAction(Value<String> value) {
      return set("OpenAPIAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code PagerDutyAction}. */
    public Capabilities pagerDutyAction(String value) {
      return set("PagerDutyAction", Value.of(value));
    }

    /** Sets {@code PagerDutyAction} to this value; see {@link #pagerDutyAction(String)}. */
    public Capabilities pagerDutyAction(Value<String> value) {
      return set("PagerDutyAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code PerformFlowUiTask}. */
    public Capabilities performFlowUiTask(String value) {
      return set("PerformFlowUiTask", Value.of(value));
    }

    /** Sets {@code PerformFlowUiTask} to this value; see {@link #performFlowUiTask(String)}. */
    public Capabilities performFlowUiTask(Value<String> value) {
      return set("PerformFlowUiTask", value);
    }

    /**
     * The ability to print reports.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code PrintReports}.
     */
    public Capabilities printReports(String value) {
      return set("PrintReports", Value.of(value));
    }

    /** Sets {@code PrintReports} to this value; see {@link #printReports(String)}. */
    public Capabilities printReports(Value<String> value) {
      return set("PrintReports", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code PublishWithoutApproval}. */
    public Capabilities publishWithoutApproval(String value) {
      return set("PublishWithoutApproval", Value.of(value));
    }

    /**
     * Sets {@code PublishWithoutApproval} to this value; see {@link
     * #publishWithoutApproval(String)}.
     */
    public Capabilities publishWithoutApproval(Value<String> value) {
      return set("PublishWithoutApproval", value);
    }

    /**
     * The ability to rename shared folders.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code RenameSharedFolders}.
     */
    public Capabilities renameSharedFolders(String value) {
      return set("RenameSharedFolders", Value.of(value));
    }

    /** Sets {@code RenameSharedFolders} to this value; see {@link #renameSharedFolders(String)}. */
    public Capabilities renameSharedFolders(Value<String> value) {
      return set("RenameSharedFolders", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code Research}. */
    public Capabilities research(String value) {
      return set("Research", Value.of(value));
    }

    /** Sets {@code Research} to this value; see {@link #research(String)}. */
    public Capabilities research(Value<String> value) {
      return set("Research", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code SAPBillOfMaterialAction}. */
    public Capabilities sapBillOfMaterialAction(String value) {
      return set("SAPBillOfMaterialAction", Value.of(value));
    }

    /**
     * Sets {@code SAPBillOfMaterialAction} to this value; see {@link
     * #sapBillOfMaterialAction(String)}.
     */
    public Capabilities sapBillOfMaterialAction(Value<String> value) {
      return set("SAPBillOfMaterialAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code SAPBusinessPartnerAction}. */
    public Capabilities sapBusinessPartnerAction(String value) {
      return set("SAPBusinessPartnerAction", Value.of(value));
    }

    /**
     * Sets {@code SAPBusinessPartnerAction} to this value; see {@link
     * #sapBusinessPartnerAction(String)}.
     */
    public Capabilities sapBusinessPartnerAction(Value<String> value) {
      return set("SAPBusinessPartnerAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code SAPMaterialStockAction}. */
    public Capabilities sapMaterialStockAction(String value) {
      return set("SAPMaterialStockAction", Value.of(value));
    }

    /**
     * Sets {@code SAPMaterialStockAction} to this value; see {@link
     * #sapMaterialStockAction(String)}.
     */
    public Capabilities sapMaterialStockAction(Value<String> value) {
      return set("SAPMaterialStockAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code SAPPhysicalInventoryAction}. */
    public Capabilities sapPhysicalInventoryAction(String value) {
      return set("SAPPhysicalInventoryAction", Value.of(value));
    }

    /**
     * Sets {@code SAPPhysicalInventoryAction} to this value; see {@link
     * #sapPhysicalInventoryAction(String)}.
     */
    public Capabilities sapPhysicalInventoryAction(Value<String> value) {
      return set("SAPPhysicalInventoryAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code SAPProductMasterDataAction}. */
    public Capabilities sapProductMasterDataAction(String value) {
      return set("SAPProductMasterDataAction", Value.of(value));
    }

    /**
     * Sets {@code SAPProductMasterDataAction} to this value; see {@link
     * #sapProductMasterDataAction(String)}.
     */
    public Capabilities sapProductMasterDataAction(Value<String> value) {
      return set("SAPProductMasterDataAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code SalesforceAction}. */
    public Capabilities salesforceAction(String value) {
      return set("SalesforceAction", Value.of(value));
    }

    /** Sets {@code SalesforceAction} to this value; see {@link #salesforceAction(String)}. */
    public Capabilities salesforceAction(Value<String> value) {
      return set("SalesforceAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code SandPGMIAction}. */
    public Capabilities sandPGMIAction(String value) {
      return set("SandPGMIAction", Value.of(value));
    }

    /** Sets {@code SandPGMIAction} to this value; see {@link #sandPGMIAction(String)}. */
    public Capabilities sandPGMIAction(Value<String> value) {
      return set("SandPGMIAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code SandPGlobalEnergyAction}. */
    public Capabilities sandPGlobalEnergyAction(String value) {
      return set("SandPGlobalEnergyAction", Value.of(value));
    }

    /**
     * Sets {@code SandPGlobalEnergyAction} to this value; see {@link
     * #sandPGlobalEnergyAction(String)}.
     */
    public Capabilities sandPGlobalEnergyAction(Value<String> value) {
      return set("SandPGlobalEnergyAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ServiceNowAction}. */
    public Capabilities serviceNowAction(String value) {
      return set("ServiceNowAction", Value.of(value));
    }

    /** Sets {@code ServiceNowAction} to this value; see {@link #serviceNowAction(String)}. */
    public Capabilities serviceNowAction(Value<String> value) {
      return set("ServiceNowAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code ShareAmazonBedrockARSAction}.
     */
    public Capabilities shareAmazonBedrockARSAction(String value) {
      return set("ShareAmazonBedrockARSAction", Value.of(value));
    }

    /**
     * Sets {@code ShareAmazonBedrockARSAction} to this value; see {@link
     * #shareAmazonBedrockARSAction(String)}.
     */
    public Capabilities shareAmazonBedrockARSAction(Value<String> value) {
      return set("ShareAmazonBedrockARSAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareAmazonBedrockFSAction}. */
    public Capabilities shareAmazonBedrockFSAction(String value) {
      return set("ShareAmazonBedrockFSAction", Value.of(value));
    }

    /**
     * Sets {@code ShareAmazonBedrockFSAction} to this value; see {@link
     * #shareAmazonBedrockFSAction(String)}.
     */
    public Capabilities shareAmazonBedrockFSAction(Value<String> value) {
      return set("ShareAmazonBedrockFSAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code ShareAmazonBedrockKRSAction}.
     */
    public Capabilities shareAmazonBedrockKRSAction(String value) {
      return set("ShareAmazonBedrockKRSAction", Value.of(value));
    }

    /**
     * Sets {@code ShareAmazonBedrockKRSAction} to this value; see {@link
     * #shareAmazonBedrockKRSAction(String)}.
     */
    public Capabilities shareAmazonBedrockKRSAction(Value<String> value) {
      return set("ShareAmazonBedrockKRSAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareAmazonSThreeAction}. */
    public Capabilities shareAmazonSThreeAction(String value) {
      return set("ShareAmazonSThreeAction", Value.of(value));
    }

    /**
     * Sets {@code ShareAmazonSThreeAction} to this value; see {@link
     * #shareAmazonSThreeAction(String)}.
     */
    public Capabilities shareAmazonSThreeAction(Value<String> value) {
      return set("ShareAmazonSThreeAction", value);
    }

    /**
     * The ability to share analyses.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code ShareAnalyses}.
     */
    public Capabilities shareAnalyses(String value) {
      return set("ShareAnalyses", Value.of(value));
    }

    /** Sets {@code ShareAnalyses} to this value; see {@link #shareAnalyses(String)}. */
    public Capabilities shareAnalyses(Value<String> value) {
      return set("ShareAnalyses", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareApps}. */
    public Capabilities shareApps(String value) {
      return set("ShareApps", Value.of(value));
    }

    /** Sets {@code ShareApps} to this value; see {@link #shareApps(String)}. */
    public Capabilities shareApps(Value<String> value) {
      return set("ShareApps", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareAsanaAction}. */
    public Capabilities shareAsanaAction(String value) {
      return set("ShareAsanaAction", Value.of(value));
    }

    /** Sets {@code ShareAsanaAction} to this value; see {@link #shareAsanaAction(String)}. */
    public Capabilities shareAsanaAction(Value<String> value) {
      return set("ShareAsanaAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareBambooHRAction}. */
    public Capabilities shareBambooHRAction(String value) {
      return set("ShareBambooHRAction", Value.of(value));
    }

    /** Sets {@code ShareBambooHRAction} to this value; see {@link #shareBambooHRAction(String)}. */
    public Capabilities shareBambooHRAction(Value<String> value) {
      return set("ShareBambooHRAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareBoxAgentAction}. */
    public Capabilities shareBoxAgentAction(String value) {
      return set("ShareBoxAgentAction", Value.of(value));
    }

    /** Sets {@code ShareBoxAgentAction} to this value; see {@link #shareBoxAgentAction(String)}. */
    public Capabilities shareBoxAgentAction(Value<String> value) {
      return set("ShareBoxAgentAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareCanvaAgentAction}. */
    public Capabilities shareCanvaAgentAction(String value) {
      return set("ShareCanvaAgentAction", Value.of(value));
    }

    /**
     * Sets {@code ShareCanvaAgentAction} to this value; see {@link #shareCanvaAgentAction(String)}.
     */
    public Capabilities shareCanvaAgentAction(Value<String> value) {
      return set("ShareCanvaAgentAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareChatAgents}. */
    public Capabilities shareChatAgents(String value) {
      return set("ShareChatAgents", Value.of(value));
    }

    /** Sets {@code ShareChatAgents} to this value; see {@link #shareChatAgents(String)}. */
    public Capabilities shareChatAgents(Value<String> value) {
      return set("ShareChatAgents", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareComprehendAction}. */
    public Capabilities shareComprehendAction(String value) {
      return set("ShareComprehendAction", Value.of(value));
    }

    /**
     * Sets {@code ShareComprehendAction} to this value; see {@link #shareComprehendAction(String)}.
     */
    public Capabilities shareComprehendAction(Value<String> value) {
      return set("ShareComprehendAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code ShareComprehendMedicalAction}.
     */
    public Capabilities shareComprehendMedicalAction(String value) {
      return set("ShareComprehendMedicalAction", Value.of(value));
    }

    /**
     * Sets {@code ShareComprehendMedicalAction} to this value; see {@link
     * #shareComprehendMedicalAction(String)}.
     */
    public Capabilities shareComprehendMedicalAction(Value<String> value) {
      return set("ShareComprehendMedicalAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareConfluenceAction}. */
    public Capabilities shareConfluenceAction(String value) {
      return set("ShareConfluenceAction", Value.of(value));
    }

    /**
     * Sets {@code ShareConfluenceAction} to this value; see {@link #shareConfluenceAction(String)}.
     */
    public Capabilities shareConfluenceAction(Value<String> value) {
      return set("ShareConfluenceAction", value);
    }

    /**
     * The ability to share dashboards.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code ShareDashboards}.
     */
    public Capabilities shareDashboards(String value) {
      return set("ShareDashboards", Value.of(value));
    }

    /** Sets {@code ShareDashboards} to this value; see {@link #shareDashboards(String)}. */
    public Capabilities shareDashboards(Value<String> value) {
      return set("ShareDashboards", value);
    }

    /**
     * The ability to share data sources.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code ShareDataSources}.
     */
    public Capabilities shareDataSources(String value) {
      return set("ShareDataSources", Value.of(value));
    }

    /** Sets {@code ShareDataSources} to this value; see {@link #shareDataSources(String)}. */
    public Capabilities shareDataSources(Value<String> value) {
      return set("ShareDataSources", value);
    }

    /**
     * The ability to share datasets.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code ShareDatasets}.
     */
    public Capabilities shareDatasets(String value) {
      return set("ShareDatasets", Value.of(value));
    }

    /** Sets {@code ShareDatasets} to this value; see {@link #shareDatasets(String)}. */
    public Capabilities shareDatasets(Value<String> value) {
      return set("ShareDatasets", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareFactSetAction}. */
    public Capabilities shareFactSetAction(String value) {
      return set("ShareFactSetAction", Value.of(value));
    }

    /** Sets {@code ShareFactSetAction} to this value; see {@link #shareFactSetAction(String)}. */
    public Capabilities shareFactSetAction(Value<String> value) {
      return set("ShareFactSetAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareGenericHTTPAction}. */
    public Capabilities shareGenericHTTPAction(String value) {
      return set("ShareGenericHTTPAction", Value.of(value));
    }

    /**
     * Sets {@code ShareGenericHTTPAction} to this value; see {@link
     * #shareGenericHTTPAction(String)}.
     */
    public Capabilities shareGenericHTTPAction(Value<String> value) {
      return set("ShareGenericHTTPAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareGithubAction}. */
    public Capabilities shareGithubAction(String value) {
      return set("ShareGithubAction", Value.of(value));
    }

    /** Sets {@code ShareGithubAction} to this value; see {@link #shareGithubAction(String)}. */
    public Capabilities shareGithubAction(Value<String> value) {
      return set("ShareGithubAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareGoogleCalendarAction}. */
    public Capabilities shareGoogleCalendarAction(String value) {
      return set("ShareGoogleCalendarAction", Value.of(value));
    }

    /**
     * Sets {@code ShareGoogleCalendarAction} to this value; see {@link
     * #shareGoogleCalendarAction(String)}.
     */
    public Capabilities shareGoogleCalendarAction(Value<String> value) {
      return set("ShareGoogleCalendarAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareHubspotAction}. */
    public Capabilities shareHubspotAction(String value) {
      return set("ShareHubspotAction", Value.of(value));
    }

    /** Sets {@code ShareHubspotAction} to this value; see {@link #shareHubspotAction(String)}. */
    public Capabilities shareHubspotAction(Value<String> value) {
      return set("ShareHubspotAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareHuggingFaceAction}. */
    public Capabilities shareHuggingFaceAction(String value) {
      return set("ShareHuggingFaceAction", Value.of(value));
    }

    /**
     * Sets {@code ShareHuggingFaceAction} to this value; see {@link
     * #shareHuggingFaceAction(String)}.
     */
    public Capabilities shareHuggingFaceAction(Value<String> value) {
      return set("ShareHuggingFaceAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareIntercomAction}. */
    public Capabilities shareIntercomAction(String value) {
      return set("ShareIntercomAction", Value.of(value));
    }

    /** Sets {@code ShareIntercomAction} to this value; see {@link #shareIntercomAction(String)}. */
    public Capabilities shareIntercomAction(Value<String> value) {
      return set("ShareIntercomAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareJiraAction}. */
    public Capabilities shareJiraAction(String value) {
      return set("ShareJiraAction", Value.of(value));
    }

    /** Sets {@code ShareJiraAction} to this value; see {@link #shareJiraAction(String)}. */
    public Capabilities shareJiraAction(Value<String> value) {
      return set("ShareJiraAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareKnowledgeBases}. */
    public Capabilities shareKnowledgeBases(String value) {
      return set("ShareKnowledgeBases", Value.of(value));
    }

    /** Sets {@code ShareKnowledgeBases} to this value; see {@link #shareKnowledgeBases(String)}. */
    public Capabilities shareKnowledgeBases(Value<String> value) {
      return set("ShareKnowledgeBases", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareLinearAction}. */
    public Capabilities shareLinearAction(String value) {
      return set("ShareLinearAction", Value.of(value));
    }

    /** Sets {@code ShareLinearAction} to this value; see {@link #shareLinearAction(String)}. */
    public Capabilities shareLinearAction(Value<String> value) {
      return set("ShareLinearAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareMCPAction}. */
    public Capabilities shareMCPAction(String value) {
      return set("ShareMCPAction", Value.of(value));
    }

    /** Sets {@code ShareMCPAction} to this value; see {@link #shareMCPAction(String)}. */
    public Capabilities shareMCPAction(Value<String> value) {
      return set("ShareMCPAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareMSExchangeAction}. */
    public Capabilities shareMSExchangeAction(String value) {
      return set("ShareMSExchangeAction", Value.of(value));
    }

    /**
     * Sets {@code ShareMSExchangeAction} to this value; see {@link #shareMSExchangeAction(String)}.
     */
    public Capabilities shareMSExchangeAction(Value<String> value) {
      return set("ShareMSExchangeAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareMSTeamsAction}. */
    public Capabilities shareMSTeamsAction(String value) {
      return set("ShareMSTeamsAction", Value.of(value));
    }

    /** Sets {@code ShareMSTeamsAction} to this value; see {@link #shareMSTeamsAction(String)}. */
    public Capabilities shareMSTeamsAction(Value<String> value) {
      return set("ShareMSTeamsAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareMondayAction}. */
    public Capabilities shareMondayAction(String value) {
      return set("ShareMondayAction", Value.of(value));
    }

    /** Sets {@code ShareMondayAction} to this value; see {@link #shareMondayAction(String)}. */
    public Capabilities shareMondayAction(Value<String> value) {
      return set("ShareMondayAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareNewRelicAction}. */
    public Capabilities shareNewRelicAction(String value) {
      return set("ShareNewRelicAction", Value.of(value));
    }

    /** Sets {@code ShareNewRelicAction} to this value; see {@link #shareNewRelicAction(String)}. */
    public Capabilities shareNewRelicAction(Value<String> value) {
      return set("ShareNewRelicAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareNotionAction}. */
    public Capabilities shareNotionAction(String value) {
      return set("ShareNotionAction", Value.of(value));
    }

    /** Sets {@code ShareNotionAction} to this value; see {@link #shareNotionAction(String)}. */
    public Capabilities shareNotionAction(Value<String> value) {
      return set("ShareNotionAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareOneDriveAction}. */
    public Capabilities shareOneDriveAction(String value) {
      return set("ShareOneDriveAction", Value.of(value));
    }

    /** Sets {@code ShareOneDriveAction} to this value; see {@link #shareOneDriveAction(String)}. */
    public Capabilities shareOneDriveAction(Value<String> value) {
      return set("ShareOneDriveAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareOpenAPIAction}. */
    public Capabilities shareOpenAPIAction(String value) {
      return set("ShareOpenAPIAction", Value.of(value));
    }

    /** Sets {@code ShareOpenAPIAction} to this value; see {@link #shareOpenAPIAction(String)}. */
    public Capabilities shareOpenAPIAction(Value<String> value) {
      return set("ShareOpenAPIAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code SharePagerDutyAction}. */
    public Capabilities sharePagerDutyAction(String value) {
      return set("SharePagerDutyAction", Value.of(value));
    }

    /**
     * Sets {@code SharePagerDutyAction} to this value; see {@link #sharePagerDutyAction(String)}.
     */
    public Capabilities sharePagerDutyAction(Value<String> value) {
      return set("SharePagerDutyAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code SharePointAction}. */
    public Capabilities sharePointAction(String value) {
      return set("SharePointAction", Value.of(value));
    }

    /** Sets {@code SharePointAction} to this value; see {@link #sharePointAction(String)}. */
    public Capabilities sharePointAction(Value<String> value) {
      return set("SharePointAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code ShareSAPBillOfMaterialAction}.
     */
    public Capabilities shareSAPBillOfMaterialAction(String value) {
      return set("ShareSAPBillOfMaterialAction", Value.of(value));
    }

    /**
     * Sets {@code ShareSAPBillOfMaterialAction} to this value; see {@link
     * #shareSAPBillOfMaterialAction(String)}.
     */
    public Capabilities shareSAPBillOfMaterialAction(Value<String> value) {
      return set("ShareSAPBillOfMaterialAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code ShareSAPBusinessPartnerAction}.
     */
    public Capabilities shareSAPBusinessPartnerAction(String value) {
      return set("ShareSAPBusinessPartnerAction", Value.of(value));
    }

    /**
     * Sets {@code ShareSAPBusinessPartnerAction} to this value; see {@link
     * #shareSAPBusinessPartnerAction(String)}.
     */
    public Capabilities shareSAPBusinessPartnerAction(Value<String> value) {
      return set("ShareSAPBusinessPartnerAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code ShareSAPMaterialStockAction}.
     */
    public Capabilities shareSAPMaterialStockAction(String value) {
      return set("ShareSAPMaterialStockAction", Value.of(value));
    }

    /**
     * Sets {@code ShareSAPMaterialStockAction} to this value; see {@link
     * #shareSAPMaterialStockAction(String)}.
     */
    public Capabilities shareSAPMaterialStockAction(Value<String> value) {
      return set("ShareSAPMaterialStockAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * ShareSAPPhysicalInventoryAction}.
     */
    public Capabilities shareSAPPhysicalInventoryAction(String value) {
      return set("ShareSAPPhysicalInventoryAction", Value.of(value));
    }

    /**
     * Sets {@code ShareSAPPhysicalInventoryAction} to this value; see {@link
     * #shareSAPPhysicalInventoryAction(String)}.
     */
    public Capabilities shareSAPPhysicalInventoryAction(Value<String> value) {
      return set("ShareSAPPhysicalInventoryAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code
     * ShareSAPProductMasterDataAction}.
     */
    public Capabilities shareSAPProductMasterDataAction(String value) {
      return set("ShareSAPProductMasterDataAction", Value.of(value));
    }

    /**
     * Sets {@code ShareSAPProductMasterDataAction} to this value; see {@link
     * #shareSAPProductMasterDataAction(String)}.
     */
    public Capabilities shareSAPProductMasterDataAction(Value<String> value) {
      return set("ShareSAPProductMasterDataAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareSalesforceAction}. */
    public Capabilities shareSalesforceAction(String value) {
      return set("ShareSalesforceAction", Value.of(value));
    }

    /**
     * Sets {@code ShareSalesforceAction} to this value; see {@link #shareSalesforceAction(String)}.
     */
    public Capabilities shareSalesforceAction(Value<String> value) {
      return set("ShareSalesforceAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareSandPGMIAction}. */
    public Capabilities shareSandPGMIAction(String value) {
      return set("ShareSandPGMIAction", Value.of(value));
    }

    /** Sets {@code ShareSandPGMIAction} to this value; see {@link #shareSandPGMIAction(String)}. */
    public Capabilities shareSandPGMIAction(Value<String> value) {
      return set("ShareSandPGMIAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code ShareSandPGlobalEnergyAction}.
     */
    public Capabilities shareSandPGlobalEnergyAction(String value) {
      return set("ShareSandPGlobalEnergyAction", Value.of(value));
    }

    /**
     * Sets {@code ShareSandPGlobalEnergyAction} to this value; see {@link
     * #shareSandPGlobalEnergyAction(String)}.
     */
    public Capabilities shareSandPGlobalEnergyAction(Value<String> value) {
      return set("ShareSandPGlobalEnergyAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareServiceNowAction}. */
    public Capabilities shareServiceNowAction(String value) {
      return set("ShareServiceNowAction", Value.of(value));
    }

    /**
     * Sets {@code ShareServiceNowAction} to this value; see {@link #shareServiceNowAction(String)}.
     */
    public Capabilities shareServiceNowAction(Value<String> value) {
      return set("ShareServiceNowAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareSharePointAction}. */
    public Capabilities shareSharePointAction(String value) {
      return set("ShareSharePointAction", Value.of(value));
    }

    /**
     * Sets {@code ShareSharePointAction} to this value; see {@link #shareSharePointAction(String)}.
     */
    public Capabilities shareSharePointAction(Value<String> value) {
      return set("ShareSharePointAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareSlackAction}. */
    public Capabilities shareSlackAction(String value) {
      return set("ShareSlackAction", Value.of(value));
    }

    /** Sets {@code ShareSlackAction} to this value; see {@link #shareSlackAction(String)}. */
    public Capabilities shareSlackAction(Value<String> value) {
      return set("ShareSlackAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareSmartsheetAction}. */
    public Capabilities shareSmartsheetAction(String value) {
      return set("ShareSmartsheetAction", Value.of(value));
    }

    /**
     * Sets {@code ShareSmartsheetAction} to this value; see {@link #shareSmartsheetAction(String)}.
     */
    public Capabilities shareSmartsheetAction(Value<String> value) {
      return set("ShareSmartsheetAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareSpaces}. */
    public Capabilities shareSpaces(String value) {
      return set("ShareSpaces", Value.of(value));
    }

    /** Sets {@code ShareSpaces} to this value; see {@link #shareSpaces(String)}. */
    public Capabilities shareSpaces(Value<String> value) {
      return set("ShareSpaces", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareTextractAction}. */
    public Capabilities shareTextractAction(String value) {
      return set("ShareTextractAction", Value.of(value));
    }

    /** Sets {@code ShareTextractAction} to this value; see {@link #shareTextractAction(String)}. */
    public Capabilities shareTextractAction(Value<String> value) {
      return set("ShareTextractAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ShareZendeskAction}. */
    public Capabilities shareZendeskAction(String value) {
      return set("ShareZendeskAction", Value.of(value));
    }

    /** Sets {@code ShareZendeskAction} to this value; see {@link #shareZendeskAction(String)}. */
    public Capabilities shareZendeskAction(Value<String> value) {
      return set("ShareZendeskAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code SlackAction}. */
    public Capabilities slackAction(String value) {
      return set("SlackAction", Value.of(value));
    }

    /** Sets {@code SlackAction} to this value; see {@link #slackAction(String)}. */
    public Capabilities slackAction(Value<String> value) {
      return set("SlackAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code SmartsheetAction}. */
    public Capabilities smartsheetAction(String value) {
      return set("SmartsheetAction", Value.of(value));
    }

    /** Sets {@code SmartsheetAction} to this value; see {@link #smartsheetAction(String)}. */
    public Capabilities smartsheetAction(Value<String> value) {
      return set("SmartsheetAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code Space}. */
    public Capabilities space(String value) {
      return set("Space", Value.of(value));
    }

    /** Sets {@code Space} to this value; see {@link #space(String)}. */
    public Capabilities space(Value<String> value) {
      return set("Space", value);
    }

    /**
     * The ability to subscribe to email reports.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code
     * SubscribeDashboardEmailReports}.
     */
    public Capabilities subscribeDashboardEmailReports(String value) {
      return set("SubscribeDashboardEmailReports", Value.of(value));
    }

    /**
     * Sets {@code SubscribeDashboardEmailReports} to this value; see {@link
     * #subscribeDashboardEmailReports(String)}.
     */
    public Capabilities subscribeDashboardEmailReports(Value<String> value) {
      return set("SubscribeDashboardEmailReports", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code TextractAction}. */
    public Capabilities textractAction(String value) {
      return set("TextractAction", Value.of(value));
    }

    /** Sets {@code TextractAction} to this value; see {@link #textractAction(String)}. */
    public Capabilities textractAction(Value<String> value) {
      return set("TextractAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code Topic}. */
    public Capabilities topic(String value) {
      return set("Topic", Value.of(value));
    }

    /** Sets {@code Topic} to this value; see {@link #topic(String)}. */
    public Capabilities topic(Value<String> value) {
      return set("Topic", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseAgentWebSearch}. */
    public Capabilities useAgentWebSearch(String value) {
      return set("UseAgentWebSearch", Value.of(value));
    }

    /** Sets {@code UseAgentWebSearch} to this value; see {@link #useAgentWebSearch(String)}. */
    public Capabilities useAgentWebSearch(Value<String> value) {
      return set("UseAgentWebSearch", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseAmazonBedrockARSAction}. */
    public Capabilities useAmazonBedrockARSAction(String value) {
      return set("UseAmazonBedrockARSAction", Value.of(value));
    }

    /**
     * Sets {@code UseAmazonBedrockARSAction} to this value; see {@link
     * #useAmazonBedrockARSAction(String)}.
     */
    public Capabilities useAmazonBedrockARSAction(Value<String> value) {
      return set("UseAmazonBedrockARSAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseAmazonBedrockFSAction}. */
    public Capabilities useAmazonBedrockFSAction(String value) {
      return set("UseAmazonBedrockFSAction", Value.of(value));
    }

    /**
     * Sets {@code UseAmazonBedrockFSAction} to this value; see {@link
     * #useAmazonBedrockFSAction(String)}.
     */
    public Capabilities useAmazonBedrockFSAction(Value<String> value) {
      return set("UseAmazonBedrockFSAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseAmazonBedrockKRSAction}. */
    public Capabilities useAmazonBedrockKRSAction(String value) {
      return set("UseAmazonBedrockKRSAction", Value.of(value));
    }

    /**
     * Sets {@code UseAmazonBedrockKRSAction} to this value; see {@link
     * #useAmazonBedrockKRSAction(String)}.
     */
    public Capabilities useAmazonBedrockKRSAction(Value<String> value) {
      return set("UseAmazonBedrockKRSAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseAmazonSThreeAction}. */
    public Capabilities useAmazonSThreeAction(String value) {
      return set("UseAmazonSThreeAction", Value.of(value));
    }

    /**
     * Sets {@code UseAmazonSThreeAction} to this value; see {@link #useAmazonSThreeAction(String)}.
     */
    public Capabilities useAmazonSThreeAction(Value<String> value) {
      return set("UseAmazonSThreeAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseAsanaAction}. */
    public Capabilities useAsanaAction(String value) {
      return set("UseAsanaAction", Value.of(value));
    }

    /** Sets {@code UseAsanaAction} to this value; see {@link #useAsanaAction(String)}. */
    public Capabilities useAsanaAction(Value<String> value) {
      return set("UseAsanaAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseBambooHRAction}. */
    public Capabilities useBambooHRAction(String value) {
      return set("UseBambooHRAction", Value.of(value));
    }

    /** Sets {@code UseBambooHRAction} to this value; see {@link #useBambooHRAction(String)}. */
    public Capabilities useBambooHRAction(Value<String> value) {
      return set("UseBambooHRAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseBedrockModels}. */
    public Capabilities useBedrockModels(String value) {
      return set("UseBedrockModels", Value.of(value));
    }

    /** Sets {@code UseBedrockModels} to this value; see {@link #useBedrockModels(String)}. */
    public Capabilities useBedrockModels(Value<String> value) {
      return set("UseBedrockModels", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseBoxAgentAction}. */
    public Capabilities useBoxAgentAction(String value) {
      return set("UseBoxAgentAction", Value.of(value));
    }

    /** Sets {@code UseBoxAgentAction} to this value; see {@link #useBoxAgentAction(String)}. */
    public Capabilities useBoxAgentAction(Value<String> value) {
      return set("UseBoxAgentAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseCanvaAgentAction}. */
    public Capabilities useCanvaAgentAction(String value) {
      return set("UseCanvaAgentAction", Value.of(value));
    }

    /** Sets {@code UseCanvaAgentAction} to this value; see {@link #useCanvaAgentAction(String)}. */
    public Capabilities useCanvaAgentAction(Value<String> value) {
      return set("UseCanvaAgentAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseComprehendAction}. */
    public Capabilities useComprehendAction(String value) {
      return set("UseComprehendAction", Value.of(value));
    }

    /** Sets {@code UseComprehendAction} to this value; see {@link #useComprehendAction(String)}. */
    public Capabilities useComprehendAction(Value<String> value) {
      return set("UseComprehendAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseComprehendMedicalAction}. */
    public Capabilities useComprehendMedicalAction(String value) {
      return set("UseComprehendMedicalAction", Value.of(value));
    }

    /**
     * Sets {@code UseComprehendMedicalAction} to this value; see {@link
     * #useComprehendMedicalAction(String)}.
     */
    public Capabilities useComprehendMedicalAction(Value<String> value) {
      return set("UseComprehendMedicalAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseConfluenceAction}. */
    public Capabilities useConfluenceAction(String value) {
      return set("UseConfluenceAction", Value.of(value));
    }

    /** Sets {@code UseConfluenceAction} to this value; see {@link #useConfluenceAction(String)}. */
    public Capabilities useConfluenceAction(Value<String> value) {
      return set("UseConfluenceAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseFactSetAction}. */
    public Capabilities useFactSetAction(String value) {
      return set("UseFactSetAction", Value.of(value));
    }

    /** Sets {@code UseFactSetAction} to this value; see {@link #useFactSetAction(String)}. */
    public Capabilities useFactSetAction(Value<String> value) {
      return set("UseFactSetAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseGenericHTTPAction}. */
    public Capabilities useGenericHTTPAction(String value) {
      return set("UseGenericHTTPAction", Value.of(value));
    }

    /**
     * Sets {@code UseGenericHTTPAction} to this value; see {@link #useGenericHTTPAction(String)}.
     */
    public Capabilities useGenericHTTPAction(Value<String> value) {
      return set("UseGenericHTTPAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseGithubAction}. */
    public Capabilities useGithubAction(String value) {
      return set("UseGithubAction", Value.of(value));
    }

    /** Sets {@code UseGithubAction} to this value; see {@link #useGithubAction(String)}. */
    public Capabilities useGithubAction(Value<String> value) {
      return set("UseGithubAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseGoogleCalendarAction}. */
    public Capabilities useGoogleCalendarAction(String value) {
      return set("UseGoogleCalendarAction", Value.of(value));
    }

    /**
     * Sets {@code UseGoogleCalendarAction} to this value; see {@link
     * #useGoogleCalendarAction(String)}.
     */
    public Capabilities useGoogleCalendarAction(Value<String> value) {
      return set("UseGoogleCalendarAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseHubspotAction}. */
    public Capabilities useHubspotAction(String value) {
      return set("UseHubspotAction", Value.of(value));
    }

    /** Sets {@code UseHubspotAction} to this value; see {@link #useHubspotAction(String)}. */
    public Capabilities useHubspotAction(Value<String> value) {
      return set("UseHubspotAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseHuggingFaceAction}. */
    public Capabilities useHuggingFaceAction(String value) {
      return set("UseHuggingFaceAction", Value.of(value));
    }

    /**
     * Sets {@code UseHuggingFaceAction} to this value; see {@link #useHuggingFaceAction(String)}.
     */
    public Capabilities useHuggingFaceAction(Value<String> value) {
      return set("UseHuggingFaceAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseIntercomAction}. */
    public Capabilities useIntercomAction(String value) {
      return set("UseIntercomAction", Value.of(value));
    }

    /** Sets {@code UseIntercomAction} to this value; see {@link #useIntercomAction(String)}. */
    public Capabilities useIntercomAction(Value<String> value) {
      return set("UseIntercomAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseJiraAction}. */
    public Capabilities useJiraAction(String value) {
      return set("UseJiraAction", Value.of(value));
    }

    /** Sets {@code UseJiraAction} to this value; see {@link #useJiraAction(String)}. */
    public Capabilities useJiraAction(Value<String> value) {
      return set("UseJiraAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseLinearAction}. */
    public Capabilities useLinearAction(String value) {
      return set("UseLinearAction", Value.of(value));
    }

    /** Sets {@code UseLinearAction} to this value; see {@link #useLinearAction(String)}. */
    public Capabilities useLinearAction(Value<String> value) {
      return set("UseLinearAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseMCPAction}. */
    public Capabilities useMCPAction(String value) {
      return set("UseMCPAction", Value.of(value));
    }

    /** Sets {@code UseMCPAction} to this value; see {@link #useMCPAction(String)}. */
    public Capabilities useMCPAction(Value<String> value) {
      return set("UseMCPAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseMSExchangeAction}. */
    public Capabilities useMSExchangeAction(String value) {
      return set("UseMSExchangeAction", Value.of(value));
    }

    /** Sets {@code UseMSExchangeAction} to this value; see {@link #useMSExchangeAction(String)}. */
    public Capabilities useMSExchangeAction(Value<String> value) {
      return set("UseMSExchangeAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseMSTeamsAction}. */
    public Capabilities useMSTeamsAction(String value) {
      return set("UseMSTeamsAction", Value.of(value));
    }

    /** Sets {@code UseMSTeamsAction} to this value; see {@link #useMSTeamsAction(String)}. */
    public Capabilities useMSTeamsAction(Value<String> value) {
      return set("UseMSTeamsAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseMondayAction}. */
    public Capabilities useMondayAction(String value) {
      return set("UseMondayAction", Value.of(value));
    }

    /** Sets {@code UseMondayAction} to this value; see {@link #useMondayAction(String)}. */
    public Capabilities useMondayAction(Value<String> value) {
      return set("UseMondayAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseNewRelicAction}. */
    public Capabilities useNewRelicAction(String value) {
      return set("UseNewRelicAction", Value.of(value));
    }

    /** Sets {@code UseNewRelicAction} to this value; see {@link #useNewRelicAction(String)}. */
    public Capabilities useNewRelicAction(Value<String> value) {
      return set("UseNewRelicAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseNotionAction}. */
    public Capabilities useNotionAction(String value) {
      return set("UseNotionAction", Value.of(value));
    }

    /** Sets {@code UseNotionAction} to this value; see {@link #useNotionAction(String)}. */
    public Capabilities useNotionAction(Value<String> value) {
      return set("UseNotionAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseOneDriveAction}. */
    public Capabilities useOneDriveAction(String value) {
      return set("UseOneDriveAction", Value.of(value));
    }

    /** Sets {@code UseOneDriveAction} to this value; see {@link #useOneDriveAction(String)}. */
    public Capabilities useOneDriveAction(Value<String> value) {
      return set("UseOneDriveAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseOpenAPIAction}. */
    public Capabilities useOpenAPIAction(String value) {
      return set("UseOpenAPIAction", Value.of(value));
    }

    /** Sets {@code UseOpenAPIAction} to this value; see {@link #useOpenAPIAction(String)}. */
    public Capabilities useOpenAPIAction(Value<String> value) {
      return set("UseOpenAPIAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UsePagerDutyAction}. */
    public Capabilities usePagerDutyAction(String value) {
      return set("UsePagerDutyAction", Value.of(value));
    }

    /** Sets {@code UsePagerDutyAction} to this value; see {@link #usePagerDutyAction(String)}. */
    public Capabilities usePagerDutyAction(Value<String> value) {
      return set("UsePagerDutyAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseSAPBillOfMaterialAction}. */
    public Capabilities useSAPBillOfMaterialAction(String value) {
      return set("UseSAPBillOfMaterialAction", Value.of(value));
    }

    /**
     * Sets {@code UseSAPBillOfMaterialAction} to this value; see {@link
     * #useSAPBillOfMaterialAction(String)}.
     */
    public Capabilities useSAPBillOfMaterialAction(Value<String> value) {
      return set("UseSAPBillOfMaterialAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code UseSAPBusinessPartnerAction}.
     */
    public Capabilities useSAPBusinessPartnerAction(String value) {
      return set("UseSAPBusinessPartnerAction", Value.of(value));
    }

    /**
     * Sets {@code UseSAPBusinessPartnerAction} to this value; see {@link
     * #useSAPBusinessPartnerAction(String)}.
     */
    public Capabilities useSAPBusinessPartnerAction(Value<String> value) {
      return set("UseSAPBusinessPartnerAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseSAPMaterialStockAction}. */
    public Capabilities useSAPMaterialStockAction(String value) {
      return set("UseSAPMaterialStockAction", Value.of(value));
    }

    /**
     * Sets {@code UseSAPMaterialStockAction} to this value; see {@link
     * #useSAPMaterialStockAction(String)}.
     */
    public Capabilities useSAPMaterialStockAction(Value<String> value) {
      return set("UseSAPMaterialStockAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code UseSAPPhysicalInventoryAction}.
     */
    public Capabilities useSAPPhysicalInventoryAction(String value) {
      return set("UseSAPPhysicalInventoryAction", Value.of(value));
    }

    /**
     * Sets {@code UseSAPPhysicalInventoryAction} to this value; see {@link
     * #useSAPPhysicalInventoryAction(String)}.
     */
    public Capabilities useSAPPhysicalInventoryAction(Value<String> value) {
      return set("UseSAPPhysicalInventoryAction", value);
    }

    /**
     * Allowed values: {@code DENY}. CloudFormation property {@code UseSAPProductMasterDataAction}.
     */
    public Capabilities useSAPProductMasterDataAction(String value) {
      return set("UseSAPProductMasterDataAction", Value.of(value));
    }

    /**
     * Sets {@code UseSAPProductMasterDataAction} to this value; see {@link
     * #useSAPProductMasterDataAction(String)}.
     */
    public Capabilities useSAPProductMasterDataAction(Value<String> value) {
      return set("UseSAPProductMasterDataAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseSalesforceAction}. */
    public Capabilities useSalesforceAction(String value) {
      return set("UseSalesforceAction", Value.of(value));
    }

    /** Sets {@code UseSalesforceAction} to this value; see {@link #useSalesforceAction(String)}. */
    public Capabilities useSalesforceAction(Value<String> value) {
      return set("UseSalesforceAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseSandPGMIAction}. */
    public Capabilities useSandPGMIAction(String value) {
      return set("UseSandPGMIAction", Value.of(value));
    }

    /** Sets {@code UseSandPGMIAction} to this value; see {@link #useSandPGMIAction(String)}. */
    public Capabilities useSandPGMIAction(Value<String> value) {
      return set("UseSandPGMIAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseSandPGlobalEnergyAction}. */
    public Capabilities useSandPGlobalEnergyAction(String value) {
      return set("UseSandPGlobalEnergyAction", Value.of(value));
    }

    /**
     * Sets {@code UseSandPGlobalEnergyAction} to this value; see {@link
     * #useSandPGlobalEnergyAction(String)}.
     */
    public Capabilities useSandPGlobalEnergyAction(Value<String> value) {
      return set("UseSandPGlobalEnergyAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseServiceNowAction}. */
    public Capabilities useServiceNowAction(String value) {
      return set("UseServiceNowAction", Value.of(value));
    }

    /** Sets {@code UseServiceNowAction} to this value; see {@link #useServiceNowAction(String)}. */
    public Capabilities useServiceNowAction(Value<String> value) {
      return set("UseServiceNowAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseSharePointAction}. */
    public Capabilities useSharePointAction(String value) {
      return set("UseSharePointAction", Value.of(value));
    }

    /** Sets {@code UseSharePointAction} to this value; see {@link #useSharePointAction(String)}. */
    public Capabilities useSharePointAction(Value<String> value) {
      return set("UseSharePointAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseSlackAction}. */
    public Capabilities useSlackAction(String value) {
      return set("UseSlackAction", Value.of(value));
    }

    /** Sets {@code UseSlackAction} to this value; see {@link #useSlackAction(String)}. */
    public Capabilities useSlackAction(Value<String> value) {
      return set("UseSlackAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseSmartsheetAction}. */
    public Capabilities useSmartsheetAction(String value) {
      return set("UseSmartsheetAction", Value.of(value));
    }

    /** Sets {@code UseSmartsheetAction} to this value; see {@link #useSmartsheetAction(String)}. */
    public Capabilities useSmartsheetAction(Value<String> value) {
      return set("UseSmartsheetAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseTextractAction}. */
    public Capabilities useTextractAction(String value) {
      return set("UseTextractAction", Value.of(value));
    }

    /** Sets {@code UseTextractAction} to this value; see {@link #useTextractAction(String)}. */
    public Capabilities useTextractAction(Value<String> value) {
      return set("UseTextractAction", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code UseZendeskAction}. */
    public Capabilities useZendeskAction(String value) {
      return set("UseZendeskAction", Value.of(value));
    }

    /** Sets {@code UseZendeskAction} to this value; see {@link #useZendeskAction(String)}. */
    public Capabilities useZendeskAction(Value<String> value) {
      return set("UseZendeskAction", value);
    }

    /**
     * The ability to view account SPICE capacity.
     *
     * <p>Allowed values: {@code DENY}. CloudFormation property {@code ViewAccountSPICECapacity}.
     */
    public Capabilities viewAccountSPICECapacity(String value) {
      return set("ViewAccountSPICECapacity", Value.of(value));
    }

    /**
     * Sets {@code ViewAccountSPICECapacity} to this value; see {@link
     * #viewAccountSPICECapacity(String)}.
     */
    public Capabilities viewAccountSPICECapacity(Value<String> value) {
      return set("ViewAccountSPICECapacity", value);
    }

    /** Allowed values: {@code DENY}. CloudFormation property {@code ZendeskAction}. */
    public Capabilities zendeskAction(String value) {
      return set("ZendeskAction", Value.of(value));
    }

    /** Sets {@code ZendeskAction} to this value; see {@link #zendeskAction(String)}. */
    public Capabilities zendeskAction(Value<String> value) {
      return set("ZendeskAction", value);
    }
  }
}
