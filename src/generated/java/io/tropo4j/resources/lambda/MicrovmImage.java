// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Lambda::MicrovmImage
 *
 * <p>CloudFormation type {@code AWS::Lambda::MicrovmImage}.
 */
public final class MicrovmImage extends Resource<MicrovmImage> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::MicrovmImage")
      .required("AdditionalOsCapabilities", "BaseImageArn", "BaseImageVersion", "BuildRoleArn",
          "CodeArtifact", "CpuConfigurations", "Description", "EgressNetworkConnectors",
          "EnvironmentVariables", "Hooks", "Logging", "Name", "Resources")
      .allowed("AdditionalOsCapabilities", "ALL")
      .constrain("BaseImageArn", Constraint.of().pattern("^[^\\s]+$").minLength(1).maxLength(2048))
      .constrain("BaseImageVersion", Constraint.of().pattern("^[^\\s]+$").minLength(1).maxLength(2048))
      .constrain("BuildRoleArn", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").format("AWS::IAM::Role.Arn"))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]+$").minLength(1).maxLength(64))
      .refYields("ImageArn")
      .attributes("CreatedAt", "ImageArn", "LatestActiveImageVersion", "LatestFailedImageVersion",
          "State", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MicrovmImage(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Allowed values: {@code ALL}. CloudFormation property {@code
   * AdditionalOsCapabilities}.
   */
  public MicrovmImage additionalOsCapabilities(List<String> value) {
    return set("AdditionalOsCapabilities", Value.listOf(value));
  }

  /**
   * Sets {@code AdditionalOsCapabilities} to this value; see {@link
   * #additionalOsCapabilities(List)}.
   */
  public MicrovmImage additionalOsCapabilities(Value<List<String>> value) {
    return set("AdditionalOsCapabilities", value);
  }

  /**
   * ARN of the base MicroVM image.
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;s]+$}. CloudFormation
   * property {@code BaseImageArn}.
   */
  public MicrovmImage baseImageArn(String value) {
    return set("BaseImageArn", Value.of(value));
  }

  /** Sets {@code BaseImageArn} to this value; see {@link #baseImageArn(String)}. */
  public MicrovmImage baseImageArn(Value<String> value) {
    return set("BaseImageArn", value);
  }

  /**
   * Specific version of the base MicroVM image to use.
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;s]+$}. CloudFormation
   * property {@code BaseImageVersion}.
   */
  public MicrovmImage baseImageVersion(String value) {
    return set("BaseImageVersion", Value.of(value));
  }

  /** Sets {@code BaseImageVersion} to this value; see {@link #baseImageVersion(String)}. */
  public MicrovmImage baseImageVersion(Value<String> value) {
    return set("BaseImageVersion", value);
  }

  /**
   * ARN of the IAM build role.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[a-zA-Z-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code BuildRoleArn}.
   */
  public MicrovmImage buildRoleArn(String value) {
    return set("BuildRoleArn", Value.of(value));
  }

  /** Sets {@code BuildRoleArn} to this value; see {@link #buildRoleArn(String)}. */
  public MicrovmImage buildRoleArn(Value<String> value) {
    return set("BuildRoleArn", value);
  }

  /** Required. CloudFormation property {@code CodeArtifact}. */
  public MicrovmImage codeArtifact(Value<CodeArtifact> value) {
    return set("CodeArtifact", value);
  }

  /** Required. CloudFormation property {@code CpuConfigurations}. */
  public MicrovmImage cpuConfigurations(List<CpuConfiguration> value) {
    return set("CpuConfigurations", Value.listOf(value));
  }

  /** Sets {@code CpuConfigurations} to this value; see {@link #cpuConfigurations(List)}. */
  public MicrovmImage cpuConfigurations(Value<List<CpuConfiguration>> value) {
    return set("CpuConfigurations", value);
  }

  /** Sets {@code CpuConfigurations} to a list of these; see {@link #cpuConfigurations(List)}. */
  public MicrovmImage cpuConfigurations(CpuConfiguration... values) {
    return set("CpuConfigurations", Value.list(values));
  }

  /**
   * Human-readable description of the MicroVM image and its purpose.
   *
   * <p>Required. CloudFormation property {@code Description}.
   */
  public MicrovmImage description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public MicrovmImage description(Value<String> value) {
    return set("Description", value);
  }

  /** Required. CloudFormation property {@code EgressNetworkConnectors}. */
  public MicrovmImage egressNetworkConnectors(List<String> value) {
    return set("EgressNetworkConnectors", Value.listOf(value));
  }

  /**
   * Sets {@code EgressNetworkConnectors} to this value; see {@link #egressNetworkConnectors(List)}.
   */
  public MicrovmImage egressNetworkConnectors(Value<List<String>> value) {
    return set("EgressNetworkConnectors", value);
  }

  /**
   * Environment variables to set in the container during the snapshot build.
   *
   * <p>Required. CloudFormation property {@code EnvironmentVariables}.
   */
  public MicrovmImage environmentVariables(List<EnvironmentVariable> value) {
    return set("EnvironmentVariables", Value.listOf(value));
  }

  /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(List)}. */
  public MicrovmImage environmentVariables(Value<List<EnvironmentVariable>> value) {
    return set("EnvironmentVariables", value);
  }

  /**
   * Sets {@code EnvironmentVariables} to a list of these; see {@link #environmentVariables(List)}.
   */
  public MicrovmImage environmentVariables(EnvironmentVariable... values) {
    return set("EnvironmentVariables", Value.list(values));
  }

  /** Required. CloudFormation property {@code Hooks}. */
  public MicrovmImage hooks(Value<Hooks> value) {
    return set("Hooks", value);
  }

  /** Required. CloudFormation property {@code Logging}. */
  public MicrovmImage logging(Value<Logging> value) {
    return set("Logging", value);
  }

  /**
   * Unique name for the MicroVM image within the account.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]+$}. CloudFormation property {@code Name}.
   */
  public MicrovmImage name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MicrovmImage name(Value<String> value) {
    return set("Name", value);
  }

  /** Required. CloudFormation property {@code Resources}. */
  public MicrovmImage resources(List<Resources> value) {
    return set("Resources", Value.listOf(value));
  }

  /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
  public MicrovmImage resources(Value<List<Resources>> value) {
    return set("Resources", value);
  }

  /** Sets {@code Resources} to a list of these; see {@link #resources(List)}. */
  public MicrovmImage resources(Resources... values) {
    return set("Resources", Value.list(values));
  }

  /**
   * Key-value pairs to associate with the MicroVM image for organization and management.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MicrovmImage tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MicrovmImage tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MicrovmImage tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Timestamp when the MicroVM image was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * ARN of the MicroVM image.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ImageArn}.
   */
  public Value<String> imageArn() {
    return getAtt("ImageArn");
  }

  /**
   * The latest active version of the MicroVM image.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestActiveImageVersion}.
   */
  public Value<String> latestActiveImageVersion() {
    return getAtt("LatestActiveImageVersion");
  }

  /**
   * The latest failed version of the MicroVM image.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestFailedImageVersion}.
   */
  public Value<String> latestFailedImageVersion() {
    return getAtt("LatestFailedImageVersion");
  }

  /** {@code Fn::GetAtt} attribute {@code State}. */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Timestamp when the MicroVM image was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::Lambda::MicrovmImage.CloudWatchLogging}. */
  public static final class CloudWatchLogging extends Struct<CloudWatchLogging> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::MicrovmImage.CloudWatchLogging")
        .constrain("LogGroup", Constraint.of().pattern("^[a-zA-Z0-9_\\-/.#]+$").minLength(1).maxLength(512))
        .constrain("LogStream", Constraint.of().pattern("^[^:*]*$").minLength(1).maxLength(512))
        .build();

    public CloudWatchLogging() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 512 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-/.#]+$}. CloudFormation
     * property {@code LogGroup}.
     */
    public CloudWatchLogging logGroup(String value) {
      return set("LogGroup", Value.of(value));
    }

    /** Sets {@code LogGroup} to this value; see {@link #logGroup(String)}. */
    public CloudWatchLogging logGroup(Value<String> value) {
      return set("LogGroup", value);
    }

    /**
     * Length: 1 to 512 characters. Pattern: {@code ^[^:*]*$}. CloudFormation property {@code
     * LogStream}.
     */
    public CloudWatchLogging logStream(String value) {
      return set("LogStream", Value.of(value));
    }

    /** Sets {@code LogStream} to this value; see {@link #logStream(String)}. */
    public CloudWatchLogging logStream(Value<String> value) {
      return set("LogStream", value);
    }
  }

  /** Property type {@code AWS::Lambda::MicrovmImage.CodeArtifact}. */
  public static final class CodeArtifact extends Struct<CodeArtifact> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::MicrovmImage.CodeArtifact")
        .required("Uri")
        .constrain("Uri", Constraint.of().pattern("^[^\\s]+$").minLength(1).maxLength(2048))
        .build();

    public CodeArtifact() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;s]+$}. CloudFormation
     * property {@code Uri}.
     */
    public CodeArtifact uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public CodeArtifact uri(Value<String> value) {
      return set("Uri", value);
    }
  }

  /** Property type {@code AWS::Lambda::MicrovmImage.CpuConfiguration}. */
  public static final class CpuConfiguration extends Struct<CpuConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::MicrovmImage.CpuConfiguration")
        .required("Architecture")
        .allowed("Architecture", "ARM_64")
        .build();

    public CpuConfiguration() {
      super(SCHEMA);
    }

    /** Required. Allowed values: {@code ARM_64}. CloudFormation property {@code Architecture}. */
    public CpuConfiguration architecture(String value) {
      return set("Architecture", Value.of(value));
    }

    /** Sets {@code Architecture} to this value; see {@link #architecture(String)}. */
    public CpuConfiguration architecture(Value<String> value) {
      return set("Architecture", value);
    }
  }

  /** Property type {@code AWS::Lambda::MicrovmImage.EnvironmentVariable}. */
  public static final class EnvironmentVariable extends Struct<EnvironmentVariable> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::MicrovmImage.EnvironmentVariable")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^[^\\s]+$").minLength(1).maxLength(256))
        .constrain("Value", Constraint.of().minLength(0).maxLength(4096))
        .build();

    public EnvironmentVariable() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 256 characters. Pattern: {@code ^[^&#92;s]+$}. CloudFormation property
     * {@code Key}.
     */
    public EnvironmentVariable key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public EnvironmentVariable key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Length: 0 to 4096 characters. CloudFormation property {@code Value}. */
    public EnvironmentVariable value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnvironmentVariable value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::Lambda::MicrovmImage.Hooks}. */
  public static final class Hooks extends Struct<Hooks> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::MicrovmImage.Hooks")
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public Hooks() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MicrovmHooks}. */
    public Hooks microvmHooks(Value<MicrovmHooks> value) {
      return set("MicrovmHooks", value);
    }

    /** CloudFormation property {@code MicrovmImageHooks}. */
    public Hooks microvmImageHooks(Value<MicrovmImageHooks> value) {
      return set("MicrovmImageHooks", value);
    }

    /** Range: 1 to 65535. CloudFormation property {@code Port}. */
    public Hooks port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public Hooks port(Value<Integer> value) {
      return set("Port", value);
    }
  }

  /** Property type {@code AWS::Lambda::MicrovmImage.Logging}. */
  public static final class Logging extends Struct<Logging> {
    private static final Schema SCHEMA = Schema.of("AWS::Lambda::MicrovmImage.Logging");

    public Logging() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CloudWatch}. */
    public Logging cloudWatch(Value<CloudWatchLogging> value) {
      return set("CloudWatch", value);
    }

    /** Default: {@code false}. CloudFormation property {@code Disabled}. */
    public Logging disabled(boolean value) {
      return set("Disabled", Value.of(value));
    }

    /** Sets {@code Disabled} to this value; see {@link #disabled(boolean)}. */
    public Logging disabled(Value<Boolean> value) {
      return set("Disabled", value);
    }
  }

  /** Property type {@code AWS::Lambda::MicrovmImage.MicrovmHooks}. */
  public static final class MicrovmHooks extends Struct<MicrovmHooks> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::MicrovmImage.MicrovmHooks")
        .allowed("Resume", "DISABLED", "ENABLED")
        .constrain("ResumeTimeoutInSeconds", Constraint.of().minimum(1).maximum(60))
        .allowed("Run", "DISABLED", "ENABLED")
        .constrain("RunTimeoutInSeconds", Constraint.of().minimum(1).maximum(60))
        .allowed("Suspend", "DISABLED", "ENABLED")
        .constrain("SuspendTimeoutInSeconds", Constraint.of().minimum(1).maximum(60))
        .allowed("Terminate", "DISABLED", "ENABLED")
        .constrain("TerminateTimeoutInSeconds", Constraint.of().minimum(1).maximum(60))
        .build();

    public MicrovmHooks() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code Resume}.
     */
    public MicrovmHooks resume(String value) {
      return set("Resume", Value.of(value));
    }

    /** Sets {@code Resume} to this value; see {@link #resume(String)}. */
    public MicrovmHooks resume(Value<String> value) {
      return set("Resume", value);
    }

    /** Range: 1 to 60. CloudFormation property {@code ResumeTimeoutInSeconds}. */
    public MicrovmHooks resumeTimeoutInSeconds(int value) {
      return set("ResumeTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code ResumeTimeoutInSeconds} to this value; see {@link #resumeTimeoutInSeconds(int)}.
     */
    public MicrovmHooks resumeTimeoutInSeconds(Value<Integer> value) {
      return set("ResumeTimeoutInSeconds", value);
    }

    /** Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code Run}. */
    public MicrovmHooks run(String value) {
      return set("Run", Value.of(value));
    }

    /** Sets {@code Run} to this value; see {@link #run(String)}. */
    public MicrovmHooks run(Value<String> value) {
      return set("Run", value);
    }

    /** Range: 1 to 60. CloudFormation property {@code RunTimeoutInSeconds}. */
    public MicrovmHooks runTimeoutInSeconds(int value) {
      return set("RunTimeoutInSeconds", Value.of(value));
    }

    /** Sets {@code RunTimeoutInSeconds} to this value; see {@link #runTimeoutInSeconds(int)}. */
    public MicrovmHooks runTimeoutInSeconds(Value<Integer> value) {
      return set("RunTimeoutInSeconds", value);
    }

    /**
     * Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code Suspend}.
     */
    public MicrovmHooks suspend(String value) {
      return set("Suspend", Value.of(value));
    }

    /** Sets {@code Suspend} to this value; see {@link #suspend(String)}. */
    public MicrovmHooks suspend(Value<String> value) {
      return set("Suspend", value);
    }

    /** Range: 1 to 60. CloudFormation property {@code SuspendTimeoutInSeconds}. */
    public MicrovmHooks suspendTimeoutInSeconds(int value) {
      return set("SuspendTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code SuspendTimeoutInSeconds} to this value; see {@link
     * #suspendTimeoutInSeconds(int)}.
     */
    public MicrovmHooks suspendTimeoutInSeconds(Value<Integer> value) {
      return set("SuspendTimeoutInSeconds", value);
    }

    /**
     * Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code Terminate}.
     */
    public MicrovmHooks terminate(String value) {
      return set("Terminate", Value.of(value));
    }

    /** Sets {@code Terminate} to this value; see {@link #terminate(String)}. */
    public MicrovmHooks terminate(Value<String> value) {
      return set("Terminate", value);
    }

    /** Range: 1 to 60. CloudFormation property {@code TerminateTimeoutInSeconds}. */
    public MicrovmHooks terminateTimeoutInSeconds(int value) {
      return set("TerminateTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code TerminateTimeoutInSeconds} to this value; see {@link
     * #terminateTimeoutInSeconds(int)}.
     */
    public MicrovmHooks terminateTimeoutInSeconds(Value<Integer> value) {
      return set("TerminateTimeoutInSeconds", value);
    }
  }

  /** Property type {@code AWS::Lambda::MicrovmImage.MicrovmImageHooks}. */
  public static final class MicrovmImageHooks extends Struct<MicrovmImageHooks> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::MicrovmImage.MicrovmImageHooks")
        .allowed("Ready", "DISABLED", "ENABLED")
        .constrain("ReadyTimeoutInSeconds", Constraint.of().minimum(1).maximum(3600))
        .allowed("Validate", "DISABLED", "ENABLED")
        .constrain("ValidateTimeoutInSeconds", Constraint.of().minimum(1).maximum(3600))
        .build();

    public MicrovmImageHooks() {
      super(SCHEMA);
    }

    /** Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code Ready}. */
    public MicrovmImageHooks ready(String value) {
      return set("Ready", Value.of(value));
    }

    /** Sets {@code Ready} to this value; see {@link #ready(String)}. */
    public MicrovmImageHooks ready(Value<String> value) {
      return set("Ready", value);
    }

    /** Range: 1 to 3600. CloudFormation property {@code ReadyTimeoutInSeconds}. */
    public MicrovmImageHooks readyTimeoutInSeconds(int value) {
      return set("ReadyTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code ReadyTimeoutInSeconds} to this value; see {@link #readyTimeoutInSeconds(int)}.
     */
    public MicrovmImageHooks readyTimeoutInSeconds(Value<Integer> value) {
      return set("ReadyTimeoutInSeconds", value);
    }

    /**
     * Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property {@code Validate}.
     */
    public MicrovmImageHooks validate(String value) {
      return set("Validate", Value.of(value));
    }

    /** Sets {@code Validate} to this value; see {@link #validate(String)}. */
    public MicrovmImageHooks validate(Value<String> value) {
      return set("Validate", value);
    }

    /** Range: 1 to 3600. CloudFormation property {@code ValidateTimeoutInSeconds}. */
    public MicrovmImageHooks validateTimeoutInSeconds(int value) {
      return set("ValidateTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code ValidateTimeoutInSeconds} to this value; see {@link
     * #validateTimeoutInSeconds(int)}.
     */
    public MicrovmImageHooks validateTimeoutInSeconds(Value<Integer> value) {
      return set("ValidateTimeoutInSeconds", value);
    }
  }

  /** Property type {@code AWS::Lambda::MicrovmImage.Resources}. */
  public static final class Resources extends Struct<Resources> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::MicrovmImage.Resources")
        .required("MinimumMemoryInMiB")
        .build();

    public Resources() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code MinimumMemoryInMiB}. */
    public Resources minimumMemoryInMiB(int value) {
      return set("MinimumMemoryInMiB", Value.of(value));
    }

    /** Sets {@code MinimumMemoryInMiB} to this value; see {@link #minimumMemoryInMiB(int)}. */
    public Resources minimumMemoryInMiB(Value<Integer> value) {
      return set("MinimumMemoryInMiB", value);
    }
  }
}
