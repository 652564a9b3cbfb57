// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.robomaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::RoboMaker::RobotApplicationVersion</code> resource creates an AWS RoboMaker robot
 * version.
 *
 * <p>CloudFormation type {@code AWS::RoboMaker::RobotApplicationVersion}.
 */
public final class RobotApplicationVersion extends Resource<RobotApplicationVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::RoboMaker::RobotApplicationVersion")
      .required("Application")
      .constrain("Application", Constraint.of().pattern("arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:[\\w+=/,.@-]*:[0-9]*:[\\w+=,.@-]+(/[\\w+=,.@-]+)*"))
      .references("Application", "AWS::RoboMaker::RobotApplication.Ref")
      .constrain("CurrentRevisionId", Constraint.of().pattern("[a-zA-Z0-9_.\\-]*").minLength(1).maxLength(40))
      .refYields("Arn")
      .attributes("ApplicationVersion", "Arn")
      .build();

  public RobotApplicationVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The application information for the robot application.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * arn:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]+:[&#92;w+=/,.&#64;-]*:[0-9]*:[&#92;w+=,.&#64;-]+(/[&#92;w+=,.&#64;-]+)*}.
   * CloudFormation property {@code Application}.
   */
  public RobotApplicationVersion application(String value) {
    return set("Application", Value.of(value));
  }

  /** Sets {@code Application} to this value; see {@link #application(String)}. */
  public RobotApplicationVersion application(Value<String> value) {
    return set("Application", value);
  }

  /**
   * Sets {@code Application} to the Ref of {@code AWS::RoboMaker::RobotApplication}; see {@link
   * #application(String)}.
   */
  public RobotApplicationVersion application(RobotApplication resource) {
    return set("Application", resource.ref());
  }

  /**
   * The current revision id for the robot application. If you provide a value and it matches the
   * latest revision ID, a new version will be created.
   *
   * <p>Changing it replaces the resource. Length: 1 to 40 characters. Pattern: {@code
   * [a-zA-Z0-9_.&#92;-]*}. CloudFormation property {@code CurrentRevisionId}.
   */
  public RobotApplicationVersion currentRevisionId(String value) {
    return set("CurrentRevisionId", Value.of(value));
  }

  /** Sets {@code CurrentRevisionId} to this value; see {@link #currentRevisionId(String)}. */
  public RobotApplicationVersion currentRevisionId(Value<String> value) {
    return set("CurrentRevisionId", value);
  }

  /**
   * The robot application version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationVersion}.
   */
  public Value<String> applicationVersion() {
    return getAtt("ApplicationVersion");
  }

  /**
   * The Amazon Resource Name (ARN) of the robot application version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
