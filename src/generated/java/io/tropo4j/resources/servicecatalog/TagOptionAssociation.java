// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associate the specified TagOption with the specified portfolio or product.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::TagOptionAssociation}.
 */
public final class TagOptionAssociation extends Resource<TagOptionAssociation> {
  private static final Schema SCHEMA = Schema.of("AWS::ServiceCatalog::TagOptionAssociation");

  public TagOptionAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The resource identifier.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ResourceId}.
   */
  public TagOptionAssociation resourceId(String value) {
    return set("ResourceId", Value.of(value));
  }

  /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
  public TagOptionAssociation resourceId(Value<String> value) {
    return set("ResourceId", value);
  }

  /**
   * The TagOption identifier.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TagOptionId}.
   */
  public TagOptionAssociation tagOptionId(String value) {
    return set("TagOptionId", Value.of(value));
  }

  /** Sets {@code TagOptionId} to this value; see {@link #tagOptionId(String)}. */
  public TagOptionAssociation tagOptionId(Value<String> value) {
    return set("TagOptionId", value);
  }
}
