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
 * <p>The <code>AWS::RoboMaker::RobotApplication</code> resource creates an AWS RoboMaker robot.
 *
 * <p>CloudFormation type {@code AWS::RoboMaker::Robot}.
 */
public final class Robot extends Resource<Robot> {
  private static final Schema SCHEMA = Schema.builder("AWS::RoboMaker::Robot")
      .required("Architecture", "GreengrassGroupId")
      .allowed("Architecture", "X86_64", "ARM64", "ARMHF")
      .constrain("Fleet", Constraint.of().minLength(1).maxLength(1224))
      .references("Fleet", "AWS::RoboMaker::Fleet.Ref")
      .constrain("GreengrassGroupId", Constraint.of().minLength(1).maxLength(1224))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Robot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The architecture of the robot.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code X86_64}, {@code ARM64},
   * {@code ARMHF}. CloudFormation property {@code Architecture}.
   */
  public Robot architecture(String value) {
    return set("Architecture", Value.of(value));
  }

  /** Sets {@code Architecture} to this value; see {@link #architecture(String)}. */
  public Robot architecture(Value<String> value) {
    return set("Architecture", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the fleet to which the robot will be registered.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1224 characters. CloudFormation property
   * {@code Fleet}.
   */
  public Robot fleet(String value) {
    return set("Fleet", Value.of(value));
  }

  /** Sets {@code Fleet} to this value; see {@link #fleet(String)}. */
  public Robot fleet(Value<String> value) {
    return set("Fleet", value);
  }

  /** Sets {@code Fleet} to the Ref of {@code AWS::RoboMaker::Fleet}; see {@link #fleet(String)}. */
  public Robot fleet(Fleet resource) {
    return set("Fleet", resource.ref());
  }

  /**
   * The Greengrass group associated with the robot.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1224 characters. CloudFormation
   * property {@code GreengrassGroupId}.
   */
  public Robot greengrassGroupId(String value) {
    return set("GreengrassGroupId", Value.of(value));
  }

  /** Sets {@code GreengrassGroupId} to this value; see {@link #greengrassGroupId(String)}. */
  public Robot greengrassGroupId(Value<String> value) {
    return set("GreengrassGroupId", value);
  }

  /**
   * The name of the robot.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code Name}.
   */
  public Robot name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Robot name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A map that contains tag keys and tag values that are attached to the robot.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Robot tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Robot tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Robot tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the robot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
