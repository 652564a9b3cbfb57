// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * The <code>AWS::Glue::Job</code> resource specifies an AWS Glue job in the data catalog. For more
 * information, see <a href="https://docs.aws.amazon.com/glue/latest/dg/add-job.html">Adding Jobs in
 * AWS Glue</a> and <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html#aws-glue-api-jobs-job-Job">Job
 * Structure</a> in the <em>AWS Glue Developer Guide.</em>
 *
 * <p>CloudFormation type {@code AWS::Glue::Job}.
 */
public final class Job extends Resource<Job> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Job")
      .required("Command", "Role")
      .constrain("DefaultArguments", Constraint.of().format("json"))
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .allowed("ExecutionClass", "FLEX", "STANDARD")
      .constrain("GlueVersion", Constraint.of().pattern("^(\\w+\\.)+\\w+$").minLength(1).maxLength(255))
      .allowed("JobMode", "NOTEBOOK", "SCRIPT", "VISUAL")
      .constrain("MaintenanceWindow", Constraint.of().pattern("^(Sun|Mon|Tue|Wed|Thu|Fri|Sat):([01]?[0-9]|2[0-3])$"))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .constrain("NonOverridableArguments", Constraint.of().format("json"))
      .constrain("NumberOfWorkers", Constraint.of().minimum(0))
      .references("Role", "AWS::IAM::Role.Ref", "AWS::IAM::Role.Arn")
      .constrain("SecurityConfiguration", Constraint.of().minLength(1).maxLength(255))
      .constrain("Tags", Constraint.of().format("json"))
      .constrain("Timeout", Constraint.of().minimum(1))
      .allowed("WorkerType", "Standard", "G.1X", "G.2X", "G.025X", "G.4X", "G.8X", "Z.2X", "G.12X",
          "G.16X", "R.1X", "R.2X", "R.4X", "R.8X")
      .refYields("Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Job(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * This parameter is no longer supported. Use <code>MaxCapacity</code> instead.
   *
   * <p>The number of capacity units that are allocated to this job.
   *
   * <p>CloudFormation property {@code AllocatedCapacity}.
   */
  public Job allocatedCapacity(double value) {
    return set("AllocatedCapacity", Value.of(value));
  }

  /** Sets {@code AllocatedCapacity} to this value; see {@link #allocatedCapacity(double)}. */
  public Job allocatedCapacity(Value<Double> value) {
    return set("AllocatedCapacity", value);
  }

  /**
   * The code that executes a job.
   *
   * <p>Required. CloudFormation property {@code Command}.
   */
  public Job command(Value<JobCommand> value) {
    return set("Command", value);
  }

  /**
   * The connections used for this job.
   *
   * <p>CloudFormation property {@code Connections}.
   */
  public Job connections(Value<ConnectionsList> value) {
    return set("Connections", value);
  }

  /**
   * The default arguments for this job, specified as name-value pairs.
   *
   * <p>You can specify arguments here that your own job-execution script consumes, in addition to
   * arguments that AWS Glue itself consumes.
   *
   * <p>For information about how to specify and consume your own job arguments, see <a
   * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-python-calling.html">Calling
   * AWS Glue APIs in Python</a> in the <em>AWS Glue Developer Guide</em> .
   *
   * <p>For information about the key-value pairs that AWS Glue consumes to set up your job, see <a
   * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-glue-arguments.html">Special
   * Parameters Used by AWS Glue</a> in the <em>AWS Glue Developer Guide</em> .
   *
   * <p>Format: {@code json}. CloudFormation property {@code DefaultArguments}.
   */
  public Job defaultArguments(Value<Json> value) {
    return set("DefaultArguments", value);
  }

  /**
   * A description of the job.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public Job description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Job description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Indicates whether the job is run with a standard or flexible execution class. The standard
   * execution class is ideal for time-sensitive workloads that require fast job startup and
   * dedicated resources.
   *
   * <p>The flexible execution class is appropriate for time-insensitive jobs whose start and
   * completion times may vary.
   *
   * <p>Only jobs with AWS Glue version 3.0 and above and command type <code>glueetl</code> will be
   * allowed to set <code>ExecutionClass</code> to <code>FLEX</code> . The flexible execution class
   * is available for Spark jobs.
   *
   * <p>Allowed values: {@code FLEX}, {@code STANDARD}. CloudFormation property {@code
   * ExecutionClass}.
   */
  public Job executionClass(String value) {
    return set("ExecutionClass", Value.of(value));
  }

  /** Sets {@code ExecutionClass} to this value; see {@link #executionClass(String)}. */
  public Job executionClass(Value<String> value) {
    return set("ExecutionClass", value);
  }

  /**
   * The maximum number of concurrent runs that are allowed for this job.
   *
   * <p>CloudFormation property {@code ExecutionProperty}.
   */
  public Job executionProperty(Value<ExecutionProperty> value) {
    return set("ExecutionProperty", value);
  }

  /**
   * Glue version determines the versions of Apache Spark and Python that AWS Glue supports. The
   * Python version indicates the version supported for jobs of type Spark.
   *
   * <p>For more information about the available AWS Glue versions and corresponding Spark and
   * Python versions, see <a href="https://docs.aws.amazon.com/glue/latest/dg/add-job.html">Glue
   * version</a> in the developer guide.
   *
   * <p>Jobs that are created without specifying a Glue version default to the latest Glue version
   * available.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^(&#92;w+&#92;.)+&#92;w+$}. CloudFormation
   * property {@code GlueVersion}.
   */
  public Job glueVersion(String value) {
    return set("GlueVersion", Value.of(value));
  }

  /** Sets {@code GlueVersion} to this value; see {@link #glueVersion(String)}. */
  public Job glueVersion(Value<String> value) {
    return set("GlueVersion", value);
  }

  /**
   * A mode that describes how a job was created. Valid values are:
   *
   * <ul> <li><code>SCRIPT</code> - The job was created using the AWS Glue Studio script editor.
   * <li><code>VISUAL</code> - The job was created using the AWS Glue Studio visual editor.
   * <li><code>NOTEBOOK</code> - The job was created using an interactive sessions notebook. </ul>
   *
   * <p>When the <code>JobMode</code> field is missing or null, <code>SCRIPT</code> is assigned as
   * the default value.
   *
   * <p>Allowed values: {@code NOTEBOOK}, {@code SCRIPT}, {@code VISUAL}. CloudFormation property
   * {@code JobMode}.
   */
  public Job jobMode(String value) {
    return set("JobMode", Value.of(value));
  }

  /** Sets {@code JobMode} to this value; see {@link #jobMode(String)}. */
  public Job jobMode(Value<String> value) {
    return set("JobMode", value);
  }

  /**
   * Specifies whether job run queuing is enabled for the job runs for this job.
   *
   * <p>A value of true means job run queuing is enabled for the job runs. If false or not
   * populated, the job runs will not be considered for queueing.
   *
   * <p>If this field does not match the value set in the job run, then the value from the job run
   * field will be used.
   *
   * <p>CloudFormation property {@code JobRunQueuingEnabled}.
   */
  public Job jobRunQueuingEnabled(boolean value) {
    return set("JobRunQueuingEnabled", Value.of(value));
  }

  /**
   * Sets {@code JobRunQueuingEnabled} to this value; see {@link #jobRunQueuingEnabled(boolean)}.
   */
  public Job jobRunQueuingEnabled(Value<Boolean> value) {
    return set("JobRunQueuingEnabled", value);
  }

  /**
   * This field is reserved for future use.
   *
   * <p>CloudFormation property {@code LogUri}.
   */
  public Job logUri(String value) {
    return set("LogUri", Value.of(value));
  }

  /** Sets {@code LogUri} to this value; see {@link #logUri(String)}. */
  public Job logUri(Value<String> value) {
    return set("LogUri", value);
  }

  /**
   * This field specifies a day of the week and hour for a maintenance window for streaming jobs.
   * AWS Glue periodically performs maintenance activities. During these maintenance windows, AWS
   * Glue will need to restart your streaming jobs.
   *
   * <p>AWS Glue will restart the job within 3 hours of the specified maintenance window. For
   * instance, if you set up the maintenance window for Monday at 10:00AM GMT, your jobs will be
   * restarted between 10:00AM GMT to 1:00PM GMT.
   *
   * <p>Pattern: {@code ^(Sun|Mon|Tue|Wed|Thu|Fri|Sat):([01]?[0-9]|2[0-3])$}. CloudFormation
   * property {@code MaintenanceWindow}.
   */
  public Job maintenanceWindow(String value) {
    return set("MaintenanceWindow", Value.of(value));
  }

  /** Sets {@code MaintenanceWindow} to this value; see {@link #maintenanceWindow(String)}. */
  public Job maintenanceWindow(Value<String> value) {
    return set("MaintenanceWindow", value);
  }

  /**
   * The number of AWS Glue data processing units (DPUs) that can be allocated when this job runs. A
   * DPU is a relative measure of processing power that consists of 4 vCPUs of compute capacity and
   * 16 GB of memory.
   *
   * <p>Do not set <code>Max Capacity</code> if using <code>WorkerType</code> and
   * <code>NumberOfWorkers</code> .
   *
   * <p>The value that can be allocated for <code>MaxCapacity</code> depends on whether you are
   * running a Python shell job or an Apache Spark ETL job:
   *
   * <ul> <li>When you specify a Python shell job ( <code>JobCommand.Name</code> ="pythonshell"),
   * you can allocate either 0.0625 or 1 DPU. The default is 0.0625 DPU. <li>When you specify an
   * Apache Spark ETL job ( <code>JobCommand.Name</code> ="glueetl"), you can allocate from 2 to 100
   * DPUs. The default is 10 DPUs. This job type cannot have a fractional DPU allocation. </ul>
   *
   * <p>CloudFormation property {@code MaxCapacity}.
   */
  public Job maxCapacity(double value) {
    return set("MaxCapacity", Value.of(value));
  }

  /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(double)}. */
  public Job maxCapacity(Value<Double> value) {
    return set("MaxCapacity", value);
  }

  /**
   * The maximum number of times to retry this job after a JobRun fails.
   *
   * <p>CloudFormation property {@code MaxRetries}.
   */
  public Job maxRetries(double value) {
    return set("MaxRetries", Value.of(value));
  }

  /** Sets {@code MaxRetries} to this value; see {@link #maxRetries(double)}. */
  public Job maxRetries(Value<Double> value) {
    return set("MaxRetries", value);
  }

  /**
   * The name you assign to this job definition.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code Name}.
   */
  public Job name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Job name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Non-overridable arguments for this job, specified as name-value pairs.
   *
   * <p>Format: {@code json}. CloudFormation property {@code NonOverridableArguments}.
   */
  public Job nonOverridableArguments(Value<Json> value) {
    return set("NonOverridableArguments", value);
  }

  /**
   * Specifies configuration properties of a notification.
   *
   * <p>CloudFormation property {@code NotificationProperty}.
   */
  public Job notificationProperty(Value<NotificationProperty> value) {
    return set("NotificationProperty", value);
  }

  /**
   * The number of workers of a defined <code>workerType</code> that are allocated when a job runs.
   *
   * <p>The maximum number of workers you can define are 299 for <code>G.1X</code> , and 149 for
   * <code>G.2X</code> .
   *
   * <p>Range: at least 0. CloudFormation property {@code NumberOfWorkers}.
   */
  public Job numberOfWorkers(int value) {
    return set("NumberOfWorkers", Value.of(value));
  }

  /** Sets {@code NumberOfWorkers} to this value; see {@link #numberOfWorkers(int)}. */
  public Job numberOfWorkers(Value<Integer> value) {
    return set("NumberOfWorkers", value);
  }

  /**
   * The name or Amazon Resource Name (ARN) of the IAM role associated with this job.
   *
   * <p>Required. CloudFormation property {@code Role}.
   */
  public Job role(String value) {
    return set("Role", Value.of(value));
  }

  /** Sets {@code Role} to this value; see {@link #role(String)}. */
  public Job role(Value<String> value) {
    return set("Role", value);
  }

  /** Sets {@code Role} to the Ref of {@code AWS::IAM::Role}; see {@link #role(String)}. */
  public Job role(Role resource) {
    return set("Role", resource.ref());
  }

  /**
   * The name of the <code>SecurityConfiguration</code> structure to be used with this job.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code SecurityConfiguration}.
   */
  public Job securityConfiguration(String value) {
    return set("SecurityConfiguration", Value.of(value));
  }

  /**
   * Sets {@code SecurityConfiguration} to this value; see {@link #securityConfiguration(String)}.
   */
  public Job securityConfiguration(Value<String> value) {
    return set("SecurityConfiguration", value);
  }

  /**
   * The tags to use with this job.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Job tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Job tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The job timeout in minutes. This is the maximum time that a job run can consume resources
   * before it is terminated and enters TIMEOUT status. The default is 2,880 minutes (48 hours).
   *
   * <p>Range: at least 1. CloudFormation property {@code Timeout}.
   */
  public Job timeout(int value) {
    return set("Timeout", Value.of(value));
  }

  /** Sets {@code Timeout} to this value; see {@link #timeout(int)}. */
  public Job timeout(Value<Integer> value) {
    return set("Timeout", value);
  }

  /**
   * The type of predefined worker that is allocated when a job runs.
   *
   * <p>AWS Glue provides multiple worker types to accommodate different workload requirements:
   *
   * <p>G Worker Types (General-purpose compute workers):
   *
   * <ul> <li>G.1X: 1 DPU (4 vCPUs, 16 GB memory, 94GB disk) <li>G.2X: 2 DPU (8 vCPUs, 32 GB memory,
   * 138GB disk) <li>G.4X: 4 DPU (16 vCPUs, 64 GB memory, 256GB disk) <li>G.8X: 8 DPU (32 vCPUs, 128
   * GB memory, 512GB disk) <li>G.12X: 12 DPU (48 vCPUs, 192 GB memory, 768GB disk) <li>G.16X: 16
   * DPU (64 vCPUs, 256 GB memory, 1024GB disk) </ul>
   *
   * <p>R Worker Types (Memory-optimized workers):
   *
   * <ul> <li>R.1X: 1 M-DPU (4 vCPUs, 32 GB memory) <li>R.2X: 2 M-DPU (8 vCPUs, 64 GB memory)
   * <li>R.4X: 4 M-DPU (16 vCPUs, 128 GB memory) <li>R.8X: 8 M-DPU (32 vCPUs, 256 GB memory) </ul>
   *
   * <p>Allowed values: {@code Standard}, {@code G.1X}, {@code G.2X}, {@code G.025X}, {@code G.4X},
   * {@code G.8X}, {@code Z.2X}, {@code G.12X}, {@code G.16X}, {@code R.1X}, {@code R.2X}, {@code
   * R.4X}, {@code R.8X}. CloudFormation property {@code WorkerType}.
   */
  public Job workerType(String value) {
    return set("WorkerType", Value.of(value));
  }

  /** Sets {@code WorkerType} to this value; see {@link #workerType(String)}. */
  public Job workerType(Value<String> value) {
    return set("WorkerType", value);
  }

  /**
   * Specifies the connections used by a job.
   *
   * <p>Property type {@code AWS::Glue::Job.ConnectionsList}.
   */
  public static final class ConnectionsList extends Struct<ConnectionsList> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Job.ConnectionsList")
        .constrain("Connections", Constraint.of().minLength(0).maxLength(255))
        .build();

    public ConnectionsList() {
      super(SCHEMA);
    }

    /**
     * A list of connections used by the job.
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
   * An execution property of a job.
   *
   * <p>Property type {@code AWS::Glue::Job.ExecutionProperty}.
   */
  public static final class ExecutionProperty extends Struct<ExecutionProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::Job.ExecutionProperty");

    public ExecutionProperty() {
      super(SCHEMA);
    }

    /**
     * The maximum number of concurrent runs allowed for the job. The default is 1. An error is
     * returned when this threshold is reached. The maximum value you can specify is controlled by a
     * service limit.
     *
     * <p>CloudFormation property {@code MaxConcurrentRuns}.
     */
    public ExecutionProperty maxConcurrentRuns(double value) {
      return set("MaxConcurrentRuns", Value.of(value));
    }

    /** Sets {@code MaxConcurrentRuns} to this value; see {@link #maxConcurrentRuns(double)}. */
    public ExecutionProperty maxConcurrentRuns(Value<Double> value) {
      return set("MaxConcurrentRuns", value);
    }
  }

  /**
   * Specifies code executed when a job is run.
   *
   * <p>Property type {@code AWS::Glue::Job.JobCommand}.
   */
  public static final class JobCommand extends Struct<JobCommand> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Job.JobCommand")
        .constrain("PythonVersion", Constraint.of().pattern("^([2-3]|3[.]9)$"))
        .constrain("Runtime", Constraint.of().minLength(0).maxLength(64))
        .constrain("ScriptLocation", Constraint.of().minLength(0).maxLength(400000))
        .build();

    public JobCommand() {
      super(SCHEMA);
    }

    /**
     * The name of the job command. For an Apache Spark ETL job, this must be <code>glueetl</code> .
     * For a Python shell job, it must be <code>pythonshell</code> . For an Apache Spark streaming
     * ETL job, this must be <code>gluestreaming</code> . For a Ray job, this must be
     * <code>glueray</code> .
     *
     * <p>CloudFormation property {@code Name}.
     */
    public JobCommand name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public JobCommand name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The Python version being used to execute a Python shell job. Allowed values are 3 or 3.9.
     * Version 2 is deprecated.
     *
     * <p>Pattern: {@code ^([2-3]|3[.]9)$}. CloudFormation property {@code PythonVersion}.
     */
    public JobCommand pythonVersion(String value) {
      return set("PythonVersion", Value.of(value));
    }

    /** Sets {@code PythonVersion} to this value; see {@link #pythonVersion(String)}. */
    public JobCommand pythonVersion(Value<String> value) {
      return set("PythonVersion", value);
    }

    /**
     * In Ray jobs, Runtime is used to specify the versions of Ray, Python and additional libraries
     * available in your environment. This field is not used in other job types. For supported
     * runtime environment values, see <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/ray-jobs-section.html">Working with Ray
     * jobs</a> in the AWS Glue Developer Guide.
     *
     * <p>Length: 0 to 64 characters. CloudFormation property {@code Runtime}.
     */
    public JobCommand runtime(String value) {
      return set("Runtime", Value.of(value));
    }

    /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
    public JobCommand runtime(Value<String> value) {
      return set("Runtime", value);
    }

    /**
     * Specifies the Amazon Simple Storage Service (Amazon S3) path to a script that executes a job
     * (required).
     *
     * <p>Length: 0 to 400000 characters. CloudFormation property {@code ScriptLocation}.
     */
    public JobCommand scriptLocation(String value) {
      return set("ScriptLocation", Value.of(value));
    }

    /** Sets {@code ScriptLocation} to this value; see {@link #scriptLocation(String)}. */
    public JobCommand scriptLocation(Value<String> value) {
      return set("ScriptLocation", value);
    }
  }

  /**
   * Specifies configuration properties of a notification.
   *
   * <p>Property type {@code AWS::Glue::Job.NotificationProperty}.
   */
  public static final class NotificationProperty extends Struct<NotificationProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Job.NotificationProperty")
        .constrain("NotifyDelayAfter", Constraint.of().minimum(1))
        .build();

    public NotificationProperty() {
      super(SCHEMA);
    }

    /**
     * After a job run starts, the number of minutes to wait before sending a job run delay
     * notification.
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
}
