// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS IoT (prefix {@code iot}), as the service authorization reference lists them.
 */
public final class Iot {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "iot";

  /** {@code iot:AcceptCertificateTransfer}: Write; on cert. */
  public static final Action ACCEPT_CERTIFICATE_TRANSFER = Action.of(PREFIX, "AcceptCertificateTransfer");

  /** {@code iot:AddThingToBillingGroup}: Write; on billinggroup, thing. */
  public static final Action ADD_THING_TO_BILLING_GROUP = Action.of(PREFIX, "AddThingToBillingGroup");

  /** {@code iot:AddThingToThingGroup}: Write; on thing, thinggroup. */
  public static final Action ADD_THING_TO_THING_GROUP = Action.of(PREFIX, "AddThingToThingGroup");

  /** {@code iot:AssociateSbomWithPackageVersion}: Write; on packageversion. */
  public static final Action ASSOCIATE_SBOM_WITH_PACKAGE_VERSION = Action.of(PREFIX, "AssociateSbomWithPackageVersion");

  /** {@code iot:AssociateTargetsWithJob}: Write; on job, thing, thinggroup. */
  public static final Action ASSOCIATE_TARGETS_WITH_JOB = Action.of(PREFIX, "AssociateTargetsWithJob");

  /** {@code iot:AttachPolicy}: Permissions management; on cert, thinggroup. */
  public static final Action ATTACH_POLICY = Action.of(PREFIX, "AttachPolicy");

  /** {@code iot:AttachPrincipalPolicy}: Permissions management; on cert. */
  public static final Action ATTACH_PRINCIPAL_POLICY = Action.of(PREFIX, "AttachPrincipalPolicy");

  /** {@code iot:AttachSecurityProfile}: Write; on custommetric, dimension, securityprofile, thinggroup. */
  public static final Action ATTACH_SECURITY_PROFILE = Action.of(PREFIX, "AttachSecurityProfile");

  /** {@code iot:AttachThingPrincipal}: Write; on cert. */
  public static final Action ATTACH_THING_PRINCIPAL = Action.of(PREFIX, "AttachThingPrincipal");

  /** {@code iot:CancelAuditMitigationActionsTask}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_AUDIT_MITIGATION_ACTIONS_TASK = Action.of(PREFIX, "CancelAuditMitigationActionsTask");

  /** {@code iot:CancelAuditTask}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_AUDIT_TASK = Action.of(PREFIX, "CancelAuditTask");

  /** {@code iot:CancelCertificateTransfer}: Write; on cert. */
  public static final Action CANCEL_CERTIFICATE_TRANSFER = Action.of(PREFIX, "CancelCertificateTransfer");

  /** {@code iot:CancelDetectMitigationActionsTask}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_DETECT_MITIGATION_ACTIONS_TASK = Action.of(PREFIX, "CancelDetectMitigationActionsTask");

  /** {@code iot:CancelJob}: Write; on job. */
  public static final Action CANCEL_JOB = Action.of(PREFIX, "CancelJob");

  /** {@code iot:CancelJobExecution}: Write; on job, thing. */
  public static final Action CANCEL_JOB_EXECUTION = Action.of(PREFIX, "CancelJobExecution");

  /** {@code iot:ClearDefaultAuthorizer}: Write; on no resource type (give {@code *}). */
  public static final Action CLEAR_DEFAULT_AUTHORIZER = Action.of(PREFIX, "ClearDefaultAuthorizer");

  /** {@code iot:CloseTunnel}: Write; on tunnel. */
  public static final Action CLOSE_TUNNEL = Action.of(PREFIX, "CloseTunnel");

  /** {@code iot:ConfirmTopicRuleDestination}: Write; on destination. */
  public static final Action CONFIRM_TOPIC_RULE_DESTINATION = Action.of(PREFIX, "ConfirmTopicRuleDestination");

  /** {@code iot:Connect}: Write; on client. */
  public static final Action CONNECT = Action.of(PREFIX, "Connect");

  /** {@code iot:CreateAuditSuppression}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_AUDIT_SUPPRESSION = Action.of(PREFIX, "CreateAuditSuppression");

  /** {@code iot:CreateAuthorizer}: Write; on authorizer. */
  public static final Action CREATE_AUTHORIZER = Action.of(PREFIX, "CreateAuthorizer");

  /** {@code iot:CreateBillingGroup}: Write; on billinggroup. */
  public static final Action CREATE_BILLING_GROUP = Action.of(PREFIX, "CreateBillingGroup");

  /** {@code iot:CreateCertificateFromCsr}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CERTIFICATE_FROM_CSR = Action.of(PREFIX, "CreateCertificateFromCsr");

  /** {@code iot:CreateCertificateProvider}: Write; on certificateprovider. */
  public static final Action CREATE_CERTIFICATE_PROVIDER = Action.of(PREFIX, "CreateCertificateProvider");

  /** {@code iot:CreateCommand}: Write; on command. */
  public static final Action CREATE_COMMAND = Action.of(PREFIX, "CreateCommand");

  /** {@code iot:CreateCustomMetric}: Write; on custommetric. */
  public static final Action CREATE_CUSTOM_METRIC = Action.of(PREFIX, "CreateCustomMetric");

  /** {@code iot:CreateDimension}: Write; on dimension. */
  public static final Action CREATE_DIMENSION = Action.of(PREFIX, "CreateDimension");

  /** {@code iot:CreateDomainConfiguration}: Write; on domainconfiguration. */
  public static final Action CREATE_DOMAIN_CONFIGURATION = Action.of(PREFIX, "CreateDomainConfiguration");

  /** {@code iot:CreateDynamicThingGroup}: Write; on dynamicthinggroup. */
  public static final Action CREATE_DYNAMIC_THING_GROUP = Action.of(PREFIX, "CreateDynamicThingGroup");

  /** {@code iot:CreateFleetMetric}: Write; on fleetmetric, index. */
  public static final Action CREATE_FLEET_METRIC = Action.of(PREFIX, "CreateFleetMetric");

  /** {@code iot:CreateJob}: Write; on job, jobtemplate, package, packageversion, thing, thinggroup. */
  public static final Action CREATE_JOB = Action.of(PREFIX, "CreateJob");

  /** {@code iot:CreateJobTemplate}: Write; on job, jobtemplate, package, packageversion. */
  public static final Action CREATE_JOB_TEMPLATE = Action.of(PREFIX, "CreateJobTemplate");

  /** {@code iot:CreateKeysAndCertificate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_KEYS_AND_CERTIFICATE = Action.of(PREFIX, "CreateKeysAndCertificate");

  /** {@code iot:CreateMitigationAction}: Write; on mitigationaction. */
  public static final Action CREATE_MITIGATION_ACTION = Action.of(PREFIX, "CreateMitigationAction");

