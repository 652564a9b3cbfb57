// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resiliencehubv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a user journey within a Resilience Hub system.
 *
 * <p>CloudFormation type {@code AWS::ResilienceHubV2::UserJourney}.
 */
public final class UserJourney extends Resource<UserJourney> {
  private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::UserJourney")
      .required("Name", "SystemIdentifier")
      .constrain("Description", Constraint.of().maxLength(500))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9 _\\-]{1,59}$"))
      .constrain("PolicyArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"))
      .constrain("SystemIdentifier", Constraint.of().minLength(1).maxLength(2048))
      .attributes("CreatedAt", "UpdatedAt", "UserJourneyId")
      .build();

  public UserJourney(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the user journey.
   *
   * <p>Length: at most 500 characters. CloudFormation property {@code Description}.
   */
  public UserJourney description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public UserJourney description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the user journey.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[A-Za-z0-9][A-Za-z0-9
   * _&#92;-]{1,59}$}. CloudFormation property {@code Name}.
   */
  public UserJourney name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public UserJourney name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the resilience policy to associate with this user journey.
   *
   * <p>Pattern: {@code
   * ^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$}.
   * CloudFormation property {@code PolicyArn}.
   */
  public UserJourney policyArn(String value) {
    return set("PolicyArn", Value.of(value));
  }

  /** Sets {@code PolicyArn} to this value; see {@link #policyArn(String)}. */
  public UserJourney policyArn(Value<String> value) {
    return set("PolicyArn", value);
  }

  /**
   * The system ARN or system ID that owns this user journey.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation
   * property {@code SystemIdentifier}.
   */
  public UserJourney systemIdentifier(String value) {
    return set("SystemIdentifier", Value.of(value));
  }

  /** Sets {@code SystemIdentifier} to this value; see {@link #systemIdentifier(String)}. */
  public UserJourney systemIdentifier(Value<String> value) {
    return set("SystemIdentifier", value);
  }

  /**
   * The timestamp when the user journey was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp when the user journey was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The server-generated user journey ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UserJourneyId}.
   */
  public Value<String> userJourneyId() {
    return getAtt("UserJourneyId");
  }
}
