// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.stepfunctions;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An activity is a task that you write in any programming language and host on any machine that has
 * access to AWS Step Functions . Activities must poll Step Functions using the
 * <code>GetActivityTask</code> API action and respond using <code>SendTask*</code> API actions.
 * This function makes Step Functions aware of your activity and returns an identifier for use in a
 * state machine and when polling from the activity.
 *
 * <p>For information about creating an activity, see <a
 * href="https://docs.aws.amazon.com/step-functions/latest/dg/tutorial-creating-activity-state-machine.html">Creating
 * an Activity State Machine</a> in the <em>AWS Step Functions Developer Guide</em> and <a
 * href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateActivity.html">CreateActivity</a>
 * in the <em>AWS Step Functions API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::StepFunctions::Activity}.
 */
public final class Activity extends Resource<Activity> {
  private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::Activity")
      .required("Name")
      .constrain("Name", Constraint.of().minLength(1).maxLength(80))
      .refYields("Arn")
      .attributes("Arn", "Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Activity(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Encryption configuration for the activity.
   *
   * <p>Activity configuration is immutable, and resource names must be unique. To set customer
   * managed keys for encryption, you must create a <em>new Activity</em> . If you attempt to change
   * the configuration in your CFN template for an existing activity, you will receive an
   * <code>ActivityAlreadyExists</code> exception.
   *
   * <p>To update your activity to include customer managed keys, set a new activity name within
   * your CloudFormation template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionConfiguration}.
   */
  public Activity encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * The name of the activity.
   *
   * <p>A name must <em>not</em> contain:
   *
   * <ul> <li>white space <li>brackets <code>&lt; &gt; { } [ ]</code> <li>wildcard characters
   * <code>? *</code> <li>special characters <code>" # % &#92; ^ | ~</code> $ &amp; , ; : /`
   * <li>control characters ( <code>U+0000-001F</code> , <code>U+007F-009F</code> ,
   * <code>U+FFFE-FFFF</code> ) <li>surrogates ( <code>U+D800-DFFF</code> ) <li>invalid characters (
   * <code>U+10FFFF</code> ) </ul>
   *
   * <p>To enable logging with CloudWatch Logs, the name should only contain 0-9, A-Z, a-z, - and _.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 80 characters. CloudFormation
   * property {@code Name}.
   */
  public Activity name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Activity name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The list of tags to add to a resource.
   *
   * <p>Tags may only contain Unicode letters, digits, white space, or these symbols: <code>_ . : /
   * = + - &#64;</code> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Activity tags(List<TagsEntry> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Activity tags(Value<List<TagsEntry>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Activity tags(TagsEntry... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Activity tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the ARN of the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the name of the activity. For example:
   *
   * <p><code>{ "Fn::GetAtt": ["MyActivity", "Name"] }</code>
   *
   * <p>Returns a value similar to the following:
   *
   * <p><code>myActivity</code>
   *
   * <p>For more information about using <code>Fn::GetAtt</code> , see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getatt.html">Fn::GetAtt</a>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Settings to configure server-side encryption for an activity. By default, Step Functions
   * provides transparent server-side encryption. With this configuration, you can specify a
   * customer managed AWS key for encryption.
   *
   * <p>Property type {@code AWS::StepFunctions::Activity.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::Activity.EncryptionConfiguration")
        .required("Type")
        .constrain("KmsDataKeyReusePeriodSeconds", Constraint.of().minimum(60).maximum(900))
        .allowed("Type", "CUSTOMER_MANAGED_KMS_KEY", "AWS_OWNED_KEY")
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Maximum duration that Step Functions will reuse data keys. When the period expires, Step
     * Functions will call <code>GenerateDataKey</code> . Only applies to customer managed keys.
     *
     * <p>Range: 60 to 900. CloudFormation property {@code KmsDataKeyReusePeriodSeconds}.
     */
    public EncryptionConfiguration kmsDataKeyReusePeriodSeconds(int value) {
      return set("KmsDataKeyReusePeriodSeconds", Value.of(value));
    }

    /**
     * Sets {@code KmsDataKeyReusePeriodSeconds} to this value; see {@link
     * #kmsDataKeyReusePeriodSeconds(int)}.
     */
    public EncryptionConfiguration kmsDataKeyReusePeriodSeconds(Value<Integer> value) {
      return set("KmsDataKeyReusePeriodSeconds", value);
    }

    /**
     * An alias, alias ARN, key ID, or key ARN of a symmetric encryption AWS key to encrypt data. To
     * specify a AWS key in a different AWS account, you must use the key ARN or alias ARN.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public EncryptionConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public EncryptionConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * Encryption option for an activity.
     *
     * <p>Required. Allowed values: {@code CUSTOMER_MANAGED_KMS_KEY}, {@code AWS_OWNED_KEY}.
     * CloudFormation property {@code Type}.
     */
    public EncryptionConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EncryptionConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The <code>TagsEntry</code> property specifies <em>tags</em> to identify an activity.
   *
   * <p>Property type {@code AWS::StepFunctions::Activity.TagsEntry}.
   */
  public static final class TagsEntry extends Struct<TagsEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::StepFunctions::Activity.TagsEntry")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(1).maxLength(256))
        .build();

    public TagsEntry() {
      super(SCHEMA);
    }

    /**
     * The <code>key</code> for a key-value pair in a tag entry.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public TagsEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsEntry key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The <code>value</code> for a key-value pair in a tag entry.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Value}.
     */
    public TagsEntry value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsEntry value(Value<String> value) {
      return set("Value", value);
    }
  }
}
