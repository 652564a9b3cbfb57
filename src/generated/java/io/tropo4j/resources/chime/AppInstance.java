// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.chime;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Chime::AppInstance
 *
 * <p>CloudFormation type {@code AWS::Chime::AppInstance}.
 */
public final class AppInstance extends Resource<AppInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chime::AppInstance")
      .required("Name")
      .constrain("Metadata", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(256))
      .refYields("AppInstanceArn")
      .attributes("AppInstanceArn", "CreatedTimestamp", "LastUpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AppInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The metadata of the AppInstance. Limited to a 1KB string in UTF-8.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Metadata}.
   */
  public AppInstance metadataProperty(String value) {
    return set("Metadata", Value.of(value));
  }

  /** Sets {@code Metadata} to this value; see {@link #metadataProperty(String)}. */
  public AppInstance metadataProperty(Value<String> value) {
    return set("Metadata", value);
  }

  /**
   * The name of the AppInstance.
   *
   * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Name}.
   */
  public AppInstance name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AppInstance name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Tags assigned to the AppInstance.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AppInstance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AppInstance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AppInstance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Number (ARN) of the AppInstance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AppInstanceArn}.
   */
  public Value<String> appInstanceArn() {
    return getAtt("AppInstanceArn");
  }

  /**
   * The time at which an AppInstance was created, as an ISO 8601 timestamp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The time an AppInstance was last updated, as an ISO 8601 timestamp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTimestamp}.
   */
  public Value<String> lastUpdatedTimestamp() {
    return getAtt("LastUpdatedTimestamp");
  }
}
