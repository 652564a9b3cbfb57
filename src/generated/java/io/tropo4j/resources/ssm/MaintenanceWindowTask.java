// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SSM::MaintenanceWindowTask</code> resource defines information about a task for an
 * AWS Systems Manager maintenance window. For more information, see <a
 * href="https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_RegisterTaskWithMaintenanceWindow.html">RegisterTaskWithMaintenanceWindow</a>
 * in the <em>AWS Systems Manager API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::SSM::MaintenanceWindowTask}.
 */
public final class MaintenanceWindowTask extends Resource<MaintenanceWindowTask> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSM::MaintenanceWindowTask")
      .required("Priority", "TaskArn", "TaskType", "WindowId")
      .allowed("CutoffBehavior", "CANCEL_TASK", "CONTINUE_TASK")
      .constrain("Description", Constraint.of().minLength(1).maxLength(128))
      .constrain("MaxConcurrency", Constraint.of().pattern("^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$").minLength(1).maxLength(7))
      .constrain("MaxErrors", Constraint.of().pattern("^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$").minLength(1).maxLength(7))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_\\-.]{3,128}$").minLength(3).maxLength(128))
      .constrain("Priority", Constraint.of().minimum(0))
      .constrain("ServiceRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("TaskArn", Constraint.of().minLength(1).maxLength(1600))
      .constrain("TaskParameters", Constraint.of().format("json"))
      .allowed("TaskType", "AUTOMATION", "LAMBDA", "RUN_COMMAND", "STEP_FUNCTIONS")
      .constrain("WindowId", Constraint.of().pattern("^mw-[0-9a-f]{17}$").minLength(20).maxLength(20))
      .refYields("WindowTaskId")
      .attributes("WindowTaskId")
      .build();

  public MaintenanceWindowTask(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The specification for whether tasks should continue to run after the cutoff time specified in
   * the maintenance windows is reached.
   *
   * <p>Allowed values: {@code CANCEL_TASK}, {@code CONTINUE_TASK}. CloudFormation property {@code
   * CutoffBehavior}.
   */
  public MaintenanceWindowTask cutoffBehavior(String value) {
    return set("CutoffBehavior", Value.of(value));
  }

  /** Sets {@code CutoffBehavior} to this value; see {@link #cutoffBehavior(String)}. */
  public MaintenanceWindowTask cutoffBehavior(Value<String> value) {
    return set("CutoffBehavior", value);
  }

  /**
   * A description of the task.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Description}.
   */
  public MaintenanceWindowTask description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public MaintenanceWindowTask description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * <code>LoggingInfo</code> has been deprecated. To specify an Amazon S3 bucket to contain logs
   * for Run Command tasks, instead use the <code>OutputS3BucketName</code> and
   * <code>OutputS3KeyPrefix</code> options in the <code>TaskInvocationParameters</code> structure.
   * For information about how Systems Manager handles these options for the supported maintenance
   * window task types, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-maintenancewindowtask-maintenancewindowruncommandparameters.html">AWS
   * ::SSM::MaintenanceWindowTask MaintenanceWindowRunCommandParameters</a> .
   *
   * <p>Information about an Amazon S3 bucket to write Run Command task-level logs to.
   *
   * <p>CloudFormation property {@code LoggingInfo}.
   */
  public MaintenanceWindowTask loggingInfo(Value<LoggingInfo> value) {
    return set("LoggingInfo", value);
  }

  /**
   * The maximum number of targets this task can be run for, in parallel.
   *
   * <p>Although this element is listed as "Required: No", a value can be omitted only when you are
   * registering or updating a <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/maintenance-windows-targetless-tasks.html">targetless
   * task</a> You must provide a value in all other cases. For maintenance window tasks without a
   * target specified, you can't supply a value for this option. Instead, the system inserts a
   * placeholder value of <code>1</code> . This value doesn't affect the running of your task.
   *
   * <p>Length: 1 to 7 characters. Pattern: {@code ^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$}.
   * CloudFormation property {@code MaxConcurrency}.
   */
  public MaintenanceWindowTask maxConcurrency(String value) {
    return set("MaxConcurrency", Value.of(value));
  }

  /** Sets {@code MaxConcurrency} to this value; see {@link #maxConcurrency(String)}. */
  public MaintenanceWindowTask maxConcurrency(Value<String> value) {
    return set("MaxConcurrency", value);
  }

  /**
   * The maximum number of errors allowed before this task stops being scheduled.
   *
   * <p>Although this element is listed as "Required: No", a value can be omitted only when you are
   * registering or updating a <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/maintenance-windows-targetless-tasks.html">targetless
   * task</a> You must provide a value in all other cases. For maintenance window tasks without a
   * target specified, you can't supply a value for this option. Instead, the system inserts a
   * placeholder value of <code>1</code> . This value doesn't affect the running of your task.
   *
   * <p>Length: 1 to 7 characters. Pattern: {@code ^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$}.
   * CloudFormation property {@code MaxErrors}.
   */
  public MaintenanceWindowTask maxErrors(String value) {
    return set("MaxErrors", Value.of(value));
  }

  /** Sets {@code MaxErrors} to this value; see {@link #maxErrors(String)}. */
  public MaintenanceWindowTask maxErrors(Value<String> value) {
    return set("MaxErrors", value);
  }

  /**
   * The task name.
   *
   * <p>Length: 3 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-.]{3,128}$}. CloudFormation
   * property {@code Name}.
   */
  public MaintenanceWindowTask name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MaintenanceWindowTask name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The priority of the task in the maintenance window. The lower the number, the higher the
   * priority. Tasks that have the same priority are scheduled in parallel.
   *
   * <p>Required. Range: at least 0. CloudFormation property {@code Priority}.
   */
  public MaintenanceWindowTask priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public MaintenanceWindowTask priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM service role for AWS Systems Manager to assume when
   * running a maintenance window task. If you do not specify a service role ARN, Systems Manager
   * uses a service-linked role in your account. If no appropriate service-linked role for Systems
   * Manager exists in your account, it is created when you run
   * <code>RegisterTaskWithMaintenanceWindow</code> .
   *
   * <p>However, for an improved security posture, we strongly recommend creating a custom policy
   * and custom service role for running your maintenance window tasks. The policy can be crafted to
   * provide only the permissions needed for your particular maintenance window tasks. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-maintenance-permissions.html">Setting
   * up Maintenance Windows</a> in the in the <em>AWS Systems Manager User Guide</em> .
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ServiceRoleArn}.
   */
  public MaintenanceWindowTask serviceRoleArn(String value) {
    return set("ServiceRoleArn", Value.of(value));
  }

  /** Sets {@code ServiceRoleArn} to this value; see {@link #serviceRoleArn(String)}. */
  public MaintenanceWindowTask serviceRoleArn(Value<String> value) {
    return set("ServiceRoleArn", value);
  }

  /**
   * The targets, either instances or window target IDs.
   *
   * <ul> <li>Specify instances using <code>Key=InstanceIds,Values= <em>instanceid1</em> ,
   * <em>instanceid2</em></code> . <li>Specify window target IDs using
   * <code>Key=WindowTargetIds,Values= <em>window-target-id-1</em> ,
   * <em>window-target-id-2</em></code> . </ul>
   *
   * <p>CloudFormation property {@code Targets}.
   */
  public MaintenanceWindowTask targets(List<Target> value) {
    return set("Targets", Value.listOf(value));
  }

  /** Sets {@code Targets} to this value; see {@link #targets(List)}. */
  public MaintenanceWindowTask targets(Value<List<Target>> value) {
    return set("Targets", value);
  }

  /** Sets {@code Targets} to a list of these; see {@link #targets(List)}. */
  public MaintenanceWindowTask targets(Target... values) {
    return set("Targets", Value.list(values));
  }

  /**
   * The resource that the task uses during execution.
   *
   * <p>For <code>RUN_COMMAND</code> and <code>AUTOMATION</code> task types, <code>TaskArn</code> is
   * the SSM document name or Amazon Resource Name (ARN).
   *
   * <p>For <code>LAMBDA</code> tasks, <code>TaskArn</code> is the function name or ARN.
   *
   * <p>For <code>STEP_FUNCTIONS</code> tasks, <code>TaskArn</code> is the state machine ARN.
   *
   * <p>Required. Length: 1 to 1600 characters. CloudFormation property {@code TaskArn}.
   */
  public MaintenanceWindowTask taskArn(String value) {
    return set("TaskArn", Value.of(value));
  }

  /** Sets {@code TaskArn} to this value; see {@link #taskArn(String)}. */
  public MaintenanceWindowTask taskArn(Value<String> value) {
    return set("TaskArn", value);
  }

  /**
   * The parameters to pass to the task when it runs. Populate only the fields that match the task
   * type. All other fields should be empty.
   *
   * <p>When you update a maintenance window task that has options specified in
   * <code>TaskInvocationParameters</code> , you must provide again all the
   * <code>TaskInvocationParameters</code> values that you want to retain. The values you do not
   * specify again are removed. For example, suppose that when you registered a Run Command task,
   * you specified <code>TaskInvocationParameters</code> values for <code>Comment</code> ,
   * <code>NotificationConfig</code> , and <code>OutputS3BucketName</code> . If you update the
   * maintenance window task and specify only a different <code>OutputS3BucketName</code> value, the
   * values for <code>Comment</code> and <code>NotificationConfig</code> are removed.
   *
   * <p>CloudFormation property {@code TaskInvocationParameters}.
   */
  public MaintenanceWindowTask taskInvocationParameters(Value<TaskInvocationParameters> value) {
    return set("TaskInvocationParameters", value);
  }

  /**
   * <code>TaskParameters</code> has been deprecated. To specify parameters to pass to a task when
   * it runs, instead use the <code>Parameters</code> option in the
   * <code>TaskInvocationParameters</code> structure. For information about how Systems Manager
   * handles these options for the supported maintenance window task types, see <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_MaintenanceWindowTaskInvocationParameters.html">MaintenanceWindowTaskInvocationParameters</a>
   * .
   *
   * <p>The parameters to pass to the task when it runs.
   *
   * <p>Format: {@code json}. CloudFormation property {@code TaskParameters}.
   */
  public MaintenanceWindowTask taskParameters(Value<Json> value) {
    return set("TaskParameters", value);
  }

  /**
   * The type of task. Valid values: <code>RUN_COMMAND</code> , <code>AUTOMATION</code> ,
   * <code>LAMBDA</code> , <code>STEP_FUNCTIONS</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code AUTOMATION}, {@code
   * LAMBDA}, {@code RUN_COMMAND}, {@code STEP_FUNCTIONS}. CloudFormation property {@code TaskType}.
   */
  public MaintenanceWindowTask taskType(String value) {
    return set("TaskType", Value.of(value));
  }

  /** Sets {@code TaskType} to this value; see {@link #taskType(String)}. */
  public MaintenanceWindowTask taskType(Value<String> value) {
    return set("TaskType", value);
  }

  /**
   * The ID of the maintenance window where the task is registered.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 20 characters. Pattern: {@code
   * ^mw-[0-9a-f]{17}$}. CloudFormation property {@code WindowId}.
   */
  public MaintenanceWindowTask windowId(String value) {
    return set("WindowId", Value.of(value));
  }

  /** Sets {@code WindowId} to this value; see {@link #windowId(String)}. */
  public MaintenanceWindowTask windowId(Value<String> value) {
    return set("WindowId", value);
  }

  /**
   * The task ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WindowTaskId}.
   */
  public Value<String> windowTaskId() {
    return getAtt("WindowTaskId");
  }

  /**
   * Configuration options for sending command output to Amazon CloudWatch Logs.
   *
   * <p>Property type {@code AWS::SSM::MaintenanceWindowTask.CloudWatchOutputConfig}.
   */
  public static final class CloudWatchOutputConfig extends Struct<CloudWatchOutputConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SSM::MaintenanceWindowTask.CloudWatchOutputConfig");

    public CloudWatchOutputConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the CloudWatch Logs log group where you want to send command output. If you don't
     * specify a group name, AWS Systems Manager automatically creates a log group for you. The log
     * group uses the following naming format:
     *
     * <p><code>aws/ssm/ <em>SystemsManagerDocumentName</em></code>
     *
     * <p>CloudFormation property {@code CloudWatchLogGroupName}.
     */
    public CloudWatchOutputConfig cloudWatchLogGroupName(String value) {
      return set("CloudWatchLogGroupName", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchLogGroupName} to this value; see {@link
     * #cloudWatchLogGroupName(String)}.
     */
    public CloudWatchOutputConfig cloudWatchLogGroupName(Value<String> value) {
      return set("CloudWatchLogGroupName", value);
    }

    /**
     * Enables Systems Manager to send command output to CloudWatch Logs.
     *
     * <p>CloudFormation property {@code CloudWatchOutputEnabled}.
     */
    public CloudWatchOutputConfig cloudWatchOutputEnabled(boolean value) {
      return set("CloudWatchOutputEnabled", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchOutputEnabled} to this value; see {@link
     * #cloudWatchOutputEnabled(boolean)}.
     */
    public CloudWatchOutputConfig cloudWatchOutputEnabled(Value<Boolean> value) {
      return set("CloudWatchOutputEnabled", value);
    }
  }

  /**
   * <code>LoggingInfo</code> has been deprecated. To specify an Amazon S3 bucket to contain logs,
   * instead use the <code>OutputS3BucketName</code> and <code>OutputS3KeyPrefix</code> options in
   * the <code>TaskInvocationParameters</code> structure. For information about how Systems Manager
   * handles these options for the supported maintenance window task types, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-maintenancewindowtask-maintenancewindowruncommandparameters.html">AWS
   * ::SSM::MaintenanceWindowTask MaintenanceWindowRunCommandParameters</a> .
   *
   * <p>The <code>LoggingInfo</code> property type specifies information about the Amazon S3 bucket
   * to write instance-level logs to.
   *
   * <p><code>LoggingInfo</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-maintenancewindowtask.html">AWS::SSM::MaintenanceWindowTask</a>
   * resource.
   *
   * <p>Property type {@code AWS::SSM::MaintenanceWindowTask.LoggingInfo}.
   */
  public static final class LoggingInfo extends Struct<LoggingInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::MaintenanceWindowTask.LoggingInfo")
        .required("Region", "S3Bucket")
        .constrain("S3Bucket", Constraint.of().format("AWS::S3::Bucket.Name"))
        .build();

    public LoggingInfo() {
      super(SCHEMA);
    }

    /**
     * The AWS Region where the S3 bucket is located.
     *
     * <p>Required. CloudFormation property {@code Region}.
     */
    public LoggingInfo region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public LoggingInfo region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The name of an S3 bucket where execution logs are stored.
     *
     * <p>Required. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code S3Bucket}.
     */
    public LoggingInfo s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public LoggingInfo s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * The Amazon S3 bucket subfolder.
     *
     * <p>CloudFormation property {@code S3Prefix}.
     */
    public LoggingInfo s3Prefix(String value) {
      return set("S3Prefix", Value.of(value));
    }

    /** Sets {@code S3Prefix} to this value; see {@link #s3Prefix(String)}. */
    public LoggingInfo s3Prefix(Value<String> value) {
      return set("S3Prefix", value);
    }
  }

  /**
   * The <code>MaintenanceWindowAutomationParameters</code> property type specifies the parameters
   * for an <code>AUTOMATION</code> task type for a maintenance window task in AWS Systems Manager .
   *
   * <p><code>MaintenanceWindowAutomationParameters</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-maintenancewindowtask-taskinvocationparameters.html">TaskInvocationParameters</a>
   * property type.
   *
   * <p>For information about available parameters in Automation runbooks, you can view the content
   * of the runbook itself in the Systems Manager console. For information, see <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/automation-documents-reference-details.html#view-automation-json">View
   * runbook content</a> in the <em>AWS Systems Manager User Guide</em> .
   *
   * <p>Property type {@code AWS::SSM::MaintenanceWindowTask.MaintenanceWindowAutomationParameters}.
   */
  public static final class MaintenanceWindowAutomationParameters extends Struct<MaintenanceWindowAutomationParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::MaintenanceWindowTask.MaintenanceWindowAutomationParameters")
        .constrain("Parameters", Constraint.of().format("json"))
        .build();

    public MaintenanceWindowAutomationParameters() {
      super(SCHEMA);
    }

    /**
     * The version of an Automation runbook to use during task execution.
     *
     * <p>CloudFormation property {@code DocumentVersion}.
     */
    public MaintenanceWindowAutomationParameters documentVersion(String value) {
      return set("DocumentVersion", Value.of(value));
    }

    /** Sets {@code DocumentVersion} to this value; see {@link #documentVersion(String)}. */
    public MaintenanceWindowAutomationParameters documentVersion(Value<String> value) {
      return set("DocumentVersion", value);
    }

    /**
     * The parameters for the <code>AUTOMATION</code> type task.
     *
     * <p>Format: {@code json}. CloudFormation property {@code Parameters}.
     */
    public MaintenanceWindowAutomationParameters parameters(Value<Json> value) {
      return set("Parameters", value);
    }
  }

  /**
   * The <code>MaintenanceWindowLambdaParameters</code> property type specifies the parameters for a
   * <code>LAMBDA</code> task type for a maintenance window task in AWS Systems Manager .
   *
   * <p><code>MaintenanceWindowLambdaParameters</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-maintenancewindowtask-taskinvocationparameters.html">TaskInvocationParameters</a>
   * property type.
   *
   * <p>Property type {@code AWS::SSM::MaintenanceWindowTask.MaintenanceWindowLambdaParameters}.
   */
  public static final class MaintenanceWindowLambdaParameters extends Struct<MaintenanceWindowLambdaParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::SSM::MaintenanceWindowTask.MaintenanceWindowLambdaParameters");

    public MaintenanceWindowLambdaParameters() {
      super(SCHEMA);
    }

    /**
     * Client-specific information to pass to the AWS Lambda function that you're invoking. You can
     * then use the <code>context</code> variable to process the client information in your AWS
     * Lambda function.
     *
     * <p>CloudFormation property {@code ClientContext}.
     */
    public MaintenanceWindowLambdaParameters clientContext(String value) {
      return set("ClientContext", Value.of(value));
    }

    /** Sets {@code ClientContext} to this value; see {@link #clientContext(String)}. */
    public MaintenanceWindowLambdaParameters clientContext(Value<String> value) {
      return set("ClientContext", value);
    }

    /**
     * JSON to provide to your AWS Lambda function as input.
     *
     * <p>Although <code>Type</code> is listed as "String" for this property, the payload content
     * must be formatted as a Base64-encoded binary data object.
     *
     * <p><em>Length Constraint:</em> 4096
     *
     * <p>CloudFormation property {@code Payload}.
     */
    public MaintenanceWindowLambdaParameters payload(String value) {
      return set("Payload", Value.of(value));
    }

    /** Sets {@code Payload} to this value; see {@link #payload(String)}. */
    public MaintenanceWindowLambdaParameters payload(Value<String> value) {
      return set("Payload", value);
    }

    /**
     * An AWS Lambda function version or alias name. If you specify a function version, the action
     * uses the qualified function Amazon Resource Name (ARN) to invoke a specific Lambda function.
     * If you specify an alias name, the action uses the alias ARN to invoke the Lambda function
     * version that the alias points to.
     *
     * <p>CloudFormation property {@code Qualifier}.
     */
    public MaintenanceWindowLambdaParameters qualifier(String value) {
      return set("Qualifier", Value.of(value));
    }

    /** Sets {@code Qualifier} to this value; see {@link #qualifier(String)}. */
    public MaintenanceWindowLambdaParameters qualifier(Value<String> value) {
      return set("Qualifier", value);
    }
  }

  /**
   * The <code>MaintenanceWindowRunCommandParameters</code> property type specifies the parameters
   * for a <code>RUN_COMMAND</code> task type for a maintenance window task in AWS Systems Manager .
   * This means that these parameters are the same as those for the <code>SendCommand</code> API
   * call. For more information about <code>SendCommand</code> parameters, see <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_SendCommand.html">SendCommand</a>
   * in the <em>AWS Systems Manager API Reference</em> .
   *
   * <p>For information about available parameters in SSM Command documents, you can view the
   * content of the document itself in the Systems Manager console. For information, see <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/viewing-ssm-document-content.html">Viewing
   * SSM command document content</a> in the <em>AWS Systems Manager User Guide</em> .
   *
   * <p><code>MaintenanceWindowRunCommandParameters</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-maintenancewindowtask-taskinvocationparameters.html">TaskInvocationParameters</a>
   * property type.
   *
   * <p>Property type {@code AWS::SSM::MaintenanceWindowTask.MaintenanceWindowRunCommandParameters}.
   */
  public static final class MaintenanceWindowRunCommandParameters extends Struct<MaintenanceWindowRunCommandParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::MaintenanceWindowTask.MaintenanceWindowRunCommandParameters")
        .constrain("Parameters", Constraint.of().format("json"))
        .constrain("ServiceRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public MaintenanceWindowRunCommandParameters() {
      super(SCHEMA);
    }

    /**
     * Configuration options for sending command output to Amazon CloudWatch Logs.
     *
     * <p>CloudFormation property {@code CloudWatchOutputConfig}.
     */
    public MaintenanceWindowRunCommandParameters cloudWatchOutputConfig(Value<CloudWatchOutputConfig> value) {
      return set("CloudWatchOutputConfig", value);
    }

    /**
     * Information about the command or commands to run.
     *
     * <p>CloudFormation property {@code Comment}.
     */
    public MaintenanceWindowRunCommandParameters comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public MaintenanceWindowRunCommandParameters comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * The SHA-256 or SHA-1 hash created by the system when the document was created. SHA-1 hashes
     * have been deprecated.
     *
     * <p>CloudFormation property {@code DocumentHash}.
     */
    public MaintenanceWindowRunCommandParameters documentHash(String value) {
      return set("DocumentHash", Value.of(value));
    }

    /** Sets {@code DocumentHash} to this value; see {@link #documentHash(String)}. */
    public MaintenanceWindowRunCommandParameters documentHash(Value<String> value) {
      return set("DocumentHash", value);
    }

    /**
     * The SHA-256 or SHA-1 hash type. SHA-1 hashes are deprecated.
     *
     * <p>CloudFormation property {@code DocumentHashType}.
     */
    public MaintenanceWindowRunCommandParameters documentHashType(String value) {
      return set("DocumentHashType", Value.of(value));
    }

    /** Sets {@code DocumentHashType} to this value; see {@link #documentHashType(String)}. */
    public MaintenanceWindowRunCommandParameters documentHashType(Value<String> value) {
      return set("DocumentHashType", value);
    }

    /**
     * The AWS Systems Manager document (SSM document) version to use in the request. You can
     * specify <code>$DEFAULT</code> , <code>$LATEST</code> , or a specific version number. If you
     * run commands by using the AWS CLI, then you must escape the first two options by using a
     * backslash. If you specify a version number, then you don't need to use the backslash. For
     * example:
     *
     * <p><code>--document-version "&#92;$DEFAULT"</code>
     *
     * <p><code>--document-version "&#92;$LATEST"</code>
     *
     * <p><code>--document-version "3"</code>
     *
     * <p>CloudFormation property {@code DocumentVersion}.
     */
    public MaintenanceWindowRunCommandParameters documentVersion(String value) {
      return set("DocumentVersion", Value.of(value));
    }

    /** Sets {@code DocumentVersion} to this value; see {@link #documentVersion(String)}. */
    public MaintenanceWindowRunCommandParameters documentVersion(Value<String> value) {
      return set("DocumentVersion", value);
    }

    /**
     * Configurations for sending notifications about command status changes on a per-managed node
     * basis.
     *
     * <p>CloudFormation property {@code NotificationConfig}.
     */
    public MaintenanceWindowRunCommandParameters notificationConfig(Value<NotificationConfig> value) {
      return set("NotificationConfig", value);
    }

    /**
     * The name of the Amazon Simple Storage Service (Amazon S3) bucket.
     *
     * <p>CloudFormation property {@code OutputS3BucketName}.
     */
    public MaintenanceWindowRunCommandParameters outputS3BucketName(String value) {
      return set("OutputS3BucketName", Value.of(value));
    }

    /** Sets {@code OutputS3BucketName} to this value; see {@link #outputS3BucketName(String)}. */
    public MaintenanceWindowRunCommandParameters outputS3BucketName(Value<String> value) {
      return set("OutputS3BucketName", value);
    }

    /**
     * The S3 bucket subfolder.
     *
     * <p>CloudFormation property {@code OutputS3KeyPrefix}.
     */
    public MaintenanceWindowRunCommandParameters outputS3KeyPrefix(String value) {
      return set("OutputS3KeyPrefix", Value.of(value));
    }

    /** Sets {@code OutputS3KeyPrefix} to this value; see {@link #outputS3KeyPrefix(String)}. */
    public MaintenanceWindowRunCommandParameters outputS3KeyPrefix(Value<String> value) {
      return set("OutputS3KeyPrefix", value);
    }

    /**
     * The parameters for the <code>RUN_COMMAND</code> task execution.
     *
     * <p>The supported parameters are the same as those for the <code>SendCommand</code> API call.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_SendCommand.html">SendCommand</a>
     * in the <em>AWS Systems Manager API Reference</em> .
     *
     * <p>Format: {@code json}. CloudFormation property {@code Parameters}.
     */
    public MaintenanceWindowRunCommandParameters parameters(Value<Json> value) {
      return set("Parameters", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM service role for AWS Systems Manager to assume when
     * running a maintenance window task. If you do not specify a service role ARN, Systems Manager
     * uses a service-linked role in your account. If no appropriate service-linked role for Systems
     * Manager exists in your account, it is created when you run
     * <code>RegisterTaskWithMaintenanceWindow</code> .
     *
     * <p>However, for an improved security posture, we strongly recommend creating a custom policy
     * and custom service role for running your maintenance window tasks. The policy can be crafted
     * to provide only the permissions needed for your particular maintenance window tasks. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-maintenance-permissions.html">Setting
     * up Maintenance Windows</a> in the in the <em>AWS Systems Manager User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ServiceRoleArn}.
     */
    public MaintenanceWindowRunCommandParameters serviceRoleArn(String value) {
      return set("ServiceRoleArn", Value.of(value));
    }

    /** Sets {@code ServiceRoleArn} to this value; see {@link #serviceRoleArn(String)}. */
    public MaintenanceWindowRunCommandParameters serviceRoleArn(Value<String> value) {
      return set("ServiceRoleArn", value);
    }

    /**
     * If this time is reached and the command hasn't already started running, it doesn't run.
     *
     * <p>CloudFormation property {@code TimeoutSeconds}.
     */
    public MaintenanceWindowRunCommandParameters timeoutSeconds(int value) {
      return set("TimeoutSeconds", Value.of(value));
    }

    /** Sets {@code TimeoutSeconds} to this value; see {@link #timeoutSeconds(int)}. */
    public MaintenanceWindowRunCommandParameters timeoutSeconds(Value<Integer> value) {
      return set("TimeoutSeconds", value);
    }
  }

  /**
   * The <code>MaintenanceWindowStepFunctionsParameters</code> property type specifies the
   * parameters for the execution of a <code>STEP_FUNCTIONS</code> task in a Systems Manager
   * maintenance window.
   *
   * <p><code>MaintenanceWindowStepFunctionsParameters</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-maintenancewindowtask-taskinvocationparameters.html">TaskInvocationParameters</a>
   * property type.
   *
   * <p>Property type {@code
   * AWS::SSM::MaintenanceWindowTask.MaintenanceWindowStepFunctionsParameters}.
   */
  public static final class MaintenanceWindowStepFunctionsParameters extends Struct<MaintenanceWindowStepFunctionsParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::SSM::MaintenanceWindowTask.MaintenanceWindowStepFunctionsParameters");

    public MaintenanceWindowStepFunctionsParameters() {
      super(SCHEMA);
    }

    /**
     * The inputs for the <code>STEP_FUNCTIONS</code> task.
     *
     * <p>CloudFormation property {@code Input}.
     */
    public MaintenanceWindowStepFunctionsParameters input(String value) {
      return set("Input", Value.of(value));
    }

    /** Sets {@code Input} to this value; see {@link #input(String)}. */
    public MaintenanceWindowStepFunctionsParameters input(Value<String> value) {
      return set("Input", value);
    }

    /**
     * The name of the <code>STEP_FUNCTIONS</code> task.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public MaintenanceWindowStepFunctionsParameters name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MaintenanceWindowStepFunctionsParameters name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The <code>NotificationConfig</code> property type specifies configurations for sending
   * notifications for a maintenance window task in AWS Systems Manager .
   *
   * <p><code>NotificationConfig</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-maintenancewindowtask-maintenancewindowruncommandparameters.html">MaintenanceWindowRunCommandParameters</a>
   * property type.
   *
   * <p>Property type {@code AWS::SSM::MaintenanceWindowTask.NotificationConfig}.
   */
  public static final class NotificationConfig extends Struct<NotificationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::MaintenanceWindowTask.NotificationConfig")
        .required("NotificationArn")
        .build();

    public NotificationConfig() {
      super(SCHEMA);
    }

    /**
     * An Amazon Resource Name (ARN) for an Amazon Simple Notification Service (Amazon SNS) topic.
     * Run Command pushes notifications about command status changes to this topic.
     *
     * <p>Required. CloudFormation property {@code NotificationArn}.
     */
    public NotificationConfig notificationArn(String value) {
      return set("NotificationArn", Value.of(value));
    }

    /** Sets {@code NotificationArn} to this value; see {@link #notificationArn(String)}. */
    public NotificationConfig notificationArn(Value<String> value) {
      return set("NotificationArn", value);
    }

    /**
     * The different events that you can receive notifications for. These events include the
     * following: <code>All</code> (events), <code>InProgress</code> , <code>Success</code> ,
     * <code>TimedOut</code> , <code>Cancelled</code> , <code>Failed</code> . To learn more about
     * these events, see <a
     * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-sns-notifications.html">Configuring
     * Amazon SNS Notifications for AWS Systems Manager</a> in the <em>AWS Systems Manager User
     * Guide</em> .
     *
     * <p>CloudFormation property {@code NotificationEvents}.
     */
    public NotificationConfig notificationEvents(List<String> value) {
      return set("NotificationEvents", Value.listOf(value));
    }

    /** Sets {@code NotificationEvents} to this value; see {@link #notificationEvents(List)}. */
    public NotificationConfig notificationEvents(Value<List<String>> value) {
      return set("NotificationEvents", value);
    }

    /**
     * The notification type.
     *
     * <ul> <li><code>Command</code> : Receive notification when the status of a command changes.
     * <li><code>Invocation</code> : For commands sent to multiple instances, receive notification
     * on a per-instance basis when the status of a command changes. </ul>
     *
     * <p>CloudFormation property {@code NotificationType}.
     */
    public NotificationConfig notificationType(String value) {
      return set("NotificationType", Value.of(value));
    }

    /** Sets {@code NotificationType} to this value; see {@link #notificationType(String)}. */
    public NotificationConfig notificationType(Value<String> value) {
      return set("NotificationType", value);
    }
  }

  /**
   * The <code>Target</code> property type specifies targets (either instances or window target
   * IDs). You specify instances by using <code>Key=InstanceIds,Values=&lt; <em>instanceid1</em>
   * &gt;,&lt; <em>instanceid2</em> &gt;</code> . You specify window target IDs using
   * <code>Key=WindowTargetIds,Values=&lt; <em>window-target-id-1</em> &gt;,&lt;
   * <em>window-target-id-2</em> &gt;</code> for a maintenance window task in AWS Systems Manager .
   *
   * <p><code>Target</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-maintenancewindowtask.html">AWS::SSM::MaintenanceWindowTask</a>
   * property type.
   *
   * <p>To use <code>resource-groups:Name</code> as the key for a maintenance window target, specify
   * the resource group as a <code>AWS::SSM::MaintenanceWindowTarget</code> type, and use the
   * <code>Ref</code> function to specify the target for
   * <code>AWS::SSM::MaintenanceWindowTask</code> . For an example, see <em>Create a Run Command
   * task that targets instances using a resource group name</em> in <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-maintenancewindowtask.html#aws-resource-ssm-maintenancewindowtask--examples">AWS::SSM::MaintenanceWindowTask
   * Examples</a> .
   *
   * <p>Property type {@code AWS::SSM::MaintenanceWindowTask.Target}.
   */
  public static final class Target extends Struct<Target> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::MaintenanceWindowTask.Target")
        .required("Key", "Values")
        .constrain("Key", Constraint.of().pattern("^[\\p{L}\\p{Z}\\p{N}_.:/=\\-@]*$|resource-groups:ResourceTypeFilters|resource-groups:Name$").minLength(1).maxLength(163))
        .build();

    public Target() {
      super(SCHEMA);
    }

    /**
     * User-defined criteria for sending commands that target instances that meet the criteria.
     * <code>Key</code> can be <code>InstanceIds</code> or <code>WindowTargetIds</code> . For more
     * information about how to target instances within a maintenance window task, see <a
     * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/register-tasks-options.html">About
     * 'register-task-with-maintenance-window' Options and Values</a> in the <em>AWS Systems Manager
     * User Guide</em> .
     *
     * <p>Required. Length: 1 to 163 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=&#92;-&#64;]*$|resource-groups:ResourceTypeFilters|resource-groups:Name$}.
     * CloudFormation property {@code Key}.
     */
    public Target key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Target key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * User-defined criteria that maps to <code>Key</code> . For example, if you specify
     * <code>InstanceIds</code> , you can specify
     * <code>i-1234567890abcdef0,i-9876543210abcdef0</code> to run a command on two EC2 instances.
     * For more information about how to target instances within a maintenance window task, see <a
     * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/register-tasks-options.html">About
     * 'register-task-with-maintenance-window' Options and Values</a> in the <em>AWS Systems Manager
     * User Guide</em> .
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public Target values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public Target values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The <code>TaskInvocationParameters</code> property type specifies the task execution parameters
   * for a maintenance window task in AWS Systems Manager .
   *
   * <p><code>TaskInvocationParameters</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-maintenancewindowtask.html">AWS::SSM::MaintenanceWindowTask</a>
   * property type.
   *
   * <p>Property type {@code AWS::SSM::MaintenanceWindowTask.TaskInvocationParameters}.
   */
  public static final class TaskInvocationParameters extends Struct<TaskInvocationParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::SSM::MaintenanceWindowTask.TaskInvocationParameters");

    public TaskInvocationParameters() {
      super(SCHEMA);
    }

    /**
     * The parameters for an <code>AUTOMATION</code> task type.
     *
     * <p>CloudFormation property {@code MaintenanceWindowAutomationParameters}.
     */
    public TaskInvocationParameters maintenanceWindowAutomationParameters(Value<MaintenanceWindowAutomationParameters> value) {
      return set("MaintenanceWindowAutomationParameters", value);
    }

    /**
     * The parameters for a <code>LAMBDA</code> task type.
     *
     * <p>CloudFormation property {@code MaintenanceWindowLambdaParameters}.
     */
    public TaskInvocationParameters maintenanceWindowLambdaParameters(Value<MaintenanceWindowLambdaParameters> value) {
      return set("MaintenanceWindowLambdaParameters", value);
    }

    /**
     * The parameters for a <code>RUN_COMMAND</code> task type.
     *
     * <p>CloudFormation property {@code MaintenanceWindowRunCommandParameters}.
     */
    public TaskInvocationParameters maintenanceWindowRunCommandParameters(Value<MaintenanceWindowRunCommandParameters> value) {
      return set("MaintenanceWindowRunCommandParameters", value);
    }

    /**
     * The parameters for a <code>STEP_FUNCTIONS</code> task type.
     *
     * <p>CloudFormation property {@code MaintenanceWindowStepFunctionsParameters}.
     */
    public TaskInvocationParameters maintenanceWindowStepFunctionsParameters(Value<MaintenanceWindowStepFunctionsParameters> value) {
      return set("MaintenanceWindowStepFunctionsParameters", value);
    }
  }
}
