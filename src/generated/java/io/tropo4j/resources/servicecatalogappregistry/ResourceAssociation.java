// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalogappregistry;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates a resource with an application. Both the resource and the application can be specified
 * either by ID or name.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalogAppRegistry::ResourceAssociation}.
 */
public final class ResourceAssociation extends Resource<ResourceAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalogAppRegistry::ResourceAssociation")
      .required("Application", "Resource", "ResourceType")
      .constrain("Application", Constraint.of().pattern("\\w+|[a-z0-9]{12}").minLength(1).maxLength(256))
      .constrain("Resource", Constraint.of().pattern("\\w+|arn:aws[-a-z]*:cloudformation:[a-z]{2}(-gov)?-[a-z]+-\\d:\\d{12}:stack/[a-zA-Z][-A-Za-z0-9]{0,127}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"))
      .allowed("ResourceType", "CFN_STACK")
      .attributes("ApplicationArn", "Id", "ResourceArn")
      .build();

  public ResourceAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name or ID of the application.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * &#92;w+|[a-z0-9]{12}}. CloudFormation property {@code Application}.
   */
  public ResourceAssociation application(String value) {
    return set("Application", Value.of(value));
  }

  /** Sets {@code Application} to this value; see {@link #application(String)}. */
  public ResourceAssociation application(Value<String> value) {
    return set("Application", value);
  }

  /**
   * The name or ID of the resource of which the application will be associated.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * &#92;w+|arn:aws[-a-z]*:cloudformation:[a-z]{2}(-gov)?-[a-z]+-&#92;d:&#92;d{12}:stack/[a-zA-Z][-A-Za-z0-9]{0,127}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}}.
   * CloudFormation property {@code Resource}.
   */
  public ResourceAssociation resource(String value) {
    return set("Resource", Value.of(value));
  }

  /** Sets {@code Resource} to this value; see {@link #resource(String)}. */
  public ResourceAssociation resource(Value<String> value) {
    return set("Resource", value);
  }

  /**
   * The type of resource of which the application will be associated.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CFN_STACK}.
   * CloudFormation property {@code ResourceType}.
   */
  public ResourceAssociation resourceType(String value) {
    return set("ResourceType", Value.of(value));
  }

  /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
  public ResourceAssociation resourceType(Value<String> value) {
    return set("ResourceType", value);
  }

  /**
   * The Amazon resource name (ARN) that specifies the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationArn}.
   */
  public Value<String> applicationArn() {
    return getAtt("ApplicationArn");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The Amazon resource name (ARN) that specifies the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceArn}.
   */
  public Value<String> resourceArn() {
    return getAtt("ResourceArn");
  }
}
