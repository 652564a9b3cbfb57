// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.organizations;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a policy of a specified type that you can attach to a root, an organizational unit (OU),
 * or an individual AWS account .
 *
 * <p>For more information about policies and their use, see <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies.html">Managing
 * AWS Organizations policies</a> .
 *
 * <p>If the request includes tags, then the requester must have the
 * <code>organizations:TagResource</code> permission.
 *
 * <p>This operation can be called only from the organization's management account or a member
 * account designated as a delegated administrator.
 *
 * <p>Before you can create a policy of a given type, you must first <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_enable-disable.html">enable
 * that policy type</a> in your organization.
 *
 * <p>CloudFormation type {@code AWS::Organizations::Policy}.
 */
public final class Policy extends Resource<Policy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Organizations::Policy")
      .required("Content", "Name", "Type")
      .constrain("Content", Constraint.of().pattern("[\\s\\S]*").minLength(1).maxLength(1000000))
      .constrain("Description", Constraint.of().pattern("[\\s\\S]*").minLength(0).maxLength(512))
      .constrain("Name", Constraint.of().pattern("[\\s\\S]*").minLength(1).maxLength(128))
      .constrain("TargetIds", Constraint.of().pattern("^(r-[0-9a-z]{4,32})|(\\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"))
      .allowed("Type", "AISERVICES_OPT_OUT_POLICY", "BACKUP_POLICY", "BEDROCK_POLICY",
          "CHATBOT_POLICY", "DECLARATIVE_POLICY_EC2", "INSPECTOR_POLICY",
          "NETWORK_SECURITY_DIRECTOR_POLICY", "RESOURCE_CONTROL_POLICY", "S3_POLICY",
          "SECURITYHUB_POLICY", "SERVICE_CONTROL_POLICY", "TAG_POLICY", "UPGRADE_ROLLOUT_POLICY")
      .refYields("Id")
      .attributes("Arn", "AwsManaged", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Policy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The policy text content. You can specify the policy content as a JSON object or a JSON string.
   *
   * <p>When you specify the policy content as a JSON string, you can't perform drift detection on
   * the CloudFormation stack. For this reason, we recommend specifying the policy content as a JSON
   * object instead.
   *
   * <p>The text that you supply must adhere to the rules of the policy type you specify in the
   * <code>Type</code> parameter. The following AWS Organizations quotas are enforced for the
   * maximum size of a policy document:
   *
   * <ul> <li>Service control policies: 5,120 characters <li>Resource control policies: 5,120
   * characters <li>Declarative policies: 10,000 characters <li>Backup policies: 10,000 characters
   * <li>Tag policies: 10,000 characters <li>Chat applications policies: 10,000 characters <li>AI
   * services opt-out policies: 2,500 characters <li>Security Hub policies: 10,000 characters
   * <li>Amazon Inspector policies: 10,000 characters <li>Amazon Bedrock policies: 10,000 characters
   * <li>Upgrade rollout policies: 10,000 characters </ul>
   *
   * <p>For more information about Organizations service quotas, see <a
   * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html">Quotas
   * for AWS Organizations</a> in the <em>AWS Organizations User Guide</em> .
   *
   * <p>Required. Length: 1 to 1000000 characters. Pattern: {@code [&#92;s&#92;S]*}. CloudFormation
   * property {@code Content}.
   */
  public Policy content(String value) {
    return set("Content", Value.of(value));
  }

  /** Sets {@code Content} to this value; see {@link #content(String)}. */
  public Policy content(Value<String> value) {
    return set("Content", value);
  }

  /** Sets {@code Content} to this value; see {@link #content(String)}. */
  public Policy content(Json value) {
    return set("Content", value);
  }

  /**
   * Human readable description of the policy.
   *
   * <p>Length: 0 to 512 characters. Pattern: {@code [&#92;s&#92;S]*}. CloudFormation property
   * {@code Description}.
   */
  public Policy description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Policy description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Name of the policy.
   *
   * <p>The <a href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a>
   * that is used to validate this parameter is a string of any of the characters in the ASCII
   * character range.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code [&#92;s&#92;S]*}. CloudFormation
   * property {@code Name}.
   */
  public Policy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Policy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of tags that you want to attach to the newly created policy. For each tag in the list,
   * you must specify both a tag key and a value. You can set the value to an empty string, but you
   * can't set it to <code>null</code> . For more information about tagging, see <a
   * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_tagging.html">Tagging AWS
   * Organizations resources</a> in the AWS Organizations User Guide.
   *
   * <p>If any one of the tags is not valid or if you exceed the allowed number of tags for a
   * policy, then the entire request fails and the policy is not created.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Policy tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Policy tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Policy tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * List of unique identifiers (IDs) of the root, OU, or account that you want to attach the policy
   * to. You can get the ID by calling the <a
   * href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListRoots.html">ListRoots</a>
   * , <a
   * href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListOrganizationalUnitsForParent.html">ListOrganizationalUnitsForParent</a>
   * , or <a
   * href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccounts.html">ListAccounts</a>
   * operations. If you don't specify this parameter, the policy is created but not attached to any
   * organization resource.
   *
   * <p>The <a href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a>
   * for a target ID string requires one of the following:
   *
   * <ul> <li><em>Root</em> - A string that begins with "r-" followed by from 4 to 32 lowercase
   * letters or digits. <li><em>Account</em> - A string that consists of exactly 12 digits.
   * <li><em>Organizational unit (OU)</em> - A string that begins with "ou-" followed by from 4 to
   * 32 lowercase letters or digits (the ID of the root that the OU is in). This string is followed
   * by a second "-" dash and from 8 to 32 additional lowercase letters or digits. </ul>
   *
   * <p>Pattern: {@code ^(r-[0-9a-z]{4,32})|(&#92;d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$}.
   * CloudFormation property {@code TargetIds}.
   */
  public Policy targetIds(List<String> value) {
    return set("TargetIds", Value.listOf(value));
  }

  /** Sets {@code TargetIds} to this value; see {@link #targetIds(List)}. */
  public Policy targetIds(Value<List<String>> value) {
    return set("TargetIds", value);
  }

  /**
   * The type of policy to create.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code
   * AISERVICES_OPT_OUT_POLICY}, {@code BACKUP_POLICY}, {@code BEDROCK_POLICY}, {@code
   * CHATBOT_POLICY}, {@code DECLARATIVE_POLICY_EC2}, {@code INSPECTOR_POLICY}, {@code
   * NETWORK_SECURITY_DIRECTOR_POLICY}, {@code RESOURCE_CONTROL_POLICY}, {@code S3_POLICY}, {@code
   * SECURITYHUB_POLICY}, {@code SERVICE_CONTROL_POLICY}, {@code TAG_POLICY}, {@code
   * UPGRADE_ROLLOUT_POLICY}. CloudFormation property {@code Type}.
   */
  public Policy typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Policy typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the policy. For example:
   * <code>arn:aws:organizations::111111111111:policy/o-exampleorgid/service_control_policy/p-examplepolicyid111</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns a boolean value that indicates whether the specified policy is an AWS managed policy.
   * If true, then you can attach the policy to roots, OUs, or accounts, but you cannot edit it. For
   * example: <code>true | false</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AwsManaged}.
   */
  public Value<Boolean> awsManaged() {
    return getAtt("AwsManaged");
  }

  /**
   * Returns the unique identifier (ID) of the policy. For example:
   * <code>p-examplepolicyid111</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
