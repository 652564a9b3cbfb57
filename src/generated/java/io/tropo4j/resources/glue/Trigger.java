// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Glue::Trigger</code> resource specifies triggers that run AWS Glue jobs. For more
 * information, see <a href="https://docs.aws.amazon.com/glue/latest/dg/trigger-job.html">Triggering
 * Jobs in AWS Glue</a> and <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-trigger.html#aws-glue-api-jobs-trigger-Trigger">Trigger
 * Structure</a> in the <em>AWS Glue Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Glue::Trigger}.
 */
public final class Trigger extends Resource<Trigger> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Trigger")
      .required("Actions", "Type")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .constrain("Tags", Constraint.of().format("json"))
      .allowed("Type", "CONDITIONAL", "EVENT", "ON_DEMAND", "SCHEDULED")
      .constrain("WorkflowName", Constraint.of().minLength(1).maxLength(255))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Trigger(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The actions initiated by this trigger.
   *
   * <p>Required. CloudFormation property {@code Actions}.
   */
  public Trigger actions(List<Action> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public Trigger actions(Value<List<Action>> value) {
    return set("Actions", value);
  }

  /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
  public Trigger actions(Action... values) {
    return set("Actions", Value.list(values));
  }

  /**
   * A description of this trigger.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public Trigger description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Trigger description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Batch condition that must be met (specified number of events received or batch time window
   * expired) before EventBridge event trigger fires.
   *
   * <p>CloudFormation property {@code EventBatchingCondition}.
   */
  public Trigger eventBatchingCondition(Value<EventBatchingCondition> value) {
    return set("EventBatchingCondition", value);
  }

  /**
   * The name of the trigger.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code Name}.
   */
  public Trigger name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Trigger name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The predicate of this trigger, which defines when it will fire.
   *
   * <p>CloudFormation property {@code Predicate}.
   */
  public Trigger predicate(Value<Predicate> value) {
    return set("Predicate", value);
  }

  /**
   * A <code>cron</code> expression used to specify the schedule. For more information, see <a
   * href="https://docs.aws.amazon.com/glue/latest/dg/monitor-data-warehouse-schedule.html">Time-Based
   * Schedules for Jobs and Crawlers</a> in the <em>AWS Glue Developer Guide</em> . For example, to
   * run something every day at 12:15 UTC, specify <code>cron(15 12 * * ? *)</code> .
   *
   * <p>CloudFormation property {@code Schedule}.
   */
  public Trigger schedule(String value) {
    return set("Schedule", Value.of(value));
  }

  /** Sets {@code Schedule} to this value; see {@link #schedule(String)}. */
  public Trigger schedule(Value<String> value) {
    return set("Schedule", value);
  }

  /**
   * Set to true to start <code>SCHEDULED</code> and <code>CONDITIONAL</code> triggers when created.
   * True is not supported for <code>ON_DEMAND</code> triggers.
   *
   * <p>CloudFormation property {@code StartOnCreation}.
   */
  public Trigger startOnCreation(boolean value) {
    return set("StartOnCreation", Value.of(value));
  }

  /** Sets {@code StartOnCreation} to this value; see {@link #startOnCreation(boolean)}. */
  public Trigger startOnCreation(Value<Boolean> value) {
    return set("StartOnCreation", value);
  }

  /**
   * The tags to use with this trigger.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Trigger tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Trigger tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The type of trigger that this is.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CONDITIONAL}, {@code
   * EVENT}, {@code ON_DEMAND}, {@code SCHEDULED}. CloudFormation property {@code Type}.
   */
  public Trigger typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Trigger typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The name of the workflow associated with the trigger.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code WorkflowName}.
   */
  public Trigger workflowName(String value) {
    return set("WorkflowName", Value.of(value));
  }

  /** Sets {@code WorkflowName} to this value; see {@link #workflowName(String)}. */
  public Trigger workflowName(Value<String> value) {
    return set("WorkflowName", value);
  }

  /**
   * Defines an action to be initiated by a trigger.
   *
   * <p>Property type {@code AWS::Glue::Trigger.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Trigger.Action")
        .constrain("Arguments", Constraint.of().format("json"))
        .constrain("CrawlerName", Constraint.of().minLength(1).maxLength(255))
        .references("CrawlerName", "AWS::Glue::Crawler.Ref")
        .constrain("JobName", Constraint.of().minLength(1).maxLength(255))
        .references("JobName", "AWS::Glue::Job.Ref")
        .constrain("SecurityConfiguration", Constraint.of().minLength(1).maxLength(255))
        .constrain("Timeout", Constraint.of().minimum(1))
        .build();

    public Action() {
      super(SCHEMA);
    }

    /**
     * The job arguments used when this trigger fires. For this job run, they replace the default
     * arguments set in the job definition itself.
     *
     * <p>You can specify arguments here that your own job-execution script consumes, in addition to
     * arguments that AWS Glue itself consumes.
     *
     * <p>For information about how to specify and consume your own job arguments, see <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-python-calling.html">Calling
     * AWS Glue APIs in Python</a> in the <em>AWS Glue Developer Guide</em> .
     *
     * <p>For information about the key-value pairs that AWS Glue consumes to set up your job, see
     * the <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-glue-arguments.html">Special
     * Parameters Used by AWS Glue</a> topic in the developer guide.
     *
     * <p>Format: {@code json}. CloudFormation property {@code Arguments}.
     */
    public Action arguments(Value<Json> value) {
      return set("Arguments", value);
    }

    /**
     * The name of the crawler to be used with this action.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code CrawlerName}.
     */
    public Action crawlerName(String value) {
      return set("CrawlerName", Value.of(value));
    }

    /** Sets {@code CrawlerName} to this value; see {@link #crawlerName(String)}. */
    public Action crawlerName(Value<String> value) {
      return set("CrawlerName", value);
    }

    /**
     * Sets {@code CrawlerName} to the Ref of {@code AWS::Glue::Crawler}; see {@link
     * #crawlerName(String)}.
     */
    public Action crawlerName(Crawler resource) {
      return set("CrawlerName", resource.ref());
    }

    /**
     * The name of a job to be executed.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code JobName}.
     */
    public Action jobName(String value) {
      return set("JobName", Value.of(value));
    }

    /** Sets {@code JobName} to this value; see {@link #jobName(String)}. */
    public Action jobName(Value<String> value) {
      return set("JobName", value);
    }

    /** Sets {@code JobName} to the Ref of {@code AWS::Glue::Job}; see {@link #jobName(String)}. */
    public Action jobName(Job resource) {
      return set("JobName", resource.ref());
    }

    /**
     * Specifies configuration properties of a job run notification.
     *
     * <p>CloudFormation property {@code NotificationProperty}.
     */
    public Action notificationProperty(Value<NotificationProperty> value) {
      return set("NotificationProperty", value);
    }

    /**
     * The name of the <code>SecurityConfiguration</code> structure to be used with this action.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code SecurityConfiguration}.
     */
    public Action securityConfiguration(String value) {
      return set("SecurityConfiguration", Value.of(value));
    }

    /**
     * Sets {@code SecurityConfiguration} to this value; see {@link #securityConfiguration(String)}.
     */
    public Action securityConfiguration(Value<String> value) {
      return set("SecurityConfiguration", value);
    }

    /**
     * The <code>JobRun</code> timeout in minutes. This is the maximum time that a job run can
     * consume resources before it is terminated and enters TIMEOUT status. The default is 2,880
     * minutes (48 hours). This overrides the timeout value set in the parent job.
     *
     * <p>Range: at least 1. CloudFormation property {@code Timeout}.
     */
    public Action timeout(int value) {
      return set("Timeout", Value.of(value));
    }

    /** Sets {@code Timeout} to this value; see {@link #timeout(int)}. */
    public Action timeout(Value<Integer> value) {
      return set("Timeout", value);
    }
  }

  /**
   * Defines a condition under which a trigger fires.
   *
   * <p>Property type {@code AWS::Glue::Trigger.Condition}.
   */
  public static final class Condition extends Struct<Condition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Trigger.Condition")
        .allowed("CrawlState", "CANCELLED", "CANCELLING", "ERROR", "FAILED", "RUNNING", "SUCCEEDED")
        .constrain("CrawlerName", Constraint.of().minLength(1).maxLength(255))
        .references("CrawlerName", "AWS::Glue::Crawler.Ref")
        .constrain("JobName", Constraint.of().minLength(1).maxLength(255))
        .references("JobName", "AWS::Glue::Job.Ref")
        .allowed("LogicalOperator", "EQUALS")
        .allowed("State", "SUCCEEDED", "STOPPED", "TIMEOUT", "FAILED")
        .build();

    public Condition() {
      super(SCHEMA);
    }

    /**
     * The state of the crawler to which this condition applies.
     *
     * <p>Allowed values: {@code CANCELLED}, {@code CANCELLING}, {@code ERROR}, {@code FAILED},
     * {@code RUNNING}, {@code SUCCEEDED}. CloudFormation property {@code CrawlState}.
     */
    public Condition crawlState(String value) {
      return set("CrawlState", Value.of(value));
    }

    /** Sets {@code CrawlState} to this value; see {@link #crawlState(String)}. */
    public Condition crawlState(Value<String> value) {
      return set("CrawlState", value);
    }

    /**
     * The name of the crawler to which this condition applies.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code CrawlerName}.
     */
    public Condition crawlerName(String value) {
      return set("CrawlerName", Value.of(value));
    }

    /** Sets {@code CrawlerName} to this value; see {@link #crawlerName(String)}. */
    public Condition crawlerName(Value<String> value) {
      return set("CrawlerName", value);
    }

    /**
     * Sets {@code CrawlerName} to the Ref of {@code AWS::Glue::Crawler}; see {@link
     * #crawlerName(String)}.
     */
    public Condition crawlerName(Crawler resource) {
      return set("CrawlerName", resource.ref());
    }

    /**
     * The name of the job whose <code>JobRuns</code> this condition applies to, and on which this
     * trigger waits.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code JobName}.
     */
    public Condition jobName(String value) {
      return set("JobName", Value.of(value));
    }

    /** Sets {@code JobName} to this value; see {@link #jobName(String)}. */
    public Condition jobName(Value<String> value) {
      return set("JobName", value);
    }

    /** Sets {@code JobName} to the Ref of {@code AWS::Glue::Job}; see {@link #jobName(String)}. */
    public Condition jobName(Job resource) {
      return set("JobName", resource.ref());
    }

    /**
     * A logical operator.
     *
     * <p>Allowed values: {@code EQUALS}. CloudFormation property {@code LogicalOperator}.
     */
    public Condition logicalOperator(String value) {
      return set("LogicalOperator", Value.of(value));
    }

    /** Sets {@code LogicalOperator} to this value; see {@link #logicalOperator(String)}. */
    public Condition logicalOperator(Value<String> value) {
      return set("LogicalOperator", value);
    }

    /**
     * The condition state. Currently, the values supported are <code>SUCCEEDED</code> ,
     * <code>STOPPED</code> , <code>TIMEOUT</code> , and <code>FAILED</code> .
     *
     * <p>Allowed values: {@code SUCCEEDED}, {@code STOPPED}, {@code TIMEOUT}, {@code FAILED}.
     * CloudFormation property {@code State}.
     */
    public Condition state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public Condition state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * Batch condition that must be met (specified number of events received or batch time window
   * expired) before EventBridge event trigger fires.
   *
   * <p>Property type {@code AWS::Glue::Trigger.EventBatchingCondition}.
   */
  public static final class EventBatchingCondition extends Struct<EventBatchingCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Trigger.EventBatchingCondition")
        .required("BatchSize")
        .constrain("BatchSize", Constraint.of().minimum(1).maximum(100))
        .constrain("BatchWindow", Constraint.of().minimum(1).maximum(900))
        .build();

    public EventBatchingCondition() {
      super(SCHEMA);
    }

    /**
     * Number of events that must be received from Amazon EventBridge before EventBridge event
     * trigger fires.
     *
     * <p>Required. Range: 1 to 100. CloudFormation property {@code BatchSize}.
     */
    public EventBatchingCondition batchSize(int value) {
      return set("BatchSize", Value.of(value));
    }

    /** Sets {@code BatchSize} to this value; see {@link #batchSize(int)}. */
    public EventBatchingCondition batchSize(Value<Integer> value) {
      return set("BatchSize", value);
    }

    /**
     * Window of time in seconds after which EventBridge event trigger fires. Window starts when
     * first event is received.
     *
     * <p>Range: 1 to 900. CloudFormation property {@code BatchWindow}.
     */
    public EventBatchingCondition batchWindow(int value) {
      return set("BatchWindow", Value.of(value));
    }

    /** Sets {@code BatchWindow} to this value; see {@link #batchWindow(int)}. */
    public EventBatchingCondition batchWindow(Value<Integer> value) {
      return set("BatchWindow", value);
    }
  }

  /**
   * Specifies configuration properties of a job run notification.
   *
   * <p>Property type {@code AWS::Glue::Trigger.NotificationProperty}.
   */
  public static final class NotificationProperty extends Struct<NotificationProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Trigger.NotificationProperty")
        .constrain("NotifyDelayAfter", Constraint.of().minimum(1))
        .build();

    public NotificationProperty() {
      super(SCHEMA);
    }

    /**
     * After a job run starts, the number of minutes to wait before sending a job run delay
     * notification
     *
     * <p>Range: at least 1. CloudFormation property {@code NotifyDelayAfter}.
     */
    public NotificationProperty notifyDelayAfter(int value) {
      return set("NotifyDelayAfter", Value.of(value));
    }

    /** Sets {@code NotifyDelayAfter} to this value; see {@link #notifyDelayAfter(int)}. */
    public NotificationProperty notifyDelayAfter(Value<Integer> value) {
      return set("NotifyDelayAfter", value);
    }
  }

  /**
   * Defines the predicate of the trigger, which determines when it fires.
   *
   * <p>Property type {@code AWS::Glue::Trigger.Predicate}.
   */
  public static final class Predicate extends Struct<Predicate> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Trigger.Predicate")
        .allowed("Logical", "AND", "ANY")
        .build();

    public Predicate() {
      super(SCHEMA);
    }

    /**
     * A list of the conditions that determine when the trigger will fire.
     *
     * <p>CloudFormation property {@code Conditions}.
     */
    public Predicate conditions(List<Condition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public Predicate conditions(Value<List<Condition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public Predicate conditions(Condition... values) {
      return set("Conditions", Value.list(values));
    }

    /**
     * An optional field if only one condition is listed. If multiple conditions are listed, then
     * this field is required.
     *
     * <p>Allowed values: {@code AND}, {@code ANY}. CloudFormation property {@code Logical}.
     */
    public Predicate logical(String value) {
      return set("Logical", Value.of(value));
    }

    /** Sets {@code Logical} to this value; see {@link #logical(String)}. */
    public Predicate logical(Value<String> value) {
      return set("Logical", value);
    }
  }
}
