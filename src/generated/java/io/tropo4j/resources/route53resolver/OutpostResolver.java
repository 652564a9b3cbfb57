// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53resolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a Amazon Route 53 Resolver on an Outpost.
 *
 * <p>CloudFormation type {@code AWS::Route53Resolver::OutpostResolver}.
 */
public final class OutpostResolver extends Resource<OutpostResolver> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::OutpostResolver")
      .required("Name", "OutpostArn", "PreferredInstanceType")
      .constrain("InstanceCount", Constraint.of().minimum(4).maximum(256))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .constrain("OutpostArn", Constraint.of().pattern("^arn:aws([a-z-]+)?:outposts:[a-z\\d-]+:\\d{12}:outpost/op-[a-f0-9]{17}$").minLength(1).maxLength(1024))
      .constrain("PreferredInstanceType", Constraint.of().minLength(1).maxLength(255))
      .refYields("Id")
      .attributes("Arn", "CreationTime", "CreatorRequestId", "Id", "ModificationTime", "Status",
          "StatusMessage")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OutpostResolver(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Amazon EC2 instance count for the Resolver on the Outpost.
   *
   * <p>Range: 4 to 256. CloudFormation property {@code InstanceCount}.
   */
  public OutpostResolver instanceCount(int value) {
    return set("InstanceCount", Value.of(value));
  }

  /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
  public OutpostResolver instanceCount(Value<Integer> value) {
    return set("InstanceCount", value);
  }

  /**
   * Name of the Resolver.
   *
   * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Name}.
   */
  public OutpostResolver name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public OutpostResolver name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN (Amazon Resource Name) for the Outpost.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * ^arn:aws([a-z-]+)?:outposts:[a-z&#92;d-]+:&#92;d{12}:outpost/op-[a-f0-9]{17}$}. CloudFormation
   * property {@code OutpostArn}.
   */
  public OutpostResolver outpostArn(String value) {
    return set("OutpostArn", Value.of(value));
  }

  /** Sets {@code OutpostArn} to this value; see {@link #outpostArn(String)}. */
  public OutpostResolver outpostArn(Value<String> value) {
    return set("OutpostArn", value);
  }

  /**
   * The Amazon EC2 instance type. If you specify this, you must also specify a value for the
   * <code>OutpostArn</code> .
   *
   * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code
   * PreferredInstanceType}.
   */
  public OutpostResolver preferredInstanceType(String value) {
    return set("PreferredInstanceType", Value.of(value));
  }

  /**
   * Sets {@code PreferredInstanceType} to this value; see {@link #preferredInstanceType(String)}.
   */
  public OutpostResolver preferredInstanceType(Value<String> value) {
    return set("PreferredInstanceType", value);
  }

  /**
   * A key value pair that helps you identify a Route 53 Resolver .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OutpostResolver tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OutpostResolver tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OutpostResolver tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN (Amazon Resource Name) for the Resolver on an Outpost.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the Outpost Resolver was created, in Unix time format and Coordinated
   * Universal Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * A unique string that identifies the request that created the Resolver endpoint. The
   * <code>CreatorRequestId</code> allows failed requests to be retried without the risk of running
   * the operation twice.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatorRequestId}.
   */
  public Value<String> creatorRequestId() {
    return getAtt("CreatorRequestId");
  }

  /**
   * The ID of the Resolver on Outpost.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The date and time that the Outpost Resolver was modified, in Unix time format and Coordinated
   * Universal Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModificationTime}.
   */
  public Value<String> modificationTime() {
    return getAtt("ModificationTime");
  }

  /**
   * Status of the Resolver.
   *
   * <p>Valid Values: CREATING | OPERATIONAL | UPDATING | DELETING | ACTION_NEEDED | FAILED_CREATION
   * | FAILED_DELETION.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A detailed description of the Resolver.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }
}
