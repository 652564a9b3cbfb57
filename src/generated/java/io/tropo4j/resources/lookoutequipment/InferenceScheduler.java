// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lookoutequipment;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a scheduled inference. Scheduling an inference is setting up a continuous real-time
 * inference plan to analyze new measurement data. When setting up the schedule, you provide an
 * Amazon S3 bucket location for the input data, assign it a delimiter between separate entries in
 * the data, set an offset delay if desired, and set the frequency of inferencing. You must also
 * provide an Amazon S3 bucket location for the output data.
 *
 * <p>Updating some properties below (for example, InferenceSchedulerName and ServerSideKmsKeyId)
 * triggers a resource replacement, which requires a new model. To replace such a property using
 * CloudFormation , but without creating a completely new stack, you must replace ModelName. If you
 * need to replace the property, but want to use the same model, delete the current stack and create
 * a new one with the updated properties.
 *
 * <p>CloudFormation type {@code AWS::LookoutEquipment::InferenceScheduler}.
 */
public final class InferenceScheduler extends Resource<InferenceScheduler> {
  private static final Schema SCHEMA = Schema.builder("AWS::LookoutEquipment::InferenceScheduler")
      .required("DataInputConfiguration", "DataOutputConfiguration", "DataUploadFrequency",
          "ModelName", "RoleArn")
      .constrain("DataDelayOffsetInMinutes", Constraint.of().minimum(0).maximum(60))
      .allowed("DataUploadFrequency", "PT5M", "PT10M", "PT15M", "PT30M", "PT1H")
      .constrain("InferenceSchedulerName", Constraint.of().pattern("^[0-9a-zA-Z_-]{1,200}$").minLength(1).maxLength(200))
      .constrain("ModelName", Constraint.of().pattern("^[0-9a-zA-Z_-]{1,200}$").minLength(1).maxLength(200))
      .constrain("RoleArn", Constraint.of().pattern("arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("ServerSideKmsKeyId", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$").minLength(1).maxLength(2048))
      .refYields("InferenceSchedulerName")
      .attributes("InferenceSchedulerArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InferenceScheduler(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A period of time (in minutes) by which inference on the data is delayed after the data starts.
   * For instance, if an offset delay time of five minutes was selected, inference will not begin on
   * the data until the first data measurement after the five minute mark. For example, if five
   * minutes is selected, the inference scheduler will wake up at the configured frequency with the
   * additional five minute delay time to check the customer S3 bucket. The customer can upload data
   * at the same frequency and they don't need to stop and restart the scheduler when uploading new
   * data.
   *
   * <p>Range: 0 to 60. CloudFormation property {@code DataDelayOffsetInMinutes}.
   */
  public InferenceScheduler dataDelayOffsetInMinutes(int value) {
    return set("DataDelayOffsetInMinutes", Value.of(value));
  }

  /**
   * Sets {@code DataDelayOffsetInMinutes} to this value; see {@link
   * #dataDelayOffsetInMinutes(int)}.
   */
  public InferenceScheduler dataDelayOffsetInMinutes(Value<Integer> value) {
    return set("DataDelayOffsetInMinutes", value);
  }

  /**
   * Specifies configuration information for the input data for the inference scheduler, including
   * delimiter, format, and dataset location.
   *
   * <p>Required. CloudFormation property {@code DataInputConfiguration}.
   */
  public InferenceScheduler dataInputConfiguration(Value<DataInputConfiguration> value) {
    return set("DataInputConfiguration", value);
  }

  /**
   * Specifies configuration information for the output results for the inference scheduler,
   * including the Amazon S3 location for the output.
   *
   * <p>Required. CloudFormation property {@code DataOutputConfiguration}.
   */
  public InferenceScheduler dataOutputConfiguration(Value<DataOutputConfiguration> value) {
    return set("DataOutputConfiguration", value);
  }

  /**
   * How often data is uploaded to the source S3 bucket for the input data. This value is the length
   * of time between data uploads. For instance, if you select 5 minutes, Amazon Lookout for
   * Equipment will upload the real-time data to the source bucket once every 5 minutes. This
   * frequency also determines how often Amazon Lookout for Equipment starts a scheduled inference
   * on your data. In this example, it starts once every 5 minutes.
   *
   * <p>Required. Allowed values: {@code PT5M}, {@code PT10M}, {@code PT15M}, {@code PT30M}, {@code
   * PT1H}. CloudFormation property {@code DataUploadFrequency}.
   */
  public InferenceScheduler dataUploadFrequency(String value) {
    return set("DataUploadFrequency", Value.of(value));
  }

  /** Sets {@code DataUploadFrequency} to this value; see {@link #dataUploadFrequency(String)}. */
  public InferenceScheduler dataUploadFrequency(Value<String> value) {
    return set("DataUploadFrequency", value);
  }

  /**
   * The name of the inference scheduler.
   *
   * <p>Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^[0-9a-zA-Z_-]{1,200}$}. CloudFormation property {@code InferenceSchedulerName}.
   */
  public InferenceScheduler inferenceSchedulerName(String value) {
    return set("InferenceSchedulerName", Value.of(value));
  }

  /**
   * Sets {@code InferenceSchedulerName} to this value; see {@link #inferenceSchedulerName(String)}.
   */
  public InferenceScheduler inferenceSchedulerName(Value<String> value) {
    return set("InferenceSchedulerName", value);
  }

  /**
   * The name of the machine learning model used for the inference scheduler.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^[0-9a-zA-Z_-]{1,200}$}. CloudFormation property {@code ModelName}.
   */
  public InferenceScheduler modelName(String value) {
    return set("ModelName", Value.of(value));
  }

  /** Sets {@code ModelName} to this value; see {@link #modelName(String)}. */
  public InferenceScheduler modelName(Value<String> value) {
    return set("ModelName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of a role with permission to access the data source being used
   * for the inference.
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
   * arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public InferenceScheduler roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public InferenceScheduler roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Provides the identifier of the AWS KMS key used to encrypt inference scheduler data by .
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.-]{0,2048}$}. CloudFormation property {@code
   * ServerSideKmsKeyId}.
   */
  public InferenceScheduler serverSideKmsKeyId(String value) {
    return set("ServerSideKmsKeyId", Value.of(value));
  }

  /** Sets {@code ServerSideKmsKeyId} to this value; see {@link #serverSideKmsKeyId(String)}. */
  public InferenceScheduler serverSideKmsKeyId(Value<String> value) {
    return set("ServerSideKmsKeyId", value);
  }

  /**
   * Any tags associated with the inference scheduler.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public InferenceScheduler tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public InferenceScheduler tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public InferenceScheduler tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the inference scheduler being created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InferenceSchedulerArn}.
   */
  public Value<String> inferenceSchedulerArn() {
    return getAtt("InferenceSchedulerArn");
  }

  /**
   * Specifies configuration information for the input data for the inference scheduler, including
   * delimiter, format, and dataset location.
   *
   * <p>Property type {@code AWS::LookoutEquipment::InferenceScheduler.DataInputConfiguration}.
   */
  public static final class DataInputConfiguration extends Struct<DataInputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutEquipment::InferenceScheduler.DataInputConfiguration")
        .required("S3InputConfiguration")
        .constrain("InputTimeZoneOffset", Constraint.of().pattern("^(\\+|\\-)[0-9]{2}\\:[0-9]{2}$"))
        .build();

    public DataInputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies configuration information for the input data for the inference, including timestamp
     * format and delimiter.
     *
     * <p>CloudFormation property {@code InferenceInputNameConfiguration}.
     */
    public DataInputConfiguration inferenceInputNameConfiguration(Value<InputNameConfiguration> value) {
      return set("InferenceInputNameConfiguration", value);
    }

    /**
     * Indicates the difference between your time zone and Greenwich Mean Time (GMT).
     *
     * <p>Pattern: {@code ^(&#92;+|&#92;-)[0-9]{2}&#92;:[0-9]{2}$}. CloudFormation property {@code
     * InputTimeZoneOffset}.
     */
    public DataInputConfiguration inputTimeZoneOffset(String value) {
      return set("InputTimeZoneOffset", Value.of(value));
    }

    /** Sets {@code InputTimeZoneOffset} to this value; see {@link #inputTimeZoneOffset(String)}. */
    public DataInputConfiguration inputTimeZoneOffset(Value<String> value) {
      return set("InputTimeZoneOffset", value);
    }

    /**
     * Specifies configuration information for the input data for the inference, including input
     * data S3 location.
     *
     * <p>Required. CloudFormation property {@code S3InputConfiguration}.
     */
    public DataInputConfiguration s3InputConfiguration(Value<S3InputConfiguration> value) {
      return set("S3InputConfiguration", value);
    }
  }

