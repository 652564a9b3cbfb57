// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An AWS Firewall Manager policy.
 *
 * <p>A Firewall Manager policy is specific to the individual policy type. If you want to enforce
 * multiple policy types across accounts, you can create multiple policies. You can create more than
 * one policy for each type.
 *
 * <p>If you add a new account to an organization that you created with AWS Organizations , Firewall
 * Manager automatically applies the policy to the resources in that account that are within scope
 * of the policy.
 *
 * <p>Policies require some setup to use. For more information, see the sections on prerequisites
 * and getting started under <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/fms-prereq.html">Firewall Manager
 * prerequisites</a> .
 *
 * <p>Firewall Manager provides the following types of policies:
 *
 * <ul> <li><em>AWS WAF policy</em> - This policy applies AWS WAF web ACL protections to specified
 * accounts and resources. <li><em>Shield Advanced policy</em> - This policy applies Shield Advanced
 * protection to specified accounts and resources. <li><em>Security Groups policy</em> - This type
 * of policy gives you control over security groups that are in use throughout your organization in
 * AWS Organizations and lets you enforce a baseline set of rules across your organization.
 * <li><em>Network ACL policy</em> - This type of policy gives you control over the network ACLs
 * that are in use throughout your organization in AWS Organizations and lets you enforce a baseline
 * set of first and last network ACL rules across your organization. <li><em>Network Firewall
 * policy</em> - This policy applies Network Firewall protection to your organization's VPCs.
 * <li><em>DNS Firewall policy</em> - This policy applies Amazon Route 53 Resolver DNS Firewall
 * protections to your organization's VPCs. <li><em>Third-party firewall policy</em> - This policy
 * applies third-party firewall protections. Third-party firewalls are available by subscription
 * through the AWS Marketplace console at <a href="https://docs.aws.amazon.com/marketplace">AWS
 * Marketplace</a> . </ul>
 *
 * <ul> <li><em>Palo Alto Networks Cloud NGFW policy</em> - This policy applies Palo Alto Networks
 * Cloud Next Generation Firewall (NGFW) protections and Palo Alto Networks Cloud NGFW rulestacks to
 * your organization's VPCs. <li><em>Fortigate CNF policy</em> - This policy applies Fortigate Cloud
 * Native Firewall (CNF) protections. Fortigate CNF is a cloud-centered solution that blocks
 * Zero-Day threats and secures cloud infrastructures with industry-leading advanced threat
 * prevention, smart web application firewalls (WAF), and API protection. </ul>
 *
 * <p>CloudFormation type {@code AWS::FMS::Policy}.
 */
public final class Policy extends Resource<Policy> {
  private static final Schema SCHEMA = Schema.builder("AWS::FMS::Policy")
      .required("ExcludeResourceTags", "PolicyName", "RemediationEnabled",
          "SecurityServicePolicyData")
      .constrain("PolicyDescription", Constraint.of().pattern("^([a-zA-Z0-9_.:/=+\\-@\\s]+)$").maxLength(256))
      .constrain("PolicyName", Constraint.of().pattern("^([a-zA-Z0-9_.:/=+\\-@\\s]+)$").minLength(1).maxLength(1024))
      .constrain("ResourceSetIds", Constraint.of().pattern("^[a-z0-9A-Z]{22}$").minLength(22).maxLength(22))
      .allowed("ResourceTagLogicalOperator", "AND", "OR")
      .constrain("ResourceType", Constraint.of().pattern("^([^\\s]*)$").minLength(1).maxLength(128))
      .constrain("ResourceTypeList", Constraint.of().pattern("^([^\\s]*)$").minLength(1).maxLength(128))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Policy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Used when deleting a policy. If <code>true</code> , Firewall Manager performs cleanup according
   * to the policy type.
   *
   * <p>For AWS WAF and Shield Advanced policies, Firewall Manager does the following:
   *
   * <ul> <li>Deletes rule groups created by Firewall Manager <li>Removes web ACLs from in-scope
   * resources <li>Deletes web ACLs that contain no rules or rule groups </ul>
   *
   * <p>For security group policies, Firewall Manager does the following for each security group in
   * the policy:
   *
   * <ul> <li>Disassociates the security group from in-scope resources <li>Deletes the security
   * group if it was created through Firewall Manager and if it's no longer associated with any
   * resources through another policy </ul>
   *
   * <p>After the cleanup, in-scope resources are no longer protected by web ACLs in this policy.
   * Protection of out-of-scope resources remains unchanged. Scope is determined by tags that you
   * create and accounts that you associate with the policy. When creating the policy, if you
   * specify that only resources in specific accounts or with specific tags are in scope of the
   * policy, those accounts and resources are handled by the policy. All others are out of scope. If
   * you don't specify tags or accounts, all resources are in scope.
   *
   * <p>CloudFormation property {@code DeleteAllPolicyResources}.
   */
  public Policy deleteAllPolicyResources(boolean value) {
    return set("DeleteAllPolicyResources", Value.of(value));
  }

  /**
   * Sets {@code DeleteAllPolicyResources} to this value; see {@link
   * #deleteAllPolicyResources(boolean)}.
   */
  public Policy deleteAllPolicyResources(Value<Boolean> value) {
    return set("DeleteAllPolicyResources", value);
  }

  /**
   * Specifies the AWS account IDs and AWS Organizations organizational units (OUs) to exclude from
   * the policy. Specifying an OU is the equivalent of specifying all accounts in the OU and in any
   * of its child OUs, including any child OUs and accounts that are added at a later time.
   *
   * <p>You can specify inclusions or exclusions, but not both. If you specify an
   * <code>IncludeMap</code> , AWS Firewall Manager applies the policy to all accounts specified by
   * the <code>IncludeMap</code> , and does not evaluate any <code>ExcludeMap</code> specifications.
   * If you do not specify an <code>IncludeMap</code> , then Firewall Manager applies the policy to
   * all accounts except for those specified by the <code>ExcludeMap</code> .
   *
   * <p>You can specify account IDs, OUs, or a combination:
   *
   * <ul> <li>Specify account IDs by setting the key to <code>ACCOUNT</code> . For example, the
   * following is a valid map: <code>{“ACCOUNT” : [“accountID1”, “accountID2”]}</code> . <li>Specify
   * OUs by setting the key to <code>ORGUNIT</code> . For example, the following is a valid map:
   * <code>{“ORGUNIT” : [“ouid111”, “ouid112”]}</code> . <li>Specify accounts and OUs together in a
   * single map, separated with a comma. For example, the following is a valid map: <code>{“ACCOUNT”
   * : [“accountID1”, “accountID2”], “ORGUNIT” : [“ouid111”, “ouid112”]}</code> . </ul>
   *
   * <p>CloudFormation property {@code ExcludeMap}.
   */
  public Policy excludeMap(Value<IEMap> value) {
    return set("ExcludeMap", value);
  }

  /**
   * Used only when tags are specified in the <code>ResourceTags</code> property. If this property
   * is <code>True</code> , resources with the specified tags are not in scope of the policy. If
   * it's <code>False</code> , only resources with the specified tags are in scope of the policy.
   *
   * <p>Required. CloudFormation property {@code ExcludeResourceTags}.
   */
  public Policy excludeResourceTags(boolean value) {
    return set("ExcludeResourceTags", Value.of(value));
  }

  /** Sets {@code ExcludeResourceTags} to this value; see {@link #excludeResourceTags(boolean)}. */
  public Policy excludeResourceTags(Value<Boolean> value) {
    return set("ExcludeResourceTags", value);
  }

  /**
   * Specifies the AWS account IDs and AWS Organizations organizational units (OUs) to include in
   * the policy. Specifying an OU is the equivalent of specifying all accounts in the OU and in any
   * of its child OUs, including any child OUs and accounts that are added at a later time.
   *
   * <p>You can specify inclusions or exclusions, but not both. If you specify an
   * <code>IncludeMap</code> , AWS Firewall Manager applies the policy to all accounts specified by
   * the <code>IncludeMap</code> , and does not evaluate any <code>ExcludeMap</code> specifications.
   * If you do not specify an <code>IncludeMap</code> , then Firewall Manager applies the policy to
   * all accounts except for those specified by the <code>ExcludeMap</code> .
   *
   * <p>You can specify account IDs, OUs, or a combination:
   *
   * <ul> <li>Specify account IDs by setting the key to <code>ACCOUNT</code> . For example, the
   * following is a valid map: <code>{“ACCOUNT” : [“accountID1”, “accountID2”]}</code> . <li>Specify
   * OUs by setting the key to <code>ORGUNIT</code> . For example, the following is a valid map:
   * <code>{“ORGUNIT” : [“ouid111”, “ouid112”]}</code> . <li>Specify accounts and OUs together in a
   * single map, separated with a comma. For example, the following is a valid map: <code>{“ACCOUNT”
   * : [“accountID1”, “accountID2”], “ORGUNIT” : [“ouid111”, “ouid112”]}</code> . </ul>
   *
   * <p>CloudFormation property {@code IncludeMap}.
   */
  public Policy includeMap(Value<IEMap> value) {
    return set("IncludeMap", value);
  }

  /**
   * Your description of the AWS Firewall Manager policy.
   *
   * <p>Length: at most 256 characters. Pattern: {@code ^([a-zA-Z0-9_.:/=+&#92;-&#64;&#92;s]+)$}.
   * CloudFormation property {@code PolicyDescription}.
   */
  public Policy policyDescription(String value) {
    return set("PolicyDescription", Value.of(value));
  }

  /** Sets {@code PolicyDescription} to this value; see {@link #policyDescription(String)}. */
  public Policy policyDescription(Value<String> value) {
    return set("PolicyDescription", value);
  }

  /**
   * The name of the AWS Firewall Manager policy.
   *
   * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
   * ^([a-zA-Z0-9_.:/=+&#92;-&#64;&#92;s]+)$}. CloudFormation property {@code PolicyName}.
   */
  public Policy policyName(String value) {
    return set("PolicyName", Value.of(value));
  }

  /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
  public Policy policyName(Value<String> value) {
    return set("PolicyName", value);
  }

  /**
   * Indicates if the policy should be automatically applied to new resources.
   *
   * <p>Required. CloudFormation property {@code RemediationEnabled}.
   */
  public Policy remediationEnabled(boolean value) {
    return set("RemediationEnabled", Value.of(value));
  }

  /** Sets {@code RemediationEnabled} to this value; see {@link #remediationEnabled(boolean)}. */
  public Policy remediationEnabled(Value<Boolean> value) {
    return set("RemediationEnabled", value);
  }