  /** {@code iot:CreateOTAUpdate}: Write; on otaupdate. */
  public static final Action CREATE_OTA_UPDATE = Action.of(PREFIX, "CreateOTAUpdate");

  /** {@code iot:CreatePackage}: Write; on package. */
  public static final Action CREATE_PACKAGE = Action.of(PREFIX, "CreatePackage");

  /** {@code iot:CreatePackageVersion}: Write; on package, packageversion. */
  public static final Action CREATE_PACKAGE_VERSION = Action.of(PREFIX, "CreatePackageVersion");

  /** {@code iot:CreatePolicy}: Permissions management; on policy. */
  public static final Action CREATE_POLICY = Action.of(PREFIX, "CreatePolicy");

  /** {@code iot:CreatePolicyVersion}: Permissions management; on policy. */
  public static final Action CREATE_POLICY_VERSION = Action.of(PREFIX, "CreatePolicyVersion");

  /** {@code iot:CreateProvisioningClaim}: Write; on provisioningtemplate. */
  public static final Action CREATE_PROVISIONING_CLAIM = Action.of(PREFIX, "CreateProvisioningClaim");

  /** {@code iot:CreateProvisioningTemplate}: Write; on provisioningtemplate. */
  public static final Action CREATE_PROVISIONING_TEMPLATE = Action.of(PREFIX, "CreateProvisioningTemplate");

  /** {@code iot:CreateProvisioningTemplateVersion}: Write; on provisioningtemplate. */
  public static final Action CREATE_PROVISIONING_TEMPLATE_VERSION = Action.of(PREFIX, "CreateProvisioningTemplateVersion");

  /** {@code iot:CreateRoleAlias}: Write; on rolealias. */
  public static final Action CREATE_ROLE_ALIAS = Action.of(PREFIX, "CreateRoleAlias");

  /** {@code iot:CreateScheduledAudit}: Write; on scheduledaudit. */
  public static final Action CREATE_SCHEDULED_AUDIT = Action.of(PREFIX, "CreateScheduledAudit");

  /** {@code iot:CreateSecurityProfile}: Write; on custommetric, dimension, securityprofile. */
  public static final Action CREATE_SECURITY_PROFILE = Action.of(PREFIX, "CreateSecurityProfile");

  /** {@code iot:CreateStream}: Write; on stream. */
  public static final Action CREATE_STREAM = Action.of(PREFIX, "CreateStream");

  /** {@code iot:CreateThing}: Write; on billinggroup, thing. */
  public static final Action CREATE_THING = Action.of(PREFIX, "CreateThing");

  /** {@code iot:CreateThingGroup}: Write; on thinggroup. */
  public static final Action CREATE_THING_GROUP = Action.of(PREFIX, "CreateThingGroup");

  /** {@code iot:CreateThingType}: Write; on thingtype. */
  public static final Action CREATE_THING_TYPE = Action.of(PREFIX, "CreateThingType");

  /** {@code iot:CreateTopicRule}: Write; on rule. */
  public static final Action CREATE_TOPIC_RULE = Action.of(PREFIX, "CreateTopicRule");

  /** {@code iot:CreateTopicRuleDestination}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_TOPIC_RULE_DESTINATION = Action.of(PREFIX, "CreateTopicRuleDestination");

  /** {@code iot:DeleteAccountAuditConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_AUDIT_CONFIGURATION = Action.of(PREFIX, "DeleteAccountAuditConfiguration");

  /** {@code iot:DeleteAuditSuppression}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_AUDIT_SUPPRESSION = Action.of(PREFIX, "DeleteAuditSuppression");

  /** {@code iot:DeleteAuthorizer}: Write; on authorizer. */
  public static final Action DELETE_AUTHORIZER = Action.of(PREFIX, "DeleteAuthorizer");

  /** {@code iot:DeleteBillingGroup}: Write; on billinggroup. */
  public static final Action DELETE_BILLING_GROUP = Action.of(PREFIX, "DeleteBillingGroup");

  /** {@code iot:DeleteCACertificate}: Write; on cacert. */
  public static final Action DELETE_CA_CERTIFICATE = Action.of(PREFIX, "DeleteCACertificate");

  /** {@code iot:DeleteCertificate}: Write; on cert. */
  public static final Action DELETE_CERTIFICATE = Action.of(PREFIX, "DeleteCertificate");

  /** {@code iot:DeleteCertificateProvider}: Write; on certificateprovider. */
  public static final Action DELETE_CERTIFICATE_PROVIDER = Action.of(PREFIX, "DeleteCertificateProvider");

  /** {@code iot:DeleteCommand}: Write; on command. */
  public static final Action DELETE_COMMAND = Action.of(PREFIX, "DeleteCommand");

  /** {@code iot:DeleteCommandExecution}: Write; on client, thing. */
  public static final Action DELETE_COMMAND_EXECUTION = Action.of(PREFIX, "DeleteCommandExecution");

  /** {@code iot:DeleteConnection}: Write; on client. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code iot:DeleteCustomMetric}: Write; on custommetric. */
  public static final Action DELETE_CUSTOM_METRIC = Action.of(PREFIX, "DeleteCustomMetric");

  /** {@code iot:DeleteDimension}: Write; on dimension. */
  public static final Action DELETE_DIMENSION = Action.of(PREFIX, "DeleteDimension");

  /** {@code iot:DeleteDomainConfiguration}: Write; on domainconfiguration. */
  public static final Action DELETE_DOMAIN_CONFIGURATION = Action.of(PREFIX, "DeleteDomainConfiguration");

  /** {@code iot:DeleteDynamicThingGroup}: Write; on dynamicthinggroup. */
  public static final Action DELETE_DYNAMIC_THING_GROUP = Action.of(PREFIX, "DeleteDynamicThingGroup");

  /** {@code iot:DeleteFleetMetric}: Write; on fleetmetric. */
  public static final Action DELETE_FLEET_METRIC = Action.of(PREFIX, "DeleteFleetMetric");

  /** {@code iot:DeleteJob}: Write; on job. */
  public static final Action DELETE_JOB = Action.of(PREFIX, "DeleteJob");

  /** {@code iot:DeleteJobExecution}: Write; on job, thing. */
  public static final Action DELETE_JOB_EXECUTION = Action.of(PREFIX, "DeleteJobExecution");

  /** {@code iot:DeleteJobTemplate}: Write; on jobtemplate. */
  public static final Action DELETE_JOB_TEMPLATE = Action.of(PREFIX, "DeleteJobTemplate");

