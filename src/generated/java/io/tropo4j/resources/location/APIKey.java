// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.location;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The API key resource in your AWS account, which lets you grant actions for Amazon Location
 * resources to the API key bearer.
 *
 * <p>CloudFormation type {@code AWS::Location::APIKey}.
 */
public final class APIKey extends Resource<APIKey> {
  private static final Schema SCHEMA = Schema.builder("AWS::Location::APIKey")
      .required("KeyName", "Restrictions")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1000))
      .constrain("ExpireTime", Constraint.of().pattern("^([0-2]\\d{3})-(0[0-9]|1[0-2])-([0-2]\\d|3[01])T([01]\\d|2[0-4]):([0-5]\\d):([0-6]\\d)((\\.\\d{3})?)Z$"))
      .constrain("KeyName", Constraint.of().pattern("^[-._\\w]+$").minLength(1).maxLength(100))
      .refYields("KeyName")
      .attributes("Arn", "CreateTime", "KeyArn", "UpdateTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public APIKey(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Updates the description for the API key resource.
   *
   * <p>Length: 0 to 1000 characters. CloudFormation property {@code Description}.
   */
  public APIKey description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public APIKey description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The optional timestamp for when the API key resource will expire in <a
   * href="https://docs.aws.amazon.com/https://www.iso.org/iso-8601-date-and-time-format.html">ISO
   * 8601 format</a> .
   *
   * <p>Pattern: {@code
   * ^([0-2]&#92;d{3})-(0[0-9]|1[0-2])-([0-2]&#92;d|3[01])T([01]&#92;d|2[0-4]):([0-5]&#92;d):([0-6]&#92;d)((&#92;.&#92;d{3})?)Z$}.
   * CloudFormation property {@code ExpireTime}.
   */
  public APIKey expireTime(String value) {
    return set("ExpireTime", Value.of(value));
  }

  /** Sets {@code ExpireTime} to this value; see {@link #expireTime(String)}. */
  public APIKey expireTime(Value<String> value) {
    return set("ExpireTime", value);
  }

  /**
   * ForceDelete bypasses an API key's expiry conditions and deletes the key. Set the parameter
   * <code>true</code> to delete the key or to <code>false</code> to not preemptively delete the API
   * key.
   *
   * <p>Valid values: <code>true</code> , or <code>false</code> .
   *
   * <p>This action is irreversible. Only use ForceDelete if you are certain the key is no longer in
   * use.
   *
   * <p>CloudFormation property {@code ForceDelete}.
   */
  public APIKey forceDelete(boolean value) {
    return set("ForceDelete", Value.of(value));
  }

  /** Sets {@code ForceDelete} to this value; see {@link #forceDelete(boolean)}. */
  public APIKey forceDelete(Value<Boolean> value) {
    return set("ForceDelete", value);
  }

  /**
   * The boolean flag to be included for updating <code>ExpireTime</code> or Restrictions details.
   * Must be set to <code>true</code> to update an API key resource that has been used in the past 7
   * days. <code>False</code> if force update is not preferred.
   *
   * <p>CloudFormation property {@code ForceUpdate}.
   */
  public APIKey forceUpdate(boolean value) {
    return set("ForceUpdate", Value.of(value));
  }

  /** Sets {@code ForceUpdate} to this value; see {@link #forceUpdate(boolean)}. */
  public APIKey forceUpdate(Value<Boolean> value) {
    return set("ForceUpdate", value);
  }

  /**
   * A custom name for the API key resource.
   *
   * <p>Requirements:
   *
   * <ul> <li>Contain only alphanumeric characters (A–Z, a–z, 0–9), hyphens (-), periods (.), and
   * underscores (_). <li>Must be a unique API key name. <li>No spaces allowed. For example,
   * <code>ExampleAPIKey</code> . </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[-._&#92;w]+$}. CloudFormation property {@code KeyName}.
   */
  public APIKey keyName(String value) {
    return set("KeyName", Value.of(value));
  }

  /** Sets {@code KeyName} to this value; see {@link #keyName(String)}. */
  public APIKey keyName(Value<String> value) {
    return set("KeyName", value);
  }

  /**
   * Whether the API key should expire. Set to <code>true</code> to set the API key to have no
   * expiration time.
   *
   * <p>CloudFormation property {@code NoExpiry}.
   */
  public APIKey noExpiry(boolean value) {
    return set("NoExpiry", Value.of(value));
  }

  /** Sets {@code NoExpiry} to this value; see {@link #noExpiry(boolean)}. */
  public APIKey noExpiry(Value<Boolean> value) {
    return set("NoExpiry", value);
  }

  /**
   * The API key restrictions for the API key resource.
   *
   * <p>Required. CloudFormation property {@code Restrictions}.
   */
  public APIKey restrictions(Value<ApiKeyRestrictions> value) {
    return set("Restrictions", value);
  }

  /**
   * Applies one or more tags to the map resource. A tag is a key-value pair that helps manage,
   * identify, search, and filter your resources by labelling them.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public APIKey tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public APIKey tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public APIKey tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the resource. Used when you need to specify a resource
   * across all AWS .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp for when the API key resource was created in ISO 8601 format:
   * YYYY-MM-DDThh:mm:ss.sssZ.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * The Amazon Resource Name (ARN) for the API key resource. Used when you need to specify a
   * resource across all AWS .
   *
   * <p>{@code Fn::GetAtt} attribute {@code KeyArn}.
   */
  public Value<String> keyArn() {
    return getAtt("KeyArn");
  }

  /**
   * The timestamp for when the API key resource was last updated in ISO 8601 format:
   * <code>YYYY-MM-DDThh:mm:ss.sssZ</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateTime}.
   */
  public Value<String> updateTime() {
    return getAtt("UpdateTime");
  }

  /** Property type {@code AWS::Location::APIKey.AndroidApp}. */
  public static final class AndroidApp extends Struct<AndroidApp> {
    private static final Schema SCHEMA = Schema.builder("AWS::Location::APIKey.AndroidApp")
        .required("CertificateFingerprint", "Package")
        .constrain("CertificateFingerprint", Constraint.of().pattern("^([A-Fa-f0-9]{2}:){19}[A-Fa-f0-9]{2}$").minLength(59).maxLength(59))
        .constrain("Package", Constraint.of().pattern("^([A-Za-z][A-Za-z\\d_]*\\.)+[A-Za-z][A-Za-z\\d_]*$").minLength(1).maxLength(255))
        .build();

    public AndroidApp() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 59 to 59 characters. Pattern: {@code
     * ^([A-Fa-f0-9]{2}:){19}[A-Fa-f0-9]{2}$}. CloudFormation property {@code
     * CertificateFingerprint}.
     */
    public AndroidApp certificateFingerprint(String value) {
      return set("CertificateFingerprint", Value.of(value));
    }

    /**
     * Sets {@code CertificateFingerprint} to this value; see {@link
     * #certificateFingerprint(String)}.
     */
    public AndroidApp certificateFingerprint(Value<String> value) {
      return set("CertificateFingerprint", value);
    }

    /**
     * Required. Length: 1 to 255 characters. Pattern: {@code
     * ^([A-Za-z][A-Za-z&#92;d_]*&#92;.)+[A-Za-z][A-Za-z&#92;d_]*$}. CloudFormation property {@code
     * Package}.
     */
    public AndroidApp packageProperty(String value) {
      return set("Package", Value.of(value));
    }

    /** Sets {@code Package} to this value; see {@link #packageProperty(String)}. */
    public AndroidApp packageProperty(Value<String> value) {
      return set("Package", value);
    }
  }

  /**
   * API Restrictions on the allowed actions, resources, and referers for an API key resource.
   *
   * <p>Property type {@code AWS::Location::APIKey.ApiKeyRestrictions}.
   */
  public static final class ApiKeyRestrictions extends Struct<ApiKeyRestrictions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Location::APIKey.ApiKeyRestrictions")
        .required("AllowActions", "AllowResources")
        .constrain("AllowActions", Constraint.of().pattern("^(geo|geo-routes|geo-places|geo-maps):\\w*\\*?$").minLength(5).maxLength(200))
        .constrain("AllowReferers", Constraint.of().pattern("^([\\w!$&()*+,./:;=?@\\x60-]|%([\\dA-Fa-f]{2}|[\\dA-Fa-f]?\\*))+$").maxLength(253))
        .constrain("AllowResources", Constraint.of().pattern("(^arn(:[a-z0-9]+([.-][a-z0-9]+)*):geo(:([a-z0-9]+([.-][a-z0-9]+)*))(:[0-9]+):((\\*)|([-a-z]+[/][*-._\\w]+))$)|(^arn(:[a-z0-9]+([.-][a-z0-9]+)*):(geo-routes|geo-places|geo-maps)(:((\\*)|([a-z0-9]+([.-][a-z0-9]+)*)))::((provider[\\/][*-._\\w]+))$)").maxLength(1600))
        .build();

    public ApiKeyRestrictions() {
      super(SCHEMA);
    }

    /**
     * A list of allowed actions that an API key resource grants permissions to perform. You must
     * have at least one action for each type of resource. For example, if you have a place
     * resource, you must include at least one place action.
     *
     * <p>The following are valid values for the actions.
     *
     * <ul> <li><em>Map actions</em> </ul>
     *
     * <ul> <li><code>geo:GetMap*</code> - Allows all actions needed for map rendering.
     * <li><em>Enhanced Maps actions</em> </ul>
     *
     * <ul> <li><code>geo-maps:GetTile</code> - Allows getting map tiles for rendering.
     * <li><code>geo-maps:GetStaticMap</code> - Allows getting static map images. <li><em>Place
     * actions</em> </ul>
     *
     * <ul> <li><code>geo:SearchPlaceIndexForText</code> - Allows finding geo coordinates of a known
     * place. <li><code>geo:SearchPlaceIndexForPosition</code> - Allows getting nearest address to
     * geo coordinates. <li><code>geo:SearchPlaceIndexForSuggestions</code> - Allows suggestions
     * based on an incomplete or misspelled query. <li><code>geo:GetPlace</code> - Allows getting
     * details of a place. <li><em>Enhanced Places actions</em> </ul>
     *
     * <ul> <li><code>geo-places:Autcomplete</code> - Allows auto-completion of search text.
     * <li><code>geo-places:Geocode</code> - Allows finding geo coordinates of a known place.
     * <li><code>geo-places:GetPlace</code> - Allows getting details of a place.
     * <li><code>geo-places:ReverseGeocode</code> - Allows getting nearest address to geo
     * coordinates. <li><code>geo-places:SearchNearby</code> - Allows category based places search
     * around geo coordinates. <li><code>geo-places:SearchText</code> - Allows place or address
     * search based on free-form text. <li><code>geo-places:Suggest</code> - Allows suggestions
     * based on an incomplete or misspelled query. <li><em>Route actions</em> </ul>
     *
     * <ul> <li><code>geo:CalculateRoute</code> - Allows point to point routing.
     * <li><code>geo:CalculateRouteMatrix</code> - Allows matrix routing. <li><em>Enhanced Routes
     * actions</em> </ul>
     *
     * <ul> <li><code>geo-routes:CalculateIsolines</code> - Allows isoline calculation.
     * <li><code>geo-routes:CalculateRoutes</code> - Allows point to point routing.
     * <li><code>geo-routes:CalculateRouteMatrix</code> - Allows matrix routing.
     * <li><code>geo-routes:OptimizeWaypoints</code> - Allows computing the best sequence of
     * waypoints. <li><code>geo-routes:SnapToRoads</code> - Allows snapping GPS points to a likely
     * route. </ul>
     *
     * <p>You must use these strings exactly. For example, to provide access to map rendering, the
     * only valid action is <code>geo:GetMap*</code> as an input to the list.
     * <code>["geo:GetMap*"]</code> is valid but <code>["geo:GetTile"]</code> is not. Similarly, you
     * cannot use <code>["geo:SearchPlaceIndexFor*"]</code> - you must list each of the Place
     * actions separately.
     *
     * <p>Required. Length: 5 to 200 characters. Pattern: {@code
     * ^(geo|geo-routes|geo-places|geo-maps):&#92;w*&#92;*?$}. CloudFormation property {@code
     * AllowActions}.
     */
    public ApiKeyRestrictions allowActions(List<String> value) {
      return set("AllowActions", Value.listOf(value));
    }

    /** Sets {@code AllowActions} to this value; see {@link #allowActions(List)}. */
    public ApiKeyRestrictions allowActions(Value<List<String>> value) {
      return set("AllowActions", value);
    }

    /** CloudFormation property {@code AllowAndroidApps}. */
    public ApiKeyRestrictions allowAndroidApps(List<AndroidApp> value) {
      return set("AllowAndroidApps", Value.listOf(value));
    }

    /** Sets {@code AllowAndroidApps} to this value; see {@link #allowAndroidApps(List)}. */
    public ApiKeyRestrictions allowAndroidApps(Value<List<AndroidApp>> value) {
      return set("AllowAndroidApps", value);
    }

    /** Sets {@code AllowAndroidApps} to a list of these; see {@link #allowAndroidApps(List)}. */
    public ApiKeyRestrictions allowAndroidApps(AndroidApp... values) {
      return set("AllowAndroidApps", Value.list(values));
    }

    /** CloudFormation property {@code AllowAppleApps}. */
    public ApiKeyRestrictions allowAppleApps(List<AppleApp> value) {
      return set("AllowAppleApps", Value.listOf(value));
    }

    /** Sets {@code AllowAppleApps} to this value; see {@link #allowAppleApps(List)}. */
    public ApiKeyRestrictions allowAppleApps(Value<List<AppleApp>> value) {
      return set("AllowAppleApps", value);
    }

    /** Sets {@code AllowAppleApps} to a list of these; see {@link #allowAppleApps(List)}. */
    public ApiKeyRestrictions allowAppleApps(AppleApp... values) {
      return set("AllowAppleApps", Value.list(values));
    }

    /**
     * An optional list of allowed HTTP referers for which requests must originate from. Requests
     * using this API key from other domains will not be allowed.
     *
     * <p>Requirements:
     *
     * <ul> <li>Contain only alphanumeric characters (A–Z, a–z, 0–9) or any symbols in this list
     * <code>$&#92;-._+!*</code>(),;/?:&#64;=&amp;` <li>May contain a percent (%) if followed by 2
     * hexadecimal digits (A-F, a-f, 0-9); this is used for URL encoding purposes. <li>May contain
     * wildcard characters question mark (?) and asterisk (*). </ul>
     *
     * <p>Question mark (?) will replace any single character (including hexadecimal digits).
     *
     * <p>Asterisk (*) will replace any multiple characters (including multiple hexadecimal digits).
     *
     * <ul> <li>No spaces allowed. For example, <code>https://example.com</code> . </ul>
     *
     * <p>Length: at most 253 characters. Pattern: {@code
     * ^([&#92;w!$&amp;()*+,./:;=?&#64;&#92;x60-]|%([&#92;dA-Fa-f]{2}|[&#92;dA-Fa-f]?&#92;*))+$}.
     * CloudFormation property {@code AllowReferers}.
     */
    public ApiKeyRestrictions allowReferers(List<String> value) {
      return set("AllowReferers", Value.listOf(value));
    }

    /** Sets {@code AllowReferers} to this value; see {@link #allowReferers(List)}. */
    public ApiKeyRestrictions allowReferers(Value<List<String>> value) {
      return set("AllowReferers", value);
    }

    /**
     * A list of allowed resource ARNs that a API key bearer can perform actions on.
     *
     * <ul> <li>The ARN must be the correct ARN for a map, place, or route ARN. You may include
     * wildcards in the resource-id to match multiple resources of the same type. <li>The resources
     * must be in the same <code>partition</code> , <code>region</code> , and
     * <code>account-id</code> as the key that is being created. <li>Other than wildcards, you must
     * include the full ARN, including the <code>arn</code> , <code>partition</code> ,
     * <code>service</code> , <code>region</code> , <code>account-id</code> and
     * <code>resource-id</code> delimited by colons (:). <li>No spaces allowed, even with wildcards.
     * For example, <code>arn:aws:geo:region: <em>account-id</em> :map/ExampleMap*</code> . </ul>
     *
     * <p>For more information about ARN format, see <a
     * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
     * Resource Names (ARNs)</a> .
     *
     * <p>Required. Length: at most 1600 characters. Pattern: {@code
     * (^arn(:[a-z0-9]+([.-][a-z0-9]+)*):geo(:([a-z0-9]+([.-][a-z0-9]+)*))(:[0-9]+):((&#92;*)|([-a-z]+[/][*-._&#92;w]+))$)|(^arn(:[a-z0-9]+([.-][a-z0-9]+)*):(geo-routes|geo-places|geo-maps)(:((&#92;*)|([a-z0-9]+([.-][a-z0-9]+)*)))::((provider[&#92;/][*-._&#92;w]+))$)}.
     * CloudFormation property {@code AllowResources}.
     */
    public ApiKeyRestrictions allowResources(List<String> value) {
      return set("AllowResources", Value.listOf(value));
    }

    /** Sets {@code AllowResources} to this value; see {@link #allowResources(List)}. */
    public ApiKeyRestrictions allowResources(Value<List<String>> value) {
      return set("AllowResources", value);
    }
  }

  /** Property type {@code AWS::Location::APIKey.AppleApp}. */
  public static final class AppleApp extends Struct<AppleApp> {
    private static final Schema SCHEMA = Schema.builder("AWS::Location::APIKey.AppleApp")
        .required("BundleId")
        .constrain("BundleId", Constraint.of().pattern("^[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+$").minLength(1).maxLength(155))
        .build();

    public AppleApp() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 155 characters. Pattern: {@code
     * ^[A-Za-z0-9&#92;-]+(&#92;.[A-Za-z0-9&#92;-]+)+$}. CloudFormation property {@code BundleId}.
     */
    public AppleApp bundleId(String value) {
      return set("BundleId", Value.of(value));
    }

    /** Sets {@code BundleId} to this value; see {@link #bundleId(String)}. */
    public AppleApp bundleId(Value<String> value) {
      return set("BundleId", value);
    }
  }
}
