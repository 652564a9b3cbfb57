// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a theme.
 *
 * <p>A <em>theme</em> is set of configuration options for color and layout. Themes apply to
 * analyses and dashboards. For more information, see <a
 * href="https://docs.aws.amazon.com/quicksight/latest/user/themes-in-quicksight.html">Using Themes
 * in Amazon Quick</a> in the <em>Amazon Quick User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::QuickSight::Theme}.
 */
public final class Theme extends Resource<Theme> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme")
      .required("AwsAccountId", "BaseThemeId", "Configuration", "Name", "ThemeId")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("BaseThemeId", Constraint.of().pattern("^[\\w\\-]+$").minLength(1).maxLength(512))
      .constrain("Name", Constraint.of().minLength(1).maxLength(2048))
      .constrain("ThemeId", Constraint.of().pattern("^[\\w\\-]+$").minLength(1).maxLength(512))
      .constrain("VersionDescription", Constraint.of().minLength(1).maxLength(512))
      .attributes("Arn", "CreatedTime", "LastUpdatedTime", "Type", "Version", "Version.Arn",
          "Version.BaseThemeId", "Version.Configuration", "Version.Configuration.DataColorPalette",
          "Version.Configuration.Sheet", "Version.Configuration.Typography",
          "Version.Configuration.UIColorPalette", "Version.CreatedTime", "Version.Description",
          "Version.Errors", "Version.Status", "Version.VersionNumber")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Theme(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the AWS account where you want to store the new theme.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public Theme awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public Theme awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * The ID of the theme that a custom theme will inherit from. All themes inherit from one of the
   * starting themes defined by Amazon Quick Sight. For a list of the starting themes, use
   * <code>ListThemes</code> or choose <em>Themes</em> from within an analysis.
   *
   * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[&#92;w&#92;-]+$}. CloudFormation
   * property {@code BaseThemeId}.
   */
  public Theme baseThemeId(String value) {
    return set("BaseThemeId", Value.of(value));
  }

  /** Sets {@code BaseThemeId} to this value; see {@link #baseThemeId(String)}. */
  public Theme baseThemeId(Value<String> value) {
    return set("BaseThemeId", value);
  }

  /**
   * The theme configuration, which contains the theme display properties.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public Theme configuration(Value<ThemeConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * A display name for the theme.
   *
   * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code Name}.
   */
  public Theme name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Theme name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A valid grouping of resource permissions to apply to the new theme.
   *
   * <p>CloudFormation property {@code Permissions}.
   */
  public Theme permissions(List<ResourcePermission> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public Theme permissions(Value<List<ResourcePermission>> value) {
    return set("Permissions", value);
  }

  /** Sets {@code Permissions} to a list of these; see {@link #permissions(List)}. */
  public Theme permissions(ResourcePermission... values) {
    return set("Permissions", Value.list(values));
  }

  /**
   * A map of the key-value pairs for the resource tag or tags that you want to add to the resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Theme tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Theme tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Theme tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An ID for the theme that you want to create. The theme ID is unique per AWS Region in each AWS
   * account.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^[&#92;w&#92;-]+$}. CloudFormation property {@code ThemeId}.
   */
  public Theme themeId(String value) {
    return set("ThemeId", Value.of(value));
  }

  /** Sets {@code ThemeId} to this value; see {@link #themeId(String)}. */
  public Theme themeId(Value<String> value) {
    return set("ThemeId", value);
  }

  /**
   * A description of the first version of the theme that you're creating. Every time
   * <code>UpdateTheme</code> is called, a new version is created. Each version of the theme has a
   * description of the version in the <code>VersionDescription</code> field.
   *
   * <p>Length: 1 to 512 characters. CloudFormation property {@code VersionDescription}.
   */
  public Theme versionDescription(String value) {
    return set("VersionDescription", Value.of(value));
  }

  /** Sets {@code VersionDescription} to this value; see {@link #versionDescription(String)}. */
  public Theme versionDescription(Value<String> value) {
    return set("VersionDescription", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the theme.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the theme was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The time the theme was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * Theme type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * &lt;p&gt;A version of a theme.&lt;/p&gt;
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<ThemeVersion> version() {
    return getAtt("Version");
  }

  /** {@code Fn::GetAtt} attribute {@code Version.Arn}. */
  public Value<String> versionArn() {
    return getAtt("Version.Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code Version.BaseThemeId}. */
  public Value<String> versionBaseThemeId() {
    return getAtt("Version.BaseThemeId");
  }

  /** {@code Fn::GetAtt} attribute {@code Version.Configuration}. */
  public Value<ThemeConfiguration> versionConfiguration() {
    return getAtt("Version.Configuration");
  }

  /** {@code Fn::GetAtt} attribute {@code Version.Configuration.DataColorPalette}. */
  public Value<DataColorPalette> versionConfigurationDataColorPalette() {
    return getAtt("Version.Configuration.DataColorPalette");
  }

  /** {@code Fn::GetAtt} attribute {@code Version.Configuration.Sheet}. */
  public Value<SheetStyle> versionConfigurationSheet() {
    return getAtt("Version.Configuration.Sheet");
  }

  /** {@code Fn::GetAtt} attribute {@code Version.Configuration.Typography}. */
  public Value<Typography> versionConfigurationTypography() {
    return getAtt("Version.Configuration.Typography");
  }

  /** {@code Fn::GetAtt} attribute {@code Version.Configuration.UIColorPalette}. */
  public Value<UIColorPalette> versionConfigurationUIColorPalette() {
    return getAtt("Version.Configuration.UIColorPalette");
  }

  /** {@code Fn::GetAtt} attribute {@code Version.CreatedTime}. */
  public Value<String> versionCreatedTime() {
    return getAtt("Version.CreatedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code Version.Description}. */
  public Value<String> versionDescription() {
    return getAtt("Version.Description");
  }

  /** {@code Fn::GetAtt} attribute {@code Version.Errors}. */
  public Value<List<ThemeError>> versionErrors() {
    return getAtt("Version.Errors");
  }

  /** {@code Fn::GetAtt} attribute {@code Version.Status}. */
  public Value<String> versionStatus() {
    return getAtt("Version.Status");
  }

  /** {@code Fn::GetAtt} attribute {@code Version.VersionNumber}. */
  public Value<Double> versionVersionNumber() {
    return getAtt("Version.VersionNumber");
  }

  /**
   * The display options for tile borders for visuals.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.BorderStyle}.
   */
  public static final class BorderStyle extends Struct<BorderStyle> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme.BorderStyle")
        .constrain("Width", Constraint.of().minLength(0).maxLength(50))
        .build();

    public BorderStyle() {
      super(SCHEMA);
    }

    /**
     * String to encapsulate the most generic way Color can be formatted (words, hexStrings etc)
     *
     * <p>CloudFormation property {@code Color}.
     */
    public BorderStyle color(String value) {
      return set("Color", Value.of(value));
    }

    /** Sets {@code Color} to this value; see {@link #color(String)}. */
    public BorderStyle color(Value<String> value) {
      return set("Color", value);
    }

    /**
     * The option to enable display of borders for visuals.
     *
     * <p>CloudFormation property {@code Show}.
     */
    public BorderStyle show(boolean value) {
      return set("Show", Value.of(value));
    }

    /** Sets {@code Show} to this value; see {@link #show(boolean)}. */
    public BorderStyle show(Value<Boolean> value) {
      return set("Show", value);
    }

    /**
     * String to encapsulate the most generic way Width can be formatted with whatever units (px, em
     * etc)
     *
     * <p>Length: 0 to 50 characters. CloudFormation property {@code Width}.
     */
    public BorderStyle width(String value) {
      return set("Width", Value.of(value));
    }

    /** Sets {@code Width} to this value; see {@link #width(String)}. */
    public BorderStyle width(Value<String> value) {
      return set("Width", value);
    }
  }

  /**
   * The theme colors that are used for data colors in charts. The colors description is a
   * hexadecimal color code that consists of six alphanumerical characters, prefixed with
   * <code>#</code> , for example #37BFF5.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.DataColorPalette}.
   */
  public static final class DataColorPalette extends Struct<DataColorPalette> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme.DataColorPalette")
        .constrain("Colors", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("EmptyFillColor", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("MinMaxGradient", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .build();

    public DataColorPalette() {
      super(SCHEMA);
    }

    /**
     * The hexadecimal codes for the colors.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code Colors}.
     */
    public DataColorPalette colors(List<String> value) {
      return set("Colors", Value.listOf(value));
    }

    /** Sets {@code Colors} to this value; see {@link #colors(List)}. */
    public DataColorPalette colors(Value<List<String>> value) {
      return set("Colors", value);
    }

    /**
     * The hexadecimal code of a color that applies to charts where a lack of data is highlighted.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code EmptyFillColor}.
     */
    public DataColorPalette emptyFillColor(String value) {
      return set("EmptyFillColor", Value.of(value));
    }

    /** Sets {@code EmptyFillColor} to this value; see {@link #emptyFillColor(String)}. */
    public DataColorPalette emptyFillColor(Value<String> value) {
      return set("EmptyFillColor", value);
    }

    /**
     * The minimum and maximum hexadecimal codes that describe a color gradient.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code MinMaxGradient}.
     */
    public DataColorPalette minMaxGradient(List<String> value) {
      return set("MinMaxGradient", Value.listOf(value));
    }

    /** Sets {@code MinMaxGradient} to this value; see {@link #minMaxGradient(List)}. */
    public DataColorPalette minMaxGradient(Value<List<String>> value) {
      return set("MinMaxGradient", value);
    }
  }

  /**
   * Determines the font settings.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.Font}.
   */
  public static final class Font extends Struct<Font> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme.Font")
        .constrain("FontFamily", Constraint.of().minLength(0).maxLength(256))
        .build();

    public Font() {
      super(SCHEMA);
    }

    /**
     * Determines the font family settings.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code FontFamily}.
     */
    public Font fontFamily(String value) {
      return set("FontFamily", Value.of(value));
    }

    /** Sets {@code FontFamily} to this value; see {@link #fontFamily(String)}. */
    public Font fontFamily(Value<String> value) {
      return set("FontFamily", value);
    }
  }

  /** Property type {@code AWS::QuickSight::Theme.FontConfiguration}. */
  public static final class FontConfiguration extends Struct<FontConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme.FontConfiguration")
        .constrain("FontColor", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .allowed("FontDecoration", "UNDERLINE", "NONE")
        .constrain("FontFamily", Constraint.of().minLength(0).maxLength(256))
        .allowed("FontStyle", "NORMAL", "ITALIC")
        .build();

    public FontConfiguration() {
      super(SCHEMA);
    }

    /** Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code FontColor}. */
    public FontConfiguration fontColor(String value) {
      return set("FontColor", Value.of(value));
    }

    /** Sets {@code FontColor} to this value; see {@link #fontColor(String)}. */
    public FontConfiguration fontColor(Value<String> value) {
      return set("FontColor", value);
    }

    /**
     * Allowed values: {@code UNDERLINE}, {@code NONE}. CloudFormation property {@code
     * FontDecoration}.
     */
    public FontConfiguration fontDecoration(String value) {
      return set("FontDecoration", Value.of(value));
    }

    /** Sets {@code FontDecoration} to this value; see {@link #fontDecoration(String)}. */
    public FontConfiguration fontDecoration(Value<String> value) {
      return set("FontDecoration", value);
    }

    /**
     * &lt;p&gt;The font family that you want to use.&lt;/p&gt;
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code FontFamily}.
     */
    public FontConfiguration fontFamily(String value) {
      return set("FontFamily", Value.of(value));
    }

    /** Sets {@code FontFamily} to this value; see {@link #fontFamily(String)}. */
    public FontConfiguration fontFamily(Value<String> value) {
      return set("FontFamily", value);
    }

    /** CloudFormation property {@code FontSize}. */
    public FontConfiguration fontSize(Value<FontSize> value) {
      return set("FontSize", value);
    }

    /**
     * Allowed values: {@code NORMAL}, {@code ITALIC}. CloudFormation property {@code FontStyle}.
     */
    public FontConfiguration fontStyle(String value) {
      return set("FontStyle", Value.of(value));
    }

    /** Sets {@code FontStyle} to this value; see {@link #fontStyle(String)}. */
    public FontConfiguration fontStyle(Value<String> value) {
      return set("FontStyle", value);
    }

    /** CloudFormation property {@code FontWeight}. */
    public FontConfiguration fontWeight(Value<FontWeight> value) {
      return set("FontWeight", value);
    }
  }

  /** Property type {@code AWS::QuickSight::Theme.FontSize}. */
  public static final class FontSize extends Struct<FontSize> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Theme.FontSize");

    public FontSize() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;The font size that you want to use in px.&lt;/p&gt;
     *
     * <p>CloudFormation property {@code Absolute}.
     */
    public FontSize absolute(String value) {
      return set("Absolute", Value.of(value));
    }

    /** Sets {@code Absolute} to this value; see {@link #absolute(String)}. */
    public FontSize absolute(Value<String> value) {
      return set("Absolute", value);
    }
  }

  /** Property type {@code AWS::QuickSight::Theme.FontWeight}. */
  public static final class FontWeight extends Struct<FontWeight> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme.FontWeight")
        .allowed("Name", "NORMAL", "BOLD")
        .build();

    public FontWeight() {
      super(SCHEMA);
    }

    /** Allowed values: {@code NORMAL}, {@code BOLD}. CloudFormation property {@code Name}. */
    public FontWeight name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FontWeight name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The display options for gutter spacing between tiles on a sheet.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.GutterStyle}.
   */
  public static final class GutterStyle extends Struct<GutterStyle> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Theme.GutterStyle");

    public GutterStyle() {
      super(SCHEMA);
    }

    /**
     * This Boolean value controls whether to display a gutter space between sheet tiles.
     *
     * <p>CloudFormation property {@code Show}.
     */
    public GutterStyle show(boolean value) {
      return set("Show", Value.of(value));
    }

    /** Sets {@code Show} to this value; see {@link #show(boolean)}. */
    public GutterStyle show(Value<Boolean> value) {
      return set("Show", value);
    }
  }

  /**
   * The display options for margins around the outside edge of sheets.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.MarginStyle}.
   */
  public static final class MarginStyle extends Struct<MarginStyle> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Theme.MarginStyle");

    public MarginStyle() {
      super(SCHEMA);
    }

    /**
     * This Boolean value controls whether to display sheet margins.
     *
     * <p>CloudFormation property {@code Show}.
     */
    public MarginStyle show(boolean value) {
      return set("Show", Value.of(value));
    }

    /** Sets {@code Show} to this value; see {@link #show(boolean)}. */
    public MarginStyle show(Value<Boolean> value) {
      return set("Show", value);
    }
  }

  /**
   * Permission for the resource.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.ResourcePermission}.
   */
  public static final class ResourcePermission extends Struct<ResourcePermission> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme.ResourcePermission")
        .required("Actions", "Principal")
        .constrain("Principal", Constraint.of().minLength(1).maxLength(256))
        .build();

    public ResourcePermission() {
      super(SCHEMA);
    }

    /**
     * The IAM action to grant or revoke permissions on.
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public ResourcePermission actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public ResourcePermission actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the principal. This can be one of the following:
     *
     * <ul> <li>The ARN of an Amazon Quick user or group associated with a data source or dataset.
     * (This is common.) <li>The ARN of an Amazon Quick user, group, or namespace associated with an
     * analysis, dashboard, template, or theme. (This is common.) <li>The ARN of an AWS account
     * root: This is an IAM ARN rather than a Quick ARN. Use this option only to share resources
     * (templates) across AWS accounts . (This is less common.) </ul>
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Principal}.
     */
    public ResourcePermission principal(String value) {
      return set("Principal", Value.of(value));
    }

    /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
    public ResourcePermission principal(Value<String> value) {
      return set("Principal", value);
    }

    /** CloudFormation property {@code Resource}. */
    public ResourcePermission resource(String value) {
      return set("Resource", Value.of(value));
    }

    /** Sets {@code Resource} to this value; see {@link #resource(String)}. */
    public ResourcePermission resource(Value<String> value) {
      return set("Resource", value);
    }
  }

  /** Property type {@code AWS::QuickSight::Theme.SheetBackgroundStyle}. */
  public static final class SheetBackgroundStyle extends Struct<SheetBackgroundStyle> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Theme.SheetBackgroundStyle");

    public SheetBackgroundStyle() {
      super(SCHEMA);
    }

    /**
     * String to encapsulate the most generic way Color can be formatted (words, hexStrings etc)
     *
     * <p>CloudFormation property {@code Color}.
     */
    public SheetBackgroundStyle color(String value) {
      return set("Color", Value.of(value));
    }

    /** Sets {@code Color} to this value; see {@link #color(String)}. */
    public SheetBackgroundStyle color(Value<String> value) {
      return set("Color", value);
    }

    /** CloudFormation property {@code Gradient}. */
    public SheetBackgroundStyle gradient(String value) {
      return set("Gradient", Value.of(value));
    }

    /** Sets {@code Gradient} to this value; see {@link #gradient(String)}. */
    public SheetBackgroundStyle gradient(Value<String> value) {
      return set("Gradient", value);
    }
  }

  /**
   * The theme display options for sheets.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.SheetStyle}.
   */
  public static final class SheetStyle extends Struct<SheetStyle> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Theme.SheetStyle");

    public SheetStyle() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Background}. */
    public SheetStyle background(Value<SheetBackgroundStyle> value) {
      return set("Background", value);
    }

    /**
     * The display options for tiles.
     *
     * <p>CloudFormation property {@code Tile}.
     */
    public SheetStyle tile(Value<TileStyle> value) {
      return set("Tile", value);
    }

    /**
     * The layout options for tiles.
     *
     * <p>CloudFormation property {@code TileLayout}.
     */
    public SheetStyle tileLayout(Value<TileLayoutStyle> value) {
      return set("TileLayout", value);
    }
  }

  /**
   * The theme configuration. This configuration contains all of the display properties for a theme.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.ThemeConfiguration}.
   */
  public static final class ThemeConfiguration extends Struct<ThemeConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Theme.ThemeConfiguration");

    public ThemeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Color properties that apply to chart data colors.
     *
     * <p>CloudFormation property {@code DataColorPalette}.
     */
    public ThemeConfiguration dataColorPalette(Value<DataColorPalette> value) {
      return set("DataColorPalette", value);
    }

    /**
     * Display options related to sheets.
     *
     * <p>CloudFormation property {@code Sheet}.
     */
    public ThemeConfiguration sheet(Value<SheetStyle> value) {
      return set("Sheet", value);
    }

    /**
     * Determines the typography options.
     *
     * <p>CloudFormation property {@code Typography}.
     */
    public ThemeConfiguration typography(Value<Typography> value) {
      return set("Typography", value);
    }

    /**
     * Color properties that apply to the UI and to charts, excluding the colors that apply to data.
     *
     * <p>CloudFormation property {@code UIColorPalette}.
     */
    public ThemeConfiguration uiColorPalette(Value<UIColorPalette> value) {
      return set("UIColorPalette", value);
    }
  }

  /**
   * Theme error.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.ThemeError}.
   */
  public static final class ThemeError extends Struct<ThemeError> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme.ThemeError")
        .allowed("Type", "INTERNAL_FAILURE")
        .build();

    public ThemeError() {
      super(SCHEMA);
    }

    /**
     * The error message.
     *
     * <p>CloudFormation property {@code Message}.
     */
    public ThemeError message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public ThemeError message(Value<String> value) {
      return set("Message", value);
    }

    /**
     * The type of error.
     *
     * <p>Allowed values: {@code INTERNAL_FAILURE}. CloudFormation property {@code Type}.
     */
    public ThemeError type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ThemeError type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A version of a theme.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.ThemeVersion}.
   */
  public static final class ThemeVersion extends Struct<ThemeVersion> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme.ThemeVersion")
        .allowed("Status", "CREATION_IN_PROGRESS", "CREATION_SUCCESSFUL", "CREATION_FAILED",
            "UPDATE_IN_PROGRESS", "UPDATE_SUCCESSFUL", "UPDATE_FAILED", "PENDING_UPDATE", "DELETED")
        .build();

    public ThemeVersion() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the resource.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public ThemeVersion arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public ThemeVersion arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The Quick Sight-defined ID of the theme that a custom theme inherits from. All themes
     * initially inherit from a default Quick Sight theme.
     *
     * <p>CloudFormation property {@code BaseThemeId}.
     */
    public ThemeVersion baseThemeId(String value) {
      return set("BaseThemeId", Value.of(value));
    }

    /** Sets {@code BaseThemeId} to this value; see {@link #baseThemeId(String)}. */
    public ThemeVersion baseThemeId(Value<String> value) {
      return set("BaseThemeId", value);
    }

    /**
     * The theme configuration, which contains all the theme display properties.
     *
     * <p>CloudFormation property {@code Configuration}.
     */
    public ThemeVersion configuration(Value<ThemeConfiguration> value) {
      return set("Configuration", value);
    }

    /**
     * The date and time that this theme version was created.
     *
     * <p>CloudFormation property {@code CreatedTime}.
     */
    public ThemeVersion createdTime(String value) {
      return set("CreatedTime", Value.of(value));
    }

    /** Sets {@code CreatedTime} to this value; see {@link #createdTime(String)}. */
    public ThemeVersion createdTime(Value<String> value) {
      return set("CreatedTime", value);
    }

    /**
     * The description of the theme.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public ThemeVersion description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ThemeVersion description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Errors associated with the theme.
     *
     * <p>CloudFormation property {@code Errors}.
     */
    public ThemeVersion errors(List<ThemeError> value) {
      return set("Errors", Value.listOf(value));
    }

    /** Sets {@code Errors} to this value; see {@link #errors(List)}. */
    public ThemeVersion errors(Value<List<ThemeError>> value) {
      return set("Errors", value);
    }

    /** Sets {@code Errors} to a list of these; see {@link #errors(List)}. */
    public ThemeVersion errors(ThemeError... values) {
      return set("Errors", Value.list(values));
    }

    /**
     * The status of the theme version.
     *
     * <p>Allowed values: {@code CREATION_IN_PROGRESS}, {@code CREATION_SUCCESSFUL}, {@code
     * CREATION_FAILED}, {@code UPDATE_IN_PROGRESS}, {@code UPDATE_SUCCESSFUL}, {@code
     * UPDATE_FAILED}, {@code PENDING_UPDATE}, {@code DELETED}. CloudFormation property {@code
     * Status}.
     */
    public ThemeVersion status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ThemeVersion status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The version number of the theme.
     *
     * <p>CloudFormation property {@code VersionNumber}.
     */
    public ThemeVersion versionNumber(double value) {
      return set("VersionNumber", Value.of(value));
    }

    /** Sets {@code VersionNumber} to this value; see {@link #versionNumber(double)}. */
    public ThemeVersion versionNumber(Value<Double> value) {
      return set("VersionNumber", value);
    }
  }

  /**
   * The display options for the layout of tiles on a sheet.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.TileLayoutStyle}.
   */
  public static final class TileLayoutStyle extends Struct<TileLayoutStyle> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Theme.TileLayoutStyle");

    public TileLayoutStyle() {
      super(SCHEMA);
    }

    /**
     * The gutter settings that apply between tiles.
     *
     * <p>CloudFormation property {@code Gutter}.
     */
    public TileLayoutStyle gutter(Value<GutterStyle> value) {
      return set("Gutter", value);
    }

    /**
     * The margin settings that apply around the outside edge of sheets.
     *
     * <p>CloudFormation property {@code Margin}.
     */
    public TileLayoutStyle margin(Value<MarginStyle> value) {
      return set("Margin", value);
    }
  }

  /**
   * Display options related to tiles on a sheet.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.TileStyle}.
   */
  public static final class TileStyle extends Struct<TileStyle> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme.TileStyle")
        .constrain("BorderRadius", Constraint.of().minLength(0).maxLength(50))
        .constrain("Padding", Constraint.of().minLength(0).maxLength(200))
        .build();

    public TileStyle() {
      super(SCHEMA);
    }

    /**
     * String to encapsulate the most generic way Color can be formatted (words, hexStrings etc)
     *
     * <p>CloudFormation property {@code BackgroundColor}.
     */
    public TileStyle backgroundColor(String value) {
      return set("BackgroundColor", Value.of(value));
    }

    /** Sets {@code BackgroundColor} to this value; see {@link #backgroundColor(String)}. */
    public TileStyle backgroundColor(Value<String> value) {
      return set("BackgroundColor", value);
    }

    /**
     * The border around a tile.
     *
     * <p>CloudFormation property {@code Border}.
     */
    public TileStyle border(Value<BorderStyle> value) {
      return set("Border", value);
    }

    /** Length: 0 to 50 characters. CloudFormation property {@code BorderRadius}. */
    public TileStyle borderRadius(String value) {
      return set("BorderRadius", Value.of(value));
    }

    /** Sets {@code BorderRadius} to this value; see {@link #borderRadius(String)}. */
    public TileStyle borderRadius(Value<String> value) {
      return set("BorderRadius", value);
    }

    /** Length: 0 to 200 characters. CloudFormation property {@code Padding}. */
    public TileStyle padding(String value) {
      return set("Padding", Value.of(value));
    }

    /** Sets {@code Padding} to this value; see {@link #padding(String)}. */
    public TileStyle padding(Value<String> value) {
      return set("Padding", value);
    }
  }

  /**
   * Determines the typography options.
   *
   * <p>Property type {@code AWS::QuickSight::Theme.Typography}.
   */
  public static final class Typography extends Struct<Typography> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::Theme.Typography");

    public Typography() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AxisLabelFontConfiguration}. */
    public Typography axisLabelFontConfiguration(Value<FontConfiguration> value) {
      return set("AxisLabelFontConfiguration", value);
    }

    /** CloudFormation property {@code AxisTitleFontConfiguration}. */
    public Typography axisTitleFontConfiguration(Value<FontConfiguration> value) {
      return set("AxisTitleFontConfiguration", value);
    }

    /** CloudFormation property {@code DataLabelFontConfiguration}. */
    public Typography dataLabelFontConfiguration(Value<FontConfiguration> value) {
      return set("DataLabelFontConfiguration", value);
    }

    /**
     * Determines the list of font families.
     *
     * <p>CloudFormation property {@code FontFamilies}.
     */
    public Typography fontFamilies(List<Font> value) {
      return set("FontFamilies", Value.listOf(value));
    }

    /** Sets {@code FontFamilies} to this value; see {@link #fontFamilies(List)}. */
    public Typography fontFamilies(Value<List<Font>> value) {
      return set("FontFamilies", value);
    }

    /** Sets {@code FontFamilies} to a list of these; see {@link #fontFamilies(List)}. */
    public Typography fontFamilies(Font... values) {
      return set("FontFamilies", Value.list(values));
    }

    /** CloudFormation property {@code LegendTitleFontConfiguration}. */
    public Typography legendTitleFontConfiguration(Value<FontConfiguration> value) {
      return set("LegendTitleFontConfiguration", value);
    }

    /** CloudFormation property {@code LegendValueFontConfiguration}. */
    public Typography legendValueFontConfiguration(Value<FontConfiguration> value) {
      return set("LegendValueFontConfiguration", value);
    }

    /** CloudFormation property {@code VisualSubtitleFontConfiguration}. */
    public Typography visualSubtitleFontConfiguration(Value<VisualSubtitleFontConfiguration> value) {
      return set("VisualSubtitleFontConfiguration", value);
    }

    /** CloudFormation property {@code VisualTitleFontConfiguration}. */
    public Typography visualTitleFontConfiguration(Value<VisualTitleFontConfiguration> value) {
      return set("VisualTitleFontConfiguration", value);
    }
  }

  /**
   * The theme colors that apply to UI and to charts, excluding data colors. The colors description
   * is a hexadecimal color code that consists of six alphanumerical characters, prefixed with
   * <code>#</code> , for example #37BFF5. For more information, see <a
   * href="https://docs.aws.amazon.com/quicksight/latest/user/themes-in-quicksight.html">Using
   * Themes in Amazon Quick</a> in the <em>Amazon Quick User Guide.</em>
   *
   * <p>Property type {@code AWS::QuickSight::Theme.UIColorPalette}.
   */
  public static final class UIColorPalette extends Struct<UIColorPalette> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme.UIColorPalette")
        .constrain("Accent", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("AccentForeground", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("Danger", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("DangerForeground", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("Dimension", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("DimensionForeground", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("Measure", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("MeasureForeground", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("PrimaryBackground", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("PrimaryForeground", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("SecondaryBackground", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("SecondaryForeground", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("Success", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("SuccessForeground", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("Warning", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .constrain("WarningForeground", Constraint.of().pattern("^#[A-F0-9]{6}$"))
        .build();

    public UIColorPalette() {
      super(SCHEMA);
    }

    /**
     * This color is that applies to selected states and buttons.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code Accent}.
     */
    public UIColorPalette accent(String value) {
      return set("Accent", Value.of(value));
    }

    /** Sets {@code Accent} to this value; see {@link #accent(String)}. */
    public UIColorPalette accent(Value<String> value) {
      return set("Accent", value);
    }

    /**
     * The foreground color that applies to any text or other elements that appear over the accent
     * color.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code AccentForeground}.
     */
    public UIColorPalette accentForeground(String value) {
      return set("AccentForeground", Value.of(value));
    }

    /** Sets {@code AccentForeground} to this value; see {@link #accentForeground(String)}. */
    public UIColorPalette accentForeground(Value<String> value) {
      return set("AccentForeground", value);
    }

    /**
     * The color that applies to error messages.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code Danger}.
     */
    public UIColorPalette danger(String value) {
      return set("Danger", Value.of(value));
    }

    /** Sets {@code Danger} to this value; see {@link #danger(String)}. */
    public UIColorPalette danger(Value<String> value) {
      return set("Danger", value);
    }

    /**
     * The foreground color that applies to any text or other elements that appear over the error
     * color.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code DangerForeground}.
     */
    public UIColorPalette dangerForeground(String value) {
      return set("DangerForeground", Value.of(value));
    }

    /** Sets {@code DangerForeground} to this value; see {@link #dangerForeground(String)}. */
    public UIColorPalette dangerForeground(Value<String> value) {
      return set("DangerForeground", value);
    }

    /**
     * The color that applies to the names of fields that are identified as dimensions.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code Dimension}.
     */
    public UIColorPalette dimension(String value) {
      return set("Dimension", Value.of(value));
    }

    /** Sets {@code Dimension} to this value; see {@link #dimension(String)}. */
    public UIColorPalette dimension(Value<String> value) {
      return set("Dimension", value);
    }

    /**
     * The foreground color that applies to any text or other elements that appear over the
     * dimension color.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code DimensionForeground}.
     */
    public UIColorPalette dimensionForeground(String value) {
      return set("DimensionForeground", Value.of(value));
    }

    /** Sets {@code DimensionForeground} to this value; see {@link #dimensionForeground(String)}. */
    public UIColorPalette dimensionForeground(Value<String> value) {
      return set("DimensionForeground", value);
    }

    /**
     * The color that applies to the names of fields that are identified as measures.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code Measure}.
     */
    public UIColorPalette measure(String value) {
      return set("Measure", Value.of(value));
    }

    /** Sets {@code Measure} to this value; see {@link #measure(String)}. */
    public UIColorPalette measure(Value<String> value) {
      return set("Measure", value);
    }

    /**
     * The foreground color that applies to any text or other elements that appear over the measure
     * color.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code MeasureForeground}.
     */
    public UIColorPalette measureForeground(String value) {
      return set("MeasureForeground", Value.of(value));
    }

    /** Sets {@code MeasureForeground} to this value; see {@link #measureForeground(String)}. */
    public UIColorPalette measureForeground(Value<String> value) {
      return set("MeasureForeground", value);
    }

    /**
     * The background color that applies to visuals and other high emphasis UI.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code PrimaryBackground}.
     */
    public UIColorPalette primaryBackground(String value) {
      return set("PrimaryBackground", Value.of(value));
    }

    /** Sets {@code PrimaryBackground} to this value; see {@link #primaryBackground(String)}. */
    public UIColorPalette primaryBackground(Value<String> value) {
      return set("PrimaryBackground", value);
    }

    /**
     * The color of text and other foreground elements that appear over the primary background
     * regions, such as grid lines, borders, table banding, icons, and so on.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code PrimaryForeground}.
     */
    public UIColorPalette primaryForeground(String value) {
      return set("PrimaryForeground", Value.of(value));
    }

    /** Sets {@code PrimaryForeground} to this value; see {@link #primaryForeground(String)}. */
    public UIColorPalette primaryForeground(Value<String> value) {
      return set("PrimaryForeground", value);
    }

    /**
     * The background color that applies to the sheet background and sheet controls.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code SecondaryBackground}.
     */
    public UIColorPalette secondaryBackground(String value) {
      return set("SecondaryBackground", Value.of(value));
    }

    /** Sets {@code SecondaryBackground} to this value; see {@link #secondaryBackground(String)}. */
    public UIColorPalette secondaryBackground(Value<String> value) {
      return set("SecondaryBackground", value);
    }

    /**
     * The foreground color that applies to any sheet title, sheet control text, or UI that appears
     * over the secondary background.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code SecondaryForeground}.
     */
    public UIColorPalette secondaryForeground(String value) {
      return set("SecondaryForeground", Value.of(value));
    }

    /** Sets {@code SecondaryForeground} to this value; see {@link #secondaryForeground(String)}. */
    public UIColorPalette secondaryForeground(Value<String> value) {
      return set("SecondaryForeground", value);
    }

    /**
     * The color that applies to success messages, for example the check mark for a successful
     * download.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code Success}.
     */
    public UIColorPalette success(String value) {
      return set("Success", Value.of(value));
    }

    /** Sets {@code Success} to this value; see {@link #success(String)}. */
    public UIColorPalette success(Value<String> value) {
      return set("Success", value);
    }

    /**
     * The foreground color that applies to any text or other elements that appear over the success
     * color.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code SuccessForeground}.
     */
    public UIColorPalette successForeground(String value) {
      return set("SuccessForeground", Value.of(value));
    }

    /** Sets {@code SuccessForeground} to this value; see {@link #successForeground(String)}. */
    public UIColorPalette successForeground(Value<String> value) {
      return set("SuccessForeground", value);
    }

    /**
     * This color that applies to warning and informational messages.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code Warning}.
     */
    public UIColorPalette warning(String value) {
      return set("Warning", Value.of(value));
    }

    /** Sets {@code Warning} to this value; see {@link #warning(String)}. */
    public UIColorPalette warning(Value<String> value) {
      return set("Warning", value);
    }

    /**
     * The foreground color that applies to any text or other elements that appear over the warning
     * color.
     *
     * <p>Pattern: {@code ^#[A-F0-9]{6}$}. CloudFormation property {@code WarningForeground}.
     */
    public UIColorPalette warningForeground(String value) {
      return set("WarningForeground", Value.of(value));
    }

    /** Sets {@code WarningForeground} to this value; see {@link #warningForeground(String)}. */
    public UIColorPalette warningForeground(Value<String> value) {
      return set("WarningForeground", value);
    }
  }

  /** Property type {@code AWS::QuickSight::Theme.VisualSubtitleFontConfiguration}. */
  public static final class VisualSubtitleFontConfiguration extends Struct<VisualSubtitleFontConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme.VisualSubtitleFontConfiguration")
        .allowed("TextAlignment", "LEFT", "CENTER", "RIGHT", "AUTO")
        .allowed("TextTransform", "CAPITALIZE")
        .build();

    public VisualSubtitleFontConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code FontConfiguration}. */
    public VisualSubtitleFontConfiguration fontConfiguration(Value<FontConfiguration> value) {
      return set("FontConfiguration", value);
    }

    /**
     * Allowed values: {@code LEFT}, {@code CENTER}, {@code RIGHT}, {@code AUTO}. CloudFormation
     * property {@code TextAlignment}.
     */
    public VisualSubtitleFontConfiguration textAlignment(String value) {
      return set("TextAlignment", Value.of(value));
    }

    /** Sets {@code TextAlignment} to this value; see {@link #textAlignment(String)}. */
    public VisualSubtitleFontConfiguration textAlignment(Value<String> value) {
      return set("TextAlignment", value);
    }

    /** Allowed values: {@code CAPITALIZE}. CloudFormation property {@code TextTransform}. */
    public VisualSubtitleFontConfiguration textTransform(String value) {
      return set("TextTransform", Value.of(value));
    }

    /** Sets {@code TextTransform} to this value; see {@link #textTransform(String)}. */
    public VisualSubtitleFontConfiguration textTransform(Value<String> value) {
      return set("TextTransform", value);
    }
  }

  /** Property type {@code AWS::QuickSight::Theme.VisualTitleFontConfiguration}. */
  public static final class VisualTitleFontConfiguration extends Struct<VisualTitleFontConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Theme.VisualTitleFontConfiguration")
        .allowed("TextAlignment", "LEFT", "CENTER", "RIGHT", "AUTO")
        .allowed("TextTransform", "CAPITALIZE")
        .build();

    public VisualTitleFontConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code FontConfiguration}. */
    public VisualTitleFontConfiguration fontConfiguration(Value<FontConfiguration> value) {
      return set("FontConfiguration", value);
    }

    /**
     * Allowed values: {@code LEFT}, {@code CENTER}, {@code RIGHT}, {@code AUTO}. CloudFormation
     * property {@code TextAlignment}.
     */
    public VisualTitleFontConfiguration textAlignment(String value) {
      return set("TextAlignment", Value.of(value));
    }

    /** Sets {@code TextAlignment} to this value; see {@link #textAlignment(String)}. */
    public VisualTitleFontConfiguration textAlignment(Value<String> value) {
      return set("TextAlignment", value);
    }

    /** Allowed values: {@code CAPITALIZE}. CloudFormation property {@code TextTransform}. */
    public VisualTitleFontConfiguration textTransform(String value) {
      return set("TextTransform", Value.of(value));
    }

    /** Sets {@code TextTransform} to this value; see {@link #textTransform(String)}. */
    public VisualTitleFontConfiguration textTransform(Value<String> value) {
      return set("TextTransform", value);
    }
  }
}