  /**
   * The unique identifiers of the resource sets used by the policy.
   *
   * <p>Length: 22 to 22 characters. Pattern: {@code ^[a-z0-9A-Z]{22}$}. CloudFormation property
   * {@code ResourceSetIds}.
   */
  public Policy resourceSetIds(List<String> value) {
    return set("ResourceSetIds", Value.listOf(value));
  }

  /** Sets {@code ResourceSetIds} to this value; see {@link #resourceSetIds(List)}. */
  public Policy resourceSetIds(Value<List<String>> value) {
    return set("ResourceSetIds", value);
  }

  /**
   * Specifies whether to combine multiple resource tags with AND, so that a resource must have all
   * tags to be included or excluded, or OR, so that a resource must have at least one tag.
   *
   * <p>Default: <code>AND</code>
   *
   * <p>Allowed values: {@code AND}, {@code OR}. CloudFormation property {@code
   * ResourceTagLogicalOperator}.
   */
  public Policy resourceTagLogicalOperator(String value) {
    return set("ResourceTagLogicalOperator", Value.of(value));
  }

  /**
   * Sets {@code ResourceTagLogicalOperator} to this value; see {@link
   * #resourceTagLogicalOperator(String)}.
   */
  public Policy resourceTagLogicalOperator(Value<String> value) {
    return set("ResourceTagLogicalOperator", value);
  }

  /**
   * An array of <code>ResourceTag</code> objects, used to explicitly include resources in the
   * policy scope or explicitly exclude them. If this isn't set, then tags aren't used to modify
   * policy scope. See also <code>ExcludeResourceTags</code> .
   *
   * <p>CloudFormation property {@code ResourceTags}.
   */
  public Policy resourceTags(List<ResourceTag> value) {
    return set("ResourceTags", Value.listOf(value));
  }

  /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
  public Policy resourceTags(Value<List<ResourceTag>> value) {
    return set("ResourceTags", value);
  }

  /** Sets {@code ResourceTags} to a list of these; see {@link #resourceTags(List)}. */
  public Policy resourceTags(ResourceTag... values) {
    return set("ResourceTags", Value.list(values));
  }

  /**
   * The type of resource protected by or in scope of the policy. This is in the format shown in the
   * <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html">AWS
   * Resource Types Reference</a> . To apply this policy to multiple resource types, specify a
   * resource type of <code>ResourceTypeList</code> and then specify the resource types in a
   * <code>ResourceTypeList</code> .
   *
   * <p>The following are valid resource types for each Firewall Manager policy type:
   *
   * <ul> <li>AWS WAF Classic - <code>AWS::ApiGateway::Stage</code> ,
   * <code>AWS::CloudFront::Distribution</code> , and
   * <code>AWS::ElasticLoadBalancingV2::LoadBalancer</code> . <li>AWS WAF -
   * <code>AWS::ApiGateway::Stage</code> , <code>AWS::ElasticLoadBalancingV2::LoadBalancer</code> ,
   * and <code>AWS::CloudFront::Distribution</code> . <li>Shield Advanced -
   * <code>AWS::ElasticLoadBalancingV2::LoadBalancer</code> ,
   * <code>AWS::ElasticLoadBalancing::LoadBalancer</code> , <code>AWS::EC2::EIP</code> , and
   * <code>AWS::CloudFront::Distribution</code> . <li>Network ACL - <code>AWS::EC2::Subnet</code> .
   * <li>Security group usage audit - <code>AWS::EC2::SecurityGroup</code> . <li>Security group
   * content audit - <code>AWS::EC2::SecurityGroup</code> , <code>AWS::EC2::NetworkInterface</code>
   * , and <code>AWS::EC2::Instance</code> . <li>DNS Firewall, AWS Network Firewall , and
   * third-party firewall - <code>AWS::EC2::VPC</code> . </ul>
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^([^&#92;s]*)$}. CloudFormation property {@code
   * ResourceType}.
   */
  public Policy resourceType(String value) {
    return set("ResourceType", Value.of(value));
  }

  /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
  public Policy resourceType(Value<String> value) {
    return set("ResourceType", value);
  }

  /**
   * An array of <code>ResourceType</code> objects. Use this only to specify multiple resource
   * types. To specify a single resource type, use <code>ResourceType</code> .
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code ^([^&#92;s]*)$}. CloudFormation property {@code
   * ResourceTypeList}.
   */
  public Policy resourceTypeList(List<String> value) {
    return set("ResourceTypeList", Value.listOf(value));
  }

  /** Sets {@code ResourceTypeList} to this value; see {@link #resourceTypeList(List)}. */
  public Policy resourceTypeList(Value<List<String>> value) {
    return set("ResourceTypeList", value);
  }

  /**
   * Indicates whether AWS Firewall Manager should automatically remove protections from resources
   * that leave the policy scope and clean up resources that Firewall Manager is managing for
   * accounts when those accounts leave policy scope. For example, Firewall Manager will
   * disassociate a Firewall Manager managed web ACL from a protected customer resource when the
   * customer resource leaves policy scope.
   *
   * <p>By default, Firewall Manager doesn't remove protections or delete Firewall Manager managed
   * resources.
   *
   * <p>This option is not available for Shield Advanced or AWS WAF Classic policies.
   *
   * <p>CloudFormation property {@code ResourcesCleanUp}.
   */
  public Policy resourcesCleanUp(boolean value) {
    return set("ResourcesCleanUp", Value.of(value));
  }

  /** Sets {@code ResourcesCleanUp} to this value; see {@link #resourcesCleanUp(boolean)}. */
  public Policy resourcesCleanUp(Value<Boolean> value) {
    return set("ResourcesCleanUp", value);
  }

