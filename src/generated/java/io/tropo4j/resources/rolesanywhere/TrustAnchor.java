// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rolesanywhere;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a TrustAnchor.
 *
 * <p>CloudFormation type {@code AWS::RolesAnywhere::TrustAnchor}.
 */
public final class TrustAnchor extends Resource<TrustAnchor> {
  private static final Schema SCHEMA = Schema.builder("AWS::RolesAnywhere::TrustAnchor")
      .required("Name", "Source")
      .constrain("Name", Constraint.of().pattern("^[ a-zA-Z0-9-_]*$").minLength(1).maxLength(255))
      .refYields("TrustAnchorId")
      .attributes("TrustAnchorArn", "TrustAnchorId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TrustAnchor(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether the trust anchor is enabled.
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public TrustAnchor enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public TrustAnchor enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * The name of the trust anchor.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[ a-zA-Z0-9-_]*$}. CloudFormation
   * property {@code Name}.
   */
  public TrustAnchor name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TrustAnchor name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of notification settings to be associated to the trust anchor.
   *
   * <p>CloudFormation property {@code NotificationSettings}.
   */
  public TrustAnchor notificationSettings(List<NotificationSetting> value) {
    return set("NotificationSettings", Value.listOf(value));
  }

  /** Sets {@code NotificationSettings} to this value; see {@link #notificationSettings(List)}. */
  public TrustAnchor notificationSettings(Value<List<NotificationSetting>> value) {
    return set("NotificationSettings", value);
  }

  /**
   * Sets {@code NotificationSettings} to a list of these; see {@link #notificationSettings(List)}.
   */
  public TrustAnchor notificationSettings(NotificationSetting... values) {
    return set("NotificationSettings", Value.list(values));
  }

  /**
   * The trust anchor type and its related certificate data.
   *
   * <p>Required. CloudFormation property {@code Source}.
   */
  public TrustAnchor source(Value<Source> value) {
    return set("Source", value);
  }

  /**
   * The tags to attach to the trust anchor.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TrustAnchor tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TrustAnchor tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TrustAnchor tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the trust anchor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrustAnchorArn}.
   */
  public Value<String> trustAnchorArn() {
    return getAtt("TrustAnchorArn");
  }

  /**
   * The unique identifier of the trust anchor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrustAnchorId}.
   */
  public Value<String> trustAnchorId() {
    return getAtt("TrustAnchorId");
  }

  /**
   * Customizable notification settings that will be applied to notification events. IAM Roles
   * Anywhere consumes these settings while notifying across multiple channels - CloudWatch metrics,
   * EventBridge, and Health Dashboard .
   *
   * <p>Property type {@code AWS::RolesAnywhere::TrustAnchor.NotificationSetting}.
   */
  public static final class NotificationSetting extends Struct<NotificationSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::RolesAnywhere::TrustAnchor.NotificationSetting")
        .required("Enabled", "Event")
        .allowed("Channel", "ALL")
        .allowed("Event", "CA_CERTIFICATE_EXPIRY", "END_ENTITY_CERTIFICATE_EXPIRY")
        .constrain("Threshold", Constraint.of().minimum(1).maximum(360))
        .build();

    public NotificationSetting() {
      super(SCHEMA);
    }

    /**
     * The specified channel of notification. IAM Roles Anywhere uses CloudWatch metrics,
     * EventBridge, and Health Dashboard to notify for an event.
     *
     * <p>In the absence of a specific channel, IAM Roles Anywhere applies this setting to 'ALL'
     * channels.
     *
     * <p>Allowed values: {@code ALL}. CloudFormation property {@code Channel}.
     */
    public NotificationSetting channel(String value) {
      return set("Channel", Value.of(value));
    }

    /** Sets {@code Channel} to this value; see {@link #channel(String)}. */
    public NotificationSetting channel(Value<String> value) {
      return set("Channel", value);
    }

