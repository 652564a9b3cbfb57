// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.synthetics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates or updates a group which you can use to associate canaries with each other, including
 * cross-Region canaries. Using groups can help you with managing and automating your canaries, and
 * you can also view aggregated run results and statistics for all canaries in a group.
 *
 * <p>Groups are global resources. When you create a group, it is replicated across all AWS Regions,
 * and you can add canaries from any Region to it, and view it in any Region. Although the group ARN
 * format reflects the Region name where it was created, a group is not constrained to any Region.
 * This means that you can put canaries from multiple Regions into the same group, and then use that
 * group to view and manage all of those canaries in a single view.
 *
 * <p>Each group can contain as many as 10 canaries. You can have as many as 20 groups in your
 * account. Any single canary can be a member of up to 10 groups.
 *
 * <p>CloudFormation type {@code AWS::Synthetics::Group}.
 */
public final class Group extends Resource<Group> {
  private static final Schema SCHEMA = Schema.builder("AWS::Synthetics::Group")
      .required("Name")
      .constrain("Name", Constraint.of().pattern("^[0-9a-z_\\-]{1,64}$"))
      .constrain("ResourceArns", Constraint.of().pattern("arn:(aws[a-zA-Z-]*)?:synthetics:[a-z]{2}((-gov)|(-iso(b|e|f?)))?-[a-z]+-\\d{1}:\\d{12}:canary:[0-9a-z_\\-]"))
      .refYields("Name")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Group(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A name for the group. It can include any Unicode characters.
   *
   * <p>The names for all groups in your account, across all Regions, must be unique.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[0-9a-z_&#92;-]{1,64}$}.
   * CloudFormation property {@code Name}.
   */
  public Group name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Group name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARNs of the canaries that you want to associate with this group.
   *
   * <p>Pattern: {@code
   * arn:(aws[a-zA-Z-]*)?:synthetics:[a-z]{2}((-gov)|(-iso(b|e|f?)))?-[a-z]+-&#92;d{1}:&#92;d{12}:canary:[0-9a-z_&#92;-]}.
   * CloudFormation property {@code ResourceArns}.
   */
  public Group resourceArns(List<String> value) {
    return set("ResourceArns", Value.listOf(value));
  }

  /** Sets {@code ResourceArns} to this value; see {@link #resourceArns(List)}. */
  public Group resourceArns(Value<List<String>> value) {
    return set("ResourceArns", value);
  }

  /**
   * The list of key-value pairs that are associated with the group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Group tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Group tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Group tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Id of the group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
