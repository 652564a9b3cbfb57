// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pinpoint;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * An <em>app</em> is an Amazon Pinpoint application, also referred to as a <em>project</em> . An
 * application is a collection of related settings, customer information, segments, campaigns, and
 * other types of Amazon Pinpoint resources.
 *
 * <p>The App resource represents an Amazon Pinpoint application.
 *
 * <p>CloudFormation type {@code AWS::Pinpoint::App}.
 */
public final class App extends Resource<App> {
  private static final Schema SCHEMA = Schema.builder("AWS::Pinpoint::App")
      .required("Name")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public App(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The display name of the application.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public App name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public App name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public App tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public App tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier for the application. This identifier is displayed as the <em>Project
   * ID</em> on the Amazon Pinpoint console.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
