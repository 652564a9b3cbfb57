// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new set of branding settings for a user pool style and associates it with an app
 * client. This operation is the programmatic option for the creation of a new style in the branding
 * designer.
 *
 * <p>Provides values for UI customization in a <code>Settings</code> JSON object and image files in
 * an <code>Assets</code> array. To send the JSON object <code>Document</code> type parameter in
 * <code>Settings</code> , you might need to update to the most recent version of your AWS SDK.
 *
 * <p>This operation has a 2-megabyte request-size limit and include the CSS settings and image
 * assets for your app client. Your branding settings might exceed 2MB in size. Amazon Cognito
 * doesn't require that you pass all parameters in one request and preserves existing style settings
 * that you don't specify. If your request is larger than 2MB, separate it into multiple requests,
 * each with a size smaller than the limit.
 *
 * <p>As a best practice, modify the output of <a
 * href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeManagedLoginBrandingByClient.html">DescribeManagedLoginBrandingByClient</a>
 * into the request parameters for this operation. To get all settings, set
 * <code>ReturnMergedResources</code> to <code>true</code> . For more information, see <a
 * href="https://docs.aws.amazon.com/cognito/latest/developerguide/managed-login-brandingdesigner.html#branding-designer-api">API
 * and SDK operations for managed login branding</a>
 *
 * <p>CloudFormation type {@code AWS::Cognito::ManagedLoginBranding}.
 */
