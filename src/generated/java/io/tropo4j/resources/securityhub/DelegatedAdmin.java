// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::SecurityHub::DelegatedAdmin</code> resource designates the delegated AWS Security
 * Hub CSPM administrator account for an organization. You must enable the integration between
 * Security Hub CSPM and AWS Organizations before you can designate a delegated Security Hub CSPM
 * administrator. Only the management account for an organization can designate the delegated
 * Security Hub CSPM administrator account. For more information, see <a
 * href="https://docs.aws.amazon.com/securityhub/latest/userguide/designate-orgs-admin-account.html#designate-admin-instructions">Designating
 * the delegated Security Hub CSPM administrator</a> in the <em>AWS Security Hub CSPM User
 * Guide</em> .
 *
 * <p>To change the delegated administrator account, remove the current delegated administrator
 * account, and then designate the new account.
 *
 * <p>To designate multiple delegated administrators in different organizations and AWS Regions , we
 * recommend using <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/mappings-section-structure.html">AWS
 * CloudFormation mappings</a> .
 *
 * <p>Tags aren't supported for this resource.
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::DelegatedAdmin}.
 */
public final class DelegatedAdmin extends Resource<DelegatedAdmin> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::DelegatedAdmin")
      .required("AdminAccountId")
      .constrain("AdminAccountId", Constraint.of().pattern("^[0-9]{12}$"))
      .refYields("DelegatedAdminIdentifier")
      .attributes("DelegatedAdminIdentifier", "Status")
      .build();

  public DelegatedAdmin(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS account identifier of the account to designate as the Security Hub CSPM administrator
   * account.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[0-9]{12}$}. CloudFormation
   * property {@code AdminAccountId}.
   */
  public DelegatedAdmin adminAccountId(String value) {
    return set("AdminAccountId", Value.of(value));
  }

  /** Sets {@code AdminAccountId} to this value; see {@link #adminAccountId(String)}. */
  public DelegatedAdmin adminAccountId(Value<String> value) {
    return set("AdminAccountId", value);
  }

  /**
   * The ID of the delegated Security Hub CSPM administrator account, in the format of
   * <code>accountID/Region</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DelegatedAdminIdentifier}.
   */
  public Value<String> delegatedAdminIdentifier() {
    return getAtt("DelegatedAdminIdentifier");
  }

  /**
   * Whether the delegated Security Hub CSPM administrator is set for the organization.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
