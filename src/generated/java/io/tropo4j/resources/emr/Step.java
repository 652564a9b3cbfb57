// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Use <code>Step</code> to specify a cluster (job flow) step, which runs only on the master node.
 * Steps are used to submit data processing jobs to a cluster.
 *
 * <p>CloudFormation type {@code AWS::EMR::Step}.
 */
public final class Step extends Resource<Step> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMR::Step")
      .required("ActionOnFailure", "HadoopJarStep", "JobFlowId", "Name")
      .constrain("JobFlowId", Constraint.of().minLength(0).maxLength(256))
      .refYields("Id")
      .attributes("Id")
      .build();

  public Step(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * This specifies what action to take when the cluster step fails. Possible values are
   * <code>CANCEL_AND_WAIT</code> and <code>CONTINUE</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ActionOnFailure}.
   */
  public Step actionOnFailure(String value) {
    return set("ActionOnFailure", Value.of(value));
  }

  /** Sets {@code ActionOnFailure} to this value; see {@link #actionOnFailure(String)}. */
  public Step actionOnFailure(Value<String> value) {
    return set("ActionOnFailure", value);
  }

  /**
   * The KMS key ARN to encrypt the logs published to the given Amazon S3 destination. When omitted,
   * EMR falls back to cluster-level logging behavior.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionKeyArn}.
   */
  public Step encryptionKeyArn(String value) {
    return set("EncryptionKeyArn", Value.of(value));
  }

  /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
  public Step encryptionKeyArn(Value<String> value) {
    return set("EncryptionKeyArn", value);
  }

  /**
   * The <code>HadoopJarStepConfig</code> property type specifies a job flow step consisting of a
   * JAR file whose main function will be executed. The main function submits a job for the cluster
   * to execute as a step on the master node, and then waits for the job to finish or fail before
   * executing subsequent steps.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code HadoopJarStep}.
   */
  public Step hadoopJarStep(Value<HadoopJarStepConfig> value) {
    return set("HadoopJarStep", value);
  }

  /**
   * A string that uniquely identifies the cluster (job flow).
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation
   * property {@code JobFlowId}.
   */
  public Step jobFlowId(String value) {
    return set("JobFlowId", Value.of(value));
  }

  /** Sets {@code JobFlowId} to this value; see {@link #jobFlowId(String)}. */
  public Step jobFlowId(Value<String> value) {
    return set("JobFlowId", value);
  }

  /**
   * The Amazon S3 destination URI for log publishing. When omitted, EMR falls back to cluster-level
   * logging behavior.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LogUri}.
   */
  public Step logUri(String value) {
    return set("LogUri", Value.of(value));
  }

  /** Sets {@code LogUri} to this value; see {@link #logUri(String)}. */
  public Step logUri(Value<String> value) {
    return set("LogUri", value);
  }

  /**
   * The name of the cluster step.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Step name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Step name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The identifier of the cluster step.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A job flow step consisting of a JAR file whose main function will be executed. The main
   * function submits a job for Hadoop to execute and waits for the job to finish or fail.
   *
   * <p>Property type {@code AWS::EMR::Step.HadoopJarStepConfig}.
   */
  public static final class HadoopJarStepConfig extends Struct<HadoopJarStepConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::EMR::Step.HadoopJarStepConfig")
        .required("Jar")
        .build();

    public HadoopJarStepConfig() {
      super(SCHEMA);
    }

    /**
     * A list of command line arguments passed to the JAR file's main function when executed.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Args}.
     */
    public HadoopJarStepConfig args(List<String> value) {
      return set("Args", Value.listOf(value));
    }

    /** Sets {@code Args} to this value; see {@link #args(List)}. */
    public HadoopJarStepConfig args(Value<List<String>> value) {
      return set("Args", value);
    }

    /**
     * A path to a JAR file run during the step.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Jar}.
     */
    public HadoopJarStepConfig jar(String value) {
      return set("Jar", Value.of(value));
    }

    /** Sets {@code Jar} to this value; see {@link #jar(String)}. */
    public HadoopJarStepConfig jar(Value<String> value) {
      return set("Jar", value);
    }

    /**
     * The name of the main class in the specified Java file. If not specified, the JAR file should
     * specify a Main-Class in its manifest file.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code MainClass}.
     */
    public HadoopJarStepConfig mainClass(String value) {
      return set("MainClass", Value.of(value));
    }

    /** Sets {@code MainClass} to this value; see {@link #mainClass(String)}. */
    public HadoopJarStepConfig mainClass(Value<String> value) {
      return set("MainClass", value);
    }

    /**
     * A list of Java properties that are set when the step runs. You can use these properties to
     * pass key value pairs to your main function.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StepProperties}.
     */
    public HadoopJarStepConfig stepProperties(List<KeyValue> value) {
      return set("StepProperties", Value.listOf(value));
    }

    /** Sets {@code StepProperties} to this value; see {@link #stepProperties(List)}. */
    public HadoopJarStepConfig stepProperties(Value<List<KeyValue>> value) {
      return set("StepProperties", value);
    }

    /** Sets {@code StepProperties} to a list of these; see {@link #stepProperties(List)}. */
    public HadoopJarStepConfig stepProperties(KeyValue... values) {
      return set("StepProperties", Value.list(values));
    }
  }

  /**
   * <code>KeyValue</code> is a subproperty of the <code>HadoopJarStepConfig</code> property type.
   * <code>KeyValue</code> is used to pass parameters to a step.
   *
   * <p>Property type {@code AWS::EMR::Step.KeyValue}.
   */
  public static final class KeyValue extends Struct<KeyValue> {
    private static final Schema SCHEMA = Schema.of("AWS::EMR::Step.KeyValue");

    public KeyValue() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of a key-value pair.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Key}.
     */
    public KeyValue key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public KeyValue key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value part of the identified key.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Value}.
     */
    public KeyValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public KeyValue value(Value<String> value) {
      return set("Value", value);
    }
  }
}
