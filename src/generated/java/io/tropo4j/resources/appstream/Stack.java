// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appstream;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AppStream::Stack</code> resource creates a stack to start streaming applications
 * to Amazon AppStream 2.0 users. A stack consists of an associated fleet, user access policies, and
 * storage configurations.
 *
 * <p>CloudFormation type {@code AWS::AppStream::Stack}.
 */
public final class Stack extends Resource<Stack> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Stack")
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .constrain("DisplayName", Constraint.of().minLength(0).maxLength(100))
      .constrain("EmbedHostDomains", Constraint.of().pattern("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$").minLength(0).maxLength(128))
      .constrain("FeedbackURL", Constraint.of().minLength(0).maxLength(1000))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$"))
      .constrain("RedirectURL", Constraint.of().minLength(0).maxLength(1000))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Stack(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of virtual private cloud (VPC) interface endpoint objects. Users of the stack can
   * connect to WorkSpaces Applications only through the specified endpoints.
   *
   * <p>CloudFormation property {@code AccessEndpoints}.
   */
  public Stack accessEndpoints(List<AccessEndpoint> value) {
    return set("AccessEndpoints", Value.listOf(value));
  }

  /** Sets {@code AccessEndpoints} to this value; see {@link #accessEndpoints(List)}. */
  public Stack accessEndpoints(Value<List<AccessEndpoint>> value) {
    return set("AccessEndpoints", value);
  }

  /** Sets {@code AccessEndpoints} to a list of these; see {@link #accessEndpoints(List)}. */
  public Stack accessEndpoints(AccessEndpoint... values) {
    return set("AccessEndpoints", Value.list(values));
  }

  /**
   * The configuration for agent access on a stack. Agent access enables AI agents to interact with
   * desktop applications during streaming sessions.
   *
   * <p>CloudFormation property {@code AgentAccessConfig}.
   */
  public Stack agentAccessConfig(Value<AgentAccessConfig> value) {
    return set("AgentAccessConfig", value);
  }

  /**
   * The persistent application settings for users of the stack. When these settings are enabled,
   * changes that users make to applications and Windows settings are automatically saved after each
   * session and applied to the next session.
   *
   * <p>CloudFormation property {@code ApplicationSettings}.
   */
  public Stack applicationSettings(Value<ApplicationSettings> value) {
    return set("ApplicationSettings", value);
  }

  /**
   * The stack attributes to delete.
   *
   * <p>CloudFormation property {@code AttributesToDelete}.
   */
  public Stack attributesToDelete(List<String> value) {
    return set("AttributesToDelete", Value.listOf(value));
  }

  /** Sets {@code AttributesToDelete} to this value; see {@link #attributesToDelete(List)}. */
  public Stack attributesToDelete(Value<List<String>> value) {
    return set("AttributesToDelete", value);
  }

  /**
   * The content redirection settings for the stack.
   *
   * <p>CloudFormation property {@code ContentRedirection}.
   */
  public Stack contentRedirection(Value<ContentRedirection> value) {
    return set("ContentRedirection", value);
  }

  /**
   * <em>This parameter has been deprecated.</em>
   *
   * <p>Deletes the storage connectors currently enabled for the stack.
   *
   * <p>CloudFormation property {@code DeleteStorageConnectors}.
   */
  public Stack deleteStorageConnectors(boolean value) {
    return set("DeleteStorageConnectors", Value.of(value));
  }

  /**
   * Sets {@code DeleteStorageConnectors} to this value; see {@link
   * #deleteStorageConnectors(boolean)}.
   */
  public Stack deleteStorageConnectors(Value<Boolean> value) {
    return set("DeleteStorageConnectors", value);
  }

  /**
   * The description to display.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
   */
  public Stack description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Stack description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The stack name to display.
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public Stack displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Stack displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The domains where WorkSpaces Applications streaming sessions can be embedded in an iframe. You
   * must approve the domains that you want to host embedded WorkSpaces Applications streaming
   * sessions.
   *
   * <p>Length: 0 to 128 characters. Pattern: {@code
   * ^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?&#92;.)+[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$}.
   * CloudFormation property {@code EmbedHostDomains}.
   */
  public Stack embedHostDomains(List<String> value) {
    return set("EmbedHostDomains", Value.listOf(value));
  }

  /** Sets {@code EmbedHostDomains} to this value; see {@link #embedHostDomains(List)}. */
  public Stack embedHostDomains(Value<List<String>> value) {
    return set("EmbedHostDomains", value);
  }

  /**
   * The URL that users are redirected to after they click the Send Feedback link. If no URL is
   * specified, no Send Feedback link is displayed.
   *
   * <p>Length: 0 to 1000 characters. CloudFormation property {@code FeedbackURL}.
   */
  public Stack feedbackURL(String value) {
    return set("FeedbackURL", Value.of(value));
  }

  /** Sets {@code FeedbackURL} to this value; see {@link #feedbackURL(String)}. */
  public Stack feedbackURL(Value<String> value) {
    return set("FeedbackURL", value);
  }

  /**
   * The name of the stack.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$}.
   * CloudFormation property {@code Name}.
   */
  public Stack name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Stack name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The URL that users are redirected to after their streaming session ends.
   *
   * <p>Length: 0 to 1000 characters. CloudFormation property {@code RedirectURL}.
   */
  public Stack redirectURL(String value) {
    return set("RedirectURL", Value.of(value));
  }

  /** Sets {@code RedirectURL} to this value; see {@link #redirectURL(String)}. */
  public Stack redirectURL(Value<String> value) {
    return set("RedirectURL", value);
  }

  /**
   * The storage connectors to enable.
   *
   * <p>CloudFormation property {@code StorageConnectors}.
   */
  public Stack storageConnectors(List<StorageConnector> value) {
    return set("StorageConnectors", Value.listOf(value));
  }

  /** Sets {@code StorageConnectors} to this value; see {@link #storageConnectors(List)}. */
  public Stack storageConnectors(Value<List<StorageConnector>> value) {
    return set("StorageConnectors", value);
  }

  /** Sets {@code StorageConnectors} to a list of these; see {@link #storageConnectors(List)}. */
  public Stack storageConnectors(StorageConnector... values) {
    return set("StorageConnectors", Value.list(values));
  }

  /**
   * The streaming protocol that you want your stack to prefer. This can be UDP or TCP. Currently,
   * UDP is only supported in the Windows native client.
   *
   * <p>CloudFormation property {@code StreamingExperienceSettings}.
   */
  public Stack streamingExperienceSettings(Value<StreamingExperienceSettings> value) {
    return set("StreamingExperienceSettings", value);
  }

  /**
   * An array of key-value pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Stack tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Stack tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Stack tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The actions that are enabled or disabled for users during their streaming sessions. By default,
   * these actions are enabled.
   *
   * <p>CloudFormation property {@code UserSettings}.
   */
  public Stack userSettings(List<UserSetting> value) {
    return set("UserSettings", Value.listOf(value));
  }

  /** Sets {@code UserSettings} to this value; see {@link #userSettings(List)}. */
  public Stack userSettings(Value<List<UserSetting>> value) {
    return set("UserSettings", value);
  }

  /** Sets {@code UserSettings} to a list of these; see {@link #userSettings(List)}. */
  public Stack userSettings(UserSetting... values) {
    return set("UserSettings", Value.list(values));
  }

  /**
   * Describes an interface VPC endpoint (interface endpoint) that lets you create a private
   * connection between the virtual private cloud (VPC) that you specify and WorkSpaces
   * Applications. When you specify an interface endpoint for a stack, users of the stack can
   * connect to WorkSpaces Applications only through that endpoint. When you specify an interface
   * endpoint for an image builder, administrators can connect to the image builder only through
   * that endpoint.
   *
   * <p>Property type {@code AWS::AppStream::Stack.AccessEndpoint}.
   */
  public static final class AccessEndpoint extends Struct<AccessEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Stack.AccessEndpoint")
        .required("EndpointType", "VpceId")
        .allowed("EndpointType", "STREAMING")
        .constrain("VpceId", Constraint.of().minLength(1))
        .build();

    public AccessEndpoint() {
      super(SCHEMA);
    }

    /**
     * The type of interface endpoint.
     *
     * <p>Required. Allowed values: {@code STREAMING}. CloudFormation property {@code EndpointType}.
     */
    public AccessEndpoint endpointType(String value) {
      return set("EndpointType", Value.of(value));
    }

    /** Sets {@code EndpointType} to this value; see {@link #endpointType(String)}. */
    public AccessEndpoint endpointType(Value<String> value) {
      return set("EndpointType", value);
    }

    /**
     * The identifier (ID) of the VPC in which the interface endpoint is used.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code VpceId}.
     */
    public AccessEndpoint vpceId(String value) {
      return set("VpceId", Value.of(value));
    }

    /** Sets {@code VpceId} to this value; see {@link #vpceId(String)}. */
    public AccessEndpoint vpceId(Value<String> value) {
      return set("VpceId", value);
    }
  }

  /**
   * The configuration for agent access on a stack. Agent access enables AI agents to interact with
   * desktop applications during streaming sessions.
   *
   * <p>Property type {@code AWS::AppStream::Stack.AgentAccessConfig}.
   */
  public static final class AgentAccessConfig extends Struct<AgentAccessConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Stack.AgentAccessConfig")
        .required("ScreenImageFormat", "ScreenResolution", "Settings")
        .constrain("S3BucketArn", Constraint.of().pattern("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:s3:::[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]$"))
        .allowed("ScreenImageFormat", "JPEG", "PNG")
        .allowed("ScreenResolution", "W_1280xH_720")
        .allowed("UserControlMode", "DISABLED", "VIEW_ONLY", "VIEW_STOP")
        .build();

    public AgentAccessConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon S3 bucket where agent screenshots are stored.
     * Required when ScreenshotsUploadEnabled is true.
     *
     * <p>Pattern: {@code
     * ^arn:aws(?:&#92;-cn|&#92;-iso&#92;-b|&#92;-iso|&#92;-us&#92;-gov)?:s3:::[a-z0-9][a-z0-9.&#92;-]{1,61}[a-z0-9]$}.
     * CloudFormation property {@code S3BucketArn}.
     */
    public AgentAccessConfig s3BucketArn(String value) {
      return set("S3BucketArn", Value.of(value));
    }

    /** Sets {@code S3BucketArn} to this value; see {@link #s3BucketArn(String)}. */
    public AgentAccessConfig s3BucketArn(Value<String> value) {
      return set("S3BucketArn", value);
    }

    /**
     * The image format for agent screen captures.
     *
     * <p>Required. Allowed values: {@code JPEG}, {@code PNG}. CloudFormation property {@code
     * ScreenImageFormat}.
     */
    public AgentAccessConfig screenImageFormat(String value) {
      return set("ScreenImageFormat", Value.of(value));
    }

    /** Sets {@code ScreenImageFormat} to this value; see {@link #screenImageFormat(String)}. */
    public AgentAccessConfig screenImageFormat(Value<String> value) {
      return set("ScreenImageFormat", value);
    }

    /**
     * The screen resolution for the agent streaming environment.
     *
     * <p>Required. Allowed values: {@code W_1280xH_720}. CloudFormation property {@code
     * ScreenResolution}.
     */
    public AgentAccessConfig screenResolution(String value) {
      return set("ScreenResolution", Value.of(value));
    }

    /** Sets {@code ScreenResolution} to this value; see {@link #screenResolution(String)}. */
    public AgentAccessConfig screenResolution(Value<String> value) {
      return set("ScreenResolution", value);
    }

    /**
     * Indicates whether screenshot uploads to Amazon S3 are enabled for agent sessions.
     *
     * <p>CloudFormation property {@code ScreenshotsUploadEnabled}.
     */
    public AgentAccessConfig screenshotsUploadEnabled(boolean value) {
      return set("ScreenshotsUploadEnabled", Value.of(value));
    }

    /**
     * Sets {@code ScreenshotsUploadEnabled} to this value; see {@link
     * #screenshotsUploadEnabled(boolean)}.
     */
    public AgentAccessConfig screenshotsUploadEnabled(Value<Boolean> value) {
      return set("ScreenshotsUploadEnabled", value);
    }

    /**
     * The list of agent access settings that define permissions for each agent action. You must
     * specify at least one setting.
     *
     * <p>Required. CloudFormation property {@code Settings}.
     */
    public AgentAccessConfig settings(List<AgentAccessSetting> value) {
      return set("Settings", Value.listOf(value));
    }

    /** Sets {@code Settings} to this value; see {@link #settings(List)}. */
    public AgentAccessConfig settings(Value<List<AgentAccessSetting>> value) {
      return set("Settings", value);
    }

    /** Sets {@code Settings} to a list of these; see {@link #settings(List)}. */
    public AgentAccessConfig settings(AgentAccessSetting... values) {
      return set("Settings", Value.list(values));
    }

    /**
     * The user control mode for agent sessions. This setting determines how users can interact with
     * agent sessions. Valid values are VIEW_ONLY, VIEW_STOP, and DISABLED.
     *
     * <p>Allowed values: {@code DISABLED}, {@code VIEW_ONLY}, {@code VIEW_STOP}. CloudFormation
     * property {@code UserControlMode}.
     */
    public AgentAccessConfig userControlMode(String value) {
      return set("UserControlMode", Value.of(value));
    }

    /** Sets {@code UserControlMode} to this value; see {@link #userControlMode(String)}. */
    public AgentAccessConfig userControlMode(Value<String> value) {
      return set("UserControlMode", value);
    }
  }

  /**
   * A permission setting for an agent action. Each setting specifies an agent action and whether it
   * is enabled or disabled.
   *
   * <p>Property type {@code AWS::AppStream::Stack.AgentAccessSetting}.
   */
  public static final class AgentAccessSetting extends Struct<AgentAccessSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Stack.AgentAccessSetting")
        .required("AgentAction", "Permission")
        .allowed("AgentAction", "COMPUTER_INPUT", "COMPUTER_VISION", "FORWARD_MCP_TOOLS")
        .allowed("Permission", "DISABLED", "ENABLED")
        .build();

    public AgentAccessSetting() {
      super(SCHEMA);
    }

    /**
     * The agent action to configure. Valid values are COMPUTER_VISION, COMPUTER_INPUT, and
     * FORWARD_MCP_TOOLS. COMPUTER_VISION allows agents to take screenshots of the desktop.
     * COMPUTER_INPUT allows agents to click, type, and scroll on the desktop and requires
     * COMPUTER_VISION to also be enabled. FORWARD_MCP_TOOLS allows agents to interact with
     * applications and the desktop operating system through direct MCP calls rather than using
     * computer use tools. Forwards MCP tools configured on the WorkSpaces application session to
     * the agent.
     *
     * <p>Required. Allowed values: {@code COMPUTER_INPUT}, {@code COMPUTER_VISION}, {@code
     * FORWARD_MCP_TOOLS}. CloudFormation property {@code AgentAction}.
     */
    public AgentAccessSetting agentAction(String value) {
      return set("AgentAction", Value.of(value));
    }

    /** Sets {@code AgentAction} to this value; see {@link #agentAction(String)}. */
    public AgentAccessSetting agentAction(Value<String> value) {
      return set("AgentAction", value);
    }

    /**
     * Whether the agent action is enabled or disabled.
     *
     * <p>Required. Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property
     * {@code Permission}.
     */
    public AgentAccessSetting permission(String value) {
      return set("Permission", Value.of(value));
    }

    /** Sets {@code Permission} to this value; see {@link #permission(String)}. */
    public AgentAccessSetting permission(Value<String> value) {
      return set("Permission", value);
    }
  }

  /**
   * The persistent application settings for users of a stack.
   *
   * <p>Property type {@code AWS::AppStream::Stack.ApplicationSettings}.
   */
  public static final class ApplicationSettings extends Struct<ApplicationSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Stack.ApplicationSettings")
        .required("Enabled")
        .constrain("SettingsGroup", Constraint.of().minLength(0).maxLength(100))
        .build();

    public ApplicationSettings() {
      super(SCHEMA);
    }

    /**
     * Enables or disables persistent application settings for users during their streaming
     * sessions.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public ApplicationSettings enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ApplicationSettings enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The path prefix for the S3 bucket where users’ persistent application settings are stored.
     * You can allow the same persistent application settings to be used across multiple stacks by
     * specifying the same settings group for each stack.
     *
     * <p>Length: 0 to 100 characters. CloudFormation property {@code SettingsGroup}.
     */
    public ApplicationSettings settingsGroup(String value) {
      return set("SettingsGroup", Value.of(value));
    }

    /** Sets {@code SettingsGroup} to this value; see {@link #settingsGroup(String)}. */
    public ApplicationSettings settingsGroup(Value<String> value) {
      return set("SettingsGroup", value);
    }
  }

  /**
   * The content redirection settings for the stack.
   *
   * <p>Property type {@code AWS::AppStream::Stack.ContentRedirection}.
   */
  public static final class ContentRedirection extends Struct<ContentRedirection> {
    private static final Schema SCHEMA = Schema.of("AWS::AppStream::Stack.ContentRedirection");

    public ContentRedirection() {
      super(SCHEMA);
    }

    /**
     * The configuration for URL redirection.
     *
     * <p>CloudFormation property {@code HostToClient}.
     */
    public ContentRedirection hostToClient(Value<UrlRedirectionConfig> value) {
      return set("HostToClient", value);
    }
  }

  /**
   * A connector that enables persistent storage for users.
   *
   * <p>Property type {@code AWS::AppStream::Stack.StorageConnector}.
   */
  public static final class StorageConnector extends Struct<StorageConnector> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Stack.StorageConnector")
        .required("ConnectorType")
        .allowed("ConnectorType", "GOOGLE_DRIVE", "HOMEFOLDERS", "ONE_DRIVE")
        .constrain("Domains", Constraint.of().minLength(1).maxLength(64))
        .constrain("ResourceIdentifier", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public StorageConnector() {
      super(SCHEMA);
    }

    /**
     * The type of storage connector.
     *
     * <p>Required. Allowed values: {@code GOOGLE_DRIVE}, {@code HOMEFOLDERS}, {@code ONE_DRIVE}.
     * CloudFormation property {@code ConnectorType}.
     */
    public StorageConnector connectorType(String value) {
      return set("ConnectorType", Value.of(value));
    }

    /** Sets {@code ConnectorType} to this value; see {@link #connectorType(String)}. */
    public StorageConnector connectorType(Value<String> value) {
      return set("ConnectorType", value);
    }

    /**
     * The names of the domains for the account.
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code Domains}.
     */
    public StorageConnector domains(List<String> value) {
      return set("Domains", Value.listOf(value));
    }

    /** Sets {@code Domains} to this value; see {@link #domains(List)}. */
    public StorageConnector domains(Value<List<String>> value) {
      return set("Domains", value);
    }

    /**
     * The ARN of the storage connector.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code ResourceIdentifier}.
     */
    public StorageConnector resourceIdentifier(String value) {
      return set("ResourceIdentifier", Value.of(value));
    }

    /** Sets {@code ResourceIdentifier} to this value; see {@link #resourceIdentifier(String)}. */
    public StorageConnector resourceIdentifier(Value<String> value) {
      return set("ResourceIdentifier", value);
    }
  }

  /**
   * The streaming protocol that you want your stack to prefer. This can be UDP or TCP. Currently,
   * UDP is only supported in the Windows native client.
   *
   * <p>Property type {@code AWS::AppStream::Stack.StreamingExperienceSettings}.
   */
  public static final class StreamingExperienceSettings extends Struct<StreamingExperienceSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Stack.StreamingExperienceSettings")
        .allowed("PreferredProtocol", "TCP", "UDP")
        .build();

    public StreamingExperienceSettings() {
      super(SCHEMA);
    }

    /**
     * The preferred protocol that you want to use while streaming your application.
     *
     * <p>Allowed values: {@code TCP}, {@code UDP}. CloudFormation property {@code
     * PreferredProtocol}.
     */
    public StreamingExperienceSettings preferredProtocol(String value) {
      return set("PreferredProtocol", Value.of(value));
    }

    /** Sets {@code PreferredProtocol} to this value; see {@link #preferredProtocol(String)}. */
    public StreamingExperienceSettings preferredProtocol(Value<String> value) {
      return set("PreferredProtocol", value);
    }
  }

  /**
   * The configuration for URL redirection.
   *
   * <p>Property type {@code AWS::AppStream::Stack.UrlRedirectionConfig}.
   */
  public static final class UrlRedirectionConfig extends Struct<UrlRedirectionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Stack.UrlRedirectionConfig")
        .required("Enabled")
        .constrain("AllowedUrls", Constraint.of().pattern("^(\\*|https?://[^\\s,;]+)$").minLength(1).maxLength(2048))
        .constrain("DeniedUrls", Constraint.of().pattern("^(\\*|https?://[^\\s,;]+)$").minLength(1).maxLength(2048))
        .build();

    public UrlRedirectionConfig() {
      super(SCHEMA);
    }

    /**
     * The URLs that are allowed for redirection.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code ^(&#92;*|https?://[^&#92;s,;]+)$}.
     * CloudFormation property {@code AllowedUrls}.
     */
    public UrlRedirectionConfig allowedUrls(List<String> value) {
      return set("AllowedUrls", Value.listOf(value));
    }

    /** Sets {@code AllowedUrls} to this value; see {@link #allowedUrls(List)}. */
    public UrlRedirectionConfig allowedUrls(Value<List<String>> value) {
      return set("AllowedUrls", value);
    }

    /**
     * The URLs that are denied for redirection.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code ^(&#92;*|https?://[^&#92;s,;]+)$}.
     * CloudFormation property {@code DeniedUrls}.
     */
    public UrlRedirectionConfig deniedUrls(List<String> value) {
      return set("DeniedUrls", Value.listOf(value));
    }

    /** Sets {@code DeniedUrls} to this value; see {@link #deniedUrls(List)}. */
    public UrlRedirectionConfig deniedUrls(Value<List<String>> value) {
      return set("DeniedUrls", value);
    }

    /**
     * Specifies whether URL redirection is enabled or disabled.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public UrlRedirectionConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public UrlRedirectionConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Specifies an action and whether the action is enabled or disabled for users during their
   * streaming sessions.
   *
   * <p>Property type {@code AWS::AppStream::Stack.UserSetting}.
   */
  public static final class UserSetting extends Struct<UserSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Stack.UserSetting")
        .required("Action", "Permission")
        .allowed("Action", "AUTO_TIME_ZONE_REDIRECTION", "CLIPBOARD_COPY_FROM_LOCAL_DEVICE",
            "CLIPBOARD_COPY_TO_LOCAL_DEVICE", "DOMAIN_PASSWORD_SIGNIN", "DOMAIN_SMART_CARD_SIGNIN",
            "FILE_DOWNLOAD", "FILE_UPLOAD", "PRINTING_TO_LOCAL_DEVICE")
        .allowed("Permission", "DISABLED", "ENABLED")
        .build();

    public UserSetting() {
      super(SCHEMA);
    }

    /**
     * The action that is enabled or disabled.
     *
     * <p>Required. Allowed values: {@code AUTO_TIME_ZONE_REDIRECTION}, {@code
     * CLIPBOARD_COPY_FROM_LOCAL_DEVICE}, {@code CLIPBOARD_COPY_TO_LOCAL_DEVICE}, {@code
     * DOMAIN_PASSWORD_SIGNIN}, {@code DOMAIN_SMART_CARD_SIGNIN}, {@code FILE_DOWNLOAD}, {@code
     * FILE_UPLOAD}, {@code PRINTING_TO_LOCAL_DEVICE}. CloudFormation property {@code Action}.
     */
    public UserSetting action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public UserSetting action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * Specifies the number of characters that can be copied by end users from the local device to
     * the remote session, and to the local device from the remote session.
     *
     * <p>This can be specified only for the <code>CLIPBOARD_COPY_FROM_LOCAL_DEVICE</code> and
     * <code>CLIPBOARD_COPY_TO_LOCAL_DEVICE</code> actions.
     *
     * <p>This defaults to 20,971,520 (20 MB) when unspecified and the permission is
     * <code>ENABLED</code> . This can't be specified when the permission is <code>DISABLED</code> .
     *
     * <p>The value can be between 1 and 20,971,520 (20 MB).
     *
     * <p>CloudFormation property {@code MaximumLength}.
     */
    public UserSetting maximumLength(int value) {
      return set("MaximumLength", Value.of(value));
    }

    /** Sets {@code MaximumLength} to this value; see {@link #maximumLength(int)}. */
    public UserSetting maximumLength(Value<Integer> value) {
      return set("MaximumLength", value);
    }

    /**
     * Indicates whether the action is enabled or disabled.
     *
     * <p>Required. Allowed values: {@code DISABLED}, {@code ENABLED}. CloudFormation property
     * {@code Permission}.
     */
    public UserSetting permission(String value) {
      return set("Permission", Value.of(value));
    }

    /** Sets {@code Permission} to this value; see {@link #permission(String)}. */
    public UserSetting permission(Value<String> value) {
      return set("Permission", value);
    }
  }
}
