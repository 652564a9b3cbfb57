// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.robomaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::RoboMaker::RobotApplication</code> resource creates an AWS RoboMaker robot
 * application.
 *
 * <p>CloudFormation type {@code AWS::RoboMaker::RobotApplication}.
 */
public final class RobotApplication extends Resource<RobotApplication> {
  private static final Schema SCHEMA = Schema.builder("AWS::RoboMaker::RobotApplication")
      .required("RobotSoftwareSuite")
      .constrain("CurrentRevisionId", Constraint.of().minLength(1).maxLength(40))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .refYields("Arn")
      .attributes("Arn", "CurrentRevisionId")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public RobotApplication(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The current revision id.
   *
   * <p>Length: 1 to 40 characters. CloudFormation property {@code CurrentRevisionId}.
   */
  public RobotApplication currentRevisionId(String value) {
    return set("CurrentRevisionId", Value.of(value));
  }

  /** Sets {@code CurrentRevisionId} to this value; see {@link #currentRevisionId(String)}. */
  public RobotApplication currentRevisionId(Value<String> value) {
    return set("CurrentRevisionId", value);
  }

  /**
   * The environment of the robot application.
   *
   * <p>CloudFormation property {@code Environment}.
   */
  public RobotApplication environment(String value) {
    return set("Environment", Value.of(value));
  }

  /** Sets {@code Environment} to this value; see {@link #environment(String)}. */
  public RobotApplication environment(Value<String> value) {
    return set("Environment", value);
  }

  /**
   * The name of the robot application.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code Name}.
   */
  public RobotApplication name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RobotApplication name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The robot software suite used by the robot application.
   *
   * <p>Required. CloudFormation property {@code RobotSoftwareSuite}.
   */
  public RobotApplication robotSoftwareSuite(Value<RobotSoftwareSuite> value) {
    return set("RobotSoftwareSuite", value);
  }

  /**
   * The sources of the robot application.
   *
   * <p>CloudFormation property {@code Sources}.
   */
  public RobotApplication sources(List<SourceConfig> value) {
    return set("Sources", Value.listOf(value));
  }

  /** Sets {@code Sources} to this value; see {@link #sources(List)}. */
  public RobotApplication sources(Value<List<SourceConfig>> value) {
    return set("Sources", value);
  }

  /** Sets {@code Sources} to a list of these; see {@link #sources(List)}. */
  public RobotApplication sources(SourceConfig... values) {
    return set("Sources", Value.list(values));
  }

  /**
   * A map that contains tag keys and tag values that are attached to the robot application.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RobotApplication tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public RobotApplication tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public RobotApplication tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the robot application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The current revision id.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CurrentRevisionId}.
   */
  public Value<String> currentRevisionId() {
    return getAtt("CurrentRevisionId");
  }

  /**
   * Information about a robot software suite.
   *
   * <p>Property type {@code AWS::RoboMaker::RobotApplication.RobotSoftwareSuite}.
   */
  public static final class RobotSoftwareSuite extends Struct<RobotSoftwareSuite> {
    private static final Schema SCHEMA = Schema.builder("AWS::RoboMaker::RobotApplication.RobotSoftwareSuite")
        .required("Name")
        .allowed("Name", "ROS", "ROS2", "General")
        .allowed("Version", "Kinetic", "Melodic", "Dashing")
        .build();

    public RobotSoftwareSuite() {
      super(SCHEMA);
    }

    /**
     * The name of the robot software suite. <code>General</code> is the only supported value.
     *
     * <p>Required. Allowed values: {@code ROS}, {@code ROS2}, {@code General}. CloudFormation
     * property {@code Name}.
     */
    public RobotSoftwareSuite name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RobotSoftwareSuite name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The version of the robot software suite. Not applicable for General software suite.
     *
     * <p>Allowed values: {@code Kinetic}, {@code Melodic}, {@code Dashing}. CloudFormation property
     * {@code Version}.
     */
    public RobotSoftwareSuite version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public RobotSoftwareSuite version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Information about a source configuration.
   *
   * <p>Property type {@code AWS::RoboMaker::RobotApplication.SourceConfig}.
   */
  public static final class SourceConfig extends Struct<SourceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::RoboMaker::RobotApplication.SourceConfig")
        .required("Architecture", "S3Bucket", "S3Key")
        .allowed("Architecture", "X86_64", "ARM64", "ARMHF")
        .constrain("Architecture", Constraint.of().minLength(1).maxLength(255))
        .constrain("S3Bucket", Constraint.of().format("AWS::S3::Bucket.Name"))
        .build();

    public SourceConfig() {
      super(SCHEMA);
    }

    /**
     * The target processor architecture for the application.
     *
     * <p>Required. Allowed values: {@code X86_64}, {@code ARM64}, {@code ARMHF}. Length: 1 to 255
     * characters. CloudFormation property {@code Architecture}.
     */
    public SourceConfig architecture(String value) {
      return set("Architecture", Value.of(value));
    }

    /** Sets {@code Architecture} to this value; see {@link #architecture(String)}. */
    public SourceConfig architecture(Value<String> value) {
      return set("Architecture", value);
    }

    /**
     * The Amazon S3 bucket name.
     *
     * <p>Required. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code S3Bucket}.
     */
    public SourceConfig s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public SourceConfig s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * The s3 object key.
     *
     * <p>Required. CloudFormation property {@code S3Key}.
     */
    public SourceConfig s3Key(String value) {
      return set("S3Key", Value.of(value));
    }

    /** Sets {@code S3Key} to this value; see {@link #s3Key(String)}. */
    public SourceConfig s3Key(Value<String> value) {
      return set("S3Key", value);
    }
  }
}
