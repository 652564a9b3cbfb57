// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.batch;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a service environment for running service jobs. Service environments define capacity
 * limits for specific service types such as SageMaker Training jobs.
 *
 * <p>CloudFormation type {@code AWS::Batch::ServiceEnvironment}.
 */
public final class ServiceEnvironment extends Resource<ServiceEnvironment> {
  private static final Schema SCHEMA = Schema.builder("AWS::Batch::ServiceEnvironment")
      .required("CapacityLimits", "ServiceEnvironmentType")
      .refYields("ServiceEnvironmentArn")
      .attributes("ServiceEnvironmentArn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ServiceEnvironment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The capacity limits for the service environment. This defines the maximum resources that can be
   * used by service jobs in this environment.
   *
   * <p>Required. CloudFormation property {@code CapacityLimits}.
   */
  public ServiceEnvironment capacityLimits(List<CapacityLimit> value) {
    return set("CapacityLimits", Value.listOf(value));
  }

  /** Sets {@code CapacityLimits} to this value; see {@link #capacityLimits(List)}. */
  public ServiceEnvironment capacityLimits(Value<List<CapacityLimit>> value) {
    return set("CapacityLimits", value);
  }

  /** Sets {@code CapacityLimits} to a list of these; see {@link #capacityLimits(List)}. */
  public ServiceEnvironment capacityLimits(CapacityLimit... values) {
    return set("CapacityLimits", Value.list(values));
  }

  /**
   * The name of the service environment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ServiceEnvironmentName}.
   */
  public ServiceEnvironment serviceEnvironmentName(String value) {
    return set("ServiceEnvironmentName", Value.of(value));
  }

  /**
   * Sets {@code ServiceEnvironmentName} to this value; see {@link #serviceEnvironmentName(String)}.
   */
  public ServiceEnvironment serviceEnvironmentName(Value<String> value) {
    return set("ServiceEnvironmentName", value);
  }

  /**
   * The type of service environment. For SageMaker Training jobs, this value is
   * <code>SAGEMAKER_TRAINING</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ServiceEnvironmentType}.
   */
  public ServiceEnvironment serviceEnvironmentType(String value) {
    return set("ServiceEnvironmentType", Value.of(value));
  }

  /**
   * Sets {@code ServiceEnvironmentType} to this value; see {@link #serviceEnvironmentType(String)}.
   */
  public ServiceEnvironment serviceEnvironmentType(Value<String> value) {
    return set("ServiceEnvironmentType", value);
  }

  /**
   * The state of the service environment. Valid values are <code>ENABLED</code> and
   * <code>DISABLED</code> .
   *
   * <p>CloudFormation property {@code State}.
   */
  public ServiceEnvironment state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public ServiceEnvironment state(Value<String> value) {
    return set("State", value);
  }

  /**
   * The tags associated with the service environment. Each tag consists of a key and an optional
   * value. For more information, see <a
   * href="https://docs.aws.amazon.com/batch/latest/userguide/using-tags.html">Tagging your AWS
   * Batch resources</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ServiceEnvironment tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ServiceEnvironment tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ServiceEnvironment tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the service environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceEnvironmentArn}.
   */
  public Value<String> serviceEnvironmentArn() {
    return getAtt("ServiceEnvironmentArn");
  }

  /**
   * Defines the capacity limit for a service environment. This structure specifies the maximum
   * amount of resources that can be used by service jobs in the environment.
   *
   * <p>Property type {@code AWS::Batch::ServiceEnvironment.CapacityLimit}.
   */
  public static final class CapacityLimit extends Struct<CapacityLimit> {
    private static final Schema SCHEMA = Schema.of("AWS::Batch::ServiceEnvironment.CapacityLimit");

    public CapacityLimit() {
      super(SCHEMA);
    }

    /**
     * The unit of measure for the capacity limit. This defines how the maxCapacity value should be
     * interpreted. For <code>SAGEMAKER_TRAINING</code> jobs, use <code>NUM_INSTANCES</code> .
     *
     * <p>CloudFormation property {@code CapacityUnit}.
     */
    public CapacityLimit capacityUnit(String value) {
      return set("CapacityUnit", Value.of(value));
    }

    /** Sets {@code CapacityUnit} to this value; see {@link #capacityUnit(String)}. */
    public CapacityLimit capacityUnit(Value<String> value) {
      return set("CapacityUnit", value);
    }

    /**
     * The maximum capacity available for the service environment. This value represents the maximum
     * amount resources that can be allocated to service jobs.
     *
     * <p>For example, <code>maxCapacity=50</code> , <code>capacityUnit=NUM_INSTANCES</code> . This
     * indicates that the maximum number of instances that can be run on this service environment is
     * 50. You could then run 5 SageMaker Training jobs that each use 10 instances. However, if you
     * submit another job that requires 10 instances, it will wait in the queue.
     *
     * <p>CloudFormation property {@code MaxCapacity}.
     */
    public CapacityLimit maxCapacity(int value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
    public CapacityLimit maxCapacity(Value<Integer> value) {
      return set("MaxCapacity", value);
    }
  }
}
