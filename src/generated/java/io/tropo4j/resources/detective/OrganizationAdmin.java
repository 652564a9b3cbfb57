// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.detective;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Detective::OrganizationAdmin</code> resource is an Amazon Detective resource type
 * that designates the Detective administrator account for the organization in the current region.
 * If the account does not have Detective enabled, then this resource enables Detective for that
 * account and creates a new behavior graph.
 *
 * <p>CloudFormation type {@code AWS::Detective::OrganizationAdmin}.
 */
public final class OrganizationAdmin extends Resource<OrganizationAdmin> {
  private static final Schema SCHEMA = Schema.builder("AWS::Detective::OrganizationAdmin")
      .required("AccountId")
      .constrain("AccountId", Constraint.of().pattern("[0-9]{12}"))
      .refYields("AccountId")
      .attributes("GraphArn")
      .build();

  public OrganizationAdmin(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS account identifier of the account to designate as the Detective administrator account
   * for the organization.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [0-9]{12}}. CloudFormation
   * property {@code AccountId}.
   */
  public OrganizationAdmin accountId(String value) {
    return set("AccountId", Value.of(value));
  }

  /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
  public OrganizationAdmin accountId(Value<String> value) {
    return set("AccountId", value);
  }

  /**
   * The ARN of the behavior graph to invite the account to contribute data to.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GraphArn}.
   */
  public Value<String> graphArn() {
    return getAtt("GraphArn");
  }
}
