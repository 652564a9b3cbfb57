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
 * This resource specifies browser settings that can be associated with a web portal. Once
 * associated with a web portal, browser settings control how the browser will behave once a user
 * starts a streaming session for the web portal.
 *
 * <p>CloudFormation type {@code AWS::WorkSpacesWeb::BrowserSettings}.
 */
public final class BrowserSettings extends Resource<BrowserSettings> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::BrowserSettings")
      .constrain("BrowserPolicy", Constraint.of().pattern("^\\{[\\S\\s]*\\}\\s*$").minLength(2).maxLength(131072))
      .constrain("CustomerManagedKey", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:kms:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:key\\/[a-zA-Z0-9-]+$").minLength(20).maxLength(2048))
      .refYields("BrowserSettingsArn")
      .attributes("AssociatedPortalArns", "BrowserSettingsArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public BrowserSettings(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Additional encryption context of the browser settings.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * AdditionalEncryptionContext}.
   */
  public BrowserSettings additionalEncryptionContext(Map<String, String> value) {
    return set("AdditionalEncryptionContext", Value.mapOf(value));
  }

  /**
   * Sets {@code AdditionalEncryptionContext} to this value; see {@link
   * #additionalEncryptionContext(Map)}.
   */
  public BrowserSettings additionalEncryptionContext(Value<Map<String, String>> value) {
    return set("AdditionalEncryptionContext", value);
  }

  /**
   * A JSON string containing Chrome Enterprise policies that will be applied to all streaming
   * sessions.
   *
   * <p>Length: 2 to 131072 characters. Pattern: {@code ^&#92;{[&#92;S&#92;s]*&#92;}&#92;s*$}.
   * CloudFormation property {@code BrowserPolicy}.
   */
  public BrowserSettings browserPolicy(String value) {
    return set("BrowserPolicy", Value.of(value));
  }

  /** Sets {@code BrowserPolicy} to this value; see {@link #browserPolicy(String)}. */
  public BrowserSettings browserPolicy(Value<String> value) {
    return set("BrowserPolicy", value);
  }

  /**
   * The custom managed key of the browser settings.
   *
   * <p><em>Pattern</em> :
   * <code>^arn:[&#92;w+=&#92;/,.&#64;-]+:kms:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:key&#92;/[a-zA-Z0-9-]+$</code>
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:kms:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:key&#92;/[a-zA-Z0-9-]+$}.
   * CloudFormation property {@code CustomerManagedKey}.
   */
  public BrowserSettings customerManagedKey(String value) {
    return set("CustomerManagedKey", Value.of(value));
  }

  /** Sets {@code CustomerManagedKey} to this value; see {@link #customerManagedKey(String)}. */
  public BrowserSettings customerManagedKey(Value<String> value) {
    return set("CustomerManagedKey", value);
  }

  /**
   * The tags to add to the browser settings resource. A tag is a key-value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public BrowserSettings tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public BrowserSettings tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public BrowserSettings tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The policy that specifies which URLs end users are allowed to access or which URLs or domain
   * categories they are restricted from accessing for enhanced security.
   *
   * <p>CloudFormation property {@code WebContentFilteringPolicy}.
   */
  public BrowserSettings webContentFilteringPolicy(Value<WebContentFilteringPolicy> value) {
    return set("WebContentFilteringPolicy", value);
  }

  /**
   * A list of web portal ARNs that the browser settings resource is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedPortalArns}.
   */
  public Value<List<String>> associatedPortalArns() {
    return getAtt("AssociatedPortalArns");
  }

  /**
   * The ARN of the browser settings.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BrowserSettingsArn}.
   */
  public Value<String> browserSettingsArn() {
    return getAtt("BrowserSettingsArn");
  }

  /**
   * The policy that specifies which URLs end users are allowed to access or which URLs or domain
   * categories they are restricted from accessing for enhanced security.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::BrowserSettings.WebContentFilteringPolicy}.
   */
  public static final class WebContentFilteringPolicy extends Struct<WebContentFilteringPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::BrowserSettings.WebContentFilteringPolicy")
        .constrain("AllowedUrls", Constraint.of().pattern("^((([a-zA-Z][a-zA-Z0-9+.-]*):\\/\\/(\\*|[\\w%._\\-\\+~#=@]+)?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?)|(\\*|[\\w%._\\-\\+~#=@]+\\.[\\w%._\\-\\+~#=@]+)(?::(\\d{1,5}))?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(\\/\\/)?\\*))$"))
        .allowed("BlockedCategories", "Cults", "Gambling", "Nudity", "Pornography", "SexEducation",
            "Tasteless", "Violence", "DownloadSites", "ImageSharing", "PeerToPeer",
            "StreamingMediaAndDownloads", "GenerativeAI", "CriminalActivity", "Hacking",
            "HateAndIntolerance", "IllegalDrug", "IllegalSoftware", "SchoolCheating", "SelfHarm",
            "Weapons", "Chat", "Games", "InstantMessaging", "ProfessionalNetwork",
            "SocialNetworking", "WebBasedEmail", "ParkedDomains")
        .constrain("BlockedUrls", Constraint.of().pattern("^((([a-zA-Z][a-zA-Z0-9+.-]*):\\/\\/(\\*|[\\w%._\\-\\+~#=@]+)?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?)|(\\*|[\\w%._\\-\\+~#=@]+\\.[\\w%._\\-\\+~#=@]+)(?::(\\d{1,5}))?(\\/[^@\\s]*)?(?:\\?([^*\\s]+(?:\\*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(\\/\\/)?\\*))$"))
        .build();

    public WebContentFilteringPolicy() {
      super(SCHEMA);
    }

    /**
     * URLs and domains that are always accessible to end users.
     *
     * <p>Pattern: {@code
     * ^((([a-zA-Z][a-zA-Z0-9+.-]*):&#92;/&#92;/(&#92;*|[&#92;w%._&#92;-&#92;+~#=&#64;]+)?(&#92;/[^&#64;&#92;s]*)?(?:&#92;?([^*&#92;s]+(?:&#92;*?)))?)|(&#92;*|[&#92;w%._&#92;-&#92;+~#=&#64;]+&#92;.[&#92;w%._&#92;-&#92;+~#=&#64;]+)(?::(&#92;d{1,5}))?(&#92;/[^&#64;&#92;s]*)?(?:&#92;?([^*&#92;s]+(?:&#92;*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(&#92;/&#92;/)?&#92;*))$}.
     * CloudFormation property {@code AllowedUrls}.
     */
    public WebContentFilteringPolicy allowedUrls(List<String> value) {
      return set("AllowedUrls", Value.listOf(value));
    }

    /** Sets {@code AllowedUrls} to this value; see {@link #allowedUrls(List)}. */
    public WebContentFilteringPolicy allowedUrls(Value<List<String>> value) {
      return set("AllowedUrls", value);
    }

    /**
     * Categories of websites that are blocked on the end user's browsers.
     *
     * <p>Allowed values: {@code Cults}, {@code Gambling}, {@code Nudity}, {@code Pornography},
     * {@code SexEducation}, {@code Tasteless}, {@code Violence}, {@code DownloadSites}, {@code
     * ImageSharing}, {@code PeerToPeer}, {@code StreamingMediaAndDownloads}, {@code GenerativeAI},
     * {@code CriminalActivity}, {@code Hacking}, {@code HateAndIntolerance}, {@code IllegalDrug},
     * {@code IllegalSoftware}, {@code SchoolCheating}, {@code SelfHarm}, {@code Weapons}, {@code
     * Chat}, {@code Games}, {@code InstantMessaging}, {@code ProfessionalNetwork}, {@code
     * SocialNetworking}, {@code WebBasedEmail}, {@code ParkedDomains}. CloudFormation property
     * {@code BlockedCategories}.
     */
    public WebContentFilteringPolicy blockedCategories(List<String> value) {
      return set("BlockedCategories", Value.listOf(value));
    }

    /** Sets {@code BlockedCategories} to this value; see {@link #blockedCategories(List)}. */
    public WebContentFilteringPolicy blockedCategories(Value<List<String>> value) {
      return set("BlockedCategories", value);
    }

    /**
     * URLs and domains that end users cannot access.
     *
     * <p>Pattern: {@code
     * ^((([a-zA-Z][a-zA-Z0-9+.-]*):&#92;/&#92;/(&#92;*|[&#92;w%._&#92;-&#92;+~#=&#64;]+)?(&#92;/[^&#64;&#92;s]*)?(?:&#92;?([^*&#92;s]+(?:&#92;*?)))?)|(&#92;*|[&#92;w%._&#92;-&#92;+~#=&#64;]+&#92;.[&#92;w%._&#92;-&#92;+~#=&#64;]+)(?::(&#92;d{1,5}))?(&#92;/[^&#64;&#92;s]*)?(?:&#92;?([^*&#92;s]+(?:&#92;*?)))?|(([a-zA-Z][a-zA-Z0-9+.-]*):(&#92;/&#92;/)?&#92;*))$}.
     * CloudFormation property {@code BlockedUrls}.
     */
    public WebContentFilteringPolicy blockedUrls(List<String> value) {
      return set("BlockedUrls", Value.listOf(value));
    }

    /** Sets {@code BlockedUrls} to this value; see {@link #blockedUrls(List)}. */
    public WebContentFilteringPolicy blockedUrls(Value<List<String>> value) {
      return set("BlockedUrls", value);
    }
  }
}