    /**
     * Indicates whether the notification setting is enabled.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public NotificationSetting enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public NotificationSetting enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The event to which this notification setting is applied.
     *
     * <p>Required. Allowed values: {@code CA_CERTIFICATE_EXPIRY}, {@code
     * END_ENTITY_CERTIFICATE_EXPIRY}. CloudFormation property {@code Event}.
     */
    public NotificationSetting event(String value) {
      return set("Event", Value.of(value));
    }

    /** Sets {@code Event} to this value; see {@link #event(String)}. */
    public NotificationSetting event(Value<String> value) {
      return set("Event", value);
    }

    /**
     * The number of days before a notification event. This value is required for a notification
     * setting that is enabled.
     *
     * <p>Range: 1 to 360. CloudFormation property {@code Threshold}.
     */
    public NotificationSetting threshold(double value) {
      return set("Threshold", Value.of(value));
    }

    /** Sets {@code Threshold} to this value; see {@link #threshold(double)}. */
    public NotificationSetting threshold(Value<Double> value) {
      return set("Threshold", value);
    }
  }

  /**
   * Object representing the TrustAnchor type and its related certificate data.
   *
   * <p>Property type {@code AWS::RolesAnywhere::TrustAnchor.Source}.
   */
  public static final class Source extends Struct<Source> {
    private static final Schema SCHEMA = Schema.builder("AWS::RolesAnywhere::TrustAnchor.Source")
        .required("SourceData", "SourceType")
        .allowed("SourceType", "AWS_ACM_PCA", "CERTIFICATE_BUNDLE")
        .build();

    public Source() {
      super(SCHEMA);
    }

    /**
     * A union object representing the data field of the TrustAnchor depending on its type
     *
     * <p>Required. CloudFormation property {@code SourceData}.
     */
    public Source sourceData(Value<SourceData> value) {
      return set("SourceData", value);
    }

    /**
     * The type of the TrustAnchor.
     *
     * <p>Required. Allowed values: {@code AWS_ACM_PCA}, {@code CERTIFICATE_BUNDLE}. CloudFormation
     * property {@code SourceType}.
     */
    public Source sourceType(String value) {
      return set("SourceType", Value.of(value));
    }

    /** Sets {@code SourceType} to this value; see {@link #sourceType(String)}. */
    public Source sourceType(Value<String> value) {
      return set("SourceType", value);
    }
  }

  /**
   * A union object representing the data field of the TrustAnchor depending on its type
   *
   * <p>Property type {@code AWS::RolesAnywhere::TrustAnchor.SourceData}.
   */
  public static final class SourceData extends Struct<SourceData> {
    private static final Schema SCHEMA = Schema.of("AWS::RolesAnywhere::TrustAnchor.SourceData");

    public SourceData() {
      super(SCHEMA);
    }

    /**
     * The root certificate of the Private Certificate Authority specified by this ARN is used in
     * trust validation for temporary credential requests. Included for trust anchors of type
     * <code>AWS_ACM_PCA</code> .
     *
     * <p>This field is not supported in your region.
     *
     * <p>CloudFormation property {@code AcmPcaArn}.
     */
    public SourceData acmPcaArn(String value) {
      return set("AcmPcaArn", Value.of(value));
    }

    /** Sets {@code AcmPcaArn} to this value; see {@link #acmPcaArn(String)}. */
    public SourceData acmPcaArn(Value<String> value) {
      return set("AcmPcaArn", value);
    }

    /**
     * The PEM-encoded data for the certificate anchor. Included for trust anchors of type
     * <code>CERTIFICATE_BUNDLE</code> .
     *
     * <p>CloudFormation property {@code X509CertificateData}.
     */
    public SourceData x509CertificateData(String value) {
      return set("X509CertificateData", Value.of(value));
    }

    /** Sets {@code X509CertificateData} to this value; see {@link #x509CertificateData(String)}. */
    public SourceData x509CertificateData(Value<String> value) {
      return set("X509CertificateData", value);
    }
  }
}
