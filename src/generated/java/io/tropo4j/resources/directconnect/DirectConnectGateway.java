// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.directconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::DirectConnect::DirectConnectGateway
 *
 * <p>CloudFormation type {@code AWS::DirectConnect::DirectConnectGateway}.
 */
public final class DirectConnectGateway extends Resource<DirectConnectGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::DirectConnect::DirectConnectGateway")
      .required("DirectConnectGatewayName")
      .constrain("AmazonSideAsn", Constraint.of().pattern("^[1-9][0-9]*$"))
      .constrain("DirectConnectGatewayName", Constraint.of().pattern("^[\\w \\-_,\\/]{1,100}$"))
      .refYields("DirectConnectGatewayArn")
      .attributes("DirectConnectGatewayArn", "DirectConnectGatewayId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DirectConnectGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The autonomous system number (ASN) for the Amazon side of the connection.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[1-9][0-9]*$}. CloudFormation property
   * {@code AmazonSideAsn}.
   */
  public DirectConnectGateway amazonSideAsn(String value) {
    return set("AmazonSideAsn", Value.of(value));
  }

  /** Sets {@code AmazonSideAsn} to this value; see {@link #amazonSideAsn(String)}. */
  public DirectConnectGateway amazonSideAsn(Value<String> value) {
    return set("AmazonSideAsn", value);
  }

  /**
   * The name of the Direct Connect gateway.
   *
   * <p>Required. Pattern: {@code ^[&#92;w &#92;-_,&#92;/]{1,100}$}. CloudFormation property {@code
   * DirectConnectGatewayName}.
   */
  public DirectConnectGateway directConnectGatewayName(String value) {
    return set("DirectConnectGatewayName", Value.of(value));
  }

  /**
   * Sets {@code DirectConnectGatewayName} to this value; see {@link
   * #directConnectGatewayName(String)}.
   */
  public DirectConnectGateway directConnectGatewayName(Value<String> value) {
    return set("DirectConnectGatewayName", value);
  }

  /**
   * The tags associated with the Direct Connect gateway.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DirectConnectGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DirectConnectGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DirectConnectGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the Direct Connect gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DirectConnectGatewayArn}.
   */
  public Value<String> directConnectGatewayArn() {
    return getAtt("DirectConnectGatewayArn");
  }

  /**
   * The ID of the Direct Connect gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DirectConnectGatewayId}.
   */
  public Value<String> directConnectGatewayId() {
    return getAtt("DirectConnectGatewayId");
  }
}
