// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssmquicksetup;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a Quick Setup configuration manager resource. This object is a collection of desired
 * state configurations for multiple configuration definitions and summaries describing the
 * deployments of those definitions.
 *
 * <p>CloudFormation type {@code AWS::SSMQuickSetup::ConfigurationManager}.
 */
public final class ConfigurationManager extends Resource<ConfigurationManager> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSMQuickSetup::ConfigurationManager")
      .required("ConfigurationDefinitions")
      .constrain("Description", Constraint.of().pattern("^.{0,512}$"))
      .constrain("Name", Constraint.of().pattern("^[ A-Za-z0-9_-]{1,50}$"))
      .refYields("ManagerArn")
      .attributes("CreatedAt", "LastModifiedAt", "ManagerArn", "StatusSummaries")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ConfigurationManager(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The definition of the Quick Setup configuration that the configuration manager deploys.
   *
   * <p>Required. CloudFormation property {@code ConfigurationDefinitions}.
   */
  public ConfigurationManager configurationDefinitions(List<ConfigurationDefinition> value) {
    return set("ConfigurationDefinitions", Value.listOf(value));
  }

  /**
   * Sets {@code ConfigurationDefinitions} to this value; see {@link
   * #configurationDefinitions(List)}.
   */
  public ConfigurationManager configurationDefinitions(Value<List<ConfigurationDefinition>> value) {
    return set("ConfigurationDefinitions", value);
  }

  /**
   * Sets {@code ConfigurationDefinitions} to a list of these; see {@link
   * #configurationDefinitions(List)}.
   */
  public ConfigurationManager configurationDefinitions(ConfigurationDefinition... values) {
    return set("ConfigurationDefinitions", Value.list(values));
  }

  /**
   * The description of the configuration.
   *
   * <p>Pattern: {@code ^.{0,512}$}. CloudFormation property {@code Description}.
   */
  public ConfigurationManager description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ConfigurationManager description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the configuration
   *
   * <p>Pattern: {@code ^[ A-Za-z0-9_-]{1,50}$}. CloudFormation property {@code Name}.
   */
  public ConfigurationManager name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConfigurationManager name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Key-value pairs of metadata to assign to the configuration manager.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConfigurationManager tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ConfigurationManager tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ConfigurationManager tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The datetime stamp when the configuration manager was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The datetime stamp when the configuration manager was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedAt}.
   */
  public Value<String> lastModifiedAt() {
    return getAtt("LastModifiedAt");
  }

  /**
   * The ARN of the Quick Setup configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagerArn}.
   */
  public Value<String> managerArn() {
    return getAtt("ManagerArn");
  }

  /**
   * Summaries of the state of the configuration manager. These summaries include an aggregate of
   * the statuses from the configuration definition associated with the configuration manager. This
   * includes deployment statuses, association statuses, drift statuses, health checks, and more.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusSummaries}.
   */
  public Value<List<StatusSummary>> statusSummaries() {
    return getAtt("StatusSummaries");
  }

  /**
   * The definition of a Quick Setup configuration.
   *
   * <p>Property type {@code AWS::SSMQuickSetup::ConfigurationManager.ConfigurationDefinition}.
   */
  public static final class ConfigurationDefinition extends Struct<ConfigurationDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMQuickSetup::ConfigurationManager.ConfigurationDefinition")
        .required("Parameters", "Type")
        .constrain("LocalDeploymentAdministrationRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .constrain("LocalDeploymentExecutionRoleName", Constraint.of().minLength(1).maxLength(256))
        .constrain("Type", Constraint.of().pattern("^[a-zA-Z0-9_\\-.:/]{3,200}$"))
        .constrain("TypeVersion", Constraint.of().minLength(1).maxLength(128))
        .build();

    public ConfigurationDefinition() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role used to administrate local configuration deployments.
     *
     * <p>Although this element is listed as "Required: No", a value can be omitted only for
     * organizational deployments of types other than <code>AWSQuickSetupType-PatchPolicy</code> . A
     * value must be provided when you are running an organizational deployment for a patch policy
     * or running any type of deployment for a single account.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * LocalDeploymentAdministrationRoleArn}.
     */
    public ConfigurationDefinition localDeploymentAdministrationRoleArn(String value) {
      return set("LocalDeploymentAdministrationRoleArn", Value.of(value));
    }

    /**
     * Sets {@code LocalDeploymentAdministrationRoleArn} to this value; see {@link
     * #localDeploymentAdministrationRoleArn(String)}.
     */
    public ConfigurationDefinition localDeploymentAdministrationRoleArn(Value<String> value) {
      return set("LocalDeploymentAdministrationRoleArn", value);
    }

    /**
     * The name of the IAM role used to deploy local configurations.
     *
     * <p>Although this element is listed as "Required: No", a value can be omitted only for
     * organizational deployments of types other than <code>AWSQuickSetupType-PatchPolicy</code> . A
     * value must be provided when you are running an organizational deployment for a patch policy
     * or running any type of deployment for a single account.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code
     * LocalDeploymentExecutionRoleName}.
     */
    public ConfigurationDefinition localDeploymentExecutionRoleName(String value) {
      return set("LocalDeploymentExecutionRoleName", Value.of(value));
    }

    /**
     * Sets {@code LocalDeploymentExecutionRoleName} to this value; see {@link
     * #localDeploymentExecutionRoleName(String)}.
     */
    public ConfigurationDefinition localDeploymentExecutionRoleName(Value<String> value) {
      return set("LocalDeploymentExecutionRoleName", value);
    }

    /**
     * The parameters for the configuration definition type. Parameters for configuration
     * definitions vary based the configuration type. The following lists outline the parameters for
     * each configuration type.
     *
     * <ul> <li><b>AWS Config Recording (Type: AWS QuickSetupType-CFGRecording)</b> - -
     * <code>RecordAllResources</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether all supported
     * resources are recorded. The default value is " <code>true</code> ".
     * <li><code>ResourceTypesToRecord</code> </ul>
     *
     * <ul> <li>Description: (Optional) A comma separated list of resource types you want to record.
     * <li><code>RecordGlobalResourceTypes</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether global resources are
     * recorded with all resource configurations. The default value is " <code>false</code> ".
     * <li><code>GlobalResourceTypesRegion</code> </ul>
     *
     * <ul> <li>Description: (Optional) Determines the AWS Region where global resources are
     * recorded. <li><code>UseCustomBucket</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether a custom Amazon S3
     * bucket is used for delivery. The default value is " <code>false</code> ".
     * <li><code>DeliveryBucketName</code> </ul>
     *
     * <ul> <li>Description: (Optional) The name of the Amazon S3 bucket you want AWS Config to
     * deliver configuration snapshots and configuration history files to.
     * <li><code>DeliveryBucketPrefix</code> </ul>
     *
     * <ul> <li>Description: (Optional) The key prefix you want to use in the custom Amazon S3
     * bucket. <li><code>NotificationOptions</code> </ul>
     *
     * <ul> <li>Description: (Optional) Determines the notification configuration for the recorder.
     * The valid values are <code>NoStreaming</code> , <code>UseExistingTopic</code> , and
     * <code>CreateTopic</code> . The default value is <code>NoStreaming</code> .
     * <li><code>CustomDeliveryTopicAccountId</code> </ul>
     *
     * <ul> <li>Description: (Optional) The ID of the AWS account where the Amazon SNS topic you
     * want to use for notifications resides. You must specify a value for this parameter if you use
     * the <code>UseExistingTopic</code> notification option.
     * <li><code>CustomDeliveryTopicName</code> </ul>
     *
     * <ul> <li>Description: (Optional) The name of the Amazon SNS topic you want to use for
     * notifications. You must specify a value for this parameter if you use the
     * <code>UseExistingTopic</code> notification option. <li><code>RemediationSchedule</code> </ul>
     *
     * <ul> <li>Description: (Optional) A rate expression that defines the schedule for drift
     * remediation. The valid values are <code>rate(30 days)</code> , <code>rate(7 days)</code> ,
     * <code>rate(1 days)</code> , and <code>none</code> . The default value is " <code>none</code>
     * ". <li><code>TargetAccounts</code> </ul>
     *
     * <ul> <li>Description: (Optional) The ID of the AWS account initiating the configuration
     * deployment. You only need to provide a value for this parameter if you want to deploy the
     * configuration locally. A value must be provided for either <code>TargetAccounts</code> or
     * <code>TargetOrganizationalUnits</code> . <li><code>TargetOrganizationalUnits</code> </ul>
     *
     * <ul> <li>Description: (Optional) The ID of the root of your Organization. This configuration
     * type doesn't currently support choosing specific OUs. The configuration will be deployed to
     * all the OUs in the Organization. <li><code>TargetRegions</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of AWS Regions you want to deploy the
     * configuration to. <li><b>Change Manager (Type: AWS QuickSetupType-SSMChangeMgr)</b> - -
     * <code>DelegatedAccountId</code> </ul>
     *
     * <ul> <li>Description: (Required) The ID of the delegated administrator account.
     * <li><code>JobFunction</code> </ul>
     *
     * <ul> <li>Description: (Required) The name for the Change Manager job function.
     * <li><code>PermissionType</code> </ul>
     *
     * <ul> <li>Description: (Optional) Specifies whether you want to use default administrator
     * permissions for the job function role, or provide a custom IAM policy. The valid values are
     * <code>CustomPermissions</code> and <code>AdminPermissions</code> . The default value for the
     * parameter is <code>CustomerPermissions</code> . <li><code>CustomPermissions</code> </ul>
     *
     * <ul> <li>Description: (Optional) A JSON string containing the IAM policy you want your job
     * function to use. You must provide a value for this parameter if you specify
     * <code>CustomPermissions</code> for the <code>PermissionType</code> parameter.
     * <li><code>TargetOrganizationalUnits</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of organizational units (OUs) you
     * want to deploy the configuration to. <li><code>TargetRegions</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of AWS Regions you want to deploy the
     * configuration to. <li><b>Conformance Packs (Type: AWS QuickSetupType-CFGCPacks)</b> - -
     * <code>DelegatedAccountId</code> </ul>
     *
     * <ul> <li>Description: (Optional) The ID of the delegated administrator account. This
     * parameter is required for Organization deployments. <li><code>RemediationSchedule</code>
     * </ul>
     *
     * <ul> <li>Description: (Optional) A rate expression that defines the schedule for drift
     * remediation. The valid values are <code>rate(30 days)</code> , <code>rate(14 days)</code> ,
     * <code>rate(2 days)</code> , and <code>none</code> . The default value is " <code>none</code>
     * ". <li><code>CPackNames</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of AWS Config conformance packs.
     * <li><code>TargetAccounts</code> </ul>
     *
     * <ul> <li>Description: (Optional) The ID of the AWS account initiating the configuration
     * deployment. You only need to provide a value for this parameter if you want to deploy the
     * configuration locally. A value must be provided for either <code>TargetAccounts</code> or
     * <code>TargetOrganizationalUnits</code> . <li><code>TargetOrganizationalUnits</code> </ul>
     *
     * <ul> <li>Description: (Optional) The ID of the root of your Organization. This configuration
     * type doesn't currently support choosing specific OUs. The configuration will be deployed to
     * all the OUs in the Organization. <li><code>TargetRegions</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of AWS Regions you want to deploy the
     * configuration to. <li><b>Default Host Management Configuration (Type: AWS
     * QuickSetupType-DHMC)</b> - - <code>UpdateSsmAgent</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether the SSM Agent is
     * updated on the target instances every 2 weeks. The default value is " <code>true</code> ".
     * <li><code>TargetOrganizationalUnits</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of organizational units (OUs) you
     * want to deploy the configuration to. <li><code>TargetRegions</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of AWS Regions you want to deploy the
     * configuration to. <li><b>DevOps Guru (Type: AWS QuickSetupType-DevOpsGuru)</b> - -
     * <code>AnalyseAllResources</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether DevOps Guru analyzes
     * all CloudFormation stacks in the account. The default value is " <code>false</code> ".
     * <li><code>EnableSnsNotifications</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether DevOps Guru sends
     * notifications when an insight is created. The default value is " <code>true</code> ".
     * <li><code>EnableSsmOpsItems</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether DevOps Guru creates
     * an OpsCenter OpsItem when an insight is created. The default value is " <code>true</code> ".
     * <li><code>EnableDriftRemediation</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether a drift remediation
     * schedule is used. The default value is " <code>false</code> ".
     * <li><code>RemediationSchedule</code> </ul>
     *
     * <ul> <li>Description: (Optional) A rate expression that defines the schedule for drift
     * remediation. The valid values are <code>rate(30 days)</code> , <code>rate(14 days)</code> ,
     * <code>rate(1 days)</code> , and <code>none</code> . The default value is " <code>none</code>
     * ". <li><code>TargetAccounts</code> </ul>
     *
     * <ul> <li>Description: (Optional) The ID of the AWS account initiating the configuration
     * deployment. You only need to provide a value for this parameter if you want to deploy the
     * configuration locally. A value must be provided for either <code>TargetAccounts</code> or
     * <code>TargetOrganizationalUnits</code> . <li><code>TargetOrganizationalUnits</code> </ul>
     *
     * <ul> <li>Description: (Optional) A comma separated list of organizational units (OUs) you
     * want to deploy the configuration to. <li><code>TargetRegions</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of AWS Regions you want to deploy the
     * configuration to. <li><b>Distributor (Type: AWS QuickSetupType-Distributor)</b> - -
     * <code>PackagesToInstall</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of packages you want to install on
     * the target instances. The valid values are <code>AWSEFSTools</code> , <code>AWSCWAgent</code>
     * , and <code>AWSEC2LaunchAgent</code> . <li><code>RemediationSchedule</code> </ul>
     *
     * <ul> <li>Description: (Optional) A rate expression that defines the schedule for drift
     * remediation. The valid values are <code>rate(30 days)</code> , <code>rate(14 days)</code> ,
     * <code>rate(2 days)</code> , and <code>none</code> . The default value is " <code>rate(30
     * days)</code> ". <li><code>IsPolicyAttachAllowed</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether Quick Setup attaches
     * policies to instances profiles already associated with the target instances. The default
     * value is " <code>false</code> ". <li><code>TargetType</code> </ul>
     *
     * <ul> <li>Description: (Optional) Determines how instances are targeted for local account
     * deployments. Don't specify a value for this parameter if you're deploying to OUs. The valid
     * values are <code><em></code> , <code>InstanceIds</code> , <code>ResourceGroups</code> , and
     * <code>Tags</code> . Use <code></em></code> to target all instances in the account.
     * <li><code>TargetInstances</code> </ul>
     *
     * <ul> <li>Description: (Optional) A comma separated list of instance IDs. You must provide a
     * value for this parameter if you specify <code>InstanceIds</code> for the
     * <code>TargetType</code> parameter. <li><code>TargetTagKey</code> </ul>
     *
     * <ul> <li>Description: (Required) The tag key assigned to the instances you want to target.
     * You must provide a value for this parameter if you specify <code>Tags</code> for the
     * <code>TargetType</code> parameter. <li><code>TargetTagValue</code> </ul>
     *
     * <ul> <li>Description: (Required) The value of the tag key assigned to the instances you want
     * to target. You must provide a value for this parameter if you specify <code>Tags</code> for
     * the <code>TargetType</code> parameter. <li><code>ResourceGroupName</code> </ul>
     *
     * <ul> <li>Description: (Required) The name of the resource group associated with the instances
     * you want to target. You must provide a value for this parameter if you specify
     * <code>ResourceGroups</code> for the <code>TargetType</code> parameter.
     * <li><code>TargetAccounts</code> </ul>
     *
     * <ul> <li>Description: (Optional) The ID of the AWS account initiating the configuration
     * deployment. You only need to provide a value for this parameter if you want to deploy the
     * configuration locally. A value must be provided for either <code>TargetAccounts</code> or
     * <code>TargetOrganizationalUnits</code> . <li><code>TargetOrganizationalUnits</code> </ul>
     *
     * <ul> <li>Description: (Optional) A comma separated list of organizational units (OUs) you
     * want to deploy the configuration to. <li><code>TargetRegions</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of AWS Regions you want to deploy the
     * configuration to. <li><b>Host Management (Type: AWS QuickSetupType-SSMHostMgmt)</b> - -
     * <code>UpdateSsmAgent</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether the SSM Agent is
     * updated on the target instances every 2 weeks. The default value is " <code>true</code> ".
     * <li><code>UpdateEc2LaunchAgent</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether the EC2 Launch agent
     * is updated on the target instances every month. The default value is " <code>false</code> ".
     * <li><code>CollectInventory</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether instance metadata is
     * collected on the target instances every 30 minutes. The default value is " <code>true</code>
     * ". <li><code>ScanInstances</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether the target instances
     * are scanned daily for available patches. The default value is " <code>true</code> ".
     * <li><code>InstallCloudWatchAgent</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether the Amazon
     * CloudWatch agent is installed on the target instances. The default value is "
     * <code>false</code> ". <li><code>UpdateCloudWatchAgent</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether the Amazon
     * CloudWatch agent is updated on the target instances every month. The default value is "
     * <code>false</code> ". <li><code>IsPolicyAttachAllowed</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether Quick Setup attaches
     * policies to instances profiles already associated with the target instances. The default
     * value is " <code>false</code> ". <li><code>TargetType</code> </ul>
     *
     * <ul> <li>Description: (Optional) Determines how instances are targeted for local account
     * deployments. Don't specify a value for this parameter if you're deploying to OUs. The valid
     * values are <code><em></code> , <code>InstanceIds</code> , <code>ResourceGroups</code> , and
     * <code>Tags</code> . Use <code></em></code> to target all instances in the account.
     * <li><code>TargetInstances</code> </ul>
     *
     * <ul> <li>Description: (Optional) A comma separated list of instance IDs. You must provide a
     * value for this parameter if you specify <code>InstanceIds</code> for the
     * <code>TargetType</code> parameter. <li><code>TargetTagKey</code> </ul>
     *
     * <ul> <li>Description: (Optional) The tag key assigned to the instances you want to target.
     * You must provide a value for this parameter if you specify <code>Tags</code> for the
     * <code>TargetType</code> parameter. <li><code>TargetTagValue</code> </ul>
     *
     * <ul> <li>Description: (Optional) The value of the tag key assigned to the instances you want
     * to target. You must provide a value for this parameter if you specify <code>Tags</code> for
     * the <code>TargetType</code> parameter. <li><code>ResourceGroupName</code> </ul>
     *
     * <ul> <li>Description: (Optional) The name of the resource group associated with the instances
     * you want to target. You must provide a value for this parameter if you specify
     * <code>ResourceGroups</code> for the <code>TargetType</code> parameter.
     * <li><code>TargetAccounts</code> </ul>
     *
     * <ul> <li>Description: (Optional) The ID of the AWS account initiating the configuration
     * deployment. You only need to provide a value for this parameter if you want to deploy the
     * configuration locally. A value must be provided for either <code>TargetAccounts</code> or
     * <code>TargetOrganizationalUnits</code> . <li><code>TargetOrganizationalUnits</code> </ul>
     *
     * <ul> <li>Description: (Optional) A comma separated list of organizational units (OUs) you
     * want to deploy the configuration to. <li><code>TargetRegions</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of AWS Regions you want to deploy the
     * configuration to. <li><b>OpsCenter (Type: AWS QuickSetupType-SSMOpsCenter)</b> - -
     * <code>DelegatedAccountId</code> </ul>
     *
     * <ul> <li>Description: (Required) The ID of the delegated administrator account.
     * <li><code>TargetOrganizationalUnits</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of organizational units (OUs) you
     * want to deploy the configuration to. <li><code>TargetRegions</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of AWS Regions you want to deploy the
     * configuration to. <li><b>Patch Policy (Type: AWS QuickSetupType-PatchPolicy)</b> - -
     * <code>PatchPolicyName</code> </ul>
     *
     * <ul> <li>Description: (Required) A name for the patch policy. The value you provide is
     * applied to target Amazon EC2 instances as a tag. <li><code>SelectedPatchBaselines</code>
     * </ul>
     *
     * <ul> <li>Description: (Required) An array of JSON objects containing the information for the
     * patch baselines to include in your patch policy. <li><code>PatchBaselineUseDefault</code>
     * </ul>
     *
     * <ul> <li>Description: (Optional) A value that determines whether the selected patch baselines
     * are all AWS provided. Supported values are <code>default</code> and <code>custom</code> .
     * <li><code>PatchBaselineRegion</code> </ul>
     *
     * <ul> <li>Description: (Required) The AWS Region where the patch baseline exist.
     * <li><code>ConfigurationOptionsPatchOperation</code> </ul>
     *
     * <ul> <li>Description: (Optional) Determines whether target instances scan for available
     * patches, or scan and install available patches. The valid values are <code>Scan</code> and
     * <code>ScanAndInstall</code> . The default value for the parameter is <code>Scan</code> .
     * <li><code>ConfigurationOptionsScanValue</code> </ul>
     *
     * <ul> <li>Description: (Optional) A cron expression that is used as the schedule for when
     * instances scan for available patches. <li><code>ConfigurationOptionsInstallValue</code> </ul>
     *
     * <ul> <li>Description: (Optional) A cron expression that is used as the schedule for when
     * instances install available patches. <li><code>ConfigurationOptionsScanNextInterval</code>
     * </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether instances should
     * scan for available patches at the next cron interval. The default value is "
     * <code>false</code> ". <li><code>ConfigurationOptionsInstallNextInterval</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether instances should
     * scan for available patches at the next cron interval. The default value is "
     * <code>false</code> ". <li><code>RebootOption</code> </ul>
     *
     * <ul> <li>Description: (Optional) Determines whether instances are rebooted after patches are
     * installed. Valid values are <code>RebootIfNeeded</code> and <code>NoReboot</code> .
     * <li><code>IsPolicyAttachAllowed</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether Quick Setup attaches
     * policies to instances profiles already associated with the target instances. The default
     * value is " <code>false</code> ". <li><code>OutputLogEnableS3</code> </ul>
     *
     * <ul> <li>Description: (Optional) A boolean value that determines whether command output logs
     * are sent to Amazon S3. <li><code>OutputS3Location</code> </ul>
     *
     * <ul> <li>Description: (Optional) Information about the Amazon S3 bucket where you want to
     * store the output details of the request. </ul>
     *
     * <ul> <li><code>OutputBucketRegion</code> </ul>
     *
     * <ul> <li>Description: (Optional) The AWS Region where the Amazon S3 bucket you want to
     * deliver command output to is located. <li><code>OutputS3BucketName</code> </ul>
     *
     * <ul> <li>Description: (Optional) The name of the Amazon S3 bucket you want to deliver command
     * output to. <li><code>OutputS3KeyPrefix</code> </ul>
     *
     * <ul> <li>Description: (Optional) The key prefix you want to use in the custom Amazon S3
     * bucket. <li><code>TargetType</code> </ul>
     *
     * <ul> <li>Description: (Optional) Determines how instances are targeted for local account
     * deployments. Don't specify a value for this parameter if you're deploying to OUs. The valid
     * values are <code><em></code> , <code>InstanceIds</code> , <code>ResourceGroups</code> , and
     * <code>Tags</code> . Use <code></em></code> to target all instances in the account.
     * <li><code>TargetInstances</code> </ul>
     *
     * <ul> <li>Description: (Optional) A comma separated list of instance IDs. You must provide a
     * value for this parameter if you specify <code>InstanceIds</code> for the
     * <code>TargetType</code> parameter. <li><code>TargetTagKey</code> </ul>
     *
     * <ul> <li>Description: (Required) The tag key assigned to the instances you want to target.
     * You must provide a value for this parameter if you specify <code>Tags</code> for the
     * <code>TargetType</code> parameter. <li><code>TargetTagValue</code> </ul>
     *
     * <ul> <li>Description: (Required) The value of the tag key assigned to the instances you want
     * to target. You must provide a value for this parameter if you specify <code>Tags</code> for
     * the <code>TargetType</code> parameter. <li><code>ResourceGroupName</code> </ul>
     *
     * <ul> <li>Description: (Required) The name of the resource group associated with the instances
     * you want to target. You must provide a value for this parameter if you specify
     * <code>ResourceGroups</code> for the <code>TargetType</code> parameter.
     * <li><code>TargetAccounts</code> </ul>
     *
     * <ul> <li>Description: (Optional) The ID of the AWS account initiating the configuration
     * deployment. You only need to provide a value for this parameter if you want to deploy the
     * configuration locally. A value must be provided for either <code>TargetAccounts</code> or
     * <code>TargetOrganizationalUnits</code> . <li><code>TargetOrganizationalUnits</code> </ul>
     *
     * <ul> <li>Description: (Optional) A comma separated list of organizational units (OUs) you
     * want to deploy the configuration to. <li><code>TargetRegions</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of AWS Regions you want to deploy the
     * configuration to. <li><b>Resource Explorer (Type: AWS QuickSetupType-ResourceExplorer)</b> -
     * - <code>SelectedAggregatorRegion</code> </ul>
     *
     * <ul> <li>Description: (Required) The AWS Region where you want to create the aggregator
     * index. <li><code>ReplaceExistingAggregator</code> </ul>
     *
     * <ul> <li>Description: (Required) A boolean value that determines whether to demote an
     * existing aggregator if it is in a Region that differs from the value you specify for the
     * <code>SelectedAggregatorRegion</code> . <li><code>TargetOrganizationalUnits</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of organizational units (OUs) you
     * want to deploy the configuration to. <li><code>TargetRegions</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of AWS Regions you want to deploy the
     * configuration to. <li><b>Resource Scheduler (Type: AWS QuickSetupType-Scheduler)</b> - -
     * <code>TargetTagKey</code> </ul>
     *
     * <ul> <li>Description: (Required) The tag key assigned to the instances you want to target.
     * <li><code>TargetTagValue</code> </ul>
     *
     * <ul> <li>Description: (Required) The value of the tag key assigned to the instances you want
     * to target. <li><code>ICalendarString</code> </ul>
     *
     * <ul> <li>Description: (Required) An iCalendar formatted string containing the schedule you
     * want Change Manager to use. <li><code>TargetAccounts</code> </ul>
     *
     * <ul> <li>Description: (Optional) The ID of the AWS account initiating the configuration
     * deployment. You only need to provide a value for this parameter if you want to deploy the
     * configuration locally. A value must be provided for either <code>TargetAccounts</code> or
     * <code>TargetOrganizationalUnits</code> . <li><code>TargetOrganizationalUnits</code> </ul>
     *
     * <ul> <li>Description: (Optional) A comma separated list of organizational units (OUs) you
     * want to deploy the configuration to. <li><code>TargetRegions</code> </ul>
     *
     * <ul> <li>Description: (Required) A comma separated list of AWS Regions you want to deploy the
     * configuration to. </ul>
     *
     * <p>Required. CloudFormation property {@code Parameters}.
     */
    public ConfigurationDefinition parameters(Map<String, String> value) {
      return set("Parameters", Value.mapOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
    public ConfigurationDefinition parameters(Value<Map<String, String>> value) {
      return set("Parameters", value);
    }

    /**
     * The type of the Quick Setup configuration.
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code
     * ^[a-zA-Z0-9_&#92;-.:/]{3,200}$}. CloudFormation property {@code Type}.
     */
    public ConfigurationDefinition type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ConfigurationDefinition type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The version of the Quick Setup type used.
     *
     * <p>Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation property
     * {@code TypeVersion}.
     */
    public ConfigurationDefinition typeVersion(String value) {
      return set("TypeVersion", Value.of(value));
    }

    /** Sets {@code TypeVersion} to this value; see {@link #typeVersion(String)}. */
    public ConfigurationDefinition typeVersion(Value<String> value) {
      return set("TypeVersion", value);
    }

    /**
     * The ID of the configuration definition.
     *
     * <p>CloudFormation property {@code id}.
     */
    public ConfigurationDefinition id(String value) {
      return set("id", Value.of(value));
    }

    /** Sets {@code id} to this value; see {@link #id(String)}. */
    public ConfigurationDefinition id(Value<String> value) {
      return set("id", value);
    }
  }

  /**
   * A summarized description of the status.
   *
   * <p>Property type {@code AWS::SSMQuickSetup::ConfigurationManager.StatusSummary}.
   */
  public static final class StatusSummary extends Struct<StatusSummary> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSMQuickSetup::ConfigurationManager.StatusSummary")
        .required("LastUpdatedAt", "StatusType")
        .allowed("Status", "INITIALIZING", "DEPLOYING", "SUCCEEDED", "DELETING", "STOPPING",
            "FAILED", "STOPPED", "DELETE_FAILED", "STOP_FAILED", "NONE")
        .allowed("StatusType", "Deployment", "AsyncExecutions")
        .build();

    public StatusSummary() {
      super(SCHEMA);
    }

    /**
     * The datetime stamp when the status was last updated.
     *
     * <p>Required. CloudFormation property {@code LastUpdatedAt}.
     */
    public StatusSummary lastUpdatedAt(String value) {
      return set("LastUpdatedAt", Value.of(value));
    }

    /** Sets {@code LastUpdatedAt} to this value; see {@link #lastUpdatedAt(String)}. */
    public StatusSummary lastUpdatedAt(Value<String> value) {
      return set("LastUpdatedAt", value);
    }

    /**
     * The current status.
     *
     * <p>Allowed values: {@code INITIALIZING}, {@code DEPLOYING}, {@code SUCCEEDED}, {@code
     * DELETING}, {@code STOPPING}, {@code FAILED}, {@code STOPPED}, {@code DELETE_FAILED}, {@code
     * STOP_FAILED}, {@code NONE}. CloudFormation property {@code Status}.
     */
    public StatusSummary status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public StatusSummary status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * Details about the status.
     *
     * <p>CloudFormation property {@code StatusDetails}.
     */
    public StatusSummary statusDetails(Map<String, String> value) {
      return set("StatusDetails", Value.mapOf(value));
    }

    /** Sets {@code StatusDetails} to this value; see {@link #statusDetails(Map)}. */
    public StatusSummary statusDetails(Value<Map<String, String>> value) {
      return set("StatusDetails", value);
    }

    /**
     * When applicable, returns an informational message relevant to the current status and status
     * type of the status summary object. We don't recommend implementing parsing logic around this
     * value since the messages returned can vary in format.
     *
     * <p>CloudFormation property {@code StatusMessage}.
     */
    public StatusSummary statusMessage(String value) {
      return set("StatusMessage", Value.of(value));
    }

    /** Sets {@code StatusMessage} to this value; see {@link #statusMessage(String)}. */
    public StatusSummary statusMessage(Value<String> value) {
      return set("StatusMessage", value);
    }

    /**
     * The type of a status summary.
     *
     * <p>Required. Allowed values: {@code Deployment}, {@code AsyncExecutions}. CloudFormation
     * property {@code StatusType}.
     */
    public StatusSummary statusType(String value) {
      return set("StatusType", Value.of(value));
    }

    /** Sets {@code StatusType} to this value; see {@link #statusType(String)}. */
    public StatusSummary statusType(Value<String> value) {
      return set("StatusType", value);
    }
  }
}