  /** {@code iot:DeleteMitigationAction}: Write; on mitigationaction. */
  public static final Action DELETE_MITIGATION_ACTION = Action.of(PREFIX, "DeleteMitigationAction");

  /** {@code iot:DeleteOTAUpdate}: Write; on otaupdate. */
  public static final Action DELETE_OTA_UPDATE = Action.of(PREFIX, "DeleteOTAUpdate");

  /** {@code iot:DeletePackage}: Write; on package. */
  public static final Action DELETE_PACKAGE = Action.of(PREFIX, "DeletePackage");

  /** {@code iot:DeletePackageVersion}: Write; on package, packageversion. */
  public static final Action DELETE_PACKAGE_VERSION = Action.of(PREFIX, "DeletePackageVersion");

  /** {@code iot:DeletePolicy}: Permissions management; on policy. */
  public static final Action DELETE_POLICY = Action.of(PREFIX, "DeletePolicy");

  /** {@code iot:DeletePolicyVersion}: Permissions management; on policy. */
  public static final Action DELETE_POLICY_VERSION = Action.of(PREFIX, "DeletePolicyVersion");

  /** {@code iot:DeleteProvisioningTemplate}: Write; on provisioningtemplate. */
  public static final Action DELETE_PROVISIONING_TEMPLATE = Action.of(PREFIX, "DeleteProvisioningTemplate");

  /** {@code iot:DeleteProvisioningTemplateVersion}: Write; on provisioningtemplate. */
  public static final Action DELETE_PROVISIONING_TEMPLATE_VERSION = Action.of(PREFIX, "DeleteProvisioningTemplateVersion");

  /** {@code iot:DeleteRegistrationCode}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_REGISTRATION_CODE = Action.of(PREFIX, "DeleteRegistrationCode");

  /** {@code iot:DeleteRoleAlias}: Write; on rolealias. */
  public static final Action DELETE_ROLE_ALIAS = Action.of(PREFIX, "DeleteRoleAlias");

  /** {@code iot:DeleteScheduledAudit}: Write; on scheduledaudit. */
  public static final Action DELETE_SCHEDULED_AUDIT = Action.of(PREFIX, "DeleteScheduledAudit");

  /** {@code iot:DeleteSecurityProfile}: Write; on custommetric, dimension, securityprofile. */
  public static final Action DELETE_SECURITY_PROFILE = Action.of(PREFIX, "DeleteSecurityProfile");

  /** {@code iot:DeleteStream}: Write; on stream. */
  public static final Action DELETE_STREAM = Action.of(PREFIX, "DeleteStream");

  /** {@code iot:DeleteThing}: Write; on thing. */
  public static final Action DELETE_THING = Action.of(PREFIX, "DeleteThing");

  /** {@code iot:DeleteThingGroup}: Write; on thinggroup. */
  public static final Action DELETE_THING_GROUP = Action.of(PREFIX, "DeleteThingGroup");

  /** {@code iot:DeleteThingShadow}: Write; on thing. */
  public static final Action DELETE_THING_SHADOW = Action.of(PREFIX, "DeleteThingShadow");

  /** {@code iot:DeleteThingType}: Write; on thingtype. */
  public static final Action DELETE_THING_TYPE = Action.of(PREFIX, "DeleteThingType");

  /** {@code iot:DeleteTopicRule}: Write; on rule. */
  public static final Action DELETE_TOPIC_RULE = Action.of(PREFIX, "DeleteTopicRule");

  /** {@code iot:DeleteTopicRuleDestination}: Write; on destination. */
  public static final Action DELETE_TOPIC_RULE_DESTINATION = Action.of(PREFIX, "DeleteTopicRuleDestination");

  /** {@code iot:DeleteV2LoggingLevel}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_V2_LOGGING_LEVEL = Action.of(PREFIX, "DeleteV2LoggingLevel");

  /** {@code iot:DeprecateThingType}: Write; on thingtype. */
  public static final Action DEPRECATE_THING_TYPE = Action.of(PREFIX, "DeprecateThingType");

  /** {@code iot:DescribeAccountAuditConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_AUDIT_CONFIGURATION = Action.of(PREFIX, "DescribeAccountAuditConfiguration");

  /** {@code iot:DescribeAuditFinding}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AUDIT_FINDING = Action.of(PREFIX, "DescribeAuditFinding");

  /** {@code iot:DescribeAuditMitigationActionsTask}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AUDIT_MITIGATION_ACTIONS_TASK = Action.of(PREFIX, "DescribeAuditMitigationActionsTask");

  /** {@code iot:DescribeAuditSuppression}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AUDIT_SUPPRESSION = Action.of(PREFIX, "DescribeAuditSuppression");

  /** {@code iot:DescribeAuditTask}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AUDIT_TASK = Action.of(PREFIX, "DescribeAuditTask");

  /** {@code iot:DescribeAuthorizer}: Read; on authorizer. */
  public static final Action DESCRIBE_AUTHORIZER = Action.of(PREFIX, "DescribeAuthorizer");

  /** {@code iot:DescribeBillingGroup}: Read; on billinggroup. */
  public static final Action DESCRIBE_BILLING_GROUP = Action.of(PREFIX, "DescribeBillingGroup");

  /** {@code iot:DescribeCACertificate}: Read; on cacert. */
  public static final Action DESCRIBE_CA_CERTIFICATE = Action.of(PREFIX, "DescribeCACertificate");

  /** {@code iot:DescribeCertificate}: Read; on cert. */
  public static final Action DESCRIBE_CERTIFICATE = Action.of(PREFIX, "DescribeCertificate");

  /** {@code iot:DescribeCertificateProvider}: Read; on certificateprovider. */
  public static final Action DESCRIBE_CERTIFICATE_PROVIDER = Action.of(PREFIX, "DescribeCertificateProvider");

  /** {@code iot:DescribeCustomMetric}: Read; on custommetric. */
  public static final Action DESCRIBE_CUSTOM_METRIC = Action.of(PREFIX, "DescribeCustomMetric");

  /** {@code iot:DescribeDefaultAuthorizer}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DEFAULT_AUTHORIZER = Action.of(PREFIX, "DescribeDefaultAuthorizer");

  /** {@code iot:DescribeDetectMitigationActionsTask}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DETECT_MITIGATION_ACTIONS_TASK = Action.of(PREFIX, "DescribeDetectMitigationActionsTask");

  /** {@code iot:DescribeDimension}: Read; on dimension. */
  public static final Action DESCRIBE_DIMENSION = Action.of(PREFIX, "DescribeDimension");

  /** {@code iot:DescribeDomainConfiguration}: Read; on domainconfiguration. */
  public static final Action DESCRIBE_DOMAIN_CONFIGURATION = Action.of(PREFIX, "DescribeDomainConfiguration");

