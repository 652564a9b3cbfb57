// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new Scheduled Query that allows you to define a Logs Insights query that will run on a
 * schedule and configure actions to take with the query results.
 *
 * <p>CloudFormation type {@code AWS::Logs::ScheduledQuery}.
 */
public final class ScheduledQuery extends Resource<ScheduledQuery> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::ScheduledQuery")
      .required("ExecutionRoleArn", "Name", "QueryLanguage", "QueryString", "ScheduleExpression")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("ExecutionRoleArn", Constraint.of().minLength(1).format("AWS::IAM::Role.Arn"))
      .constrain("LogGroupIdentifiers", Constraint.of().pattern("^[\\w#+=/:,.@-]*$").minLength(1).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_\\-/.#]+$").minLength(1).maxLength(255))
      .allowed("QueryLanguage", "CWLI", "PPL", "SQL")
      .constrain("QueryString", Constraint.of().minLength(0).maxLength(10000))
      .constrain("ScheduleEndTime", Constraint.of().minimum(0))
      .constrain("ScheduleExpression", Constraint.of().minLength(0).maxLength(256))
      .constrain("ScheduleStartTime", Constraint.of().minimum(0))
      .allowed("State", "ENABLED", "DISABLED")
      .constrain("Timezone", Constraint.of().minLength(1))
      .refYields("ScheduledQueryArn")
      .attributes("CreationTime", "LastExecutionStatus", "LastTriggeredTime", "LastUpdatedTime",
          "ScheduledQueryArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ScheduledQuery(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Length: 0 to 1024 characters. CloudFormation property {@code Description}. */
  public ScheduledQuery description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ScheduledQuery description(Value<String> value) {
    return set("Description", value);
  }

  /** CloudFormation property {@code DestinationConfiguration}. */
  public ScheduledQuery destinationConfiguration(Value<DestinationConfiguration> value) {
    return set("DestinationConfiguration", value);
  }

  /**
   * Required. Length: at least 1 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code ExecutionRoleArn}.
   */
  public ScheduledQuery executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public ScheduledQuery executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * Length: 1 to 2048 characters. Pattern: {@code ^[&#92;w#+=/:,.&#64;-]*$}. CloudFormation
   * property {@code LogGroupIdentifiers}.
   */
  public ScheduledQuery logGroupIdentifiers(List<String> value) {
    return set("LogGroupIdentifiers", Value.listOf(value));
  }

  /** Sets {@code LogGroupIdentifiers} to this value; see {@link #logGroupIdentifiers(List)}. */
  public ScheduledQuery logGroupIdentifiers(Value<List<String>> value) {
    return set("LogGroupIdentifiers", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-/.#]+$}. CloudFormation property {@code Name}.
   */
  public ScheduledQuery name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ScheduledQuery name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Required. Allowed values: {@code CWLI}, {@code PPL}, {@code SQL}. CloudFormation property
   * {@code QueryLanguage}.
   */
  public ScheduledQuery queryLanguage(String value) {
    return set("QueryLanguage", Value.of(value));
  }

  /** Sets {@code QueryLanguage} to this value; see {@link #queryLanguage(String)}. */
  public ScheduledQuery queryLanguage(Value<String> value) {
    return set("QueryLanguage", value);
  }

  /** Required. Length: 0 to 10000 characters. CloudFormation property {@code QueryString}. */
  public ScheduledQuery queryString(String value) {
    return set("QueryString", Value.of(value));
  }

  /** Sets {@code QueryString} to this value; see {@link #queryString(String)}. */
  public ScheduledQuery queryString(Value<String> value) {
    return set("QueryString", value);
  }

  /** Range: at least 0. CloudFormation property {@code ScheduleEndTime}. */
  public ScheduledQuery scheduleEndTime(double value) {
    return set("ScheduleEndTime", Value.of(value));
  }

  /** Sets {@code ScheduleEndTime} to this value; see {@link #scheduleEndTime(double)}. */
  public ScheduledQuery scheduleEndTime(Value<Double> value) {
    return set("ScheduleEndTime", value);
  }

  /** Required. Length: 0 to 256 characters. CloudFormation property {@code ScheduleExpression}. */
  public ScheduledQuery scheduleExpression(String value) {
    return set("ScheduleExpression", Value.of(value));
  }

  /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
  public ScheduledQuery scheduleExpression(Value<String> value) {
    return set("ScheduleExpression", value);
  }

  /** Range: at least 0. CloudFormation property {@code ScheduleStartTime}. */
  public ScheduledQuery scheduleStartTime(double value) {
    return set("ScheduleStartTime", Value.of(value));
  }

  /** Sets {@code ScheduleStartTime} to this value; see {@link #scheduleStartTime(double)}. */
  public ScheduledQuery scheduleStartTime(Value<Double> value) {
    return set("ScheduleStartTime", value);
  }

  /** CloudFormation property {@code StartTimeOffset}. */
  public ScheduledQuery startTimeOffset(int value) {
    return set("StartTimeOffset", Value.of(value));
  }

  /** Sets {@code StartTimeOffset} to this value; see {@link #startTimeOffset(int)}. */
  public ScheduledQuery startTimeOffset(Value<Integer> value) {
    return set("StartTimeOffset", value);
  }

  /** Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code State}. */
  public ScheduledQuery state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public ScheduledQuery state(Value<String> value) {
    return set("State", value);
  }

  /** CloudFormation property {@code Tags}. */
  public ScheduledQuery tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ScheduledQuery tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public ScheduledQuery tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ScheduledQuery tags(Tags tags) {
    return set("Tags", tags);
  }

  /** Length: at least 1 characters. CloudFormation property {@code Timezone}. */
  public ScheduledQuery timezone(String value) {
    return set("Timezone", Value.of(value));
  }

  /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
  public ScheduledQuery timezone(Value<String> value) {
    return set("Timezone", value);
  }

  /** {@code Fn::GetAtt} attribute {@code CreationTime}. */
  public Value<Double> creationTime() {
    return getAtt("CreationTime");
  }

  /** {@code Fn::GetAtt} attribute {@code LastExecutionStatus}. */
  public Value<String> lastExecutionStatus() {
    return getAtt("LastExecutionStatus");
  }

  /** {@code Fn::GetAtt} attribute {@code LastTriggeredTime}. */
  public Value<Double> lastTriggeredTime() {
    return getAtt("LastTriggeredTime");
  }

  /** {@code Fn::GetAtt} attribute {@code LastUpdatedTime}. */
  public Value<Double> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code ScheduledQueryArn}. */
  public Value<String> scheduledQueryArn() {
    return getAtt("ScheduledQueryArn");
  }

  /** Property type {@code AWS::Logs::ScheduledQuery.DestinationConfiguration}. */
  public static final class DestinationConfiguration extends Struct<DestinationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Logs::ScheduledQuery.DestinationConfiguration");

    public DestinationConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code S3Configuration}. */
    public DestinationConfiguration s3Configuration(Value<S3Configuration> value) {
      return set("S3Configuration", value);
    }
  }

  /** Property type {@code AWS::Logs::ScheduledQuery.S3Configuration}. */
  public static final class S3Configuration extends Struct<S3Configuration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::ScheduledQuery.S3Configuration")
        .required("DestinationIdentifier", "RoleArn")
        .constrain("DestinationIdentifier", Constraint.of().pattern("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?").minLength(0).maxLength(1024))
        .constrain("RoleArn", Constraint.of().minLength(1).format("AWS::IAM::Role.Arn"))
        .build();

    public S3Configuration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 0 to 1024 characters. Pattern: {@code
     * ^s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?}. CloudFormation property {@code
     * DestinationIdentifier}.
     */
    public S3Configuration destinationIdentifier(String value) {
      return set("DestinationIdentifier", Value.of(value));
    }

    /**
     * Sets {@code DestinationIdentifier} to this value; see {@link #destinationIdentifier(String)}.
     */
    public S3Configuration destinationIdentifier(Value<String> value) {
      return set("DestinationIdentifier", value);
    }

    /**
     * Required. Length: at least 1 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
     * property {@code RoleArn}.
     */
    public S3Configuration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public S3Configuration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /** Property type {@code AWS::Logs::ScheduledQuery.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::ScheduledQuery.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 128 characters. CloudFormation property {@code Key}. */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code Value}. */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
