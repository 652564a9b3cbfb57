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
 * The <code>AWS::RoboMaker::SimulationApplication</code> resource creates an AWS RoboMaker
 * simulation application.
 *
 * <p>CloudFormation type {@code AWS::RoboMaker::SimulationApplication}.
 */
public final class SimulationApplication extends Resource<SimulationApplication> {
  private static final Schema SCHEMA = Schema.builder("AWS::RoboMaker::SimulationApplication")
      .required("RobotSoftwareSuite", "SimulationSoftwareSuite")
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9_\\-]*").minLength(1).maxLength(255))
      .refYields("Arn")
      .attributes("Arn", "CurrentRevisionId")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public SimulationApplication(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The current revision id.
   *
   * <p>CloudFormation property {@code CurrentRevisionId}.
   */
  public SimulationApplication currentRevisionId(String value) {
    return set("CurrentRevisionId", Value.of(value));
  }

  /** Sets {@code CurrentRevisionId} to this value; see {@link #currentRevisionId(String)}. */
  public SimulationApplication currentRevisionId(Value<String> value) {
    return set("CurrentRevisionId", value);
  }

  /**
   * The environment of the simulation application.
   *
   * <p>CloudFormation property {@code Environment}.
   */
  public SimulationApplication environment(String value) {
    return set("Environment", Value.of(value));
  }

  /** Sets {@code Environment} to this value; see {@link #environment(String)}. */
  public SimulationApplication environment(Value<String> value) {
    return set("Environment", value);
  }

  /**
   * The name of the simulation application.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * [a-zA-Z0-9_&#92;-]*}. CloudFormation property {@code Name}.
   */
  public SimulationApplication name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SimulationApplication name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The rendering engine for the simulation application.
   *
   * <p>CloudFormation property {@code RenderingEngine}.
   */
  public SimulationApplication renderingEngine(Value<RenderingEngine> value) {
    return set("RenderingEngine", value);
  }

  /**
   * The robot software suite used by the simulation application.
   *
   * <p>Required. CloudFormation property {@code RobotSoftwareSuite}.
   */
  public SimulationApplication robotSoftwareSuite(Value<RobotSoftwareSuite> value) {
    return set("RobotSoftwareSuite", value);
  }

  /**
   * The simulation software suite used by the simulation application.
   *
   * <p>Required. CloudFormation property {@code SimulationSoftwareSuite}.
   */
  public SimulationApplication simulationSoftwareSuite(Value<SimulationSoftwareSuite> value) {
    return set("SimulationSoftwareSuite", value);
  }

  /**
   * The sources of the simulation application.
   *
   * <p>CloudFormation property {@code Sources}.
   */
  public SimulationApplication sources(List<SourceConfig> value) {
    return set("Sources", Value.listOf(value));
  }

  /** Sets {@code Sources} to this value; see {@link #sources(List)}. */
  public SimulationApplication sources(Value<List<SourceConfig>> value) {
    return set("Sources", value);
  }

  /** Sets {@code Sources} to a list of these; see {@link #sources(List)}. */
  public SimulationApplication sources(SourceConfig... values) {
    return set("Sources", Value.list(values));
  }

  /**
   * A map that contains tag keys and tag values that are attached to the simulation application.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SimulationApplication tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public SimulationApplication tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public SimulationApplication tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the simulation application.
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
   * Information about a rendering engine.
   *
   * <p>Property type {@code AWS::RoboMaker::SimulationApplication.RenderingEngine}.
   */
  public static final class RenderingEngine extends Struct<RenderingEngine> {
    private static final Schema SCHEMA = Schema.builder("AWS::RoboMaker::SimulationApplication.RenderingEngine")
        .required("Name", "Version")
        .allowed("Name", "OGRE")
        .constrain("Version", Constraint.of().pattern("1.x"))
        .build();

    public RenderingEngine() {
      super(SCHEMA);
    }

    /**
     * The name of the rendering engine.
     *
     * <p>Required. Allowed values: {@code OGRE}. CloudFormation property {@code Name}.
     */
    public RenderingEngine name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RenderingEngine name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The version of the rendering engine.
     *
     * <p>Required. Pattern: {@code 1.x}. CloudFormation property {@code Version}.
     */
    public RenderingEngine version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public RenderingEngine version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Information about a robot software suite.
   *
   * <p>Property type {@code AWS::RoboMaker::SimulationApplication.RobotSoftwareSuite}.
   */
  public static final class RobotSoftwareSuite extends Struct<RobotSoftwareSuite> {
    private static final Schema SCHEMA = Schema.builder("AWS::RoboMaker::SimulationApplication.RobotSoftwareSuite")
        .required("Name")
        .allowed("Name", "ROS", "ROS2", "General")
        .allowed("Version", "Kinetic", "Melodic", "Dashing", "Foxy")
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
     * <p>Allowed values: {@code Kinetic}, {@code Melodic}, {@code Dashing}, {@code Foxy}.
     * CloudFormation property {@code Version}.
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
   * Information about a simulation software suite.
   *
   * <p>Property type {@code AWS::RoboMaker::SimulationApplication.SimulationSoftwareSuite}.
   */
  public static final class SimulationSoftwareSuite extends Struct<SimulationSoftwareSuite> {
    private static final Schema SCHEMA = Schema.builder("AWS::RoboMaker::SimulationApplication.SimulationSoftwareSuite")
        .required("Name")
        .allowed("Name", "Gazebo", "RosbagPlay", "SimulationRuntime")
        .allowed("Version", "7", "9", "11", "Kinetic", "Melodic", "Dashing", "Foxy")
        .build();

    public SimulationSoftwareSuite() {
      super(SCHEMA);
    }

    /**
     * The name of the simulation software suite. <code>SimulationRuntime</code> is the only
     * supported value.
     *
     * <p>Required. Allowed values: {@code Gazebo}, {@code RosbagPlay}, {@code SimulationRuntime}.
     * CloudFormation property {@code Name}.
     */
    public SimulationSoftwareSuite name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SimulationSoftwareSuite name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The version of the simulation software suite. Not applicable for
     * <code>SimulationRuntime</code> .
     *
     * <p>Allowed values: {@code 7}, {@code 9}, {@code 11}, {@code Kinetic}, {@code Melodic}, {@code
     * Dashing}, {@code Foxy}. CloudFormation property {@code Version}.
     */
    public SimulationSoftwareSuite version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public SimulationSoftwareSuite version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Information about a source configuration.
   *
   * <p>Property type {@code AWS::RoboMaker::SimulationApplication.SourceConfig}.
   */
  public static final class SourceConfig extends Struct<SourceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::RoboMaker::SimulationApplication.SourceConfig")
        .required("Architecture", "S3Bucket", "S3Key")
        .allowed("Architecture", "X86_64", "ARM64", "ARMHF")
        .constrain("S3Bucket", Constraint.of().pattern("[a-z0-9][a-z0-9.\\-]*[a-z0-9]").format("AWS::S3::Bucket.Name"))
        .constrain("S3Key", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public SourceConfig() {
      super(SCHEMA);
    }

    /**
     * The target processor architecture for the application.
     *
     * <p>Required. Allowed values: {@code X86_64}, {@code ARM64}, {@code ARMHF}. CloudFormation
     * property {@code Architecture}.
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
     * <p>Required. Pattern: {@code [a-z0-9][a-z0-9.&#92;-]*[a-z0-9]}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code S3Bucket}.
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
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code S3Key}.
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
