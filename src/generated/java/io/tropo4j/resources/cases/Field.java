// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cases;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a field in the Cases domain. This field is used to define the case object model (that is,
 * defines what data can be captured on cases) in a Cases domain.
 *
 * <p>CloudFormation type {@code AWS::Cases::Field}.
 */
public final class Field extends Resource<Field> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cases::Field")
      .required("Name", "Type")
      .constrain("Description", Constraint.of().maxLength(255))
      .constrain("DomainId", Constraint.of().minLength(1).maxLength(500))
      .constrain("Name", Constraint.of().pattern("^.*[\\S]$").minLength(1).maxLength(100))
      .allowed("Type", "Text", "Number", "Boolean", "DateTime", "SingleSelect", "Url", "User")
      .refYields("FieldArn")
      .attributes("CreatedTime", "FieldArn", "FieldId", "LastModifiedTime", "Namespace")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Field(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Union of field attributes
   *
   * <p>CloudFormation property {@code Attributes}.
   */
  public Field attributes(Value<FieldAttributes> value) {
    return set("Attributes", value);
  }

  /**
   * Description of the field.
   *
   * <p>Length: at most 255 characters. CloudFormation property {@code Description}.
   */
  public Field description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Field description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique identifier of the Cases domain.
   *
   * <p>Changing it replaces the resource. Length: 1 to 500 characters. CloudFormation property
   * {@code DomainId}.
   */
  public Field domainId(String value) {
    return set("DomainId", Value.of(value));
  }

  /** Sets {@code DomainId} to this value; see {@link #domainId(String)}. */
  public Field domainId(Value<String> value) {
    return set("DomainId", value);
  }

  /**
   * Name of the field.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^.*[&#92;S]$}. CloudFormation
   * property {@code Name}.
   */
  public Field name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Field name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Field tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Field tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Field tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Type of the field.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code Text}, {@code Number},
   * {@code Boolean}, {@code DateTime}, {@code SingleSelect}, {@code Url}, {@code User}.
   * CloudFormation property {@code Type}.
   */
  public Field typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Field typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * Timestamp at which the resource was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the field.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FieldArn}.
   */
  public Value<String> fieldArn() {
    return getAtt("FieldArn");
  }

  /**
   * Unique identifier of the field.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FieldId}.
   */
  public Value<String> fieldId() {
    return getAtt("FieldId");
  }

  /**
   * Timestamp at which the resource was created or last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * Namespace of the field.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace}.
   */
  public Value<String> namespace() {
    return getAtt("Namespace");
  }

  /**
   * Union of field attributes
   *
   * <p>Property type {@code AWS::Cases::Field.FieldAttributes}.
   */
  public static final class FieldAttributes extends Struct<FieldAttributes> {
    private static final Schema SCHEMA = Schema.of("AWS::Cases::Field.FieldAttributes");

    public FieldAttributes() {
      super(SCHEMA);
    }

    /**
     * Field attributes for Text field type
     *
     * <p>CloudFormation property {@code Text}.
     */
    public FieldAttributes text(Value<TextAttributes> value) {
      return set("Text", value);
    }
  }

  /**
   * Field attributes for Text field type
   *
   * <p>Property type {@code AWS::Cases::Field.TextAttributes}.
   */
  public static final class TextAttributes extends Struct<TextAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::Field.TextAttributes")
        .required("IsMultiline")
        .build();

    public TextAttributes() {
      super(SCHEMA);
    }

    /**
     * Attribute that defines rendering component and validation
     *
     * <p>Required. CloudFormation property {@code IsMultiline}.
     */
    public TextAttributes isMultiline(boolean value) {
      return set("IsMultiline", Value.of(value));
    }

    /** Sets {@code IsMultiline} to this value; see {@link #isMultiline(boolean)}. */
    public TextAttributes isMultiline(Value<Boolean> value) {
      return set("IsMultiline", value);
    }
  }
}
