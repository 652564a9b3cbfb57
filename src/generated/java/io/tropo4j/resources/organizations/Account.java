// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.organizations;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an AWS account that is automatically a member of the organization whose credentials made
 * the request.
 *
 * <p>CloudFormation uses the <a
 * href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateAccount.html"><code>CreateAccount</code></a>
 * operation to create accounts. This is an asynchronous request that AWS performs in the
 * background. Because <code>CreateAccount</code> operates asynchronously, it can return a
 * successful completion message even though account initialization might still be in progress. You
 * might need to wait a few minutes before you can successfully access the account. To check the
 * status of the request, do one of the following:
 *
 * <ul> <li>Use the <code>Id</code> value of the <code>CreateAccountStatus</code> response element
 * from the <code>CreateAccount</code> operation to provide as a parameter to the <a
 * href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeCreateAccountStatus.html"><code>DescribeCreateAccountStatus</code></a>
 * operation. <li>Check the CloudTrail log for the <code>CreateAccountResult</code> event. For
 * information on using CloudTrail with AWS Organizations , see <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_security_incident-response.html#orgs_cloudtrail-integration">Logging
 * and monitoring in AWS Organizations</a> in the <em>AWS Organizations User Guide</em> . </ul>
 *
 * <p>The user who calls the API to create an account must have the
 * <code>organizations:CreateAccount</code> permission. If you enabled all features in the
 * organization, AWS Organizations creates the required service-linked role named
 * <code>AWSServiceRoleForOrganizations</code> . For more information, see <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_integrate_services.html#orgs_integrate_services-using_slrs">AWS
 * Organizations and service-linked roles</a> in the <em>AWS Organizations User Guide</em> .
 *
 * <p>If the request includes tags, then the requester must have the
 * <code>organizations:TagResource</code> permission.
 *
 * <p>AWS Organizations preconfigures the new member account with a role (named
 * <code>OrganizationAccountAccessRole</code> by default) that grants users in the management
 * account administrator permissions in the new member account. Principals in the management account
 * can assume the role. AWS Organizations clones the company name and address information for the
 * new account from the organization's management account.
 *
 * <p>For more information about creating accounts, see <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_create.html">Creating
 * a member account in your organization</a> in the <em>AWS Organizations User Guide</em> .
 *
 * <p>This operation can be called only from the organization's management account.
 *
 * <p><em>Deleting Account resources</em>
 *
 * <p>The default <code>DeletionPolicy</code> for resource <code>AWS::Organizations::Account</code>
 * is <code>Retain</code> . For more information about how CloudFormation deletes resources, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * Attribute</a> .
 *
 * <p>- If you include multiple accounts in a single template, you must use the
 * <code>DependsOn</code> attribute on each account resource type so that the accounts are created
 * sequentially. If you create multiple accounts at the same time, Organizations returns an error
 * and the stack operation fails. - You can't modify the following list of <code>Account</code>
 * resource parameters using CloudFormation updates. - AccountName - Email - RoleName If you attempt
 * to update the listed parameters, CloudFormation will attempt the update, but you will receive an
 * error message as those updates are not supported from an Organizations management account or a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-delegated-admin.html">registered
 * delegated administrator</a> account. Both the update and the update roll-back will fail, so you
 * must skip the account resource update. To update parameters <code>AccountName</code> and
 * <code>Email</code> , you must sign in to the AWS Management Console as the AWS account root user.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-root-user.html">Update
 * the AWS account name, email address, or password for the root user</a> in the <em>Account
 * Management Reference Guide</em> . - When you create an account in an organization using the AWS
 * Organizations console, API, or AWS CLI commands, we don't automatically collect the information
 * required for the account to operate as a standalone account. That includes collecting the payment
 * method and signing the end user license agreement (EULA). If you must remove an account from your
 * organization later, you can do so only after you provide the missing information. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_account-before-remove.html">Considerations
 * before removing an account from an organization</a> in the <em>AWS Organizations User Guide</em>
 * . - When you create an account in an organization using CloudFormation , you can't specify a
 * value for the <code>CreateAccount</code> operation parameter <code>IamUserAccessToBilling</code>
 * . The default value for parameter <code>IamUserAccessToBilling</code> is <code>ALLOW</code> , and
 * IAM users and roles with the required permissions can access billing information for the new
 * account. - If you get an exception that indicates <code>DescribeCreateAccountStatus returns
 * IN_PROGRESS state before time out</code> . You must check the account creation status using the
 * <a
 * href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeCreateAccountStatus.html"><code>DescribeCreateAccountStatus</code></a>
 * operation. If the account state returns as <code>SUCCEEDED</code> , you can import the account
 * into CloudFormation management using <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resource-import.html"><code>resource
 * import</code></a> . - If you get an exception that indicates you have exceeded your account quota
 * for the organization, you can request an increase by using the <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html">Service
 * Quotas console</a> . - If you get an exception that indicates the operation failed because your
 * organization is still initializing, wait one hour and then try again. If the error persists,
 * contact <a href="https://docs.aws.amazon.com/support/home#/">AWS Support</a> . - We don't
 * recommend that you use the <code>CreateAccount</code> operation to create multiple temporary
 * accounts. You can close accounts using the <a
 * href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CloseAccount.html"><code>CloseAccount</code></a>
 * operation or from the AWS Organizations console in the organization's management account. For
 * information on the requirements and process for closing an account, see <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_close.html">Closing
 * a member account in your organization</a> in the <em>AWS Organizations User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Organizations::Account}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Account extends Resource<Account> {
  private static final Schema SCHEMA = Schema.builder("AWS::Organizations::Account")
      .required("AccountName", "Email")
      .constrain("AccountName", Constraint.of().pattern("[\\u0020-\\u007E]+").minLength(1).maxLength(50))
      .constrain("Email", Constraint.of().pattern("[^\\s@]+@[^\\s@]+\\.[^\\s@]+").minLength(6).maxLength(64))
      .constrain("ParentIds", Constraint.of().pattern("^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"))
      .constrain("RoleName", Constraint.of().pattern("[\\w+=,.@-]{1,64}").minLength(1).maxLength(64))
      .refYields("AccountId")
      .attributes("AccountId", "Arn", "JoinedMethod", "JoinedTimestamp", "Paths", "State", "Status")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Account(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The account name given to the account when it was created.
   *
   * <p>Required. Length: 1 to 50 characters. Pattern: {@code [&#92;u0020-&#92;u007E]+}.
   * CloudFormation property {@code AccountName}.
   */
  public Account accountName(String value) {
    return set("AccountName", Value.of(value));
  }

  /** Sets {@code AccountName} to this value; see {@link #accountName(String)}. */
  public Account accountName(Value<String> value) {
    return set("AccountName", value);
  }

  /**
   * The email address associated with the AWS account.
   *
   * <p>The <a href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a>
   * for this parameter is a string of characters that represents a standard internet email address.
   *
   * <p>Required. Length: 6 to 64 characters. Pattern: {@code
   * [^&#92;s&#64;]+&#64;[^&#92;s&#64;]+&#92;.[^&#92;s&#64;]+}. CloudFormation property {@code
   * Email}.
   */
  public Account email(String value) {
    return set("Email", Value.of(value));
  }

  /** Sets {@code Email} to this value; see {@link #email(String)}. */
  public Account email(Value<String> value) {
    return set("Email", value);
  }

  /**
   * The unique identifier (ID) of the root or organizational unit (OU) that you want to create the
   * new account in. If you don't specify this parameter, the <code>ParentId</code> defaults to the
   * root ID.
   *
   * <p>This parameter only accepts a string array with one string value.
   *
   * <p>The <a href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a>
   * for a parent ID string requires one of the following:
   *
   * <ul> <li><em>Root</em> - A string that begins with "r-" followed by from 4 to 32 lowercase
   * letters or digits. <li><em>Organizational unit (OU)</em> - A string that begins with "ou-"
   * followed by from 4 to 32 lowercase letters or digits (the ID of the root that the OU is in).
   * This string is followed by a second "-" dash and from 8 to 32 additional lowercase letters or
   * digits. </ul>
   *
   * <p>Pattern: {@code ^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$}. CloudFormation
   * property {@code ParentIds}.
   */
  public Account parentIds(List<String> value) {
    return set("ParentIds", Value.listOf(value));
  }

  /** Sets {@code ParentIds} to this value; see {@link #parentIds(List)}. */
  public Account parentIds(Value<List<String>> value) {
    return set("ParentIds", value);
  }

  /**
   * The name of an IAM role that AWS Organizations automatically preconfigures in the new member
   * account. This role trusts the management account, allowing users in the management account to
   * assume the role, as permitted by the management account administrator. The role has
   * administrator permissions in the new member account.
   *
   * <p>If you don't specify this parameter, the role name defaults to
   * <code>OrganizationAccountAccessRole</code> .
   *
   * <p>For more information about how to use this role to access the member account, see the
   * following links:
   *
   * <ul> <li><a
   * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_access.html#orgs_manage_accounts_create-cross-account-role">Creating
   * the OrganizationAccountAccessRole in an invited member account</a> in the <em>AWS Organizations
   * User Guide</em> <li>Steps 2 and 3 in <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_cross-account-with-roles.html">IAM
   * Tutorial: Delegate access across AWS accounts using IAM roles</a> in the <em>IAM User
   * Guide</em> </ul>
   *
   * <p>The <a href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a>
   * that is used to validate this parameter. The pattern can include uppercase letters, lowercase
   * letters, digits with no spaces, and any of the following characters: =,.&#64;-
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code [&#92;w+=,.&#64;-]{1,64}}. Default: {@code
   * "OrganizationAccountAccessRole"}. CloudFormation property {@code RoleName}.
   */
  public Account roleName(String value) {
    return set("RoleName", Value.of(value));
  }

  /** Sets {@code RoleName} to this value; see {@link #roleName(String)}. */
  public Account roleName(Value<String> value) {
    return set("RoleName", value);
  }

  /**
   * A list of tags that you want to attach to the newly created account. For each tag in the list,
   * you must specify both a tag key and a value. You can set the value to an empty string, but you
   * can't set it to <code>null</code> . For more information about tagging, see <a
   * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_tagging.html">Tagging AWS
   * Organizations resources</a> in the AWS Organizations User Guide.
   *
   * <p>If any one of the tags is not valid or if you exceed the maximum allowed number of tags for
   * an account, then the entire request fails and the account is not created.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Account tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Account tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Account tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the unique identifier (ID) of the account. For example: <code>123456789012</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the account. For example:
   * <code>arn:aws:organizations::111111111111:account/o-exampleorgid/555555555555</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the method by which the account joined the organization. For example: <code>INVITED |
   * CREATED</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code JoinedMethod}.
   */
  public Value<String> joinedMethod() {
    return getAtt("JoinedMethod");
  }

  /**
   * Returns the date the account became a part of the organization. For example:
   * <code>2016-11-24T11:11:48-08:00</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code JoinedTimestamp}.
   */
  public Value<String> joinedTimestamp() {
    return getAtt("JoinedTimestamp");
  }

  /**
   * The paths in the organization where the account exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Paths}.
   */
  public Value<List<String>> paths() {
    return getAtt("Paths");
  }

  /**
   * Each state represents a specific phase in the account lifecycle. Use this information to manage
   * account access, automate workflows, or trigger actions based on account state changes.
   *
   * <p>For more information about account states and their implications, see <a
   * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_account_state.html">Monitor
   * the state of your AWS accounts</a> in the <em>AWS Organizations User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Returns the status of the account in the organization. For example: <code>ACTIVE | SUSPENDED |
   * PENDING_CLOSURE</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