  /** {@code iot:DescribeEncryptionConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "DescribeEncryptionConfiguration");

  /** {@code iot:DescribeEndpoint}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENDPOINT = Action.of(PREFIX, "DescribeEndpoint");

  /** {@code iot:DescribeEventConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENT_CONFIGURATIONS = Action.of(PREFIX, "DescribeEventConfigurations");

  /** {@code iot:DescribeFleetMetric}: Read; on fleetmetric. */
  public static final Action DESCRIBE_FLEET_METRIC = Action.of(PREFIX, "DescribeFleetMetric");

  /** {@code iot:DescribeIndex}: Read; on index. */
  public static final Action DESCRIBE_INDEX = Action.of(PREFIX, "DescribeIndex");

  /** {@code iot:DescribeJob}: Read; on job. */
  public static final Action DESCRIBE_JOB = Action.of(PREFIX, "DescribeJob");

  /** {@code iot:DescribeJobExecution}: Read; on job, thing. */
  public static final Action DESCRIBE_JOB_EXECUTION = Action.of(PREFIX, "DescribeJobExecution");

  /** {@code iot:DescribeJobTemplate}: Read; on jobtemplate. */
  public static final Action DESCRIBE_JOB_TEMPLATE = Action.of(PREFIX, "DescribeJobTemplate");

  /** {@code iot:DescribeManagedJobTemplate}: Read; on jobtemplate. */
  public static final Action DESCRIBE_MANAGED_JOB_TEMPLATE = Action.of(PREFIX, "DescribeManagedJobTemplate");

  /** {@code iot:DescribeMitigationAction}: Read; on mitigationaction. */
  public static final Action DESCRIBE_MITIGATION_ACTION = Action.of(PREFIX, "DescribeMitigationAction");

  /** {@code iot:DescribeProvisioningTemplate}: Read; on provisioningtemplate. */
  public static final Action DESCRIBE_PROVISIONING_TEMPLATE = Action.of(PREFIX, "DescribeProvisioningTemplate");

  /** {@code iot:DescribeProvisioningTemplateVersion}: Read; on provisioningtemplate. */
  public static final Action DESCRIBE_PROVISIONING_TEMPLATE_VERSION = Action.of(PREFIX, "DescribeProvisioningTemplateVersion");

  /** {@code iot:DescribeRoleAlias}: Read; on rolealias. */
  public static final Action DESCRIBE_ROLE_ALIAS = Action.of(PREFIX, "DescribeRoleAlias");

  /** {@code iot:DescribeScheduledAudit}: Read; on scheduledaudit. */
  public static final Action DESCRIBE_SCHEDULED_AUDIT = Action.of(PREFIX, "DescribeScheduledAudit");

  /** {@code iot:DescribeSecurityProfile}: Read; on securityprofile. */
  public static final Action DESCRIBE_SECURITY_PROFILE = Action.of(PREFIX, "DescribeSecurityProfile");

  /** {@code iot:DescribeStream}: Read; on stream. */
  public static final Action DESCRIBE_STREAM = Action.of(PREFIX, "DescribeStream");

  /** {@code iot:DescribeThing}: Read; on thing. */
  public static final Action DESCRIBE_THING = Action.of(PREFIX, "DescribeThing");

  /** {@code iot:DescribeThingGroup}: Read; on thinggroup. */
  public static final Action DESCRIBE_THING_GROUP = Action.of(PREFIX, "DescribeThingGroup");

  /** {@code iot:DescribeThingRegistrationTask}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_THING_REGISTRATION_TASK = Action.of(PREFIX, "DescribeThingRegistrationTask");

  /** {@code iot:DescribeThingType}: Read; on thingtype. */
  public static final Action DESCRIBE_THING_TYPE = Action.of(PREFIX, "DescribeThingType");

  /** {@code iot:DescribeTunnel}: Read; on tunnel. */
  public static final Action DESCRIBE_TUNNEL = Action.of(PREFIX, "DescribeTunnel");

  /** {@code iot:DetachPolicy}: Permissions management; on cert, thinggroup. */
  public static final Action DETACH_POLICY = Action.of(PREFIX, "DetachPolicy");

  /** {@code iot:DetachPrincipalPolicy}: Permissions management; on cert. */
  public static final Action DETACH_PRINCIPAL_POLICY = Action.of(PREFIX, "DetachPrincipalPolicy");

  /** {@code iot:DetachSecurityProfile}: Write; on custommetric, dimension, securityprofile, thinggroup. */
  public static final Action DETACH_SECURITY_PROFILE = Action.of(PREFIX, "DetachSecurityProfile");

  /** {@code iot:DetachThingPrincipal}: Write; on cert. */
  public static final Action DETACH_THING_PRINCIPAL = Action.of(PREFIX, "DetachThingPrincipal");

  /** {@code iot:DisableTopicRule}: Write; on rule. */
  public static final Action DISABLE_TOPIC_RULE = Action.of(PREFIX, "DisableTopicRule");

  /** {@code iot:DisassociateSbomFromPackageVersion}: Write; on packageversion. */
  public static final Action DISASSOCIATE_SBOM_FROM_PACKAGE_VERSION = Action.of(PREFIX, "DisassociateSbomFromPackageVersion");

  /** {@code iot:EnableTopicRule}: Write; on rule. */
  public static final Action ENABLE_TOPIC_RULE = Action.of(PREFIX, "EnableTopicRule");

  /** {@code iot:GetBehaviorModelTrainingSummaries}: List; on securityprofile. */
  public static final Action GET_BEHAVIOR_MODEL_TRAINING_SUMMARIES = Action.of(PREFIX, "GetBehaviorModelTrainingSummaries");

  /** {@code iot:GetBucketsAggregation}: Read; on index. */
  public static final Action GET_BUCKETS_AGGREGATION = Action.of(PREFIX, "GetBucketsAggregation");

  /** {@code iot:GetCardinality}: Read; on index. */
  public static final Action GET_CARDINALITY = Action.of(PREFIX, "GetCardinality");

  /** {@code iot:GetCommand}: Read; on command. */
  public static final Action GET_COMMAND = Action.of(PREFIX, "GetCommand");

  /** {@code iot:GetCommandExecution}: Read; on client, thing. */
  public static final Action GET_COMMAND_EXECUTION = Action.of(PREFIX, "GetCommandExecution");

  /** {@code iot:GetEffectivePolicies}: Read; on cert. */
  public static final Action GET_EFFECTIVE_POLICIES = Action.of(PREFIX, "GetEffectivePolicies");

