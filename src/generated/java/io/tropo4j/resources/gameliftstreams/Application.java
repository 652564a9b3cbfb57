// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.gameliftstreams;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::GameLiftStreams::Application</code> resource defines an Amazon GameLift Streams
 * application. An application specifies the content that you want to stream, such as a game or
 * other software, and its runtime environment (Microsoft Windows, Ubuntu, or Proton).
 *
 * <p>Before you create an Amazon GameLift Streams application, upload your <em>uncompressed</em>
 * game files (do not upload a .zip file) to an Amazon Simple Storage Service (Amazon S3) standard
 * bucket.
 *
 * <p>CloudFormation type {@code AWS::GameLiftStreams::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLiftStreams::Application")
      .required("ApplicationSourceUri", "Description", "ExecutablePath", "RuntimeEnvironment")
      .refYields("Arn")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An Amazon S3 URI to a bucket where you would like Amazon GameLift Streams to save application
   * logs. Required if you specify one or more <code>ApplicationLogPaths</code> .
   *
   * <p>CloudFormation property {@code ApplicationLogOutputUri}.
   */
  public Application applicationLogOutputUri(String value) {
    return set("ApplicationLogOutputUri", Value.of(value));
  }

  /**
   * Sets {@code ApplicationLogOutputUri} to this value; see {@link
   * #applicationLogOutputUri(String)}.
   */
  public Application applicationLogOutputUri(Value<String> value) {
    return set("ApplicationLogOutputUri", value);
  }

  /**
   * Locations of log files that your content generates during a stream session. Enter path values
   * that are relative to the <code>ApplicationSourceUri</code> location. You can specify up to 10
   * log paths. Amazon GameLift Streams uploads designated log files to the Amazon S3 bucket that
   * you specify in <code>ApplicationLogOutputUri</code> at the end of a stream session. To retrieve
   * stored log files, call <a
   * href="https://docs.aws.amazon.com/gameliftstreams/latest/apireference/API_GetStreamSession.html">GetStreamSession</a>
   * and get the <code>LogFileLocationUri</code> .
   *
   * <p>CloudFormation property {@code ApplicationLogPaths}.
   */
  public Application applicationLogPaths(List<String> value) {
    return set("ApplicationLogPaths", Value.listOf(value));
  }

  /** Sets {@code ApplicationLogPaths} to this value; see {@link #applicationLogPaths(List)}. */
  public Application applicationLogPaths(Value<List<String>> value) {
    return set("ApplicationLogPaths", value);
  }

  /**
   * The location of the content that you want to stream. Enter an Amazon S3 URI to a bucket that
   * contains your game or other application. The location can have a multi-level prefix structure,
   * but it must include all the files needed to run the content. Amazon GameLift Streams copies
   * everything under the specified location.
   *
   * <p>This value is immutable. To designate a different content location, create a new
   * application.
   *
   * <p>The Amazon S3 bucket and the Amazon GameLift Streams application must be in the same AWS
   * Region.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ApplicationSourceUri}.
   */
  public Application applicationSourceUri(String value) {
    return set("ApplicationSourceUri", Value.of(value));
  }

  /** Sets {@code ApplicationSourceUri} to this value; see {@link #applicationSourceUri(String)}. */
  public Application applicationSourceUri(Value<String> value) {
    return set("ApplicationSourceUri", value);
  }

  /**
   * A human-readable label for the application. You can update this value later.
   *
   * <p>Required. CloudFormation property {@code Description}.
   */
  public Application description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Application description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The relative path and file name of the executable file that Amazon GameLift Streams will
   * stream. Specify a path relative to the location set in <code>ApplicationSourceUri</code> . The
   * file must be contained within the application's root folder. For Windows applications, the file
   * must be a valid Windows executable or batch file with a filename ending in .exe, .cmd, or .bat.
   * For Linux applications, the file must be a valid Linux binary executable or a script that
   * contains an initial interpreter line starting with a shebang (' <code>#!</code> ').
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ExecutablePath}.
   */
  public Application executablePath(String value) {
    return set("ExecutablePath", Value.of(value));
  }

  /** Sets {@code ExecutablePath} to this value; see {@link #executablePath(String)}. */
  public Application executablePath(Value<String> value) {
    return set("ExecutablePath", value);
  }

  /**
   * A set of configuration settings to run the application on a stream group. This configures the
   * operating system, and can include compatibility layers and other drivers.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * RuntimeEnvironment}.
   */
  public Application runtimeEnvironment(Value<RuntimeEnvironment> value) {
    return set("RuntimeEnvironment", value);
  }

  /**
   * A list of labels to assign to the new application resource. Tags are developer-defined
   * key-value pairs. Tagging AWS resources is useful for resource management, access management and
   * cost allocation. See <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS Resources</a>
   * in the <em>AWS General Reference</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Application tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * An <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">Amazon
   * Resource Name (ARN)</a> that uniquely identifies the application resource across all AWS
   * Regions. For example:
   *
   * <p><code>arn:aws:gameliftstreams:us-west-2:123456789012:application/a-9ZY8X7Wv6</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * An ID that uniquely identifies the application resource. For example: <code>a-9ZY8X7Wv6</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Configuration settings that identify the operating system for an application resource. This can
   * also include a compatibility layer and other drivers.
   *
   * <p>A runtime environment can be one of the following:
   *
   * <ul> <li>For Linux applications </ul>
   *
   * <ul> <li>Ubuntu 22.04 LTS ( <code>Type=UBUNTU, Version=22_04_LTS</code> ) <li>For Windows
   * applications </ul>
   *
   * <ul> <li>Microsoft Windows Server 2022 Base ( <code>Type=WINDOWS, Version=2022</code> )
   * <li>Proton 9.0-2 ( <code>Type=PROTON, Version=20250516</code> ) <li>Proton 8.0-5 (
   * <code>Type=PROTON, Version=20241007</code> ) <li>Proton 8.0-2c ( <code>Type=PROTON,
   * Version=20230704</code> ) </ul>
   *
   * <p>Property type {@code AWS::GameLiftStreams::Application.RuntimeEnvironment}.
   */
  public static final class RuntimeEnvironment extends Struct<RuntimeEnvironment> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLiftStreams::Application.RuntimeEnvironment")
        .required("Type", "Version")
        .build();

    public RuntimeEnvironment() {
      super(SCHEMA);
    }

    /**
     * The operating system and other drivers. For Proton, this also includes the Proton
     * compatibility layer.
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public RuntimeEnvironment type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public RuntimeEnvironment type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Versioned container environment for the application operating system.
     *
     * <p>Required. CloudFormation property {@code Version}.
     */
    public RuntimeEnvironment version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public RuntimeEnvironment version(Value<String> value) {
      return set("Version", value);
    }
  }
}