  /**
   * Details about the security service that is being used to protect the resources.
   *
   * <p>This contains the following settings:
   *
   * <ul> <li>Type - Indicates the service type that the policy uses to protect the resource. For
   * security group policies, Firewall Manager supports one security group for each common policy
   * and for each content audit policy. This is an adjustable limit that you can increase by
   * contacting . </ul>
   *
   * <p>Valid values: <code>DNS_FIREWALL</code> | <code>NETWORK_FIREWALL</code> |
   * <code>SECURITY_GROUPS_COMMON</code> | <code>SECURITY_GROUPS_CONTENT_AUDIT</code> |
   * <code>SECURITY_GROUPS_USAGE_AUDIT</code> | <code>SHIELD_ADVANCED</code> |
   * <code>THIRD_PARTY_FIREWALL</code> | <code>WAFV2</code> | <code>WAF</code>
   *
   * <ul> <li>ManagedServiceData - Details about the service that are specific to the service type,
   * in JSON format. </ul>
   *
   * <ul> <li>Example: <code>DNS_FIREWALL</code> </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"DNS_FIREWALL&#92;",&#92;"preProcessRuleGroups&#92;":[{&#92;"ruleGroupId&#92;":&#92;"rslvr-frg-1&#92;",&#92;"priority&#92;":10}],&#92;"postProcessRuleGroups&#92;":[{&#92;"ruleGroupId&#92;":&#92;"rslvr-frg-2&#92;",&#92;"priority&#92;":9911}]}"</code>
   *
   * <p>Valid values for <code>preProcessRuleGroups</code> are between 1 and 99. Valid values for
   * <code>postProcessRuleGroups</code> are between 9901 and 10000.
   *
   * <ul> <li>Example: <code>NETWORK_FIREWALL</code> - Centralized deployment model </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"NETWORK_FIREWALL&#92;",&#92;"awsNetworkFirewallConfig&#92;":{&#92;"networkFirewallStatelessRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateless-rulegroup/test&#92;",&#92;"priority&#92;":1}],&#92;"networkFirewallStatelessDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessFragmentDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessCustomActions&#92;":[{&#92;"actionName&#92;":&#92;"customActionName&#92;",&#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"metricdimensionvalue&#92;"}]}}}],&#92;"networkFirewallStatefulRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateful-rulegroup/test&#92;"}],&#92;"networkFirewallLoggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"ALERT&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}},{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"FLOW&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}}],&#92;"overrideExistingConfig&#92;":true}},&#92;"firewallDeploymentModel&#92;":{&#92;"centralizedFirewallDeploymentModel&#92;":{&#92;"centralizedFirewallOrchestrationConfig&#92;":{&#92;"inspectionVpcIds&#92;":[{&#92;"resourceId&#92;":&#92;"vpc-1234&#92;",&#92;"accountId&#92;":&#92;"123456789011&#92;"}],&#92;"firewallCreationConfig&#92;":{&#92;"endpointLocation&#92;":{&#92;"availabilityZoneConfigList&#92;":[{&#92;"availabilityZoneId&#92;":null,&#92;"availabilityZoneName&#92;":&#92;"us-east-1a&#92;",&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;"]}]}},&#92;"allowedIPV4CidrList&#92;":[]}}}}"</code>
   *
   * <p>To use the distributed deployment model, you must set <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-networkfirewallpolicy.html">FirewallDeploymentModel</a>
   * to <code>DISTRIBUTED</code> .
   *
   * <ul> <li>Example: <code>NETWORK_FIREWALL</code> - Distributed deployment model with automatic
   * Availability Zone configuration </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"NETWORK_FIREWALL&#92;",&#92;"networkFirewallStatelessRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateless-rulegroup/test&#92;",&#92;"priority&#92;":1}],&#92;"networkFirewallStatelessDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessFragmentDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessCustomActions&#92;":[{&#92;"actionName&#92;":&#92;"customActionName&#92;",&#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"metricdimensionvalue&#92;"}]}}}],&#92;"networkFirewallStatefulRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateful-rulegroup/test&#92;"}],&#92;"networkFirewallOrchestrationConfig&#92;":{&#92;"singleFirewallEndpointPerVPC&#92;":false,&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;",&#92;"192.168.0.0/28&#92;"],&#92;"routeManagementAction&#92;":&#92;"OFF&#92;"},&#92;"networkFirewallLoggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"ALERT&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}},{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"FLOW&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}}],&#92;"overrideExistingConfig&#92;":true}}"</code>
   *
   * <p>With automatic Availbility Zone configuration, Firewall Manager chooses which Availability
   * Zones to create the endpoints in. To use the distributed deployment model, you must set <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-networkfirewallpolicy.html">FirewallDeploymentModel</a>
   * to <code>DISTRIBUTED</code> .
   *
   * <ul> <li>Example: <code>NETWORK_FIREWALL</code> - Distributed deployment model with automatic
   * Availability Zone configuration and route management </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"NETWORK_FIREWALL&#92;",&#92;"networkFirewallStatelessRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateless-rulegroup/test&#92;",&#92;"priority&#92;":1}],&#92;"networkFirewallStatelessDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessFragmentDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessCustomActions&#92;":[{&#92;"actionName&#92;":&#92;"customActionName&#92;",&#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"metricdimensionvalue&#92;"}]}}}],&#92;"networkFirewallStatefulRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateful-rulegroup/test&#92;"}],&#92;"networkFirewallOrchestrationConfig&#92;":{&#92;"singleFirewallEndpointPerVPC&#92;":false,&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;",&#92;"192.168.0.0/28&#92;"],&#92;"routeManagementAction&#92;":&#92;"MONITOR&#92;",&#92;"routeManagementTargetTypes&#92;":[&#92;"InternetGateway&#92;"]},&#92;"networkFirewallLoggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"ALERT&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}},{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":
   * &#92;"FLOW&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}}],&#92;"overrideExistingConfig&#92;":true}}"</code>
   *
   * <p>To use the distributed deployment model, you must set <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-networkfirewallpolicy.html">FirewallDeploymentModel</a>
   * to <code>DISTRIBUTED</code> .
   *
   * <ul> <li>Example: <code>NETWORK_FIREWALL</code> - Distributed deployment model with custom
   * Availability Zone configuration </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"NETWORK_FIREWALL&#92;",&#92;"networkFirewallStatelessRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateless-rulegroup/test&#92;",&#92;"priority&#92;":1}],&#92;"networkFirewallStatelessDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessFragmentDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"fragmentcustomactionname&#92;"],&#92;"networkFirewallStatelessCustomActions&#92;":[{&#92;"actionName&#92;":&#92;"customActionName&#92;",
   * &#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"metricdimensionvalue&#92;"}]}}},{&#92;"actionName&#92;":&#92;"fragmentcustomactionname&#92;",&#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"fragmentmetricdimensionvalue&#92;"}]}}}],&#92;"networkFirewallStatefulRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateful-rulegroup/test&#92;"}],&#92;"networkFirewallOrchestrationConfig&#92;":{&#92;"firewallCreationConfig&#92;":{
   * &#92;"endpointLocation&#92;":{&#92;"availabilityZoneConfigList&#92;":[{&#92;"availabilityZoneName&#92;":&#92;"us-east-1a&#92;",&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;"]},{&#92;"availabilityZoneName&#92;":&#92;"us-east-1b&#92;",&#92;"allowedIPV4CidrList&#92;":[
   * &#92;"10.0.0.0/28&#92;"]}]}
   * },&#92;"singleFirewallEndpointPerVPC&#92;":false,&#92;"allowedIPV4CidrList&#92;":null,&#92;"routeManagementAction&#92;":&#92;"OFF&#92;",&#92;"networkFirewallLoggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"ALERT&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}},{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"FLOW&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}}],&#92;"overrideExistingConfig&#92;":boolean}}"</code>
   *
   * <p>With custom Availability Zone configuration, you define which specific Availability Zones to
   * create endpoints in by configuring <code>firewallCreationConfig</code> . To configure the
   * Availability Zones in <code>firewallCreationConfig</code> , specify either the
   * <code>availabilityZoneName</code> or <code>availabilityZoneId</code> parameter, not both
   * parameters.
   *
   * <p>To use the distributed deployment model, you must set <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-networkfirewallpolicy.html">FirewallDeploymentModel</a>
   * to <code>DISTRIBUTED</code> .
   *
   * <ul> <li>Example: <code>NETWORK_FIREWALL</code> - Distributed deployment model with custom
   * Availability Zone configuration and route management </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"NETWORK_FIREWALL&#92;",&#92;"networkFirewallStatelessRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateless-rulegroup/test&#92;",&#92;"priority&#92;":1}],&#92;"networkFirewallStatelessDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessFragmentDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"fragmentcustomactionname&#92;"],&#92;"networkFirewallStatelessCustomActions&#92;":[{&#92;"actionName&#92;":&#92;"customActionName&#92;",&#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"metricdimensionvalue&#92;"}]}}},{&#92;"actionName&#92;":&#92;"fragmentcustomactionname&#92;",&#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"fragmentmetricdimensionvalue&#92;"}]}}}],&#92;"networkFirewallStatefulRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateful-rulegroup/test&#92;"}],&#92;"networkFirewallOrchestrationConfig&#92;":{&#92;"firewallCreationConfig&#92;":{&#92;"endpointLocation&#92;":{&#92;"availabilityZoneConfigList&#92;":[{&#92;"availabilityZoneName&#92;":&#92;"us-east-1a&#92;",&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;"]},{&#92;"availabilityZoneName&#92;":&#92;"us-east-1b&#92;",&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;"]}]}},&#92;"singleFirewallEndpointPerVPC&#92;":false,&#92;"allowedIPV4CidrList&#92;":null,&#92;"routeManagementAction&#92;":&#92;"MONITOR&#92;",&#92;"routeManagementTargetTypes&#92;":[&#92;"InternetGateway&#92;"],&#92;"routeManagementConfig&#92;":{&#92;"allowCrossAZTrafficIfNoEndpoint&#92;":true}},&#92;"networkFirewallLoggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"ALERT&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}},{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"FLOW&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}}],&#92;"overrideExistingConfig&#92;":boolean}}"</code>
   *
   * <p>To use the distributed deployment model, you must set <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-networkfirewallpolicy.html">FirewallDeploymentModel</a>
   * to <code>DISTRIBUTED</code> .
   *
   * <ul> <li>Example: <code>THIRD_PARTY_FIREWALL</code> - Palo Alto Networks Cloud Next-Generation
   * Firewall centralized deployment model </ul>
   *
   * <p><code>"{ &#92;"type&#92;":&#92;"THIRD_PARTY_FIREWALL&#92;",
   * &#92;"thirdPartyFirewall&#92;":&#92;"PALO_ALTO_NETWORKS_CLOUD_NGFW&#92;",
   * &#92;"thirdPartyFirewallConfig&#92;":{
   * &#92;"thirdPartyFirewallPolicyList&#92;":[&#92;"global-1&#92;"]
   * },&#92;"firewallDeploymentModel&#92;":{&#92;"centralizedFirewallDeploymentModel&#92;":{&#92;"centralizedFirewallOrchestrationConfig&#92;":{&#92;"inspectionVpcIds&#92;":[{&#92;"resourceId&#92;":&#92;"vpc-1234&#92;",&#92;"accountId&#92;":&#92;"123456789011&#92;"}],&#92;"firewallCreationConfig&#92;":{&#92;"endpointLocation&#92;":{&#92;"availabilityZoneConfigList&#92;":[{&#92;"availabilityZoneId&#92;":null,&#92;"availabilityZoneName&#92;":&#92;"us-east-1a&#92;",&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;"]}]}},&#92;"allowedIPV4CidrList&#92;":[]}}}}"</code>
   *
   * <p>To use the distributed deployment model, you must set <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-thirdpartyfirewallpolicy.html">FirewallDeploymentModel</a>
   * to <code>CENTRALIZED</code> .
   *
   * <ul> <li>Example: <code>THIRD_PARTY_FIREWALL</code> - Palo Alto Networks Cloud Next-Generation
   * Firewall distributed deployment model </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"THIRD_PARTY_FIREWALL&#92;",&#92;"thirdPartyFirewall&#92;":&#92;"PALO_ALTO_NETWORKS_CLOUD_NGFW&#92;",&#92;"thirdPartyFirewallConfig&#92;":{&#92;"thirdPartyFirewallPolicyList&#92;":[&#92;"global-1&#92;"]
   * },&#92;"firewallDeploymentModel&#92;":{ &#92;"distributedFirewallDeploymentModel&#92;":{
   * &#92;"distributedFirewallOrchestrationConfig&#92;":{&#92;"firewallCreationConfig&#92;":{&#92;"endpointLocation&#92;":{
   * &#92;"availabilityZoneConfigList&#92;":[
   * {&#92;"availabilityZoneName&#92;":&#92;"${AvailabilityZone}&#92;" } ] } },
   * &#92;"allowedIPV4CidrList&#92;":[ ] } } } }"</code>
   *
   * <p>To use the distributed deployment model, you must set <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-thirdpartyfirewallpolicy.html">FirewallDeploymentModel</a>
   * to <code>DISTRIBUTED</code> .
   *
   * <ul> <li>Specification for <code>SHIELD_ADVANCED</code> for Amazon CloudFront distributions
   * </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"SHIELD_ADVANCED&#92;",&#92;"automaticResponseConfiguration&#92;":
   * {&#92;"automaticResponseStatus&#92;":&#92;"ENABLED|IGNORED|DISABLED&#92;",
   * &#92;"automaticResponseAction&#92;":&#92;"BLOCK|COUNT&#92;"},
   * &#92;"overrideCustomerWebaclClassic&#92;":true|false}"</code>
   *
   * <p>For example:
   * <code>"{&#92;"type&#92;":&#92;"SHIELD_ADVANCED&#92;",&#92;"automaticResponseConfiguration&#92;":
   * {&#92;"automaticResponseStatus&#92;":&#92;"ENABLED&#92;",
   * &#92;"automaticResponseAction&#92;":&#92;"COUNT&#92;"}}"</code>
   *
   * <p>The default value for <code>automaticResponseStatus</code> is <code>IGNORED</code> . The
   * value for <code>automaticResponseAction</code> is only required when
   * <code>automaticResponseStatus</code> is set to <code>ENABLED</code> . The default value for
   * <code>overrideCustomerWebaclClassic</code> is <code>false</code> .
   *
   * <p>For other resource types that you can protect with a Shield Advanced policy, this
   * <code>ManagedServiceData</code> configuration is an empty string.
   *
   * <ul> <li>Example: <code>WAFV2</code> </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"WAFV2&#92;",&#92;"preProcessRuleGroups&#92;":[{&#92;"ruleGroupArn&#92;":null,&#92;"overrideAction&#92;":{&#92;"type&#92;":&#92;"NONE&#92;"},&#92;"managedRuleGroupIdentifier&#92;":{&#92;"version&#92;":null,&#92;"vendorName&#92;":&#92;"AWS&#92;",&#92;"managedRuleGroupName&#92;":&#92;"AWSManagedRulesAmazonIpReputationList&#92;"},&#92;"ruleGroupType&#92;":&#92;"ManagedRuleGroup&#92;",&#92;"excludeRules&#92;":[{&#92;"name&#92;":&#92;"NoUserAgent_HEADER&#92;"}]}],&#92;"postProcessRuleGroups&#92;":[],&#92;"defaultAction&#92;":{&#92;"type&#92;":&#92;"ALLOW&#92;"},&#92;"overrideCustomerWebACLAssociation&#92;":false,&#92;"loggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[&#92;"arn:aws:firehose:us-west-2:12345678912:deliverystream/aws-waf-logs-fms-admin-destination&#92;"],&#92;"redactedFields&#92;":[{&#92;"redactedFieldType&#92;":&#92;"SingleHeader&#92;",&#92;"redactedFieldValue&#92;":&#92;"Cookies&#92;"},{&#92;"redactedFieldType&#92;":&#92;"Method&#92;"}]}}"</code>
   *
   * <p>In the <code>loggingConfiguration</code> , you can specify one
   * <code>logDestinationConfigs</code> , you can optionally provide up to 20
   * <code>redactedFields</code> , and the <code>RedactedFieldType</code> must be one of
   * <code>URI</code> , <code>QUERY_STRING</code> , <code>HEADER</code> , or <code>METHOD</code> .
   *
   * <ul> <li>Example: <code>AWS WAF Classic</code> </ul>
   *
   * <p><code>"{&#92;"type&#92;": &#92;"WAF&#92;", &#92;"ruleGroups&#92;":
   * [{&#92;"id&#92;":&#92;"12345678-1bcd-9012-efga-0987654321ab&#92;", &#92;"overrideAction&#92;" :
   * {&#92;"type&#92;": &#92;"COUNT&#92;"}}], &#92;"defaultAction&#92;": {&#92;"type&#92;":
   * &#92;"BLOCK&#92;"}}"</code>
   *
   * <ul> <li>Example: <code>WAFV2</code> - AWS Firewall Manager support for AWS WAF managed rule
   * group versioning </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"WAFV2&#92;",&#92;"preProcessRuleGroups&#92;":[{&#92;"ruleGroupArn&#92;":null,&#92;"overrideAction&#92;":{&#92;"type&#92;":&#92;"NONE&#92;"},&#92;"managedRuleGroupIdentifier&#92;":{&#92;"versionEnabled&#92;":true,&#92;"version&#92;":&#92;"Version_2.0&#92;",&#92;"vendorName&#92;":&#92;"AWS&#92;",&#92;"managedRuleGroupName&#92;":&#92;"AWSManagedRulesCommonRuleSet&#92;"},&#92;"ruleGroupType&#92;":&#92;"ManagedRuleGroup&#92;",&#92;"excludeRules&#92;":[{&#92;"name&#92;":&#92;"NoUserAgent_HEADER&#92;"}]}],&#92;"postProcessRuleGroups&#92;":[],&#92;"defaultAction&#92;":{&#92;"type&#92;":&#92;"ALLOW&#92;"},&#92;"overrideCustomerWebACLAssociation&#92;":false,&#92;"loggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[&#92;"arn:aws:firehose:us-west-2:12345678912:deliverystream/aws-waf-logs-fms-admin-destination&#92;"],&#92;"redactedFields&#92;":[{&#92;"redactedFieldType&#92;":&#92;"SingleHeader&#92;",&#92;"redactedFieldValue&#92;":&#92;"Cookies&#92;"},{&#92;"redactedFieldType&#92;":&#92;"Method&#92;"}]}}"</code>
   *
   * <p>To use a specific version of a AWS WAF managed rule group in your Firewall Manager policy,
   * you must set <code>versionEnabled</code> to <code>true</code> , and set <code>version</code> to
   * the version you'd like to use. If you don't set <code>versionEnabled</code> to
   * <code>true</code> , or if you omit <code>versionEnabled</code> , then Firewall Manager uses the
   * default version of the AWS WAF managed rule group.
   *
   * <ul> <li>Example: <code>SECURITY_GROUPS_COMMON</code> </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"SECURITY_GROUPS_COMMON&#92;",&#92;"revertManualSecurityGroupChanges&#92;":false,&#92;"exclusiveResourceSecurityGroupManagement&#92;":false,
   * &#92;"applyToAllEC2InstanceENIs&#92;":false,&#92;"securityGroups&#92;":[{&#92;"id&#92;":&#92;"
   * sg-000e55995d61a06bd&#92;"}]}"</code>
   *
   * <ul> <li>Example: Shared VPCs. Apply the preceding policy to resources in shared VPCs as well
   * as to those in VPCs that the account owns </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"SECURITY_GROUPS_COMMON&#92;",&#92;"revertManualSecurityGroupChanges&#92;":false,&#92;"exclusiveResourceSecurityGroupManagement&#92;":false,
   * &#92;"applyToAllEC2InstanceENIs&#92;":false,&#92;"includeSharedVPC&#92;":true,&#92;"securityGroups&#92;":[{&#92;"id&#92;":&#92;"
   * sg-000e55995d61a06bd&#92;"}]}"</code>
   *
   * <ul> <li>Example: <code>SECURITY_GROUPS_CONTENT_AUDIT</code> </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"SECURITY_GROUPS_CONTENT_AUDIT&#92;",&#92;"securityGroups&#92;":[{&#92;"id&#92;":&#92;"sg-000e55995d61a06bd&#92;"}],&#92;"securityGroupAction&#92;":{&#92;"type&#92;":&#92;"ALLOW&#92;"}}"</code>
   *
   * <p>The security group action for content audit can be <code>ALLOW</code> or <code>DENY</code> .
   * For <code>ALLOW</code> , all in-scope security group rules must be within the allowed range of
   * the policy's security group rules. For <code>DENY</code> , all in-scope security group rules
   * must not contain a value or a range that matches a rule value or range in the policy security
   * group.
   *
   * <ul> <li>Example: <code>SECURITY_GROUPS_USAGE_AUDIT</code> </ul>
   *
   * <p><code>"{&#92;"type&#92;":&#92;"SECURITY_GROUPS_USAGE_AUDIT&#92;",&#92;"deleteUnusedSecurityGroups&#92;":true,&#92;"coalesceRedundantSecurityGroups&#92;":true}"</code>
   *
   * <p>Required. CloudFormation property {@code SecurityServicePolicyData}.
   */
  public Policy securityServicePolicyData(Value<SecurityServicePolicyData> value) {
    return set("SecurityServicePolicyData", value);
  }