  /** {@code iot:GetIndexingConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INDEXING_CONFIGURATION = Action.of(PREFIX, "GetIndexingConfiguration");

  /** {@code iot:GetJobDocument}: Read; on job. */
  public static final Action GET_JOB_DOCUMENT = Action.of(PREFIX, "GetJobDocument");

  /** {@code iot:GetLoggingOptions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LOGGING_OPTIONS = Action.of(PREFIX, "GetLoggingOptions");

  /** {@code iot:GetOTAUpdate}: Read; on otaupdate. */
  public static final Action GET_OTA_UPDATE = Action.of(PREFIX, "GetOTAUpdate");

  /** {@code iot:GetPackage}: Read; on package. */
  public static final Action GET_PACKAGE = Action.of(PREFIX, "GetPackage");

  /** {@code iot:GetPackageConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PACKAGE_CONFIGURATION = Action.of(PREFIX, "GetPackageConfiguration");

  /** {@code iot:GetPackageVersion}: Read; on package, packageversion. */
  public static final Action GET_PACKAGE_VERSION = Action.of(PREFIX, "GetPackageVersion");

  /** {@code iot:GetPercentiles}: Read; on index. */
  public static final Action GET_PERCENTILES = Action.of(PREFIX, "GetPercentiles");

  /** {@code iot:GetPolicy}: Read; on policy. */
  public static final Action GET_POLICY = Action.of(PREFIX, "GetPolicy");

  /** {@code iot:GetPolicyVersion}: Read; on policy. */
  public static final Action GET_POLICY_VERSION = Action.of(PREFIX, "GetPolicyVersion");

  /** {@code iot:GetRegistrationCode}: Read; on no resource type (give {@code *}). */
  public static final Action GET_REGISTRATION_CODE = Action.of(PREFIX, "GetRegistrationCode");

  /** {@code iot:GetRetainedMessage}: Read; on topic. */
  public static final Action GET_RETAINED_MESSAGE = Action.of(PREFIX, "GetRetainedMessage");

  /** {@code iot:GetStatistics}: Read; on index. */
  public static final Action GET_STATISTICS = Action.of(PREFIX, "GetStatistics");

  /** {@code iot:GetThingConnectivityData}: Read; on thing. */
  public static final Action GET_THING_CONNECTIVITY_DATA = Action.of(PREFIX, "GetThingConnectivityData");

  /** {@code iot:GetThingShadow}: Read; on thing. */
  public static final Action GET_THING_SHADOW = Action.of(PREFIX, "GetThingShadow");

  /** {@code iot:GetTopicRule}: Read; on rule. */
  public static final Action GET_TOPIC_RULE = Action.of(PREFIX, "GetTopicRule");

  /** {@code iot:GetTopicRuleDestination}: Read; on destination. */
  public static final Action GET_TOPIC_RULE_DESTINATION = Action.of(PREFIX, "GetTopicRuleDestination");

  /** {@code iot:GetV2LoggingOptions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_V2_LOGGING_OPTIONS = Action.of(PREFIX, "GetV2LoggingOptions");

  /** {@code iot:ListActiveViolations}: List; on securityprofile, thing. */
  public static final Action LIST_ACTIVE_VIOLATIONS = Action.of(PREFIX, "ListActiveViolations");

  /** {@code iot:ListAttachedPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ATTACHED_POLICIES = Action.of(PREFIX, "ListAttachedPolicies");

  /** {@code iot:ListAuditFindings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUDIT_FINDINGS = Action.of(PREFIX, "ListAuditFindings");

  /** {@code iot:ListAuditMitigationActionsExecutions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUDIT_MITIGATION_ACTIONS_EXECUTIONS = Action.of(PREFIX, "ListAuditMitigationActionsExecutions");

  /** {@code iot:ListAuditMitigationActionsTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUDIT_MITIGATION_ACTIONS_TASKS = Action.of(PREFIX, "ListAuditMitigationActionsTasks");

  /** {@code iot:ListAuditSuppressions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUDIT_SUPPRESSIONS = Action.of(PREFIX, "ListAuditSuppressions");

  /** {@code iot:ListAuditTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUDIT_TASKS = Action.of(PREFIX, "ListAuditTasks");

  /** {@code iot:ListAuthorizers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTHORIZERS = Action.of(PREFIX, "ListAuthorizers");

  /** {@code iot:ListBillingGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BILLING_GROUPS = Action.of(PREFIX, "ListBillingGroups");

  /** {@code iot:ListCACertificates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CA_CERTIFICATES = Action.of(PREFIX, "ListCACertificates");

  /** {@code iot:ListCertificateProviders}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CERTIFICATE_PROVIDERS = Action.of(PREFIX, "ListCertificateProviders");

  /** {@code iot:ListCertificates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CERTIFICATES = Action.of(PREFIX, "ListCertificates");

  /** {@code iot:ListCertificatesByCA}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CERTIFICATES_BY_CA = Action.of(PREFIX, "ListCertificatesByCA");

  /** {@code iot:ListCommandExecutions}: List; on client, command, thing. */
  public static final Action LIST_COMMAND_EXECUTIONS = Action.of(PREFIX, "ListCommandExecutions");

  /** {@code iot:ListCommands}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMMANDS = Action.of(PREFIX, "ListCommands");

  /** {@code iot:ListCustomMetrics}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_METRICS = Action.of(PREFIX, "ListCustomMetrics");

  /** {@code iot:ListDetectMitigationActionsExecutions}: List; on thing. */
  public static final Action LIST_DETECT_MITIGATION_ACTIONS_EXECUTIONS = Action.of(PREFIX, "ListDetectMitigationActionsExecutions");

  /** {@code iot:ListDetectMitigationActionsTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DETECT_MITIGATION_ACTIONS_TASKS = Action.of(PREFIX, "ListDetectMitigationActionsTasks");

  /** {@code iot:ListDimensions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DIMENSIONS = Action.of(PREFIX, "ListDimensions");

  /** {@code iot:ListDomainConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAIN_CONFIGURATIONS = Action.of(PREFIX, "ListDomainConfigurations");

  /** {@code iot:ListFleetMetrics}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FLEET_METRICS = Action.of(PREFIX, "ListFleetMetrics");

  /** {@code iot:ListIndices}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INDICES = Action.of(PREFIX, "ListIndices");

  /** {@code iot:ListJobExecutionsForJob}: List; on job. */
  public static final Action LIST_JOB_EXECUTIONS_FOR_JOB = Action.of(PREFIX, "ListJobExecutionsForJob");

  /** {@code iot:ListJobExecutionsForThing}: List; on thing. */
  public static final Action LIST_JOB_EXECUTIONS_FOR_THING = Action.of(PREFIX, "ListJobExecutionsForThing");

