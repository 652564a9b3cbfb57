// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pcs;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an AWS PCS queue resource. For more information, see <a
 * href="https://docs.aws.amazon.com/pcs/latest/userguide/working-with_queues_create.html">Creating
 * a queue in AWS PCS</a> in the <em>AWS PCS User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::PCS::Queue}.
 */
public final class Queue extends Resource<Queue> {
  private static final Schema SCHEMA = Schema.builder("AWS::PCS::Queue")
      .required("ClusterId")
      .refYields("Arn")
      .attributes("Arn", "ErrorInfo", "Id", "Status")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Queue(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the cluster of the queue.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ClusterId}.
   */
  public Queue clusterId(String value) {
    return set("ClusterId", Value.of(value));
  }

  /** Sets {@code ClusterId} to this value; see {@link #clusterId(String)}. */
  public Queue clusterId(Value<String> value) {
    return set("ClusterId", value);
  }

  /**
   * The list of compute node group configurations associated with the queue. Queues assign jobs to
   * associated compute node groups.
   *
   * <p>CloudFormation property {@code ComputeNodeGroupConfigurations}.
   */
  public Queue computeNodeGroupConfigurations(List<ComputeNodeGroupConfiguration> value) {
    return set("ComputeNodeGroupConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code ComputeNodeGroupConfigurations} to this value; see {@link
   * #computeNodeGroupConfigurations(List)}.
   */
  public Queue computeNodeGroupConfigurations(Value<List<ComputeNodeGroupConfiguration>> value) {
    return set("ComputeNodeGroupConfigurations", value);
  }

  /**
   * Sets {@code ComputeNodeGroupConfigurations} to a list of these; see {@link
   * #computeNodeGroupConfigurations(List)}.
   */
  public Queue computeNodeGroupConfigurations(ComputeNodeGroupConfiguration... values) {
    return set("ComputeNodeGroupConfigurations", Value.list(values));
  }

  /**
   * The name that identifies the queue.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Queue name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Queue name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Additional options related to the Slurm scheduler.
   *
   * <p>CloudFormation property {@code SlurmConfiguration}.
   */
  public Queue slurmConfiguration(Value<SlurmConfiguration> value) {
    return set("SlurmConfiguration", value);
  }

  /**
   * 1 or more tags added to the resource. Each tag consists of a tag key and tag value. The tag
   * value is optional and can be an empty string.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Queue tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Queue tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Queue tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The unique Amazon Resource Name (ARN) of the queue.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The list of errors that occurred during queue provisioning.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ErrorInfo}.
   */
  public Value<List<ErrorInfo>> errorInfo() {
    return getAtt("ErrorInfo");
  }

  /**
   * The generated unique ID of the queue.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The provisioning status of the queue.
   *
   * <p>The provisioning status doesn't indicate the overall health of the queue. &gt; The resource
   * enters the <code>SUSPENDING</code> and <code>SUSPENDED</code> states when the scheduler is
   * beyond end of life and we have suspended the cluster. When in these states, you can't use the
   * cluster. The cluster controller is down and all compute instances are terminated. The resources
   * still count toward your service quotas. You can delete a resource if its status is
   * <code>SUSPENDED</code> . For more information, see <a
   * href="https://docs.aws.amazon.com//pcs/latest/userguide/slurm-versions_faq.html">Frequently
   * asked questions about Slurm versions in AWS PCS</a> in the <em>AWS PCS User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The compute node group configuration for a queue.
   *
   * <p>Property type {@code AWS::PCS::Queue.ComputeNodeGroupConfiguration}.
   */
  public static final class ComputeNodeGroupConfiguration extends Struct<ComputeNodeGroupConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::PCS::Queue.ComputeNodeGroupConfiguration");

    public ComputeNodeGroupConfiguration() {
      super(SCHEMA);
    }

    /**
     * The compute node group ID for the compute node group configuration.
     *
     * <p>CloudFormation property {@code ComputeNodeGroupId}.
     */
    public ComputeNodeGroupConfiguration computeNodeGroupId(String value) {
      return set("ComputeNodeGroupId", Value.of(value));
    }

    /** Sets {@code ComputeNodeGroupId} to this value; see {@link #computeNodeGroupId(String)}. */
    public ComputeNodeGroupConfiguration computeNodeGroupId(Value<String> value) {
      return set("ComputeNodeGroupId", value);
    }
  }

  /**
   * An error that occurred during resource creation.
   *
   * <p>Property type {@code AWS::PCS::Queue.ErrorInfo}.
   */
  public static final class ErrorInfo extends Struct<ErrorInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::PCS::Queue.ErrorInfo");

    public ErrorInfo() {
      super(SCHEMA);
    }

    /**
     * The short-form error code.
     *
     * <p>CloudFormation property {@code Code}.
     */
    public ErrorInfo code(String value) {
      return set("Code", Value.of(value));
    }

    /** Sets {@code Code} to this value; see {@link #code(String)}. */
    public ErrorInfo code(Value<String> value) {
      return set("Code", value);
    }

    /**
     * The detailed error information.
     *
     * <p>CloudFormation property {@code Message}.
     */
    public ErrorInfo message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public ErrorInfo message(Value<String> value) {
      return set("Message", value);
    }
  }

  /**
   * The Slurm configuration for the queue.
   *
   * <p>Property type {@code AWS::PCS::Queue.SlurmConfiguration}.
   */
  public static final class SlurmConfiguration extends Struct<SlurmConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::PCS::Queue.SlurmConfiguration");

    public SlurmConfiguration() {
      super(SCHEMA);
    }

    /**
     * Custom Slurm parameters that directly map to Slurm configuration settings.
     *
     * <p>CloudFormation property {@code SlurmCustomSettings}.
     */
    public SlurmConfiguration slurmCustomSettings(List<SlurmCustomSetting> value) {
      return set("SlurmCustomSettings", Value.listOf(value));
    }

    /** Sets {@code SlurmCustomSettings} to this value; see {@link #slurmCustomSettings(List)}. */
    public SlurmConfiguration slurmCustomSettings(Value<List<SlurmCustomSetting>> value) {
      return set("SlurmCustomSettings", value);
    }

    /**
     * Sets {@code SlurmCustomSettings} to a list of these; see {@link #slurmCustomSettings(List)}.
     */
    public SlurmConfiguration slurmCustomSettings(SlurmCustomSetting... values) {
      return set("SlurmCustomSettings", Value.list(values));
    }
  }

  /**
   * Additional settings that directly map to Slurm settings.
   *
   * <p>Property type {@code AWS::PCS::Queue.SlurmCustomSetting}.
   */
  public static final class SlurmCustomSetting extends Struct<SlurmCustomSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::PCS::Queue.SlurmCustomSetting")
        .required("ParameterName", "ParameterValue")
        .build();

    public SlurmCustomSetting() {
      super(SCHEMA);
    }

    /**
     * AWS PCS supports configuration of the Slurm parameters for queues:.
     *
     * <p>Required. CloudFormation property {@code ParameterName}.
     */
    public SlurmCustomSetting parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public SlurmCustomSetting parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * The value for the configured Slurm setting.
     *
     * <p>Required. CloudFormation property {@code ParameterValue}.
     */
    public SlurmCustomSetting parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public SlurmCustomSetting parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }
}
