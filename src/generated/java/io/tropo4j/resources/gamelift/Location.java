// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.gamelift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::GameLift::Location resource creates a custom location for use in an Anywhere fleet.
 *
 * <p>CloudFormation type {@code AWS::GameLift::Location}.
 */
public final class Location extends Resource<Location> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Location")
      .required("LocationName")
      .constrain("LocationName", Constraint.of().pattern("^custom-[A-Za-z0-9\\-]+").minLength(8).maxLength(64))
      .refYields("LocationName")
      .attributes("LocationArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Location(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A descriptive name for the custom location.
   *
   * <p>Required. Changing it replaces the resource. Length: 8 to 64 characters. Pattern: {@code
   * ^custom-[A-Za-z0-9&#92;-]+}. CloudFormation property {@code LocationName}.
   */
  public Location locationName(String value) {
    return set("LocationName", Value.of(value));
  }

  /** Sets {@code LocationName} to this value; see {@link #locationName(String)}. */
  public Location locationName(Value<String> value) {
    return set("LocationName", value);
  }

  /**
   * A list of labels to assign to the new resource. Tags are developer-defined key-value pairs.
   * Tagging AWS resources are useful for resource management, access management, and cost
   * allocation. For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS Resources</a>
   * in the <em>AWS General Rareference</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Location tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Location tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Location tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A unique identifier for the custom location. For example,
   * <code>arn:aws:gamelift:[region]::location/location-a1234567-b8c9-0d1e-2fa3-b45c6d7e8912</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationArn}.
   */
  public Value<String> locationArn() {
    return getAtt("LocationArn");
  }
}