  /** {@code iot:ListJobTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOB_TEMPLATES = Action.of(PREFIX, "ListJobTemplates");

  /** {@code iot:ListJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code iot:ListManagedJobTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_JOB_TEMPLATES = Action.of(PREFIX, "ListManagedJobTemplates");

  /** {@code iot:ListMetricValues}: List; on thing. */
  public static final Action LIST_METRIC_VALUES = Action.of(PREFIX, "ListMetricValues");

  /** {@code iot:ListMitigationActions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MITIGATION_ACTIONS = Action.of(PREFIX, "ListMitigationActions");

  /** {@code iot:ListNamedShadowsForThing}: List; on thing. */
  public static final Action LIST_NAMED_SHADOWS_FOR_THING = Action.of(PREFIX, "ListNamedShadowsForThing");

  /** {@code iot:ListOTAUpdates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OTA_UPDATES = Action.of(PREFIX, "ListOTAUpdates");

  /** {@code iot:ListOutgoingCertificates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OUTGOING_CERTIFICATES = Action.of(PREFIX, "ListOutgoingCertificates");

  /** {@code iot:ListPackageVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PACKAGE_VERSIONS = Action.of(PREFIX, "ListPackageVersions");

  /** {@code iot:ListPackages}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PACKAGES = Action.of(PREFIX, "ListPackages");

  /** {@code iot:ListPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_POLICIES = Action.of(PREFIX, "ListPolicies");

  /** {@code iot:ListPolicyPrincipals}: List; on no resource type (give {@code *}). */
  public static final Action LIST_POLICY_PRINCIPALS = Action.of(PREFIX, "ListPolicyPrincipals");

  /** {@code iot:ListPolicyVersions}: List; on policy. */
  public static final Action LIST_POLICY_VERSIONS = Action.of(PREFIX, "ListPolicyVersions");

  /** {@code iot:ListPrincipalPolicies}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PRINCIPAL_POLICIES = Action.of(PREFIX, "ListPrincipalPolicies");

  /** {@code iot:ListPrincipalThings}: List; on cert. */
  public static final Action LIST_PRINCIPAL_THINGS = Action.of(PREFIX, "ListPrincipalThings");

  /** {@code iot:ListPrincipalThingsV2}: List; on cert. */
  public static final Action LIST_PRINCIPAL_THINGS_V2 = Action.of(PREFIX, "ListPrincipalThingsV2");

  /** {@code iot:ListProvisioningTemplateVersions}: List; on provisioningtemplate. */
  public static final Action LIST_PROVISIONING_TEMPLATE_VERSIONS = Action.of(PREFIX, "ListProvisioningTemplateVersions");

  /** {@code iot:ListProvisioningTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROVISIONING_TEMPLATES = Action.of(PREFIX, "ListProvisioningTemplates");

  /** {@code iot:ListRelatedResourcesForAuditFinding}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RELATED_RESOURCES_FOR_AUDIT_FINDING = Action.of(PREFIX, "ListRelatedResourcesForAuditFinding");

  /** {@code iot:ListRetainedMessages}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RETAINED_MESSAGES = Action.of(PREFIX, "ListRetainedMessages");

  /** {@code iot:ListRoleAliases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ROLE_ALIASES = Action.of(PREFIX, "ListRoleAliases");

  /** {@code iot:ListSbomValidationResults}: List; on packageversion. */
  public static final Action LIST_SBOM_VALIDATION_RESULTS = Action.of(PREFIX, "ListSbomValidationResults");

  /** {@code iot:ListScheduledAudits}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCHEDULED_AUDITS = Action.of(PREFIX, "ListScheduledAudits");

  /** {@code iot:ListSecurityProfiles}: List; on custommetric, dimension. */
  public static final Action LIST_SECURITY_PROFILES = Action.of(PREFIX, "ListSecurityProfiles");

  /** {@code iot:ListSecurityProfilesForTarget}: List; on thinggroup. */
  public static final Action LIST_SECURITY_PROFILES_FOR_TARGET = Action.of(PREFIX, "ListSecurityProfilesForTarget");

  /** {@code iot:ListStreams}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STREAMS = Action.of(PREFIX, "ListStreams");

  /** {@code iot:ListTagsForResource}: Read; on authorizer, billinggroup, cacert, certificateprovider, command, custommetric, dimension, domainconfiguration, dynamicthinggroup, fleetmetric, job, jobtemplate, mitigationaction, otaupdate, policy, provisioningtemplate, rolealias, rule, scheduledaudit, securityprofile, stream, thinggroup, thingtype. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code iot:ListTargetsForPolicy}: List; on policy. */
  public static final Action LIST_TARGETS_FOR_POLICY = Action.of(PREFIX, "ListTargetsForPolicy");

  /** {@code iot:ListTargetsForSecurityProfile}: List; on securityprofile. */
  public static final Action LIST_TARGETS_FOR_SECURITY_PROFILE = Action.of(PREFIX, "ListTargetsForSecurityProfile");

  /** {@code iot:ListThingGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_THING_GROUPS = Action.of(PREFIX, "ListThingGroups");

  /** {@code iot:ListThingGroupsForThing}: List; on thing. */
  public static final Action LIST_THING_GROUPS_FOR_THING = Action.of(PREFIX, "ListThingGroupsForThing");

  /** {@code iot:ListThingPrincipals}: List; on thing. */
  public static final Action LIST_THING_PRINCIPALS = Action.of(PREFIX, "ListThingPrincipals");

  /** {@code iot:ListThingPrincipalsV2}: List; on thing. */
  public static final Action LIST_THING_PRINCIPALS_V2 = Action.of(PREFIX, "ListThingPrincipalsV2");

  /** {@code iot:ListThingRegistrationTaskReports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_THING_REGISTRATION_TASK_REPORTS = Action.of(PREFIX, "ListThingRegistrationTaskReports");

  /** {@code iot:ListThingRegistrationTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_THING_REGISTRATION_TASKS = Action.of(PREFIX, "ListThingRegistrationTasks");

  /** {@code iot:ListThingTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_THING_TYPES = Action.of(PREFIX, "ListThingTypes");

  /** {@code iot:ListThings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_THINGS = Action.of(PREFIX, "ListThings");

  /** {@code iot:ListThingsInBillingGroup}: List; on billinggroup. */
  public static final Action LIST_THINGS_IN_BILLING_GROUP = Action.of(PREFIX, "ListThingsInBillingGroup");

  /** {@code iot:ListThingsInThingGroup}: List; on thinggroup. */
  public static final Action LIST_THINGS_IN_THING_GROUP = Action.of(PREFIX, "ListThingsInThingGroup");