  /**
   * A collection of key:value pairs associated with an AWS resource. The key:value pair can be
   * anything you define. Typically, the tag key represents a category (such as "environment") and
   * the tag value represents a specific value within that category (such as "test," "development,"
   * or "production"). You can add up to 50 tags to each AWS resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Policy tags(List<PolicyTag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Policy tags(Value<List<PolicyTag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Policy tags(PolicyTag... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Policy tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies the AWS account IDs and AWS Organizations organizational units (OUs) to include in or
   * exclude from the policy. Specifying an OU is the equivalent of specifying all accounts in the
   * OU and in any of its child OUs, including any child OUs and accounts that are added at a later
   * time.
   *
   * <p>This is used for the policy's <code>IncludeMap</code> and <code>ExcludeMap</code> .
   *
   * <p>You can specify account IDs, OUs, or a combination:
   *
   * <ul> <li>Specify account IDs by setting the key to <code>ACCOUNT</code> . For example, the
   * following is a valid map: <code>{“ACCOUNT” : [“accountID1”, “accountID2”]}</code> . <li>Specify
   * OUs by setting the key to <code>ORGUNIT</code> . For example, the following is a valid map:
   * <code>{“ORGUNIT” : [“ouid111”, “ouid112”]}</code> . <li>Specify accounts and OUs together in a
   * single map, separated with a comma. For example, the following is a valid map: <code>{“ACCOUNT”
   * : [“accountID1”, “accountID2”], “ORGUNIT” : [“ouid111”, “ouid112”]}</code> . </ul>
   *
   * <p>Property type {@code AWS::FMS::Policy.IEMap}.
   */
  public static final class IEMap extends Struct<IEMap> {
    private static final Schema SCHEMA = Schema.builder("AWS::FMS::Policy.IEMap")
        .constrain("ACCOUNT", Constraint.of().pattern("^([0-9]*)$").minLength(12).maxLength(12))
        .constrain("ORGUNIT", Constraint.of().pattern("^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$").minLength(16).maxLength(68))
        .build();

    public IEMap() {
      super(SCHEMA);
    }

    /**
     * The account list for the map.
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^([0-9]*)$}. CloudFormation property {@code
     * ACCOUNT}.
     */
    public IEMap account(List<String> value) {
      return set("ACCOUNT", Value.listOf(value));
    }

    /** Sets {@code ACCOUNT} to this value; see {@link #account(List)}. */
    public IEMap account(Value<List<String>> value) {
      return set("ACCOUNT", value);
    }

    /**
     * The organizational unit list for the map.
     *
     * <p>Length: 16 to 68 characters. Pattern: {@code ^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$}.
     * CloudFormation property {@code ORGUNIT}.
     */
    public IEMap orgunit(List<String> value) {
      return set("ORGUNIT", Value.listOf(value));
    }

    /** Sets {@code ORGUNIT} to this value; see {@link #orgunit(List)}. */
    public IEMap orgunit(Value<List<String>> value) {
      return set("ORGUNIT", value);
    }
  }

  /**
   * ICMP protocol: The ICMP type and code.
   *
   * <p>Property type {@code AWS::FMS::Policy.IcmpTypeCode}.
   */
  public static final class IcmpTypeCode extends Struct<IcmpTypeCode> {
    private static final Schema SCHEMA = Schema.builder("AWS::FMS::Policy.IcmpTypeCode")
        .required("Code", "Type")
        .constrain("Code", Constraint.of().minimum(0).maximum(255))
        .constrain("Type", Constraint.of().minimum(0).maximum(255))
        .build();

    public IcmpTypeCode() {
      super(SCHEMA);
    }

    /**
     * ICMP code.
     *
     * <p>Required. Range: 0 to 255. CloudFormation property {@code Code}.
     */
    public IcmpTypeCode code(int value) {
      return set("Code", Value.of(value));
    }

    /** Sets {@code Code} to this value; see {@link #code(int)}. */
    public IcmpTypeCode code(Value<Integer> value) {
      return set("Code", value);
    }

    /**
     * ICMP type.
     *
     * <p>Required. Range: 0 to 255. CloudFormation property {@code Type}.
     */
    public IcmpTypeCode type(int value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(int)}. */
    public IcmpTypeCode type(Value<Integer> value) {
      return set("Type", value);
    }
  }

