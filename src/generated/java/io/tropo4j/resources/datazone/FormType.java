// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The details of the metadata form type.
 *
 * <p>CloudFormation type {@code AWS::DataZone::FormType}.
 */
public final class FormType extends Resource<FormType> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::FormType")
      .required("DomainIdentifier", "Model", "Name", "OwningProjectIdentifier")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .constrain("Name", Constraint.of().pattern("^(?![0-9_])\\w+$|^_\\w*[a-zA-Z0-9]\\w*$").minLength(1).maxLength(128))
      .constrain("OwningProjectIdentifier", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
      .allowed("Status", "ENABLED", "DISABLED")
      .attributes("CreatedAt", "CreatedBy", "DomainId", "FormTypeIdentifier", "OwningProjectId",
          "Revision")
      .build();

  public FormType(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the metadata form type.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public FormType description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FormType description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the Amazon DataZone domain in which the form type exists.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public FormType domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public FormType domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The model of the form type.
   *
   * <p>Required. CloudFormation property {@code Model}.
   */
  public FormType model(Value<Model> value) {
    return set("Model", value);
  }

  /**
   * The name of the form type.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^(?![0-9_])&#92;w+$|^_&#92;w*[a-zA-Z0-9]&#92;w*$}. CloudFormation property {@code Name}.
   */
  public FormType name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FormType name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The identifier of the project that owns the form type.
   *
   * <p>Required. Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation property {@code
   * OwningProjectIdentifier}.
   */
  public FormType owningProjectIdentifier(String value) {
    return set("OwningProjectIdentifier", Value.of(value));
  }

  /**
   * Sets {@code OwningProjectIdentifier} to this value; see {@link
   * #owningProjectIdentifier(String)}.
   */
  public FormType owningProjectIdentifier(Value<String> value) {
    return set("OwningProjectIdentifier", value);
  }

  /**
   * The status of the form type.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
   */
  public FormType status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public FormType status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The timestamp of when the metadata form type was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon DataZone user who created teh metadata form type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The identifier of the Amazon DataZone domain in which the form type exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The ID of the metadata form type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FormTypeIdentifier}.
   */
  public Value<String> formTypeIdentifier() {
    return getAtt("FormTypeIdentifier");
  }

  /**
   * The identifier of the project that owns the form type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwningProjectId}.
   */
  public Value<String> owningProjectId() {
    return getAtt("OwningProjectId");
  }

  /**
   * The revision of the form type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Revision}.
   */
  public Value<String> revision() {
    return getAtt("Revision");
  }

  /**
   * Indicates the smithy model of the API.
   *
   * <p>Property type {@code AWS::DataZone::FormType.Model}.
   */
  public static final class Model extends Struct<Model> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::FormType.Model")
        .constrain("Smithy", Constraint.of().minLength(1).maxLength(100000))
        .build();

    public Model() {
      super(SCHEMA);
    }

    /** Length: 1 to 100000 characters. CloudFormation property {@code Smithy}. */
    public Model smithy(String value) {
      return set("Smithy", Value.of(value));
    }

    /** Sets {@code Smithy} to this value; see {@link #smithy(String)}. */
    public Model smithy(Value<String> value) {
      return set("Smithy", value);
    }
  }
}
