// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalogappregistry;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates an attribute group with an application to augment the application's metadata with the
 * group's attributes. This feature enables applications to be described with user-defined details
 * that are machine-readable, such as third-party integrations.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation}.
 */
public final class AttributeGroupAssociation extends Resource<AttributeGroupAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation")
      .required("Application", "AttributeGroup")
      .constrain("Application", Constraint.of().pattern("\\w+|[a-z0-9]{12}").minLength(1).maxLength(256))
      .constrain("AttributeGroup", Constraint.of().pattern("\\w+|[a-z0-9]{12}").minLength(1).maxLength(256))
      .attributes("ApplicationArn", "AttributeGroupArn", "Id")
      .build();

  public AttributeGroupAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name or ID of the application.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * &#92;w+|[a-z0-9]{12}}. CloudFormation property {@code Application}.
   */
  public AttributeGroupAssociation application(String value) {
    return set("Application", Value.of(value));
  }

  /** Sets {@code Application} to this value; see {@link #application(String)}. */
  public AttributeGroupAssociation application(Value<String> value) {
    return set("Application", value);
  }

  /**
   * The name or ID of the attribute group which holds the attributes that describe the application.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * &#92;w+|[a-z0-9]{12}}. CloudFormation property {@code AttributeGroup}.
   */
  public AttributeGroupAssociation attributeGroup(String value) {
    return set("AttributeGroup", Value.of(value));
  }

  /** Sets {@code AttributeGroup} to this value; see {@link #attributeGroup(String)}. */
  public AttributeGroupAssociation attributeGroup(Value<String> value) {
    return set("AttributeGroup", value);
  }

  /**
   * The Amazon resource name (ARN) of the application that was augmented with attributes.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationArn}.
   */
  public Value<String> applicationArn() {
    return getAtt("ApplicationArn");
  }

  /**
   * The Amazon resource name (ARN) of the attribute group which contains the application's new
   * attributes.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttributeGroupArn}.
   */
  public Value<String> attributeGroupArn() {
    return getAtt("AttributeGroupArn");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
