// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.macie;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Macie::AllowList</code> resource specifies an allow list. In Amazon Macie , an
 * allow list defines specific text or a text pattern for Macie to ignore when it inspects data
 * sources for sensitive data. If data matches text or a text pattern in an allow list, Macie
 * doesn’t report the data in sensitive data findings or sensitive data discovery results, even if
 * the data matches the criteria of a custom data identifier or a managed data identifier. You can
 * create and use allow lists in all the AWS Regions where Macie is currently available except the
 * Asia Pacific (Osaka) Region.
 *
 * <p>Macie supports two types of allow lists:
 *
 * <ul> <li><em>Predefined text</em> - For this type of list ( <code>S3WordsList</code> ), you
 * create a line-delimited plaintext file that lists specific text to ignore, and you store the file
 * in an Amazon Simple Storage Service ( Amazon S3 ) bucket. You then configure settings for Macie
 * to access the list in the bucket. </ul>
 *
 * <p>This type of list typically contains specific words, phrases, and other kinds of character
 * sequences that aren’t sensitive, aren't likely to change, and don’t necessarily adhere to a
 * common pattern. If you use this type of list, Macie doesn't report occurrences of text that
 * exactly match a complete entry in the list. Macie treats each entry in the list as a string
 * literal value. Matches aren't case sensitive.
 *
 * <ul> <li><em>Regular expression</em> - For this type of list ( <code>Regex</code> ), you specify
 * a regular expression that defines a text pattern to ignore. Unlike an allow list with predefined
 * text, you store the regex and all other list settings in Macie . </ul>
 *
 * <p>This type of list is helpful if you want to specify text that isn’t sensitive but varies or is
 * likely to change while also adhering to a common pattern. If you use this type of list, Macie
 * doesn't report occurrences of text that completely match the pattern defined by the list.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/macie/latest/user/allow-lists.html">Defining sensitive data
 * exceptions with allow lists</a> in the <em>Amazon Macie User Guide</em> .
 *
 * <p>An <code>AWS::Macie::Session</code> resource must exist for an AWS account before you can
 * create an <code>AWS::Macie::AllowList</code> resource for the account. Use a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
 * attribute</a> to ensure that an <code>AWS::Macie::Session</code> resource is created before other
 * Macie resources are created for an account. For example, <code>"DependsOn": "Session"</code> .
 *
 * <p>CloudFormation type {@code AWS::Macie::AllowList}.
 */
