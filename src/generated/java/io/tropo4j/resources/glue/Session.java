// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource Type definition for AWS::Glue::Session. Sessions provide an on-demand, serverless Apache
 * Spark runtime environment for building, testing, and running data preparation and analytics
 * applications.
 *
 * <p>CloudFormation type {@code AWS::Glue::Session}.
 */
public final class Session extends Resource<Session> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Session")
      .required("Command", "Id", "Role")
      .constrain("Description", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*$").minLength(0).maxLength(2048))
      .constrain("GlueVersion", Constraint.of().pattern("^(\\w+\\.)+\\w+$").minLength(1).maxLength(255))
      .constrain("Id", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$").minLength(1).maxLength(255))
      .constrain("IdleTimeout", Constraint.of().minimum(1))
      .constrain("RequestOrigin", Constraint.of().pattern("^[.\\-_A-Za-z0-9]+$").minLength(1).maxLength(128))
      .constrain("Role", Constraint.of().pattern("^arn:aws[^:]*:iam::[0-9]*:role/.+$").minLength(20).maxLength(2048))
      .constrain("SecurityConfiguration", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$").minLength(1).maxLength(255))
      .constrain("Timeout", Constraint.of().minimum(1))
      .allowed("WorkerType", "Standard", "G.1X", "G.2X", "G.025X", "G.4X", "G.8X", "Z.2X")
      .refYields("Arn")
      .attributes("Arn", "CreatedOn", "Progress", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Session(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The SessionCommand that runs the job.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Command}.
   */
  public Session command(Value<SessionCommand> value) {
    return set("Command", value);
  }

  /**
   * Specifies the connections used by the session.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Connections}.
   */
  public Session connections(Value<ConnectionsList> value) {
    return set("Connections", value);
  }

  /**
   * A map array of key-value pairs. Max is 75 pairs.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DefaultArguments}.
   */
  public Session defaultArguments(Map<String, String> value) {
    return set("DefaultArguments", Value.mapOf(value));
  }

  /** Sets {@code DefaultArguments} to this value; see {@link #defaultArguments(Map)}. */
  public Session defaultArguments(Value<Map<String, String>> value) {
    return set("DefaultArguments", value);
  }

  /**
   * The description of the session.
   *
   * <p>Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDC00-&#92;uDBFF&#92;uDFFF&#92;r&#92;n&#92;t]*$}.
   * CloudFormation property {@code Description}.
   */
  public Session description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Session description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Glue version determines the versions of Apache Spark and Python that Glue supports. The
   * GlueVersion must be greater than 2.0.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^(&#92;w+&#92;.)+&#92;w+$}. CloudFormation property {@code GlueVersion}.
   */
  public Session glueVersion(String value) {
    return set("GlueVersion", Value.of(value));
  }

  /** Sets {@code GlueVersion} to this value; see {@link #glueVersion(String)}. */
  public Session glueVersion(Value<String> value) {
    return set("GlueVersion", value);
  }

  /**
   * The ID of the session.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDC00-&#92;uDBFF&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code Id}.
   */
  public Session id(String value) {
    return set("Id", Value.of(value));
  }

  /** Sets {@code Id} to this value; see {@link #id(String)}. */
  public Session id(Value<String> value) {
    return set("Id", value);
  }

  /**
   * The number of minutes when idle before session times out. Default is the value of Timeout.
   *
   * <p>Changing it replaces the resource. Range: at least 1. CloudFormation property {@code
   * IdleTimeout}.
   */
  public Session idleTimeout(int value) {
    return set("IdleTimeout", Value.of(value));
  }

  /** Sets {@code IdleTimeout} to this value; see {@link #idleTimeout(int)}. */
  public Session idleTimeout(Value<Integer> value) {
    return set("IdleTimeout", value);
  }

  /**
   * The number of Glue data processing units (DPUs) that can be allocated when the job runs.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MaxCapacity}.
   */
  public Session maxCapacity(double value) {
    return set("MaxCapacity", Value.of(value));
  }

  /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(double)}. */
  public Session maxCapacity(Value<Double> value) {
    return set("MaxCapacity", value);
  }

  /**
   * The number of workers of a defined WorkerType to use for the session.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NumberOfWorkers}.
   */
  public Session numberOfWorkers(int value) {
    return set("NumberOfWorkers", Value.of(value));
  }

  /** Sets {@code NumberOfWorkers} to this value; see {@link #numberOfWorkers(int)}. */
  public Session numberOfWorkers(Value<Integer> value) {
    return set("NumberOfWorkers", value);
  }

  /**
   * The origin of the request.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[.&#92;-_A-Za-z0-9]+$}. CloudFormation property {@code RequestOrigin}.
   */
  public Session requestOrigin(String value) {
    return set("RequestOrigin", Value.of(value));
  }

  /** Sets {@code RequestOrigin} to this value; see {@link #requestOrigin(String)}. */
  public Session requestOrigin(Value<String> value) {
    return set("RequestOrigin", value);
  }

  /**
   * The IAM Role ARN.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[^:]*:iam::[0-9]*:role/.+$}. CloudFormation property {@code Role}.
   */
  public Session role(String value) {
    return set("Role", Value.of(value));
  }

  /** Sets {@code Role} to this value; see {@link #role(String)}. */
  public Session role(Value<String> value) {
    return set("Role", value);
  }

  /**
   * The name of the SecurityConfiguration structure to be used with the session.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDC00-&#92;uDBFF&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code SecurityConfiguration}.
   */
  public Session securityConfiguration(String value) {
    return set("SecurityConfiguration", Value.of(value));
  }

  /**
   * Sets {@code SecurityConfiguration} to this value; see {@link #securityConfiguration(String)}.
   */
  public Session securityConfiguration(Value<String> value) {
    return set("SecurityConfiguration", value);
  }

  /**
   * The tags belonging to the session.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Session tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Session tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Session tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The number of minutes before session times out.
   *
   * <p>Changing it replaces the resource. Range: at least 1. CloudFormation property {@code
   * Timeout}.
   */
  public Session timeout(int value) {
    return set("Timeout", Value.of(value));
  }

  /** Sets {@code Timeout} to this value; see {@link #timeout(int)}. */
  public Session timeout(Value<Integer> value) {
    return set("Timeout", value);
  }

  /**
   * The type of predefined worker that is allocated when a session runs.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code Standard}, {@code G.1X}, {@code
   * G.2X}, {@code G.025X}, {@code G.4X}, {@code G.8X}, {@code Z.2X}. CloudFormation property {@code
   * WorkerType}.
   */
  public Session workerType(String value) {
    return set("WorkerType", Value.of(value));
  }

  /** Sets {@code WorkerType} to this value; see {@link #workerType(String)}. */
  public Session workerType(Value<String> value) {
    return set("WorkerType", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the session.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time and date when the session was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedOn}.
   */
  public Value<String> createdOn() {
    return getAtt("CreatedOn");
  }

  /**
   * The code execution progress of the session.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Progress}.
   */
  public Value<Double> progress() {
    return getAtt("Progress");
  }

  /**
   * The session status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Specifies the connections used by the session.
   *
   * <p>Property type {@code AWS::Glue::Session.ConnectionsList}.
   */
  public static final class ConnectionsList extends Struct<ConnectionsList> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Session.ConnectionsList")
        .constrain("Connections", Constraint.of().minLength(0).maxLength(255))
        .build();

    public ConnectionsList() {
      super(SCHEMA);
    }

    /**
     * A list of connection names used by the session.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code Connections}.
     */
    public ConnectionsList connections(List<String> value) {
      return set("Connections", Value.listOf(value));
    }

    /** Sets {@code Connections} to this value; see {@link #connections(List)}. */
    public ConnectionsList connections(Value<List<String>> value) {
      return set("Connections", value);
    }
  }

  /**
   * The SessionCommand that runs the job.
   *
   * <p>Property type {@code AWS::Glue::Session.SessionCommand}.
   */
  public static final class SessionCommand extends Struct<SessionCommand> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Session.SessionCommand")
        .constrain("Name", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$").minLength(1).maxLength(255))
        .constrain("PythonVersion", Constraint.of().pattern("^([2-3]|3[.]9)$"))
        .build();

    public SessionCommand() {
      super(SCHEMA);
    }

    /**
     * Specifies the name of the SessionCommand. Can be 'glueetl' or 'gluestreaming'.
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code
     * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDC00-&#92;uDBFF&#92;uDFFF&#92;t]*$}.
     * CloudFormation property {@code Name}.
     */
    public SessionCommand name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SessionCommand name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies the Python version. The Python version indicates the version supported for jobs of
     * type Spark.
     *
     * <p>Pattern: {@code ^([2-3]|3[.]9)$}. CloudFormation property {@code PythonVersion}.
     */
    public SessionCommand pythonVersion(String value) {
      return set("PythonVersion", Value.of(value));
    }

    /** Sets {@code PythonVersion} to this value; see {@link #pythonVersion(String)}. */
    public SessionCommand pythonVersion(Value<String> value) {
      return set("PythonVersion", value);
    }
  }
}
