// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resourceexplorer2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Sets the specified view as the default for the AWS Region in which you call this operation. If a
 * user makes a search query that doesn't explicitly specify the view to use, Resource Explorer
 * chooses this default view automatically for searches performed in this AWS Region .
 *
 * <p>CloudFormation type {@code AWS::ResourceExplorer2::DefaultViewAssociation}.
 */
public final class DefaultViewAssociation extends Resource<DefaultViewAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::ResourceExplorer2::DefaultViewAssociation")
      .required("ViewArn")
      .refYields("AssociatedAwsPrincipal")
      .attributes("AssociatedAwsPrincipal")
      .build();

  public DefaultViewAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the view to set as the default for the AWS Region and AWS account in which you call
   * this operation. The specified view must already exist in the specified Region.
   *
   * <p>Required. CloudFormation property {@code ViewArn}.
   */
  public DefaultViewAssociation viewArn(String value) {
    return set("ViewArn", Value.of(value));
  }

  /** Sets {@code ViewArn} to this value; see {@link #viewArn(String)}. */
  public DefaultViewAssociation viewArn(Value<String> value) {
    return set("ViewArn", value);
  }

  /**
   * The unique identifier of the principal for which the specified view was made the default for
   * the AWS Region that contains the view. For example:
   *
   * <p><code>123456789012</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedAwsPrincipal}.
   */
  public Value<String> associatedAwsPrincipal() {
    return getAtt("AssociatedAwsPrincipal");
  }
}
