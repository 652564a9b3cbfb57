// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.macie;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents the association between an Amazon Macie administrator account and a member account.
 * Creating this resource associates the specified account with the Macie administrator account that
 * performs the operation; deleting it removes the association.
 *
 * <p>CloudFormation type {@code AWS::Macie::Member}.
 */
public final class Member extends Resource<Member> {
  private static final Schema SCHEMA = Schema.builder("AWS::Macie::Member")
      .required("AccountId")
      .constrain("AccountId", Constraint.of().pattern("^[0-9]{12}$"))
      .refYields("Arn")
      .attributes("AdministratorAccountId", "Arn", "RelationshipStatus", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Member(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS account ID for the account to associate with the Amazon Macie administrator account.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[0-9]{12}$}. CloudFormation
   * property {@code AccountId}.
   */
  public Member accountId(String value) {
    return set("AccountId", Value.of(value));
  }

  /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
  public Member accountId(Value<String> value) {
    return set("AccountId", value);
  }

  /**
   * The email address for the account to associate with the Amazon Macie administrator account.
   * Required by the Amazon Macie CreateMember API at creation time; it is write-only because the
   * service does not return it (it is null when the account is associated through AWS
   * Organizations).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Email}.
   */
  public Member email(String value) {
    return set("Email", Value.of(value));
  }

  /** Sets {@code Email} to this value; see {@link #email(String)}. */
  public Member email(Value<String> value) {
    return set("Email", value);
  }

  /**
   * The tags to associate with the member account in Amazon Macie.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Member tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Member tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Member tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The AWS account ID for the Amazon Macie administrator account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AdministratorAccountId}.
   */
  public Value<String> administratorAccountId() {
    return getAtt("AdministratorAccountId");
  }

  /**
   * The Amazon Resource Name (ARN) of the association between the member account and the Amazon
   * Macie administrator account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The current status of the relationship between the account and the Amazon Macie administrator
   * account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RelationshipStatus}.
   */
  public Value<String> relationshipStatus() {
    return getAtt("RelationshipStatus");
  }

  /**
   * The date and time, in UTC and extended ISO 8601 format, of the most recent change to the status
   * of the relationship between the account and the Amazon Macie administrator account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
