// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.batch;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::Batch::JobQueue</code> resource specifies the parameters for an AWS Batch job
 * queue definition. For more information, see <a
 * href="https://docs.aws.amazon.com/batch/latest/userguide/job_queues.html">Job Queues</a> in the
 * ** .
 *
 * <p>CloudFormation type {@code AWS::Batch::JobQueue}.
 */
public final class JobQueue extends Resource<JobQueue> {
  private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobQueue")
      .required("Priority")
      .constrain("JobQueueName", Constraint.of().minLength(1).maxLength(128))
      .constrain("Priority", Constraint.of().minimum(0).maximum(1000))
      .constrain("SchedulingPolicyArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}"))
      .references("SchedulingPolicyArn", "AWS::Batch::SchedulingPolicy.Ref")
      .allowed("State", "DISABLED", "ENABLED")
      .refYields("JobQueueArn")
      .attributes("JobQueueArn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public JobQueue(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The set of compute environments mapped to a job queue and their order relative to each other.
   * The job scheduler uses this parameter to determine which compute environment runs a specific
   * job. Compute environments must be in the <code>VALID</code> state before you can associate them
   * with a job queue. You can associate up to three compute environments with a job queue. All of
   * the compute environments must be either EC2 ( <code>EC2</code> or <code>SPOT</code> ) or
   * Fargate ( <code>FARGATE</code> or <code>FARGATE_SPOT</code> ); EC2 and Fargate compute
   * environments can't be mixed.
   *
   * <p>All compute environments that are associated with a job queue must share the same
   * architecture. AWS Batch doesn't support mixing compute environment architecture types in a
   * single job queue.
   *
   * <p>CloudFormation property {@code ComputeEnvironmentOrder}.
   */
  public JobQueue computeEnvironmentOrder(List<ComputeEnvironmentOrder> value) {
    return set("ComputeEnvironmentOrder", Value.listOf(value));
  }

  /**
   * Sets {@code ComputeEnvironmentOrder} to this value; see {@link #computeEnvironmentOrder(List)}.
   */
  public JobQueue computeEnvironmentOrder(Value<List<ComputeEnvironmentOrder>> value) {
    return set("ComputeEnvironmentOrder", value);
  }

  /**
   * Sets {@code ComputeEnvironmentOrder} to a list of these; see {@link
   * #computeEnvironmentOrder(List)}.
   */
  public JobQueue computeEnvironmentOrder(ComputeEnvironmentOrder... values) {
    return set("ComputeEnvironmentOrder", Value.list(values));
  }

  /**
   * The name of the job queue. It can be up to 128 letters long. It can contain uppercase and
   * lowercase letters, numbers, hyphens (-), and underscores (_).
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation property
   * {@code JobQueueName}.
   */
  public JobQueue jobQueueName(String value) {
    return set("JobQueueName", Value.of(value));
  }

  /** Sets {@code JobQueueName} to this value; see {@link #jobQueueName(String)}. */
  public JobQueue jobQueueName(Value<String> value) {
    return set("JobQueueName", value);
  }

  /**
   * The type of job queue. For service jobs that run on SageMaker AI , this value is
   * <code>SAGEMAKER_TRAINING</code> . For regular container jobs, this value is <code>EKS</code> ,
   * <code>ECS</code> , or <code>ECS_FARGATE</code> depending on the compute environment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code JobQueueType}.
   */
  public JobQueue jobQueueType(String value) {
    return set("JobQueueType", Value.of(value));
  }

  /** Sets {@code JobQueueType} to this value; see {@link #jobQueueType(String)}. */
  public JobQueue jobQueueType(Value<String> value) {
    return set("JobQueueType", value);
  }

  /**
   * The set of actions that AWS Batch perform on jobs that remain at the head of the job queue in
   * the specified state longer than specified times. AWS Batch will perform each action after
   * <code>maxTimeSeconds</code> has passed.
   *
   * <p>CloudFormation property {@code JobStateTimeLimitActions}.
   */
  public JobQueue jobStateTimeLimitActions(List<JobStateTimeLimitAction> value) {
    return set("JobStateTimeLimitActions", Value.listOf(value));
  }

  /**
   * Sets {@code JobStateTimeLimitActions} to this value; see {@link
   * #jobStateTimeLimitActions(List)}.
   */
  public JobQueue jobStateTimeLimitActions(Value<List<JobStateTimeLimitAction>> value) {
    return set("JobStateTimeLimitActions", value);
  }

  /**
   * Sets {@code JobStateTimeLimitActions} to a list of these; see {@link
   * #jobStateTimeLimitActions(List)}.
   */
  public JobQueue jobStateTimeLimitActions(JobStateTimeLimitAction... values) {
    return set("JobStateTimeLimitActions", Value.list(values));
  }

  /**
   * The priority of the job queue. Job queues with a higher priority (or a higher integer value for
   * the <code>priority</code> parameter) are evaluated first when associated with the same compute
   * environment. Priority is determined in descending order. For example, a job queue with a
   * priority value of <code>10</code> is given scheduling preference over a job queue with a
   * priority value of <code>1</code> . All of the compute environments must be either EC2 (
   * <code>EC2</code> or <code>SPOT</code> ) or Fargate ( <code>FARGATE</code> or
   * <code>FARGATE_SPOT</code> ); EC2 and Fargate compute environments can't be mixed.
   *
   * <p>Required. Range: 0 to 1000. CloudFormation property {@code Priority}.
   */
  public JobQueue priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public JobQueue priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the scheduling policy. The format is <code>aws:
   * <em>Partition</em> :batch: <em>Region</em> : <em>Account</em> :scheduling-policy/
   * <em>Name</em></code> . For example,
   * <code>aws:aws:batch:us-west-2:123456789012:scheduling-policy/MySchedulingPolicy</code> .
   *
   * <p>Pattern: {@code
   * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
   * CloudFormation property {@code SchedulingPolicyArn}.
   */
  public JobQueue schedulingPolicyArn(String value) {
    return set("SchedulingPolicyArn", Value.of(value));
  }

  /** Sets {@code SchedulingPolicyArn} to this value; see {@link #schedulingPolicyArn(String)}. */
  public JobQueue schedulingPolicyArn(Value<String> value) {
    return set("SchedulingPolicyArn", value);
  }

  /**
   * Sets {@code SchedulingPolicyArn} to the Ref of {@code AWS::Batch::SchedulingPolicy}; see {@link
   * #schedulingPolicyArn(String)}.
   */
  public JobQueue schedulingPolicyArn(SchedulingPolicy resource) {
    return set("SchedulingPolicyArn", resource.ref());
  }

  /**
   * The order of the service environment associated with the job queue. Job queues with a higher
   * priority are evaluated first when associated with the same service environment.
   *
   * <p>CloudFormation property {@code ServiceEnvironmentOrder}.
   */
  public JobQueue serviceEnvironmentOrder(List<ServiceEnvironmentOrder> value) {
    return set("ServiceEnvironmentOrder", Value.listOf(value));
  }

  /**
   * Sets {@code ServiceEnvironmentOrder} to this value; see {@link #serviceEnvironmentOrder(List)}.
   */
  public JobQueue serviceEnvironmentOrder(Value<List<ServiceEnvironmentOrder>> value) {
    return set("ServiceEnvironmentOrder", value);
  }

  /**
   * Sets {@code ServiceEnvironmentOrder} to a list of these; see {@link
   * #serviceEnvironmentOrder(List)}.
   */
  public JobQueue serviceEnvironmentOrder(ServiceEnvironmentOrder... values) {
    return set("ServiceEnvironmentOrder", Value.list(values));
  }

  /**
   * The state of the job queue. If the job queue state is <code>ENABLED</code> , it is able to
   * accept jobs. If the job queue state is <code>DISABLED</code> , new jobs can't be added to the
   * queue, but jobs already in the queue can finish.
   *
   * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code State}.
   */
  public JobQueue state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public JobQueue state(Value<String> value) {
    return set("State", value);
  }

  /**
   * The tags that are applied to the job queue. For more information, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/using-tags.html">Tagging your AWS
   * Batch resources</a> in <em>AWS Batch User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public JobQueue tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public JobQueue tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public JobQueue tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Returns the job queue ARN, such as <code>batch: <em>us-east-1</em> : <em>111122223333</em>
   * :job-queue/ <em>JobQueueName</em></code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code JobQueueArn}.
   */
  public Value<String> jobQueueArn() {
    return getAtt("JobQueueArn");
  }

  /**
   * The order that compute environments are tried in for job placement within a queue. Compute
   * environments are tried in ascending order. For example, if two compute environments are
   * associated with a job queue, the compute environment with a lower order integer value is tried
   * for job placement first. Compute environments must be in the <code>VALID</code> state before
   * you can associate them with a job queue. All of the compute environments must be either EC2 (
   * <code>EC2</code> or <code>SPOT</code> ) or Fargate ( <code>FARGATE</code> or
   * <code>FARGATE_SPOT</code> ); Amazon EC2 and Fargate compute environments can't be mixed.
   *
   * <p>All compute environments that are associated with a job queue must share the same
   * architecture. AWS Batch doesn't support mixing compute environment architecture types in a
   * single job queue.
   *
   * <p>Property type {@code AWS::Batch::JobQueue.ComputeEnvironmentOrder}.
   */
  public static final class ComputeEnvironmentOrder extends Struct<ComputeEnvironmentOrder> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobQueue.ComputeEnvironmentOrder")
        .required("ComputeEnvironment", "Order")
        .references("ComputeEnvironment", "AWS::Batch::ComputeEnvironment.Ref")
        .build();

    public ComputeEnvironmentOrder() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the compute environment.
     *
     * <p>Required. CloudFormation property {@code ComputeEnvironment}.
     */
    public ComputeEnvironmentOrder computeEnvironment(String value) {
      return set("ComputeEnvironment", Value.of(value));
    }

    /** Sets {@code ComputeEnvironment} to this value; see {@link #computeEnvironment(String)}. */
    public ComputeEnvironmentOrder computeEnvironment(Value<String> value) {
      return set("ComputeEnvironment", value);
    }

    /**
     * Sets {@code ComputeEnvironment} to the Ref of {@code AWS::Batch::ComputeEnvironment}; see
     * {@link #computeEnvironment(String)}.
     */
    public ComputeEnvironmentOrder computeEnvironment(ComputeEnvironment resource) {
      return set("ComputeEnvironment", resource.ref());
    }

    /**
     * The order of the compute environment. Compute environments are tried in ascending order. For
     * example, if two compute environments are associated with a job queue, the compute environment
     * with a lower <code>order</code> integer value is tried for job placement first.
     *
     * <p>Required. CloudFormation property {@code Order}.
     */
    public ComputeEnvironmentOrder order(int value) {
      return set("Order", Value.of(value));
    }

    /** Sets {@code Order} to this value; see {@link #order(int)}. */
    public ComputeEnvironmentOrder order(Value<Integer> value) {
      return set("Order", value);
    }
  }

  /**
   * Specifies an action that AWS Batch will take after the job has remained at the head of the
   * queue in the specified state for longer than the specified time.
   *
   * <p>Property type {@code AWS::Batch::JobQueue.JobStateTimeLimitAction}.
   */
  public static final class JobStateTimeLimitAction extends Struct<JobStateTimeLimitAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobQueue.JobStateTimeLimitAction")
        .required("Action", "MaxTimeSeconds", "Reason", "State")
        .allowed("Action", "CANCEL", "TERMINATE")
        .constrain("MaxTimeSeconds", Constraint.of().minimum(600).maximum(86400))
        .allowed("State", "RUNNABLE")
        .build();

    public JobStateTimeLimitAction() {
      super(SCHEMA);
    }

    /**
     * The action to take when a job is at the head of the job queue in the specified state for the
     * specified period of time. The only supported value is <code>CANCEL</code> , which will cancel
     * the job.
     *
     * <p>Required. Allowed values: {@code CANCEL}, {@code TERMINATE}. CloudFormation property
     * {@code Action}.
     */
    public JobStateTimeLimitAction action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public JobStateTimeLimitAction action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The approximate amount of time, in seconds, that must pass with the job in the specified
     * state before the action is taken. The minimum value is 600 (10 minutes) and the maximum value
     * is 86,400 (24 hours).
     *
     * <p>Required. Range: 600 to 86400. CloudFormation property {@code MaxTimeSeconds}.
     */
    public JobStateTimeLimitAction maxTimeSeconds(int value) {
      return set("MaxTimeSeconds", Value.of(value));
    }

    /** Sets {@code MaxTimeSeconds} to this value; see {@link #maxTimeSeconds(int)}. */
    public JobStateTimeLimitAction maxTimeSeconds(Value<Integer> value) {
      return set("MaxTimeSeconds", value);
    }

    /**
     * The reason to log for the action being taken.
     *
     * <p>Required. CloudFormation property {@code Reason}.
     */
    public JobStateTimeLimitAction reason(String value) {
      return set("Reason", Value.of(value));
    }

    /** Sets {@code Reason} to this value; see {@link #reason(String)}. */
    public JobStateTimeLimitAction reason(Value<String> value) {
      return set("Reason", value);
    }

    /**
     * The state of the job needed to trigger the action. The only supported value is
     * <code>RUNNABLE</code> .
     *
     * <p>Required. Allowed values: {@code RUNNABLE}. CloudFormation property {@code State}.
     */
    public JobStateTimeLimitAction state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public JobStateTimeLimitAction state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * Specifies the order of a service environment for a job queue. This determines the priority
   * order when multiple service environments are associated with the same job queue.
   *
   * <p>Property type {@code AWS::Batch::JobQueue.ServiceEnvironmentOrder}.
   */
  public static final class ServiceEnvironmentOrder extends Struct<ServiceEnvironmentOrder> {
    private static final Schema SCHEMA = Schema.builder("AWS::Batch::JobQueue.ServiceEnvironmentOrder")
        .required("Order", "ServiceEnvironment")
        .build();

    public ServiceEnvironmentOrder() {
      super(SCHEMA);
    }

    /**
     * The order of the service environment. Job queues with a higher priority are evaluated first
     * when associated with the same service environment.
     *
     * <p>Required. CloudFormation property {@code Order}.
     */
    public ServiceEnvironmentOrder order(int value) {
      return set("Order", Value.of(value));
    }

    /** Sets {@code Order} to this value; see {@link #order(int)}. */
    public ServiceEnvironmentOrder order(Value<Integer> value) {
      return set("Order", value);
    }

    /**
     * The name or ARN of the service environment.
     *
     * <p>Required. CloudFormation property {@code ServiceEnvironment}.
     */
    public ServiceEnvironmentOrder serviceEnvironment(String value) {
      return set("ServiceEnvironment", Value.of(value));
    }

    /** Sets {@code ServiceEnvironment} to this value; see {@link #serviceEnvironment(String)}. */
    public ServiceEnvironmentOrder serviceEnvironment(Value<String> value) {
      return set("ServiceEnvironment", value);
    }
  }
}
