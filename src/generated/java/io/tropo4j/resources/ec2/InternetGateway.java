// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Allocates an internet gateway for use with a VPC. After creating the Internet gateway, you then
 * attach it to a VPC.
 *
 * <p>CloudFormation type {@code AWS::EC2::InternetGateway}.
 */
public final class InternetGateway extends Resource<InternetGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::InternetGateway")
      .refYields("InternetGatewayId")
      .attributes("InternetGatewayId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InternetGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Any tags to assign to the internet gateway.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public InternetGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public InternetGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public InternetGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the internet gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InternetGatewayId}.
   */
  public Value<String> internetGatewayId() {
    return getAtt("InternetGatewayId");
  }
}
