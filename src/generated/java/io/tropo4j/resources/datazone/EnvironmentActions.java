// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The details about the specified action configured for an environment. For example, the details of
 * the specified console links for an analytics tool that is available in this environment.
 *
 * <p>CloudFormation type {@code AWS::DataZone::EnvironmentActions}.
 */
public final class EnvironmentActions extends Resource<EnvironmentActions> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::EnvironmentActions")
      .required("Name")
      .constrain("Description", Constraint.of().maxLength(2048))
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .constrain("EnvironmentIdentifier", Constraint.of().pattern("[a-zA-Z0-9_-]{1,36}$").minLength(1).maxLength(36))
      .constrain("Identifier", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$").minLength(1).maxLength(36))
      .constrain("Name", Constraint.of().pattern("^[\\w -]+$").minLength(1).maxLength(64))
      .attributes("DomainId", "EnvironmentId", "Id")
      .build();

  public EnvironmentActions(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The environment action description.
   *
   * <p>Length: at most 2048 characters. CloudFormation property {@code Description}.
   */
  public EnvironmentActions description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EnvironmentActions description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon DataZone domain ID of the environment action.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public EnvironmentActions domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public EnvironmentActions domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The environment ID of the environment action.
   *
   * <p>Changing it replaces the resource. Length: 1 to 36 characters. Pattern: {@code
   * [a-zA-Z0-9_-]{1,36}$}. CloudFormation property {@code EnvironmentIdentifier}.
   */
  public EnvironmentActions environmentIdentifier(String value) {
    return set("EnvironmentIdentifier", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentIdentifier} to this value; see {@link #environmentIdentifier(String)}.
   */
  public EnvironmentActions environmentIdentifier(Value<String> value) {
    return set("EnvironmentIdentifier", value);
  }

  /**
   * The ID of the environment action.
   *
   * <p>Length: 1 to 36 characters. Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation property
   * {@code Identifier}.
   */
  public EnvironmentActions identifier(String value) {
    return set("Identifier", Value.of(value));
  }

  /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
  public EnvironmentActions identifier(Value<String> value) {
    return set("Identifier", value);
  }

  /**
   * The name of the environment action.
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[&#92;w -]+$}. CloudFormation
   * property {@code Name}.
   */
  public EnvironmentActions name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EnvironmentActions name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The parameters of the environment action.
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public EnvironmentActions parameters(Value<AwsConsoleLinkParameters> value) {
    return set("Parameters", value);
  }

  /**
   * The Amazon DataZone domain ID of the environment action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The environment ID of the environment action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentId}.
   */
  public Value<String> environmentId() {
    return getAtt("EnvironmentId");
  }

  /**
   * The ID of the environment action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The parameters of the console link specified as part of the environment action.
   *
   * <p>Property type {@code AWS::DataZone::EnvironmentActions.AwsConsoleLinkParameters}.
   */
  public static final class AwsConsoleLinkParameters extends Struct<AwsConsoleLinkParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::EnvironmentActions.AwsConsoleLinkParameters")
        .constrain("Uri", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public AwsConsoleLinkParameters() {
      super(SCHEMA);
    }

    /**
     * The URI of the console link specified as part of the environment action.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code Uri}.
     */
    public AwsConsoleLinkParameters uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public AwsConsoleLinkParameters uri(Value<String> value) {
      return set("Uri", value);
    }
  }
}
