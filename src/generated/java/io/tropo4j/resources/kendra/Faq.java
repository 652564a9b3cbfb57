// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kendra;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an new set of frequently asked question (FAQ) questions and answers.
 *
 * <p>CloudFormation type {@code AWS::Kendra::Faq}.
 */
public final class Faq extends Resource<Faq> {
  private static final Schema SCHEMA = Schema.builder("AWS::Kendra::Faq")
      .required("IndexId", "Name", "RoleArn", "S3Path")
      .constrain("Description", Constraint.of().pattern("^\\P{C}*$").minLength(1).maxLength(1000))
      .allowed("FileFormat", "CSV", "CSV_WITH_HEADER", "JSON")
      .constrain("IndexId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9-]*$").minLength(36).maxLength(36))
      .constrain("LanguageCode", Constraint.of().pattern("[a-zA-Z-]*").minLength(2).maxLength(10))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(1).maxLength(100))
      .constrain("RoleArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284).format("AWS::IAM::Role.Arn"))
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Faq(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the FAQ.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1000 characters. Pattern: {@code
   * ^&#92;P{C}*$}. CloudFormation property {@code Description}.
   */
  public Faq description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Faq description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The format of the input file. You can choose between a basic CSV format, a CSV format that
   * includes customs attributes in a header, and a JSON format that includes custom attributes.
   *
   * <p>The format must match the format of the file stored in the S3 bucket identified in the
   * S3Path parameter.
   *
   * <p>Valid values are:
   *
   * <ul> <li><code>CSV</code> <li><code>CSV_WITH_HEADER</code> <li><code>JSON</code> </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CSV}, {@code CSV_WITH_HEADER},
   * {@code JSON}. CloudFormation property {@code FileFormat}.
   */
  public Faq fileFormat(String value) {
    return set("FileFormat", Value.of(value));
  }

  /** Sets {@code FileFormat} to this value; see {@link #fileFormat(String)}. */
  public Faq fileFormat(Value<String> value) {
    return set("FileFormat", value);
  }

  /**
   * The identifier of the index that contains the FAQ.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9-]*$}. CloudFormation property {@code IndexId}.
   */
  public Faq indexId(String value) {
    return set("IndexId", Value.of(value));
  }

  /** Sets {@code IndexId} to this value; see {@link #indexId(String)}. */
  public Faq indexId(Value<String> value) {
    return set("IndexId", value);
  }

  /**
   * The code for a language. This shows a supported language for the FAQ document as part of the
   * summary information for FAQs. English is supported by default. For more information on
   * supported languages, including their codes, see <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/in-adding-languages.html">Adding documents
   * in languages other than English</a> .
   *
   * <p>Length: 2 to 10 characters. Pattern: {@code [a-zA-Z-]*}. CloudFormation property {@code
   * LanguageCode}.
   */
  public Faq languageCode(String value) {
    return set("LanguageCode", Value.of(value));
  }

  /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
  public Faq languageCode(Value<String> value) {
    return set("LanguageCode", value);
  }

  /**
   * The name that you assigned the FAQ when you created or updated the FAQ.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_-]*$}. CloudFormation property {@code Name}.
   */
  public Faq name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Faq name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of a role with permission to access the S3 bucket that contains
   * the FAQ.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1284 characters. Pattern: {@code
   * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Faq roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Faq roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The Amazon Simple Storage Service (Amazon S3) location of the FAQ input data.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code S3Path}.
   */
  public Faq s3Path(Value<S3Path> value) {
    return set("S3Path", value);
  }

  /**
   * Sets {@code S3Path} to the asset's bucket and key, where the deployer uploads it; see {@link
   * #s3Path(Value)}.
   */
  public Faq s3Path(Asset asset) {
    return set("S3Path", new S3Path().bucket(asset.bucket()).key(asset.key()));
  }

  /**
   * An array of key-value pairs to apply to this resource
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Faq tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Faq tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Faq tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * <code>arn:aws:kendra:us-west-2:111122223333:index/335c3741-41df-46a6-b5d3-61f85b787884/faq/f61995a6-cd5c-4e99-9cfc-58816d8bfaa7</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The identifier for the FAQ. For example:
   *
   * <p><code>f61995a6-cd5c-4e99-9cfc-58816d8bfaa7</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Information required to find a specific file in an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::Kendra::Faq.S3Path}.
   */
  public static final class S3Path extends Struct<S3Path> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::Faq.S3Path")
        .required("Bucket", "Key")
        .constrain("Bucket", Constraint.of().pattern("[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]").minLength(3).maxLength(63))
        .constrain("Key", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3Path() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket that contains the file.
     *
     * <p>Required. Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
     * [a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]}. CloudFormation property {@code Bucket}.
     */
    public S3Path bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Path bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The name of the file.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation
     * property {@code Key}.
     */
    public S3Path key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Path key(Value<String> value) {
      return set("Key", value);
    }
  }
}