  /**
   * Defines a Firewall Manager network ACL policy. This is used in the <code>PolicyOption</code> of
   * a <code>SecurityServicePolicyData</code> for a <code>Policy</code> , when the
   * <code>SecurityServicePolicyData</code> type is set to <code>NETWORK_ACL_COMMON</code> .
   *
   * <p>For information about network ACLs, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html">Control traffic
   * to subnets using network ACLs</a> in the <em>Amazon Virtual Private Cloud User Guide</em> .
   *
   * <p>Property type {@code AWS::FMS::Policy.NetworkAclCommonPolicy}.
   */
  public static final class NetworkAclCommonPolicy extends Struct<NetworkAclCommonPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::FMS::Policy.NetworkAclCommonPolicy")
        .required("NetworkAclEntrySet")
        .build();

    public NetworkAclCommonPolicy() {
      super(SCHEMA);
    }

    /**
     * The definition of the first and last rules for the network ACL policy.
     *
     * <p>Required. CloudFormation property {@code NetworkAclEntrySet}.
     */
    public NetworkAclCommonPolicy networkAclEntrySet(Value<NetworkAclEntrySet> value) {
      return set("NetworkAclEntrySet", value);
    }
  }

  /**
   * Describes a rule in a network ACL.
   *
   * <p>Each network ACL has a set of numbered ingress rules and a separate set of numbered egress
   * rules. When determining whether a packet should be allowed in or out of a subnet associated
   * with the network ACL, AWS processes the entries in the network ACL according to the rule
   * numbers, in ascending order.
   *
   * <p>When you manage an individual network ACL, you explicitly specify the rule numbers. When you
   * specify the network ACL rules in a Firewall Manager policy, you provide the rules to run first,
   * in the order that you want them to run, and the rules to run last, in the order that you want
   * them to run. Firewall Manager assigns the rule numbers for you when you save the network ACL
   * policy specification.
   *
   * <p>Property type {@code AWS::FMS::Policy.NetworkAclEntry}.
   */
  public static final class NetworkAclEntry extends Struct<NetworkAclEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::FMS::Policy.NetworkAclEntry")
        .required("Egress", "Protocol", "RuleAction")
        .constrain("CidrBlock", Constraint.of().pattern("^(([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])(\\/([0-9]|[1-2][0-9]|3[0-2]))$").format("ipv4-network"))
        .constrain("Ipv6CidrBlock", Constraint.of().pattern("^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))(/(1[0-2]|[0-9]))?$").format("ipv6-network"))
        .constrain("Protocol", Constraint.of().pattern("^(tcp|udp|icmp|-1|([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]))$"))
        .allowed("RuleAction", "allow", "deny")
        .build();

    public NetworkAclEntry() {
      super(SCHEMA);
    }

    /**
     * The IPv4 network range to allow or deny, in CIDR notation.
     *
     * <p>Pattern: {@code
     * ^(([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])&#92;.){3}([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])(&#92;/([0-9]|[1-2][0-9]|3[0-2]))$}.
     * Format: {@code ipv4-network}. CloudFormation property {@code CidrBlock}.
     */
    public NetworkAclEntry cidrBlock(String value) {
      return set("CidrBlock", Value.of(value));
    }

    /** Sets {@code CidrBlock} to this value; see {@link #cidrBlock(String)}. */
    public NetworkAclEntry cidrBlock(Value<String> value) {
      return set("CidrBlock", value);
    }

    /**
     * Indicates whether the rule is an egress, or outbound, rule (applied to traffic leaving the
     * subnet). If it's not an egress rule, then it's an ingress, or inbound, rule.
     *
     * <p>Required. CloudFormation property {@code Egress}.
     */
    public NetworkAclEntry egress(boolean value) {
      return set("Egress", Value.of(value));
    }

    /** Sets {@code Egress} to this value; see {@link #egress(boolean)}. */
    public NetworkAclEntry egress(Value<Boolean> value) {
      return set("Egress", value);
    }

    /**
     * ICMP protocol: The ICMP type and code.
     *
     * <p>CloudFormation property {@code IcmpTypeCode}.
     */
    public NetworkAclEntry icmpTypeCode(Value<IcmpTypeCode> value) {
      return set("IcmpTypeCode", value);
    }

    /**
     * The IPv6 network range to allow or deny, in CIDR notation.
     *
     * <p>Pattern: {@code
     * ^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])&#92;.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])&#92;.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))(/(1[0-2]|[0-9]))?$}.
     * Format: {@code ipv6-network}. CloudFormation property {@code Ipv6CidrBlock}.
     */
    public NetworkAclEntry ipv6CidrBlock(String value) {
      return set("Ipv6CidrBlock", Value.of(value));
    }

    /** Sets {@code Ipv6CidrBlock} to this value; see {@link #ipv6CidrBlock(String)}. */
    public NetworkAclEntry ipv6CidrBlock(Value<String> value) {
      return set("Ipv6CidrBlock", value);
    }

    /**
     * TCP or UDP protocols: The range of ports the rule applies to.
     *
     * <p>CloudFormation property {@code PortRange}.
     */
    public NetworkAclEntry portRange(Value<PortRange> value) {
      return set("PortRange", value);
    }

    /**
     * The protocol number. A value of "-1" means all protocols.
     *
     * <p>Required. Pattern: {@code
     * ^(tcp|udp|icmp|-1|([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]))$}. CloudFormation
     * property {@code Protocol}.
     */
    public NetworkAclEntry protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public NetworkAclEntry protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * Indicates whether to allow or deny the traffic that matches the rule.
     *
     * <p>Required. Allowed values: {@code allow}, {@code deny}. CloudFormation property {@code
     * RuleAction}.
     */
    public NetworkAclEntry ruleAction(String value) {
      return set("RuleAction", Value.of(value));
    }

    /** Sets {@code RuleAction} to this value; see {@link #ruleAction(String)}. */
    public NetworkAclEntry ruleAction(Value<String> value) {
      return set("RuleAction", value);
    }
  }

  /**
   * The configuration of the first and last rules for the network ACL policy, and the remediation
   * settings for each.
   *
   * <p>Property type {@code AWS::FMS::Policy.NetworkAclEntrySet}.
   */
  public static final class NetworkAclEntrySet extends Struct<NetworkAclEntrySet> {
    private static final Schema SCHEMA = Schema.builder("AWS::FMS::Policy.NetworkAclEntrySet")
        .required("ForceRemediateForFirstEntries", "ForceRemediateForLastEntries")
        .build();

    public NetworkAclEntrySet() {
      super(SCHEMA);
    }

    /**
     * The rules that you want to run first in the Firewall Manager managed network ACLs.
     *
     * <p>Provide these in the order in which you want them to run. Firewall Manager will assign the
     * specific rule numbers for you, in the network ACLs that it creates.
     *
     * <p>You must specify at least one first entry or one last entry in any network ACL policy.
     *
     * <p>CloudFormation property {@code FirstEntries}.
     */
    public NetworkAclEntrySet firstEntries(List<NetworkAclEntry> value) {
      return set("FirstEntries", Value.listOf(value));
    }

    /** Sets {@code FirstEntries} to this value; see {@link #firstEntries(List)}. */
    public NetworkAclEntrySet firstEntries(Value<List<NetworkAclEntry>> value) {
      return set("FirstEntries", value);
    }

    /** Sets {@code FirstEntries} to a list of these; see {@link #firstEntries(List)}. */
    public NetworkAclEntrySet firstEntries(NetworkAclEntry... values) {
      return set("FirstEntries", Value.list(values));
    }

    /**
     * Applies only when remediation is enabled for the policy as a whole. Firewall Manager uses
     * this setting when it finds policy violations that involve conflicts between the custom
     * entries and the policy entries.
     *
     * <p>If forced remediation is disabled, Firewall Manager marks the network ACL as noncompliant
     * and does not try to remediate. For more information about the remediation behavior, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/network-acl-policies.html#network-acls-remediation">Remediation
     * for managed network ACLs</a> in the <em>AWS Firewall Manager Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code ForceRemediateForFirstEntries}.
     */
    public NetworkAclEntrySet forceRemediateForFirstEntries(boolean value) {
      return set("ForceRemediateForFirstEntries", Value.of(value));
    }

    /**
     * Sets {@code ForceRemediateForFirstEntries} to this value; see {@link
     * #forceRemediateForFirstEntries(boolean)}.
     */
    public NetworkAclEntrySet forceRemediateForFirstEntries(Value<Boolean> value) {
      return set("ForceRemediateForFirstEntries", value);
    }

    /**
     * Applies only when remediation is enabled for the policy as a whole. Firewall Manager uses
     * this setting when it finds policy violations that involve conflicts between the custom
     * entries and the policy entries.
     *
     * <p>If forced remediation is disabled, Firewall Manager marks the network ACL as noncompliant
     * and does not try to remediate. For more information about the remediation behavior, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/network-acl-policies.html#network-acls-remediation">Remediation
     * for managed network ACLs</a> in the <em>AWS Firewall Manager Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code ForceRemediateForLastEntries}.
     */
    public NetworkAclEntrySet forceRemediateForLastEntries(boolean value) {
      return set("ForceRemediateForLastEntries", Value.of(value));
    }

    /**
     * Sets {@code ForceRemediateForLastEntries} to this value; see {@link
     * #forceRemediateForLastEntries(boolean)}.
     */
    public NetworkAclEntrySet forceRemediateForLastEntries(Value<Boolean> value) {
      return set("ForceRemediateForLastEntries", value);
    }

    /**
     * The rules that you want to run last in the Firewall Manager managed network ACLs.
     *
     * <p>Provide these in the order in which you want them to run. Firewall Manager will assign the
     * specific rule numbers for you, in the network ACLs that it creates.
     *
     * <p>You must specify at least one first entry or one last entry in any network ACL policy.
     *
     * <p>CloudFormation property {@code LastEntries}.
     */
    public NetworkAclEntrySet lastEntries(List<NetworkAclEntry> value) {
      return set("LastEntries", Value.listOf(value));
    }

    /** Sets {@code LastEntries} to this value; see {@link #lastEntries(List)}. */
    public NetworkAclEntrySet lastEntries(Value<List<NetworkAclEntry>> value) {
      return set("LastEntries", value);
    }

    /** Sets {@code LastEntries} to a list of these; see {@link #lastEntries(List)}. */
    public NetworkAclEntrySet lastEntries(NetworkAclEntry... values) {
      return set("LastEntries", Value.list(values));
    }
  }

  /**
   * Configures the firewall policy deployment model of AWS Network Firewall . For information about
   * Network Firewall deployment models, see <a
   * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/architectures.html">AWS
   * Network Firewall example architectures with routing</a> in the <em>Network Firewall Developer
   * Guide</em> .
   *
   * <p>Property type {@code AWS::FMS::Policy.NetworkFirewallPolicy}.
   */
  public static final class NetworkFirewallPolicy extends Struct<NetworkFirewallPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::FMS::Policy.NetworkFirewallPolicy")
        .required("FirewallDeploymentModel")
        .allowed("FirewallDeploymentModel", "DISTRIBUTED", "CENTRALIZED")
        .build();

    public NetworkFirewallPolicy() {
      super(SCHEMA);
    }

    /**
     * Defines the deployment model to use for the firewall policy. To use a distributed model, set
     * <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-thirdpartyfirewallpolicy.html">FirewallDeploymentModel</a>
     * to <code>DISTRIBUTED</code> .
     *
     * <p>Required. Allowed values: {@code DISTRIBUTED}, {@code CENTRALIZED}. CloudFormation
     * property {@code FirewallDeploymentModel}.
     */
    public NetworkFirewallPolicy firewallDeploymentModel(String value) {
      return set("FirewallDeploymentModel", Value.of(value));
    }

    /**
     * Sets {@code FirewallDeploymentModel} to this value; see {@link
     * #firewallDeploymentModel(String)}.
     */
    public NetworkFirewallPolicy firewallDeploymentModel(Value<String> value) {
      return set("FirewallDeploymentModel", value);
    }
  }

  /**
   * Contains the settings to configure a network ACL policy, a AWS Network Firewall firewall policy
   * deployment model, or a third-party firewall policy.
   *
   * <p>Property type {@code AWS::FMS::Policy.PolicyOption}.
   */
  public static final class PolicyOption extends Struct<PolicyOption> {
    private static final Schema SCHEMA = Schema.of("AWS::FMS::Policy.PolicyOption");

    public PolicyOption() {
      super(SCHEMA);
    }

    /**
     * Defines a Firewall Manager network ACL policy.
     *
     * <p>CloudFormation property {@code NetworkAclCommonPolicy}.
     */
    public PolicyOption networkAclCommonPolicy(Value<NetworkAclCommonPolicy> value) {
      return set("NetworkAclCommonPolicy", value);
    }

    /**
     * Defines the deployment model to use for the firewall policy.
     *
     * <p>CloudFormation property {@code NetworkFirewallPolicy}.
     */
    public PolicyOption networkFirewallPolicy(Value<NetworkFirewallPolicy> value) {
      return set("NetworkFirewallPolicy", value);
    }

    /**
     * Defines the policy options for a third-party firewall policy.
     *
     * <p>CloudFormation property {@code ThirdPartyFirewallPolicy}.
     */
    public PolicyOption thirdPartyFirewallPolicy(Value<ThirdPartyFirewallPolicy> value) {
      return set("ThirdPartyFirewallPolicy", value);
    }
  }

  /**
   * A collection of key:value pairs associated with an AWS resource. The key:value pair can be
   * anything you define. Typically, the tag key represents a category (such as "environment") and
   * the tag value represents a specific value within that category (such as "test," "development,"
   * or "production"). You can add up to 50 tags to each AWS resource.
   *
   * <p>Property type {@code AWS::FMS::Policy.PolicyTag}.
   */
  public static final class PolicyTag extends Struct<PolicyTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::FMS::Policy.PolicyTag")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^([^\\s]*)$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^([^\\s]*)$").maxLength(256))
        .build();

    public PolicyTag() {
      super(SCHEMA);
    }

    /**
     * Part of the key:value pair that defines a tag. You can use a tag key to describe a category
     * of information, such as "customer." Tag keys are case-sensitive.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^([^&#92;s]*)$}. CloudFormation
     * property {@code Key}.
     */
    public PolicyTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public PolicyTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Part of the key:value pair that defines a tag. You can use a tag value to describe a specific
     * value within a category, such as "companyA" or "companyB." Tag values are case-sensitive.
     *
     * <p>Required. Length: at most 256 characters. Pattern: {@code ^([^&#92;s]*)$}. CloudFormation
     * property {@code Value}.
     */
    public PolicyTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public PolicyTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * TCP or UDP protocols: The range of ports the rule applies to.
   *
   * <p>Property type {@code AWS::FMS::Policy.PortRange}.
   */
  public static final class PortRange extends Struct<PortRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::FMS::Policy.PortRange")
        .required("From", "To")
        .constrain("From", Constraint.of().minimum(0).maximum(65535))
        .constrain("To", Constraint.of().minimum(0).maximum(65535))
        .build();

    public PortRange() {
      super(SCHEMA);
    }

    /**
     * The beginning port number of the range.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code From}.
     */
    public PortRange from(int value) {
      return set("From", Value.of(value));
    }

    /** Sets {@code From} to this value; see {@link #from(int)}. */
    public PortRange from(Value<Integer> value) {
      return set("From", value);
    }

    /**
     * The ending port number of the range.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code To}.
     */
    public PortRange to(int value) {
      return set("To", Value.of(value));
    }

    /** Sets {@code To} to this value; see {@link #to(int)}. */
    public PortRange to(Value<Integer> value) {
      return set("To", value);
    }
  }

  /**
   * The resource tags that AWS Firewall Manager uses to determine if a particular resource should
   * be included or excluded from the AWS Firewall Manager policy. Tags enable you to categorize
   * your AWS resources in different ways, for example, by purpose, owner, or environment. Each tag
   * consists of a key and an optional value. Firewall Manager combines the tags with "AND" so that,
   * if you add more than one tag to a policy scope, a resource must have all the specified tags to
   * be included or excluded. For more information, see <a
   * href="https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/tag-editor.html">Working with
   * Tag Editor</a> .
   *
   * <p>Property type {@code AWS::FMS::Policy.ResourceTag}.
   */
  public static final class ResourceTag extends Struct<ResourceTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::FMS::Policy.ResourceTag")
        .required("Key")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().maxLength(256))
        .build();

    public ResourceTag() {
      super(SCHEMA);
    }

    /**
     * The resource tag key.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public ResourceTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ResourceTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The resource tag value.
     *
     * <p>Length: at most 256 characters. CloudFormation property {@code Value}.
     */
    public ResourceTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ResourceTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Details about the security service that is being used to protect the resources.
   *
   * <p>Property type {@code AWS::FMS::Policy.SecurityServicePolicyData}.
   */
  public static final class SecurityServicePolicyData extends Struct<SecurityServicePolicyData> {
    private static final Schema SCHEMA = Schema.builder("AWS::FMS::Policy.SecurityServicePolicyData")
        .required("Type")
        .constrain("ManagedServiceData", Constraint.of().minLength(1).maxLength(30000))
        .allowed("Type", "WAF", "WAFV2", "SHIELD_ADVANCED", "SECURITY_GROUPS_COMMON",
            "SECURITY_GROUPS_CONTENT_AUDIT", "SECURITY_GROUPS_USAGE_AUDIT", "NETWORK_FIREWALL",
            "THIRD_PARTY_FIREWALL", "DNS_FIREWALL", "IMPORT_NETWORK_FIREWALL", "NETWORK_ACL_COMMON")
        .build();

    public SecurityServicePolicyData() {
      super(SCHEMA);
    }

    /**
     * Details about the service that are specific to the service type, in JSON format.
     *
     * <ul> <li>Example: <code>DNS_FIREWALL</code> </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"DNS_FIREWALL&#92;",&#92;"preProcessRuleGroups&#92;":[{&#92;"ruleGroupId&#92;":&#92;"rslvr-frg-1&#92;",&#92;"priority&#92;":10}],&#92;"postProcessRuleGroups&#92;":[{&#92;"ruleGroupId&#92;":&#92;"rslvr-frg-2&#92;",&#92;"priority&#92;":9911}]}"</code>
     *
     * <p>Valid values for <code>preProcessRuleGroups</code> are between 1 and 99. Valid values for
     * <code>postProcessRuleGroups</code> are between 9901 and 10000.
     *
     * <ul> <li>Example: <code>NETWORK_FIREWALL</code> - Centralized deployment model </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"NETWORK_FIREWALL&#92;",&#92;"awsNetworkFirewallConfig&#92;":{&#92;"networkFirewallStatelessRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateless-rulegroup/test&#92;",&#92;"priority&#92;":1}],&#92;"networkFirewallStatelessDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessFragmentDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessCustomActions&#92;":[{&#92;"actionName&#92;":&#92;"customActionName&#92;",&#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"metricdimensionvalue&#92;"}]}}}],&#92;"networkFirewallStatefulRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateful-rulegroup/test&#92;"}],&#92;"networkFirewallLoggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"ALERT&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}},{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"FLOW&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}}],&#92;"overrideExistingConfig&#92;":true}},&#92;"firewallDeploymentModel&#92;":{&#92;"centralizedFirewallDeploymentModel&#92;":{&#92;"centralizedFirewallOrchestrationConfig&#92;":{&#92;"inspectionVpcIds&#92;":[{&#92;"resourceId&#92;":&#92;"vpc-1234&#92;",&#92;"accountId&#92;":&#92;"123456789011&#92;"}],&#92;"firewallCreationConfig&#92;":{&#92;"endpointLocation&#92;":{&#92;"availabilityZoneConfigList&#92;":[{&#92;"availabilityZoneId&#92;":null,&#92;"availabilityZoneName&#92;":&#92;"us-east-1a&#92;",&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;"]}]}},&#92;"allowedIPV4CidrList&#92;":[]}}}}"</code>
     *
     * <p>To use the distributed deployment model, you must set <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-networkfirewallpolicy.html">FirewallDeploymentModel</a>
     * to <code>DISTRIBUTED</code> .
     *
     * <ul> <li>Example: <code>NETWORK_FIREWALL</code> - Distributed deployment model with automatic
     * Availability Zone configuration </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"NETWORK_FIREWALL&#92;",&#92;"networkFirewallStatelessRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateless-rulegroup/test&#92;",&#92;"priority&#92;":1}],&#92;"networkFirewallStatelessDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessFragmentDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessCustomActions&#92;":[{&#92;"actionName&#92;":&#92;"customActionName&#92;",&#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"metricdimensionvalue&#92;"}]}}}],&#92;"networkFirewallStatefulRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateful-rulegroup/test&#92;"}],&#92;"networkFirewallOrchestrationConfig&#92;":{&#92;"singleFirewallEndpointPerVPC&#92;":false,&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;",&#92;"192.168.0.0/28&#92;"],&#92;"routeManagementAction&#92;":&#92;"OFF&#92;"},&#92;"networkFirewallLoggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"ALERT&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}},{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"FLOW&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}}],&#92;"overrideExistingConfig&#92;":true}}"</code>
     *
     * <p>With automatic Availbility Zone configuration, Firewall Manager chooses which Availability
     * Zones to create the endpoints in. To use the distributed deployment model, you must set <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-networkfirewallpolicy.html">FirewallDeploymentModel</a>
     * to <code>DISTRIBUTED</code> .
     *
     * <ul> <li>Example: <code>NETWORK_FIREWALL</code> - Distributed deployment model with automatic
     * Availability Zone configuration and route management </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"NETWORK_FIREWALL&#92;",&#92;"networkFirewallStatelessRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateless-rulegroup/test&#92;",&#92;"priority&#92;":1}],&#92;"networkFirewallStatelessDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessFragmentDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessCustomActions&#92;":[{&#92;"actionName&#92;":&#92;"customActionName&#92;",&#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"metricdimensionvalue&#92;"}]}}}],&#92;"networkFirewallStatefulRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateful-rulegroup/test&#92;"}],&#92;"networkFirewallOrchestrationConfig&#92;":{&#92;"singleFirewallEndpointPerVPC&#92;":false,&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;",&#92;"192.168.0.0/28&#92;"],&#92;"routeManagementAction&#92;":&#92;"MONITOR&#92;",&#92;"routeManagementTargetTypes&#92;":[&#92;"InternetGateway&#92;"]},&#92;"networkFirewallLoggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"ALERT&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}},{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":
     * &#92;"FLOW&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}}],&#92;"overrideExistingConfig&#92;":true}}"</code>
     *
     * <p>To use the distributed deployment model, you must set <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-networkfirewallpolicy.html">FirewallDeploymentModel</a>
     * to <code>DISTRIBUTED</code> .
     *
     * <ul> <li>Example: <code>NETWORK_FIREWALL</code> - Distributed deployment model with custom
     * Availability Zone configuration </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"NETWORK_FIREWALL&#92;",&#92;"networkFirewallStatelessRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateless-rulegroup/test&#92;",&#92;"priority&#92;":1}],&#92;"networkFirewallStatelessDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessFragmentDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"fragmentcustomactionname&#92;"],&#92;"networkFirewallStatelessCustomActions&#92;":[{&#92;"actionName&#92;":&#92;"customActionName&#92;",
     * &#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"metricdimensionvalue&#92;"}]}}},{&#92;"actionName&#92;":&#92;"fragmentcustomactionname&#92;",&#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"fragmentmetricdimensionvalue&#92;"}]}}}],&#92;"networkFirewallStatefulRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateful-rulegroup/test&#92;"}],&#92;"networkFirewallOrchestrationConfig&#92;":{&#92;"firewallCreationConfig&#92;":{
     * &#92;"endpointLocation&#92;":{&#92;"availabilityZoneConfigList&#92;":[{&#92;"availabilityZoneName&#92;":&#92;"us-east-1a&#92;",&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;"]},{&#92;"availabilityZoneName&#92;":&#92;"us-east-1b&#92;",&#92;"allowedIPV4CidrList&#92;":[
     * &#92;"10.0.0.0/28&#92;"]}]}
     * },&#92;"singleFirewallEndpointPerVPC&#92;":false,&#92;"allowedIPV4CidrList&#92;":null,&#92;"routeManagementAction&#92;":&#92;"OFF&#92;",&#92;"networkFirewallLoggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"ALERT&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}},{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"FLOW&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}}],&#92;"overrideExistingConfig&#92;":boolean}}"</code>
     *
     * <p>With custom Availability Zone configuration, you define which specific Availability Zones
     * to create endpoints in by configuring <code>firewallCreationConfig</code> . To configure the
     * Availability Zones in <code>firewallCreationConfig</code> , specify either the
     * <code>availabilityZoneName</code> or <code>availabilityZoneId</code> parameter, not both
     * parameters.
     *
     * <p>To use the distributed deployment model, you must set <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-networkfirewallpolicy.html">FirewallDeploymentModel</a>
     * to <code>DISTRIBUTED</code> .
     *
     * <ul> <li>Example: <code>NETWORK_FIREWALL</code> - Distributed deployment model with custom
     * Availability Zone configuration and route management </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"NETWORK_FIREWALL&#92;",&#92;"networkFirewallStatelessRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateless-rulegroup/test&#92;",&#92;"priority&#92;":1}],&#92;"networkFirewallStatelessDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"customActionName&#92;"],&#92;"networkFirewallStatelessFragmentDefaultActions&#92;":[&#92;"aws:forward_to_sfe&#92;",&#92;"fragmentcustomactionname&#92;"],&#92;"networkFirewallStatelessCustomActions&#92;":[{&#92;"actionName&#92;":&#92;"customActionName&#92;",&#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"metricdimensionvalue&#92;"}]}}},{&#92;"actionName&#92;":&#92;"fragmentcustomactionname&#92;",&#92;"actionDefinition&#92;":{&#92;"publishMetricAction&#92;":{&#92;"dimensions&#92;":[{&#92;"value&#92;":&#92;"fragmentmetricdimensionvalue&#92;"}]}}}],&#92;"networkFirewallStatefulRuleGroupReferences&#92;":[{&#92;"resourceARN&#92;":&#92;"arn:aws:network-firewall:us-east-1:123456789011:stateful-rulegroup/test&#92;"}],&#92;"networkFirewallOrchestrationConfig&#92;":{&#92;"firewallCreationConfig&#92;":{&#92;"endpointLocation&#92;":{&#92;"availabilityZoneConfigList&#92;":[{&#92;"availabilityZoneName&#92;":&#92;"us-east-1a&#92;",&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;"]},{&#92;"availabilityZoneName&#92;":&#92;"us-east-1b&#92;",&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;"]}]}},&#92;"singleFirewallEndpointPerVPC&#92;":false,&#92;"allowedIPV4CidrList&#92;":null,&#92;"routeManagementAction&#92;":&#92;"MONITOR&#92;",&#92;"routeManagementTargetTypes&#92;":[&#92;"InternetGateway&#92;"],&#92;"routeManagementConfig&#92;":{&#92;"allowCrossAZTrafficIfNoEndpoint&#92;":true}},&#92;"networkFirewallLoggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"ALERT&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}},{&#92;"logDestinationType&#92;":&#92;"S3&#92;",&#92;"logType&#92;":&#92;"FLOW&#92;",&#92;"logDestination&#92;":{&#92;"bucketName&#92;":&#92;"s3-bucket-name&#92;"}}],&#92;"overrideExistingConfig&#92;":boolean}}"</code>
     *
     * <p>To use the distributed deployment model, you must set <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-networkfirewallpolicy.html">FirewallDeploymentModel</a>
     * to <code>DISTRIBUTED</code> .
     *
     * <ul> <li>Example: <code>THIRD_PARTY_FIREWALL</code> - Palo Alto Networks Cloud
     * Next-Generation Firewall centralized deployment model </ul>
     *
     * <p><code>"{ &#92;"type&#92;":&#92;"THIRD_PARTY_FIREWALL&#92;",
     * &#92;"thirdPartyFirewall&#92;":&#92;"PALO_ALTO_NETWORKS_CLOUD_NGFW&#92;",
     * &#92;"thirdPartyFirewallConfig&#92;":{
     * &#92;"thirdPartyFirewallPolicyList&#92;":[&#92;"global-1&#92;"]
     * },&#92;"firewallDeploymentModel&#92;":{&#92;"centralizedFirewallDeploymentModel&#92;":{&#92;"centralizedFirewallOrchestrationConfig&#92;":{&#92;"inspectionVpcIds&#92;":[{&#92;"resourceId&#92;":&#92;"vpc-1234&#92;",&#92;"accountId&#92;":&#92;"123456789011&#92;"}],&#92;"firewallCreationConfig&#92;":{&#92;"endpointLocation&#92;":{&#92;"availabilityZoneConfigList&#92;":[{&#92;"availabilityZoneId&#92;":null,&#92;"availabilityZoneName&#92;":&#92;"us-east-1a&#92;",&#92;"allowedIPV4CidrList&#92;":[&#92;"10.0.0.0/28&#92;"]}]}},&#92;"allowedIPV4CidrList&#92;":[]}}}}"</code>
     *
     * <p>To use the distributed deployment model, you must set <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-thirdpartyfirewallpolicy.html">FirewallDeploymentModel</a>
     * to <code>CENTRALIZED</code> .
     *
     * <ul> <li>Example: <code>THIRD_PARTY_FIREWALL</code> - Palo Alto Networks Cloud
     * Next-Generation Firewall distributed deployment model </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"THIRD_PARTY_FIREWALL&#92;",&#92;"thirdPartyFirewall&#92;":&#92;"PALO_ALTO_NETWORKS_CLOUD_NGFW&#92;",&#92;"thirdPartyFirewallConfig&#92;":{&#92;"thirdPartyFirewallPolicyList&#92;":[&#92;"global-1&#92;"]
     * },&#92;"firewallDeploymentModel&#92;":{ &#92;"distributedFirewallDeploymentModel&#92;":{
     * &#92;"distributedFirewallOrchestrationConfig&#92;":{&#92;"firewallCreationConfig&#92;":{&#92;"endpointLocation&#92;":{
     * &#92;"availabilityZoneConfigList&#92;":[
     * {&#92;"availabilityZoneName&#92;":&#92;"${AvailabilityZone}&#92;" } ] } },
     * &#92;"allowedIPV4CidrList&#92;":[ ] } } } }"</code>
     *
     * <p>To use the distributed deployment model, you must set <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-fms-policy-thirdpartyfirewallpolicy.html">FirewallDeploymentModel</a>
     * to <code>DISTRIBUTED</code> .
     *
     * <ul> <li>Specification for <code>SHIELD_ADVANCED</code> for Amazon CloudFront distributions
     * </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"SHIELD_ADVANCED&#92;",&#92;"automaticResponseConfiguration&#92;":
     * {&#92;"automaticResponseStatus&#92;":&#92;"ENABLED|IGNORED|DISABLED&#92;",
     * &#92;"automaticResponseAction&#92;":&#92;"BLOCK|COUNT&#92;"},
     * &#92;"overrideCustomerWebaclClassic&#92;":true|false}"</code>
     *
     * <p>For example:
     * <code>"{&#92;"type&#92;":&#92;"SHIELD_ADVANCED&#92;",&#92;"automaticResponseConfiguration&#92;":
     * {&#92;"automaticResponseStatus&#92;":&#92;"ENABLED&#92;",
     * &#92;"automaticResponseAction&#92;":&#92;"COUNT&#92;"}}"</code>
     *
     * <p>The default value for <code>automaticResponseStatus</code> is <code>IGNORED</code> . The
     * value for <code>automaticResponseAction</code> is only required when
     * <code>automaticResponseStatus</code> is set to <code>ENABLED</code> . The default value for
     * <code>overrideCustomerWebaclClassic</code> is <code>false</code> .
     *
     * <p>For other resource types that you can protect with a Shield Advanced policy, this
     * <code>ManagedServiceData</code> configuration is an empty string.
     *
     * <ul> <li>Example: <code>WAFV2</code> </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"WAFV2&#92;",&#92;"preProcessRuleGroups&#92;":[{&#92;"ruleGroupArn&#92;":null,&#92;"overrideAction&#92;":{&#92;"type&#92;":&#92;"NONE&#92;"},&#92;"managedRuleGroupIdentifier&#92;":{&#92;"version&#92;":null,&#92;"vendorName&#92;":&#92;"AWS&#92;",&#92;"managedRuleGroupName&#92;":&#92;"AWSManagedRulesAmazonIpReputationList&#92;"},&#92;"ruleGroupType&#92;":&#92;"ManagedRuleGroup&#92;",&#92;"excludeRules&#92;":[{&#92;"name&#92;":&#92;"NoUserAgent_HEADER&#92;"}]}],&#92;"postProcessRuleGroups&#92;":[],&#92;"defaultAction&#92;":{&#92;"type&#92;":&#92;"ALLOW&#92;"},&#92;"overrideCustomerWebACLAssociation&#92;":false,&#92;"loggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[&#92;"arn:aws:firehose:us-west-2:12345678912:deliverystream/aws-waf-logs-fms-admin-destination&#92;"],&#92;"redactedFields&#92;":[{&#92;"redactedFieldType&#92;":&#92;"SingleHeader&#92;",&#92;"redactedFieldValue&#92;":&#92;"Cookies&#92;"},{&#92;"redactedFieldType&#92;":&#92;"Method&#92;"}]}}"</code>
     *
     * <p>In the <code>loggingConfiguration</code> , you can specify one
     * <code>logDestinationConfigs</code> , you can optionally provide up to 20
     * <code>redactedFields</code> , and the <code>RedactedFieldType</code> must be one of
     * <code>URI</code> , <code>QUERY_STRING</code> , <code>HEADER</code> , or <code>METHOD</code> .
     *
     * <ul> <li>Example: <code>AWS WAF Classic</code> </ul>
     *
     * <p><code>"{&#92;"type&#92;": &#92;"WAF&#92;", &#92;"ruleGroups&#92;":
     * [{&#92;"id&#92;":&#92;"12345678-1bcd-9012-efga-0987654321ab&#92;", &#92;"overrideAction&#92;"
     * : {&#92;"type&#92;": &#92;"COUNT&#92;"}}], &#92;"defaultAction&#92;": {&#92;"type&#92;":
     * &#92;"BLOCK&#92;"}}"</code>
     *
     * <ul> <li>Example: <code>WAFV2</code> - AWS Firewall Manager support for AWS WAF managed rule
     * group versioning </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"WAFV2&#92;",&#92;"preProcessRuleGroups&#92;":[{&#92;"ruleGroupArn&#92;":null,&#92;"overrideAction&#92;":{&#92;"type&#92;":&#92;"NONE&#92;"},&#92;"managedRuleGroupIdentifier&#92;":{&#92;"versionEnabled&#92;":true,&#92;"version&#92;":&#92;"Version_2.0&#92;",&#92;"vendorName&#92;":&#92;"AWS&#92;",&#92;"managedRuleGroupName&#92;":&#92;"AWSManagedRulesCommonRuleSet&#92;"},&#92;"ruleGroupType&#92;":&#92;"ManagedRuleGroup&#92;",&#92;"excludeRules&#92;":[{&#92;"name&#92;":&#92;"NoUserAgent_HEADER&#92;"}]}],&#92;"postProcessRuleGroups&#92;":[],&#92;"defaultAction&#92;":{&#92;"type&#92;":&#92;"ALLOW&#92;"},&#92;"overrideCustomerWebACLAssociation&#92;":false,&#92;"loggingConfiguration&#92;":{&#92;"logDestinationConfigs&#92;":[&#92;"arn:aws:firehose:us-west-2:12345678912:deliverystream/aws-waf-logs-fms-admin-destination&#92;"],&#92;"redactedFields&#92;":[{&#92;"redactedFieldType&#92;":&#92;"SingleHeader&#92;",&#92;"redactedFieldValue&#92;":&#92;"Cookies&#92;"},{&#92;"redactedFieldType&#92;":&#92;"Method&#92;"}]}}"</code>
     *
     * <p>To use a specific version of a AWS WAF managed rule group in your Firewall Manager policy,
     * you must set <code>versionEnabled</code> to <code>true</code> , and set <code>version</code>
     * to the version you'd like to use. If you don't set <code>versionEnabled</code> to
     * <code>true</code> , or if you omit <code>versionEnabled</code> , then Firewall Manager uses
     * the default version of the AWS WAF managed rule group.
     *
     * <ul> <li>Example: <code>SECURITY_GROUPS_COMMON</code> </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"SECURITY_GROUPS_COMMON&#92;",&#92;"revertManualSecurityGroupChanges&#92;":false,&#92;"exclusiveResourceSecurityGroupManagement&#92;":false,
     * &#92;"applyToAllEC2InstanceENIs&#92;":false,&#92;"securityGroups&#92;":[{&#92;"id&#92;":&#92;"
     * sg-000e55995d61a06bd&#92;"}]}"</code>
     *
     * <ul> <li>Example: Shared VPCs. Apply the preceding policy to resources in shared VPCs as well
     * as to those in VPCs that the account owns </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"SECURITY_GROUPS_COMMON&#92;",&#92;"revertManualSecurityGroupChanges&#92;":false,&#92;"exclusiveResourceSecurityGroupManagement&#92;":false,
     * &#92;"applyToAllEC2InstanceENIs&#92;":false,&#92;"includeSharedVPC&#92;":true,&#92;"securityGroups&#92;":[{&#92;"id&#92;":&#92;"
     * sg-000e55995d61a06bd&#92;"}]}"</code>
     *
     * <ul> <li>Example: <code>SECURITY_GROUPS_CONTENT_AUDIT</code> </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"SECURITY_GROUPS_CONTENT_AUDIT&#92;",&#92;"securityGroups&#92;":[{&#92;"id&#92;":&#92;"sg-000e55995d61a06bd&#92;"}],&#92;"securityGroupAction&#92;":{&#92;"type&#92;":&#92;"ALLOW&#92;"}}"</code>
     *
     * <p>The security group action for content audit can be <code>ALLOW</code> or <code>DENY</code>
     * . For <code>ALLOW</code> , all in-scope security group rules must be within the allowed range
     * of the policy's security group rules. For <code>DENY</code> , all in-scope security group
     * rules must not contain a value or a range that matches a rule value or range in the policy
     * security group.
     *
     * <ul> <li>Example: <code>SECURITY_GROUPS_USAGE_AUDIT</code> </ul>
     *
     * <p><code>"{&#92;"type&#92;":&#92;"SECURITY_GROUPS_USAGE_AUDIT&#92;",&#92;"deleteUnusedSecurityGroups&#92;":true,&#92;"coalesceRedundantSecurityGroups&#92;":true}"</code>
     *
     * <p>Length: 1 to 30000 characters. CloudFormation property {@code ManagedServiceData}.
     */
    public SecurityServicePolicyData managedServiceData(String value) {
      return set("ManagedServiceData", Value.of(value));
    }

    /** Sets {@code ManagedServiceData} to this value; see {@link #managedServiceData(String)}. */
    public SecurityServicePolicyData managedServiceData(Value<String> value) {
      return set("ManagedServiceData", value);
    }

    /**
     * Contains the settings to configure a network ACL policy, a AWS Network Firewall firewall
     * policy deployment model, or a third-party firewall policy.
     *
     * <p>CloudFormation property {@code PolicyOption}.
     */
    public SecurityServicePolicyData policyOption(Value<PolicyOption> value) {
      return set("PolicyOption", value);
    }

    /**
     * The service that the policy is using to protect the resources. This specifies the type of
     * policy that is created, either an AWS WAF policy, a Shield Advanced policy, or a security
     * group policy. For security group policies, Firewall Manager supports one security group for
     * each common policy and for each content audit policy. This is an adjustable limit that you
     * can increase by contacting SUPlong .
     *
     * <p>Required. Allowed values: {@code WAF}, {@code WAFV2}, {@code SHIELD_ADVANCED}, {@code
     * SECURITY_GROUPS_COMMON}, {@code SECURITY_GROUPS_CONTENT_AUDIT}, {@code
     * SECURITY_GROUPS_USAGE_AUDIT}, {@code NETWORK_FIREWALL}, {@code THIRD_PARTY_FIREWALL}, {@code
     * DNS_FIREWALL}, {@code IMPORT_NETWORK_FIREWALL}, {@code NETWORK_ACL_COMMON}. CloudFormation
     * property {@code Type}.
     */
    public SecurityServicePolicyData type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SecurityServicePolicyData type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Configures the deployment model for the third-party firewall.
   *
   * <p>Property type {@code AWS::FMS::Policy.ThirdPartyFirewallPolicy}.
   */
  public static final class ThirdPartyFirewallPolicy extends Struct<ThirdPartyFirewallPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::FMS::Policy.ThirdPartyFirewallPolicy")
        .required("FirewallDeploymentModel")
        .allowed("FirewallDeploymentModel", "DISTRIBUTED", "CENTRALIZED")
        .build();

    public ThirdPartyFirewallPolicy() {
      super(SCHEMA);
    }

    /**
     * Defines the deployment model to use for the third-party firewall policy.
     *
     * <p>Required. Allowed values: {@code DISTRIBUTED}, {@code CENTRALIZED}. CloudFormation
     * property {@code FirewallDeploymentModel}.
     */
    public ThirdPartyFirewallPolicy firewallDeploymentModel(String value) {
      return set("FirewallDeploymentModel", Value.of(value));
    }

    /**
     * Sets {@code FirewallDeploymentModel} to this value; see {@link
     * #firewallDeploymentModel(String)}.
     */
    public ThirdPartyFirewallPolicy firewallDeploymentModel(Value<String> value) {
      return set("FirewallDeploymentModel", value);
    }
  }
}
