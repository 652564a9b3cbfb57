// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents a portal product in Amazon API Gateway V2, which is a logical grouping of APIs that
 * can be published in a developer portal.
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::PortalProduct}.
 */
public final class PortalProduct extends Resource<PortalProduct> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::PortalProduct")
      .required("DisplayName")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(255))
      .refYields("PortalProductArn")
      .attributes("LastModified", "PortalProductArn", "PortalProductId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PortalProduct(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the portal product.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public PortalProduct description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PortalProduct description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the portal product as it appears in a published portal.
   *
   * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code DisplayName}.
   */
  public PortalProduct displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public PortalProduct displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The collection of tags associated with the portal product.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PortalProduct tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PortalProduct tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PortalProduct tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the portal product was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModified}.
   */
  public Value<String> lastModified() {
    return getAtt("LastModified");
  }

  /**
   * The ARN of the portal product.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PortalProductArn}.
   */
  public Value<String> portalProductArn() {
    return getAtt("PortalProductArn");
  }

  /**
   * The portal product identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PortalProductId}.
   */
  public Value<String> portalProductId() {
    return getAtt("PortalProductId");
  }
}
