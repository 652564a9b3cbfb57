// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Textual or numeric value that describes an attribute.
 *
 * <p>CloudFormation type {@code AWS::Connect::PredefinedAttribute}.
 */
public final class PredefinedAttribute extends Resource<PredefinedAttribute> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::PredefinedAttribute")
      .required("InstanceArn", "Name")
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .constrain("Name", Constraint.of().minLength(1).maxLength(100))
      .constrain("Purposes", Constraint.of().minLength(1).maxLength(100))
      .attributes("LastModifiedRegion", "LastModifiedTime")
      .build();

  public PredefinedAttribute(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Custom metadata that is associated to predefined attributes to control behavior in upstream
   * services, such as controlling how a predefined attribute should be displayed in the Amazon
   * Connect admin website.
   *
   * <p>CloudFormation property {@code AttributeConfiguration}.
   */
  public PredefinedAttribute attributeConfiguration(Value<AttributeConfiguration> value) {
    return set("AttributeConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public PredefinedAttribute instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public PredefinedAttribute instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The name of the predefined attribute.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation
   * property {@code Name}.
   */
  public PredefinedAttribute name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PredefinedAttribute name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Values that enable you to categorize your predefined attributes. You can use them in custom UI
   * elements across the Amazon Connect admin website.
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code Purposes}.
   */
  public PredefinedAttribute purposes(List<String> value) {
    return set("Purposes", Value.listOf(value));
  }

  /** Sets {@code Purposes} to this value; see {@link #purposes(List)}. */
  public PredefinedAttribute purposes(Value<List<String>> value) {
    return set("Purposes", value);
  }

  /**
   * The values of a predefined attribute.
   *
   * <p>CloudFormation property {@code Values}.
   */
  public PredefinedAttribute values(Value<Values> value) {
    return set("Values", value);
  }

  /**
   * Last modified region.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedRegion}.
   */
  public Value<String> lastModifiedRegion() {
    return getAtt("LastModifiedRegion");
  }

  /**
   * Last modified time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<Double> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * Custom metadata associated to a Predefined attribute that controls how the attribute behaves
   * when used by upstream services.
   *
   * <p>Property type {@code AWS::Connect::PredefinedAttribute.AttributeConfiguration}.
   */
  public static final class AttributeConfiguration extends Struct<AttributeConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::PredefinedAttribute.AttributeConfiguration");

    public AttributeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables customers to enforce strict validation on the specific values that this predefined
     * attribute can hold.
     *
     * <p>CloudFormation property {@code EnableValueValidationOnAssociation}.
     */
    public AttributeConfiguration enableValueValidationOnAssociation(boolean value) {
      return set("EnableValueValidationOnAssociation", Value.of(value));
    }

    /**
     * Sets {@code EnableValueValidationOnAssociation} to this value; see {@link
     * #enableValueValidationOnAssociation(boolean)}.
     */
    public AttributeConfiguration enableValueValidationOnAssociation(Value<Boolean> value) {
      return set("EnableValueValidationOnAssociation", value);
    }

    /**
     * Allows the predefined attribute to show up and be managed in the Amazon Connect UI.
     *
     * <p>CloudFormation property {@code IsReadOnly}.
     */
    public AttributeConfiguration isReadOnly(boolean value) {
      return set("IsReadOnly", Value.of(value));
    }

    /** Sets {@code IsReadOnly} to this value; see {@link #isReadOnly(boolean)}. */
    public AttributeConfiguration isReadOnly(Value<Boolean> value) {
      return set("IsReadOnly", value);
    }
  }

  /**
   * The values of a predefined attribute.
   *
   * <p>Property type {@code AWS::Connect::PredefinedAttribute.Values}.
   */
  public static final class Values extends Struct<Values> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::PredefinedAttribute.Values")
        .constrain("StringList", Constraint.of().minLength(1).maxLength(100))
        .build();

    public Values() {
      super(SCHEMA);
    }

    /**
     * Predefined attribute values of type string list.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code StringList}.
     */
    public Values stringList(List<String> value) {
      return set("StringList", Value.listOf(value));
    }

    /** Sets {@code StringList} to this value; see {@link #stringList(List)}. */
    public Values stringList(Value<List<String>> value) {
      return set("StringList", value);
    }
  }
}
