// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Logs::LogStream</code> resource specifies an Amazon CloudWatch Logs log stream in
 * a specific log group. A log stream represents the sequence of events coming from an application
 * instance or resource that you are monitoring.
 *
 * <p>There is no limit on the number of log streams that you can create for a log group.
 *
 * <p>You must use the following guidelines when naming a log stream:
 *
 * <ul> <li>Log stream names must be unique within the log group. <li>Log stream names can be
 * between 1 and 512 characters long. <li>The ':' (colon) and '*' (asterisk) characters are not
 * allowed. </ul>
 *
 * <p>CloudFormation type {@code AWS::Logs::LogStream}.
 */
public final class LogStream extends Resource<LogStream> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::LogStream")
      .required("LogGroupName")
      .constrain("LogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
      .references("LogGroupName", "AWS::Logs::LogGroup.Ref")
      .constrain("LogStreamName", Constraint.of().pattern("^[^:*]*$").minLength(1).maxLength(512))
      .refYields("LogStreamName")
      .build();

  public LogStream(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the log group where the log stream is created.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^[&#92;.&#92;-_/#A-Za-z0-9]+$}. Format: {@code AWS::Logs::LogGroup.Name}. CloudFormation
   * property {@code LogGroupName}.
   */
  public LogStream logGroupName(String value) {
    return set("LogGroupName", Value.of(value));
  }

  /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
  public LogStream logGroupName(Value<String> value) {
    return set("LogGroupName", value);
  }

  /**
   * Sets {@code LogGroupName} to the Ref of {@code AWS::Logs::LogGroup}; see {@link
   * #logGroupName(String)}.
   */
  public LogStream logGroupName(LogGroup resource) {
    return set("LogGroupName", resource.ref());
  }

  /**
   * The name of the log stream. The name must be unique within the log group.
   *
   * <p>Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code ^[^:*]*$}.
   * CloudFormation property {@code LogStreamName}.
   */
  public LogStream logStreamName(String value) {
    return set("LogStreamName", Value.of(value));
  }

  /** Sets {@code LogStreamName} to this value; see {@link #logStreamName(String)}. */
  public LogStream logStreamName(Value<String> value) {
    return set("LogStreamName", value);
  }
}
