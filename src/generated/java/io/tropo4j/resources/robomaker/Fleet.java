// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.robomaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * The following resource is now deprecated. This resource can no longer be provisioned via stack
 * create or update operations, and should not be included in your stack templates. We recommend
 * migrating to AWS IoT Greengrass Version 2. For more information, see <a
 * href="https://docs.aws.amazon.com/robomaker/latest/dg/chapter-support-policy.html#software-support-policy-may2022">Support
 * Changes: May 2, 2022</a> in the <em>AWS RoboMaker Developer Guide</em> .
 *
 * <p>The <code>AWS::RoboMaker::Fleet</code> resource creates an AWS RoboMaker fleet. Fleets contain
 * robots and can receive deployments.
 *
 * <p>CloudFormation type {@code AWS::RoboMaker::Fleet}.
 */
public final class Fleet extends Resource<Fleet> {
  private static final Schema SCHEMA = Schema.builder("AWS::RoboMaker::Fleet")
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9_\\-]{1,255}$").minLength(1).maxLength(255))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Fleet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the fleet.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * [a-zA-Z0-9_&#92;-]{1,255}$}. CloudFormation property {@code Name}.
   */
  public Fleet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Fleet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The list of all tags added to the fleet.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Fleet tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Fleet tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Fleet tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the fleet, such as
   * <code>arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/MyFleet/1539894765711</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