  /** {@code iot:ListTopicRuleDestinations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TOPIC_RULE_DESTINATIONS = Action.of(PREFIX, "ListTopicRuleDestinations");

  /** {@code iot:ListTopicRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TOPIC_RULES = Action.of(PREFIX, "ListTopicRules");

  /** {@code iot:ListTunnels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TUNNELS = Action.of(PREFIX, "ListTunnels");

  /** {@code iot:ListV2LoggingLevels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_V2_LOGGING_LEVELS = Action.of(PREFIX, "ListV2LoggingLevels");

  /** {@code iot:ListViolationEvents}: List; on securityprofile, thing. */
  public static final Action LIST_VIOLATION_EVENTS = Action.of(PREFIX, "ListViolationEvents");

  /** {@code iot:OpenTunnel}: Write; on no resource type (give {@code *}). */
  public static final Action OPEN_TUNNEL = Action.of(PREFIX, "OpenTunnel");

  /** {@code iot:Publish}: Write; on topic. */
  public static final Action PUBLISH = Action.of(PREFIX, "Publish");

  /** {@code iot:PutVerificationStateOnViolation}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_VERIFICATION_STATE_ON_VIOLATION = Action.of(PREFIX, "PutVerificationStateOnViolation");

  /** {@code iot:Receive}: Write; on topic. */
  public static final Action RECEIVE = Action.of(PREFIX, "Receive");

  /** {@code iot:RegisterCACertificate}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_CA_CERTIFICATE = Action.of(PREFIX, "RegisterCACertificate");

  /** {@code iot:RegisterCertificate}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_CERTIFICATE = Action.of(PREFIX, "RegisterCertificate");

  /** {@code iot:RegisterCertificateWithoutCA}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_CERTIFICATE_WITHOUT_CA = Action.of(PREFIX, "RegisterCertificateWithoutCA");

  /** {@code iot:RegisterThing}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_THING = Action.of(PREFIX, "RegisterThing");

  /** {@code iot:RejectCertificateTransfer}: Write; on cert. */
  public static final Action REJECT_CERTIFICATE_TRANSFER = Action.of(PREFIX, "RejectCertificateTransfer");

  /** {@code iot:RemoveThingFromBillingGroup}: Write; on billinggroup, thing. */
  public static final Action REMOVE_THING_FROM_BILLING_GROUP = Action.of(PREFIX, "RemoveThingFromBillingGroup");

  /** {@code iot:RemoveThingFromThingGroup}: Write; on thing, thinggroup. */
  public static final Action REMOVE_THING_FROM_THING_GROUP = Action.of(PREFIX, "RemoveThingFromThingGroup");

  /** {@code iot:ReplaceTopicRule}: Write; on rule. */
  public static final Action REPLACE_TOPIC_RULE = Action.of(PREFIX, "ReplaceTopicRule");

  /** {@code iot:RetainPublish}: Write; on topic. */
  public static final Action RETAIN_PUBLISH = Action.of(PREFIX, "RetainPublish");

  /** {@code iot:RotateTunnelAccessToken}: Write; on tunnel. */
  public static final Action ROTATE_TUNNEL_ACCESS_TOKEN = Action.of(PREFIX, "RotateTunnelAccessToken");

  /** {@code iot:SearchIndex}: Read; on index. */
  public static final Action SEARCH_INDEX = Action.of(PREFIX, "SearchIndex");

  /** {@code iot:SetDefaultAuthorizer}: Permissions management; on authorizer. */
  public static final Action SET_DEFAULT_AUTHORIZER = Action.of(PREFIX, "SetDefaultAuthorizer");

  /** {@code iot:SetDefaultPolicyVersion}: Permissions management; on policy. */
  public static final Action SET_DEFAULT_POLICY_VERSION = Action.of(PREFIX, "SetDefaultPolicyVersion");

  /** {@code iot:SetLoggingOptions}: Write; on no resource type (give {@code *}). */
  public static final Action SET_LOGGING_OPTIONS = Action.of(PREFIX, "SetLoggingOptions");

  /** {@code iot:SetV2LoggingLevel}: Write; on no resource type (give {@code *}). */
  public static final Action SET_V2_LOGGING_LEVEL = Action.of(PREFIX, "SetV2LoggingLevel");

  /** {@code iot:SetV2LoggingOptions}: Write; on no resource type (give {@code *}). */
  public static final Action SET_V2_LOGGING_OPTIONS = Action.of(PREFIX, "SetV2LoggingOptions");

  /** {@code iot:StartAuditMitigationActionsTask}: Write; on no resource type (give {@code *}). */
  public static final Action START_AUDIT_MITIGATION_ACTIONS_TASK = Action.of(PREFIX, "StartAuditMitigationActionsTask");

  /** {@code iot:StartCommandExecution}: Write; on client, command, thing. */
  public static final Action START_COMMAND_EXECUTION = Action.of(PREFIX, "StartCommandExecution");

  /** {@code iot:StartDetectMitigationActionsTask}: Write; on securityprofile. */
  public static final Action START_DETECT_MITIGATION_ACTIONS_TASK = Action.of(PREFIX, "StartDetectMitigationActionsTask");

  /** {@code iot:StartOnDemandAuditTask}: Write; on no resource type (give {@code *}). */
  public static final Action START_ON_DEMAND_AUDIT_TASK = Action.of(PREFIX, "StartOnDemandAuditTask");

  /** {@code iot:StartThingRegistrationTask}: Write; on no resource type (give {@code *}). */
  public static final Action START_THING_REGISTRATION_TASK = Action.of(PREFIX, "StartThingRegistrationTask");

  /** {@code iot:StopThingRegistrationTask}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_THING_REGISTRATION_TASK = Action.of(PREFIX, "StopThingRegistrationTask");

  /** {@code iot:Subscribe}: Write; on topicfilter. */
  public static final Action SUBSCRIBE = Action.of(PREFIX, "Subscribe");

  /** {@code iot:TagResource}: Tagging; on authorizer, billinggroup, cacert, certificateprovider, command, custommetric, dimension, domainconfiguration, dynamicthinggroup, fleetmetric, job, jobtemplate, mitigationaction, otaupdate, package, packageversion, policy, provisioningtemplate, rolealias, rule, scheduledaudit, securityprofile, stream, thinggroup, thingtype. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code iot:TestAuthorization}: Read; on cert. */
  public static final Action TEST_AUTHORIZATION = Action.of(PREFIX, "TestAuthorization");

  /** {@code iot:TestInvokeAuthorizer}: Read; on authorizer. */
  public static final Action TEST_INVOKE_AUTHORIZER = Action.of(PREFIX, "TestInvokeAuthorizer");

  /** {@code iot:TransferCertificate}: Write; on cert. */
  public static final Action TRANSFER_CERTIFICATE = Action.of(PREFIX, "TransferCertificate");

