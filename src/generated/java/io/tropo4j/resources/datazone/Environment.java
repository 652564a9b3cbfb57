// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DataZone::Environment</code> resource specifies an Amazon DataZone environment,
 * which is a collection of zero or more configured resources with a given set of IAM principals who
 * can operate on those resources.
 *
 * <p>CloudFormation type {@code AWS::DataZone::Environment}.
 */
public final class Environment extends Resource<Environment> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Environment")
      .required("DomainIdentifier", "Name", "ProjectIdentifier")
      .constrain("Description", Constraint.of().maxLength(2048))
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .constrain("EnvironmentAccountIdentifier", Constraint.of().pattern("^\\d{12}$"))
      .constrain("EnvironmentAccountRegion", Constraint.of().pattern("^[a-z]{2}-[a-z]{4,10}-\\d$"))
      .constrain("EnvironmentProfileIdentifier", Constraint.of().pattern("^[a-zA-Z0-9_-]{0,36}$"))
      .constrain("EnvironmentRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("GlossaryTerms", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
      .constrain("Name", Constraint.of().minLength(1).maxLength(64))
      .constrain("ProjectIdentifier", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
      .attributes("AwsAccountId", "AwsAccountRegion", "CreatedAt", "CreatedBy", "DomainId",
          "EnvironmentBlueprintId", "EnvironmentProfileId", "Id", "ProjectId", "Provider", "Status",
          "UpdatedAt")
      .build();

  public Environment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The deployment order for the environment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DeploymentOrder}.
   */
  public Environment deploymentOrder(int value) {
    return set("DeploymentOrder", Value.of(value));
  }

  /** Sets {@code DeploymentOrder} to this value; see {@link #deploymentOrder(int)}. */
  public Environment deploymentOrder(Value<Integer> value) {
    return set("DeploymentOrder", value);
  }

  /**
   * The description of the environment.
   *
   * <p>Length: at most 2048 characters. CloudFormation property {@code Description}.
   */
  public Environment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Environment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the Amazon DataZone domain in which the environment is created.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public Environment domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public Environment domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The identifier of the AWS account in which an environment exists.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^&#92;d{12}$}. CloudFormation property
   * {@code EnvironmentAccountIdentifier}.
   */
  public Environment environmentAccountIdentifier(String value) {
    return set("EnvironmentAccountIdentifier", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentAccountIdentifier} to this value; see {@link
   * #environmentAccountIdentifier(String)}.
   */
  public Environment environmentAccountIdentifier(Value<String> value) {
    return set("EnvironmentAccountIdentifier", value);
  }

  /**
   * The AWS Region in which an environment exists.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-z]{2}-[a-z]{4,10}-&#92;d$}.
   * CloudFormation property {@code EnvironmentAccountRegion}.
   */
  public Environment environmentAccountRegion(String value) {
    return set("EnvironmentAccountRegion", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentAccountRegion} to this value; see {@link
   * #environmentAccountRegion(String)}.
   */
  public Environment environmentAccountRegion(Value<String> value) {
    return set("EnvironmentAccountRegion", value);
  }

  /**
   * The identifier of the environment blueprint.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * EnvironmentBlueprintIdentifier}.
   */
  public Environment environmentBlueprintIdentifier(String value) {
    return set("EnvironmentBlueprintIdentifier", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentBlueprintIdentifier} to this value; see {@link
   * #environmentBlueprintIdentifier(String)}.
   */
  public Environment environmentBlueprintIdentifier(Value<String> value) {
    return set("EnvironmentBlueprintIdentifier", value);
  }

  /**
   * The identifier of the environment configuration.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * EnvironmentConfigurationId}.
   */
  public Environment environmentConfigurationId(String value) {
    return set("EnvironmentConfigurationId", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentConfigurationId} to this value; see {@link
   * #environmentConfigurationId(String)}.
   */
  public Environment environmentConfigurationId(Value<String> value) {
    return set("EnvironmentConfigurationId", value);
  }

  /**
   * The identifier of the environment profile that is used to create this Amazon DataZone
   * environment.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_-]{0,36}$}. CloudFormation
   * property {@code EnvironmentProfileIdentifier}.
   */
  public Environment environmentProfileIdentifier(String value) {
    return set("EnvironmentProfileIdentifier", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentProfileIdentifier} to this value; see {@link
   * #environmentProfileIdentifier(String)}.
   */
  public Environment environmentProfileIdentifier(Value<String> value) {
    return set("EnvironmentProfileIdentifier", value);
  }

  /**
   * The ARN of the environment role.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code EnvironmentRoleArn}.
   */
  public Environment environmentRoleArn(String value) {
    return set("EnvironmentRoleArn", Value.of(value));
  }

  /** Sets {@code EnvironmentRoleArn} to this value; see {@link #environmentRoleArn(String)}. */
  public Environment environmentRoleArn(Value<String> value) {
    return set("EnvironmentRoleArn", value);
  }

  /**
   * The glossary terms that can be used in this Amazon DataZone environment.
   *
   * <p>Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation property {@code GlossaryTerms}.
   */
  public Environment glossaryTerms(List<String> value) {
    return set("GlossaryTerms", Value.listOf(value));
  }

  /** Sets {@code GlossaryTerms} to this value; see {@link #glossaryTerms(List)}. */
  public Environment glossaryTerms(Value<List<String>> value) {
    return set("GlossaryTerms", value);
  }

  /**
   * The name of the Amazon DataZone environment.
   *
   * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Name}.
   */
  public Environment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Environment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The identifier of the Amazon DataZone project in which this environment is created.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code ProjectIdentifier}.
   */
  public Environment projectIdentifier(String value) {
    return set("ProjectIdentifier", Value.of(value));
  }

  /** Sets {@code ProjectIdentifier} to this value; see {@link #projectIdentifier(String)}. */
  public Environment projectIdentifier(Value<String> value) {
    return set("ProjectIdentifier", value);
  }

  /**
   * The user parameters of this Amazon DataZone environment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code UserParameters}.
   */
  public Environment userParameters(List<EnvironmentParameter> value) {
    return set("UserParameters", Value.listOf(value));
  }

  /** Sets {@code UserParameters} to this value; see {@link #userParameters(List)}. */
  public Environment userParameters(Value<List<EnvironmentParameter>> value) {
    return set("UserParameters", value);
  }

  /** Sets {@code UserParameters} to a list of these; see {@link #userParameters(List)}. */
  public Environment userParameters(EnvironmentParameter... values) {
    return set("UserParameters", Value.list(values));
  }

  /**
   * The identifier of the AWS account in which an environment exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AwsAccountId}.
   */
  public Value<String> awsAccountId() {
    return getAtt("AwsAccountId");
  }

  /**
   * The AWS Region in which an environment exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AwsAccountRegion}.
   */
  public Value<String> awsAccountRegion() {
    return getAtt("AwsAccountRegion");
  }

  /**
   * The timestamp of when the environment was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon DataZone user who created the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The identifier of the Amazon DataZone domain in which the environment exists.
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
   * The identifier of the environment profile with which the environment was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentProfileId}.
   */
  public Value<String> environmentProfileId() {
    return getAtt("EnvironmentProfileId");
  }

  /**
   * The identifier of the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The identifier of the project in which the environment exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectId}.
   */
  public Value<String> projectId() {
    return getAtt("ProjectId");
  }

  /**
   * The provider of the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Provider}.
   */
  public Value<String> provider() {
    return getAtt("Provider");
  }

  /**
   * The status of the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The timestamp of when the environment was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The parameter details of the environment.
   *
   * <p>Property type {@code AWS::DataZone::Environment.EnvironmentParameter}.
   */
  public static final class EnvironmentParameter extends Struct<EnvironmentParameter> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Environment.EnvironmentParameter");

    public EnvironmentParameter() {
      super(SCHEMA);
    }

    /**
     * The name of the environment parameter.
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
     * The value of the environment parameter.
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
