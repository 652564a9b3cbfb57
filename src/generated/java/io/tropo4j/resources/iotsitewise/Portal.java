// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotsitewise;

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
 * The AWS IoT SiteWise Monitor feature will no longer be open to new customers starting November 7,
 * 2025 . If you would like to use the AWS IoT SiteWise Monitor feature, sign up prior to that date.
 * Existing customers can continue to use the service as normal. For more information, see <a
 * href="https://docs.aws.amazon.com/iot-sitewise/latest/appguide/iotsitewise-monitor-availability-change.html">AWS
 * IoT SiteWise Monitor availability change</a> .
 *
 * <p>Creates a portal, which can contain projects and dashboards. AWS IoT SiteWise Monitor uses IAM
 * Identity Center or IAM to authenticate portal users and manage user permissions.
 *
 * <p>Before you can sign in to a new portal, you must add at least one identity to that portal. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/administer-portals.html#portal-change-admins">Adding
 * or removing portal administrators</a> in the <em>AWS IoT SiteWise User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::Portal}.
 */
public final class Portal extends Resource<Portal> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Portal")
      .required("PortalContactEmail", "PortalName", "RoleArn")
      .constrain("NotificationSenderEmail", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\.\\+]+@[a-zA-Z0-9_\\-\\.\\+]+\\.[a-zA-Z]{2,}$").minLength(1).maxLength(255))
      .allowed("PortalAuthMode", "IAM", "SSO")
      .constrain("PortalContactEmail", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\.\\+]+@[a-zA-Z0-9_\\-\\.\\+]+\\.[a-zA-Z]{2,}$").minLength(1).maxLength(255))
      .constrain("PortalDescription", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .constrain("PortalName", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(256))
      .allowed("PortalType", "SITEWISE_PORTAL_V1", "SITEWISE_PORTAL_V2")
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.\\+=,@]+$").minLength(1).maxLength(1600).format("AWS::IAM::Role.Arn"))
      .refYields("PortalId")
      .attributes("PortalArn", "PortalClientId", "PortalId", "PortalStartUrl")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Portal(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains the configuration information of an alarm created in an AWS IoT SiteWise Monitor
   * portal. You can use the alarm to monitor an asset property and get notified when the asset
   * property value is outside a specified range. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/appguide/monitor-alarms.html">Monitoring
   * with alarms</a> in the <em>AWS IoT SiteWise Application Guide</em> .
   *
   * <p>CloudFormation property {@code Alarms}.
   */
  public Portal alarms(Value<Alarms> value) {
    return set("Alarms", value);
  }

  /**
   * The email address that sends alarm notifications.
   *
   * <p>If you use the <a
   * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/lambda-support.html">AWS IoT
   * Events managed Lambda function</a> to manage your emails, you must <a
   * href="https://docs.aws.amazon.com/ses/latest/DeveloperGuide/verify-email-addresses.html">verify
   * the sender email address in Amazon SES</a> .
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;.&#92;+]+&#64;[a-zA-Z0-9_&#92;-&#92;.&#92;+]+&#92;.[a-zA-Z]{2,}$}.
   * CloudFormation property {@code NotificationSenderEmail}.
   */
  public Portal notificationSenderEmail(String value) {
    return set("NotificationSenderEmail", Value.of(value));
  }

  /**
   * Sets {@code NotificationSenderEmail} to this value; see {@link
   * #notificationSenderEmail(String)}.
   */
  public Portal notificationSenderEmail(Value<String> value) {
    return set("NotificationSenderEmail", value);
  }

  /**
   * The service to use to authenticate users to the portal. Choose from the following options:
   *
   * <ul> <li><code>SSO</code> – The portal uses SSOlong to authenticate users and manage user
   * permissions. Before you can create a portal that uses IAM Identity Center, you must enable IAM
   * Identity Center. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/monitor-get-started.html#mon-gs-sso">Enabling
   * IAM Identity Center</a> in the <em>AWS IoT SiteWise User Guide</em> . This option is only
   * available in AWS Regions other than the China Regions. <li><code>IAM</code> – The portal uses
   * AWS Identity and Access Management to authenticate users and manage user permissions. </ul>
   *
   * <p>You can't change this value after you create a portal.
   *
   * <p>Default: <code>SSO</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code IAM}, {@code SSO}. CloudFormation
   * property {@code PortalAuthMode}.
   */
  public Portal portalAuthMode(String value) {
    return set("PortalAuthMode", Value.of(value));
  }

  /** Sets {@code PortalAuthMode} to this value; see {@link #portalAuthMode(String)}. */
  public Portal portalAuthMode(Value<String> value) {
    return set("PortalAuthMode", value);
  }

  /**
   * The AWS administrator's contact email address.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;.&#92;+]+&#64;[a-zA-Z0-9_&#92;-&#92;.&#92;+]+&#92;.[a-zA-Z]{2,}$}.
   * CloudFormation property {@code PortalContactEmail}.
   */
  public Portal portalContactEmail(String value) {
    return set("PortalContactEmail", Value.of(value));
  }

  /** Sets {@code PortalContactEmail} to this value; see {@link #portalContactEmail(String)}. */
  public Portal portalContactEmail(Value<String> value) {
    return set("PortalContactEmail", value);
  }

  /**
   * A description for the portal.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code PortalDescription}.
   */
  public Portal portalDescription(String value) {
    return set("PortalDescription", Value.of(value));
  }

  /** Sets {@code PortalDescription} to this value; see {@link #portalDescription(String)}. */
  public Portal portalDescription(Value<String> value) {
    return set("PortalDescription", value);
  }

  /**
   * A friendly name for the portal.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code PortalName}.
   */
  public Portal portalName(String value) {
    return set("PortalName", Value.of(value));
  }

  /** Sets {@code PortalName} to this value; see {@link #portalName(String)}. */
  public Portal portalName(Value<String> value) {
    return set("PortalName", value);
  }

  /**
   * Define the type of portal. The value for AWS IoT SiteWise Monitor (Classic) is
   * <code>SITEWISE_PORTAL_V1</code> . The value for AWS IoT SiteWise Monitor (AI-aware) is
   * <code>SITEWISE_PORTAL_V2</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code SITEWISE_PORTAL_V1}, {@code
   * SITEWISE_PORTAL_V2}. CloudFormation property {@code PortalType}.
   */
  public Portal portalType(String value) {
    return set("PortalType", Value.of(value));
  }

  /** Sets {@code PortalType} to this value; see {@link #portalType(String)}. */
  public Portal portalType(Value<String> value) {
    return set("PortalType", value);
  }

  /**
   * Map to associate detail of configuration related with a PortalType.
   *
   * <p>CloudFormation property {@code PortalTypeConfiguration}.
   */
  public Portal portalTypeConfiguration(Map<String, PortalTypeEntry> value) {
    return set("PortalTypeConfiguration", Value.mapOf(value));
  }

  /**
   * Sets {@code PortalTypeConfiguration} to this value; see {@link #portalTypeConfiguration(Map)}.
   */
  public Portal portalTypeConfiguration(Value<Map<String, PortalTypeEntry>> value) {
    return set("PortalTypeConfiguration", value);
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">ARN</a> of a
   * service role that allows the portal's users to access your AWS IoT SiteWise resources on your
   * behalf. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/monitor-service-role.html">Using
   * service roles for AWS IoT SiteWise Monitor</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>Required. Length: 1 to 1600 characters. Pattern: {@code
   * ^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:&#92;/_&#92;.&#92;+=,&#64;]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Portal roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Portal roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * A list of key-value pairs that contain metadata for the portal. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/tag-resources.html">Tagging
   * your AWS IoT SiteWise resources</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Portal tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Portal tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Portal tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">ARN</a> of
   * the portal, which has the following format.
   *
   * <p><code>arn:${Partition}:iotsitewise:${Region}:${Account}:portal/${PortalId}</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code PortalArn}.
   */
  public Value<String> portalArn() {
    return getAtt("PortalArn");
  }

  /**
   * The SSO application generated client ID (used with SSO APIs).
   *
   * <p>{@code Fn::GetAtt} attribute {@code PortalClientId}.
   */
  public Value<String> portalClientId() {
    return getAtt("PortalClientId");
  }

  /**
   * The ID of the created portal.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PortalId}.
   */
  public Value<String> portalId() {
    return getAtt("PortalId");
  }

  /**
   * The public URL for the AWS IoT SiteWise Monitor portal.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PortalStartUrl}.
   */
  public Value<String> portalStartUrl() {
    return getAtt("PortalStartUrl");
  }

  /**
   * Contains the configuration information of an alarm created in an AWS IoT SiteWise Monitor
   * portal. You can use the alarm to monitor an asset property and get notified when the asset
   * property value is outside a specified range. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/appguide/monitor-alarms.html">Monitoring
   * with alarms</a> in the <em>AWS IoT SiteWise Application Guide</em> .
   *
   * <p>Property type {@code AWS::IoTSiteWise::Portal.Alarms}.
   */
  public static final class Alarms extends Struct<Alarms> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Portal.Alarms")
        .constrain("AlarmRoleArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.\\+=,@]+$").minLength(1).maxLength(1600))
        .constrain("NotificationLambdaArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.]+$").minLength(1).maxLength(1600))
        .build();

    public Alarms() {
      super(SCHEMA);
    }

    /**
     * The <a
     * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">ARN</a> of
     * the IAM role that allows the alarm to perform actions and access AWS resources and services,
     * such as AWS IoT Events .
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:&#92;/_&#92;.&#92;+=,&#64;]+$}. CloudFormation property
     * {@code AlarmRoleArn}.
     */
    public Alarms alarmRoleArn(String value) {
      return set("AlarmRoleArn", Value.of(value));
    }

    /** Sets {@code AlarmRoleArn} to this value; see {@link #alarmRoleArn(String)}. */
    public Alarms alarmRoleArn(Value<String> value) {
      return set("AlarmRoleArn", value);
    }

    /**
     * The <a
     * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">ARN</a> of
     * the Lambda function that manages alarm notifications. For more information, see <a
     * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/lambda-support.html">Managing
     * alarm notifications</a> in the <em>AWS IoT Events Developer Guide</em> .
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:&#92;/_&#92;.]+$}. CloudFormation property {@code
     * NotificationLambdaArn}.
     */
    public Alarms notificationLambdaArn(String value) {
      return set("NotificationLambdaArn", Value.of(value));
    }

    /**
     * Sets {@code NotificationLambdaArn} to this value; see {@link #notificationLambdaArn(String)}.
     */
    public Alarms notificationLambdaArn(Value<String> value) {
      return set("NotificationLambdaArn", value);
    }
  }

  /**
   * Container associated a certain PortalType.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Portal.PortalTypeEntry}.
   */
  public static final class PortalTypeEntry extends Struct<PortalTypeEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Portal.PortalTypeEntry")
        .required("PortalTools")
        .build();

    public PortalTypeEntry() {
      super(SCHEMA);
    }

    /**
     * The array of tools associated with the specified portal type. The possible values are
     * <code>ASSISTANT</code> and <code>DASHBOARD</code> .
     *
     * <p>Required. CloudFormation property {@code PortalTools}.
     */
    public PortalTypeEntry portalTools(List<String> value) {
      return set("PortalTools", Value.listOf(value));
    }

    /** Sets {@code PortalTools} to this value; see {@link #portalTools(List)}. */
    public PortalTypeEntry portalTools(Value<List<String>> value) {
      return set("PortalTools", value);
    }
  }
}