public final class ManagedLoginBranding extends Resource<ManagedLoginBranding> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::ManagedLoginBranding")
      .required("UserPoolId")
      .constrain("ClientId", Constraint.of().pattern("^[\\w+]+$").minLength(1).maxLength(128))
      .constrain("UserPoolId", Constraint.of().pattern("^[\\w-]+_[0-9a-zA-Z]+$").minLength(1).maxLength(55))
      .attributes("ManagedLoginBrandingId")
      .build();

  public ManagedLoginBranding(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of image files that you want to apply to roles like backgrounds, logos, and icons.
   * Each object must also indicate whether it is for dark mode, light mode, or browser-adaptive
   * mode.
   *
   * <p>CloudFormation property {@code Assets}.
   */
  public ManagedLoginBranding assets(List<AssetType> value) {
    return set("Assets", Value.listOf(value));
  }

  /** Sets {@code Assets} to this value; see {@link #assets(List)}. */
  public ManagedLoginBranding assets(Value<List<AssetType>> value) {
    return set("Assets", value);
  }

  /** Sets {@code Assets} to a list of these; see {@link #assets(List)}. */
  public ManagedLoginBranding assets(AssetType... values) {
    return set("Assets", Value.list(values));
  }

  /**
   * The app client that you want to assign the branding style to. Each style is linked to an app
   * client until you delete it.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;w+]+$}. CloudFormation property {@code ClientId}.
   */
  public ManagedLoginBranding clientId(String value) {
    return set("ClientId", Value.of(value));
  }

  /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
  public ManagedLoginBranding clientId(Value<String> value) {
    return set("ClientId", value);
  }

  /**
   * When <code>true</code> , returns values for branding options that are unchanged from Amazon
   * Cognito defaults. When <code>false</code> or when you omit this parameter, returns only values
   * that you customized in your branding style.
   *
   * <p>CloudFormation property {@code ReturnMergedResources}.
   */
  public ManagedLoginBranding returnMergedResources(boolean value) {
    return set("ReturnMergedResources", Value.of(value));
  }

  /**
   * Sets {@code ReturnMergedResources} to this value; see {@link #returnMergedResources(boolean)}.
   */
  public ManagedLoginBranding returnMergedResources(Value<Boolean> value) {
    return set("ReturnMergedResources", value);
  }

  /**
   * A JSON file, encoded as a <code>Document</code> type, with the the settings that you want to
   * apply to your style.
   *
   * <p>The following components are not currently implemented and reserved for future use:
   *
   * <ul> <li><code>signUp</code> <li><code>instructions</code> <li><code>sessionTimerDisplay</code>
   * <li><code>languageSelector</code> (for localization, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization">Managed
   * login localization)</a> </ul>
   *
   * <p>CloudFormation property {@code Settings}.
   */
  public ManagedLoginBranding settings(Value<Json> value) {
    return set("Settings", value);
  }

  /**
   * When true, applies the default branding style options. This option reverts to default style
   * options that are managed by Amazon Cognito. You can modify them later in the branding editor.
   *
   * <p>When you specify <code>true</code> for this option, you must also omit values for
   * <code>Settings</code> and <code>Assets</code> in the request.
   *
   * <p>CloudFormation property {@code UseCognitoProvidedValues}.
   */
  public ManagedLoginBranding useCognitoProvidedValues(boolean value) {
    return set("UseCognitoProvidedValues", Value.of(value));
  }

  /**
   * Sets {@code UseCognitoProvidedValues} to this value; see {@link
   * #useCognitoProvidedValues(boolean)}.
   */
  public ManagedLoginBranding useCognitoProvidedValues(Value<Boolean> value) {
    return set("UseCognitoProvidedValues", value);
  }

  /**
   * The user pool where the branding style is assigned.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 55 characters. Pattern: {@code
   * ^[&#92;w-]+_[0-9a-zA-Z]+$}. CloudFormation property {@code UserPoolId}.
   */
  public ManagedLoginBranding userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public ManagedLoginBranding userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /**
   * The ID of the managed login branding style.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagedLoginBrandingId}.
   */
  public Value<String> managedLoginBrandingId() {
    return getAtt("ManagedLoginBrandingId");
  }

  /**
   * An image file from a managed login branding style in a user pool.
   *
   * <p>Property type {@code AWS::Cognito::ManagedLoginBranding.AssetType}.
   */
  public static final class AssetType extends Struct<AssetType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::ManagedLoginBranding.AssetType")
        .required("Category", "ColorMode", "Extension")
        .constrain("Bytes", Constraint.of().maxLength(1000000))
        .allowed("Category", "FAVICON_ICO", "FAVICON_SVG", "EMAIL_GRAPHIC", "SMS_GRAPHIC",
            "AUTH_APP_GRAPHIC", "PASSWORD_GRAPHIC", "PASSKEY_GRAPHIC", "PAGE_HEADER_LOGO",
            "PAGE_HEADER_BACKGROUND", "PAGE_FOOTER_LOGO", "PAGE_FOOTER_BACKGROUND",
            "PAGE_BACKGROUND", "FORM_BACKGROUND", "FORM_LOGO", "IDP_BUTTON_ICON")
        .allowed("ColorMode", "LIGHT", "DARK", "DYNAMIC")
        .allowed("Extension", "ICO", "JPEG", "PNG", "SVG", "WEBP")
        .constrain("ResourceId", Constraint.of().pattern("^[\\w\\- ]+$").minLength(1).maxLength(40))
        .build();

    public AssetType() {
      super(SCHEMA);
    }

    /**
     * The image file, in Base64-encoded binary.
     *
     * <p>Length: at most 1000000 characters. CloudFormation property {@code Bytes}.
     */
    public AssetType bytes(String value) {
      return set("Bytes", Value.of(value));
    }

    /** Sets {@code Bytes} to this value; see {@link #bytes(String)}. */
    public AssetType bytes(Value<String> value) {
      return set("Bytes", value);
    }

    /**
     * The category that the image corresponds to in your managed login configuration. Managed login
     * has asset categories for different types of logos, backgrounds, and icons.
     *
     * <p>Required. Allowed values: {@code FAVICON_ICO}, {@code FAVICON_SVG}, {@code EMAIL_GRAPHIC},
     * {@code SMS_GRAPHIC}, {@code AUTH_APP_GRAPHIC}, {@code PASSWORD_GRAPHIC}, {@code
     * PASSKEY_GRAPHIC}, {@code PAGE_HEADER_LOGO}, {@code PAGE_HEADER_BACKGROUND}, {@code
     * PAGE_FOOTER_LOGO}, {@code PAGE_FOOTER_BACKGROUND}, {@code PAGE_BACKGROUND}, {@code
     * FORM_BACKGROUND}, {@code FORM_LOGO}, {@code IDP_BUTTON_ICON}. CloudFormation property {@code
     * Category}.
     */
    public AssetType category(String value) {
      return set("Category", Value.of(value));
    }

    /** Sets {@code Category} to this value; see {@link #category(String)}. */
    public AssetType category(Value<String> value) {
      return set("Category", value);
    }

    /**
     * The display-mode target of the asset: light, dark, or browser-adaptive. For example, Amazon
     * Cognito displays a dark-mode image only when the browser or application is in dark mode, but
     * displays a browser-adaptive file in all contexts.
     *
     * <p>Required. Allowed values: {@code LIGHT}, {@code DARK}, {@code DYNAMIC}. CloudFormation
     * property {@code ColorMode}.
     */
    public AssetType colorMode(String value) {
      return set("ColorMode", Value.of(value));
    }

    /** Sets {@code ColorMode} to this value; see {@link #colorMode(String)}. */
    public AssetType colorMode(Value<String> value) {
      return set("ColorMode", value);
    }

    /**
     * The file type of the image file.
     *
     * <p>Required. Allowed values: {@code ICO}, {@code JPEG}, {@code PNG}, {@code SVG}, {@code
     * WEBP}. CloudFormation property {@code Extension}.
     */
    public AssetType extension(String value) {
      return set("Extension", Value.of(value));
    }

    /** Sets {@code Extension} to this value; see {@link #extension(String)}. */
    public AssetType extension(Value<String> value) {
      return set("Extension", value);
    }

    /**
     * The ID of the asset.
     *
     * <p>Length: 1 to 40 characters. Pattern: {@code ^[&#92;w&#92;- ]+$}. CloudFormation property
     * {@code ResourceId}.
     */
    public AssetType resourceId(String value) {
      return set("ResourceId", Value.of(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
    public AssetType resourceId(Value<String> value) {
      return set("ResourceId", value);
    }
  }
}
