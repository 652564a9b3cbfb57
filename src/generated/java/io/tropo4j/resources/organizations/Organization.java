// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.organizations;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates an AWS organization. The account whose user is calling the <a
 * href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganization.html"><code>CreateOrganization</code></a>
 * operation automatically becomes the <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#account">management
 * account</a> of the new organization.
 *
 * <p>This operation must be called using credentials from the account that is to become the new
 * organization's management account. The principal must also have the <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_org_create.html">relevant
 * IAM permissions</a> .
 *
 * <p>- If you delete an organization, you can't recover it. If you created any policies inside of
 * the organization, they're also deleted and you can't recover them. - You can delete an
 * organization only after you remove all member accounts from the organization. If you created some
 * of your member accounts using AWS Organizations , you might be blocked from removing those
 * accounts. You can remove a member account only if it has all the information that's required to
 * operate as a standalone AWS account. For more information about how to provide that information
 * and then remove the account, see <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_leave-as-member.html">Leave
 * an organization from your member account</a> in the <em>AWS Organizations User Guide</em> . - If
 * you closed a member account before you remove it from the organization, it enters a 'suspended'
 * state for a period of time and you can't remove the account from the organization until it is
 * finally closed. This can take up to 90 days and can prevent you from deleting the organization
 * until all member accounts are completely closed. For more information, see <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_org_delete.html">Deleting
 * an organization</a> in the <em>AWS Organizations User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Organizations::Organization}.
 */
public final class Organization extends Resource<Organization> {
  private static final Schema SCHEMA = Schema.builder("AWS::Organizations::Organization")
      .allowed("FeatureSet", "ALL", "CONSOLIDATED_BILLING")
      .refYields("Id")
      .attributes("Arn", "Id", "ManagementAccountArn", "ManagementAccountEmail",
          "ManagementAccountId", "RootId")
      .build();

  public Organization(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the feature set supported by the new organization. Each feature set supports
   * different levels of functionality.
   *
   * <ul> <li><code>ALL</code> In addition to all the features supported by the consolidated billing
   * feature set, the management account gains access to advanced features that give you more
   * control over accounts in your organization. For more information, see <a
   * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set-all">All
   * features</a> in the <em>AWS Organizations User Guide</em> .
   * <li><code>CONSOLIDATED_BILLING</code> All member accounts have their bills consolidated to and
   * paid by the management account. For more information, see <a
   * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#feature-set-cb-only">Consolidated
   * billing</a> in the <em>AWS Organizations User Guide</em> . </ul>
   *
   * <p>The consolidated billing feature feature set isn't available for organizations in the AWS
   * GovCloud (US) Region.
   *
   * <p>If you don't specify this property, the default value is <code>ALL</code> .
   *
   * <p>Allowed values: {@code ALL}, {@code CONSOLIDATED_BILLING}. Default: {@code "ALL"}.
   * CloudFormation property {@code FeatureSet}.
   */
  public Organization featureSet(String value) {
    return set("FeatureSet", Value.of(value));
  }

  /** Sets {@code FeatureSet} to this value; see {@link #featureSet(String)}. */
  public Organization featureSet(Value<String> value) {
    return set("FeatureSet", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an organization.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier (ID) of an organization.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The Amazon Resource Name (ARN) of the account that is designated as the management account for
   * the organization.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagementAccountArn}.
   */
  public Value<String> managementAccountArn() {
    return getAtt("ManagementAccountArn");
  }

  /**
   * The email address that is associated with the AWS account that is designated as the management
   * account for the organization.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagementAccountEmail}.
   */
  public Value<String> managementAccountEmail() {
    return getAtt("ManagementAccountEmail");
  }

  /**
   * The unique identifier (ID) of the management account of an organization.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagementAccountId}.
   */
  public Value<String> managementAccountId() {
    return getAtt("ManagementAccountId");
  }

  /**
   * The unique identifier (ID) for the root.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RootId}.
   */
  public Value<String> rootId() {
    return getAtt("RootId");
  }
}