  /** {@code iot:UntagResource}: Tagging; on authorizer, billinggroup, cacert, certificateprovider, command, custommetric, dimension, domainconfiguration, dynamicthinggroup, fleetmetric, job, jobtemplate, mitigationaction, otaupdate, package, packageversion, policy, provisioningtemplate, rolealias, rule, scheduledaudit, securityprofile, stream, thinggroup, thingtype. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code iot:UpdateAccountAuditConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_AUDIT_CONFIGURATION = Action.of(PREFIX, "UpdateAccountAuditConfiguration");

  /** {@code iot:UpdateAuditSuppression}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_AUDIT_SUPPRESSION = Action.of(PREFIX, "UpdateAuditSuppression");

  /** {@code iot:UpdateAuthorizer}: Write; on authorizer. */
  public static final Action UPDATE_AUTHORIZER = Action.of(PREFIX, "UpdateAuthorizer");

  /** {@code iot:UpdateBillingGroup}: Write; on billinggroup. */
  public static final Action UPDATE_BILLING_GROUP = Action.of(PREFIX, "UpdateBillingGroup");

  /** {@code iot:UpdateCACertificate}: Write; on cacert. */
  public static final Action UPDATE_CA_CERTIFICATE = Action.of(PREFIX, "UpdateCACertificate");

  /** {@code iot:UpdateCertificate}: Write; on cert. */
  public static final Action UPDATE_CERTIFICATE = Action.of(PREFIX, "UpdateCertificate");

  /** {@code iot:UpdateCertificateProvider}: Write; on certificateprovider. */
  public static final Action UPDATE_CERTIFICATE_PROVIDER = Action.of(PREFIX, "UpdateCertificateProvider");

  /** {@code iot:UpdateCommand}: Write; on command. */
  public static final Action UPDATE_COMMAND = Action.of(PREFIX, "UpdateCommand");

  /** {@code iot:UpdateCustomMetric}: Write; on custommetric. */
  public static final Action UPDATE_CUSTOM_METRIC = Action.of(PREFIX, "UpdateCustomMetric");

  /** {@code iot:UpdateDimension}: Write; on dimension. */
  public static final Action UPDATE_DIMENSION = Action.of(PREFIX, "UpdateDimension");

  /** {@code iot:UpdateDomainConfiguration}: Write; on domainconfiguration. */
  public static final Action UPDATE_DOMAIN_CONFIGURATION = Action.of(PREFIX, "UpdateDomainConfiguration");

  /** {@code iot:UpdateDynamicThingGroup}: Write; on dynamicthinggroup. */
  public static final Action UPDATE_DYNAMIC_THING_GROUP = Action.of(PREFIX, "UpdateDynamicThingGroup");

  /** {@code iot:UpdateEncryptionConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "UpdateEncryptionConfiguration");

  /** {@code iot:UpdateEventConfigurations}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_EVENT_CONFIGURATIONS = Action.of(PREFIX, "UpdateEventConfigurations");

  /** {@code iot:UpdateFleetMetric}: Write; on fleetmetric, index. */
  public static final Action UPDATE_FLEET_METRIC = Action.of(PREFIX, "UpdateFleetMetric");

  /** {@code iot:UpdateIndexingConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_INDEXING_CONFIGURATION = Action.of(PREFIX, "UpdateIndexingConfiguration");

  /** {@code iot:UpdateJob}: Write; on job. */
  public static final Action UPDATE_JOB = Action.of(PREFIX, "UpdateJob");

  /** {@code iot:UpdateMitigationAction}: Write; on mitigationaction. */
  public static final Action UPDATE_MITIGATION_ACTION = Action.of(PREFIX, "UpdateMitigationAction");

  /** {@code iot:UpdatePackage}: Write; on package. */
  public static final Action UPDATE_PACKAGE = Action.of(PREFIX, "UpdatePackage");

  /** {@code iot:UpdatePackageConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PACKAGE_CONFIGURATION = Action.of(PREFIX, "UpdatePackageConfiguration");

  /** {@code iot:UpdatePackageVersion}: Write; on package, packageversion. */
  public static final Action UPDATE_PACKAGE_VERSION = Action.of(PREFIX, "UpdatePackageVersion");

  /** {@code iot:UpdateProvisioningTemplate}: Write; on provisioningtemplate. */
  public static final Action UPDATE_PROVISIONING_TEMPLATE = Action.of(PREFIX, "UpdateProvisioningTemplate");

  /** {@code iot:UpdateRoleAlias}: Write; on rolealias. */
  public static final Action UPDATE_ROLE_ALIAS = Action.of(PREFIX, "UpdateRoleAlias");

  /** {@code iot:UpdateScheduledAudit}: Write; on scheduledaudit. */
  public static final Action UPDATE_SCHEDULED_AUDIT = Action.of(PREFIX, "UpdateScheduledAudit");

  /** {@code iot:UpdateSecurityProfile}: Write; on custommetric, dimension, securityprofile. */
  public static final Action UPDATE_SECURITY_PROFILE = Action.of(PREFIX, "UpdateSecurityProfile");

  /** {@code iot:UpdateStream}: Write; on stream. */
  public static final Action UPDATE_STREAM = Action.of(PREFIX, "UpdateStream");

  /** {@code iot:UpdateThing}: Write; on thing. */
  public static final Action UPDATE_THING = Action.of(PREFIX, "UpdateThing");

  /** {@code iot:UpdateThingGroup}: Write; on thinggroup. */
  public static final Action UPDATE_THING_GROUP = Action.of(PREFIX, "UpdateThingGroup");

  /** {@code iot:UpdateThingGroupsForThing}: Write; on thing, thinggroup. */
  public static final Action UPDATE_THING_GROUPS_FOR_THING = Action.of(PREFIX, "UpdateThingGroupsForThing");

  /** {@code iot:UpdateThingShadow}: Write; on thing. */
  public static final Action UPDATE_THING_SHADOW = Action.of(PREFIX, "UpdateThingShadow");

  /** {@code iot:UpdateThingType}: Write; on thingtype. */
  public static final Action UPDATE_THING_TYPE = Action.of(PREFIX, "UpdateThingType");

  /** {@code iot:UpdateTopicRuleDestination}: Write; on destination. */
  public static final Action UPDATE_TOPIC_RULE_DESTINATION = Action.of(PREFIX, "UpdateTopicRuleDestination");

  /** {@code iot:ValidateSecurityProfileBehaviors}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_SECURITY_PROFILE_BEHAVIORS = Action.of(PREFIX, "ValidateSecurityProfileBehaviors");

  private Iot() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
