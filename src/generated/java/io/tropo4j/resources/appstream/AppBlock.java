// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appstream;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This resource creates an app block. App blocks store details about the virtual hard disk that
 * contains the files for the application in an S3 bucket. It also stores the setup script with
 * details about how to mount the virtual hard disk. App blocks are only supported for Elastic
 * fleets.
 *
 * <p>CloudFormation type {@code AWS::AppStream::AppBlock}.
 */
public final class AppBlock extends Resource<AppBlock> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::AppBlock")
      .required("Name", "SourceS3Location")
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .constrain("DisplayName", Constraint.of().minLength(0).maxLength(100))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$"))
      .allowed("PackagingType", "APPSTREAM2", "CUSTOM")
      .refYields("Arn")
      .attributes("Arn", "CreatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AppBlock(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the app block.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation property
   * {@code Description}.
   */
  public AppBlock description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AppBlock description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the app block.
   *
   * <p>Changing it replaces the resource. Length: 0 to 100 characters. CloudFormation property
   * {@code DisplayName}.
   */
  public AppBlock displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public AppBlock displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The name of the app block.
   *
   * <p><em>Pattern</em> : <code>^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$</code>
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$}. CloudFormation property {@code Name}.
   */
  public AppBlock name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AppBlock name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The packaging type of the app block.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code APPSTREAM2}, {@code CUSTOM}.
   * CloudFormation property {@code PackagingType}.
   */
  public AppBlock packagingType(String value) {
    return set("PackagingType", Value.of(value));
  }

  /** Sets {@code PackagingType} to this value; see {@link #packagingType(String)}. */
  public AppBlock packagingType(Value<String> value) {
    return set("PackagingType", value);
  }

  /**
   * The post setup script details of the app block.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PostSetupScriptDetails}.
   */
  public AppBlock postSetupScriptDetails(Value<ScriptDetails> value) {
    return set("PostSetupScriptDetails", value);
  }

  /**
   * The setup script details of the app block.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SetupScriptDetails}.
   */
  public AppBlock setupScriptDetails(Value<ScriptDetails> value) {
    return set("SetupScriptDetails", value);
  }

  /**
   * The source S3 location of the app block.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SourceS3Location}.
   */
  public AppBlock sourceS3Location(Value<S3Location> value) {
    return set("SourceS3Location", value);
  }

  /**
   * Sets {@code SourceS3Location} to the asset's bucket and key, where the deployer uploads it; see
   * {@link #sourceS3Location(Value)}.
   */
  public AppBlock sourceS3Location(Asset asset) {
    return set("SourceS3Location", new S3Location().s3Bucket(asset.bucket()).s3Key(asset.key()));
  }

  /**
   * The tags of the app block.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AppBlock tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AppBlock tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public AppBlock tags(Tag... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AppBlock tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the app block.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time when the app block was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The S3 location of the app block.
   *
   * <p>Property type {@code AWS::AppStream::AppBlock.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::AppBlock.S3Location")
        .required("S3Bucket")
        .constrain("S3Bucket", Constraint.of().pattern("^[0-9a-z\\.\\-]*(?<!\\.)$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("S3Key", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket of the app block.
     *
     * <p>Required. Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
     * ^[0-9a-z&#92;.&#92;-]*(?&lt;!&#92;.)$}. Format: {@code AWS::S3::Bucket.Name}. CloudFormation
     * property {@code S3Bucket}.
     */
    public S3Location s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public S3Location s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * The S3 key of the S3 object of the virtual hard disk.
     *
     * <p>This is required when it's used by <code>SetupScriptDetails</code> and
     * <code>PostSetupScriptDetails</code> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
     * {@code S3Key}.
     */
    public S3Location s3Key(String value) {
      return set("S3Key", Value.of(value));
    }

    /** Sets {@code S3Key} to this value; see {@link #s3Key(String)}. */
    public S3Location s3Key(Value<String> value) {
      return set("S3Key", value);
    }
  }

  /**
   * The details of the script.
   *
   * <p>Property type {@code AWS::AppStream::AppBlock.ScriptDetails}.
   */
  public static final class ScriptDetails extends Struct<ScriptDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::AppBlock.ScriptDetails")
        .required("ExecutablePath", "ScriptS3Location", "TimeoutInSeconds")
        .constrain("ExecutableParameters", Constraint.of().minLength(1))
        .constrain("ExecutablePath", Constraint.of().minLength(1))
        .build();

    public ScriptDetails() {
      super(SCHEMA);
    }

    /**
     * The parameters used in the run path for the script.
     *
     * <p>Changing it replaces the resource. Length: at least 1 characters. CloudFormation property
     * {@code ExecutableParameters}.
     */
    public ScriptDetails executableParameters(String value) {
      return set("ExecutableParameters", Value.of(value));
    }

    /**
     * Sets {@code ExecutableParameters} to this value; see {@link #executableParameters(String)}.
     */
    public ScriptDetails executableParameters(Value<String> value) {
      return set("ExecutableParameters", value);
    }

    /**
     * The run path for the script.
     *
     * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
     * property {@code ExecutablePath}.
     */
    public ScriptDetails executablePath(String value) {
      return set("ExecutablePath", Value.of(value));
    }

    /** Sets {@code ExecutablePath} to this value; see {@link #executablePath(String)}. */
    public ScriptDetails executablePath(Value<String> value) {
      return set("ExecutablePath", value);
    }

    /**
     * The S3 object location of the script.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ScriptS3Location}.
     */
    public ScriptDetails scriptS3Location(Value<S3Location> value) {
      return set("ScriptS3Location", value);
    }

    /**
     * Sets {@code ScriptS3Location} to the asset's bucket and key, where the deployer uploads it;
     * see {@link #scriptS3Location(Value)}.
     */
    public ScriptDetails scriptS3Location(Asset asset) {
      return set("ScriptS3Location", new S3Location().s3Bucket(asset.bucket()).s3Key(asset.key()));
    }

    /**
     * The run timeout, in seconds, for the script.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * TimeoutInSeconds}.
     */
    public ScriptDetails timeoutInSeconds(int value) {
      return set("TimeoutInSeconds", Value.of(value));
    }

    /** Sets {@code TimeoutInSeconds} to this value; see {@link #timeoutInSeconds(int)}. */
    public ScriptDetails timeoutInSeconds(Value<Integer> value) {
      return set("TimeoutInSeconds", value);
    }
  }

  /**
   * The tag of the app block.
   *
   * <p>Property type {@code AWS::AppStream::AppBlock.Tag}.
   */
  public static final class Tag extends Struct<Tag> {
    private static final Schema SCHEMA = Schema.of("AWS::AppStream::AppBlock.Tag");

    public Tag() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Key}. */
    public Tag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Tag key(Value<String> value) {
      return set("Key", value);
    }

    /** CloudFormation property {@code TagKey}. */
    public Tag tagKey(String value) {
      return set("TagKey", Value.of(value));
    }

    /** Sets {@code TagKey} to this value; see {@link #tagKey(String)}. */
    public Tag tagKey(Value<String> value) {
      return set("TagKey", value);
    }

    /** CloudFormation property {@code TagValue}. */
    public Tag tagValue(String value) {
      return set("TagValue", Value.of(value));
    }

    /** Sets {@code TagValue} to this value; see {@link #tagValue(String)}. */
    public Tag tagValue(Value<String> value) {
      return set("TagValue", value);
    }

    /** CloudFormation property {@code Value}. */
    public Tag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Tag value(Value<String> value) {
      return set("Value", value);
    }
  }
}
