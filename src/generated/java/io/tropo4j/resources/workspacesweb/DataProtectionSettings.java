// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspacesweb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The data protection settings resource that can be associated with a web portal.
 *
 * <p>CloudFormation type {@code AWS::WorkSpacesWeb::DataProtectionSettings}.
 */
public final class DataProtectionSettings extends Resource<DataProtectionSettings> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::DataProtectionSettings")
      .constrain("CustomerManagedKey", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:kms:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:key\\/[a-zA-Z0-9-]+$").minLength(20).maxLength(2048))
      .constrain("Description", Constraint.of().pattern("^[ _\\-\\d\\w]+$").minLength(1).maxLength(256))
      .constrain("DisplayName", Constraint.of().pattern("^[ _\\-\\d\\w]+$").minLength(1).maxLength(64))
      .refYields("DataProtectionSettingsArn")
      .attributes("AssociatedPortalArns", "CreationDate", "DataProtectionSettingsArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataProtectionSettings(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The additional encryption context of the data protection settings.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * AdditionalEncryptionContext}.
   */
  public DataProtectionSettings additionalEncryptionContext(Map<String, String> value) {
    return set("AdditionalEncryptionContext", Value.mapOf(value));
  }

  /**
   * Sets {@code AdditionalEncryptionContext} to this value; see {@link
   * #additionalEncryptionContext(Map)}.
   */
  public DataProtectionSettings additionalEncryptionContext(Value<Map<String, String>> value) {
    return set("AdditionalEncryptionContext", value);
  }

  /**
   * The customer managed key used to encrypt sensitive information in the data protection settings.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:kms:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:key&#92;/[a-zA-Z0-9-]+$}.
   * CloudFormation property {@code CustomerManagedKey}.
   */
  public DataProtectionSettings customerManagedKey(String value) {
    return set("CustomerManagedKey", Value.of(value));
  }

  /** Sets {@code CustomerManagedKey} to this value; see {@link #customerManagedKey(String)}. */
  public DataProtectionSettings customerManagedKey(Value<String> value) {
    return set("CustomerManagedKey", value);
  }

  /**
   * The description of the data protection settings.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^[ _&#92;-&#92;d&#92;w]+$}. CloudFormation
   * property {@code Description}.
   */
  public DataProtectionSettings description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataProtectionSettings description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the data protection settings.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[ _&#92;-&#92;d&#92;w]+$}. CloudFormation
   * property {@code DisplayName}.
   */
  public DataProtectionSettings displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public DataProtectionSettings displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The inline redaction configuration for the data protection settings.
   *
   * <p>CloudFormation property {@code InlineRedactionConfiguration}.
   */
  public DataProtectionSettings inlineRedactionConfiguration(Value<InlineRedactionConfiguration> value) {
    return set("InlineRedactionConfiguration", value);
  }

  /**
   * The tags of the data protection settings.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataProtectionSettings tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataProtectionSettings tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataProtectionSettings tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A list of web portal ARNs that this data protection settings resource is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedPortalArns}.
   */
  public Value<List<String>> associatedPortalArns() {
    return getAtt("AssociatedPortalArns");
  }

  /**
   * The creation date timestamp of the data protection settings.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDate}.
   */
  public Value<String> creationDate() {
    return getAtt("CreationDate");
  }

  /**
   * The ARN of the data protection settings resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataProtectionSettingsArn}.
   */
  public Value<String> dataProtectionSettingsArn() {
    return getAtt("DataProtectionSettingsArn");
  }

  /**
   * The pattern configuration for redacting custom data types in session.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::DataProtectionSettings.CustomPattern}.
   */
  public static final class CustomPattern extends Struct<CustomPattern> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::DataProtectionSettings.CustomPattern")
        .required("PatternName", "PatternRegex")
        .constrain("KeywordRegex", Constraint.of().pattern("^\\/((?:[^\\n])+)\\/([gimsuyvd]{0,8})$").minLength(0).maxLength(300))
        .constrain("PatternDescription", Constraint.of().pattern("^[ _\\-\\d\\w]+$").minLength(1).maxLength(256))
        .constrain("PatternName", Constraint.of().pattern("^[_\\-\\d\\w]+$").minLength(1).maxLength(20))
        .constrain("PatternRegex", Constraint.of().pattern("^\\/((?:[^\\n])+)\\/([gimsuyvd]{0,8})$").minLength(0).maxLength(300))
        .build();

    public CustomPattern() {
      super(SCHEMA);
    }

    /**
     * The keyword regex for the customer pattern. After there is a match to the pattern regex, the
     * keyword regex is used to search within the proximity of the match. If there is a keyword
     * match, then the match is confirmed. If no keyword regex is provided, the pattern regex match
     * will automatically be confirmed. The format must follow JavaScript regex format. The pattern
     * must be enclosed between slashes, and can have flags behind the second slash. For example,
     * “/ab+c/gi”
     *
     * <p>Length: 0 to 300 characters. Pattern: {@code
     * ^&#92;/((?:[^&#92;n])+)&#92;/([gimsuyvd]{0,8})$}. CloudFormation property {@code
     * KeywordRegex}.
     */
    public CustomPattern keywordRegex(String value) {
      return set("KeywordRegex", Value.of(value));
    }

    /** Sets {@code KeywordRegex} to this value; see {@link #keywordRegex(String)}. */
    public CustomPattern keywordRegex(Value<String> value) {
      return set("KeywordRegex", value);
    }

    /**
     * The pattern description for the customer pattern.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[ _&#92;-&#92;d&#92;w]+$}. CloudFormation
     * property {@code PatternDescription}.
     */
    public CustomPattern patternDescription(String value) {
      return set("PatternDescription", Value.of(value));
    }

    /** Sets {@code PatternDescription} to this value; see {@link #patternDescription(String)}. */
    public CustomPattern patternDescription(Value<String> value) {
      return set("PatternDescription", value);
    }

    /**
     * The pattern name for the custom pattern.
     *
     * <p>Required. Length: 1 to 20 characters. Pattern: {@code ^[_&#92;-&#92;d&#92;w]+$}.
     * CloudFormation property {@code PatternName}.
     */
    public CustomPattern patternName(String value) {
      return set("PatternName", Value.of(value));
    }

    /** Sets {@code PatternName} to this value; see {@link #patternName(String)}. */
    public CustomPattern patternName(Value<String> value) {
      return set("PatternName", value);
    }

    /**
     * The pattern regex for the customer pattern. The format must follow JavaScript regex format.
     * The pattern must be enclosed between slashes, and can have flags behind the second slash. For
     * example: “/ab+c/gi”.
     *
     * <p>Required. Length: 0 to 300 characters. Pattern: {@code
     * ^&#92;/((?:[^&#92;n])+)&#92;/([gimsuyvd]{0,8})$}. CloudFormation property {@code
     * PatternRegex}.
     */
    public CustomPattern patternRegex(String value) {
      return set("PatternRegex", Value.of(value));
    }

    /** Sets {@code PatternRegex} to this value; see {@link #patternRegex(String)}. */
    public CustomPattern patternRegex(Value<String> value) {
      return set("PatternRegex", value);
    }
  }

  /**
   * The configuration for in-session inline redaction.
   *
   * <p>Property type {@code
   * AWS::WorkSpacesWeb::DataProtectionSettings.InlineRedactionConfiguration}.
   */
  public static final class InlineRedactionConfiguration extends Struct<InlineRedactionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::DataProtectionSettings.InlineRedactionConfiguration")
        .required("InlineRedactionPatterns")
        .constrain("GlobalConfidenceLevel", Constraint.of().minimum(1).maximum(3))
        .constrain("GlobalEnforcedUrls", Constraint.of().pattern("^((([a-zA-Z][a-zA-Z0-9+.-]*):\\/\\/(\\*|[\\w%._\\-\\+~#=@]+)?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?)|(\\*|[\\w%._\\-\\+~#=@]+\\.[\\w%._\\-\\+~#=@]+)(?::(\\d{1,5}))?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(\\/\\/)?\\*))$"))
        .constrain("GlobalExemptUrls", Constraint.of().pattern("^((([a-zA-Z][a-zA-Z0-9+.-]*):\\/\\/(\\*|[\\w%._\\-\\+~#=@]+)?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?)|(\\*|[\\w%._\\-\\+~#=@]+\\.[\\w%._\\-\\+~#=@]+)(?::(\\d{1,5}))?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(\\/\\/)?\\*))$"))
        .build();

    public InlineRedactionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The global confidence level for the inline redaction configuration. This indicates the
     * certainty of data type matches in the redaction process. Confidence level 3 means high
     * confidence, and requires a formatted text pattern match in order for content to be redacted.
     * Confidence level 2 means medium confidence, and redaction considers both formatted and
     * unformatted text, and adds keyword associate to the logic. Confidence level 1 means low
     * confidence, and redaction is enforced for both formatted pattern + unformatted pattern
     * without keyword. This is applied to patterns that do not have a pattern-level confidence
     * level. Defaults to confidence level 2.
     *
     * <p>Range: 1 to 3. CloudFormation property {@code GlobalConfidenceLevel}.
     */
    public InlineRedactionConfiguration globalConfidenceLevel(double value) {
      return set("GlobalConfidenceLevel", Value.of(value));
    }

    /**
     * Sets {@code GlobalConfidenceLevel} to this value; see {@link #globalConfidenceLevel(double)}.
     */
    public InlineRedactionConfiguration globalConfidenceLevel(Value<Double> value) {
      return set("GlobalConfidenceLevel", value);
    }

    /**
     * The global enforced URL configuration for the inline redaction configuration. This is applied
     * to patterns that do not have a pattern-level enforced URL list.
     *
     * <p>Pattern: {@code
     * ^((([a-zA-Z][a-zA-Z0-9+.-]*):&#92;/&#92;/(&#92;*|[&#92;w%._&#92;-&#92;+~#=&#64;]+)?(&#92;/[^&#64;&#92;s]*)?(?:&#92;?([^*&#92;s]+(?:&#92;*?)))?)|(&#92;*|[&#92;w%._&#92;-&#92;+~#=&#64;]+&#92;.[&#92;w%._&#92;-&#92;+~#=&#64;]+)(?::(&#92;d{1,5}))?(&#92;/[^&#64;&#92;s]*)?(?:&#92;?([^*&#92;s]+(?:&#92;*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(&#92;/&#92;/)?&#92;*))$}.
     * CloudFormation property {@code GlobalEnforcedUrls}.
     */
    public InlineRedactionConfiguration globalEnforcedUrls(List<String> value) {
      return set("GlobalEnforcedUrls", Value.listOf(value));
    }

    /** Sets {@code GlobalEnforcedUrls} to this value; see {@link #globalEnforcedUrls(List)}. */
    public InlineRedactionConfiguration globalEnforcedUrls(Value<List<String>> value) {
      return set("GlobalEnforcedUrls", value);
    }

    /**
     * The global exempt URL configuration for the inline redaction configuration. This is applied
     * to patterns that do not have a pattern-level exempt URL list.
     *
     * <p>Pattern: {@code
     * ^((([a-zA-Z][a-zA-Z0-9+.-]*):&#92;/&#92;/(&#92;*|[&#92;w%._&#92;-&#92;+~#=&#64;]+)?(&#92;/[^&#64;&#92;s]*)?(?:&#92;?([^*&#92;s]+(?:&#92;*?)))?)|(&#92;*|[&#92;w%._&#92;-&#92;+~#=&#64;]+&#92;.[&#92;w%._&#92;-&#92;+~#=&#64;]+)(?::(&#92;d{1,5}))?(&#92;/[^&#64;&#92;s]*)?(?:&#92;?([^*&#92;s]+(?:&#92;*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(&#92;/&#92;/)?&#92;*))$}.
     * CloudFormation property {@code GlobalExemptUrls}.
     */
    public InlineRedactionConfiguration globalExemptUrls(List<String> value) {
      return set("GlobalExemptUrls", Value.listOf(value));
    }

    /** Sets {@code GlobalExemptUrls} to this value; see {@link #globalExemptUrls(List)}. */
    public InlineRedactionConfiguration globalExemptUrls(Value<List<String>> value) {
      return set("GlobalExemptUrls", value);
    }

    /**
     * The inline redaction patterns to be enabled for the inline redaction configuration.
     *
     * <p>Required. CloudFormation property {@code InlineRedactionPatterns}.
     */
    public InlineRedactionConfiguration inlineRedactionPatterns(List<InlineRedactionPattern> value) {
      return set("InlineRedactionPatterns", Value.listOf(value));
    }

    /**
     * Sets {@code InlineRedactionPatterns} to this value; see {@link
     * #inlineRedactionPatterns(List)}.
     */
    public InlineRedactionConfiguration inlineRedactionPatterns(Value<List<InlineRedactionPattern>> value) {
      return set("InlineRedactionPatterns", value);
    }

    /**
     * Sets {@code InlineRedactionPatterns} to a list of these; see {@link
     * #inlineRedactionPatterns(List)}.
     */
    public InlineRedactionConfiguration inlineRedactionPatterns(InlineRedactionPattern... values) {
      return set("InlineRedactionPatterns", Value.list(values));
    }
  }

  /**
   * The set of patterns that determine the data types redacted in session.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::DataProtectionSettings.InlineRedactionPattern}.
   */
  public static final class InlineRedactionPattern extends Struct<InlineRedactionPattern> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::DataProtectionSettings.InlineRedactionPattern")
        .required("RedactionPlaceHolder")
        .constrain("BuiltInPatternId", Constraint.of().pattern("^[_\\-\\d\\w]+$").minLength(1).maxLength(50))
        .constrain("ConfidenceLevel", Constraint.of().minimum(1).maximum(3))
        .constrain("EnforcedUrls", Constraint.of().pattern("^((([a-zA-Z][a-zA-Z0-9+.-]*):\\/\\/(\\*|[\\w%._\\-\\+~#=@]+)?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?)|(\\*|[\\w%._\\-\\+~#=@]+\\.[\\w%._\\-\\+~#=@]+)(?::(\\d{1,5}))?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(\\/\\/)?\\*))$"))
        .constrain("ExemptUrls", Constraint.of().pattern("^((([a-zA-Z][a-zA-Z0-9+.-]*):\\/\\/(\\*|[\\w%._\\-\\+~#=@]+)?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?)|(\\*|[\\w%._\\-\\+~#=@]+\\.[\\w%._\\-\\+~#=@]+)(?::(\\d{1,5}))?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(\\/\\/)?\\*))$"))
        .build();

    public InlineRedactionPattern() {
      super(SCHEMA);
    }

    /**
     * The built-in pattern from the list of preconfigured patterns. Either a customPattern or
     * builtInPatternId is required. To view the entire list of data types and their corresponding
     * built-in pattern IDs, see <a
     * href="https://docs.aws.amazon.com/workspaces-web/latest/adminguide/base-inline-redaction.html">Base
     * inline redaction</a> .
     *
     * <p>Length: 1 to 50 characters. Pattern: {@code ^[_&#92;-&#92;d&#92;w]+$}. CloudFormation
     * property {@code BuiltInPatternId}.
     */
    public InlineRedactionPattern builtInPatternId(String value) {
      return set("BuiltInPatternId", Value.of(value));
    }

    /** Sets {@code BuiltInPatternId} to this value; see {@link #builtInPatternId(String)}. */
    public InlineRedactionPattern builtInPatternId(Value<String> value) {
      return set("BuiltInPatternId", value);
    }

    /**
     * The confidence level for inline redaction pattern. This indicates the certainty of data type
     * matches in the redaction process. Confidence level 3 means high confidence, and requires a
     * formatted text pattern match in order for content to be redacted. Confidence level 2 means
     * medium confidence, and redaction considers both formatted and unformatted text, and adds
     * keyword associate to the logic. Confidence level 1 means low confidence, and redaction is
     * enforced for both formatted pattern + unformatted pattern without keyword. This overrides the
     * global confidence level.
     *
     * <p>Range: 1 to 3. CloudFormation property {@code ConfidenceLevel}.
     */
    public InlineRedactionPattern confidenceLevel(double value) {
      return set("ConfidenceLevel", Value.of(value));
    }

    /** Sets {@code ConfidenceLevel} to this value; see {@link #confidenceLevel(double)}. */
    public InlineRedactionPattern confidenceLevel(Value<Double> value) {
      return set("ConfidenceLevel", value);
    }

    /**
     * The configuration for a custom pattern. Either a customPattern or builtInPatternId is
     * required.
     *
     * <p>CloudFormation property {@code CustomPattern}.
     */
    public InlineRedactionPattern customPattern(Value<CustomPattern> value) {
      return set("CustomPattern", value);
    }

    /**
     * The enforced URL configuration for the inline redaction pattern. This will override the
     * global enforced URL configuration.
     *
     * <p>Pattern: {@code
     * ^((([a-zA-Z][a-zA-Z0-9+.-]*):&#92;/&#92;/(&#92;*|[&#92;w%._&#92;-&#92;+~#=&#64;]+)?(&#92;/[^&#64;&#92;s]*)?(?:&#92;?([^*&#92;s]+(?:&#92;*?)))?)|(&#92;*|[&#92;w%._&#92;-&#92;+~#=&#64;]+&#92;.[&#92;w%._&#92;-&#92;+~#=&#64;]+)(?::(&#92;d{1,5}))?(&#92;/[^&#64;&#92;s]*)?(?:&#92;?([^*&#92;s]+(?:&#92;*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(&#92;/&#92;/)?&#92;*))$}.
     * CloudFormation property {@code EnforcedUrls}.
     */
    public InlineRedactionPattern enforcedUrls(List<String> value) {
      return set("EnforcedUrls", Value.listOf(value));
    }

    /** Sets {@code EnforcedUrls} to this value; see {@link #enforcedUrls(List)}. */
    public InlineRedactionPattern enforcedUrls(Value<List<String>> value) {
      return set("EnforcedUrls", value);
    }

    /**
     * The exempt URL configuration for the inline redaction pattern. This will override the global
     * exempt URL configuration for the inline redaction pattern.
     *
     * <p>Pattern: {@code
     * ^((([a-zA-Z][a-zA-Z0-9+.-]*):&#92;/&#92;/(&#92;*|[&#92;w%._&#92;-&#92;+~#=&#64;]+)?(&#92;/[^&#64;&#92;s]*)?(?:&#92;?([^*&#92;s]+(?:&#92;*?)))?)|(&#92;*|[&#92;w%._&#92;-&#92;+~#=&#64;]+&#92;.[&#92;w%._&#92;-&#92;+~#=&#64;]+)(?::(&#92;d{1,5}))?(&#92;/[^&#64;&#92;s]*)?(?:&#92;?([^*&#92;s]+(?:&#92;*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(&#92;/&#92;/)?&#92;*))$}.
     * CloudFormation property {@code ExemptUrls}.
     */
    public InlineRedactionPattern exemptUrls(List<String> value) {
      return set("ExemptUrls", Value.listOf(value));
    }

    /** Sets {@code ExemptUrls} to this value; see {@link #exemptUrls(List)}. */
    public InlineRedactionPattern exemptUrls(Value<List<String>> value) {
      return set("ExemptUrls", value);
    }

    /**
     * The redaction placeholder that will replace the redacted text in session for the inline
     * redaction pattern.
     *
     * <p>Required. CloudFormation property {@code RedactionPlaceHolder}.
     */
    public InlineRedactionPattern redactionPlaceHolder(Value<RedactionPlaceHolder> value) {
      return set("RedactionPlaceHolder", value);
    }
  }

  /**
   * The redaction placeholder that will replace the redacted text in session.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::DataProtectionSettings.RedactionPlaceHolder}.
   */
  public static final class RedactionPlaceHolder extends Struct<RedactionPlaceHolder> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::DataProtectionSettings.RedactionPlaceHolder")
        .required("RedactionPlaceHolderType")
        .constrain("RedactionPlaceHolderText", Constraint.of().pattern("^[*_\\-\\d\\w]+$").minLength(1).maxLength(20))
        .allowed("RedactionPlaceHolderType", "CustomText")
        .build();

    public RedactionPlaceHolder() {
      super(SCHEMA);
    }

    /**
     * The redaction placeholder text that will replace the redacted text in session for the custom
     * text redaction placeholder type.
     *
     * <p>Length: 1 to 20 characters. Pattern: {@code ^[*_&#92;-&#92;d&#92;w]+$}. CloudFormation
     * property {@code RedactionPlaceHolderText}.
     */
    public RedactionPlaceHolder redactionPlaceHolderText(String value) {
      return set("RedactionPlaceHolderText", Value.of(value));
    }

    /**
     * Sets {@code RedactionPlaceHolderText} to this value; see {@link
     * #redactionPlaceHolderText(String)}.
     */
    public RedactionPlaceHolder redactionPlaceHolderText(Value<String> value) {
      return set("RedactionPlaceHolderText", value);
    }

    /**
     * The redaction placeholder type that will replace the redacted text in session.
     *
     * <p>Required. Allowed values: {@code CustomText}. CloudFormation property {@code
     * RedactionPlaceHolderType}.
     */
    public RedactionPlaceHolder redactionPlaceHolderType(String value) {
      return set("RedactionPlaceHolderType", Value.of(value));
    }

    /**
     * Sets {@code RedactionPlaceHolderType} to this value; see {@link
     * #redactionPlaceHolderType(String)}.
     */
    public RedactionPlaceHolder redactionPlaceHolderType(Value<String> value) {
      return set("RedactionPlaceHolderType", value);
    }
  }
}
