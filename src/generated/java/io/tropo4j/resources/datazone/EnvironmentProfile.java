// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The details of an environment profile.
 *
 * <p>CloudFormation type {@code AWS::DataZone::EnvironmentProfile}.
 */
public final class EnvironmentProfile extends Resource<EnvironmentProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::EnvironmentProfile")
      .required("AwsAccountId", "AwsAccountRegion", "DomainIdentifier",
          "EnvironmentBlueprintIdentifier", "Name", "ProjectIdentifier")
      .constrain("AwsAccountId", Constraint.of().pattern("^\\d{12}$"))
      .constrain("AwsAccountRegion", Constraint.of().pattern("^[a-z]{2}-[a-z]{4,10}-\\d$"))
      .constrain("Description", Constraint.of().maxLength(2048))
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .constrain("EnvironmentBlueprintIdentifier", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
      .constrain("Name", Constraint.of().pattern("^[\\w -]+$").minLength(1).maxLength(64))
      .constrain("ProjectIdentifier", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
      .attributes("CreatedAt", "CreatedBy", "DomainId", "EnvironmentBlueprintId", "Id", "ProjectId",
          "UpdatedAt")
      .build();

  public EnvironmentProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of an AWS account in which an environment profile exists.
   *
   * <p>Required. Pattern: {@code ^&#92;d{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public EnvironmentProfile awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public EnvironmentProfile awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * The AWS Region in which an environment profile exists.
   *
   * <p>Required. Pattern: {@code ^[a-z]{2}-[a-z]{4,10}-&#92;d$}. CloudFormation property {@code
   * AwsAccountRegion}.
   */
  public EnvironmentProfile awsAccountRegion(String value) {
    return set("AwsAccountRegion", Value.of(value));
  }

  /** Sets {@code AwsAccountRegion} to this value; see {@link #awsAccountRegion(String)}. */
  public EnvironmentProfile awsAccountRegion(Value<String> value) {
    return set("AwsAccountRegion", value);
  }

  /**
   * The description of the environment profile.
   *
   * <p>Length: at most 2048 characters. CloudFormation property {@code Description}.
   */
  public EnvironmentProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EnvironmentProfile description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the Amazon DataZone domain in which the environment profile exists.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public EnvironmentProfile domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public EnvironmentProfile domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The identifier of a blueprint with which an environment profile is created.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code EnvironmentBlueprintIdentifier}.
   */
  public EnvironmentProfile environmentBlueprintIdentifier(String value) {
    return set("EnvironmentBlueprintIdentifier", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentBlueprintIdentifier} to this value; see {@link
   * #environmentBlueprintIdentifier(String)}.
   */
  public EnvironmentProfile environmentBlueprintIdentifier(Value<String> value) {
    return set("EnvironmentBlueprintIdentifier", value);
  }

  /**
   * The name of the environment profile.
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[&#92;w -]+$}. CloudFormation
   * property {@code Name}.
   */
  public EnvironmentProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EnvironmentProfile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The identifier of a project in which an environment profile exists.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code ProjectIdentifier}.
   */
  public EnvironmentProfile projectIdentifier(String value) {
    return set("ProjectIdentifier", Value.of(value));
  }

  /** Sets {@code ProjectIdentifier} to this value; see {@link #projectIdentifier(String)}. */
  public EnvironmentProfile projectIdentifier(Value<String> value) {
    return set("ProjectIdentifier", value);
  }

  /**
   * The user parameters of this Amazon DataZone environment profile.
   *
   * <p>CloudFormation property {@code UserParameters}.
   */
  public EnvironmentProfile userParameters(List<EnvironmentParameter> value) {
    return set("UserParameters", Value.listOf(value));
  }

  /** Sets {@code UserParameters} to this value; see {@link #userParameters(List)}. */
  public EnvironmentProfile userParameters(Value<List<EnvironmentParameter>> value) {
    return set("UserParameters", value);
  }

  /** Sets {@code UserParameters} to a list of these; see {@link #userParameters(List)}. */
  public EnvironmentProfile userParameters(EnvironmentParameter... values) {
    return set("UserParameters", Value.list(values));
  }

  /**
   * The timestamp of when an environment profile was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon DataZone user who created the environment profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The identifier of the Amazon DataZone domain in which the environment profile exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The identifier of a blueprint with which an environment profile is created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentBlueprintId}.
   */
  public Value<String> environmentBlueprintId() {
    return getAtt("EnvironmentBlueprintId");
  }

  /**
   * The identifier of the environment profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The identifier of a project in which an environment profile exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectId}.
   */
  public Value<String> projectId() {
    return getAtt("ProjectId");
  }

  /**
   * The timestamp of when the environment profile was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The parameter details of an environment profile.
   *
   * <p>Property type {@code AWS::DataZone::EnvironmentProfile.EnvironmentParameter}.
   */
  public static final class EnvironmentParameter extends Struct<EnvironmentParameter> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::EnvironmentProfile.EnvironmentParameter");

    public EnvironmentParameter() {
      super(SCHEMA);
    }

    /**
     * The name specified in the environment parameter.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public EnvironmentParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EnvironmentParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the environment profile.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public EnvironmentParameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnvironmentParameter value(Value<String> value) {
      return set("Value", value);
    }
  }
}
