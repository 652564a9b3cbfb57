// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Contains information about a workspace, which defines the user experience by mapping views to
 * pages.
 *
 * <p>CloudFormation type {@code AWS::Connect::Workspace}.
 */
public final class Workspace extends Resource<Workspace> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::Workspace")
      .required("InstanceArn", "Name")
      .constrain("Associations", Constraint.of().maxLength(2048))
      .constrain("Description", Constraint.of().pattern("^[\\P{C}\r\n\t]*$").minLength(0).maxLength(500))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .constrain("Name", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
      .constrain("Title", Constraint.of().pattern("^[\\P{C}]*$").minLength(0).maxLength(127))
      .allowed("Visibility", "ALL", "ASSIGNED", "NONE")
      .refYields("Arn")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Workspace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The resource ARNs associated with the workspace
   *
   * <p>Length: at most 2048 characters. CloudFormation property {@code Associations}.
   */
  public Workspace associations(List<String> value) {
    return set("Associations", Value.listOf(value));
  }

  /** Sets {@code Associations} to this value; see {@link #associations(List)}. */
  public Workspace associations(Value<List<String>> value) {
    return set("Associations", value);
  }

  /**
   * The description of the workspace.
   *
   * <p>Length: 0 to 500 characters. Pattern: {@code ^[&#92;P{C} 
 ]*$}. CloudFormation property
   * {@code Description}.
   */
  public Workspace description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Workspace description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public Workspace instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public Workspace instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The media items for the workspace
   *
   * <p>CloudFormation property {@code Media}.
   */
  public Workspace media(List<MediaItem> value) {
    return set("Media", Value.listOf(value));
  }

  /** Sets {@code Media} to this value; see {@link #media(List)}. */
  public Workspace media(Value<List<MediaItem>> value) {
    return set("Media", value);
  }

  /** Sets {@code Media} to a list of these; see {@link #media(List)}. */
  public Workspace media(MediaItem... values) {
    return set("Media", Value.list(values));
  }

  /**
   * The name of the workspace.
   *
   * <p>Required. Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property
   * {@code Name}.
   */
  public Workspace name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Workspace name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The pages associated with the workspace
   *
   * <p>CloudFormation property {@code Pages}.
   */
  public Workspace pages(List<WorkspacePage> value) {
    return set("Pages", Value.listOf(value));
  }

  /** Sets {@code Pages} to this value; see {@link #pages(List)}. */
  public Workspace pages(Value<List<WorkspacePage>> value) {
    return set("Pages", value);
  }

  /** Sets {@code Pages} to a list of these; see {@link #pages(List)}. */
  public Workspace pages(WorkspacePage... values) {
    return set("Pages", Value.list(values));
  }

  /**
   * The tags used to organize, track, or control access for the workspace.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workspace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Workspace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Workspace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The theme configuration for the workspace, including colors and styling.
   *
   * <p>CloudFormation property {@code Theme}.
   */
  public Workspace theme(Value<WorkspaceTheme> value) {
    return set("Theme", value);
  }

  /**
   * The title displayed for the workspace.
   *
   * <p>Length: 0 to 127 characters. Pattern: {@code ^[&#92;P{C}]*$}. CloudFormation property {@code
   * Title}.
   */
  public Workspace title(String value) {
    return set("Title", Value.of(value));
  }

  /** Sets {@code Title} to this value; see {@link #title(String)}. */
  public Workspace title(Value<String> value) {
    return set("Title", value);
  }

  /**
   * Controls who can access the workspace. Valid values are: <code>ALL</code> (all users),
   * <code>ASSIGNED</code> (only assigned users and routing profiles), and <code>NONE</code> (not
   * visible).
   *
   * <p>Allowed values: {@code ALL}, {@code ASSIGNED}, {@code NONE}. CloudFormation property {@code
   * Visibility}.
   */
  public Workspace visibility(String value) {
    return set("Visibility", Value.of(value));
  }

  /** Sets {@code Visibility} to this value; see {@link #visibility(String)}. */
  public Workspace visibility(Value<String> value) {
    return set("Visibility", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the workspace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the workspace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Contains font family configuration for workspace themes.
   *
   * <p>Property type {@code AWS::Connect::Workspace.FontFamily}.
   */
  public static final class FontFamily extends Struct<FontFamily> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Workspace.FontFamily")
        .allowed("Default", "ARIAL", "COURIER_NEW", "GEORGIA", "TIMES_NEW_ROMAN", "TREBUCHET",
            "VERDANA")
        .build();

    public FontFamily() {
      super(SCHEMA);
    }

    /**
     * The default font family to use in the workspace theme.
     *
     * <p>Allowed values: {@code ARIAL}, {@code COURIER_NEW}, {@code GEORGIA}, {@code
     * TIMES_NEW_ROMAN}, {@code TREBUCHET}, {@code VERDANA}. CloudFormation property {@code
     * Default}.
     */
    public FontFamily defaultProperty(String value) {
      return set("Default", Value.of(value));
    }

    /** Sets {@code Default} to this value; see {@link #defaultProperty(String)}. */
    public FontFamily defaultProperty(Value<String> value) {
      return set("Default", value);
    }
  }

  /**
   * Contains information about a media asset used in a workspace.
   *
   * <p>Property type {@code AWS::Connect::Workspace.MediaItem}.
   */
  public static final class MediaItem extends Struct<MediaItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Workspace.MediaItem")
        .required("Type")
        .constrain("Source", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(533333))
        .allowed("Type", "IMAGE_LOGO_LIGHT_FAVICON", "IMAGE_LOGO_DARK_FAVICON",
            "IMAGE_LOGO_LIGHT_HORIZONTAL", "IMAGE_LOGO_DARK_HORIZONTAL")
        .build();

    public MediaItem() {
      super(SCHEMA);
    }

    /**
     * The source URL or data for the media asset.
     *
     * <p>Length: 1 to 533333 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property
     * {@code Source}.
     */
    public MediaItem source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public MediaItem source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The type of media. Valid values are: <code>IMAGE_LOGO_FAVICON</code> and
     * <code>IMAGE_LOGO_HORIZONTAL</code> .
     *
     * <p>Required. Allowed values: {@code IMAGE_LOGO_LIGHT_FAVICON}, {@code
     * IMAGE_LOGO_DARK_FAVICON}, {@code IMAGE_LOGO_LIGHT_HORIZONTAL}, {@code
     * IMAGE_LOGO_DARK_HORIZONTAL}. CloudFormation property {@code Type}.
     */
    public MediaItem type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public MediaItem type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains color configuration for canvas elements in a workspace theme.
   *
   * <p>Property type {@code AWS::Connect::Workspace.PaletteCanvas}.
   */
  public static final class PaletteCanvas extends Struct<PaletteCanvas> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Workspace.PaletteCanvas")
        .constrain("ActiveBackground", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .constrain("ContainerBackground", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .constrain("PageBackground", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .build();

    public PaletteCanvas() {
      super(SCHEMA);
    }

    /**
     * The background color for active elements.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * ActiveBackground}.
     */
    public PaletteCanvas activeBackground(String value) {
      return set("ActiveBackground", Value.of(value));
    }

    /** Sets {@code ActiveBackground} to this value; see {@link #activeBackground(String)}. */
    public PaletteCanvas activeBackground(Value<String> value) {
      return set("ActiveBackground", value);
    }

    /**
     * The background color for container elements.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * ContainerBackground}.
     */
    public PaletteCanvas containerBackground(String value) {
      return set("ContainerBackground", Value.of(value));
    }

    /** Sets {@code ContainerBackground} to this value; see {@link #containerBackground(String)}. */
    public PaletteCanvas containerBackground(Value<String> value) {
      return set("ContainerBackground", value);
    }

    /**
     * The background color for page elements.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * PageBackground}.
     */
    public PaletteCanvas pageBackground(String value) {
      return set("PageBackground", Value.of(value));
    }

    /** Sets {@code PageBackground} to this value; see {@link #pageBackground(String)}. */
    public PaletteCanvas pageBackground(Value<String> value) {
      return set("PageBackground", value);
    }
  }

  /**
   * Contains color configuration for header elements in a workspace theme.
   *
   * <p>Property type {@code AWS::Connect::Workspace.PaletteHeader}.
   */
  public static final class PaletteHeader extends Struct<PaletteHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Workspace.PaletteHeader")
        .constrain("Background", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .constrain("Text", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .constrain("TextHover", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .build();

    public PaletteHeader() {
      super(SCHEMA);
    }

    /**
     * The background color of the header.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * Background}.
     */
    public PaletteHeader background(String value) {
      return set("Background", Value.of(value));
    }

    /** Sets {@code Background} to this value; see {@link #background(String)}. */
    public PaletteHeader background(Value<String> value) {
      return set("Background", value);
    }

    /**
     * Whether to invert the colors of action buttons in the header.
     *
     * <p>CloudFormation property {@code InvertActionsColors}.
     */
    public PaletteHeader invertActionsColors(boolean value) {
      return set("InvertActionsColors", Value.of(value));
    }

    /**
     * Sets {@code InvertActionsColors} to this value; see {@link #invertActionsColors(boolean)}.
     */
    public PaletteHeader invertActionsColors(Value<Boolean> value) {
      return set("InvertActionsColors", value);
    }

    /**
     * The text color in the header.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * Text}.
     */
    public PaletteHeader text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public PaletteHeader text(Value<String> value) {
      return set("Text", value);
    }

    /**
     * The text color when hovering over header elements.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * TextHover}.
     */
    public PaletteHeader textHover(String value) {
      return set("TextHover", Value.of(value));
    }

    /** Sets {@code TextHover} to this value; see {@link #textHover(String)}. */
    public PaletteHeader textHover(Value<String> value) {
      return set("TextHover", value);
    }
  }

  /**
   * Contains color configuration for navigation elements in a workspace theme.
   *
   * <p>Property type {@code AWS::Connect::Workspace.PaletteNavigation}.
   */
  public static final class PaletteNavigation extends Struct<PaletteNavigation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Workspace.PaletteNavigation")
        .constrain("Background", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .constrain("Text", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .constrain("TextActive", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .constrain("TextBackgroundActive", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .constrain("TextBackgroundHover", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .constrain("TextHover", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .build();

    public PaletteNavigation() {
      super(SCHEMA);
    }

    /**
     * The background color of the navigation area.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * Background}.
     */
    public PaletteNavigation background(String value) {
      return set("Background", Value.of(value));
    }

    /** Sets {@code Background} to this value; see {@link #background(String)}. */
    public PaletteNavigation background(Value<String> value) {
      return set("Background", value);
    }

    /**
     * Whether to invert the colors of action buttons in the navigation area.
     *
     * <p>CloudFormation property {@code InvertActionsColors}.
     */
    public PaletteNavigation invertActionsColors(boolean value) {
      return set("InvertActionsColors", Value.of(value));
    }

    /**
     * Sets {@code InvertActionsColors} to this value; see {@link #invertActionsColors(boolean)}.
     */
    public PaletteNavigation invertActionsColors(Value<Boolean> value) {
      return set("InvertActionsColors", value);
    }

    /**
     * The text color in the navigation area.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * Text}.
     */
    public PaletteNavigation text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public PaletteNavigation text(Value<String> value) {
      return set("Text", value);
    }

    /**
     * The text color for active navigation items.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * TextActive}.
     */
    public PaletteNavigation textActive(String value) {
      return set("TextActive", Value.of(value));
    }

    /** Sets {@code TextActive} to this value; see {@link #textActive(String)}. */
    public PaletteNavigation textActive(Value<String> value) {
      return set("TextActive", value);
    }

    /**
     * The background color for active navigation items.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * TextBackgroundActive}.
     */
    public PaletteNavigation textBackgroundActive(String value) {
      return set("TextBackgroundActive", Value.of(value));
    }

    /**
     * Sets {@code TextBackgroundActive} to this value; see {@link #textBackgroundActive(String)}.
     */
    public PaletteNavigation textBackgroundActive(Value<String> value) {
      return set("TextBackgroundActive", value);
    }

    /**
     * The background color when hovering over navigation text.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * TextBackgroundHover}.
     */
    public PaletteNavigation textBackgroundHover(String value) {
      return set("TextBackgroundHover", Value.of(value));
    }

    /** Sets {@code TextBackgroundHover} to this value; see {@link #textBackgroundHover(String)}. */
    public PaletteNavigation textBackgroundHover(Value<String> value) {
      return set("TextBackgroundHover", value);
    }

    /**
     * The text color when hovering over navigation items.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * TextHover}.
     */
    public PaletteNavigation textHover(String value) {
      return set("TextHover", Value.of(value));
    }

    /** Sets {@code TextHover} to this value; see {@link #textHover(String)}. */
    public PaletteNavigation textHover(Value<String> value) {
      return set("TextHover", value);
    }
  }

  /**
   * Contains primary color configuration for a workspace theme.
   *
   * <p>Property type {@code AWS::Connect::Workspace.PalettePrimary}.
   */
  public static final class PalettePrimary extends Struct<PalettePrimary> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Workspace.PalettePrimary")
        .constrain("Active", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .constrain("ContrastText", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .constrain("Default", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
        .build();

    public PalettePrimary() {
      super(SCHEMA);
    }

    /**
     * The primary color used for active states.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * Active}.
     */
    public PalettePrimary active(String value) {
      return set("Active", Value.of(value));
    }

    /** Sets {@code Active} to this value; see {@link #active(String)}. */
    public PalettePrimary active(Value<String> value) {
      return set("Active", value);
    }

    /**
     * The text color that contrasts with the primary color for readability.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * ContrastText}.
     */
    public PalettePrimary contrastText(String value) {
      return set("ContrastText", Value.of(value));
    }

    /** Sets {@code ContrastText} to this value; see {@link #contrastText(String)}. */
    public PalettePrimary contrastText(Value<String> value) {
      return set("ContrastText", value);
    }

    /**
     * The default primary color used throughout the workspace.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * Default}.
     */
    public PalettePrimary defaultProperty(String value) {
      return set("Default", Value.of(value));
    }

    /** Sets {@code Default} to this value; see {@link #defaultProperty(String)}. */
    public PalettePrimary defaultProperty(Value<String> value) {
      return set("Default", value);
    }
  }

  /**
   * Contains information about a page configuration in a workspace, including the view assigned to
   * the page.
   *
   * <p>Property type {@code AWS::Connect::Workspace.WorkspacePage}.
   */
  public static final class WorkspacePage extends Struct<WorkspacePage> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Workspace.WorkspacePage")
        .required("Page", "ResourceArn")
        .constrain("InputData", Constraint.of().minLength(0).maxLength(4096))
        .constrain("Page", Constraint.of().pattern("^(?!\\.$)(?!\\.\\.$)[\\p{L}\\p{Z}\\p{N}\\-_.:=@'|]+$").minLength(1).maxLength(25))
        .constrain("ResourceArn", Constraint.of().maxLength(2048))
        .constrain("Slug", Constraint.of().pattern("^$|^[\\p{L}\\p{Z}\\p{N}\\-_.:=@'|]{3,}$").minLength(0).maxLength(63))
        .build();

    public WorkspacePage() {
      super(SCHEMA);
    }

    /**
     * A JSON string containing input parameters passed to the view when the page is rendered.
     *
     * <p>Length: 0 to 4096 characters. CloudFormation property {@code InputData}.
     */
    public WorkspacePage inputData(String value) {
      return set("InputData", Value.of(value));
    }

    /** Sets {@code InputData} to this value; see {@link #inputData(String)}. */
    public WorkspacePage inputData(Value<String> value) {
      return set("InputData", value);
    }

    /**
     * The page identifier. System pages include <code>HOME</code> and <code>AGENT_EXPERIENCE</code>
     * .
     *
     * <p>Required. Length: 1 to 25 characters. Pattern: {@code
     * ^(?!&#92;.$)(?!&#92;.&#92;.$)[&#92;p{L}&#92;p{Z}&#92;p{N}&#92;-_.:=&#64;'|]+$}.
     * CloudFormation property {@code Page}.
     */
    public WorkspacePage page(String value) {
      return set("Page", Value.of(value));
    }

    /** Sets {@code Page} to this value; see {@link #page(String)}. */
    public WorkspacePage page(Value<String> value) {
      return set("Page", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the view associated with this page.
     *
     * <p>Required. Length: at most 2048 characters. CloudFormation property {@code ResourceArn}.
     */
    public WorkspacePage resourceArn(String value) {
      return set("ResourceArn", Value.of(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
    public WorkspacePage resourceArn(Value<String> value) {
      return set("ResourceArn", value);
    }

    /**
     * The URL-friendly identifier for the page.
     *
     * <p>Length: 0 to 63 characters. Pattern: {@code
     * ^$|^[&#92;p{L}&#92;p{Z}&#92;p{N}&#92;-_.:=&#64;'|]{3,}$}. CloudFormation property {@code
     * Slug}.
     */
    public WorkspacePage slug(String value) {
      return set("Slug", Value.of(value));
    }

    /** Sets {@code Slug} to this value; see {@link #slug(String)}. */
    public WorkspacePage slug(Value<String> value) {
      return set("Slug", value);
    }
  }

  /**
   * Contains theme configuration for a workspace, supporting both light and dark modes.
   *
   * <p>Property type {@code AWS::Connect::Workspace.WorkspaceTheme}.
   */
  public static final class WorkspaceTheme extends Struct<WorkspaceTheme> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::Workspace.WorkspaceTheme");

    public WorkspaceTheme() {
      super(SCHEMA);
    }

    /**
     * The theme configuration for dark mode.
     *
     * <p>CloudFormation property {@code Dark}.
     */
    public WorkspaceTheme dark(Value<WorkspaceThemeConfig> value) {
      return set("Dark", value);
    }

    /**
     * The theme configuration for light mode.
     *
     * <p>CloudFormation property {@code Light}.
     */
    public WorkspaceTheme light(Value<WorkspaceThemeConfig> value) {
      return set("Light", value);
    }
  }

  /**
   * Contains detailed theme configuration for a workspace, including colors, images, and
   * typography.
   *
   * <p>Property type {@code AWS::Connect::Workspace.WorkspaceThemeConfig}.
   */
  public static final class WorkspaceThemeConfig extends Struct<WorkspaceThemeConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::Workspace.WorkspaceThemeConfig");

    public WorkspaceThemeConfig() {
      super(SCHEMA);
    }

    /**
     * The color palette configuration for the workspace theme.
     *
     * <p>CloudFormation property {@code Palette}.
     */
    public WorkspaceThemeConfig palette(Value<WorkspaceThemePalette> value) {
      return set("Palette", value);
    }

    /**
     * The typography configuration for the workspace theme.
     *
     * <p>CloudFormation property {@code Typography}.
     */
    public WorkspaceThemeConfig typography(Value<WorkspaceThemeTypography> value) {
      return set("Typography", value);
    }
  }

  /**
   * Contains color palette configuration for different areas of a workspace.
   *
   * <p>Property type {@code AWS::Connect::Workspace.WorkspaceThemePalette}.
   */
  public static final class WorkspaceThemePalette extends Struct<WorkspaceThemePalette> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::Workspace.WorkspaceThemePalette");

    public WorkspaceThemePalette() {
      super(SCHEMA);
    }

    /**
     * The color configuration for the canvas area.
     *
     * <p>CloudFormation property {@code Canvas}.
     */
    public WorkspaceThemePalette canvas(Value<PaletteCanvas> value) {
      return set("Canvas", value);
    }

    /**
     * The color configuration for the header area.
     *
     * <p>CloudFormation property {@code Header}.
     */
    public WorkspaceThemePalette header(Value<PaletteHeader> value) {
      return set("Header", value);
    }

    /**
     * The color configuration for the navigation area.
     *
     * <p>CloudFormation property {@code Navigation}.
     */
    public WorkspaceThemePalette navigation(Value<PaletteNavigation> value) {
      return set("Navigation", value);
    }

    /**
     * The primary color configuration used throughout the workspace.
     *
     * <p>CloudFormation property {@code Primary}.
     */
    public WorkspaceThemePalette primary(Value<PalettePrimary> value) {
      return set("Primary", value);
    }
  }

  /**
   * Contains typography configuration for a workspace theme.
   *
   * <p>Property type {@code AWS::Connect::Workspace.WorkspaceThemeTypography}.
   */
  public static final class WorkspaceThemeTypography extends Struct<WorkspaceThemeTypography> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::Workspace.WorkspaceThemeTypography");

    public WorkspaceThemeTypography() {
      super(SCHEMA);
    }

    /**
     * The font family configuration for text in the workspace.
     *
     * <p>CloudFormation property {@code FontFamily}.
     */
    public WorkspaceThemeTypography fontFamily(Value<FontFamily> value) {
      return set("FontFamily", value);
    }
  }
}
