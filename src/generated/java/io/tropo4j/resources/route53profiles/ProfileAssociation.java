// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53profiles;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An association between a Route 53 Profile and a VPC.
 *
 * <p>CloudFormation type {@code AWS::Route53Profiles::ProfileAssociation}.
 */
public final class ProfileAssociation extends Resource<ProfileAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Profiles::ProfileAssociation")
      .required("Name", "ProfileId", "ResourceId")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ProfileAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the profile association to a VPC.
   *
   * <p>CloudFormation property {@code Arn}.
   */
  public ProfileAssociation arn(String value) {
    return set("Arn", Value.of(value));
  }

  /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
  public ProfileAssociation arn(Value<String> value) {
    return set("Arn", value);
  }

  /**
   * Name of the Profile association.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public ProfileAssociation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ProfileAssociation name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * ID of the Profile.
   *
   * <p>Update to this property requires update to the <code>ResourceId</code> property as well,
   * because you can only associate one Profile per VPC. For more information, see <a
   * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/profiles.html">Route 53
   * Profiles</a> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ProfileId}.
   */
  public ProfileAssociation profileId(String value) {
    return set("ProfileId", Value.of(value));
  }

  /** Sets {@code ProfileId} to this value; see {@link #profileId(String)}. */
  public ProfileAssociation profileId(Value<String> value) {
    return set("ProfileId", value);
  }

  /**
   * The ID of the VPC.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceId}.
   */
  public ProfileAssociation resourceId(String value) {
    return set("ResourceId", Value.of(value));
  }

  /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
  public ProfileAssociation resourceId(Value<String> value) {
    return set("ResourceId", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ProfileAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ProfileAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ProfileAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * ID of the Profile association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