  /**
   * Specifies configuration information for the output results for the inference scheduler,
   * including the S3 location for the output.
   *
   * <p>Property type {@code AWS::LookoutEquipment::InferenceScheduler.DataOutputConfiguration}.
   */
  public static final class DataOutputConfiguration extends Struct<DataOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutEquipment::InferenceScheduler.DataOutputConfiguration")
        .required("S3OutputConfiguration")
        .build();

    public DataOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID number for the AWS KMS key used to encrypt the inference output.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public DataOutputConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public DataOutputConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * Specifies configuration information for the output results from the inference, including
     * output S3 location.
     *
     * <p>Required. CloudFormation property {@code S3OutputConfiguration}.
     */
    public DataOutputConfiguration s3OutputConfiguration(Value<S3OutputConfiguration> value) {
      return set("S3OutputConfiguration", value);
    }
  }

  /**
   * Specifies configuration information for the input data for the inference, including timestamp
   * format and delimiter.
   *
   * <p>Property type {@code AWS::LookoutEquipment::InferenceScheduler.InputNameConfiguration}.
   */
  public static final class InputNameConfiguration extends Struct<InputNameConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutEquipment::InferenceScheduler.InputNameConfiguration")
        .constrain("ComponentTimestampDelimiter", Constraint.of().pattern("^(\\-|\\_|\\s)?$").minLength(0).maxLength(1))
        .constrain("TimestampFormat", Constraint.of().pattern("^EPOCH|yyyy-MM-dd-HH-mm-ss|yyyyMMddHHmmss$"))
        .build();

    public InputNameConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates the delimiter character used between items in the data.
     *
     * <p>Length: 0 to 1 characters. Pattern: {@code ^(&#92;-|&#92;_|&#92;s)?$}. CloudFormation
     * property {@code ComponentTimestampDelimiter}.
     */
    public InputNameConfiguration componentTimestampDelimiter(String value) {
      return set("ComponentTimestampDelimiter", Value.of(value));
    }

    /**
     * Sets {@code ComponentTimestampDelimiter} to this value; see {@link
     * #componentTimestampDelimiter(String)}.
     */
    public InputNameConfiguration componentTimestampDelimiter(Value<String> value) {
      return set("ComponentTimestampDelimiter", value);
    }

    /**
     * The format of the timestamp, whether Epoch time, or standard, with or without hyphens (-).
     *
     * <p>Pattern: {@code ^EPOCH|yyyy-MM-dd-HH-mm-ss|yyyyMMddHHmmss$}. CloudFormation property
     * {@code TimestampFormat}.
     */
    public InputNameConfiguration timestampFormat(String value) {
      return set("TimestampFormat", Value.of(value));
    }

    /** Sets {@code TimestampFormat} to this value; see {@link #timestampFormat(String)}. */
    public InputNameConfiguration timestampFormat(Value<String> value) {
      return set("TimestampFormat", value);
    }
  }

  /**
   * Specifies configuration information for the input data for the inference, including input data
   * S3 location.
   *
   * <p>Property type {@code AWS::LookoutEquipment::InferenceScheduler.S3InputConfiguration}.
   */
  public static final class S3InputConfiguration extends Struct<S3InputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutEquipment::InferenceScheduler.S3InputConfiguration")
        .required("Bucket")
        .constrain("Bucket", Constraint.of().pattern("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$").minLength(3).maxLength(63))
        .constrain("Prefix", Constraint.of().pattern("^(^$)|([\\u0009\\u000A\\u000D\\u0020-\\u00FF]{1,1023}/$)$").minLength(0).maxLength(1024))
        .build();

    public S3InputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 3 to 63 characters. Pattern: {@code
     * ^[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]$}. CloudFormation property {@code Bucket}.
     */
    public S3InputConfiguration bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3InputConfiguration bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * Length: 0 to 1024 characters. Pattern: {@code
     * ^(^$)|([&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]{1,1023}/$)$}. CloudFormation
     * property {@code Prefix}.
     */
    public S3InputConfiguration prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3InputConfiguration prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * Specifies configuration information for the output results from the inference, including output
   * S3 location.
   *
   * <p>Property type {@code AWS::LookoutEquipment::InferenceScheduler.S3OutputConfiguration}.
   */
  public static final class S3OutputConfiguration extends Struct<S3OutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutEquipment::InferenceScheduler.S3OutputConfiguration")
        .required("Bucket")
        .constrain("Bucket", Constraint.of().pattern("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$").minLength(3).maxLength(63))
        .constrain("Prefix", Constraint.of().pattern("^(^$)|([\\u0009\\u000A\\u000D\\u0020-\\u00FF]{1,1023}/$)$").minLength(0).maxLength(1024))
        .build();

    public S3OutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 3 to 63 characters. Pattern: {@code
     * ^[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]$}. CloudFormation property {@code Bucket}.
     */
    public S3OutputConfiguration bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3OutputConfiguration bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * Length: 0 to 1024 characters. Pattern: {@code
     * ^(^$)|([&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]{1,1023}/$)$}. CloudFormation
     * property {@code Prefix}.
     */
    public S3OutputConfiguration prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3OutputConfiguration prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }
}