public final class AllowList extends Resource<AllowList> {
  private static final Schema SCHEMA = Schema.builder("AWS::Macie::AllowList")
      .required("Criteria", "Name")
      .refYields("Id")
      .attributes("Arn", "Id", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AllowList(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The criteria that specify the text or text pattern to ignore. The criteria can be the location
   * and name of an Amazon S3 object that lists specific text to ignore ( <code>S3WordsList</code>
   * ), or a regular expression ( <code>Regex</code> ) that defines a text pattern to ignore.
   *
   * <p>Required. CloudFormation property {@code Criteria}.
   */
  public AllowList criteria(Value<Criteria> value) {
    return set("Criteria", value);
  }

  /**
   * A custom description of the allow list. The description can contain 1-512 characters.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public AllowList description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AllowList description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A custom name for the allow list. The name can contain 1-128 characters.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public AllowList name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AllowList name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to the allow list.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Resource
   * tag</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AllowList tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AllowList tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AllowList tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the allow list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier for the allow list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The current status of the allow list, which indicates whether Amazon Macie can access and use
   * the list's criteria. If the list's criteria specify a regular expression ( <code>Regex</code>
   * ), this value is typically <code>OK</code> . Macie can compile the expression. If the list's
   * criteria specify an Amazon S3 object ( <code>S3WordsList</code> ), possible values are:
   *
   * <ul> <li><code>OK</code> - Macie can retrieve and parse the contents of the object.
   * <li><code>S3_OBJECT_ACCESS_DENIED</code> - Macie isn't allowed to access the object or the
   * object is encrypted with a customer managed AWS key that Macie isn't allowed to use. Check the
   * bucket policy and other permissions settings for the bucket and the object. If the object is
   * encrypted, also ensure that it's encrypted with a key that Macie is allowed to use.
   * <li><code>S3_OBJECT_EMPTY</code> - Macie can retrieve the object but the object doesn't contain
   * any content. Ensure that the object contains the correct entries. Also ensure that the list's
   * criteria specify the correct bucket and object names. <li><code>S3_OBJECT_NOT_FOUND</code> -
   * The object doesn't exist in Amazon S3 . Ensure that the list's criteria specify the correct
   * bucket and object names. <li><code>S3_OBJECT_OVERSIZE</code> - Macie can retrieve the object.
   * However, the object contains too many entries or its storage size exceeds the quota for an
   * allow list. Try breaking the list into multiple files and ensure that each file doesn't exceed
   * any quotas. Then configure list settings in Macie for each file. <li><code>S3_THROTTLED</code>
   * - Amazon S3 throttled the request to retrieve the object. Wait a few minutes and then try
   * again. <li><code>S3_USER_ACCESS_DENIED</code> - Amazon S3 denied the request to retrieve the
   * object. If the specified object exists, you're not allowed to access it or it's encrypted with
   * an AWS key that you're not allowed to use. Work with your AWS administrator to ensure that the
   * list's criteria specify the correct bucket and object names, and you have read access to the
   * bucket and the object. If the object is encrypted, also ensure that it's encrypted with a key
   * that you're allowed to use. <li><code>UNKNOWN_ERROR</code> - A transient or internal error
   * occurred when Macie attempted to retrieve or parse the object. Wait a few minutes and then try
   * again. A list can also have this status if it's encrypted with a key that Amazon S3 and Macie
   * can't access or use. </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/macie/latest/user/allow-lists-options.html">Allow list
   * options and requirements</a> in the <em>Amazon Macie User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Specifies the criteria for an allow list, which is a list that defines specific text or a text
   * pattern to ignore when inspecting data sources for sensitive data. The criteria can be:
   *
   * <ul> <li>The location and name of an Amazon Simple Storage Service ( Amazon S3 ) object that
   * lists specific predefined text to ignore ( <code>S3WordsList</code> ), or <li>A regular
   * expression ( <code>Regex</code> ) that defines a text pattern to ignore. </ul>
   *
   * <p>The criteria must specify either an S3 object or a regular expression. It can't specify
   * both.
   *
   * <p>Property type {@code AWS::Macie::AllowList.Criteria}.
   */
  public static final class Criteria extends Struct<Criteria> {
    private static final Schema SCHEMA = Schema.of("AWS::Macie::AllowList.Criteria");

    public Criteria() {
      super(SCHEMA);
    }

    /**
     * The regular expression ( <em>regex</em> ) that defines the text pattern to ignore. The
     * expression can contain 1-512 characters.
     *
     * <p>CloudFormation property {@code Regex}.
     */
    public Criteria regex(String value) {
      return set("Regex", Value.of(value));
    }

    /** Sets {@code Regex} to this value; see {@link #regex(String)}. */
    public Criteria regex(Value<String> value) {
      return set("Regex", value);
    }

    /**
     * The location and name of an Amazon S3 object that lists specific text to ignore.
     *
     * <p>CloudFormation property {@code S3WordsList}.
     */
    public Criteria s3WordsList(Value<S3WordsList> value) {
      return set("S3WordsList", value);
    }
  }

  /**
   * Specifies the location and name of an Amazon Simple Storage Service ( Amazon S3 ) object that
   * lists specific, predefined text to ignore when inspecting data sources for sensitive data.
   *
   * <p>Property type {@code AWS::Macie::AllowList.S3WordsList}.
   */
  public static final class S3WordsList extends Struct<S3WordsList> {
    private static final Schema SCHEMA = Schema.builder("AWS::Macie::AllowList.S3WordsList")
        .required("BucketName", "ObjectKey")
        .build();

    public S3WordsList() {
      super(SCHEMA);
    }

    /**
     * The full name of the S3 bucket that contains the object. This value correlates to the
     * <code>Name</code> field of a bucket's properties in Amazon S3 .
     *
     * <p>This value is case sensitive. In addition, don't use wildcard characters or specify
     * partial values for the name.
     *
     * <p>Required. CloudFormation property {@code BucketName}.
     */
    public S3WordsList bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3WordsList bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The full name of the S3 object. This value correlates to the <code>Key</code> field of an
     * object's properties in Amazon S3 . If the name includes a path, include the complete path.
     * For example, <code>AllowLists/Macie/MyList.txt</code> .
     *
     * <p>This value is case sensitive. In addition, don't use wildcard characters or specify
     * partial values for the name.
     *
     * <p>Required. CloudFormation property {@code ObjectKey}.
     */
    public S3WordsList objectKey(String value) {
      return set("ObjectKey", Value.of(value));
    }

    /** Sets {@code ObjectKey} to this value; see {@link #objectKey(String)}. */
    public S3WordsList objectKey(Value<String> value) {
      return set("ObjectKey", value);
    }
  }
}
