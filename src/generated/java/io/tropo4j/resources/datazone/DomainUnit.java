// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The summary of the domain unit.
 *
 * <p>CloudFormation type {@code AWS::DataZone::DomainUnit}.
 */
public final class DomainUnit extends Resource<DomainUnit> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::DomainUnit")
      .required("DomainIdentifier", "Name", "ParentDomainUnitIdentifier")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .constrain("Name", Constraint.of().pattern("^[\\w -]+$").minLength(1).maxLength(128))
      .constrain("ParentDomainUnitIdentifier", Constraint.of().pattern("^[a-z0-9_-]+$").minLength(1).maxLength(256))
      .attributes("CreatedAt", "DomainId", "Id", "Identifier", "LastUpdatedAt",
          "ParentDomainUnitId")
      .build();

  public DomainUnit(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the domain unit.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public DomainUnit description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DomainUnit description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the domain where you want to crate a domain unit.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public DomainUnit domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public DomainUnit domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The name of the domain unit.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[&#92;w -]+$}. CloudFormation
   * property {@code Name}.
   */
  public DomainUnit name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DomainUnit name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ID of the parent domain unit.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-z0-9_-]+$}. CloudFormation property {@code ParentDomainUnitIdentifier}.
   */
  public DomainUnit parentDomainUnitIdentifier(String value) {
    return set("ParentDomainUnitIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ParentDomainUnitIdentifier} to this value; see {@link
   * #parentDomainUnitIdentifier(String)}.
   */
  public DomainUnit parentDomainUnitIdentifier(Value<String> value) {
    return set("ParentDomainUnitIdentifier", value);
  }

  /**
   * The time stamp at which the domain unit was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ID of the domain in which the domain unit lives.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The ID of the domain unit.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The identifier of the domain unit that you want to get.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Identifier}.
   */
  public Value<String> identifier() {
    return getAtt("Identifier");
  }

  /**
   * The timestamp at which the domain unit was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The ID of the parent domain unit.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ParentDomainUnitId}.
   */
  public Value<String> parentDomainUnitId() {
    return getAtt("ParentDomainUnitId");
  }
}
