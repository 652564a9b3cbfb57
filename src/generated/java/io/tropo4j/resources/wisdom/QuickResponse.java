// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wisdom;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an Amazon Q in Connect quick response.
 *
 * <p>CloudFormation type {@code AWS::Wisdom::QuickResponse}.
 */
public final class QuickResponse extends Resource<QuickResponse> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::QuickResponse")
      .required("Content", "KnowledgeBaseArn", "Name")
      .allowed("Channels", "Chat", "Email")
      .constrain("Channels", Constraint.of().minLength(1).maxLength(10))
      .constrain("ContentType", Constraint.of().pattern("^(application/x\\.quickresponse;format=(plain|markdown))$"))
      .constrain("Description", Constraint.of().minLength(1).maxLength(255))
      .constrain("KnowledgeBaseArn", Constraint.of().pattern("^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$"))
      .constrain("Language", Constraint.of().minLength(2).maxLength(5))
      .constrain("Name", Constraint.of().minLength(1).maxLength(100))
      .constrain("ShortcutKey", Constraint.of().minLength(1).maxLength(100))
      .refYields("QuickResponseArn")
      .attributes("Contents", "QuickResponseArn", "QuickResponseId", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public QuickResponse(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Connect contact channels this quick response applies to. The supported contact
   * channel types include <code>Chat</code> .
   *
   * <p>Allowed values: {@code Chat}, {@code Email}. Length: 1 to 10 characters. CloudFormation
   * property {@code Channels}.
   */
  public QuickResponse channels(List<String> value) {
    return set("Channels", Value.listOf(value));
  }

  /** Sets {@code Channels} to this value; see {@link #channels(List)}. */
  public QuickResponse channels(Value<List<String>> value) {
    return set("Channels", value);
  }

  /**
   * The content of the quick response.
   *
   * <p>Required. CloudFormation property {@code Content}.
   */
  public QuickResponse content(Value<QuickResponseContentProvider> value) {
    return set("Content", value);
  }

  /**
   * The media type of the quick response content.
   *
   * <ul> <li>Use <code>application/x.quickresponse;format=plain</code> for quick response written
   * in plain text. <li>Use <code>application/x.quickresponse;format=markdown</code> for quick
   * response written in richtext. </ul>
   *
   * <p>Pattern: {@code ^(application/x&#92;.quickresponse;format=(plain|markdown))$}.
   * CloudFormation property {@code ContentType}.
   */
  public QuickResponse contentType(String value) {
    return set("ContentType", Value.of(value));
  }

  /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
  public QuickResponse contentType(Value<String> value) {
    return set("ContentType", value);
  }

  /**
   * The description of the quick response.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Description}.
   */
  public QuickResponse description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public QuickResponse description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The configuration information of the user groups that the quick response is accessible to.
   *
   * <p>CloudFormation property {@code GroupingConfiguration}.
   */
  public QuickResponse groupingConfiguration(Value<GroupingConfiguration> value) {
    return set("GroupingConfiguration", value);
  }

  /**
   * Whether the quick response is active.
   *
   * <p>CloudFormation property {@code IsActive}.
   */
  public QuickResponse isActive(boolean value) {
    return set("IsActive", Value.of(value));
  }

  /** Sets {@code IsActive} to this value; see {@link #isActive(boolean)}. */
  public QuickResponse isActive(Value<Boolean> value) {
    return set("IsActive", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the knowledge base.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$}.
   * CloudFormation property {@code KnowledgeBaseArn}.
   */
  public QuickResponse knowledgeBaseArn(String value) {
    return set("KnowledgeBaseArn", Value.of(value));
  }

  /** Sets {@code KnowledgeBaseArn} to this value; see {@link #knowledgeBaseArn(String)}. */
  public QuickResponse knowledgeBaseArn(Value<String> value) {
    return set("KnowledgeBaseArn", value);
  }

  /**
   * The language code value for the language in which the quick response is written. The supported
   * language codes include <code>de_DE</code> , <code>en_US</code> , <code>es_ES</code> ,
   * <code>fr_FR</code> , <code>id_ID</code> , <code>it_IT</code> , <code>ja_JP</code> ,
   * <code>ko_KR</code> , <code>pt_BR</code> , <code>zh_CN</code> , <code>zh_TW</code>
   *
   * <p>Length: 2 to 5 characters. CloudFormation property {@code Language}.
   */
  public QuickResponse language(String value) {
    return set("Language", Value.of(value));
  }

  /** Sets {@code Language} to this value; see {@link #language(String)}. */
  public QuickResponse language(Value<String> value) {
    return set("Language", value);
  }

  /**
   * The name of the quick response.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Name}.
   */
  public QuickResponse name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public QuickResponse name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The shortcut key of the quick response. The value should be unique across the knowledge base.
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code ShortcutKey}.
   */
  public QuickResponse shortcutKey(String value) {
    return set("ShortcutKey", Value.of(value));
  }

  /** Sets {@code ShortcutKey} to this value; see {@link #shortcutKey(String)}. */
  public QuickResponse shortcutKey(Value<String> value) {
    return set("ShortcutKey", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public QuickResponse tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public QuickResponse tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public QuickResponse tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The content of the quick response stored in different media types.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Contents}.
   */
  public Value<QuickResponseContents> contents() {
    return getAtt("Contents");
  }

  /**
   * The Amazon Resource Name (ARN) of the quick response.
   *
   * <p>{@code Fn::GetAtt} attribute {@code QuickResponseArn}.
   */
  public Value<String> quickResponseArn() {
    return getAtt("QuickResponseArn");
  }

  /**
   * The identifier of the quick response.
   *
   * <p>{@code Fn::GetAtt} attribute {@code QuickResponseId}.
   */
  public Value<String> quickResponseId() {
    return getAtt("QuickResponseId");
  }

  /**
   * The status of the quick response data.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The configuration information of the grouping of Amazon Q in Connect users.
   *
   * <p>Property type {@code AWS::Wisdom::QuickResponse.GroupingConfiguration}.
   */
  public static final class GroupingConfiguration extends Struct<GroupingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::QuickResponse.GroupingConfiguration")
        .required("Criteria", "Values")
        .constrain("Criteria", Constraint.of().minLength(1).maxLength(100))
        .constrain("Values", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public GroupingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The criteria used for grouping Amazon Q in Connect users.
     *
     * <p>The following is the list of supported criteria values.
     *
     * <ul> <li><code>RoutingProfileArn</code> : Grouping the users by their <a
     * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_RoutingProfile.html">Amazon
     * Connect routing profile ARN</a> . User should have <a
     * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchRoutingProfiles.html">SearchRoutingProfile</a>
     * and <a
     * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeRoutingProfile.html">DescribeRoutingProfile</a>
     * permissions when setting criteria to this value. </ul>
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Criteria}.
     */
    public GroupingConfiguration criteria(String value) {
      return set("Criteria", Value.of(value));
    }

    /** Sets {@code Criteria} to this value; see {@link #criteria(String)}. */
    public GroupingConfiguration criteria(Value<String> value) {
      return set("Criteria", value);
    }

    /**
     * The list of values that define different groups of Amazon Q in Connect users.
     *
     * <ul> <li>When setting <code>criteria</code> to <code>RoutingProfileArn</code> , you need to
     * provide a list of ARNs of <a
     * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_RoutingProfile.html">Amazon
     * Connect routing profiles</a> as values of this parameter. </ul>
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code Values}.
     */
    public GroupingConfiguration values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public GroupingConfiguration values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The container quick response content.
   *
   * <p>Property type {@code AWS::Wisdom::QuickResponse.QuickResponseContentProvider}.
   */
  public static final class QuickResponseContentProvider extends Struct<QuickResponseContentProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::QuickResponse.QuickResponseContentProvider")
        .constrain("Content", Constraint.of().minLength(1).maxLength(4000))
        .build();

    public QuickResponseContentProvider() {
      super(SCHEMA);
    }

    /**
     * The content of the quick response.
     *
     * <p>Length: 1 to 4000 characters. CloudFormation property {@code Content}.
     */
    public QuickResponseContentProvider content(String value) {
      return set("Content", Value.of(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(String)}. */
    public QuickResponseContentProvider content(Value<String> value) {
      return set("Content", value);
    }
  }

  /**
   * The content of the quick response stored in different media types.
   *
   * <p>Property type {@code AWS::Wisdom::QuickResponse.QuickResponseContents}.
   */
  public static final class QuickResponseContents extends Struct<QuickResponseContents> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::QuickResponse.QuickResponseContents");

    public QuickResponseContents() {
      super(SCHEMA);
    }

    /**
     * The quick response content in markdown format.
     *
     * <p>CloudFormation property {@code Markdown}.
     */
    public QuickResponseContents markdown(Value<QuickResponseContentProvider> value) {
      return set("Markdown", value);
    }

    /**
     * The quick response content in plaintext format.
     *
     * <p>CloudFormation property {@code PlainText}.
     */
    public QuickResponseContents plainText(Value<QuickResponseContentProvider> value) {
      return set("PlainText", value);
    }
  }
}
