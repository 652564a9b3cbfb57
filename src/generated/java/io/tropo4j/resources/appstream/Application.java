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
 * This resource creates an application. Applications store the details about how to launch
 * applications on streaming instances. This is only supported for Elastic fleets.
 *
 * <p>CloudFormation type {@code AWS::AppStream::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Application")
      .required("AppBlockArn", "IconS3Location", "InstanceFamilies", "LaunchPath", "Name",
          "Platforms")
      .constrain("AppBlockArn", Constraint.of().pattern("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\\\-]{0,1023}$"))
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .constrain("DisplayName", Constraint.of().minLength(0).maxLength(100))
      .constrain("InstanceFamilies", Constraint.of().minLength(1))
      .constrain("LaunchParameters", Constraint.of().minLength(1))
      .constrain("LaunchPath", Constraint.of().minLength(1))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$"))
      .allowed("Platforms", "AMAZON_LINUX2", "RHEL8", "ROCKY_LINUX8", "UBUNTU_PRO_2404", "WINDOWS",
          "WINDOWS_SERVER_2016", "WINDOWS_SERVER_2019", "WINDOWS_SERVER_2022",
          "WINDOWS_SERVER_2025")
      .constrain("WorkingDirectory", Constraint.of().minLength(1))
      .refYields("Arn")
      .attributes("Arn", "CreatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The app block ARN with which the application should be associated.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws(?:&#92;-cn|&#92;-iso&#92;-b|&#92;-iso|&#92;-us&#92;-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,&#64;.&#92;&#92;-]{0,1023}$}.
   * CloudFormation property {@code AppBlockArn}.
   */
  public Application appBlockArn(String value) {
    return set("AppBlockArn", Value.of(value));
  }

  /** Sets {@code AppBlockArn} to this value; see {@link #appBlockArn(String)}. */
  public Application appBlockArn(Value<String> value) {
    return set("AppBlockArn", value);
  }

  /**
   * A list of attributes to delete from an application.
   *
   * <p>CloudFormation property {@code AttributesToDelete}.
   */
  public Application attributesToDelete(List<String> value) {
    return set("AttributesToDelete", Value.listOf(value));
  }

  /** Sets {@code AttributesToDelete} to this value; see {@link #attributesToDelete(List)}. */
  public Application attributesToDelete(Value<List<String>> value) {
    return set("AttributesToDelete", value);
  }

  /**
   * The description of the application.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
   */
  public Application description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Application description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the application. This name is visible to users in the application catalog.
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public Application displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Application displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The icon S3 location of the application.
   *
   * <p>Required. CloudFormation property {@code IconS3Location}.
   */
  public Application iconS3Location(Value<S3Location> value) {
    return set("IconS3Location", value);
  }

  /**
   * Sets {@code IconS3Location} to the asset's bucket and key, where the deployer uploads it; see
   * {@link #iconS3Location(Value)}.
   */
  public Application iconS3Location(Asset asset) {
    return set("IconS3Location", new S3Location().s3Bucket(asset.bucket()).s3Key(asset.key()));
  }

  /**
   * The instance families the application supports.
   *
   * <p><em>Allowed Values</em> : <code>GENERAL_PURPOSE</code> | <code>GRAPHICS_G4</code>
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code InstanceFamilies}.
   */
  public Application instanceFamilies(List<String> value) {
    return set("InstanceFamilies", Value.listOf(value));
  }

  /** Sets {@code InstanceFamilies} to this value; see {@link #instanceFamilies(List)}. */
  public Application instanceFamilies(Value<List<String>> value) {
    return set("InstanceFamilies", value);
  }

  /**
   * The launch parameters of the application.
   *
   * <p>Length: at least 1 characters. CloudFormation property {@code LaunchParameters}.
   */
  public Application launchParameters(String value) {
    return set("LaunchParameters", Value.of(value));
  }

  /** Sets {@code LaunchParameters} to this value; see {@link #launchParameters(String)}. */
  public Application launchParameters(Value<String> value) {
    return set("LaunchParameters", value);
  }

  /**
   * The launch path of the application.
   *
   * <p>Required. Length: at least 1 characters. CloudFormation property {@code LaunchPath}.
   */
  public Application launchPath(String value) {
    return set("LaunchPath", Value.of(value));
  }

  /** Sets {@code LaunchPath} to this value; see {@link #launchPath(String)}. */
  public Application launchPath(Value<String> value) {
    return set("LaunchPath", value);
  }

  /**
   * The name of the application. This name is visible to users when a name is not specified in the
   * DisplayName property.
   *
   * <p><em>Pattern</em> : <code>^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$</code>
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$}. CloudFormation property {@code Name}.
   */
  public Application name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Application name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The platforms the application supports.
   *
   * <p><em>Allowed Values</em> : <code>WINDOWS_SERVER_2019</code> | <code>AMAZON_LINUX2</code>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code AMAZON_LINUX2}, {@code
   * RHEL8}, {@code ROCKY_LINUX8}, {@code UBUNTU_PRO_2404}, {@code WINDOWS}, {@code
   * WINDOWS_SERVER_2016}, {@code WINDOWS_SERVER_2019}, {@code WINDOWS_SERVER_2022}, {@code
   * WINDOWS_SERVER_2025}. CloudFormation property {@code Platforms}.
   */
  public Application platforms(List<String> value) {
    return set("Platforms", Value.listOf(value));
  }

  /** Sets {@code Platforms} to this value; see {@link #platforms(List)}. */
  public Application platforms(Value<List<String>> value) {
    return set("Platforms", value);
  }

  /**
   * The tags of the application.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Application tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Application tags(Tag... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The working directory of the application.
   *
   * <p>Length: at least 1 characters. CloudFormation property {@code WorkingDirectory}.
   */
  public Application workingDirectory(String value) {
    return set("WorkingDirectory", Value.of(value));
  }

  /** Sets {@code WorkingDirectory} to this value; see {@link #workingDirectory(String)}. */
  public Application workingDirectory(Value<String> value) {
    return set("WorkingDirectory", value);
  }

  /**
   * The ARN of the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time when the application was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The S3 location of the application icon.
   *
   * <p>Property type {@code AWS::AppStream::Application.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Application.S3Location")
        .required("S3Bucket", "S3Key")
        .constrain("S3Bucket", Constraint.of().pattern("^[0-9a-z\\.\\-]*(?<!\\.)$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("S3Key", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket of the S3 object.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code
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
     * The S3 key of the S3 object.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code S3Key}.
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
   * The tag of the application.
   *
   * <p>Property type {@code AWS::AppStream::Application.Tag}.
   */
  public static final class Tag extends Struct<Tag> {
    private static final Schema SCHEMA = Schema.of("AWS::AppStream::Application.Tag");

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
