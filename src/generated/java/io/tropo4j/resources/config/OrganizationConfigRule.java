// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.config;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Adds or updates an AWS Config rule for your entire organization to evaluate if your AWS resources
 * comply with your desired configurations. For information on how many organization AWS Config
 * rules you can have per account, see <a
 * href="https://docs.aws.amazon.com/config/latest/developerguide/configlimits.html"><em>Service
 * Limits</em></a> in the <em>AWS Config Developer Guide</em> .
 *
 * <p>Only a management account and a delegated administrator can create or update an organization
 * AWS Config rule. When calling the <code>OrganizationConfigRule</code> resource with a delegated
 * administrator, you must ensure AWS Organizations <code>ListDelegatedAdministrator</code>
 * permissions are added. An organization can have up to 3 delegated administrators.
 *
 * <p>The <code>OrganizationConfigRule</code> resource enables organization service access through
 * the <code>EnableAWSServiceAccess</code> action and creates a service-linked role
 * <code>AWSServiceRoleForConfigMultiAccountSetup</code> in the management or delegated
 * administrator account of your organization. The service-linked role is created only when the role
 * does not exist in the caller account. AWS Config verifies the existence of role with
 * <code>GetRole</code> action.
 *
 * <p>To use the <code>OrganizationConfigRule</code> resource with delegated administrator, register
 * a delegated administrator by calling AWS Organization
 * <code>register-delegated-administrator</code> for
 * <code>config-multiaccountsetup.amazonaws.com</code> .
 *
 * <p>There are two types of rules: <em>AWS Config Managed Rules</em> and <em>AWS Config Custom
 * Rules</em> . You can use <code>PutOrganizationConfigRule</code> to create both AWS Config Managed
 * Rules and AWS Config Custom Rules.
 *
 * <p>AWS Config Managed Rules are predefined, customizable rules created by AWS Config . For a list
 * of managed rules, see <a
 * href="https://docs.aws.amazon.com/config/latest/developerguide/managed-rules-by-aws-config.html">List
 * of AWS Config Managed Rules</a> . If you are adding an AWS Config managed rule, you must specify
 * the rule's identifier for the <code>RuleIdentifier</code> key.
 *
 * <p>AWS Config Custom Rules are rules that you create from scratch. There are two ways to create
 * AWS Config custom rules: with Lambda functions ( <a
 * href="https://docs.aws.amazon.com/config/latest/developerguide/gettingstarted-concepts.html#gettingstarted-concepts-function">AWS
 * Lambda Developer Guide</a> ) and with Guard ( <a
 * href="https://docs.aws.amazon.com/https://github.com/aws-cloudformation/cloudformation-guard">Guard
 * GitHub Repository</a> ), a policy-as-code language. AWS Config custom rules created with AWS
 * Lambda are called <em>AWS Config Custom Lambda Rules</em> and AWS Config custom rules created
 * with Guard are called <em>AWS Config Custom Policy Rules</em> .
 *
 * <p>If you are adding a new AWS Config Custom Lambda rule, you first need to create an AWS Lambda
 * function in the management account or a delegated administrator that the rule invokes to evaluate
 * your resources. You also need to create an IAM role in the managed account that can be assumed by
 * the Lambda function. When you use <code>PutOrganizationConfigRule</code> to add a Custom Lambda
 * rule to AWS Config , you must specify the Amazon Resource Name (ARN) that AWS Lambda assigns to
 * the function.
 *
 * <p>CloudFormation type {@code AWS::Config::OrganizationConfigRule}.
 */
public final class OrganizationConfigRule extends Resource<OrganizationConfigRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::Config::OrganizationConfigRule")
      .required("OrganizationConfigRuleName")
      .constrain("ExcludedAccounts", Constraint.of().pattern("^\\d{12}$"))
      .constrain("OrganizationConfigRuleName", Constraint.of().pattern("^[A-Za-z0-9-_]+$").minLength(1).maxLength(64))
      .refYields("Id")
      .attributes("Id")
      .build();

  public OrganizationConfigRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A comma-separated list of accounts excluded from organization AWS Config rule.
   *
   * <p>Pattern: {@code ^&#92;d{12}$}. CloudFormation property {@code ExcludedAccounts}.
   */
  public OrganizationConfigRule excludedAccounts(List<String> value) {
    return set("ExcludedAccounts", Value.listOf(value));
  }

  /** Sets {@code ExcludedAccounts} to this value; see {@link #excludedAccounts(List)}. */
  public OrganizationConfigRule excludedAccounts(Value<List<String>> value) {
    return set("ExcludedAccounts", value);
  }

  /**
   * The name that you assign to organization AWS Config rule.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[A-Za-z0-9-_]+$}. CloudFormation property {@code OrganizationConfigRuleName}.
   */
  public OrganizationConfigRule organizationConfigRuleName(String value) {
    return set("OrganizationConfigRuleName", Value.of(value));
  }

  /**
   * Sets {@code OrganizationConfigRuleName} to this value; see {@link
   * #organizationConfigRuleName(String)}.
   */
  public OrganizationConfigRule organizationConfigRuleName(Value<String> value) {
    return set("OrganizationConfigRuleName", value);
  }

  /**
   * An object that specifies metadata for your organization's AWS Config Custom Policy rule. The
   * metadata includes the runtime system in use, which accounts have debug logging enabled, and
   * other custom rule metadata, such as resource type, resource ID of AWS resource, and
   * organization trigger types that initiate AWS Config to evaluate AWS resources against a rule.
   *
   * <p>CloudFormation property {@code OrganizationCustomPolicyRuleMetadata}.
   */
  public OrganizationConfigRule organizationCustomPolicyRuleMetadata(Value<OrganizationCustomPolicyRuleMetadata> value) {
    return set("OrganizationCustomPolicyRuleMetadata", value);
  }

  /**
   * An <code>OrganizationCustomRuleMetadata</code> object.
   *
   * <p>CloudFormation property {@code OrganizationCustomRuleMetadata}.
   */
  public OrganizationConfigRule organizationCustomRuleMetadata(Value<OrganizationCustomRuleMetadata> value) {
    return set("OrganizationCustomRuleMetadata", value);
  }

  /**
   * An <code>OrganizationManagedRuleMetadata</code> object.
   *
   * <p>CloudFormation property {@code OrganizationManagedRuleMetadata}.
   */
  public OrganizationConfigRule organizationManagedRuleMetadata(Value<OrganizationManagedRuleMetadata> value) {
    return set("OrganizationManagedRuleMetadata", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * An object that specifies metadata for your organization's AWS Config Custom Policy rule. The
   * metadata includes the runtime system in use, which accounts have debug logging enabled, and
   * other custom rule metadata, such as resource type, resource ID of AWS resource, and
   * organization trigger types that initiate AWS Config to evaluate AWS resources against a rule.
   *
   * <p>Property type {@code
   * AWS::Config::OrganizationConfigRule.OrganizationCustomPolicyRuleMetadata}.
   */
  public static final class OrganizationCustomPolicyRuleMetadata extends Struct<OrganizationCustomPolicyRuleMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::OrganizationConfigRule.OrganizationCustomPolicyRuleMetadata")
        .required("PolicyText", "Runtime")
        .constrain("DebugLogDeliveryAccounts", Constraint.of().pattern("^\\d{12}$"))
        .constrain("Description", Constraint.of().minLength(0).maxLength(256))
        .constrain("InputParameters", Constraint.of().minLength(1).maxLength(1024))
        .allowed("OrganizationConfigRuleTriggerTypes", "ConfigurationItemChangeNotification",
            "OversizedConfigurationItemChangeNotification")
        .constrain("PolicyText", Constraint.of().minLength(0).maxLength(10000))
        .constrain("ResourceIdScope", Constraint.of().minLength(1).maxLength(768))
        .constrain("ResourceTypesScope", Constraint.of().minLength(1).maxLength(256))
        .constrain("TagKeyScope", Constraint.of().minLength(1).maxLength(128))
        .constrain("TagValueScope", Constraint.of().minLength(1).maxLength(256))
        .build();

    public OrganizationCustomPolicyRuleMetadata() {
      super(SCHEMA);
    }

    /**
     * A list of accounts that you can enable debug logging for your organization AWS Config Custom
     * Policy rule. List is null when debug logging is enabled for all accounts.
     *
     * <p>Pattern: {@code ^&#92;d{12}$}. CloudFormation property {@code DebugLogDeliveryAccounts}.
     */
    public OrganizationCustomPolicyRuleMetadata debugLogDeliveryAccounts(List<String> value) {
      return set("DebugLogDeliveryAccounts", Value.listOf(value));
    }

    /**
     * Sets {@code DebugLogDeliveryAccounts} to this value; see {@link
     * #debugLogDeliveryAccounts(List)}.
     */
    public OrganizationCustomPolicyRuleMetadata debugLogDeliveryAccounts(Value<List<String>> value) {
      return set("DebugLogDeliveryAccounts", value);
    }

    /**
     * The description that you provide for your organization AWS Config Custom Policy rule.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
     */
    public OrganizationCustomPolicyRuleMetadata description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public OrganizationCustomPolicyRuleMetadata description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * A string, in JSON format, that is passed to your organization AWS Config Custom Policy rule.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code InputParameters}.
     */
    public OrganizationCustomPolicyRuleMetadata inputParameters(String value) {
      return set("InputParameters", Value.of(value));
    }

    /** Sets {@code InputParameters} to this value; see {@link #inputParameters(String)}. */
    public OrganizationCustomPolicyRuleMetadata inputParameters(Value<String> value) {
      return set("InputParameters", value);
    }

    /**
     * The maximum frequency with which AWS Config runs evaluations for a rule. Your AWS Config
     * Custom Policy rule is triggered when AWS Config delivers the configuration snapshot. For more
     * information, see <code>ConfigSnapshotDeliveryProperties</code> .
     *
     * <p>CloudFormation property {@code MaximumExecutionFrequency}.
     */
    public OrganizationCustomPolicyRuleMetadata maximumExecutionFrequency(String value) {
      return set("MaximumExecutionFrequency", Value.of(value));
    }

    /**
     * Sets {@code MaximumExecutionFrequency} to this value; see {@link
     * #maximumExecutionFrequency(String)}.
     */
    public OrganizationCustomPolicyRuleMetadata maximumExecutionFrequency(Value<String> value) {
      return set("MaximumExecutionFrequency", value);
    }

    /**
     * The type of notification that initiates AWS Config to run an evaluation for a rule. For AWS
     * Config Custom Policy rules, AWS Config supports change-initiated notification types:
     *
     * <ul> <li><code>ConfigurationItemChangeNotification</code> - Initiates an evaluation when AWS
     * Config delivers a configuration item as a result of a resource change.
     * <li><code>OversizedConfigurationItemChangeNotification</code> - Initiates an evaluation when
     * AWS Config delivers an oversized configuration item. AWS Config may generate this
     * notification type when a resource changes and the notification exceeds the maximum size
     * allowed by Amazon SNS. </ul>
     *
     * <p>Allowed values: {@code ConfigurationItemChangeNotification}, {@code
     * OversizedConfigurationItemChangeNotification}. CloudFormation property {@code
     * OrganizationConfigRuleTriggerTypes}.
     */
    public OrganizationCustomPolicyRuleMetadata organizationConfigRuleTriggerTypes(List<String> value) {
      return set("OrganizationConfigRuleTriggerTypes", Value.listOf(value));
    }

    /**
     * Sets {@code OrganizationConfigRuleTriggerTypes} to this value; see {@link
     * #organizationConfigRuleTriggerTypes(List)}.
     */
    public OrganizationCustomPolicyRuleMetadata organizationConfigRuleTriggerTypes(Value<List<String>> value) {
      return set("OrganizationConfigRuleTriggerTypes", value);
    }

    /**
     * The policy definition containing the logic for your organization AWS Config Custom Policy
     * rule.
     *
     * <p>Required. Length: 0 to 10000 characters. CloudFormation property {@code PolicyText}.
     */
    public OrganizationCustomPolicyRuleMetadata policyText(String value) {
      return set("PolicyText", Value.of(value));
    }

    /** Sets {@code PolicyText} to this value; see {@link #policyText(String)}. */
    public OrganizationCustomPolicyRuleMetadata policyText(Value<String> value) {
      return set("PolicyText", value);
    }

    /**
     * The ID of the AWS resource that was evaluated.
     *
     * <p>Length: 1 to 768 characters. CloudFormation property {@code ResourceIdScope}.
     */
    public OrganizationCustomPolicyRuleMetadata resourceIdScope(String value) {
      return set("ResourceIdScope", Value.of(value));
    }

    /** Sets {@code ResourceIdScope} to this value; see {@link #resourceIdScope(String)}. */
    public OrganizationCustomPolicyRuleMetadata resourceIdScope(Value<String> value) {
      return set("ResourceIdScope", value);
    }

    /**
     * The type of the AWS resource that was evaluated.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code ResourceTypesScope}.
     */
    public OrganizationCustomPolicyRuleMetadata resourceTypesScope(List<String> value) {
      return set("ResourceTypesScope", Value.listOf(value));
    }

    /** Sets {@code ResourceTypesScope} to this value; see {@link #resourceTypesScope(List)}. */
    public OrganizationCustomPolicyRuleMetadata resourceTypesScope(Value<List<String>> value) {
      return set("ResourceTypesScope", value);
    }

    /**
     * The runtime system for your organization AWS Config Custom Policy rules. Guard is a
     * policy-as-code language that allows you to write policies that are enforced by AWS Config
     * Custom Policy rules. For more information about Guard, see the <a
     * href="https://docs.aws.amazon.com/https://github.com/aws-cloudformation/cloudformation-guard">Guard
     * GitHub Repository</a> .
     *
     * <p>Required. CloudFormation property {@code Runtime}.
     */
    public OrganizationCustomPolicyRuleMetadata runtime(String value) {
      return set("Runtime", Value.of(value));
    }

    /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
    public OrganizationCustomPolicyRuleMetadata runtime(Value<String> value) {
      return set("Runtime", value);
    }

    /**
     * One part of a key-value pair that make up a tag. A key is a general label that acts like a
     * category for more specific tag values.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code TagKeyScope}.
     */
    public OrganizationCustomPolicyRuleMetadata tagKeyScope(String value) {
      return set("TagKeyScope", Value.of(value));
    }

    /** Sets {@code TagKeyScope} to this value; see {@link #tagKeyScope(String)}. */
    public OrganizationCustomPolicyRuleMetadata tagKeyScope(Value<String> value) {
      return set("TagKeyScope", value);
    }

    /**
     * The optional part of a key-value pair that make up a tag. A value acts as a descriptor within
     * a tag category (key).
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code TagValueScope}.
     */
    public OrganizationCustomPolicyRuleMetadata tagValueScope(String value) {
      return set("TagValueScope", Value.of(value));
    }

    /** Sets {@code TagValueScope} to this value; see {@link #tagValueScope(String)}. */
    public OrganizationCustomPolicyRuleMetadata tagValueScope(Value<String> value) {
      return set("TagValueScope", value);
    }
  }

  /**
   * An object that specifies organization custom rule metadata such as resource type, resource ID
   * of AWS resource, Lambda function ARN, and organization trigger types that trigger AWS Config to
   * evaluate your AWS resources against a rule. It also provides the frequency with which you want
   * AWS Config to run evaluations for the rule if the trigger type is periodic.
   *
   * <p>Property type {@code AWS::Config::OrganizationConfigRule.OrganizationCustomRuleMetadata}.
   */
  public static final class OrganizationCustomRuleMetadata extends Struct<OrganizationCustomRuleMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::OrganizationConfigRule.OrganizationCustomRuleMetadata")
        .required("LambdaFunctionArn", "OrganizationConfigRuleTriggerTypes")
        .constrain("Description", Constraint.of().minLength(0).maxLength(256))
        .constrain("InputParameters", Constraint.of().minLength(1).maxLength(1024))
        .constrain("LambdaFunctionArn", Constraint.of().minLength(1).maxLength(256).format("AWS::Lambda::Function.Arn"))
        .allowed("MaximumExecutionFrequency", "One_Hour", "Six_Hours", "Three_Hours",
            "Twelve_Hours", "TwentyFour_Hours")
        .allowed("OrganizationConfigRuleTriggerTypes", "ConfigurationItemChangeNotification",
            "OversizedConfigurationItemChangeNotification", "ScheduledNotification")
        .constrain("ResourceIdScope", Constraint.of().minLength(1).maxLength(768))
        .constrain("ResourceTypesScope", Constraint.of().minLength(1).maxLength(256))
        .constrain("TagKeyScope", Constraint.of().minLength(1).maxLength(128))
        .constrain("TagValueScope", Constraint.of().minLength(1).maxLength(256))
        .build();

    public OrganizationCustomRuleMetadata() {
      super(SCHEMA);
    }

    /**
     * The description that you provide for your organization AWS Config rule.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
     */
    public OrganizationCustomRuleMetadata description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public OrganizationCustomRuleMetadata description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * A string, in JSON format, that is passed to your organization AWS Config rule Lambda
     * function.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code InputParameters}.
     */
    public OrganizationCustomRuleMetadata inputParameters(String value) {
      return set("InputParameters", Value.of(value));
    }

    /** Sets {@code InputParameters} to this value; see {@link #inputParameters(String)}. */
    public OrganizationCustomRuleMetadata inputParameters(Value<String> value) {
      return set("InputParameters", value);
    }

    /**
     * The lambda function ARN.
     *
     * <p>Required. Length: 1 to 256 characters. Format: {@code AWS::Lambda::Function.Arn}.
     * CloudFormation property {@code LambdaFunctionArn}.
     */
    public OrganizationCustomRuleMetadata lambdaFunctionArn(String value) {
      return set("LambdaFunctionArn", Value.of(value));
    }

    /** Sets {@code LambdaFunctionArn} to this value; see {@link #lambdaFunctionArn(String)}. */
    public OrganizationCustomRuleMetadata lambdaFunctionArn(Value<String> value) {
      return set("LambdaFunctionArn", value);
    }

    /**
     * The maximum frequency with which AWS Config runs evaluations for a rule. Your custom rule is
     * triggered when AWS Config delivers the configuration snapshot. For more information, see
     * <code>ConfigSnapshotDeliveryProperties</code> .
     *
     * <p>By default, rules with a periodic trigger are evaluated every 24 hours. To change the
     * frequency, specify a valid value for the <code>MaximumExecutionFrequency</code> parameter.
     *
     * <p>Allowed values: {@code One_Hour}, {@code Six_Hours}, {@code Three_Hours}, {@code
     * Twelve_Hours}, {@code TwentyFour_Hours}. CloudFormation property {@code
     * MaximumExecutionFrequency}.
     */
    public OrganizationCustomRuleMetadata maximumExecutionFrequency(String value) {
      return set("MaximumExecutionFrequency", Value.of(value));
    }

    /**
     * Sets {@code MaximumExecutionFrequency} to this value; see {@link
     * #maximumExecutionFrequency(String)}.
     */
    public OrganizationCustomRuleMetadata maximumExecutionFrequency(Value<String> value) {
      return set("MaximumExecutionFrequency", value);
    }

    /**
     * The type of notification that triggers AWS Config to run an evaluation for a rule. You can
     * specify the following notification types:
     *
     * <ul> <li><code>ConfigurationItemChangeNotification</code> - Triggers an evaluation when AWS
     * Config delivers a configuration item as a result of a resource change.
     * <li><code>OversizedConfigurationItemChangeNotification</code> - Triggers an evaluation when
     * AWS Config delivers an oversized configuration item. AWS Config may generate this
     * notification type when a resource changes and the notification exceeds the maximum size
     * allowed by Amazon SNS. <li><code>ScheduledNotification</code> - Triggers a periodic
     * evaluation at the frequency specified for <code>MaximumExecutionFrequency</code> . </ul>
     *
     * <p>Required. Allowed values: {@code ConfigurationItemChangeNotification}, {@code
     * OversizedConfigurationItemChangeNotification}, {@code ScheduledNotification}. CloudFormation
     * property {@code OrganizationConfigRuleTriggerTypes}.
     */
    public OrganizationCustomRuleMetadata organizationConfigRuleTriggerTypes(List<String> value) {
      return set("OrganizationConfigRuleTriggerTypes", Value.listOf(value));
    }

    /**
     * Sets {@code OrganizationConfigRuleTriggerTypes} to this value; see {@link
     * #organizationConfigRuleTriggerTypes(List)}.
     */
    public OrganizationCustomRuleMetadata organizationConfigRuleTriggerTypes(Value<List<String>> value) {
      return set("OrganizationConfigRuleTriggerTypes", value);
    }

    /**
     * The ID of the AWS resource that was evaluated.
     *
     * <p>Length: 1 to 768 characters. CloudFormation property {@code ResourceIdScope}.
     */
    public OrganizationCustomRuleMetadata resourceIdScope(String value) {
      return set("ResourceIdScope", Value.of(value));
    }

    /** Sets {@code ResourceIdScope} to this value; see {@link #resourceIdScope(String)}. */
    public OrganizationCustomRuleMetadata resourceIdScope(Value<String> value) {
      return set("ResourceIdScope", value);
    }

    /**
     * The type of the AWS resource that was evaluated.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code ResourceTypesScope}.
     */
    public OrganizationCustomRuleMetadata resourceTypesScope(List<String> value) {
      return set("ResourceTypesScope", Value.listOf(value));
    }

    /** Sets {@code ResourceTypesScope} to this value; see {@link #resourceTypesScope(List)}. */
    public OrganizationCustomRuleMetadata resourceTypesScope(Value<List<String>> value) {
      return set("ResourceTypesScope", value);
    }

    /**
     * One part of a key-value pair that make up a tag. A key is a general label that acts like a
     * category for more specific tag values.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code TagKeyScope}.
     */
    public OrganizationCustomRuleMetadata tagKeyScope(String value) {
      return set("TagKeyScope", Value.of(value));
    }

    /** Sets {@code TagKeyScope} to this value; see {@link #tagKeyScope(String)}. */
    public OrganizationCustomRuleMetadata tagKeyScope(Value<String> value) {
      return set("TagKeyScope", value);
    }

    /**
     * The optional part of a key-value pair that make up a tag. A value acts as a descriptor within
     * a tag category (key).
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code TagValueScope}.
     */
    public OrganizationCustomRuleMetadata tagValueScope(String value) {
      return set("TagValueScope", Value.of(value));
    }

    /** Sets {@code TagValueScope} to this value; see {@link #tagValueScope(String)}. */
    public OrganizationCustomRuleMetadata tagValueScope(Value<String> value) {
      return set("TagValueScope", value);
    }
  }

  /**
   * An object that specifies organization managed rule metadata such as resource type and ID of AWS
   * resource along with the rule identifier. It also provides the frequency with which you want AWS
   * Config to run evaluations for the rule if the trigger type is periodic.
   *
   * <p>Property type {@code AWS::Config::OrganizationConfigRule.OrganizationManagedRuleMetadata}.
   */
  public static final class OrganizationManagedRuleMetadata extends Struct<OrganizationManagedRuleMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::OrganizationConfigRule.OrganizationManagedRuleMetadata")
        .required("RuleIdentifier")
        .constrain("Description", Constraint.of().minLength(0).maxLength(256))
        .constrain("InputParameters", Constraint.of().minLength(1).maxLength(1024))
        .allowed("MaximumExecutionFrequency", "One_Hour", "Six_Hours", "Three_Hours",
            "Twelve_Hours", "TwentyFour_Hours")
        .constrain("ResourceIdScope", Constraint.of().minLength(1).maxLength(768))
        .constrain("ResourceTypesScope", Constraint.of().minLength(1).maxLength(256))
        .constrain("RuleIdentifier", Constraint.of().minLength(1).maxLength(256))
        .constrain("TagKeyScope", Constraint.of().minLength(1).maxLength(128))
        .constrain("TagValueScope", Constraint.of().minLength(1).maxLength(256))
        .build();

    public OrganizationManagedRuleMetadata() {
      super(SCHEMA);
    }

    /**
     * The description that you provide for your organization AWS Config rule.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
     */
    public OrganizationManagedRuleMetadata description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public OrganizationManagedRuleMetadata description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * A string, in JSON format, that is passed to your organization AWS Config rule Lambda
     * function.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code InputParameters}.
     */
    public OrganizationManagedRuleMetadata inputParameters(String value) {
      return set("InputParameters", Value.of(value));
    }

    /** Sets {@code InputParameters} to this value; see {@link #inputParameters(String)}. */
    public OrganizationManagedRuleMetadata inputParameters(Value<String> value) {
      return set("InputParameters", value);
    }

    /**
     * The maximum frequency with which AWS Config runs evaluations for a rule. This is for an AWS
     * Config managed rule that is triggered at a periodic frequency.
     *
     * <p>By default, rules with a periodic trigger are evaluated every 24 hours. To change the
     * frequency, specify a valid value for the <code>MaximumExecutionFrequency</code> parameter.
     *
     * <p>Allowed values: {@code One_Hour}, {@code Six_Hours}, {@code Three_Hours}, {@code
     * Twelve_Hours}, {@code TwentyFour_Hours}. CloudFormation property {@code
     * MaximumExecutionFrequency}.
     */
    public OrganizationManagedRuleMetadata maximumExecutionFrequency(String value) {
      return set("MaximumExecutionFrequency", Value.of(value));
    }

    /**
     * Sets {@code MaximumExecutionFrequency} to this value; see {@link
     * #maximumExecutionFrequency(String)}.
     */
    public OrganizationManagedRuleMetadata maximumExecutionFrequency(Value<String> value) {
      return set("MaximumExecutionFrequency", value);
    }

    /**
     * The ID of the AWS resource that was evaluated.
     *
     * <p>Length: 1 to 768 characters. CloudFormation property {@code ResourceIdScope}.
     */
    public OrganizationManagedRuleMetadata resourceIdScope(String value) {
      return set("ResourceIdScope", Value.of(value));
    }

    /** Sets {@code ResourceIdScope} to this value; see {@link #resourceIdScope(String)}. */
    public OrganizationManagedRuleMetadata resourceIdScope(Value<String> value) {
      return set("ResourceIdScope", value);
    }

    /**
     * The type of the AWS resource that was evaluated.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code ResourceTypesScope}.
     */
    public OrganizationManagedRuleMetadata resourceTypesScope(List<String> value) {
      return set("ResourceTypesScope", Value.listOf(value));
    }

    /** Sets {@code ResourceTypesScope} to this value; see {@link #resourceTypesScope(List)}. */
    public OrganizationManagedRuleMetadata resourceTypesScope(Value<List<String>> value) {
      return set("ResourceTypesScope", value);
    }

    /**
     * For organization config managed rules, a predefined identifier from a list. For example,
     * <code>IAM_PASSWORD_POLICY</code> is a managed rule. To reference a managed rule, see <a
     * href="https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_use-managed-rules.html">Using
     * AWS Config managed rules</a> .
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code RuleIdentifier}.
     */
    public OrganizationManagedRuleMetadata ruleIdentifier(String value) {
      return set("RuleIdentifier", Value.of(value));
    }

    /** Sets {@code RuleIdentifier} to this value; see {@link #ruleIdentifier(String)}. */
    public OrganizationManagedRuleMetadata ruleIdentifier(Value<String> value) {
      return set("RuleIdentifier", value);
    }

    /**
     * One part of a key-value pair that make up a tag. A key is a general label that acts like a
     * category for more specific tag values.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code TagKeyScope}.
     */
    public OrganizationManagedRuleMetadata tagKeyScope(String value) {
      return set("TagKeyScope", Value.of(value));
    }

    /** Sets {@code TagKeyScope} to this value; see {@link #tagKeyScope(String)}. */
    public OrganizationManagedRuleMetadata tagKeyScope(Value<String> value) {
      return set("TagKeyScope", value);
    }

    /**
     * The optional part of a key-value pair that make up a tag. A value acts as a descriptor within
     * a tag category (key).
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code TagValueScope}.
     */
    public OrganizationManagedRuleMetadata tagValueScope(String value) {
      return set("TagValueScope", Value.of(value));
    }

    /** Sets {@code TagValueScope} to this value; see {@link #tagValueScope(String)}. */
    public OrganizationManagedRuleMetadata tagValueScope(Value<String> value) {
      return set("TagValueScope", value);
    }
  }
}
